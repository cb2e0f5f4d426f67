"""The same event reported in several articles becomes one cluster.

Events cluster when they join the same two countries, share a CAMEO root, come from different
documents, and their dates are compatible (one period holds the other: "2023" holds "2023-03"). Undated
events are never clustered across documents: there is nothing to say they are the same occurrence.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, Protocol


def _contains(outer: str, inner: str) -> bool:
    return inner.startswith(outer)


def dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return _contains(a, b) or _contains(b, a)


class Clusterable(Protocol):
    """What clustering reads of an event: an ``Event``, or the store's column view of one."""

    id: str
    doc_id: str
    root: str
    date: str | None
    source: Any
    target: Any


def _key(event: Clusterable) -> tuple:
    # Countries decide sameness: the same opening is told with the state or its minister as source.
    countries = frozenset((event.source.country, event.target.country if event.target else None))
    return countries, event.root


def cluster_events(events: Sequence[Clusterable]) -> dict[str, str]:
    """event id → cluster id; an event reported once is a cluster of one."""
    clusters: list[list[Clusterable]] = []
    # The clusters whose first event has a key, in the order they were opened, each with its documents:
    # an event joins the first of them it fits, as if every cluster were tried in turn.
    by_key: dict[tuple, list[tuple[list[Clusterable], set[str]]]] = defaultdict(list)
    for event in sorted(events, key=lambda e: -len(e.date or "")):
        key = _key(event)
        home = None
        if event.date and event.target is not None:
            for cluster, documents in by_key[key]:
                if dates_compatible(cluster[0].date, event.date) and event.doc_id not in documents:
                    home = (cluster, documents)
                    break
        if home is None:
            clusters.append([event])
            by_key[key].append((clusters[-1], {event.doc_id}))
        else:
            home[0].append(event)
            home[1].add(event.doc_id)
    out: dict[str, str] = {}
    for cluster in clusters:
        cluster_id = hashlib.sha1("|".join(sorted(e.id for e in cluster)).encode()).hexdigest()[:16]
        for event in cluster:
            out[event.id] = cluster_id
    return out
