"""Reconcile across documents: one actor under many spellings, one event reported many times, and
disagreeing claims kept side by side.

``reconcile_store`` works on what a build added (the store's pending documents), partition by
partition, so it never reads the whole store (``bilat.reconcile.incremental``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.reconcile.actors import resolve_actors
from bilat.reconcile.conflicts import find_conflicts
from bilat.reconcile.events import cluster_events

if TYPE_CHECKING:
    from bilat.reconcile.incremental import ReconcileReport
    from bilat.store import Store

__all__ = ["cluster_events", "find_conflicts", "reconcile_store", "resolve_actors"]


def reconcile_store(store: Store, *, everything: bool = False) -> ReconcileReport:
    # Imported here: the store imports ``reconcile.actors`` (the actor key it writes), so the package
    # must not import the store when it is first loaded.
    from bilat.reconcile.incremental import reconcile_store as run

    return run(store, everything=everything)
