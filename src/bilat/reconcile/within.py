"""One article's own disagreements: two sources of one story telling one count of one kind about the same
parties differently ("the minister said 14 were arrested", "the ministry said 11 were detained")."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations

from bilat.models import Conflict, Fact
from bilat.nlp.number_words import WORD_NUMBERS
from bilat.reconcile.figures import (
    NOT_SUMS,
    UNCOMPARABLE,
    claim,
    disagree,
    fact_partition,
    grouped,
    make_conflict,
    period,
    same_scale,
)

WITHIN = "within"  # the partition of one article's own disagreements: ``within:<doc id>``


def within_partition(doc_id: str) -> str:
    return f"{WITHIN}:{doc_id}"


def _speakers_differ(one: Fact, other: Fact) -> bool:
    """Both figures are told by someone, and not by the same one ("the ministry" is "the ministry of
    foreign affairs")."""
    a, b = (one.attributed_to or "").strip().lower(), (other.attributed_to or "").strip().lower()
    return bool(a and b) and a not in b and b not in a


def _counted_thing(fact: Fact) -> str | None:
    """What a bare count counts, when it names a thing of its own: "trucks" for "1,200 Kyrgyz trucks" (the
    head noun of its unit). A count of people, or of nothing named, says too little to set against
    another: "7,500 people entered" and "2,400 were received" are two steps of one story."""
    if fact.kind != "count" or fact.period_start:
        return None
    words = (fact.unit or "").lower().split()
    if not words or words[-1] in GENERIC_UNITS:
        return None
    return words[-1]


# Units of a bare count that name no thing of their own.
GENERIC_UNITS = {"people", "persons", "count", "times", "percent", "years", "units", "items"}


def _within_key(fact: Fact) -> tuple | None:
    """What two of one article's figures must share to be told of one thing: kind, unit, period (and
    parties of which one names all the other's, see ``_same_parties``). Figures with a partition of their
    own (a pair and a period) are set against each other there. A bare count of a named thing ("31 shops",
    "1,200 trucks") is keyed by that thing: its parties are often read from one side only."""
    thing = _counted_thing(fact)
    if thing is not None:
        return fact.doc_id, fact.kind, thing, ("", "")
    if fact.kind in UNCOMPARABLE | NOT_SUMS or not fact.parties:
        return None
    if _running_total(fact):
        return fact.doc_id, fact.kind, fact.unit, ("", "")
    if fact_partition(fact) is not None:
        return None
    return fact.doc_id, fact.kind, fact.unit, period(fact)


def _running_total(fact: Fact) -> bool:
    """A figure counted since a day up to the story's own ("46 had been detained since January") tells
    what the story's undated figures tell ("only 11 are in custody"), by another source."""
    told = (fact.period_text or "").strip().lower()
    return bool(fact.period_start and told) and f"since {told}" in fact.evidence.lower()


def _same_parties(one: Fact, other: Fact) -> bool:
    """Each side tells of the same incident with the parties its sentence names: "the minister said 23
    of our fishermen were arrested by Mauritania" names both, "the Mauritanian navy said 17 were held"
    one. Parties that neither includes are two incidents. Sums of money keep to the same parties: one
    article's "an additional $30 million in aid to Somalia" and "Turkey has given over $1 billion" are a
    part and a whole, not one sum told twice."""
    a, b = set(one.parties), set(other.parties)
    if _counted_thing(one) is not None:
        # One side's "84 shops owned by Nigerians" and the other's "31 shops damaged in the area" are read
        # with whichever country each sentence names; within one pair of countries they are one count.
        return len(a | b) <= 2
    if a == b:
        return True
    if one.unit != "people" or not (a <= b or b <= a):
        return False
    # The side naming fewer parties counts people without saying whose ("17 people were held"): its
    # country is its speaker's. "Slovakia will expel three Russian diplomats" counts a group of its own.
    fewer = one if len(a) < len(b) else other
    return not any(word[:1].isupper() for word in (fewer.subject or "").split())


# "11 fishermen from Dhofar": the place they come from may be a province, a town or a port of their state,
# whose name is no word for their people; one article's "seven Omanis" may be the same men.
ORIGIN = re.compile(r"\bfrom\b")


def nationals(fact: Fact, also: re.Pattern[str] | None = None) -> set[str]:
    """The capitalised words of what a figure counts, by their first four letters ("Russian embassy
    staff" → {"russ"}): most often whose people they are. Where they were ("individuals on the Guinean
    bank") and what a clause adds after a comma say nothing of whose they are."""
    subject = WHERE_OR_CLAUSE.split(fact.subject or "", maxsplit=1)[0]
    if also is not None:
        subject = also.split(subject, maxsplit=1)[0]
    return {w[:4].lower() for w in subject.split() if w[:1].isupper()}


WHERE_OR_CLAUSE = re.compile(r"\s*,|\b(?:on|in|at|near|along|inside|across|who|whom|which|that)\b")


def _same_nationals(one: Fact, other: Fact) -> bool:
    """Counts of people that both say whose people they are, differently, count two groups: one article's
    "18 Russian embassy staff" expelled and "20 employees of the Czech embassy" expelled in return are
    two expulsions of one quarrel, not one told twice. A count naming no one may be of either."""
    if one.unit != "people":
        return True
    a, b = nationals(one, ORIGIN), nationals(other, ORIGIN)
    return not (a and b) or bool(a & b)


# Who a count of people counts, by the words of its subject: a state's armed forces, or the armed men who
# fight them. One article's "killing four soldiers" and "23 rebels had been killed" are the dead of the two
# sides of one fight, not one toll told twice; civilians, herders or "cattle rustlers" may be either side's
# telling of the same dead, so only these two classes are kept apart.
FORCES = {
    "soldier", "soldiers", "troops", "trooper", "troopers", "serviceman", "servicemen", "guard", "guards",
    "guardsmen", "police", "policeman", "policemen", "personnel", "marines", "sailors", "gendarmes",
    "conscripts", "rangers",
}  # fmt: skip
ARMED = {
    "rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "attacker", "attackers",
    "assailant", "assailants", "gunman", "gunmen", "terrorist", "terrorists", "jihadist", "jihadists",
    "bandit", "bandits", "raiders", "infiltrators", "fighters",
}  # fmt: skip


def _side(fact: Fact) -> str | None:
    """ "forces" or "armed" when the subject counts one of those classes ("its soldiers", "the attackers")."""
    subject = WHERE_OR_CLAUSE.split(fact.subject or "", maxsplit=1)[0]
    words = set(re.findall(r"[a-z]+", subject.lower()))
    if words & FORCES and not words & ARMED:
        return "forces"
    if words & ARMED and not words & FORCES:
        return "armed"
    return None


def _same_side(one: Fact, other: Fact) -> bool:
    """Counts of people that may be of the same people: not one of state forces and one of the armed
    men fighting them."""
    return {_side(one), _side(other)} != {"forces", "armed"}


def _spellings(value: float) -> list[str]:
    """How a small count may be written: "11", "eleven"."""
    if value != int(value) or value < 0:
        return []
    number = int(value)
    words = [w for w, n in WORD_NUMBERS.items() if n == number and len(w) > 1]
    return [f"{number:,}", str(number), *words]


def _wounded(fact: Fact) -> bool:
    """A casualty figure counting the wounded, not the dead: its number stands next to "wounded",
    "injured" or "hurt" ("killed two civilians and wounded eleven", "three were injured"). One report's
    dead and another's wounded are two quantities."""
    if fact.kind != "casualties":
        return False
    for spelling in _spellings(fact.value):
        before, after = _wounded_patterns(spelling)
        if before.search(fact.evidence) or after.search(fact.evidence):
            return True
    return False


@lru_cache(maxsize=4096)
def _wounded_patterns(spelling: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A number's "wounded" patterns, compiled once per spelling (``re``'s own cache is too small for a
    build's many numbers, and compiling cost more than searching)."""
    number = rf"\b{re.escape(spelling)}\b"
    # "two civilians and wounded eleven", "wounded and three were killed": the words between never cross
    # an "and".
    before = re.compile(rf"(?:wound|injur|hurt)\w*\s+(?:(?!and\b)\w+\s+){{0,2}}{number}", re.IGNORECASE)
    after = re.compile(rf"{number}\s+(?:(?!and\b)[\w-]+\s+){{0,3}}(?:wound|injur|hurt)", re.IGNORECASE)
    return before, after


def within_article_conflicts(facts: list[Fact]) -> list[Conflict]:
    """One article's figures of one kind about the same parties, told in two sentences by two sources,
    that disagree: "the minister said 14 fishermen were arrested" and "the ministry said 11 people were
    detained". Figures one source tells, or no one, are a story's parts, wholes and updates."""
    groups = grouped(facts, _within_key)
    conflicts = []
    for (doc_id, kind, _, _), group in sorted(groups.items(), key=lambda item: str(item[0])):
        wounded = {id(f): _wounded(f) for f in group}  # read once per figure, not once per pair
        told = [
            (a, b)
            for a, b in combinations(group, 2)
            if a.start != b.start
            and (period(a) == period(b) or not (a.period_start and b.period_start))
            and _same_parties(a, b)
            and _same_nationals(a, b)
            and _same_side(a, b)
            and wounded[id(a)] == wounded[id(b)]
            and same_scale(a, b)
            and _speakers_differ(a, b)
            and disagree(a, b)
        ]
        if told:
            parties = sorted({p for pair in told for f in pair for p in f.parties})
            attribute = f"{within_partition(doc_id)}:{kind}:{'-'.join(parties)}"
            members = {id(f): f for pair in told for f in pair}.values()
            claims = [claim(f, attribute) for f in members]
            conflicts.append(make_conflict(attribute, sorted(claims, key=lambda c: (c.value, c.start))))
    return conflicts
