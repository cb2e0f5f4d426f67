"""Exports: flat tables of a store's records written as CSV, JSON Lines, JSON, Parquet or a GDELT-style
event table. Writers register by versioned name (``bilat.export.csv.v1``); ``--format csv`` picks the
newest version of that name. Every table is flat (one value per cell) so every format holds the same rows.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilat.models import Actor, Document, Event, Fact

Row = dict[str, Any]
Writer = Callable[[list[Row], Sequence[str], Path], int]

# Column name → type ("str", "int", "float"); the order is the export's column order.
EVENT_COLUMNS: dict[str, str] = {
    "id": "str",
    "doc_id": "str",
    "source_uri": "str",
    "source_name": "str",
    "source_country": "str",
    "source_sector": "str",
    "source_kind": "str",
    "source_role": "str",
    "target_name": "str",
    "target_country": "str",
    "target_sector": "str",
    "target_kind": "str",
    "target_role": "str",
    "target_missing": "str",
    "cameo": "str",
    "root": "str",
    "quad": "int",
    "goldstein": "float",
    "plover": "str",
    "mode": "str",
    "trigger": "str",
    "date": "str",
    "date_end": "str",
    "date_precision": "str",
    "date_text": "str",
    "date_basis": "str",
    "place": "str",
    "modality": "str",
    "attributed_to": "str",
    "evidence": "str",
    "start": "int",
    "end": "int",
    "sentence": "int",
    "confidence": "float",
    "cluster_id": "str",
}
FACT_COLUMNS: dict[str, str] = {
    "id": "str",
    "doc_id": "str",
    "source_uri": "str",
    "kind": "str",
    "subject": "str",
    "parties": "str",
    "value": "float",
    "unit": "str",
    "original_value": "float",
    "original_unit": "str",
    "approx": "str",
    "period_start": "str",
    "period_end": "str",
    "period_text": "str",
    "attributed_to": "str",
    "evidence": "str",
    "start": "int",
    "end": "int",
    "sentence": "int",
}
DOCUMENT_COLUMNS: dict[str, str] = {
    "id": "str",
    "source_uri": "str",
    "title": "str",
    "outlet": "str",
    "author": "str",
    "published": "str",
    "published_how": "str",
    "language": "str",
    "cites": "str",
    "chars": "int",
    "encoding": "str",
    "encoding_how": "str",
}
ACTOR_COLUMNS: dict[str, str] = {
    "id": "str",
    "name": "str",
    "aliases": "str",
    "kind": "str",
    "country": "str",
    "role": "str",
    "sector": "str",
    "valid_from": "str",
    "valid_to": "str",
    "mentions": "int",
}
TABLES = {
    "events": EVENT_COLUMNS,
    "facts": FACT_COLUMNS,
    "documents": DOCUMENT_COLUMNS,
    "actors": ACTOR_COLUMNS,
}
LIST_SEPARATOR = ";"  # lists (fact parties, aliases, cites) become one cell: "AZE;ISR"

# The GDELT 2.0 event-table columns bilat fills, then bilat's own (prefixed bilat_). See README "Exports".
GDELT_COLUMNS: dict[str, str] = {
    "GLOBALEVENTID": "int",
    "SQLDATE": "str",
    "MonthYear": "str",
    "Year": "str",
    "Actor1Code": "str",
    "Actor1Name": "str",
    "Actor1CountryCode": "str",
    "Actor1Type1Code": "str",
    "Actor2Code": "str",
    "Actor2Name": "str",
    "Actor2CountryCode": "str",
    "Actor2Type1Code": "str",
    "IsRootEvent": "int",
    "EventCode": "str",
    "EventBaseCode": "str",
    "EventRootCode": "str",
    "QuadClass": "int",
    "GoldsteinScale": "float",
    "ActionGeo_FullName": "str",
    "SOURCEURL": "str",
    "bilat_EventId": "str",
    "bilat_DocId": "str",
    "bilat_Date": "str",
    "bilat_DatePrecision": "str",
    "bilat_DateText": "str",
    "bilat_DateBasis": "str",
    "bilat_Modality": "str",
    "bilat_Plover": "str",
    "bilat_Confidence": "float",
    "bilat_Evidence": "str",
    "bilat_EvidenceStart": "int",
    "bilat_EvidenceEnd": "int",
}


# --- records → flat rows -------------------------------------------------------------------------------


def event_row(e: Event) -> Row:
    row: Row = {}
    for side in ("source", "target"):
        ref = getattr(e, side)
        for part in ("name", "country", "sector", "kind", "role"):
            row[f"{side}_{part}"] = getattr(ref, part) if ref else None
    data = e.model_dump(mode="json")
    return {c: row[c] if c in row else data.get(c) for c in EVENT_COLUMNS}


def fact_row(f: Fact) -> Row:
    data = f.model_dump(mode="json")
    data["parties"] = LIST_SEPARATOR.join(f.parties)
    return {c: data.get(c) for c in FACT_COLUMNS}


def document_row(d: Document) -> Row:
    data = d.model_dump(mode="json")
    data["cites"] = LIST_SEPARATOR.join(d.cites)
    data["chars"] = len(d.text)
    return {c: data.get(c) for c in DOCUMENT_COLUMNS}


def actor_row(a: Actor) -> Row:
    data = a.model_dump(mode="json")
    data["aliases"] = LIST_SEPARATOR.join(a.aliases)
    return {c: data.get(c) for c in ACTOR_COLUMNS}


def gdelt_row(e: Event) -> Row:
    """One event as a GDELT event-table row. SQLDATE is YYYYMMDD, with 00 for the parts a month- or
    year-precise date does not have; empty when the date is unknown (bilat never invents dates)."""
    date = e.date or ""
    digits = date.replace("-", "")
    sql_date = (digits + "0000")[:8] if date[:4].isdigit() else ""
    target = e.target
    return {
        "GLOBALEVENTID": int(e.id[:15], 16) if _is_hex(e.id[:15]) else abs(hash(e.id)) % (1 << 60),
        "SQLDATE": sql_date,
        "MonthYear": sql_date[:6],
        "Year": sql_date[:4],
        "Actor1Code": _actor_code(e.source.country, e.source.sector),
        "Actor1Name": e.source.name.upper(),
        "Actor1CountryCode": e.source.country or "",
        "Actor1Type1Code": e.source.sector or "",
        "Actor2Code": _actor_code(target.country, target.sector) if target else "",
        "Actor2Name": target.name.upper() if target else "",
        "Actor2CountryCode": (target.country or "") if target else "",
        "Actor2Type1Code": (target.sector or "") if target else "",
        "IsRootEvent": 1 if e.sentence == 0 else 0,
        "EventCode": e.cameo,
        "EventBaseCode": e.cameo[:3],
        "EventRootCode": e.root,
        "QuadClass": e.quad,
        "GoldsteinScale": e.goldstein,
        "ActionGeo_FullName": e.place or "",
        "SOURCEURL": e.source_uri or "",
        "bilat_EventId": e.id,
        "bilat_DocId": e.doc_id,
        "bilat_Date": date,
        "bilat_DatePrecision": e.date_precision,
        "bilat_DateText": _one_line(e.date_text or ""),
        "bilat_DateBasis": e.date_basis or "",
        "bilat_Modality": e.modality,
        "bilat_Plover": e.plover or "",
        "bilat_Confidence": e.confidence,
        "bilat_Evidence": _one_line(e.evidence),
        "bilat_EvidenceStart": e.start,
        "bilat_EvidenceEnd": e.end,
    }


def _is_hex(text: str) -> bool:
    return bool(text) and all(c in "0123456789abcdef" for c in text.lower())


def _actor_code(country: str | None, sector: str | None) -> str:
    return (country or "") + (sector or "")


def _one_line(text: str) -> str:
    """Tabs and line breaks would break a tab-separated row: they become spaces."""
    return " ".join(text.split())


# --- writers -------------------------------------------------------------------------------------------


def write_csv(rows: list[Row], columns: Sequence[str], out: Path) -> int:
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def write_jsonl(rows: list[Row], columns: Sequence[str], out: Path) -> int:
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
    return len(rows)


def write_json(rows: list[Row], columns: Sequence[str], out: Path) -> int:
    out.write_text(
        json.dumps([{c: row.get(c) for c in columns} for row in rows], ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    return len(rows)


def write_tsv(rows: list[Row], columns: Sequence[str], out: Path) -> int:
    """GDELT's layout: tab-separated with a header line, empty cell for no value, no quoting."""
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(columns) + "\n")
        for row in rows:
            handle.write("\t".join("" if row.get(c) is None else str(row[c]) for c in columns) + "\n")
    return len(rows)


def write_parquet(
    rows: list[Row], columns: Sequence[str], out: Path, types: dict[str, str] | None = None
) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    kinds = {"str": pa.string(), "int": pa.int64(), "float": pa.float64()}
    schema = pa.schema([(c, kinds[(types or {}).get(c, "str")]) for c in columns])
    table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows], schema=schema)
    pq.write_table(table, out)
    return len(rows)


@dataclass(frozen=True)
class Exporter:
    name: str  # versioned: bilat.export.csv.v1
    format: str  # what --format calls it
    suffix: str
    write: Callable[..., int]
    typed: bool = False  # the writer takes the column types (Parquet)
    tables: tuple[str, ...] = tuple(TABLES)


EXPORTERS: dict[str, Exporter] = {
    e.name: e
    for e in (
        Exporter("bilat.export.csv.v1", "csv", ".csv", write_csv),
        Exporter("bilat.export.jsonl.v1", "jsonl", ".jsonl", write_jsonl),
        Exporter("bilat.export.json.v1", "json", ".json", write_json),
        Exporter("bilat.export.parquet.v1", "parquet", ".parquet", write_parquet, typed=True),
        Exporter("bilat.export.gdelt.v1", "gdelt", ".tsv", write_tsv, tables=("events",)),
    )
}


def get_exporter(format: str) -> Exporter:
    """By versioned name, or by format name (its newest version)."""
    if format in EXPORTERS:
        return EXPORTERS[format]
    versions = sorted((e for e in EXPORTERS.values() if e.format == format), key=lambda e: e.name)
    if not versions:
        known = ", ".join(sorted({e.format for e in EXPORTERS.values()}))
        raise ValueError(f"unknown export format {format!r} (known: {known})")
    return versions[-1]


def export_rows(exporter: Exporter, table: str, records: list) -> tuple[list[Row], dict[str, str]]:
    """The rows and column types an exporter writes for a table of records."""
    if table not in exporter.tables:
        raise ValueError(f"{exporter.format} exports only: {', '.join(exporter.tables)}")
    if exporter.format == "gdelt":
        return [gdelt_row(e) for e in records], GDELT_COLUMNS
    make = {"events": event_row, "facts": fact_row, "documents": document_row, "actors": actor_row}[table]
    return [make(r) for r in records], TABLES[table]


def write(exporter: Exporter, table: str, records: list, out: Path) -> int:
    rows, columns = export_rows(exporter, table, records)
    if exporter.typed:
        return exporter.write(rows, list(columns), out, columns)
    return exporter.write(rows, list(columns), out)
