"""Reconcile's window keys of figures: the figures of a kind about a pair whose periods meet the given
spans are found by index exactly as reading all of the pair's figures and choosing would find them, and
a store made before the keys gets them when opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bilat.models import Analysis, Document, Fact
from bilat.store import open_store
from bilat.store import partitions as p
from bilat.store import schema as s
from tests.reconcile.builders import fact

PAIR = ["QAA", "QBB"]
# (document, published day, its figures)
TOLD = [
    ("w1", "2030-03-02", [("trade", 10, PAIR, "2030", None), ("troops", 5, PAIR, None, None)]),
    ("w2", "2031-07-09", [("trade", 12, PAIR, "2029", "2031"), ("detained", 4, PAIR, None, None)]),
    ("w3", None, [("trade", 14, PAIR, "2033", "2031"), ("troops", 7, ["QAA"], None, None)]),
    ("w4", "2035-01-01", [("trade", 9, PAIR, "1950", "2030"), ("detained", 6, PAIR, None, None)]),
    ("w5", "2030-11-30", [("trade", 11, [*PAIR, "QCC"], "2030-05", None), ("troops", 8, PAIR, None, None)]),
    ("w7", "203-", [("detained", 3, PAIR, None, None)]),
    ("w6", "2040-02-02", [("trade", 13, ["QAA", "QCC"], "2040", None), ("detained", 2, ["QBB"], None, None)]),
]
SPANS = [
    {("2030", "2030")},
    {("2031-05", "2031-05")},
    {("2032", "2029")},
    {("203-", "203-")},
    {("2040", "2041")},
    {("2030-01", "2030-12"), ("2035", "2035")},
    set(),
]


def _stories() -> list[Analysis]:
    out = []
    for doc, published, told in TOLD:
        facts = [
            fact(doc, value, kind, unit="people", parties=parties, period_start=start, period_end=end)
            for kind, value, parties, start, end in told
        ]
        document = Document(id=doc, source_uri=f"file:{doc}", text="…", published=published)
        out.append(Analysis(document=document, facts=facts))
    return out


def _chosen(facts: list[tuple[Fact, str | None]], kind: str, pair: tuple[str, str], spans, undated: bool):
    """What reconcile chose before the keys: every figure of the kind and pair, kept by its columns."""
    years = [(start[:4], end[:4]) for start, end in spans]

    def meets(first: str | None, last: str | None) -> bool:
        return bool(first) and any(first[:4] <= to and (last or first)[:4] >= since for since, to in years)

    kept = [
        f
        for f, published in facts
        if f.kind == kind
        and set(pair) <= set(f.parties)
        and (meets(f.period_start, f.period_end) if f.period_start else undated or meets(published, None))
    ]
    return sorted(f.id for f in kept)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "w.db"
    with open_store(str(path)) as store:
        store.add_analyses(_stories())
    return path


def test_windows_find_what_reading_the_pair_finds(store_path: Path):
    facts = [(f, a.document.published) for a in _stories() for f in a.facts]
    with open_store(str(store_path)) as store, store.engine.connect() as conn:
        for kind, undated in (("trade", False), ("troops", True), ("detained", False)):
            for pair in (("QAA", "QBB"), ("QAA", "QAA"), ("QBB", "QBB"), ("QAA", "QCC")):
                for spans in SPANS:
                    found = p.facts_near(conn, kind, pair, spans, undated=undated)
                    assert sorted(f.id for f in found) == _chosen(facts, kind, pair, spans, undated)
                    assert found == sorted(
                        found,
                        key=lambda x: (x.period_start is not None, x.period_start or "", x.doc_id, x.id),
                    )
        some = p.facts_near(conn, "trade", ("QAA", "QBB"), {("2030", "2030")}, undated=False)
        assert {f.doc_id for f in some} == {"w1", "w2", "w4", "w5"}  # a long period and a part of it too


def test_windows_filled_when_a_store_lacks_them(store_path: Path):
    with open_store(str(store_path)) as store, store.engine.begin() as conn:
        rows = sorted(conn.execute(select(s.fact_windows)).all())
        conn.execute(text("DROP TABLE fact_windows"))
    assert rows
    with open_store(str(store_path)) as store, store.engine.connect() as conn:
        assert sorted(conn.execute(select(s.fact_windows)).all()) == rows
        assert conn.execute(select(func.count()).select_from(s.fact_windows)).scalar() == len(rows)
