"""A build reads only the stored undated standing amounts an added one can disagree with (another value
within its scale) or that a stored conflict lists, and finds what one reconcile of the whole store finds."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest

from bilat.models import Analysis, Document, Fact
from bilat.reconcile import reconcile_store
from bilat.store import open_store

PAIR = ["LSO", "MWI"]


def _troops(doc: str, value: float, evidence: str, **fields) -> Fact:
    values = {
        "id": f"{doc}-0",
        "doc_id": doc,
        "kind": "troops",
        "value": value,
        "unit": "troops",
        "parties": PAIR,
        "evidence": evidence,
        "start": 0,
        "end": len(evidence),
    }
    values.update(fields)
    return Fact(**values)


def _stories() -> list[Analysis]:
    """Undated troop counts between one pair: two reports of one figure, one of another, a tenfold one
    (never set against them), an "over" that allows the first and a zero."""
    told = {
        "u1": _troops("u1", 450, "Some 450 Malawian soldiers guard the border posts."),
        "u2": _troops("u2", 450, "The 450 soldiers stationed along the border stay."),
        "u3": _troops("u3", 610, "About 610 troops are deployed on the frontier.", approx="about"),
        "u4": _troops("u4", 4500, "A force of 4,500 troops is kept in reserve."),
        "u5": _troops("u5", 400, "More than 400 troops patrol the crossing.", approx="over"),
        "u6": _troops("u6", 0, "No troops remain on the frontier."),
    }
    return [
        Analysis(document=Document(id=doc, source_uri=f"file:{doc}", text=fact.evidence), facts=[fact])
        for doc, fact in told.items()
    ]


def _conflicts(path: Path) -> list[tuple]:
    with open_store(str(path)) as store:
        return sorted(
            (c.id, c.attribute, tuple((x.doc_id, x.value) for x in c.claims)) for c in store.conflicts()
        )


def _once(path: Path, stories: list[Analysis]) -> list[tuple]:
    with open_store(str(path)) as store:
        store.add_analyses(stories)
        reconcile_store(store)
    return _conflicts(path)


@pytest.mark.parametrize("order", list(permutations(range(4)))[::5])
def test_undated_amounts_one_by_one_find_what_one_reconcile_finds(tmp_path, order):
    stories = _stories()
    # The first four one at a time in this order, then the last two together.
    batches = [[stories[i]] for i in order] + [stories[4:]]
    step, seen = tmp_path / "step.db", []
    for n, batch in enumerate(batches):
        with open_store(str(step)) as store:
            store.add_analyses(batch)
            reconcile_store(store)
        seen += batch
        assert _conflicts(step) == _once(tmp_path / f"once{n}.db", seen)
    assert _conflicts(step)  # 450 against 610 at least


@pytest.mark.parametrize("first", [["u1", "u2"], ["u1", "u3"], ["u3"]])
def test_a_report_added_later_gathers_every_disagreeing_one(tmp_path, first):
    stories = {s.document.id: s for s in _stories()}
    step = tmp_path / "step.db"
    rest = [d for d in ("u1", "u2", "u3") if d not in first]
    for batch in (first, rest):
        with open_store(str(step)) as store:
            store.add_analyses([stories[d] for d in batch])
            reconcile_store(store)
    found = _conflicts(step)
    assert [sorted(doc for doc, _ in claims) for _, _, claims in found] == [["u1", "u2", "u3"]]


def _held(doc: str, value: float, day: str, evidence: str, **fields) -> Analysis:
    told = _troops(doc, value, evidence, kind="detained", unit="people", **fields)
    return Analysis(
        document=Document(id=doc, source_uri=f"file:{doc}", text=evidence, published=day), facts=[told]
    )


def _incidents() -> list[Analysis]:
    """Undated arrests dated by the day their story came out, and other reports' counts for that month,
    for that year and for a later month: each story's undated count is set only against the periods its
    day falls in."""
    return [
        _held("h1", 14, "2031-04-09", "Malawi says 14 Basotho traders were arrested."),
        _held("h2", 9, "2031-04-28", "Nine traders were held in April, police said.", period_start="2031-04"),
        _held("h3", 30, "2031-11-02", "Lesotho says 30 of its traders were arrested."),
        _held("h4", 60, "2032-01-15", "In all 60 traders were arrested in 2031.", period_start="2031"),
        _held("h5", 11, "2031-09-01", "Eleven traders were held in August.", period_start="2031-08"),
        _held("h6", 4, "2031-08-20", "Four traders are arrested at the border post."),
    ]


@pytest.mark.parametrize("order", list(permutations(range(6)))[::97])
def test_undated_incidents_one_by_one_find_what_one_reconcile_finds(tmp_path, order):
    stories = _incidents()
    step, seen = tmp_path / "step.db", []
    for n, i in enumerate(order):
        with open_store(str(step)) as store:
            store.add_analyses([stories[i]])
            reconcile_store(store)
        seen.append(stories[i])
        assert _conflicts(step) == _once(tmp_path / f"once{n}.db", seen)
    assert len(_conflicts(step)) >= 2  # April's, the year's and August's
