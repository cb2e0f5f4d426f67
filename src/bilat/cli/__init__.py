"""The ``bilat`` command: a thin Typer app over ``bilat.api``.

Commands live in small modules by theme; each registers itself on ``app`` when imported here.
"""

from __future__ import annotations

import sys

from bilat.cli import questions, records, serving  # noqa: F401  (register commands)
from bilat.cli.app import app
from bilat.resources import ResourceError
from bilat.store import StoreError


def main() -> None:
    try:
        app()
    except (StoreError, ResourceError) as error:
        sys.stderr.write(f"error: {error}\n")
        sys.exit(1)
