"""The build's progress bar: full counts, rate and times at 80 columns; nothing when not a terminal."""

from __future__ import annotations

import io

from rich.console import Console
from rich.progress import Progress

from bilat.progress import columns, progress_bar


def _line(width: int, done: int, total: int, label: str) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=True, color_system=None)
    progress = Progress(*columns(), console=console, expand=True)
    task = progress.add_task("building", total=total, label=label)
    progress.update(task, completed=done)
    console.print(progress.make_tasks_table(progress.tasks))
    return console.file.getvalue()


def test_progress_counts_and_times_are_never_cut_at_80_columns():
    line = _line(80, 43210, 100000, "a-very-long-story-name-from-a-feed-of-wire-news-articles.txt")
    assert "43210/100000" in line and "docs/s" in line and "left" in line
    assert line.count("\n") == 1  # one line, the label gave way
    counts = line.split("building", 1)[1]
    assert "…" not in counts.split("left")[0]


def test_progress_is_silent_when_not_a_terminal():
    stream = io.StringIO()
    console = Console(file=stream, width=80)  # a pipe or a file: not a terminal
    with progress_bar("building", console) as update:
        update(1, 3, "a.txt")
        update(3, 3, "c.txt")
    assert stream.getvalue() == ""


def test_progress_quiet_on_a_terminal():
    stream = io.StringIO()
    console = Console(file=stream, width=80, force_terminal=True)
    with progress_bar("building", console, quiet=True) as update:
        update(2, 3, "b.txt")
    assert stream.getvalue() == ""
