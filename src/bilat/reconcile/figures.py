"""What a figure is set against and when two figures disagree: the partitions figures are compared in,
the values a figure allows as told, and the conflict that shows disagreeing figures side by side."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Hashable

from bilat.models import Claim, Conflict, Fact

TOLERANCE = 0.02  # figures within 2% are the same figure rounded differently
UNCOMPARABLE = {"anniversary", "count", "change", "share"}
# Kinds whose figure for a span is no sum over it (a rate, a share): a shorter span's may be larger.
NOT_SUMS = {"trade_growth"}


# Kinds that measure a standing amount (troops posted, people living somewhere, refugees hosted): two
# reports of one with no date are most likely of the same time. An undated count of an incident (people
# detained, killed) or a sum (a loan, an aid package) is one of many, never set against another's.
STANDING = {"troops", "population", "refugees"}


def fact_partition(fact: Fact) -> str | None:
    """The figures a fact can disagree with share its kind and its pair of countries: ``kind:AAA-BBB``.
    A bare count, a change or a share says too little of what it measures to set against another."""
    if fact.kind in UNCOMPARABLE or not fact.period_start or len(fact.parties) != 2:
        return None
    return f"{fact.kind}:{'-'.join(sorted(fact.parties))}"


def undated_partition(fact: Fact) -> str | None:
    """An undated figure of a standing amount is set against the other undated figures of its kind about
    the same parties: ``kind:AAA-BBB`` for a pair, ``kind:AAA`` for one country."""
    if fact.kind not in STANDING or fact.period_start or len(fact.parties) not in (1, 2):
        return None
    return f"{fact.kind}:{'-'.join(sorted(fact.parties))}"


# Kinds that count the people of one incident. A story's undated count of one is of the story's own
# days ("Latvia expels four Russian diplomats"), so it is set against another report's count for the
# month or day the story came out ("last month's expulsion of five").
INCIDENTS = {"detained", "deported", "casualties", "released", "abducted", "evacuated"}


def incident_partition(fact: Fact) -> str | None:
    if fact.kind not in INCIDENTS or fact.period_start or len(fact.parties) != 2:
        return None
    return f"{fact.kind}:{'-'.join(sorted(fact.parties))}"


def count_partition(fact: Fact) -> str | None:
    """A dated count of people between a pair is set against the other counts of the pair: ``count:AAA-BBB``
    (``counts.dated_count_conflicts`` says which of them count the same people doing the same thing)."""
    if fact.kind != "count" or fact.unit != "people" or not fact.period_start or len(fact.parties) != 2:
        return None
    return f"count:{'-'.join(sorted(fact.parties))}"


def figure_partition(fact: Fact) -> str | None:
    """The partition whose figures a fact is set against, dated or not."""
    return (
        fact_partition(fact) or undated_partition(fact) or incident_partition(fact) or count_partition(fact)
    )


# How far a figure told "about" may stray and still be the same figure: "about 8.1 billion" is 7.9
# billion, not 7.5; "about 130 people" is not 120. Two figures told "about" may each stray so far, so
# "about 24 billion" and "some 27 billion" (12% apart) are two figures, not one rounded twice.
ABOUT = 0.025
ALMOST = 0.10


def _range(fact: Fact) -> tuple[float, float]:
    """The values a figure allows as told: "more than 350" any value from 350 up, "about 320" one
    within 5% of it, a plain figure itself."""
    value = abs(fact.value)
    if fact.approx == "over":
        return value, float("inf")
    if fact.approx == "under":
        return 0.0, value
    if fact.approx == "almost":
        return value * (1 - ALMOST), value
    spread = ABOUT if fact.approx == "about" else 0.0
    return value * (1 - spread), value * (1 + spread)


def disagree(one: Fact, other: Fact) -> bool:
    """Two figures of one thing that can't both be right: the values each allows are further apart than
    rounding ("more than 350" and "about 320"); "over $5 billion" and "$5.4 billion" agree."""
    if (one.value < 0) != (other.value < 0):
        return True
    (low1, high1), (low2, high2) = _range(one), _range(other)
    gap = max(low1, low2) - min(high1, high2)
    return gap > TOLERANCE * max(abs(one.value), abs(other.value), 1e-9)


# Two reports of one figure don't differ tenfold: "the fighting has cost over 50,000 lives" and "a
# mortar round killed three villagers on Friday" are a whole and an incident, "8 million left their
# homes" and "0.8 million refugees reached the neighbour" a whole and its part — never one figure told
# two ways.
SCALE = 9.5


def same_scale(one: Fact, other: Fact) -> bool:
    """Neither figure is an order of magnitude larger than the other (a zero is any figure's scale)."""
    return values_of_scale(one.value, other.value)


def values_of_scale(one: float, other: float) -> bool:
    low, high = sorted((abs(one), abs(other)))
    return low == 0 or high < SCALE * low


def period(fact: Fact) -> tuple[str, str]:
    return fact.period_start or "", fact.period_end or fact.period_start or ""


def claim_value(fact: Fact) -> str:
    return f"{fact.value:g} {fact.unit}"


def claim(fact: Fact, attribute: str) -> Claim:
    return Claim(
        attribute=attribute,
        value=claim_value(fact),
        doc_id=fact.doc_id,
        source_uri=fact.source_uri,
        evidence=fact.evidence,
        start=fact.start,
        end=fact.end,
    )


def inside(inner: tuple[str, str], outer: tuple[str, str]) -> bool:
    """``inner`` lies within ``outer`` and is shorter: "2023-12" in "2023-01..2023-12". Months and days
    compare as text ("2023-12-05" sorts inside "2023-12"…"2023-12"), a day's month is its own end."""
    (a, b), (c, d) = inner, outer
    return inner != outer and c <= a[: len(c)] and b[: len(d)] <= d


def exceeds(part: Fact, whole: Fact) -> bool:
    """The least the part allows is more than the most the whole allows, beyond rounding."""
    low, high = _range(part)[0], _range(whole)[1]
    return low - high > TOLERANCE * max(part.value, whole.value)


def claim_order(claim: Claim) -> tuple:
    return claim.value, claim.doc_id, claim.start


def make_conflict(attribute: str, claims: list[Claim], nested: bool = False, mark: str = "") -> Conflict:
    """``nested`` and ``mark`` keep apart the ids of conflicts that different rules find on one attribute."""
    return Conflict(
        id=conflict_id(attribute, claims, "|nested" if nested else mark), attribute=attribute, claims=claims
    )


def conflict_id(attribute: str, claims: list[Claim], mark: str = "") -> str:
    key = attribute + mark + "|" + "|".join(f"{c.doc_id}:{c.value}" for c in claims)
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def gathered_id(conflict: Conflict) -> str:
    """The id a conflict would have if a rule with no mark of its own (a period's figures, a group's
    disagreeing pairs) had found it: a stored conflict with this id is of one of those rules."""
    return conflict_id(conflict.attribute, conflict.claims)


def gathered(members: list[Fact], attribute: str) -> Conflict:
    """One conflict of every figure in the disagreeing pairs, ordered by value, document and place."""
    claims = [claim(f, attribute) for f in {id(f): f for f in members}.values()]
    return make_conflict(attribute, sorted(claims, key=claim_order))


def between_documents(told: list[tuple[Fact, Fact]], attribute: str) -> Conflict:
    return gathered([f for pair in told for f in pair], attribute)


def grouped(facts: list[Fact], key: Callable[[Fact], Hashable | None]) -> dict:
    """The facts by their key, those without one left out."""
    groups: dict = defaultdict(list)
    for fact in facts:
        if (k := key(fact)) is not None:
            groups[k].append(fact)
    return groups
