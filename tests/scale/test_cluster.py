"""A build on a real Dask cluster (a LocalCluster of two worker processes, reached through its scheduler
address as a user's cluster would be) and on a process pool writes the store the one-process build
writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bilat import api
from tests.articles import write_articles

TABLES = {
    "documents": "select id, source_uri, published from documents order by id",
    "events": "select id, doc_id, cameo, cluster_id from events order by id",
    "actors": "select id, name, canonical_id, aliases, mentions, role, sector from actors order by id",
    "facts": "select id, doc_id, kind, value from facts order by id",
    "claims": "select doc_id, attribute, value from claims order by doc_id, attribute, value",
    "conflicts": "select id, attribute from conflicts order by id",
    "sentences": 'select doc_id, idx, start, "end" from sentences order by doc_id, idx',
    "pending": "select doc_id from pending",
}


def contents(path: Path) -> dict[str, list]:
    with sqlite3.connect(path) as conn:
        return {name: conn.execute(query).fetchall() for name, query in TABLES.items()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_articles(tmp_path_factory.mktemp("articles"))


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory, resources) -> dict[str, list]:
    path = tmp_path_factory.mktemp("local") / "s.db"
    report = api.build([str(corpus)], str(path), resources=resources)
    assert report.ok and report.added == 3
    return contents(path)


@pytest.mark.slow
def test_cluster_scheduler_build_matches_one_process(corpus, one_process, tmp_path, resources):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        path = tmp_path / "dask.db"
        report = api.build(
            [str(corpus)], str(path), scheduler=cluster.scheduler_address, batch=2, resources=resources
        )
    assert report.ok and report.added == 3
    built = contents(path)
    assert built["events"] and built["pending"] == []
    assert built == one_process


@pytest.mark.slow
def test_cluster_pool_of_two_matches_one_process(corpus, one_process, tmp_path, resources):
    path = tmp_path / "pool.db"
    report = api.build([str(corpus)], str(path), workers=2, resources=resources)
    assert report.ok and report.added == 3
    assert contents(path) == one_process
