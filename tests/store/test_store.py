"""The SQLite store: schema version, refusal of foreign files, one transaction per document, queries."""

from __future__ import annotations

import sqlite3

import pytest

from bilat import api
from bilat.store import StoreError, open_store
from bilat.store.schema import SCHEMA_VERSION
from tests.articles import write_articles


@pytest.fixture(scope="module")
def built(tmp_path_factory, resources):
    folder = write_articles(tmp_path_factory.mktemp("articles"))
    path = tmp_path_factory.mktemp("store") / "test.db"
    report = api.build([str(folder)], str(path), resources=resources)
    return path, report


def test_store_schema_version_recorded(built):
    path, _ = built
    with sqlite3.connect(path) as conn:
        assert conn.execute("select value from meta where key='schema_version'").fetchone() == (
            str(SCHEMA_VERSION),
        )


def test_store_refuses_a_file_that_is_not_a_store(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 20)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a bilat store"):
        open_store(path)
    assert path.read_bytes() == before


def test_store_refuses_another_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table people (name text)")
        conn.execute("insert into people values ('Ada')")
    with pytest.raises(StoreError, match="other tables"):
        open_store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("select name from people").fetchall() == [("Ada",)]


def test_store_refuses_a_newer_schema(tmp_path, built):
    path, _ = built
    copy = tmp_path / "copy.db"
    copy.write_bytes(path.read_bytes())
    with sqlite3.connect(copy) as conn:
        conn.execute("update meta set value='99' where key='schema_version'")
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(copy)


def test_store_add_is_idempotent(built, pipeline):
    path, _ = built
    store = open_store(path)
    document = store.documents()[0]
    assert store.add_analysis(pipeline.analyze(document)) is False
    assert len(store.documents()) == 3


def test_store_reads_back_what_it_wrote(built):
    path, _ = built
    store = open_store(path)
    documents = {d.source_uri.rsplit("/", 1)[-1]: d for d in store.documents()}
    assert documents["a_visit.txt"].outlet == "Reuters"
    analysis = store.analysis(documents["a_visit.txt"].id)
    assert analysis.sentences[0].text.startswith("Georgian Prime Minister")
    assert any(t.value == "2022-10-03" for t in analysis.timexes)
    assert {a.name for a in analysis.actors} >= {"Irakli Garibashvili", "Ararat Mirzoyan"}


def test_store_event_filters(built):
    path, _ = built
    store = open_store(path)
    dyad = store.events(between=("ARM", "GEO"))
    assert dyad and all({e.source.country, e.target.country} == {"ARM", "GEO"} for e in dyad)
    assert store.events(between=("GEO", "ARM")) == dyad
    assert all(e.cameo.startswith("05") for e in store.events(code="05"))
    assert all(e.date >= "2023" for e in store.events(since="2023"))
    hosted = store.events(actor="Garibashvili")
    assert [e.cameo for e in hosted] == ["043"]
    dates = [e.date for e in dyad if e.date]
    assert dates == sorted(dates)


def test_store_full_text_search(built):
    path, _ = built
    hits = open_store(path).search("embassy Yerevan")
    assert hits and "[embassy]" in hits[0].snippet.lower() and hits[0].source_uri.endswith("a_visit.txt")
    assert open_store(path).search("") == []
    # Word stems, as questions are matched: every word may begin a longer one.
    assert open_store(path).search("embas Yere", prefixes=True) and not open_store(path).search("embas Yere")


def test_store_events_and_facts_read_back_equal_the_analysis(built, pipeline):
    path, _ = built
    store = open_store(path)
    for document in store.documents():
        analysis = pipeline.analyze(document)
        stored = sorted(store.events(doc_id=document.id), key=lambda e: e.id)
        assert [e.model_dump(exclude={"cluster_id"}) for e in stored] == [
            e.model_dump(exclude={"cluster_id"}) for e in sorted(analysis.events, key=lambda e: e.id)
        ]
        assert all(e.cluster_id for e in stored)  # set by reconcile, read from its column
        facts = sorted(store.facts(doc_id=document.id), key=lambda f: f.id)
        assert facts == sorted(analysis.facts, key=lambda f: f.id)


def test_store_totals_and_dyad_totals_agree_with_the_records(built):
    # The overview counts in SQL; the figures must be those of the records themselves.
    path, _ = built
    store = open_store(path)
    events = store.events()
    assert store.totals() == {
        "events": len(events),
        "facts": len(store.facts()),
        "actors": len(store.actors()),
        "conflicts": len(store.conflicts()),
    }
    expected: dict[tuple[str, str], list[float]] = {}
    for e in events:
        a, b = e.source.country, e.target.country if e.target else None
        if a and b and a != b:
            expected.setdefault((min(a, b), max(a, b)), []).append(e.goldstein)
    totals = store.dyad_totals()
    assert expected and set(totals) == set(expected)
    for pair, scores in expected.items():
        assert totals[pair][0] == len(scores)
        assert totals[pair][1] == pytest.approx(sum(scores))
