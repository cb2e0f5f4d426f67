"""The one progress display (rich), used by the CLI; the library only calls a ``(done, total, label)``
callback.

The counts, the rate and the times keep their full width on an 80-column terminal: only the label (the
document being read) and the bar give way. Nothing is drawn when standard error is not a terminal
(piped, redirected) or when the caller asks for quiet.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Column
from rich.text import Text


class RateColumn(ProgressColumn):
    """Documents per second over the run so far."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if not task.completed or elapsed <= 0:
            return Text("  -  docs/s", style="progress.data.speed")
        return Text(f"{task.completed / elapsed:5.1f} docs/s", style="progress.data.speed")


def _fixed(width: int) -> Column:
    return Column(no_wrap=True, min_width=width)


def columns() -> list[ProgressColumn]:
    return [
        TextColumn("[bold]{task.description}", table_column=_fixed(8)),
        BarColumn(bar_width=None, table_column=Column(ratio=1, min_width=6)),
        MofNCompleteColumn(table_column=_fixed(13)),
        RateColumn(table_column=_fixed(12)),
        TimeElapsedColumn(table_column=_fixed(7)),
        TextColumn("left", table_column=_fixed(4)),
        TimeRemainingColumn(table_column=_fixed(7)),
        TextColumn(
            "{task.fields[label]}",
            style="dim",
            table_column=Column(ratio=1, no_wrap=True, overflow="ellipsis", min_width=0),
        ),
    ]


@contextmanager
def progress_bar(description: str, console: Console | None = None, quiet: bool = False) -> Iterator:
    console = console or Console(stderr=True)
    with Progress(
        *columns(),
        console=console,
        transient=True,
        expand=True,
        disable=quiet or not console.is_terminal,
    ) as bar:
        task = bar.add_task(description, total=None, label="")

        def update(done: int, total: int | None, label: str) -> None:
            bar.update(task, completed=done, total=total, label=label.rsplit("/", 1)[-1])

        yield update
