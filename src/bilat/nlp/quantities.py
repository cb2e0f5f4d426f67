"""Quantities in text: money (normalised to USD, original kept), counts of people, percentages.

Numbers that are dates, times, durations, ordinals or page debris ("16 px") are not quantities: anything
overlapping a time expression is left to the time tagger.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from bilat.models import Quantity
from bilat.nlp.counted_nouns import (
    CREW,
    _counts_people,
    _modified_words,
    _number_of_people,
    _number_of_things,
)
from bilat.nlp.currency_states import shared_currency_code
from bilat.nlp.elided_figures import _compared_counts, _elided_counts, _elided_sums, _shared_noun_counts
from bilat.nlp.group_counts import _counts_of_a_group, _partitive_counts, _possessive_counts
from bilat.nlp.number_words import APPROX, SCALES, _looks_like_year, _number, _scale
from bilat.nlp.ordinal_tallies import _ordinal_tallies
from bilat.nlp.parsed import Parsed
from bilat.nlp.quantity_rules import load_quantity_rules
from bilat.resources import Resources

ANAPHORIC = re.compile(r"\b(?:the|these|those|both|our|their|its|his|her|all)\s+$", re.I)


# "a trawler and its eleven crew": a group a thing just named holds is counted for the first
# time; "their two leaders" (people named before) stays a reference.
OF_A_THING = re.compile(
    r"\b(?:boat|ship|vessel|trawler|tanker|plane|aircraft|lorry|lorrie|truck|bus)s?\s+and\s+(?:its|their)\s+$",
    re.I,
)


RANGE_SCALE = re.compile(
    r"\s*(?:-|–|to)\s*\S{0,3}\s?\d+(?:\.\d+)?\s*(?P<scale>million|billion|trillion|bn|mln|bln)\b", re.I
)


def find_quantities(parsed: Parsed, resources: Resources) -> list[Quantity]:
    rules = resources.load("facts.quantity_rules", load_quantity_rules)
    text = parsed.document.text
    taken = [(t.start, t.end) for t in parsed.timexes]
    found: list[Quantity] = []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    def add(
        match: re.Match[str],
        value: float,
        unit: str,
        original_unit: str | None = None,
        original_value: float | None = None,
        end: int | None = None,
        approx: str | None = None,
    ) -> None:
        start, end = match.start(), end or match.end()
        approx_word = (match.group("approx") or "").lower()
        sentence = parsed.sentence_at(start)
        found.append(
            Quantity(
                text=text[start:end].strip(),
                start=start,
                end=end,
                value=value,
                unit=unit,
                sentence=sentence.index,
                approx=approx or APPROX.get(approx_word),
                original_value=original_value,
                original_unit=original_unit,
            )
        )
        taken.append((start, end))

    for match in rules.money.finditer(text):
        currency = match.group("cur") or match.group("cur2")
        number = _number(match.group("num"))
        if not currency or number is None or not free(*match.span("num")):
            continue
        if currency.endswith("$") and text[max(0, match.start("cur") - 1) : match.start("cur")].isalpha():
            # "WS$2 million": another country's dollars, whose prefix the table does not list; never USD.
            continue
        if currency.lower() in rules.shared:
            sentence = parsed.sentence_at(match.start()).index
            adjective = match.group("adj") if match.group("cur2") else None
            code = shared_currency_code(
                rules.shared[currency.lower()], adjective, parsed, sentence, resources
            )
            if code is None:
                continue  # "dinars" in a story naming no state, or two, whose dinars they could be
            rate = rules.currencies[code.lower()][1]
        else:
            code, rate = rules.currencies[currency.lower()]
        scale = _scale(match)
        shared = RANGE_SCALE.match(text, match.end()) if scale == 1.0 else None
        if shared:
            # "$6-8 billion", "$6 to $8 billion": the first end of a range takes the scale of the second,
            # and is a floor ("at least"), not the figure.
            scale = SCALES[shared.group("scale").lower()]
        original = number * scale
        add(match, round(original * rate, 2), "USD", code, original, approx="over" if shared else None)
    _drop_converted(found, text)
    for match in rules.percent.finditer(text):
        if free(*match.span()):
            add(match, float(match.group("num")), "percent")
    for match in _from_each_number(rules.count, text):
        number = _number(match.group("num"))
        if number is None or not free(*match.span("num")) or _looks_like_year(match.group("num"), match):
            continue
        before = text[max(0, match.start() - 12) : match.start()]
        held = OF_A_THING.search(text[max(0, match.start() - 40) : match.start()]) or (
            # "escorted to port with its seven crew": a vessel's crew, counted for the first time (not
            # "beat its ten crew members": the crew of a boat told before).
            before.lower().endswith("with its ") and match.group("noun").split()[0].lower() in CREW
        )
        thing = any(w.lower() in rules.things for w in match.group("noun").split())
        if (
            match.group("num").isalpha()
            and not match.group("approx")
            and ANAPHORIC.search(before)
            and not thing
            and not held
        ):
            # "the two men", "our two peoples": people named before, not a count; "the more than one
            # million refugees" is one.
            continue
        # "40 Ukrainian soldiers" counts its last word; "40 soldiers were killed" its first.
        noun_at = match.start("noun")
        words = [(noun_at + m.start(), m.group()) for m in re.finditer(r"\S+", match.group("noun"))]
        words = words[: _modified_words(parsed, words)]
        counted = [start + len(word) for start, word in words if _counts_people(parsed, rules, word, start)]
        if counted:
            add(match, number * _scale(match), "people", end=counted[-1])
            continue
        # "2,400 ceasefire violations", "30 outposts": a thing whose number is a fact; the unit is the
        # thing as the text names it. Other counts ("16 px", "3 of the") are too often not facts.
        last_at, last = words[-1]
        if last.lower() in rules.things:
            unit = " ".join(w for _, w in words).lower()
            add(match, number * _scale(match), unit, end=last_at + len(last))
    for match in rules.number.finditer(text):
        number = _number(match.group("num"))
        if number is None or not free(*match.span()) or _looks_like_year(match.group("num"), match):
            continue
        if _number_of_people(parsed, rules, match.start("num"), match.end()):
            add(match, number * _scale(match), "people")
        elif (thing := _number_of_things(parsed, rules, match.start("num"), match.end())) is not None:
            add(match, number * _scale(match), thing)
    found.extend(_elided_sums(parsed, found, free))
    found.extend(_compared_counts(parsed, found, free))
    found.extend(_elided_counts(parsed, found, free))
    found.extend(_counts_of_a_group(parsed, found, free))
    found.extend(_partitive_counts(parsed, found, free))
    found.extend(_shared_noun_counts(parsed, found, free))
    found.extend(_possessive_counts(parsed, rules, free))
    found.extend(_ordinal_tallies(parsed, rules, free))
    found.sort(key=lambda q: q.start)
    return found


def _from_each_number(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches that may overlap past their number: the words read after "six tourists and two" leave
    "two soldiers" to be read too."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.end("num")


# What joins a sum to its own equivalent in another currency: "70 billion yen, or about $630 million",
# "46 million pesos (2.2 million dollars)".
EQUIVALENT = re.compile(r"\s*(?:,\s*(?:or\s+)?|\(\s*|\s+or\s+|\s*-{1,2}\s*|\s*—\s*)$")


def _drop_converted(found: list[Quantity], text: str) -> None:
    """A sum the text also gives in dollars keeps the text's dollars, not bilat's conversion at a fixed
    rate: one figure, told twice."""
    money = sorted((q for q in found if q.unit == "USD"), key=lambda q: q.start)
    for first, second in pairwise(money):
        if not EQUIVALENT.fullmatch(text[first.end : second.start]):
            continue
        dollars = [q for q in (first, second) if q.original_unit == "USD"]
        if len(dollars) == 1:
            other = second if dollars[0] is first else first
            if other in found and dollars[0] in found:
                found.remove(other)
                # The sum as the text first gives it stays its original: "NZ$25 million (US$15 million)".
                original = {"original_value": other.original_value, "original_unit": other.original_unit}
                found[found.index(dollars[0])] = dollars[0].model_copy(update=original)
