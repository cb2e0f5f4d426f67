"""Claims that disagree, shown side by side with their sources — never merged.

A conflict is one attribute (when a dyad's relations began; a figure for a period) stated with different
values. Facts of one kind between the same parties disagree when their periods are the same and their
values differ by more than rounding; or when one period lies inside the other and the figure for the
shorter period is the larger (a part can't exceed its whole: "1,500 troops left in December 2023" against
"about 1,100 left in 2023"). A smaller figure for a period inside another's is its part, never a conflict.
An export or import figure larger than another report's turnover of the same pair and period is a part
larger than its whole. Within one article, two sources telling one count of one kind about the same
parties differently ("the minister said 14 were arrested", "the ministry said 11 were detained") disagree.
Two documents' counts of one people doing one thing between a pair in one period ("9,000 Hondurans
entered Mexico last year", "12,300 Hondurans entered Mexico in 2023") disagree too.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from itertools import combinations

from bilat.models import Claim, Conflict, Fact
from bilat.nlp.quantities import WORD_NUMBERS

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
    (``_dated_count_conflicts`` says which of them count the same people doing the same thing)."""
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
    low, high = sorted((abs(one.value), abs(other.value)))
    return low == 0 or high < SCALE * low


def _period(fact: Fact) -> tuple[str, str]:
    return fact.period_start or "", fact.period_end or fact.period_start or ""


def claim_value(fact: Fact) -> str:
    return f"{fact.value:g} {fact.unit}"


def _claim(fact: Fact, attribute: str) -> Claim:
    return Claim(
        attribute=attribute,
        value=claim_value(fact),
        doc_id=fact.doc_id,
        source_uri=fact.source_uri,
        evidence=fact.evidence,
        start=fact.start,
        end=fact.end,
    )


def _inside(inner: tuple[str, str], outer: tuple[str, str]) -> bool:
    """``inner`` lies within ``outer`` and is shorter: "2023-12" in "2023-01..2023-12". Months and days
    compare as text ("2023-12-05" sorts inside "2023-12"…"2023-12"), a day's month is its own end."""
    (a, b), (c, d) = inner, outer
    return inner != outer and c <= a[: len(c)] and b[: len(d)] <= d


def _exceeds(part: Fact, whole: Fact) -> bool:
    """The least the part allows is more than the most the whole allows, beyond rounding."""
    low, high = _range(part)[0], _range(whole)[1]
    return low - high > TOLERANCE * max(part.value, whole.value)


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
        if _inside(_period(inner), _period(outer)) and _exceeds(inner, outer):
            start, end = _period(outer)
            attribute = f"{partition}:{start}..{end}"
            claims = sorted([_claim(outer, attribute), _claim(inner, attribute)], key=_claim_order)
            conflicts.append(_conflict(attribute, claims, nested=True))
    return conflicts


def _nested_conflicts(facts: list[Fact]) -> list[Conflict]:
    by_partition: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        partition = nested_partition(fact)
        if partition is not None:
            by_partition[partition].append(fact)
    conflicts = []
    for partition, group in sorted(by_partition.items()):
        for one, other in combinations(group, 2):
            conflicts += nested_pair(one, other, partition)
    return conflicts


def _claim_order(claim: Claim) -> tuple:
    return claim.value, claim.doc_id, claim.start


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


def _conflict(attribute: str, claims: list[Claim], nested: bool = False, mark: str = "") -> Conflict:
    """``nested`` and ``mark`` keep apart the ids of conflicts that different rules find on one attribute."""
    return Conflict(
        id=_conflict_id(attribute, claims, "|nested" if nested else mark), attribute=attribute, claims=claims
    )


def _conflict_id(attribute: str, claims: list[Claim], mark: str = "") -> str:
    key = attribute + mark + "|" + "|".join(f"{c.doc_id}:{c.value}" for c in claims)
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def gathered_id(conflict: Conflict) -> str:
    """The id a conflict would have if a rule with no mark of its own (a period's figures, a group's
    disagreeing pairs) had found it: a stored conflict with this id is of one of those rules."""
    return _conflict_id(conflict.attribute, conflict.claims)


def gathered(members: list[Fact], attribute: str) -> Conflict:
    """One conflict of every figure in the disagreeing pairs, ordered by value, document and place."""
    claims = [_claim(f, attribute) for f in {id(f): f for f in members}.values()]
    return _conflict(attribute, sorted(claims, key=_claim_order))


def _between_documents(told: list[tuple[Fact, Fact]], attribute: str) -> Conflict:
    return gathered([f for pair in told for f in pair], attribute)


def _story_days(by_attribute: dict[str, list[Fact]], facts: list[Fact], published: dict[str, str]) -> None:
    """Add each story's undated count of an incident to the figures of its kind and pair for the one
    month or day the story came out in, when only other documents tell those (its own are its parts)."""
    for fact in facts:
        partition, day = incident_partition(fact), published.get(fact.doc_id, "")
        if partition is None or not day:
            continue
        for attribute, group in by_attribute.items():
            head, _, period = attribute.rpartition(":")
            start, _, end = period.partition("..")
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
            start, end = _period(fact)
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
    pair, period = sorted(whole.parties), _period(whole)
    if flow.doc_id == whole.doc_id or sorted(flow.parties) != pair or flow.unit != whole.unit:
        return None
    if _period(flow) != period and not _inside(_period(flow), period):
        return None
    if not _exceeds(flow, whole):
        return None
    attribute = f"{fact_partition(whole)}:{period[0]}..{period[1]}"
    told = _claim(flow, attribute)
    told.value = f"{told.value} ({flow.kind})"
    return _conflict(attribute, [_claim(whole, attribute), told], mark="|flow")


def _flow_conflicts(facts: list[Fact]) -> list[Conflict]:
    wholes, flows = [f for f in facts if is_whole(f)], [f for f in facts if is_flow(f)]
    found = (flow_pair(whole, flow) for whole in wholes for flow in flows)
    return [c for c in found if c is not None]


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
    return fact.doc_id, fact.kind, fact.unit, _period(fact)


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


def _nationals(fact: Fact, also: re.Pattern[str] | None = None) -> set[str]:
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
    a, b = _nationals(one, ORIGIN), _nationals(other, ORIGIN)
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
        number = rf"\b{re.escape(spelling)}\b"
        # "two civilians and wounded eleven", "wounded and three were killed": the words between never
        # cross an "and".
        before = re.compile(rf"(?:wound|injur|hurt)\w*\s+(?:(?!and\b)\w+\s+){{0,2}}{number}", re.IGNORECASE)
        after = re.compile(rf"{number}\s+(?:(?!and\b)[\w-]+\s+){{0,3}}(?:wound|injur|hurt)", re.IGNORECASE)
        if before.search(fact.evidence) or after.search(fact.evidence):
            return True
    return False


def within_article_conflicts(facts: list[Fact]) -> list[Conflict]:
    """One article's figures of one kind about the same parties, told in two sentences by two sources,
    that disagree: "the minister said 14 fishermen were arrested" and "the ministry said 11 people were
    detained". Figures one source tells, or no one, are a story's parts, wholes and updates."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        key = _within_key(fact)
        if key is not None:
            groups[key].append(fact)
    conflicts = []
    for (doc_id, kind, _, _), group in sorted(groups.items(), key=lambda item: str(item[0])):
        wounded = {id(f): _wounded(f) for f in group}  # read once per figure, not once per pair
        told = [
            (a, b)
            for a, b in combinations(group, 2)
            if a.start != b.start
            and (_period(a) == _period(b) or not (a.period_start and b.period_start))
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
            claims = [_claim(f, attribute) for f in members]
            conflicts.append(_conflict(attribute, sorted(claims, key=lambda c: (c.value, c.start))))
    return conflicts


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


def _undated_conflicts(facts: list[Fact]) -> list[Conflict]:
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        key = undated_key(fact)
        if key is not None:
            groups[key].append(fact)
    conflicts = []
    for (partition, _), group in sorted(groups.items()):
        # Each sentence's years read once, not once per pair: a dense partition has thousands of pairs.
        years = {id(f): years_told(f) for f in group}
        told = [(a, b) for a, b in combinations(group, 2) if undated_told(a, b, years[id(a)], years[id(b)])]
        if told:
            conflicts.append(_between_documents(told, f"{partition}:undated"))
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
    nationals = _nationals(fact)
    subject = (fact.subject or "").strip()
    at = fact.evidence.find(subject) if subject else -1
    if not nationals or at < 0:
        return None
    words = re.findall(r"[a-z]+", fact.evidence[at + len(subject) :].lower())[:4]
    verbs = [w for w in words if w not in AUXILIARIES]
    # "Egyptians from the east reached …": a phrase after them is no verb, and the count is left alone.
    if not verbs or verbs[0] in NOT_VERBS:
        return None
    return frozenset(nationals), verbs[0][:STEM]


def dated_count_key(fact: Fact) -> tuple | None:
    """The group of dated counts a count is set against: its pair, its period and the people and verb it
    counts (``_counted_act``)."""
    partition = count_partition(fact)
    act = _counted_act(fact) if partition else None
    return None if act is None else (partition, _period(fact), act)


def dated_told(a: Fact, b: Fact) -> bool:
    """Two documents' counts of one people doing one thing between the same pair in the same period, that
    disagree: "some 9,000 Hondurans entered Mexico last year" against "12,300 Hondurans entered Mexico in
    2023". A bare count says what it counts only by its words, so both must name the same people and the
    same verb after them; one article's counts are its own parts and updates."""
    return a.doc_id != b.doc_id and same_scale(a, b) and disagree(a, b)


def _dated_count_conflicts(facts: list[Fact]) -> list[Conflict]:
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        key = dated_count_key(fact)
        if key is not None:
            groups[key].append(fact)
    conflicts = []
    for (partition, (start, end), _), group in sorted(groups.items(), key=lambda item: str(item[0])):
        told = [(a, b) for a, b in combinations(group, 2) if dated_told(a, b)]
        if told:
            conflicts.append(_between_documents(told, f"{partition}:{start}..{end}"))
    return conflicts


def figure_conflicts(facts: list[Fact], published: dict[str, str] | None = None) -> list[Conflict]:
    """The conflicts of figures across documents (one article's own are ``within_article_conflicts``)."""
    found = _same_period_conflicts(facts, published) + _nested_conflicts(facts) + _flow_conflicts(facts)
    return found + _undated_conflicts(facts) + _dated_count_conflicts(facts)


def find_conflicts(
    claims: list[Claim], facts: list[Fact], published: dict[str, str] | None = None
) -> list[Conflict]:
    """``published``: the day each fact's document came out, which dates a story's undated incident."""
    by_attribute: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_attribute[claim.attribute].append(claim)
    conflicts = []
    for attribute, group in sorted(by_attribute.items()):
        # Two statements in one sentence are two things the sentence tells, not two reports of one thing.
        if len({(c.doc_id, c.start) for c in group}) < 2:
            continue
        if len({c.value for c in group}) > 1 and _differ([c.value for c in group]):
            conflicts.append(_conflict(attribute, sorted(group, key=lambda c: (c.value, c.doc_id))))
    return conflicts + figure_conflicts(facts, published) + within_article_conflicts(facts)
