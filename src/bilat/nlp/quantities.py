"""Quantities in text: money (normalised to USD, original kept), counts of people, percentages.

Numbers that are dates, times, durations, ordinals or page debris ("16 px") are not quantities: anything
overlapping a time expression is left to the time tagger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilat.models import Quantity
from bilat.nlp.parsed import Parsed
from bilat.resources import ResourceError, Resources, read_lines

SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "several": None,
    "dozens": None,
    "hundreds": None,
}
APPROX = {
    "almost": "almost",
    "nearly": "almost",
    "close to": "almost",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "over": "over",
    "more than": "over",
    "above": "over",
    "at least": "over",
    "exceeding": "over",
    "up to": "under",
    "under": "under",
    "less than": "under",
    "below": "under",
    "fewer than": "under",
}
NUMBER = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
)
SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|mln|bln|bn|tn)\b|(?P<short>[mbk])\b)?"
APPROX_RE = r"(?:(?P<approx>" + "|".join(sorted(APPROX, key=len, reverse=True)) + r")\s+)?"


@dataclass(frozen=True)
class QuantityRules:
    money: re.Pattern[str]
    count: re.Pattern[str]
    percent: re.Pattern[str]
    currencies: dict[str, tuple[str, float]]  # surface (lower) → (code, USD rate)
    people: frozenset[str]


def load_quantity_rules(resources: Resources) -> QuantityRules:
    currencies: dict[str, tuple[str, float]] = {}
    for n, line in read_lines(resources.path("facts/currencies.txt")):
        fields = [f.strip() for f in line.split("|")]
        try:
            code, names, rate = fields
            value = float(rate)
        except ValueError:
            raise ResourceError(f"facts/currencies.txt:{n}: expected 'code | names | rate'") from None
        for name in [code, *names.split(",")]:
            if name.strip():
                currencies[name.strip().lower()] = (code, value)
    people = frozenset(line.lower() for _, line in read_lines(resources.path("facts/people.txt")))
    names = sorted(currencies, key=len, reverse=True)
    symbol = "|".join(re.escape(n) for n in names if not n.isalpha())
    word = "|".join(re.escape(n) for n in names if n.isalpha() or " " in n)
    money = re.compile(
        APPROX_RE
        + r"(?:(?P<cur>"
        + symbol
        + r"|\b(?:"
        + word
        + r"))\s?)?"
        + NUMBER
        + SCALE
        + r"(?:\s+(?P<cur2>"
        + word
        + r")\b)?",
        re.IGNORECASE,
    )
    # The optional name before the noun ("300 Azerbaijani students") must be capitalised even though the
    # rest ignores case: otherwise "354 passengers on" reads "on" as the noun.
    count = re.compile(
        APPROX_RE + NUMBER + SCALE + r"\s+(?P<noun>(?-i:[A-Z][a-z]+\s+)?[a-z]+)", re.IGNORECASE
    )
    percent = re.compile(APPROX_RE + r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
    return QuantityRules(money, count, percent, currencies, people)


def _number(text: str) -> float | None:
    text = text.lower()
    if text in WORD_NUMBERS:
        return WORD_NUMBERS[text]
    return float(text.replace(",", ""))


def _scale(match: re.Match[str]) -> float:
    word = (match.groupdict().get("scale") or match.groupdict().get("short") or "").lower()
    return SCALES.get(word, 1.0)


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
    ) -> None:
        start, end = match.span()
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
                approx=APPROX.get(approx_word),
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
        code, rate = rules.currencies[currency.lower()]
        original = number * _scale(match)
        add(match, round(original * rate, 2), "USD", code, original)
    for match in rules.percent.finditer(text):
        if free(*match.span()):
            add(match, float(match.group("num")), "percent")
    for match in rules.count.finditer(text):
        noun = match.group("noun").split()[-1].lower()
        number = _number(match.group("num"))
        if number is None or not free(*match.span("num")) or _looks_like_year(match.group("num"), match):
            continue
        if noun not in rules.people and noun.rstrip("s") not in rules.people:
            continue  # other counts ("16 px", "3 of the") are too often not facts
        add(match, number * _scale(match), "people")
    found.sort(key=lambda q: q.start)
    return found


def _looks_like_year(number: str, match: re.Match[str]) -> bool:
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", number)) and not match.group("scale")
