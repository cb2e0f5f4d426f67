"""The store's schema (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Columns that queries filter on are real columns; the full record is kept as JSON beside them so a record
read back is the record written.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

SCHEMA_VERSION = 1

metadata = MetaData()

meta = Table("meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text))

documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("source_uri", Text, nullable=False),
    Column("published", String(10)),
    Column("outlet", Text),
    Column("author", Text),
    Column("title", Text),
    Column("data", JSON, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("paragraph", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

annotations = Table(
    "annotations",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.id"), primary_key=True),
    Column("entities", JSON, nullable=False),
    Column("timexes", JSON, nullable=False),
    Column("quantities", JSON, nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(3)),
    Column("role", Text),
    Column("sector", String(8)),
    Column("aliases", JSON, nullable=False),
    Column("mentions", Integer, nullable=False),
    Column("canonical_id", String(32)),
)

actor_documents = Table(
    "actor_documents",
    metadata,
    Column("actor_id", String(32), ForeignKey("actors.id"), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.id"), primary_key=True),
)

events = Table(
    "events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("cameo", String(4), nullable=False),
    Column("root", String(2), nullable=False),
    Column("source_name", Text, nullable=False),
    Column("source_country", String(3)),
    Column("target_name", Text),
    Column("target_country", String(3)),
    Column("date", String(10)),
    Column("goldstein", Float, nullable=False),
    Column("cluster_id", String(32)),
    Column("data", JSON, nullable=False),
    Index("events_dyad", "source_country", "target_country"),
    Index("events_date", "date"),
)

facts = Table(
    "facts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("value", Float, nullable=False),
    Column("period_start", String(10)),
    Column("data", JSON, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("attribute", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("data", JSON, nullable=False),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("attribute", Text, nullable=False),
    Column("data", JSON, nullable=False),
)
