"""The Typer application every command module registers on, and the one way commands fail."""

from __future__ import annotations

from typing import NoReturn

import typer
from typer.core import TyperGroup

from bilat.nlp.pipeline import ModelError
from bilat.resources import ResourceError
from bilat.store import StoreError


class BilatGroup(TyperGroup):
    """Turns the errors a user can meet (a bad store, resource file or model) into one line and exit 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (StoreError, ResourceError, ModelError) as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=BilatGroup,
    name="bilat",
    help="Turn news articles about relations between countries into a structured, source-cited record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Help text is plain text: "[brackets]" in a docstring is shown, not read as rich markup.
    rich_markup_mode="markdown",
)


def fail(message: str, code: int = 1) -> NoReturn:
    """One clear line on standard error, no traceback."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)
