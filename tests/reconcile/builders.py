"""Facts built by hand for reconcile's tests, which compare figures without running the extractor, and
stores built two ways from the same stories."""

from __future__ import annotations

from pathlib import Path

from bilat import api
from bilat.models import Fact


def fact(doc: str, value: float, kind: str, **fields) -> Fact:
    """A fact of `doc` with placeholder evidence; `fields` set the parties, unit, period, speaker…"""
    values = {
        "id": f"{doc}{kind}{value}{fields.get('start', 0)}{fields.get('period_start')}",
        "doc_id": doc,
        "kind": kind,
        "value": value,
        "evidence": "…",
        "start": 0,
        "end": 10,
    }
    values.update(fields)
    return Fact(**values)


def stores_built_both_ways(tmp_path: Path, articles: dict[str, str], resources) -> tuple[Path, Path, Path]:
    """The stories written to a folder, then built into one store at once and into another one story at a
    time (each reconcile sees one new document): (folder, once, step)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    once = tmp_path / "once.db"
    api.build([str(folder)], str(once), resources=resources)
    step = tmp_path / "step.db"
    for name in sorted(articles, reverse=True):
        api.build([str(folder / name)], str(step), resources=resources)
    return folder, once, step
