"""Indexes a store made by an earlier bilat lacks: ``create_all`` adds missing tables but never an index
on a table that exists, and reconcile and the queries rely on them to avoid full scans."""

from __future__ import annotations

from sqlalchemy import inspect

from bilat.store import schema as s


def create_missing_indexes(conn) -> None:
    inspector = inspect(conn)
    for table in s.metadata.sorted_tables:
        present = {index["name"] for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in present:
                index.create(conn)
