"""Which of a sentence's figures the day a question asks about fits.

"How many did X send home on Friday?" told "X held 250 people in sweeps last month, and 90 of them were sent
home on Friday": each figure is told in its own clause, with that clause's own time; the figure of a clause
dated otherwise ("last week", "on Monday") counts another day's act. A clause that names no time may be
the asked day's, and is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from bilat.models import Quantity, Timex

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# "… since the caravan entered on 15 January", "… after talks on Monday": a day after these words dates a
# bound or a circumstance of the act, not the act itself.
BOUND = re.compile(r"\b(?:since|after|before|until|till|following|when|while|as\s+of|from|by)\b", re.I)
# "140 of them", "two of those": a part of the group counted just before, which names what it counts.
OF_THEM = re.compile(r"^\s*of\s+(?:them|those|these|whom)\b", re.I)


@dataclass(frozen=True)
class AskedDay:
    """The calendar day (YYYY-MM-DD) a question sets its act on, or only its weekday (0 = Monday)."""

    day: str | None
    weekday: int | None

    def fits(self, value: str) -> bool:
        """A time expression's value is the asked day (or falls on the asked weekday)."""
        if not DAY.match(value):
            return False
        if self.day is not None:
            return value[:10] == self.day
        try:
            return date.fromisoformat(value[:10]).weekday() == self.weekday
        except ValueError:
            return False


def asked_day(text: str, timexes: list[Timex]) -> AskedDay | None:
    """The day the question names ("on Sunday 9 February 2025", "on 3 May 2024", "on Tuesday"); None
    when it names none, or only a month or a year."""
    for timex in timexes:
        if timex.type in {"DATE", "TIME"} and DAY.fullmatch(timex.value[:10]) and len(timex.value) >= 10:
            return None if BOUND.search(text[: timex.start]) else AskedDay(timex.value[:10], None)
    named = re.search(r"\bon\s+(" + "|".join(WEEKDAYS) + r")\b", text, re.I)
    if named is None or BOUND.search(text[: named.start()]):
        return None
    return AskedDay(None, WEEKDAYS.index(named.group(1).lower()))


def _clause(sentence: Doc, start: int) -> Token | None:
    """The verb whose clause holds the character offset: the first verb up its heads."""
    span = sentence.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    while token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"aux", "auxpass"}:
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def on_asked_day(
    sentence: Doc, timexes: list[Timex], quantities: list[Quantity], asked: AskedDay
) -> list[Quantity]:
    """The figures whose clause is not dated to another time than the asked day."""
    dated: dict[int, list[str]] = {}
    for timex in timexes:
        if timex.type not in {"DATE", "TIME"}:
            continue
        clause = _clause(sentence, timex.start)
        if clause is not None:
            dated.setdefault(clause.i, []).append(timex.value)
    kept = []
    for quantity in quantities:
        clause = _clause(sentence, quantity.start)
        told = dated.get(clause.i, []) if clause is not None else []
        if not told or any(asked.fits(v) for v in told):
            kept.append(quantity)
    return kept


def group_words(text: str, quantity: Quantity, quantities: list[Quantity]) -> str:
    """ "312 Egyptians …, and 140 of them": the words of the figure told just before, which say what a
    part "of them" counts; empty when the figure is no such part."""
    if OF_THEM.match(text[quantity.end :]) is None:
        return ""
    before = [q for q in quantities if q.end <= quantity.start]
    if not before:
        return ""
    whole = max(before, key=lambda q: q.start)
    # The figure's own words, and the few after it that name what it counts ("312 of the workers").
    return " ".join([whole.text, *text[whole.end : quantity.start].split()[:3]])
