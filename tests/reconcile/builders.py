"""Facts built by hand for reconcile's tests, which compare figures without running the extractor."""

from __future__ import annotations

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
