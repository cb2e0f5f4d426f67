from __future__ import annotations

import csv
import json

import duckdb
import pyarrow.parquet as pq
import pytest

from bilat import api
from bilat.serve import export as exports
from bilat.store import open_store


def _expected(store_path: str, table: str) -> list[dict]:
    with open_store(store_path) as store:
        records = {
            "events": store.events,
            "facts": store.facts,
            "documents": store.documents,
            "actors": store.actors,
        }[table]()
    rows, _ = exports.export_rows(exports.get_exporter("csv"), table, records)
    return rows


def _as_text(rows: list[dict]) -> list[dict]:
    return [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]


def test_export_registry_names_are_versioned():
    assert sorted(exports.EXPORTERS) == [
        "bilat.export.csv.v1",
        "bilat.export.gdelt.v1",
        "bilat.export.json.v1",
        "bilat.export.jsonl.v1",
        "bilat.export.parquet.v1",
    ]
    assert exports.get_exporter("parquet").name == "bilat.export.parquet.v1"
    assert exports.get_exporter("bilat.export.csv.v1").format == "csv"
    with pytest.raises(ValueError, match="unknown export format"):
        exports.get_exporter("xml")


@pytest.mark.parametrize("table", ["events", "documents", "actors"])
def test_export_csv_round_trips(built_store, tmp_path, table):
    out = tmp_path / f"{table}.csv"
    expected = _expected(built_store, table)
    assert api.export(out, built_store, format="csv", table=table) == len(expected) > 0
    with out.open(newline="", encoding="utf-8") as handle:
        assert list(csv.DictReader(handle)) == _as_text(expected)
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM read_csv_auto('{out}')").fetchone()[0] == len(expected)


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_export_json_round_trips(built_store, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    api.export(out, built_store, format=fmt)
    text = out.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()] if fmt == "jsonl" else json.loads(text)
    assert rows == _expected(built_store, "events")


def test_export_parquet_round_trips_with_pyarrow_and_duckdb(built_store, tmp_path):
    out = tmp_path / "events.parquet"
    api.export(out, built_store, format="parquet")
    expected = _expected(built_store, "events")
    table = pq.read_table(out)
    assert table.to_pylist() == expected
    assert str(table.schema.field("goldstein").type) == "double"
    assert str(table.schema.field("quad").type) == "int64"
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT id, cameo, goldstein FROM read_parquet('{out}') ORDER BY id").fetchall()
    assert rows == sorted((r["id"], r["cameo"], r["goldstein"]) for r in expected)


def test_export_filters_select_the_dyad(built_store, tmp_path):
    out = tmp_path / "dyad.jsonl"
    n = api.export(out, built_store, format="jsonl", between=("KEN", "ETH"), since="2024-03", until="2024-06")
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert n == len(rows) > 0
    assert all({r["source_country"], r["target_country"]} == {"KEN", "ETH"} for r in rows)
    assert all("2024-03" <= r["date"] <= "2024-06\uffff" for r in rows)


def test_export_gdelt_table(built_store, tmp_path):
    out = tmp_path / "events.tsv"
    api.export(out, built_store, format="gdelt")
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    with open_store(built_store) as store:
        events = {e.id: e for e in store.events()}
    assert len(rows) == len(events)
    assert list(rows[0])[:4] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year"]
    for row in rows:
        event = events[row["bilat_EventId"]]
        assert row["EventCode"] == event.cameo and row["EventRootCode"] == event.root
        assert row["QuadClass"] == str(event.quad) and float(row["GoldsteinScale"]) == event.goldstein
        assert row["Actor1CountryCode"] == (event.source.country or "")
        assert row["bilat_Evidence"] == " ".join(event.evidence.split())
        if event.date_precision == "day":
            assert row["SQLDATE"] == event.date.replace("-", "")
        if event.date is None:
            assert row["SQLDATE"] == ""
    assert len({r["GLOBALEVENTID"] for r in rows}) == len(rows)


def test_export_gdelt_refuses_other_tables(built_store, tmp_path):
    with pytest.raises(ValueError, match="gdelt exports only"):
        api.export(tmp_path / "x.tsv", built_store, format="gdelt", table="facts")


def test_export_facts_round_trip_through_every_format(tmp_path):
    from bilat.models import Fact

    facts = [
        Fact(
            id="f1",
            doc_id="d1",
            source_uri="a.txt",
            kind="trade_turnover",
            parties=["KEN", "ETH"],
            value=150e6,
            unit="USD",
            period_start="2023",
            evidence="Trade reached $150 million in 2023.",
            start=10,
            end=45,
            sentence=2,
        ),
        Fact(
            id="f2",
            doc_id="d1",
            kind="aid",
            value=2.5e6,
            unit="USD",
            original_value=2.3e6,
            original_unit="EUR",
            approx="about",
            evidence='About 2.3 million euros, "in aid", were pledged.',
            start=50,
            end=99,
        ),
    ]
    expected = [exports.fact_row(f) for f in facts]
    assert expected[0]["parties"] == "KEN;ETH"
    for fmt in ("csv", "jsonl", "json", "parquet"):
        out = tmp_path / f"facts.{fmt}"
        assert exports.write(exports.get_exporter(fmt), "facts", facts, out) == 2
        if fmt == "parquet":
            assert pq.read_table(out).to_pylist() == expected
        elif fmt == "csv":
            with out.open(newline="", encoding="utf-8") as handle:
                assert list(csv.DictReader(handle)) == _as_text(expected)
        else:
            text = out.read_text(encoding="utf-8")
            got = [json.loads(x) for x in text.splitlines()] if fmt == "jsonl" else json.loads(text)
            assert got == expected
