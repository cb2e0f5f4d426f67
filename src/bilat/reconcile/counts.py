"""Counts set against other documents' counts: undated figures of a standing amount (troops posted, people
living somewhere), and dated counts of one people doing one thing between a pair ("9,000 Hondurans entered
Mexico last year", "12,300 Hondurans entered Mexico in 2023")."""

from __future__ import annotations

import re
from itertools import combinations

from bilat.models import Conflict, Fact
from bilat.reconcile.figures import (
    between_documents,
    count_partition,
    disagree,
    grouped,
    period,
    same_scale,
    undated_partition,
)
from bilat.reconcile.within import nationals

YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
QUALIFIER = re.compile(r"\b(?:in|at|on|with|along|inside|near)\s+(?:the\s+)?\S.*", re.IGNORECASE)


def _same_years(a: frozenset[str], b: frozenset[str]) -> bool:
    """Undated figures whose sentences name different years (``a``, ``b``) are of different times ("left in
    2021", "serve in 2024"); a sentence naming none may be of any."""
    return not (a and b) or bool(a & b)


def _same_place(one: Fact, other: Fact) -> bool:
    """Figures about one country alone tell of one thing only where one's subject says where ("troops
    in the African Union mission") and the other's sentence says it too: Ethiopia's troops in one mission
    are not its troops in another."""
    for fact, against in ((one, other), (other, one)):
        where = QUALIFIER.search(fact.subject or "")
        if where and len(where.group(0).split()) > 1 and where.group(0).lower() in against.evidence.lower():
            return True
    return False


# A place a sentence says people live or serve in: "live in Kuwait", "in the United Arab Emirates".
NAMED_PLACE = re.compile(r"\bin\s+(?:the\s+)?((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*)")


def _same_named_place(one: Fact, other: Fact) -> bool:
    """One country's community counted in two sentences that both name where it lives ("215,000 Filipinos
    live in Kuwait", "about 260,000 Filipinos work in Kuwait"): the single party is that place, and the
    subject says whose people they are (``_same_people``)."""
    if one.kind != "population":
        return False
    a, b = (set(NAMED_PLACE.findall(f.evidence)) for f in (one, other))
    return bool(a & b)


def _same_people(one: Fact, other: Fact) -> bool:
    """Two counts of a pair's people count the same people only if both name whose they are alike:
    "people of Turkish origin" and "Turks" in the Netherlands are one population, "Dutch citizens" in
    Turkey another."""
    if one.kind != "population":
        return True
    a, b = ({w[:4].lower() for w in (f.subject or "").split() if w[:1].isupper()} for f in (one, other))
    return bool(a & b)


def undated_key(fact: Fact) -> tuple[str, str] | None:
    """The group of undated figures of one standing amount a figure is set against: partition and unit."""
    partition = undated_partition(fact)
    return None if partition is None else (partition, fact.unit)


def years_told(fact: Fact) -> frozenset[str]:
    return frozenset(YEAR.findall(fact.evidence))


def undated_told(a: Fact, b: Fact, years_a: frozenset[str], years_b: frozenset[str]) -> bool:
    """Undated figures of one standing amount about the same parties, from two documents, that disagree:
    "Belgium withdrew some 900 soldiers from Mali" against "the last of the 1,300 Belgian troops left
    Mali". One article's undated figures are its own parts (the within-article rule reads them)."""
    return (
        a.doc_id != b.doc_id
        and _same_years(years_a, years_b)
        and (len(a.parties) == 2 or _same_place(a, b) or _same_named_place(a, b))
        and _same_people(a, b)
        and same_scale(a, b)
        and disagree(a, b)
    )


def undated_conflicts(facts: list[Fact]) -> list[Conflict]:
    groups = grouped(facts, undated_key)
    conflicts = []
    for (partition, _), group in sorted(groups.items()):
        # Each sentence's years read once, not once per pair: a dense partition has thousands of pairs.
        years = {id(f): years_told(f) for f in group}
        told = [(a, b) for a, b in combinations(group, 2) if undated_told(a, b, years[id(a)], years[id(b)])]
        if told:
            conflicts.append(between_documents(told, f"{partition}:undated"))
    return conflicts


# Words that may stand between what a count counts and the verb that says what they did.
AUXILIARIES = {"was", "were", "had", "have", "has", "been", "are", "is", "be", "will", "would", "who", "that"}
NOT_VERBS = {
    "from", "of", "in", "on", "at", "to", "for", "with", "and", "or", "the", "a", "an", "said", "according",
}  # fmt: skip
STEM = 5  # "reached" and "reach" are one verb to this many letters


def _counted_act(fact: Fact) -> tuple[frozenset[str], str] | None:
    """Whose people a count of people counts and the verb right after them: "11,400 Egyptians reached Italy
    by sea" → ({"egyp"}, "reach"). None when the count names no one's people or its sentence puts no verb
    right after them."""
    whose = nationals(fact)
    subject = (fact.subject or "").strip()
    at = fact.evidence.find(subject) if subject else -1
    if not whose or at < 0:
        return None
    words = re.findall(r"[a-z]+", fact.evidence[at + len(subject) :].lower())[:4]
    verbs = [w for w in words if w not in AUXILIARIES]
    # "Egyptians from the east reached …": a phrase after them is no verb, and the count is left alone.
    if not verbs or verbs[0] in NOT_VERBS:
        return None
    return frozenset(whose), verbs[0][:STEM]


def dated_count_key(fact: Fact) -> tuple | None:
    """The group of dated counts a count is set against: its pair, its period and the people and verb it
    counts (``_counted_act``)."""
    partition = count_partition(fact)
    act = _counted_act(fact) if partition else None
    return None if act is None else (partition, period(fact), act)


def dated_told(a: Fact, b: Fact) -> bool:
    """Two documents' counts of one people doing one thing between the same pair in the same period, that
    disagree: "some 9,000 Hondurans entered Mexico last year" against "12,300 Hondurans entered Mexico in
    2023". A bare count says what it counts only by its words, so both must name the same people and the
    same verb after them; one article's counts are its own parts and updates."""
    return a.doc_id != b.doc_id and same_scale(a, b) and disagree(a, b)


def dated_count_conflicts(facts: list[Fact]) -> list[Conflict]:
    groups = grouped(facts, dated_count_key)
    conflicts = []
    for (partition, (start, end), _), group in sorted(groups.items(), key=lambda item: str(item[0])):
        told = [(a, b) for a, b in combinations(group, 2) if dated_told(a, b)]
        if told:
            conflicts.append(between_documents(told, f"{partition}:{start}..{end}"))
    return conflicts
