"""The Typer application every command module registers on, and the one way commands fail."""

from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console

app = typer.Typer(
    name="bilat",
    help="Turn news articles about relations between countries into a structured, source-cited record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = 1) -> NoReturn:
    """One clear line on standard error, no traceback."""
    Console(stderr=True).print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)
