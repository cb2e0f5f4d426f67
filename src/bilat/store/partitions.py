"""What reconcile reads and writes, by indexed lookups: the documents still to reconcile, the actors
sharing a resolution key, the events that can be reports of one occurrence, the claims and figures of one
attribute. Nothing here reads a whole table; each call is bounded by the keys it is given."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, bindparam, delete, insert, or_, select, update

from bilat.models import Actor, Claim, Conflict, Event, Fact
from bilat.store import schema as s

CHUNK = 400  # keys per IN (…) list: well under SQLite's and PostgreSQL's parameter limits


def _chunks(items: Iterable, size: int = CHUNK) -> Iterable[list]:
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def pending_documents(conn, limit: int) -> list[str]:
    return list(conn.execute(select(s.pending.c.doc_id).order_by(s.pending.c.doc_id).limit(limit)).scalars())


def mark_all_pending(conn) -> None:
    """Every stored document is reconciled again (``api.reconcile``; a store made before ``pending``)."""
    stored = select(s.documents.c.id).where(~s.documents.c.id.in_(select(s.pending.c.doc_id)))
    conn.execute(insert(s.pending).from_select(["doc_id"], stored))


def done(conn, doc_ids: list[str]) -> None:
    for chunk in _chunks(doc_ids):
        conn.execute(delete(s.pending).where(s.pending.c.doc_id.in_(chunk)))


def actor_from_row(row) -> Actor:
    return Actor(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        country=row["country"],
        role=row["role"],
        sector=row["sector"],
        aliases=row["aliases"],
        mentions=row["mentions"],
    )


def actors_without_key(conn, limit: int) -> list[Actor]:
    """Actors of a store written before ``actor_keys`` existed (filled in once, in bounded batches)."""
    keyed = select(s.actor_keys.c.actor_id)
    query = select(s.actors).where(~s.actors.c.id.in_(keyed)).limit(limit)
    return [actor_from_row(r) for r in conn.execute(query).mappings()]


def add_actor_keys(conn, keys: dict[str, str]) -> None:
    if keys:
        conn.execute(insert(s.actor_keys), [{"actor_id": a, "key": k} for a, k in keys.items()])


def actor_keys_of(conn, doc_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(doc_ids):
        query = (
            select(s.actor_keys.c.key)
            .join(s.actor_documents, s.actor_documents.c.actor_id == s.actor_keys.c.actor_id)
            .where(s.actor_documents.c.doc_id.in_(chunk))
            .distinct()
        )
        found.update(conn.execute(query).scalars())
    return found


def actors_with_keys(conn, keys: list[str]) -> dict[str, list[tuple[Actor, str | None]]]:
    """Each key's actors, with the canonical id each has now."""
    out: dict[str, list[tuple[Actor, str | None]]] = {key: [] for key in keys}
    for chunk in _chunks(keys):
        query = (
            select(s.actors, s.actor_keys.c.key)
            .join(s.actor_keys, s.actor_keys.c.actor_id == s.actors.c.id)
            .where(s.actor_keys.c.key.in_(chunk))
            .order_by(s.actors.c.id)
        )
        for row in conn.execute(query).mappings():
            out[row["key"]].append((actor_from_row(row), row["canonical_id"]))
    return out


def set_canonical(conn, changes: list[dict]) -> None:
    """``changes``: {"b_id", "b_canonical", "b_aliases"} for each actor whose resolution changed."""
    if changes:
        c = s.actors.c
        conn.execute(
            update(s.actors)
            .where(c.id == bindparam("b_id"))
            .values(
                canonical_id=bindparam("b_canonical"), aliases=bindparam("b_aliases", type_=c.aliases.type)
            ),
            changes,
        )


def _events(conn, query) -> list[Event]:
    return [Event.model_validate({**data, "cluster_id": cluster}) for data, cluster in conn.execute(query)]


def events_of(conn, doc_ids: list[str]) -> list[Event]:
    out: list[Event] = []
    for chunk in _chunks(doc_ids):
        query = select(s.events.c.data, s.events.c.cluster_id).where(s.events.c.doc_id.in_(chunk))
        out += _events(conn, query)
    return out


def _country(column, value: str | None):
    return column.is_(None) if value is None else column == value


def events_in_year(conn, countries: tuple[str | None, str | None], root: str, year: str) -> list[Event]:
    """Events between the two countries (either way round) with this CAMEO root, dated in ``year``."""
    e = s.events.c
    a, b = countries
    sides = or_(
        and_(_country(e.source_country, a), _country(e.target_country, b)),
        and_(_country(e.source_country, b), _country(e.target_country, a)),
    )
    following = str(int(year) + 1).zfill(4)
    query = (
        select(e.data, e.cluster_id)
        .where(sides, e.root == root, e.date >= year, e.date < following, e.target_name.is_not(None))
        .order_by(e.date, e.doc_id, e.id)
    )
    return _events(conn, query)


def set_clusters(conn, clusters: dict[str, str], known: dict[str, str | None]) -> None:
    """Write the clusters that changed (``known``: each event's cluster as stored)."""
    changes = [{"b_id": e, "b_cluster": c} for e, c in clusters.items() if known.get(e) != c]
    if changes:
        c = s.events.c
        conn.execute(
            update(s.events).where(c.id == bindparam("b_id")).values(cluster_id=bindparam("b_cluster")),
            changes,
        )


def claims_of(conn, doc_ids: list[str]) -> list[Claim]:
    out: list[Claim] = []
    for chunk in _chunks(doc_ids):
        query = select(s.claims.c.data).where(s.claims.c.doc_id.in_(chunk))
        out += [Claim.model_validate(r) for r in conn.execute(query).scalars()]
    return out


def facts_of(conn, doc_ids: list[str]) -> list[Fact]:
    out: list[Fact] = []
    for chunk in _chunks(doc_ids):
        query = select(s.facts.c.data).where(s.facts.c.doc_id.in_(chunk))
        out += [Fact.model_validate(r) for r in conn.execute(query).scalars()]
    return out


def claims_with_attribute(conn, attribute: str) -> list[Claim]:
    query = select(s.claims.c.data).where(s.claims.c.attribute == attribute).order_by(s.claims.c.id)
    return [Claim.model_validate(r) for r in conn.execute(query).scalars()]


def facts_of_kind(conn, kind: str, period_start: str) -> list[Fact]:
    query = (
        select(s.facts.c.data)
        .where(s.facts.c.kind == kind, s.facts.c.period_start == period_start)
        .order_by(s.facts.c.period_start, s.facts.c.doc_id)
    )
    return [Fact.model_validate(r) for r in conn.execute(query).scalars()]


def replace_conflicts_of(conn, attributes: set[str], found: list[Conflict]) -> None:
    for chunk in _chunks(sorted(attributes)):
        conn.execute(delete(s.conflicts).where(s.conflicts.c.attribute.in_(chunk)))
    if found:
        conn.execute(
            insert(s.conflicts),
            [{"id": c.id, "attribute": c.attribute, "data": c.model_dump(mode="json")} for c in found],
        )
