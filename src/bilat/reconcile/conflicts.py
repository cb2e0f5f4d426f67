"""Claims that disagree, shown side by side with their sources — never merged.

A conflict is one attribute (when a dyad's relations began; a figure for a period) stated with different
values. Facts of one kind between the same parties disagree when their periods are the same and their
values differ by more than rounding; or when one period lies inside the other and the figure for the
shorter period is the larger (a part can't exceed its whole: "1,500 troops left in December 2023" against
"about 1,100 left in 2023"). A smaller figure for a period inside another's is its part, never a conflict.
An export or import figure larger than another report's turnover of the same pair and period is a part
larger than its whole. One article's own disagreements are ``within``'s; undated standing amounts and
dated counts of people are ``counts``'; what figures are compared and when they disagree, ``figures``'.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from bilat.models import Claim, Conflict, Fact
from bilat.reconcile.counts import (
    dated_count_conflicts,
    dated_count_key,
    dated_told,
    undated_conflicts,
    undated_key,
    undated_told,
    years_told,
)
from bilat.reconcile.figures import (
    INCIDENTS,
    NOT_SUMS,
    STANDING,
    TOLERANCE,
    UNCOMPARABLE,
    claim,
    claim_order,
    claim_value,
    count_partition,
    disagree,
    exceeds,
    fact_partition,
    figure_partition,
    gathered,
    gathered_id,
    grouped,
    incident_partition,
    inside,
    make_conflict,
    period,
    same_scale,
    undated_partition,
)
from bilat.reconcile.within import WITHIN, within_article_conflicts, within_partition

__all__ = [
    "INCIDENTS",
    "NOT_SUMS",
    "STANDING",
    "TOLERANCE",
    "TRADE_FLOWS",
    "TRADE_WHOLE",
    "UNCOMPARABLE",
    "WITHIN",
    "claim_value",
    "count_partition",
    "dated_count_key",
    "dated_told",
    "fact_partition",
    "figure_conflicts",
    "figure_partition",
    "find_conflicts",
    "flow_pair",
    "gathered",
    "gathered_id",
    "grouped",
    "incident_partition",
    "is_flow",
    "is_whole",
    "nested_pair",
    "nested_partition",
    "period_attributes",
    "period_conflict",
    "undated_key",
    "undated_partition",
    "undated_told",
    "within_article_conflicts",
    "within_partition",
    "years_told",
]  # fmt: skip


def nested_partition(fact: Fact) -> str | None:
    """The partition in which a figure may be a part larger than its whole: a positive sum over a period."""
    partition = fact_partition(fact)
    if partition is None or fact.kind in NOT_SUMS or fact.unit == "percent" or fact.value <= 0:
        return None
    return partition


def nested_pair(one: Fact, other: Fact, partition: str) -> list[Conflict]:
    """A figure for a period inside the other's period, larger than the other's beyond rounding, from
    another document: the two reports can't both be right."""
    if one.doc_id == other.doc_id or one.unit != other.unit:
        return []  # one article's figures for a year and for a month in it are a whole and a part
    conflicts = []
    for inner, outer in ((one, other), (other, one)):
        if inside(period(inner), period(outer)) and exceeds(inner, outer):
            start, end = period(outer)
            attribute = f"{partition}:{start}..{end}"
            claims = sorted([claim(outer, attribute), claim(inner, attribute)], key=claim_order)
            conflicts.append(make_conflict(attribute, claims, nested=True))
    return conflicts


def _nested_conflicts(facts: list[Fact]) -> list[Conflict]:
    by_partition = grouped(facts, nested_partition)
    conflicts = []
    for partition, group in sorted(by_partition.items()):
        for one, other in combinations(group, 2):
            conflicts += nested_pair(one, other, partition)
    return conflicts


def _differ(values: list[str]) -> bool:
    """Claimed values differ; numbers only beyond rounding."""
    if not all(" " in v for v in values):
        return len(set(values)) > 1
    numbers = []
    for value in values:
        try:
            numbers.append(float(value.split()[0]))
        except ValueError:
            return len(set(values)) > 1
    low, high = min(numbers), max(numbers)
    return high - low > TOLERANCE * max(abs(high), 1e-9)


def _story_days(by_attribute: dict[str, list[Fact]], facts: list[Fact], published: dict[str, str]) -> None:
    """Add each story's undated count of an incident to the figures of its kind and pair for the one
    month or day the story came out in, when only other documents tell those (its own are its parts)."""
    for fact in facts:
        partition, day = incident_partition(fact), published.get(fact.doc_id, "")
        if partition is None or not day:
            continue
        for attribute, group in by_attribute.items():
            head, _, span = attribute.rpartition(":")
            start, _, end = span.partition("..")
            alone = all(f.doc_id != fact.doc_id for f in group)
            if head == partition and start == end and day.startswith(start) and alone:
                group.append(fact)


def period_attributes(facts: list[Fact], published: dict[str, str] | None = None) -> dict[str, list[Fact]]:
    """Each period's figures of a kind and pair (``kind:AAA-BBB:start..end``), with the stories' undated
    incidents of that month or day."""
    by_attribute: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        partition = fact_partition(fact)
        if partition is not None:
            start, end = period(fact)
            by_attribute[f"{partition}:{start}..{end}"].append(fact)
    _story_days(by_attribute, facts, published or {})
    return by_attribute


def period_conflict(attribute: str, told: list[Fact]) -> Conflict | None:
    """One period's figures disagree, reported in two sentences at least: all of them side by side."""
    group = [f for f in told if any(same_scale(f, g) for g in told if g is not f)]
    # Whether two figures disagree depends on their values and approximations alone, and many reports
    # repeat one figure: each figure as told is compared once, with the sentences that tell it.
    told_in: dict[tuple[float, str | None], set[tuple[str, int]]] = defaultdict(set)
    example: dict[tuple[float, str | None], Fact] = {}
    for fact in group:
        told_in[(fact.value, fact.approx)].add((fact.doc_id, fact.start))
        example.setdefault((fact.value, fact.approx), fact)
    for one, other in combinations(told_in, 2):
        # Two figures in one sentence are two things the sentence tells ("a budget of $9 billion, of
        # which $5 billion arrived"), not two reports of one thing.
        one_sentence = len(told_in[one]) == 1 and told_in[one] == told_in[other]
        if not one_sentence and disagree(example[one], example[other]):
            return gathered(group, attribute)
    return None


def _same_period_conflicts(facts: list[Fact], published: dict[str, str] | None = None) -> list[Conflict]:
    """Figures of one kind, pair and period that disagree."""
    found = (period_conflict(a, told) for a, told in sorted(period_attributes(facts, published).items()))
    return [c for c in found if c is not None]


# A pair's trade is the exports each sends the other: neither flow can exceed the turnover of the same
# period. The kinds a turnover's partition reads with it.
TRADE_WHOLE = "trade_turnover"
TRADE_FLOWS = ("exports", "imports")


def is_whole(fact: Fact) -> bool:
    return fact.kind == TRADE_WHOLE and fact_partition(fact) is not None and fact.value > 0


def is_flow(fact: Fact) -> bool:
    return fact.kind in TRADE_FLOWS and fact_partition(fact) is not None and fact.value > 0


def flow_pair(whole: Fact, flow: Fact) -> Conflict | None:
    """An export or import figure larger, beyond rounding, than another report's turnover between the
    same pair for the same period (or one around it): "exports of $2.1 billion" against "trade of $1.6
    billion" in 2023 can't both be right. One article's flow and turnover are left alone, as its parts."""
    pair, span = sorted(whole.parties), period(whole)
    if flow.doc_id == whole.doc_id or sorted(flow.parties) != pair or flow.unit != whole.unit:
        return None
    if period(flow) != span and not inside(period(flow), span):
        return None
    if not exceeds(flow, whole):
        return None
    attribute = f"{fact_partition(whole)}:{span[0]}..{span[1]}"
    told = claim(flow, attribute)
    told.value = f"{told.value} ({flow.kind})"
    return make_conflict(attribute, [claim(whole, attribute), told], mark="|flow")


def _flow_conflicts(facts: list[Fact]) -> list[Conflict]:
    wholes, flows = [f for f in facts if is_whole(f)], [f for f in facts if is_flow(f)]
    found = (flow_pair(whole, flow) for whole in wholes for flow in flows)
    return [c for c in found if c is not None]


def figure_conflicts(facts: list[Fact], published: dict[str, str] | None = None) -> list[Conflict]:
    """The conflicts of figures across documents (one article's own are ``within_article_conflicts``)."""
    found = _same_period_conflicts(facts, published) + _nested_conflicts(facts) + _flow_conflicts(facts)
    return found + undated_conflicts(facts) + dated_count_conflicts(facts)


def find_conflicts(
    claims: list[Claim], facts: list[Fact], published: dict[str, str] | None = None
) -> list[Conflict]:
    """``published``: the day each fact's document came out, which dates a story's undated incident."""
    by_attribute: dict[str, list[Claim]] = defaultdict(list)
    for told in claims:
        by_attribute[told.attribute].append(told)
    conflicts = []
    for attribute, group in sorted(by_attribute.items()):
        # Two statements in one sentence are two things the sentence tells, not two reports of one thing.
        if len({(c.doc_id, c.start) for c in group}) < 2:
            continue
        if len({c.value for c in group}) > 1 and _differ([c.value for c in group]):
            conflicts.append(make_conflict(attribute, sorted(group, key=lambda c: (c.value, c.doc_id))))
    return conflicts + figure_conflicts(facts, published) + within_article_conflicts(facts)
