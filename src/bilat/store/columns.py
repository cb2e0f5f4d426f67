"""Columns a store made by an earlier bilat lacks: ``create_all`` never changes a table that exists, and
reconcile reads a fact's period end by index (``partitions.facts_near``) instead of from its record."""

from __future__ import annotations

from sqlalchemy import inspect, text, update
from sqlalchemy.exc import DatabaseError

from bilat.store import schema as s


def add_missing_columns(conn) -> None:
    if "period_end" in _columns(conn):
        return
    try:
        with conn.begin_nested():
            conn.execute(text("ALTER TABLE facts ADD COLUMN period_end VARCHAR(10)"))
    except DatabaseError:
        if "period_end" not in _columns(conn):
            raise
        return  # another process opening the store added it a moment ago, and fills it
    # Each fact's end as its record tells it, once: the writer sets the column for every new fact.
    conn.execute(update(s.facts).values(period_end=s.facts.c.data["period_end"].as_string()))


def _columns(conn) -> set[str]:
    return {column["name"] for column in inspect(conn).get_columns("facts")}
