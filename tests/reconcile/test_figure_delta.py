"""A build that adds documents to a store finds the figure conflicts a reconcile of the whole store
finds, though it compares only the pairs with an added figure (``reconcile.figure_delta``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat.models import Analysis, Document, Fact
from bilat.reconcile import reconcile_store
from bilat.store import open_store

PAIR = ["BWA", "ZMB"]
TRADE = "trade_turnover"


def _fact(doc: str, n: int, kind: str, value: float, evidence: str, **fields) -> Fact:
    values = {
        "id": f"{doc}-{n}",
        "doc_id": doc,
        "kind": kind,
        "value": value,
        "unit": "USD",
        "parties": PAIR,
        "evidence": evidence,
        "start": 10 * n,
        "end": 10 * n + len(evidence),
    }
    values.update(fields)
    return Fact(**values)


def _stories() -> list[Analysis]:
    """Nine invented reports between one pair: a year's turnover told three ways, a month's larger than
    the year's, an export flow above the turnover, three undated troop counts (the third agreeing with one
    of the first two) and two counts of a people crossing in one year: each rule of
    ``reconcile.conflicts`` has something to find."""
    told = {
        "d1": [_fact("d1", 0, TRADE, 1.0e9, "Trade came to $1 billion in 2022.", period_start="2022")],
        "d2": [_fact("d2", 0, TRADE, 1.4e9, "Trade reached $1.4 billion in 2022.", period_start="2022")],
        "d3": [
            _fact("d3", 0, TRADE, 2.0e9, "Trade hit $2 billion in March 2022.", period_start="2022-03"),
            _fact("d3", 1, TRADE, 1.0e9, "Trade was $1 billion in 2022.", period_start="2022"),
        ],
        "d4": [_fact("d4", 0, "exports", 1.6e9, "Exports were $1.6 billion in 2022.", period_start="2022")],
        "d5": [_fact("d5", 0, "troops", 900, "Some 900 troops are posted there.", unit="troops")],
        "d6": [_fact("d6", 0, "troops", 1300, "About 1,300 troops serve there.", unit="troops")],
        "d9": [_fact("d9", 0, "troops", 1320, "There are 1,320 troops in the force.", unit="troops")],
        "d7": [
            _fact(
                "d7", 0, "count", 5000, "Some 5,000 Batswana crossed into Zambia in 2021.", unit="people",
                subject="Batswana", period_start="2021",
            )
        ],
        "d8": [
            _fact(
                "d8", 0, "count", 7200, "In all 7,200 Batswana crossed into Zambia in 2021.", unit="people",
                subject="Batswana", period_start="2021",
            )
        ],
    }  # fmt: skip
    return [
        Analysis(
            document=Document(id=doc, source_uri=f"file:{doc}", text=" ".join(f.evidence for f in facts)),
            facts=facts,
        )
        for doc, facts in told.items()
    ]


def _conflicts(path: Path) -> list[tuple]:
    with open_store(str(path)) as store:
        return sorted(
            (c.id, c.attribute, tuple((x.doc_id, x.value) for x in c.claims)) for c in store.conflicts()
        )


def _built_once(path: Path, stories: list[Analysis]) -> list[tuple]:
    with open_store(str(path)) as store:
        store.add_analyses(stories)
        reconcile_store(store)
    return _conflicts(path)


@pytest.mark.parametrize("order", ["forward", "backward", "halves"])
def test_figure_delta_adding_documents_finds_what_one_reconcile_finds(tmp_path, order):
    stories = _stories()
    expected = _built_once(tmp_path / "once.db", stories)
    assert len(expected) >= 5  # a period's, a part's, a flow's, an undated and a dated count's

    batches = {
        "forward": [[s] for s in stories],
        "backward": [[s] for s in reversed(stories)],
        "halves": [stories[::2], stories[1::2]],
    }[order]
    step = tmp_path / "step.db"
    for batch in batches:
        with open_store(str(step)) as store:
            store.add_analyses(batch)
            reconcile_store(store)
    assert _conflicts(step) == expected


def test_figure_delta_everything_finds_the_same_again(tmp_path):
    path = tmp_path / "store.db"
    before = _built_once(path, _stories())
    with open_store(str(path)) as store:
        reconcile_store(store, everything=True)
    assert _conflicts(path) == before


@pytest.mark.postgres
def test_figure_delta_on_postgres_finds_what_sqlite_finds(tmp_path, fresh_postgres):
    stories = _stories()
    expected = _built_once(tmp_path / "once.db", stories)
    for story in stories:  # one document per build: every rule reads the partition's figures by period
        with open_store(fresh_postgres) as store:
            store.add_analyses([story])
            reconcile_store(store)
    with open_store(fresh_postgres) as store:
        found = sorted(
            (c.id, c.attribute, tuple((x.doc_id, x.value) for x in c.claims)) for c in store.conflicts()
        )
    assert found == expected
