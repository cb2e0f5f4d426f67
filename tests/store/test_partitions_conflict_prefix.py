"""A figure partition's stored conflicts are found by their attributes' prefix (an index range on SQLite,
LIKE on PostgreSQL): exactly those of the partition, never a neighbour's whose name it begins."""

from __future__ import annotations

import pytest

from bilat.models import Claim, Conflict
from bilat.store import open_store
from bilat.store import partitions as p

ATTRIBUTES = [
    "troops:QAA:undated",
    "troops:QAA-QBB:undated",
    "troops:QAA:2030..2030",
    "troops:QA:undated",
    "troops:QAAA:undated",
    "trade_turnover:QAA-QBB:2031..2031",
    "tradeXturnover:QAA-QBB:2031..2031",
    "within:d1:casualties:QAA",
    "within:d10:casualties:QAA",
]


def _conflict(attribute: str) -> Conflict:
    claims = [
        Claim(attribute=attribute, value=f"{v} people", doc_id=f"d{v}", source_uri="file:x", evidence="e")
        for v in (1, 2)
    ]
    return Conflict(id=f"c{ATTRIBUTES.index(attribute)}", attribute=attribute, claims=claims)


def _check(location: str) -> None:
    with open_store(location) as store, store.engine.begin() as conn:
        p.replace_conflicts_of(conn, set(), [_conflict(a) for a in ATTRIBUTES])
    with open_store(location) as store, store.engine.connect() as conn:
        for partition in ("troops:QAA", "trade_turnover:QAA-QBB", "within:d1", "troops:QA"):
            found = [a for _, a in p.conflict_index(conn, partition)]
            assert sorted(found) == sorted(a for a in ATTRIBUTES if a.startswith(partition + ":"))
            assert [c.attribute for c in p.conflicts_of_partition(conn, partition)] == found
    with open_store(location) as store, store.engine.begin() as conn:
        p.replace_conflicts_of(conn, set(), [], {"within:d1"})
    with open_store(location) as store, store.engine.connect() as conn:
        assert [a for _, a in p.conflict_index(conn, "within:d10")] == ["within:d10:casualties:QAA"]
        assert p.conflict_index(conn, "within:d1") == []


def test_conflict_prefix_finds_exactly_the_partition_on_sqlite(tmp_path):
    _check(str(tmp_path / "c.db"))


@pytest.mark.postgres
def test_conflict_prefix_finds_exactly_the_partition_on_postgres(fresh_postgres):
    _check(fresh_postgres)
