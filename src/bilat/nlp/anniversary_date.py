"""Anniversaries ("the 30th anniversary of the treaty"): an event held for one takes the day of the year
its sentence names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from bilat.models import Precision, Timex
from bilat.nlp.date_basis import EventDate
from bilat.nlp.parsed import Parsed

ORDINAL = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?P<what>\w+)", re.I)


@dataclass(frozen=True)
class Anniversary:
    """ "This week marks the 25th anniversary of the founding of …": the founding event's date."""

    stem: str  # first letters of the noun: "establi" matches "established", "establishment"
    date: str  # YYYY
    text: str


def anniversaries(parsed: Parsed) -> list[Anniversary]:
    if "anniversaries" not in parsed.cache:
        parsed.cache["anniversaries"] = _find_anniversaries(parsed)
    return parsed.cache["anniversaries"]


def _find_anniversaries(parsed: Parsed) -> list[Anniversary]:
    found = []
    for sentence in parsed.sentences:
        for match in ORDINAL.finditer(sentence.text):
            when = _sentence_day(sentence.start, sentence.end, parsed)
            if when is None:
                continue
            # The year is certain; the day only when a date names the day of the year (see _recurring).
            year = int(when[:4]) - int(match["n"])
            found.append(Anniversary(match["what"].lower()[:7], f"{year:04d}", match.group(0)))
    return found


def _sentence_day(start: int, end: int, parsed: Parsed) -> str | None:
    """The day a sentence speaks of: its own full date, or the article date for "today"/present tense."""
    days = [t.value for t in parsed.timexes_in(start, end) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)]
    if days:
        return days[0]
    return parsed.document.published


def _from_anniversary(trigger: Token, parsed: Parsed, day_of_year: Timex | None = None) -> EventDate | None:
    """The founding event's year from "the Nth anniversary of its <noun>"; with "April 7th" the day too."""
    lemma = trigger.lemma_.lower()
    for anniversary in anniversaries(parsed):
        # "signed" / "signing", "established" / "establishment": the same stem.
        if len(lemma) >= 4 and anniversary.stem.startswith(lemma[:6]):
            if day_of_year is not None:
                value = f"{anniversary.date}{day_of_year.value[4:10]}"
                return EventDate(
                    value, None, Precision.DAY, f"{day_of_year.text}; {anniversary.text}", "anniversary"
                )
            return EventDate(anniversary.date, None, Precision.YEAR, anniversary.text, "anniversary")
    return None
