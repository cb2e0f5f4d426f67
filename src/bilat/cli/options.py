"""Options every command shares, and the table of settings (name, default, help) the README documents."""

from __future__ import annotations

import re

import typer

from bilat.cli.app import fail
from bilat.cli.render import Format

SETTINGS = [
    ("BILAT_STORE", "bilat.db", "the store every command reads and writes: a path or postgresql://… URL"),
    ("BILAT_SHARED", "../shared", "where tests and benchmarks find the shared corpus and evaluation data"),
    ("BILAT_TOKEN", "(none)", "bearer token that `bilat serve` requires for write endpoints"),
]

STORE = typer.Option(
    "bilat.db", "--store", "-s", envvar="BILAT_STORE", help="Store: a path or postgresql://… URL."
)
FORMAT = typer.Option(Format.table, "--format", "-f", help="Output: table, json, jsonl or csv.")

ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def checked_date(value: str | None) -> str | None:
    """--since/--until: an ISO date at any precision, else one error line (not an empty answer)."""
    if value is not None and not ISO_DATE.fullmatch(value):
        fail(f"{value}: not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value
