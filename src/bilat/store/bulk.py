"""A document's actors written in a few statements instead of four per actor.

An actor seen before is updated (aliases joined, mentions added, role and sector kept once known); a new
one is inserted with its reconcile key. This was four-fifths of the build writer's time when every actor
cost its own SELECT, INSERT, UPDATE and link.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, insert, select, update

from bilat.models import Actor, Fact
from bilat.reconcile.actors import actor_key
from bilat.store import schema as s


def add_fact_parties(conn, facts: Iterable[Fact]) -> None:
    rows = [{"fact_id": f.id, "party": party} for f in facts for party in sorted(set(f.parties))]
    if rows:
        conn.execute(insert(s.fact_parties), rows)


def fill_fact_parties(conn) -> None:
    """For a store written before ``fact_parties`` existed: every stored fact's parties, once."""
    query = select(s.facts.c.data).where(~s.facts.c.id.in_(select(s.fact_parties.c.fact_id)))
    batch: list[Fact] = []
    for data in conn.execute(query).scalars().all():
        batch.append(Fact.model_validate(data))
        if len(batch) >= 1000:
            add_fact_parties(conn, batch)
            batch = []
    add_fact_parties(conn, batch)


def _merged(actors: Iterable[Actor]) -> list[Actor]:
    """One record per id: a document listing an actor twice counts both (as two writes would)."""
    out: dict[str, Actor] = {}
    for actor in actors:
        seen = out.get(actor.id)
        if seen is None:
            out[actor.id] = actor.model_copy()
            continue
        seen.aliases = sorted(set(seen.aliases) | set(actor.aliases))
        seen.mentions += actor.mentions
        seen.role = seen.role or actor.role
        seen.sector = seen.sector or actor.sector
    return list(out.values())


def _existing(conn, ids: list[str]) -> dict[str, dict]:
    if not ids:
        return {}
    query = select(s.actors).where(s.actors.c.id.in_(ids))
    return {row["id"]: dict(row) for row in conn.execute(query).mappings()}


def _insert(dialect: str):
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert


def _insert_new(conn, dialect: str, actors: list[Actor]) -> set[str]:
    """Insert the actors not stored yet; the ids actually inserted. On SQLite the build's transaction
    already holds the write lock (its document row went first), so every one goes in; on PostgreSQL a
    concurrent build may have stored some meanwhile, and RETURNING tells which were ours."""
    rows = [
        {
            "id": a.id,
            "name": a.name,
            "kind": a.kind,
            "country": a.country,
            "role": a.role,
            "sector": a.sector,
            "aliases": sorted(set(a.aliases)),
            "mentions": a.mentions,
        }
        for a in actors
    ]
    statement = _insert(dialect)(s.actors).on_conflict_do_nothing()
    if dialect == "postgresql":
        return set(conn.execute(statement.values(rows).returning(s.actors.c.id)).scalars())
    conn.execute(statement, rows)
    return {a.id for a in actors}


def add_actors(conn, dialect: str, doc_id: str, actors: Iterable[Actor]) -> None:
    actors = _merged(actors)
    if not actors:
        return
    rows = _existing(conn, [a.id for a in actors])
    new = [a for a in actors if a.id not in rows]
    if new:
        inserted = _insert_new(conn, dialect, new)
        keys = [{"actor_id": a.id, "key": actor_key(a)} for a in new if a.id in inserted]
        if keys:
            conn.execute(_insert(dialect)(s.actor_keys).on_conflict_do_nothing(), keys)
        rows.update(_existing(conn, [a.id for a in new if a.id not in inserted]))
    changed = [
        {
            "b_id": a.id,
            "b_aliases": sorted(set(rows[a.id]["aliases"]) | set(a.aliases)),
            "b_mentions": rows[a.id]["mentions"] + a.mentions,
            "b_role": rows[a.id]["role"] or a.role,
            "b_sector": rows[a.id]["sector"] or a.sector,
        }
        for a in actors
        if a.id in rows
    ]
    if changed:
        c = s.actors.c
        conn.execute(
            update(s.actors)
            .where(c.id == bindparam("b_id"))
            .values(
                aliases=bindparam("b_aliases", type_=c.aliases.type),
                mentions=bindparam("b_mentions"),
                role=bindparam("b_role"),
                sector=bindparam("b_sector"),
            ),
            changed,
        )
    links = [{"actor_id": a.id, "doc_id": doc_id} for a in actors]
    conn.execute(_insert(dialect)(s.actor_documents).on_conflict_do_nothing(), links)
