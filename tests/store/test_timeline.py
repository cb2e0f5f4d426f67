"""``api.timeline`` reads its rows from columns and JSON fields: the same rows, in the same order, as the
timeline composed from whole records (``Store.events`` and ``Store.facts``) that it replaced."""

from __future__ import annotations

import pytest

from bilat import api
from bilat.store import open_store
from tests.articles import write_articles


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, resources) -> str:
    folder = write_articles(tmp_path_factory.mktemp("articles"))
    path = tmp_path_factory.mktemp("store") / "timeline.db"
    api.build([str(folder)], str(path), resources=resources)
    return str(path)


def _from_records(a: str, b: str, store, window: int = 5) -> list[dict]:
    """The timeline as it was built before: every event and fact parsed into its model."""
    rows = [
        {
            "kind": "event",
            "date": e.date,
            "date_precision": e.date_precision,
            "date_basis": e.date_basis,
            "code": e.cameo,
            "goldstein": e.goldstein,
            "what": f"{e.source.name} → {e.target.name if e.target else '?'}",
            "modality": e.modality,
            "evidence": e.evidence,
            "source_uri": e.source_uri,
            "id": e.id,
        }
        for e in store.events(between=(a, b))
    ] + [
        {
            "kind": "fact",
            "date": f.period_start,
            "date_precision": None,
            "date_basis": None,
            "code": f.kind,
            "goldstein": None,
            "what": f"{f.kind} {f.value:,.0f} {f.unit}",
            "modality": None,
            "evidence": f.evidence,
            "source_uri": f.source_uri,
            "id": f.id,
        }
        for f in store.facts(between=(a, b))
    ]
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["kind"]))
    scores: list[float] = []
    for row in rows:
        if row["goldstein"] is not None and row["date"]:
            scores.append(row["goldstein"])
        recent = scores[-window:]
        row["trend"] = round(sum(recent) / len(recent), 2) if recent and row["date"] else None
    return rows


def _check_same_rows(location: str) -> None:
    with open_store(location, create=False) as store:
        pairs = {
            (e.source.country, e.target.country)
            for e in store.events()
            if e.target and e.source.country and e.target.country
        }
        assert ("GEO", "ARM") in pairs or ("ARM", "GEO") in pairs
        # both orders, lower case, an actor's name for one side, and a pair with nothing between them
        asked = [*pairs, ("arm", "geo"), ("GEO", "ARM"), ("Georgia", "ARM"), ("USA", "CHN")]
        for a, b in asked:
            rows = api.timeline(a, b, store)
            assert rows == _from_records(a, b, store), (a, b)
        rows = api.timeline("GEO", "ARM", store)
        assert {r["kind"] for r in rows} == {"event", "fact"}
        assert all(r["evidence"] and r["source_uri"] for r in rows)
        assert api.timeline("USA", "CHN", store) == []


def test_timeline_rows_equal_the_rows_built_from_records(store_path):
    _check_same_rows(store_path)


@pytest.mark.postgres
def test_timeline_rows_equal_the_rows_built_from_records_on_postgresql(fresh_postgres, tmp_path, resources):
    # PostgreSQL extracts the JSON fields with ->> and hands the JSON records over decoded: same rows.
    folder = write_articles(tmp_path / "articles")
    api.build([str(folder)], fresh_postgres, resources=resources)
    _check_same_rows(fresh_postgres)
