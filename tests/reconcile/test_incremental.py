"""Reconcile on what a build added: the same store as one build of everything, names that break no
rule, and a failure that names its record and keeps the documents."""

from __future__ import annotations

import sqlite3

from bilat import api
from bilat.models import Actor
from bilat.reconcile import resolve_actors
from bilat.reconcile.actors import actor_key, person_key
from bilat.store import open_store
from tests.articles import ARTICLES, write_articles
from tests.scale.test_cluster import contents


def test_incremental_builds_reconcile_like_one_build(tmp_path, resources):
    folder = write_articles(tmp_path / "all")
    once = tmp_path / "once.db"
    api.build([str(folder)], str(once), resources=resources)
    step = tmp_path / "step.db"
    for name in sorted(ARTICLES):  # one document per build: each reconcile sees only what it added
        report = api.build([str(folder / name)], str(step), resources=resources)
        assert report.ok and report.added == 1
    assert contents(step) == contents(once)


def test_incremental_name_part_only_a_full_stop():
    actors = [
        Actor(id="a", name="Rosa . Ibarra", kind="person", country="CHL"),
        Actor(id="b", name="R.. Ibarra", kind="person", country="CHL"),
        Actor(id="c", name=".", kind="person"),
        Actor(id="d", name="Rosa Ibarra", kind="person", country="CHL", mentions=3),
    ]
    resolution = resolve_actors(actors)
    assert {resolution.canonical[x] for x in "abd"} == {"d"}
    assert resolution.canonical["c"] == "c"
    assert person_key("Rosa . Ibarra") == "ibarra" and actor_key(actors[2]) == "person:."


def test_incremental_failure_names_the_record_and_keeps_documents(tmp_path, resources):
    folder = write_articles(tmp_path / "in")
    store = tmp_path / "s.db"
    api.build([str(folder / "a_visit.txt")], str(store), resources=resources)
    with sqlite3.connect(store) as conn:  # a damaged row, as a crashed external tool might leave one
        conn.execute(
            "insert into actors (id, name, kind, aliases, mentions) values ('x1', 'A. Mirzoyan', 'person', "
            "'[unreadable', 1)"
        )
        conn.execute("insert into actor_keys values ('x1', 'person:mirzoyan')")
    (folder / "d_more.txt").write_text(
        " date 2022-11-02\n\nArmenian Foreign Minister Ararat Mirzoyan met Georgian officials in Batumi.\n",
        encoding="utf-8",
    )
    report = api.build([str(folder / "d_more.txt")], str(store), resources=resources)
    assert report.added == 1 and not report.ok
    assert "mirzoyan" in report.reconcile_error
    assert len(api.list_documents(str(store))) == 2
    with sqlite3.connect(store) as conn:
        assert conn.execute("select count(*) from pending").fetchone() == (1,)


def test_incremental_small_pages_and_batches_reconcile_like_one_pass(tmp_path, resources, monkeypatch):
    from bilat.reconcile import incremental

    folder = write_articles(tmp_path / "in")
    once = tmp_path / "once.db"
    api.build([str(folder)], str(once), resources=resources)
    paged = tmp_path / "paged.db"
    api.build([str(folder)], str(paged), resources=resources)
    # Every partition in its own transaction, the pending documents read one at a time.
    monkeypatch.setattr(incremental, "PAGE", 1)
    with open_store(paged) as store:
        report = incremental.reconcile_store(store, everything=True, batch=1)
    assert report.documents == len(ARTICLES) and report.event_partitions > 1
    assert contents(paged) == contents(once)
