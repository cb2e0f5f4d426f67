"""What a store must be before bilat touches it, and the one line a user reads when it is not.

A store that cannot be read is never repaired or recreated here: its data stays as it is, and the message
names the store and what to do.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, event

SQLITE_MAGIC = b"SQLite format 3\x00"
# SQLite's words for a file damaged inside (the header can be intact while pages are not).
DAMAGED = ("malformed", "not a database", "disk i/o error", "corrupt")


class StoreError(RuntimeError):
    """The store cannot be used; the message names it. Its data is never touched."""


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """A bilat SQLite file, or none at all when the caller may create one."""
    if not path.exists() or path.stat().st_size == 0:
        if not create:
            raise StoreError(
                f"{path}: no store here; build one first (bilat build SOURCE --store {path}) "
                "or give the right --store"
            )
        return
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise StoreError(f"{path}: not a bilat store (not an SQLite database); left untouched")


def report_damage(engine: Engine, location: str) -> None:
    """Turn SQLite's "database disk image is malformed" on any statement into one ``StoreError`` line."""

    @event.listens_for(engine, "handle_error")
    def _damaged(context) -> None:
        original = context.original_exception
        if isinstance(original, sqlite3.DatabaseError) and any(
            word in str(original).lower() for word in DAMAGED
        ):
            raise StoreError(
                f"{location}: the store is damaged ({str(original).splitlines()[0]}); "
                "restore it from a backup, or rebuild it into a new store with bilat build"
            ) from None
