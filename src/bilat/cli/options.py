"""Options every command shares, and the table of settings (name, default, help) the README documents."""

from __future__ import annotations

import typer

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
