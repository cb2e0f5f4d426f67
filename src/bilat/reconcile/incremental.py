"""Reconcile what a build added, partition by partition, with indexed lookups in the store.

Every relation reconcile draws stays inside a partition: actors are the same only with the same key
(``actor_key``: a person's surname, a state's country…), events are reports of one occurrence only with
the same two countries, CAMEO root and year, claims conflict only on the same attribute and figures only
with figures of their kind about the same pair of countries (a flow of trade with its pair's turnover
too), or with the figures of their own article. Re-resolving the partitions the added documents touch
therefore gives the result of reconciling the whole store, while reading only those partitions. Of a
figure partition only the figures whose years meet an added figure's are read (``bilat.store.windows``),
and of its undated ones only those an added figure can be set against, chosen by their columns before
any record is decoded: a standing amount of another value than an added one's, or listed by the stored
conflict; a story's undated incident whose day falls in a period of one month, day or year read with it.

The partitions are gathered over all pending documents first (a page of document ids at a time; only
the partitions' keys are kept) and each is then resolved once, a batch of partitions per transaction. A
partition many added documents share (a busy dyad's year) is read once per build, not once per batch
of documents, so the cost per added document does not grow with the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from bilat.models import Conflict, Fact
from bilat.reconcile.actors import actor_key, resolve_actors
from bilat.reconcile.conflicts import (
    STANDING,
    TRADE_FLOWS,
    TRADE_WHOLE,
    figure_partition,
    find_conflicts,
    incident_partition,
    undated_partition,
    within_article_conflicts,
    within_partition,
)
from bilat.reconcile.events import cluster_events
from bilat.reconcile.figure_delta import partition_delta
from bilat.reconcile.figures import values_of_scale
from bilat.store import Store
from bilat.store import partitions as p

BATCH = 200  # partitions resolved per transaction
PAGE = 1000  # pending documents read per query while gathering what they touch


class ReconcileError(RuntimeError):
    """Reconcile failed on one record; the message names it. Stored documents stay as they are and stay
    pending, so the next build reconciles them again."""


@dataclass
class ReconcileReport:
    documents: int = 0
    actor_keys: int = 0
    event_partitions: int = 0
    attributes: int = 0


@dataclass
class _Touched:
    """The partitions the pending documents touch."""

    doc_ids: list[str] = field(default_factory=list)
    actor_keys: set[str] = field(default_factory=set)
    event_partitions: set[p.EventPartition] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)
    fact_partitions: set[str] = field(default_factory=set)
    # The periods the added figures of each partition tell (a story's undated incident: the day it came
    # out), which bound the figures they can be set against.
    spans: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    # The values of the added undated standing amounts of each partition: a stored one is set against
    # them only if its value differs from one of them (``_Undated``).
    values: dict[str, set[float]] = field(default_factory=lambda: defaultdict(set))


def reconcile_store(store: Store, *, everything: bool = False, batch: int = BATCH) -> ReconcileReport:
    """Reconcile the documents stored since the last reconcile (all of them with ``everything``)."""
    report = ReconcileReport()
    with store.engine.begin() as conn:
        _key_old_actors(conn)
        if everything:
            p.mark_all_pending(conn)
    touched = _Touched()
    for page in _pending_pages(store):
        with store.engine.begin() as conn:
            _gather(conn, page, touched)
    if not touched.doc_ids:
        return report
    for keys in _batches(sorted(touched.actor_keys), batch):
        with store.engine.begin() as conn:
            _actors(conn, keys, report)
    for partitions in _batches(sorted(touched.event_partitions, key=str), batch):
        with store.engine.begin() as conn:
            _events(conn, partitions, report)
    for attributes in _batches(sorted(touched.attributes), batch):
        with store.engine.begin() as conn:
            _conflicts(conn, attributes, report)
    added = set() if everything else set(touched.doc_ids)
    for partitions in _batches(sorted(touched.fact_partitions), batch):
        with store.engine.begin() as conn:
            _figure_conflicts(conn, partitions, added, touched, report)
    for doc_ids in _batches(touched.doc_ids, batch):
        with store.engine.begin() as conn:
            _within_conflicts(conn, doc_ids)
    with store.engine.begin() as conn:
        p.done(conn, touched.doc_ids)
    report.documents = len(touched.doc_ids)
    return report


def _pending_pages(store: Store) -> Iterator[list[str]]:
    after = ""
    while True:
        with store.engine.connect() as conn:
            page = p.pending_documents(conn, PAGE, after=after)
        if not page:
            return
        yield page
        after = page[-1]


def _batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _key_old_actors(conn) -> None:
    while actors := p.actors_without_key(conn, 1000):
        p.add_actor_keys(conn, {a.id: actor_key(a) for a in actors})


def _gather(conn, doc_ids: list[str], touched: _Touched) -> None:
    """Note what these documents touch; an event with no partition (undated, or with no target) is a
    cluster of its own, written here."""
    touched.doc_ids += doc_ids
    touched.actor_keys |= p.actor_keys_of(conn, doc_ids)
    added = p.event_rows_of(conn, doc_ids)
    alone = [e for e in added if e.partition is None]
    p.set_clusters(conn, cluster_events(alone), {e.id: e.cluster_id for e in alone})
    touched.event_partitions |= {e.partition for e in added if e.partition is not None}
    touched.attributes |= p.claim_attributes_of(conn, doc_ids)
    facts = p.facts_of(conn, doc_ids)
    published = p.published_of(conn, {f.doc_id for f in facts if incident_partition(f)})
    for fact in facts:
        if (partition := figure_partition(fact)) is None:
            continue
        # A flow of trade is set against the turnover of its pair, whose partition holds those conflicts.
        kind, pair = partition.split(":", 1)
        keys = [partition, f"{TRADE_WHOLE}:{pair}"] if kind in TRADE_FLOWS else [partition]
        span = _span(fact, published)
        if undated_partition(fact) == partition:
            touched.values[partition].add(fact.value)
        for key in keys:
            touched.fact_partitions.add(key)
            if span is not None:
                touched.spans[key].add(span)


def _span(fact: Fact, published: dict[str, str]) -> tuple[str, str] | None:
    if fact.period_start:
        return fact.period_start, fact.period_end or fact.period_start
    day = published.get(fact.doc_id)
    return (day, day) if day and incident_partition(fact) else None


def _actors(conn, keys: list[str], report: ReconcileReport) -> None:
    changes = []
    for key, members in sorted(_actors_by_key(conn, keys).items()):
        try:
            resolution = resolve_actors([actor for actor, _ in members])
        except Exception as error:
            raise ReconcileError(f"reconcile failed on the actors named {key!r}: {_reason(error)}") from error
        for actor, canonical in members:
            head = resolution.canonical[actor.id]
            names = sorted(set(resolution.aliases[actor.id])) if actor.id in resolution.aliases else None
            if head != canonical or (names is not None and names != sorted(set(actor.aliases))):
                changes.append(
                    {
                        "b_id": actor.id,
                        "b_canonical": head,
                        "b_aliases": actor.aliases if names is None else names,
                    }
                )
        report.actor_keys += 1
    p.set_canonical(conn, changes)


def _actors_by_key(conn, keys: list[str]) -> dict:
    try:
        return p.actors_with_keys(conn, keys)
    except Exception:
        for key in keys:  # read again one key at a time to name the damaged record
            try:
                p.actors_with_keys(conn, [key])
            except Exception as error:
                message = f"reconcile failed on the actors named {key!r}: {_reason(error)}"
                raise ReconcileError(message) from error
        raise


def _reason(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _events(conn, partitions: list[p.EventPartition], report: ReconcileReport) -> None:
    # A dyad-year is read whole: in the growth stores an added event's own day holds nearly all of its
    # dyad-year's events, and any year with an event dated by the year alone clusters as one (such an
    # event may join a cluster of any day of it), so day or month windows read no fewer rows for more
    # statements (measured: 0.45 against 0.29 ms per added document at 10,000 documents).
    for countries, root, year in partitions:
        try:
            events = p.events_in_year(conn, countries, root, year)
            clusters = cluster_events(events)
        except Exception as error:
            where = f"{'-'.join(c or '?' for c in countries)} root {root} in {year}"
            raise ReconcileError(f"reconcile failed on the events {where}: {_reason(error)}") from error
        p.set_clusters(conn, clusters, {e.id: e.cluster_id for e in events})
        report.event_partitions += 1


def _conflicts(conn, attributes: list[str], report: ReconcileReport) -> None:
    found = []
    for attribute in attributes:
        try:
            claims = p.claims_with_attribute(conn, attribute)
            found += [c for c in find_conflicts(claims, []) if c.attribute == attribute]
        except Exception as error:
            message = f"reconcile failed on the claims of {attribute!r}: {_reason(error)}"
            raise ReconcileError(message) from error
    p.replace_conflicts_of(conn, set(attributes), found)
    report.attributes += len(attributes)


def _figure_conflicts(
    conn, partitions: list[str], added: set[str], touched: _Touched, report: ReconcileReport
) -> None:
    """The figures of one kind about one pair of countries: a figure disagrees with another of the same
    period, or of a period inside or around its own, or with another undated one. Only the pairs with a
    figure of an ``added`` document are compared (``figure_delta``), so only the figures whose periods
    meet the added ones' (``touched.spans``) and the undated ones an added one can disagree with are read;
    with no ``added`` documents, every figure and pair, and the partition's stored conflicts are found
    again from scratch."""
    for partition in partitions:
        kind, pair = partition.split(":", 1)
        a, _, b = pair.partition("-")  # one country's undated figures: ``kind:AAA``
        b = b or a
        kinds = [kind, *TRADE_FLOWS] if kind == TRADE_WHOLE else [kind]
        try:
            # The stored conflicts' attributes, their records read only for the attributes asked for.
            index = p.conflict_index(conn, partition) if added else []

            def stored(attributes: set[str], index=index) -> list[Conflict]:
                return p.conflicts_with_ids(conn, [i for i, attribute in index if attribute in attributes])

            if added:
                near = touched.spans.get(partition, set())
                standing = stored({f"{partition}:undated"})
                keep = _Undated(added, standing, touched.values.get(partition, set()))
                facts = [
                    f
                    for k in kinds
                    for f in p.facts_near(
                        conn, k, (a, b), near, undated=k in STANDING, keep=keep, added=added
                    )
                ]
            else:
                facts = [f for k in kinds for f in p.facts_of_pair(conn, k, (a, b))]
            # Only a story's undated incidents are dated by the day it came out.
            published = p.published_of(conn, {f.doc_id for f in facts if incident_partition(f)})
            new = added or {f.doc_id for f in facts}
            delta = partition_delta(partition, facts, new, stored, published)
            if not added:
                delta.drop |= {x.id for x in p.conflicts_of_partition(conn, partition)}
            p.change_conflicts(conn, delta.drop, delta.write)
        except Exception as error:
            message = f"reconcile failed on the figures of {partition!r}: {_reason(error)}"
            raise ReconcileError(message) from error
    report.attributes += len(partitions)


class _Undated:
    """Which stored undated standing amounts a partition's delta needs: those of the added documents and
    of the documents its stored undated conflict lists (its members, found again by document), and those
    an added one can disagree with, whose value differs from an added one's (figures of one value never
    disagree: each allows its own value) within an order of magnitude (``same_scale``). The others pair
    with no added figure and are no member, so they are left unread."""

    def __init__(self, added: set[str], stored: list[Conflict], values: set[float]) -> None:
        # ``added`` is not copied: a first build adds every document of the store.
        self.added, self.members = added, {told.doc_id for conflict in stored for told in conflict.claims}
        self.values = values

    def __call__(self, doc_id: str, value: float) -> bool:
        if doc_id in self.added or doc_id in self.members:
            return True
        return any(v != value and values_of_scale(v, value) for v in self.values)


def _within_conflicts(conn, doc_ids: list[str]) -> None:
    """Each article's own disagreements, which need no other document: its sources' figures of one thing."""
    try:
        found = within_article_conflicts(p.facts_of(conn, doc_ids))
    except Exception:
        for doc_id in doc_ids:  # again one document at a time to name the damaged record
            try:
                within_article_conflicts(p.facts_of(conn, [doc_id]))
            except Exception as error:
                message = f"reconcile failed on the figures of document {doc_id}: {_reason(error)}"
                raise ReconcileError(message) from error
        raise
    p.replace_conflicts_of(conn, set(), found, {within_partition(d) for d in doc_ids})
