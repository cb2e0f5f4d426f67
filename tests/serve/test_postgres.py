"""The same store on a real PostgreSQL server (started by tests/pg_server.py): reads, search, every
command with --store postgresql://…, and concurrent builds that keep each document exactly once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilat import api
from bilat.cli import app
from bilat.store import open_store

pytestmark = pytest.mark.postgres

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def pg_store(fresh_postgres, articles, resources) -> str:
    report = api.build([str(articles)], fresh_postgres, resources=resources)
    assert report.added == 3
    return fresh_postgres


def _summary(location: str) -> dict:
    with open_store(location) as store:
        return {
            "documents": sorted(d.id for d in store.documents()),
            "sentences": len(store.sentences()),
            "events": sorted(e.id for e in store.events()),
            "actors": sorted(a.name for a in store.actors()),
            "totals": store.totals(),
            "dyads": {pair: (n, round(g, 6)) for pair, (n, g) in store.dyad_totals().items()},
        }


def test_postgres_store_matches_sqlite(pg_store, built_store):
    assert _summary(pg_store) == _summary(built_store)
    with open_store(pg_store) as store:
        assert store.dialect == "postgresql"
        doc = next(d for d in store.documents() if "embassy" in d.text)
        assert store.document(doc.id) == doc
        analysis = store.analysis(doc.id)
        assert analysis.sentences and analysis.entities and analysis.events
        assert store.events(between=("KEN", "ETH"), since="2024-06", until="2024-06")
        assert store.events(code="04")
        hits = store.search("embassy", limit=5)
        assert hits and "[embassy]" in hits[0].snippet and hits[0].source_uri
        assert store.search("embassies")  # English stemming, as FTS5's porter tokenizer does
        assert store.search("embas", prefixes=True) and not store.search("embas")
        store.conflicts()
        store.facts()
    assert api.timeline("KEN", "ETH", pg_store)


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, f"{args}: {result.output}"
    return result.output


def test_postgres_every_command(pg_store, tmp_path, articles):
    s = ["--store", pg_store]
    assert "0 added, 3 already stored" in CliRunner().invoke(app, ["build", str(articles), *s]).output
    assert len(json.loads(_run("documents", *s, "--format", "json"))) == 3
    events = json.loads(_run("events", "--between", "KEN", "ETH", *s, "--format", "json"))
    assert events
    assert json.loads(_run("actors", *s, "--format", "json"))
    for command in ("facts", "conflicts"):
        if command in {c.name or c.callback.__name__ for c in app.registered_commands}:
            _run(command, *s, "--format", "json")
    assert _run("timeline", "KEN", "ETH", *s, "--format", "jsonl").strip()
    hits = [json.loads(x) for x in _run("search", "embassy", *s, "--format", "jsonl").splitlines()]
    assert hits and all("embassy" in h["text"].lower() for h in hits)
    _run("export", str(tmp_path / "e.parquet"), "--format", "parquet", *s)
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "e.parquet").num_rows == len(
        json.loads(_run("events", *s, "--format", "json"))
    )
    _run("report", str(tmp_path / "r.html"), "--between", "KEN", "ETH", *s)
    assert "bilat-data" in (tmp_path / "r.html").read_text()


def test_postgres_concurrent_builds_keep_each_document_once(fresh_postgres, articles, built_store):
    command = [
        sys.executable,
        "-c",
        "from bilat.cli import main; main()",
        "build",
        str(articles),
        "--store",
        fresh_postgres,
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    runs = [
        subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    added = [int(err.strip().splitlines()[-1].split(" added")[0]) for _, err in outputs]
    assert sum(added) == 3
    assert _summary(fresh_postgres) == _summary(built_store)
    import psycopg

    with psycopg.connect(fresh_postgres) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (3, 3)
        assert (
            conn.execute(
                "SELECT count(*) FROM (SELECT doc_id, idx FROM sentences GROUP BY 1, 2 HAVING count(*) > 1) d"
            ).fetchone()[0]
            == 0
        )


def test_postgres_many_first_opens_at_once_all_succeed(fresh_postgres):
    """Eight first opens of one empty database at the same instant: without a lock, CREATE ... IF NOT EXISTS
    races on the server catalogue's unique keys and some of them fail."""
    import threading

    import psycopg

    start = threading.Barrier(8)
    failures: list[str] = []

    def first_open() -> None:
        start.wait()
        try:
            open_store(fresh_postgres).close()
        except Exception as error:  # the test reports any failure
            failures.append(repr(error))

    threads = [threading.Thread(target=first_open) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    with psycopg.connect(fresh_postgres) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() is not None
