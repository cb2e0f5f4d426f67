"""The Typer application every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="bilat",
    help="Turn news articles about relations between countries into a structured, source-cited record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
