"""Relative days: how far a clause is counted from its main clause ("a day after …"; `shared_date` takes
the main clause's day) and a sentence opening "Hours later" or "Within hours", dated from the day last
named, or told "later" with no day of its own."""

from __future__ import annotations

import re

from spacy.tokens import Token

from bilat.models import Precision, Timex
from bilat.nlp.date_attachment import clause_verb
from bilat.nlp.date_basis import EventDate, _after, _day_named
from bilat.nlp.news_day import _in_dateline
from bilat.nlp.parsed import Parsed
from bilat.nlp.thing_date import _deadline

# "Hours later …", "Within hours, …": a sentence told as following the last day named within hours.
HOURS_LATER = re.compile(
    r"^\W*(?:(?:just|only|a few)\s+)?(?:hours|minutes)\s+later\b|^\W*within\s+(?:hours|minutes)\b", re.I
)


def _hours_later(sentence, trigger: Token, parsed: Parsed) -> EventDate | None:
    """The day last named before a sentence that opens with "Hours later" or "Within hours": what it
    tells followed that day's news within hours, and the text gives no other day for it."""
    match = HOURS_LATER.match(sentence.text)
    verb = clause_verb(trigger)
    later = _bare_later(verb)
    if (match is None and later is None) or verb.tag_ not in {"VBD", "VBN"}:
        return None
    days = [
        t
        for t in parsed.timexes_in(0, sentence.start)
        if _day_named(t) and not _in_dateline(t, parsed.document.text)
    ]
    if not days or _after(days[-1].value[:10], parsed.document.published):
        return None
    told = match.group(0).strip() if match is not None else later.text
    return EventDate(days[-1].value[:10], None, Precision.DAY, told, "occasion")


def _bare_later(verb: Token) -> Token | None:
    """ "The minister later spoke with her counterpart": a bare "later" on a past verb tells the sequel of
    the day last named. Measured ("two years later") or fixed ("later on Tuesday"), it is no such sequel."""
    return next(
        (c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "later" and not list(c.children)),
        None,
    )


COUNT_WORDS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
VAGUE_COUNTS = {"day", "days", "week", "weeks", "month", "months"}


def _after_clause(trigger: Token) -> tuple[str, Token | None] | None:
    """ "…, two days after Belgrade expelled …": the clause's mark ("after"/"before") and the measure
    word that counts its distance from the main clause ("days"), when it has one."""
    # The parser sometimes hangs "a day after B announced …" on the saying verb as a ccomp; its "after"
    # mark shows it is the same adverbial clause.
    if trigger.dep_ not in {"advcl", "ccomp"} or trigger.head.pos_ not in {"VERB", "AUX"}:
        return None
    marks = [c.lower_ for c in trigger.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
    if not marks:
        return None
    # "two months after …": the parser may hang the measure on the mark rather than on the clause's verb.
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "mark" and c.lower_ in {"after", "before"})]
    measures = [c for h in heads for c in h.children if c.dep_ == "npadvmod" and c.lower_ in VAGUE_COUNTS]
    return marks[0], (measures[0] if measures else None)


def _counts_to_clause(root: Token, trigger: Token) -> bool:
    """The expression is the measure that counts an "after"/"before" clause from its main clause."""
    clause = _after_clause(trigger)
    return clause is not None and clause[1] is not None and root == clause[1]


def _a_deadline(timex: Timex, parsed: Parsed) -> bool:
    """ "will leave by September 15": a day after "by" or "until" is a deadline, not a day counted from."""
    span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and _deadline(span.root)
