"""What reconcile reads and writes, by indexed lookups: the documents still to reconcile, the actors
sharing a resolution key, the events that can be reports of one occurrence, the claims and figures of one
attribute. Nothing here reads a whole table; each call is bounded by the keys it is given."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from sqlalchemy import and_, bindparam, delete, insert, or_, select, update

from bilat.models import Actor, Claim, Conflict, Fact
from bilat.store import schema as s
from bilat.store import windows as w

CHUNK = 400  # keys per IN (…) list: well under SQLite's and PostgreSQL's parameter limits


def _chunks(items: Iterable, size: int = CHUNK) -> Iterable[list]:
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def pending_documents(conn, limit: int, after: str = "") -> list[str]:
    """Up to ``limit`` pending documents after ``after`` in id order (a page of the primary key)."""
    query = select(s.pending.c.doc_id).where(s.pending.c.doc_id > after).order_by(s.pending.c.doc_id)
    return list(conn.execute(query.limit(limit)).scalars())


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


# The events an event can cluster with: its two countries (in order), CAMEO root and year.
EventPartition = tuple[tuple[str | None, str | None], str, str]


@dataclass(frozen=True)
class Side:
    country: str | None


class EventRow(NamedTuple):
    """What clustering reads of an event (``bilat.reconcile.events``), from the event's columns: no
    JSON record is decoded and no model built for the thousands of events a busy partition holds (a
    named tuple: built faster than a frozen dataclass, for every event of a busy dyad-year)."""

    id: str
    doc_id: str
    root: str
    date: str | None
    source: Side
    target: Side | None
    cluster_id: str | None

    @property
    def partition(self) -> EventPartition | None:
        """None for an event that clusters with no other (undated, or with no target)."""
        if not self.date or self.target is None:
            return None
        a, b = self.source.country, self.target.country
        countries = (a, b) if (a or "") <= (b or "") else (b, a)
        return countries, self.root, self.date[:4]


_EVENT_COLUMNS = (
    s.events.c.id,
    s.events.c.doc_id,
    s.events.c.root,
    s.events.c.date,
    s.events.c.source_country,
    s.events.c.target_country,
    s.events.c.target_name,
    s.events.c.cluster_id,
)


_ORDER = (s.events.c.date, s.events.c.doc_id, s.events.c.id)


def _event_rows(conn, query, values: dict | None = None) -> list[EventRow]:
    # A stored event has a target exactly when its target_name column is set (``store._event_row``).
    # One side per country, shared by the partition's events (a side is never changed).
    sides: dict[str | None, Side] = {}

    def side(country: str | None) -> Side:
        found = sides.get(country)
        if found is None:
            found = sides[country] = Side(country)
        return found

    return [
        EventRow(
            r.id,
            r.doc_id,
            r.root,
            r.date,
            side(r.source_country),
            None if r.target_name is None else side(r.target_country),
            r.cluster_id,
        )
        for r in conn.execute(query, values or {})
    ]


def event_rows_of(conn, doc_ids: list[str]) -> list[EventRow]:
    out: list[EventRow] = []
    for chunk in _chunks(doc_ids):
        out += _event_rows(conn, select(*_EVENT_COLUMNS).where(s.events.c.doc_id.in_(chunk)))
    return out


def _partition_where(a_none: bool, b_none: bool) -> tuple:
    e = s.events.c

    def country(column, none: bool, name: str):
        return column.is_(None) if none else column == bindparam(name)

    sides = or_(
        and_(country(e.source_country, a_none, "a"), country(e.target_country, b_none, "b")),
        and_(country(e.source_country, b_none, "b"), country(e.target_country, a_none, "a")),
    )
    return sides, e.root == bindparam("root"), e.target_name.is_not(None)


@cache
def _year_query(a_none: bool, b_none: bool):
    """One statement for each way the two countries can be missing, built once: building the expression
    cost more than running it (a build touches hundreds of partitions); each runs with its own values."""
    e = s.events.c
    window = (e.date >= bindparam("low"), e.date < bindparam("high"))
    return select(*_EVENT_COLUMNS).where(*_partition_where(a_none, b_none), *window).order_by(*_ORDER)


def events_in_year(conn, countries: tuple[str | None, str | None], root: str, year: str) -> list[EventRow]:
    """Events between the two countries (either way round) with this CAMEO root, dated in ``year``."""
    a, b = countries
    values = {"a": a, "b": b, "root": root, "low": year, "high": str(int(year) + 1).zfill(4)}
    return _event_rows(conn, _year_query(a is None, b is None), values)


def set_clusters(conn, clusters: dict[str, str], known: dict[str, str | None]) -> None:
    """Write the clusters that changed (``known``: each event's cluster as stored)."""
    changes = [{"b_id": e, "b_cluster": c} for e, c in clusters.items() if known.get(e) != c]
    if changes:
        c = s.events.c
        conn.execute(
            update(s.events).where(c.id == bindparam("b_id")).values(cluster_id=bindparam("b_cluster")),
            changes,
        )


def claim_attributes_of(conn, doc_ids: list[str]) -> set[str]:
    out: set[str] = set()
    for chunk in _chunks(doc_ids):
        query = select(s.claims.c.attribute).where(s.claims.c.doc_id.in_(chunk)).distinct()
        out.update(conn.execute(query).scalars())
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


def published_of(conn, doc_ids: Iterable[str]) -> dict[str, str]:
    """The day each of these documents was published, where known."""
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(doc_ids))):
        query = select(s.documents.c.id, s.documents.c.published).where(s.documents.c.id.in_(chunk))
        out.update({r.id: r.published for r in conn.execute(query) if r.published})
    return out


def facts_of_pair(conn, kind: str, pair: tuple[str, str]) -> list[Fact]:
    """The facts of one kind about both countries of ``pair``, by the parties' index."""
    a = s.fact_parties.alias("a")
    b = s.fact_parties.alias("b")
    query = (
        select(s.facts.c.data)
        .join(a, a.c.fact_id == s.facts.c.id)
        .join(b, b.c.fact_id == s.facts.c.id)
        .where(s.facts.c.kind == kind, a.c.party == pair[0], b.c.party == pair[1])
        .order_by(s.facts.c.period_start, s.facts.c.doc_id, s.facts.c.id)
    )
    return [Fact.model_validate(r) for r in conn.execute(query).scalars()]


def facts_near(
    conn,
    kind: str,
    pair: tuple[str, str],
    spans: set[tuple[str, str]],
    *,
    undated: bool,
    keep: Callable[[str, float], bool] | None = None,
    added: set[str] | None = None,
) -> list[Fact]:
    """The facts of one kind about both countries of ``pair`` whose period meets one of ``spans`` (a start
    and an end, as a fact's period: "2023", "2023-05-14"): the figures an added one with such a period can
    be set against. Undated facts too: all of them with ``undated`` (a standing amount, set against every
    other undated one; only those ``keep`` accepts by document and value, when given), else those whose
    document came out in one of the spans (a story's undated incident, dated by its day). Periods meet by
    their years: the rules read the finer parts. The facts' window keys (``bilat.store.windows``) find
    the few that may meet by index; their columns decide, and only the records kept are decoded.

    With ``added`` (the documents of a build), a story's undated incident is kept only if it is of one of
    them or its day falls in a period of one month, day or year that a dated figure read here tells: the
    only periods such an incident is set against (``conflicts.period_attributes``)."""
    years = [(start[:4], end[:4]) for start, end in spans]

    def meets(first: str | None, last: str | None) -> bool:
        return bool(first) and any(first[:4] <= to and (last or first)[:4] >= since for since, to in years)

    rows = list(w.fact_columns(conn, w.candidates(conn, kind, pair, spans, undated=undated)))
    dated = [r for r in rows if r.period_start and meets(r.period_start, r.period_end)]
    points = {r.period_start for r in dated if r.period_end in (None, r.period_start)}

    def incident(r) -> bool:
        if not meets(r.published, None):
            return False
        return added is None or r.doc_id in added or any(r.published.startswith(p) for p in points)

    def standing(r) -> bool:
        return keep is None or keep(r.doc_id, r.value)

    chosen = {r.id for r in dated}
    chosen |= {r.id for r in rows if not r.period_start and (standing(r) if undated else incident(r))}
    out = [Fact.model_validate(data) for data in w.fact_records(conn, chosen).values()]
    return sorted(out, key=lambda x: (x.period_start is not None, x.period_start or "", x.doc_id, x.id))


def replace_conflicts_of(
    conn, attributes: set[str], found: list[Conflict], partitions: set[str] = frozenset()
) -> None:
    """Replace the conflicts of these claim attributes and of these figure partitions (``kind:AAA-BBB``,
    whose conflicts' attributes all start with it and a colon)."""
    for chunk in _chunks(sorted(attributes)):
        conn.execute(delete(s.conflicts).where(s.conflicts.c.attribute.in_(chunk)))
    for partition in sorted(partitions):
        where, values = _like_partition(conn, partition)
        conn.execute(delete(s.conflicts).where(where), values)
    if found:
        conn.execute(
            insert(s.conflicts),
            [{"id": c.id, "attribute": c.attribute, "data": c.model_dump(mode="json")} for c in found],
        )


def _like_partition(conn, partition: str):
    """The conflicts whose attribute starts with the partition and a colon. SQLite reads a LIKE by a scan
    of the whole table (its LIKE ignores case, its index does not), so there the prefix's range of the
    index is asked too (";" follows ":"): the attributes of the partition as written, never one of another
    case, which no partition has. PostgreSQL's collation may order punctuation otherwise: LIKE alone."""
    pattern = partition.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%"
    return _prefix_where(conn.dialect.name == "sqlite"), {
        "pattern": pattern,
        "lo": partition + ":",
        "hi": partition + ";",
    }


@cache
def _prefix_where(ranged: bool):
    column = s.conflicts.c.attribute
    like = column.like(bindparam("pattern"), escape="\\")
    return and_(column >= bindparam("lo"), column < bindparam("hi"), like) if ranged else like


def conflicts_of_partition(conn, partition: str) -> list[Conflict]:
    """The stored conflicts of a figure partition (``kind:AAA-BBB``), by its attributes' prefix."""
    where, values = _like_partition(conn, partition)
    query = select(s.conflicts.c.data).where(where).order_by(s.conflicts.c.id)
    return [Conflict.model_validate(r) for r in conn.execute(query, values).scalars()]


@cache
def _index_query(ranged: bool):
    c = s.conflicts.c
    return select(c.id, c.attribute).where(_prefix_where(ranged)).order_by(c.id)


def conflict_index(conn, partition: str) -> list[tuple[str, str]]:
    """The id and attribute of each stored conflict of a figure partition, its record left unread (the
    statement built once)."""
    _, values = _like_partition(conn, partition)
    query = _index_query(conn.dialect.name == "sqlite")
    return [(r.id, r.attribute) for r in conn.execute(query, values)]


@cache
def _conflicts_query():
    c = s.conflicts.c
    return select(c.data).where(c.id.in_(bindparam("ids", expanding=True))).order_by(c.id)


def conflicts_with_ids(conn, ids: list[str]) -> list[Conflict]:
    """These conflicts, in id order."""
    out: list[Conflict] = []
    for chunk in _chunks(sorted(ids)):
        out += [
            Conflict.model_validate(r) for r in conn.execute(_conflicts_query(), {"ids": chunk}).scalars()
        ]
    return out


def change_conflicts(conn, drop: set[str], found: list[Conflict]) -> None:
    """Drop these conflicts and write those (a conflict found again keeps its row)."""
    write = {c.id: c for c in found}
    for chunk in _chunks(sorted(drop | set(write))):
        conn.execute(delete(s.conflicts).where(s.conflicts.c.id.in_(chunk)))
    if write:
        rows = [
            {"id": c.id, "attribute": c.attribute, "data": c.model_dump(mode="json")} for c in write.values()
        ]
        conn.execute(insert(s.conflicts), rows)
