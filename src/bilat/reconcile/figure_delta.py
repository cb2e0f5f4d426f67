"""The figure conflicts of one partition after a build, from the pairs that the added figures make.

A stored figure never changes (a document is stored once), so two stored figures disagree today exactly
as they did when the last build set them side by side: the conflicts stored then still hold. Only pairs
with an added figure are new, and each rule takes them in its own way:

- a period's figures are listed together whenever any two disagree, so a period an added figure falls
  in is read again whole (it holds that period's figures, not the partition's);
- a part larger than its whole and a flow larger than its turnover are one pair each: the added pairs'
  conflicts join the stored ones;
- undated standing amounts and dated counts gather every figure of their disagreeing pairs: the added
  pairs' figures join the members the stored conflict lists.

The work is the added figures times the partition's, not the partition's square, and the result is the
one a reconcile of the whole store gives (``tests/reconcile/test_figure_delta.py`` holds the two equal).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations, product

from bilat.models import Conflict, Fact
from bilat.reconcile import conflicts as c


@dataclass
class Delta:
    """What a partition's stored conflicts become: the ids to drop and the conflicts to write."""

    drop: set[str] = field(default_factory=set)
    write: list[Conflict] = field(default_factory=list)


def pairs_with_added(group: list[Fact], added: set[str]) -> Iterator[tuple[Fact, Fact]]:
    """The pairs of ``group`` with at least one figure of an added document."""
    new = [f for f in group if f.doc_id in added]
    old = [f for f in group if f.doc_id not in added]
    yield from combinations(new, 2)
    yield from product(new, old)


def partition_delta(
    partition: str,
    facts: list[Fact],
    added: set[str],
    stored: Callable[[set[str]], list[Conflict]],
    published: dict[str, str],
) -> Delta:
    """``facts``: every figure the partition is set against (a turnover's with its pair's flows);
    ``added``: the documents of this build; ``stored``: the partition's conflicts so far of the given
    attributes (only those the added figures touch are read)."""
    delta = Delta()
    if not any(f.doc_id in added for f in facts):
        return delta
    by_attribute = c.period_attributes(facts, published)
    touched = {a for a, told in by_attribute.items() if any(f.doc_id in added for f in told)}
    undated = _told_groups(facts, added, c.undated_key, _undated_pairs)
    dated = _told_groups(facts, added, c.dated_count_key, _dated_pairs)
    prefix = partition + ":"
    wanted = touched | {_attribute(k) for k, _ in undated + dated}
    before = stored({a for a in wanted if a.startswith(prefix)})
    _periods(by_attribute, touched, before, delta)
    _pairs(facts, added, delta)
    figures = _Figures(facts)
    _gathered(undated, before, figures, c.undated_key, delta)
    _gathered(dated, before, figures, c.dated_count_key, delta)
    delta.write = [x for x in delta.write if x.attribute.startswith(prefix)]
    return delta


def _periods(
    by_attribute: dict[str, list[Fact]], touched: set[str], stored: list[Conflict], delta: Delta
) -> None:
    """Read again each period an added figure falls in (or, for a story's undated incident, the month or
    day the story came out in)."""
    for conflict in stored:
        if conflict.attribute in touched and conflict.id == c.gathered_id(conflict):
            delta.drop.add(conflict.id)
    for attribute in sorted(touched):
        found = c.period_conflict(attribute, by_attribute[attribute])
        if found is not None:
            delta.write.append(found)


def _pairs(facts: list[Fact], added: set[str], delta: Delta) -> None:
    by_partition = c.grouped(facts, c.nested_partition)
    for partition, group in sorted(by_partition.items()):
        for one, other in pairs_with_added(group, added):
            delta.write += c.nested_pair(one, other, partition)
    wholes = [f for f in facts if c.is_whole(f)]
    flows = [f for f in facts if c.is_flow(f)]
    for whole, flow in product(wholes, flows):
        if (whole.doc_id in added or flow.doc_id in added) and (found := c.flow_pair(whole, flow)):
            delta.write.append(found)


class _Figures:
    """The partition's figures by what a stored claim keeps of them: document, place and value."""

    def __init__(self, facts: list[Fact]) -> None:
        self.by_claim = {(f.doc_id, f.start, f.end, c.claim_value(f)): f for f in facts}

    def members(self, conflict: Conflict) -> list[Fact]:
        found = (self.by_claim.get((x.doc_id, x.start, x.end, x.value)) for x in conflict.claims)
        return [f for f in found if f is not None]


def _undated_pairs(group: list[Fact], added: set[str]) -> list[tuple[Fact, Fact]]:
    years = {id(f): c.years_told(f) for f in group}
    pairs = pairs_with_added(group, added)
    return [(a, b) for a, b in pairs if c.undated_told(a, b, years[id(a)], years[id(b)])]


def _dated_pairs(group: list[Fact], added: set[str]) -> list[tuple[Fact, Fact]]:
    return [(a, b) for a, b in pairs_with_added(group, added) if c.dated_told(a, b)]


def _told_groups(
    facts: list[Fact],
    added: set[str],
    key: Callable[[Fact], tuple | None],
    told: Callable[[list[Fact], set[str]], list[tuple[Fact, Fact]]],
) -> list[tuple[tuple, list[tuple[Fact, Fact]]]]:
    """Each group's key and its disagreeing pairs with an added figure, for the groups that have some."""
    groups = c.grouped(facts, key)
    found = ((k, told(group, added)) for k, group in sorted(groups.items(), key=lambda item: str(item[0])))
    return [(k, pairs) for k, pairs in found if pairs]


def _gathered(
    groups: list[tuple[tuple, list[tuple[Fact, Fact]]]],
    stored: list[Conflict],
    figures: _Figures,
    key: Callable[[Fact], tuple | None],
    delta: Delta,
) -> None:
    """Groups whose conflict lists every figure of its disagreeing pairs: the stored members and the
    added pairs' figures together."""
    for k, pairs in groups:
        attribute = _attribute(k)
        before = [x for x in stored if x.attribute == attribute and _members_key(figures, x, key) == k]
        members = [f for x in before for f in figures.members(x)] + [f for pair in pairs for f in pair]
        delta.drop |= {x.id for x in before}
        delta.write.append(c.gathered(members, attribute))


def _members_key(figures: _Figures, conflict: Conflict, key: Callable[[Fact], tuple | None]) -> tuple | None:
    members = figures.members(conflict)
    return key(members[0]) if members else None


def _attribute(k: tuple) -> str:
    """The attribute of an undated group (``partition, unit``) or a dated count's (``partition, period,
    act``)."""
    if len(k) == 2:
        return f"{k[0]}:undated"
    partition, (start, end), _ = k
    return f"{partition}:{start}..{end}"
