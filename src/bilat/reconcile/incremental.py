"""Reconcile what a build added, in bounded batches, with indexed lookups in the store.

Every relation reconcile draws stays inside a partition: actors are the same only with the same key
(``actor_key``: a person's surname, a state's country…), events are reports of one occurrence only with
the same two countries, CAMEO root and year, claims conflict only on the same attribute. Re-resolving the
partitions an added document touches therefore gives the result of reconciling the whole store, while
reading only those partitions: the cost per added document does not grow with the store.
"""

from __future__ import annotations

from dataclasses import dataclass

from bilat.models import Event
from bilat.reconcile.actors import actor_key, resolve_actors
from bilat.reconcile.conflicts import _fact_claims, find_conflicts
from bilat.reconcile.events import cluster_events
from bilat.store import Store
from bilat.store import partitions as p

BATCH = 200  # documents per reconcile transaction


class ReconcileError(RuntimeError):
    """Reconcile failed on one record; the message names it. Stored documents stay as they are and stay
    pending, so the next build reconciles them again."""


@dataclass
class ReconcileReport:
    documents: int = 0
    actor_keys: int = 0
    event_partitions: int = 0
    attributes: int = 0


def reconcile_store(store: Store, *, everything: bool = False, batch: int = BATCH) -> ReconcileReport:
    """Reconcile the documents stored since the last reconcile (all of them with ``everything``)."""
    report = ReconcileReport()
    with store.engine.begin() as conn:
        _key_old_actors(conn)
        if everything:
            p.mark_all_pending(conn)
    while True:
        with store.engine.begin() as conn:
            doc_ids = p.pending_documents(conn, batch)
            if not doc_ids:
                return report
            _actors(conn, doc_ids, report)
            _events(conn, doc_ids, report)
            _conflicts(conn, doc_ids, report)
            p.done(conn, doc_ids)
            report.documents += len(doc_ids)


def _key_old_actors(conn) -> None:
    while actors := p.actors_without_key(conn, 1000):
        p.add_actor_keys(conn, {a.id: actor_key(a) for a in actors})


def _actors(conn, doc_ids: list[str], report: ReconcileReport) -> None:
    changes = []
    for key, members in sorted(_actors_by_key(conn, sorted(p.actor_keys_of(conn, doc_ids))).items()):
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


def _partition(event: Event) -> tuple[tuple[str | None, str | None], str, str] | None:
    """The events this one can cluster with: same countries (either way round), root and year."""
    if not event.date or event.target is None:
        return None
    a, b = event.source.country, event.target.country
    countries = (a, b) if (a or "") <= (b or "") else (b, a)
    return countries, event.root, event.date[:4]


def _events(conn, doc_ids: list[str], report: ReconcileReport) -> None:
    added = p.events_of(conn, doc_ids)
    alone = [e for e in added if _partition(e) is None]
    p.set_clusters(conn, cluster_events(alone), {e.id: e.cluster_id for e in alone})
    for countries, root, year in sorted({k for e in added if (k := _partition(e))}, key=str):
        try:
            events = p.events_in_year(conn, countries, root, year)
            clusters = cluster_events(events)
        except Exception as error:
            where = f"{'-'.join(c or '?' for c in countries)} root {root} in {year}"
            raise ReconcileError(f"reconcile failed on the events {where}: {_reason(error)}") from error
        p.set_clusters(conn, clusters, {e.id: e.cluster_id for e in events})
        report.event_partitions += 1


def _conflicts(conn, doc_ids: list[str], report: ReconcileReport) -> None:
    attributes = {c.attribute for c in p.claims_of(conn, doc_ids)}
    attributes |= {c.attribute for c in _fact_claims(p.facts_of(conn, doc_ids))}
    found = []
    for attribute in sorted(attributes):
        parts = attribute.split(":")
        try:
            claims = p.claims_with_attribute(conn, attribute)
            facts = []
            if len(parts) == 3 and ".." in parts[2]:  # a figure's attribute: kind:parties:period
                facts = p.facts_of_kind(conn, parts[0], parts[2].split("..")[0])
            found += [c for c in find_conflicts(claims, facts) if c.attribute == attribute]
        except Exception as error:
            message = f"reconcile failed on the claims of {attribute!r}: {_reason(error)}"
            raise ReconcileError(message) from error
    p.replace_conflicts_of(conn, attributes, found)
    report.attributes += len(attributes)
