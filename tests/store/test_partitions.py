"""What reconcile reads of the store: events as their columns (no JSON decoded), partitioned as the
full records would be, and pending documents a page at a time."""

from __future__ import annotations

import pytest

from bilat import api
from bilat.reconcile import cluster_events
from bilat.store import open_store
from bilat.store import partitions as p
from tests.articles import write_articles


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, resources):
    folder = write_articles(tmp_path_factory.mktemp("articles"))
    path = tmp_path_factory.mktemp("store") / "s.db"
    assert api.build([str(folder)], str(path), resources=resources).ok
    return path


def _partition_of_record(event) -> tuple | None:
    # The partition as computed from the full record: the two countries in order, root and year.
    if not event.date or event.target is None:
        return None
    a, b = event.source.country, event.target.country
    return ((a, b) if (a or "") <= (b or "") else (b, a)), event.root, event.date[:4]


def test_partitions_event_rows_are_the_records_columns(store_path):
    with open_store(store_path) as store:
        records = {e.id: e for e in store.events()}
        doc_ids = sorted({e.doc_id for e in records.values()})
        with store.engine.connect() as conn:
            rows = p.event_rows_of(conn, doc_ids)
    assert rows and {r.id for r in rows} == set(records)
    for row in rows:
        record = records[row.id]
        assert (row.doc_id, row.root, row.date, row.cluster_id) == (
            record.doc_id,
            record.root,
            record.date,
            record.cluster_id,
        )
        assert row.partition == _partition_of_record(record)
    assert cluster_events(rows) == cluster_events(list(records.values()))


def test_partitions_events_in_year_only_that_partition(store_path):
    with open_store(store_path) as store:
        events = store.events()
        with store.engine.connect() as conn:
            for partition in {k for e in events if (k := _partition_of_record(e))}:
                found = p.events_in_year(conn, *partition)
                expected = {e.id for e in events if _partition_of_record(e) == partition}
                assert {r.id for r in found} == expected


def test_partitions_pending_pages_cover_every_document_once(store_path):
    with open_store(store_path) as store, store.engine.begin() as conn:
        p.mark_all_pending(conn)
        pages, after = [], ""
        while page := p.pending_documents(conn, 2, after=after):
            pages.append(page)
            after = page[-1]
        stored = sorted(d.id for d in store.documents())
        conn.rollback()
    assert [len(page) <= 2 for page in pages] == [True] * len(pages)
    assert [doc_id for page in pages for doc_id in page] == stored
