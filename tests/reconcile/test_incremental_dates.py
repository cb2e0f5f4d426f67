"""Adding documents one by one gives the event clusters of one reconcile of them all, whatever mix of
days, weeks, months and bare years the events carry (an event dated by its year alone may join a
cluster of any day of it), on SQLite and on PostgreSQL."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bilat.models import ActorRef, Analysis, Document, Event
from bilat.reconcile import cluster_events, reconcile_store
from bilat.store import open_store

DATES = [
    "2031",
    "2031-04",
    "2031-04-02",
    "2031-04-17",
    "2031-W15",
    "2031-05",
    "2031-05-09",
    "2031-05-21",
    "2031-1",
    "2031-11-30",
    "2032-01-03",
    None,
]
SIDES = [("QAA", "QBB"), ("QBB", "QAA"), ("QAA", "QCC"), (None, "QBB")]


def _stories(seed: int, count: int = 14) -> list[Analysis]:
    rng = random.Random(seed)
    out = []
    for d in range(count):
        doc = f"doc{seed}x{d:02d}"
        events = []
        for k in range(rng.randint(1, 5)):
            source, target = rng.choice(SIDES)
            root = rng.choice(["04", "05"])
            events.append(
                Event(
                    id=f"{doc}e{k}",
                    doc_id=doc,
                    source=ActorRef(name=f"Land {source}", country=source),
                    target=None if rng.random() < 0.1 else ActorRef(name=f"Land {target}", country=target),
                    cameo=root + "0",
                    root=root,
                    quad=1,
                    goldstein=1.0,
                    date=rng.choice(DATES),
                    evidence="The two envoys met again.",
                    start=0,
                    end=10,
                )
            )
        text = " ".join(e.evidence for e in events)
        out.append(Analysis(document=Document(id=doc, source_uri=f"file:{doc}", text=text), events=events))
    return out


def _expected(stories: list[Analysis]) -> dict[str, str]:
    # Reconcile reads a partition's events by date, document and id: clustering keeps that order.
    events = sorted((e for s in stories for e in s.events), key=lambda e: (e.date or "", e.doc_id, e.id))
    return cluster_events(events)


def _clusters(location: str) -> dict[str, str | None]:
    with open_store(location) as store:
        return {e.id: e.cluster_id for e in store.events()}


def _one_by_one(location: str, stories: list[Analysis]) -> dict[str, str | None]:
    for story in stories:
        with open_store(location) as store:
            store.add_analyses([story])
            reconcile_store(store)
    return _clusters(location)


@pytest.mark.parametrize("seed", [3, 11, 29])
def test_incremental_dates_clusters_as_one_reconcile(tmp_path: Path, seed: int):
    stories = _stories(seed)
    expected = _expected(stories)
    once = str(tmp_path / "once.db")
    with open_store(once) as store:
        store.add_analyses(stories)
        reconcile_store(store)
    assert _clusters(once) == expected
    assert len(set(expected.values())) < len(expected)  # some events are reports of one occurrence
    assert _one_by_one(str(tmp_path / "forward.db"), stories) == expected
    assert _one_by_one(str(tmp_path / "backward.db"), stories[::-1]) == expected


@pytest.mark.postgres
def test_incremental_dates_clusters_on_postgres(fresh_postgres):
    stories = _stories(5)
    expected = _expected(stories)
    assert _one_by_one(fresh_postgres, stories) == expected
