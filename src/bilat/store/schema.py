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
    Index("actor_documents_doc", "doc_id"),
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
    Index("events_doc", "doc_id"),
    # Reconcile finds an added event's possible other reports by countries, root and year.
    Index("events_cluster_key", "source_country", "target_country", "root", "date"),
)

facts = Table(
    "facts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("value", Float, nullable=False),
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    Column("data", JSON, nullable=False),
    Index("facts_doc", "doc_id"),
    Index("facts_kind_period", "kind", "period_start"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("attribute", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("data", JSON, nullable=False),
    Index("claims_doc", "doc_id"),
    Index("claims_attribute", "attribute"),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("attribute", Text, nullable=False),
    Column("data", JSON, nullable=False),
    Index("conflicts_attribute", "attribute"),
)

# Each fact's parties (countries), so a dyad's facts are found by index instead of reading every fact.
fact_parties = Table(
    "fact_parties",
    metadata,
    Column("fact_id", String(32), ForeignKey("facts.id"), primary_key=True),
    Column("party", String(16), primary_key=True),
    Index("fact_parties_party", "party"),
)

# Each figure's lookup keys for reconcile (``bilat.store.windows``): its kind, each pair of its parties
# (and each party alone) and each year it tells, so the figures an added one can be set against are found
# by index instead of reading every figure of its pair.
fact_windows = Table(
    "fact_windows",
    metadata,
    Column("fact_id", String(32), ForeignKey("facts.id"), primary_key=True),
    Column("party_a", String(16), primary_key=True),
    Column("party_b", String(16), primary_key=True),
    Column("year", String(8), primary_key=True),
    Column("kind", String(32), nullable=False),
    Index("fact_windows_lookup", "kind", "party_a", "party_b", "year"),
)

# The partition each actor is resolved in (``bilat.reconcile.actors.actor_key``): reconcile looks up
# the actors that can be the same as an added one by this key instead of reading every actor.
actor_keys = Table(
    "actor_keys",
    metadata,
    Column("actor_id", String(32), ForeignKey("actors.id"), primary_key=True),
    Column("key", Text, nullable=False),
    Index("actor_keys_key", "key"),
)

# Documents stored but not yet reconciled: written in the document's own transaction and removed when
# reconcile has seen it, so a build interrupted (or failing) in reconcile catches up on the next one.
pending = Table(
    "pending",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.id"), primary_key=True),
)
