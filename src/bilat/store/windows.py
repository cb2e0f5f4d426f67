"""Each figure's lookup keys for reconcile: its kind, each pair of its parties and each year it tells.

Reconcile sets an added figure against the figures of its kind about its pair whose periods meet its own
(and undated ones: every one of a standing amount, a story's undated incident by the year the story came
out). Reading the pair's figures of the kind and choosing among them grows with the store; these keys let
a few index lookups find them. A dated figure has a key ``d`` + year for each year of its period; an
undated one ``u`` + the year its document came out (``u`` alone, undated and unpublished). A period whose
years can't be listed (not four digits, ending before it starts, or longer than ``LONGEST`` years) has the
key ``d*``, and a day out without four digits ``u*``: both are read with every window, so the keys always
find a superset and the figures' own columns then decide exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import combinations

from sqlalchemy import bindparam, insert, select

from bilat.models import Fact
from bilat.store import schema as s

LONGEST = 50  # years of one period listed key by key; a longer one is read with every window
ANY_YEAR = "d*"
ANY_DAY = "u*"  # an undated figure of a document whose day out has no year to list
CHUNK = 400


def _years(fact: Fact) -> list[str]:
    if not fact.period_start:
        return []
    first, last = fact.period_start[:4], (fact.period_end or fact.period_start)[:4]
    if not (first.isdigit() and last.isdigit() and len(first) == len(last) == 4):
        return [ANY_YEAR]
    if int(first) > int(last) or int(last) - int(first) > LONGEST:
        return [ANY_YEAR]
    return [f"d{year:04d}" for year in range(int(first), int(last) + 1)]


def _undated(published: str | None) -> str:
    day = (published or "")[:4]
    if not published:
        return "u"
    return "u" + day if day.isdigit() and len(day) == 4 else ANY_DAY


def window_rows(fact: Fact, published: str | None) -> list[dict]:
    """A fact's keys: each party alone and each pair of its parties (in order), by each year it tells."""
    parties = sorted(set(fact.parties))
    pairs = [(p, p) for p in parties] + list(combinations(parties, 2))
    years = _years(fact) if fact.period_start else [_undated(published)]
    return [
        {"fact_id": fact.id, "party_a": a, "party_b": b, "year": year, "kind": fact.kind}
        for a, b in pairs
        for year in years
    ]


def add_fact_windows(conn, facts: Iterable[Fact], published: str | None) -> None:
    """The keys of one document's facts (``published``: the day it came out)."""
    rows = [row for fact in facts for row in window_rows(fact, published)]
    if rows:
        conn.execute(insert(s.fact_windows), rows)


def fill_fact_windows(conn) -> None:
    """For a store written before ``fact_windows`` existed: every stored fact's keys, once."""
    query = select(s.facts.c.data, s.documents.c.published).join(
        s.documents, s.documents.c.id == s.facts.c.doc_id
    )
    rows: list[dict] = []
    for data, published in conn.execute(query).all():
        rows += window_rows(Fact.model_validate(data), published)
        if len(rows) >= 2000:
            conn.execute(insert(s.fact_windows), rows)
            rows = []
    if rows:
        conn.execute(insert(s.fact_windows), rows)


def _merged(spans: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """The spans' years as few ranges (lowest year first in each: a span may end before it starts)."""
    ranges = sorted(tuple(sorted((start[:4], end[:4]))) for start, end in spans)
    out: list[tuple[str, str]] = []
    for low, high in ranges:
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return out


@cache
def _keys_query(listed: bool):
    """The pair's facts of a kind by listed keys (``keys``) or by a range of them (``low``..``high``):
    built once, run with each partition's values."""
    w = s.fact_windows.c
    where = (w.kind == bindparam("kind"), w.party_a == bindparam("a"), w.party_b == bindparam("b"))
    if listed:
        return select(w.fact_id).where(*where, w.year.in_(bindparam("keys", expanding=True)))
    return select(w.fact_id).where(*where, w.year.between(bindparam("low"), bindparam("high")))


def candidates(
    conn, kind: str, pair: tuple[str, str], spans: set[tuple[str, str]], *, undated: bool
) -> set[str]:
    """The ids of the facts of ``kind`` about both countries of ``pair`` that may meet one of ``spans``,
    or are undated with ``undated``: a superset of those ``facts_near`` keeps, by index lookups (the
    spans' years as listed keys; all of the pair's where they can't be listed)."""
    a, b = sorted(pair)
    keys, ranges = {ANY_YEAR, ANY_DAY}, []
    for low, high in _merged(spans):
        listed = low.isdigit() and high.isdigit() and len(low) == len(high) == 4
        if listed and int(high) - int(low) <= LONGEST:
            keys |= {f"{tag}{year:04d}" for tag in "du" for year in range(int(low), int(high) + 1)}
        else:
            ranges += [("d", "e"), ("u", "v")]  # years not as digits: every key, the columns decide
    if undated:
        ranges.append(("u", "v"))
    values = {"kind": kind, "a": a, "b": b}
    found: set[str] = set()
    for chunk in _chunks(keys):
        found.update(conn.execute(_keys_query(True), values | {"keys": chunk}).scalars())
    for low, high in sorted(set(ranges)):  # one index range each
        found.update(conn.execute(_keys_query(False), values | {"low": low, "high": high}).scalars())
    return found


def _chunks(items: Iterable, size: int = CHUNK) -> Iterable[list]:
    items = sorted(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


@cache
def _columns_query():
    f, d = s.facts.c, s.documents.c
    columns = (f.id, f.doc_id, f.value, f.period_start, f.period_end, d.published)
    return (
        select(*columns).join(s.documents, d.id == f.doc_id).where(f.id.in_(bindparam("ids", expanding=True)))
    )


@cache
def _records_query():
    return select(s.facts.c.id, s.facts.c.data).where(s.facts.c.id.in_(bindparam("ids", expanding=True)))


def fact_columns(conn, ids: set[str]):
    """Each of these facts' id, document, value, period and document's day (no record: a reader decodes
    only the facts it keeps, ``fact_records``); the statements are built once."""
    for chunk in _chunks(ids):
        yield from conn.execute(_columns_query(), {"ids": chunk})


def fact_records(conn, ids: set[str]) -> dict[str, object]:
    """These facts' records by id."""
    out: dict[str, object] = {}
    for chunk in _chunks(ids):
        out.update(conn.execute(_records_query(), {"ids": chunk}).all())
    return out
