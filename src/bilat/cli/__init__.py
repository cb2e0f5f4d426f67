"""The ``bilat`` command: a thin Typer app over ``bilat.api``.

Commands live in small modules by theme; each registers itself on ``app`` when imported here.
"""

from __future__ import annotations

from bilat.cli import questions, records, serving  # noqa: F401  (register commands)
from bilat.cli.app import app


def main() -> None:
    app()
