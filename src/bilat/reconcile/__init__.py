"""Reconcile across documents: one actor under many spellings, one event reported many times, and
disagreeing claims kept side by side."""

from __future__ import annotations

from dataclasses import dataclass

from bilat.reconcile.actors import resolve_actors
from bilat.reconcile.conflicts import find_conflicts
from bilat.reconcile.events import cluster_events
from bilat.store import Store

__all__ = ["ReconcileReport", "cluster_events", "find_conflicts", "reconcile_store", "resolve_actors"]


@dataclass
class ReconcileReport:
    actors: int
    canonical_actors: int
    events: int
    clusters: int
    conflicts: int


def reconcile_store(store: Store) -> ReconcileReport:
    actors = store.actors()
    resolution = resolve_actors(actors)
    store.set_actor_canonical(resolution.canonical, resolution.aliases)
    events = store.events()
    clusters = cluster_events(events)
    store.set_event_clusters(clusters)
    conflicts = find_conflicts(store.claims(), store.facts())
    store.replace_conflicts(conflicts)
    return ReconcileReport(
        len(actors),
        len(set(resolution.canonical.values())),
        len(events),
        len(set(clusters.values())),
        len(conflicts),
    )
