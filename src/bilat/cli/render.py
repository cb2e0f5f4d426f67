"""Rows out, in the format asked for: a table for people; JSON, JSON Lines or CSV for programs."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.text import Text

from bilat.models import period_label

LONG = {"evidence", "text", "snippet", "answer", "source_uri"}
LIST_SEPARATOR = ";"  # the same as bilat.serve.export's


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def plain(row: Any) -> dict:
    return row.model_dump(mode="json") if isinstance(row, BaseModel) else dict(row)


def flatten(record: dict, prefix: str = "") -> dict:
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            # One value per cell, as `bilat export` writes lists: "AZE;ISR", "Baku;Bakı".
            scalar = all(not isinstance(v, dict | list) for v in value)
            joined = LIST_SEPARATOR.join(map(str, value)) if scalar else None
            out[name] = joined if joined is not None else json.dumps(value, ensure_ascii=False)
        else:
            out[name] = value
    return out


def _cell(value: Any, width: int) -> str | Text:
    if isinstance(value, Text):  # already styled by the command (search marks its matches)
        return value
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def _text(cell: str | Text) -> Text:
    return cell if isinstance(cell, Text) else Text(cell)


def render(
    rows: Sequence[Any],
    format: Format,
    columns: Sequence[str] | None = None,
    console: Console | None = None,
    title: str | None = None,
) -> None:
    if console is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=200)
    records = [plain(r) for r in rows]
    if format == Format.json:
        console.print_json(json.dumps(records, ensure_ascii=False)) if records else print("[]")
        return
    if format == Format.jsonl:
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
        return
    flat = [flatten(r) for r in records]
    names = list(columns) if columns else list(dict.fromkeys(k for r in flat for k in r))
    if format == Format.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(flat)
        print(buffer.getvalue(), end="")
        return
    table = Table(title=title, show_lines=False, expand=False)
    for name in names:
        table.add_column(name, overflow="fold", max_width=90 if name in LONG else 40)
    for record in flat:
        # A quarter, half or season is stored as its first month; people read it as the period.
        if record.get("date") and record.get("date_precision"):
            record["date"] = period_label(record["date"], record["date_precision"])
        # Text cells, not markup: "[embassy]" in a snippet is data to show, not a rich style.
        table.add_row(*(_text(_cell(record.get(n), 160 if n in LONG else 80)) for n in names))
    console.print(table)
    console.print(f"{len(records)} rows", style="dim")
