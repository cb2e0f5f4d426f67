"""The same event reported in several articles becomes one cluster.

Events cluster when they join the same two countries, share a CAMEO root, come from different
documents, and their dates are compatible (one period holds the other: "2023" holds "2023-03"). Undated
events are never clustered across documents: there is nothing to say they are the same occurrence.
"""

from __future__ import annotations

import hashlib

from bilat.models import Event


def _contains(outer: str, inner: str) -> bool:
    return inner.startswith(outer)


def dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return _contains(a, b) or _contains(b, a)


def _key(event: Event) -> tuple:
    # Countries decide sameness: the same opening is told with the state or its minister as source.
    countries = frozenset((event.source.country, event.target.country if event.target else None))
    return countries, event.root


def cluster_events(events: list[Event]) -> dict[str, str]:
    """event id → cluster id; an event reported once is a cluster of one."""
    clusters: list[list[Event]] = []
    for event in sorted(events, key=lambda e: -len(e.date or "")):
        key = _key(event)
        home = None
        if event.date and event.target is not None:
            for cluster in clusters:
                head = cluster[0]
                if (
                    _key(head) == key
                    and dates_compatible(head.date, event.date)
                    and (event.doc_id not in {e.doc_id for e in cluster})
                ):
                    home = cluster
                    break
        if home is None:
            clusters.append([event])
        else:
            home.append(event)
    out: dict[str, str] = {}
    for cluster in clusters:
        cluster_id = hashlib.sha1("|".join(sorted(e.id for e in cluster)).encode()).hexdigest()[:16]
        for event in cluster:
            out[event.id] = cluster_id
    return out
