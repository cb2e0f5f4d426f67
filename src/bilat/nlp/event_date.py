"""The date of an event: its own time expression, the news cycle's day, or unknown — never finer than
the text supports.

1. own: a DATE expression in the sentence that attaches to the trigger without crossing another verb
   ("opened its embassy in March this year", "has an embassy since 1993", "on Thursday discussed").
2. present: an event told in the article's lead (headline, first sentences) with no date of its own
   happens in the present news cycle: the article date, at day precision.
3. unknown otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from bilat.models import Precision, Timex
from bilat.nlp.parsed import Parsed

LEAD_SENTENCES = 4  # headline, standfirst and the first sentences report the news of the day
CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-Q\d|-W\d{2})?$|^\d{3}$")
LEAD_TAGS = {"VBD", "VBZ", "VBP", "VBN", "VB"}


@dataclass(frozen=True)
class EventDate:
    date: str | None = None
    date_end: str | None = None
    precision: str = Precision.UNKNOWN
    text: str | None = None
    how: str = "unknown"


def precision_of(value: str) -> str:
    if re.fullmatch(r"\d{3}", value):
        return Precision.DECADE
    if re.fullmatch(r"\d{4}", value):
        return Precision.YEAR
    if "-Q" in value:
        return Precision.QUARTER
    if "-W" in value:
        return Precision.WEEK
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Precision.MONTH
    return Precision.DAY


def _from_timex(timex: Timex, how: str) -> EventDate:
    value = timex.value[:10]
    if timex.begin and timex.end_value:
        return EventDate(timex.begin, timex.end_value, precision_of(timex.begin), timex.text, how)
    return EventDate(value, None, precision_of(value), timex.text, how)


def _governs(timex_root: Token, trigger: Token) -> bool:
    """The expression hangs off the trigger, or off a noun of the trigger's own clause."""
    current = timex_root
    for _ in range(8):
        if current == trigger:
            return True
        if current != timex_root and current.pos_ in {"VERB", "AUX"} and current.dep_ not in {"aux", "auxpass"}:
            return False
        if current.head == current:
            return False
        current = current.head
    return False


def _clause_verb(trigger: Token) -> Token:
    current = trigger
    while current.pos_ not in {"VERB", "AUX"} and current.head != current:
        current = current.head
    return current


def date_event(trigger: Token, parsed: Parsed) -> EventDate:
    doc = parsed.doc
    sentence = parsed.sentence_at(trigger.idx)
    own: list[tuple[int, Timex]] = []
    for timex in parsed.timexes_in(sentence.start, sentence.end):
        if timex.type != "DATE" or not CALENDAR.match(timex.value[:10]):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        anchors = [trigger] if trigger.pos_ in {"VERB", "AUX"} else [trigger, _clause_verb(trigger)]
        if any(_governs(span.root, anchor) for anchor in anchors):
            own.append((abs(timex.start - trigger.idx), timex))
    if own:
        return _from_timex(min(own, key=lambda pair: pair[0])[1], "own")
    published = parsed.document.published
    verb = _clause_verb(trigger)
    if published and sentence.index < LEAD_SENTENCES and verb.tag_ in LEAD_TAGS and not _stative(verb):
        return EventDate(published, None, Precision.DAY, None, "present")
    return EventDate()


def _stative(verb: Token) -> bool:
    """"has had relations for 30 years": a state, not an event of the day."""
    return any(c.lower_ in {"since", "for"} and c.dep_ == "prep" for c in verb.children)
