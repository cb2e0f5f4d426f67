"""Indexes and side tables a scale build relies on, also in a store written by an earlier bilat."""

from __future__ import annotations

import sqlite3

from bilat import api
from bilat.store import open_store
from tests.articles import write_articles


def test_indexes_old_store_gets_fact_parties_and_indexes(tmp_path, resources):
    folder = write_articles(tmp_path / "in")
    path = tmp_path / "s.db"
    api.build([str(folder)], str(path), resources=resources)
    expected = [f.id for f in open_store(path).facts(between=("ARM", "GEO"))]
    assert expected
    with sqlite3.connect(path) as conn:  # as an earlier bilat left it
        conn.execute("drop table fact_parties")
        conn.execute("drop index events_cluster_key")
    store = open_store(path)
    assert [f.id for f in store.facts(between=("geo", "arm"))] == expected
    assert [f.id for f in store.facts(between=("ARM", "AZE"))] == []
    with sqlite3.connect(path) as conn:
        plan = conn.execute(
            "explain query plan select fact_id from fact_parties where party = 'ARM'"
        ).fetchall()
        names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'index'")}
    assert "fact_parties_party" in str(plan) and "events_cluster_key" in names


def test_indexes_old_store_gets_the_period_end_column(tmp_path, resources):
    folder = write_articles(tmp_path / "in")
    path = tmp_path / "s.db"
    api.build([str(folder)], str(path), resources=resources)
    with sqlite3.connect(path) as conn:
        told = dict(conn.execute("select id, json_extract(data, '$.period_end') from facts"))
        conn.execute("alter table facts drop column period_end")  # as an earlier bilat left it
    assert any(told.values())
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        assert dict(conn.execute("select id, period_end from facts")) == told
