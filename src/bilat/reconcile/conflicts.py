"""Claims that disagree, shown side by side with their sources — never merged.

A conflict is one attribute (when a dyad's relations began; a figure for a period) stated with different
values. Facts of one kind, between the same parties and for the same period, that differ by more than
their rounding are conflicts too.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from bilat.models import Claim, Conflict, Fact

TOLERANCE = 0.02  # figures within 2% are the same figure rounded differently
UNCOMPARABLE = {"anniversary", "count", "change", "share"}


def _fact_claims(facts: list[Fact]) -> list[Claim]:
    claims = []
    for fact in facts:
        # Only a named figure of a pair of countries for a stated period can be reported differently; a
        # bare count, a change or a share says too little of what it measures to set against another.
        if fact.kind in UNCOMPARABLE or not fact.period_start or len(fact.parties) != 2:
            continue
        parties = "-".join(sorted(fact.parties))
        period = f"{fact.period_start}..{fact.period_end or fact.period_start}"
        claims.append(
            Claim(
                attribute=f"{fact.kind}:{parties}:{period}",
                value=f"{fact.value:g} {fact.unit}",
                doc_id=fact.doc_id,
                source_uri=fact.source_uri,
                evidence=fact.evidence,
                start=fact.start,
                end=fact.end,
            )
        )
    return claims


def _differ(values: list[str]) -> bool:
    """Values differ; figures with a unit ("645900000 USD") only beyond rounding."""
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


def find_conflicts(claims: list[Claim], facts: list[Fact]) -> list[Conflict]:
    by_attribute: dict[str, list[Claim]] = defaultdict(list)
    for claim in [*claims, *_fact_claims(facts)]:
        by_attribute[claim.attribute].append(claim)
    conflicts = []
    for attribute, group in sorted(by_attribute.items()):
        # Two figures in one sentence are two things the sentence tells ("a budget of $9 billion, of which
        # $5 billion arrived"), not two reports of one thing.
        if len({(c.doc_id, c.start) for c in group}) < 2:
            continue
        if len({c.value for c in group}) > 1 and _differ([c.value for c in group]):
            ordered = sorted(group, key=lambda c: (c.value, c.doc_id))
            key = attribute + "|" + "|".join(f"{c.doc_id}:{c.value}" for c in ordered)
            conflicts.append(
                Conflict(id=hashlib.sha1(key.encode()).hexdigest()[:16], attribute=attribute, claims=ordered)
            )
    return conflicts
