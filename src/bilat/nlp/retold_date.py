"""The day of a seizure told first without one and then again with it.

News reports a boat seizure or an arrest in the lead as the cause of a protest ("Estonia protested after
the border guard seized two barges"), then tells it again with its day in the next sentence ("The barges
were stopped on Friday morning near the lake shore"). The first telling, the one that names both
sides, has the second's date.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date as Day

from spacy.tokens import Span, Token

from bilat.models import Precision
from bilat.nlp.event_date import EventDate, date_event
from bilat.nlp.parsed import Parsed

# Verbs that tell a taking of people or craft again: lemmas, as the parse gives them.
RETELLING = {
    "seize",
    "detain",
    "arrest",
    "intercept",
    "board",
    "capture",
    "impound",
    "tow",
    "stop",
    "apprehend",
}
# Verbs that tell an expulsion again ("Both envoys were declared persona non grata on Tuesday"):
# "declare" only with its verdict on the envoys (see _expelling).
EXPELLING = {"expel", "declare"}
EXPULSION_WORDS = {"persona", "grata"}
RETELL_REACH = 2  # sentences after the first telling within which the second one is looked for
PAST_TAGS = {"VBD", "VBN"}


def retold_day(
    trigger: Token, parsed: Parsed, expulsion: bool = False, same_act: bool = False
) -> EventDate | None:
    """The own date of the nearest later retelling of ``trigger``'s act within ``RETELL_REACH``
    sentences: a past, unnegated verb of ``RETELLING`` dated by its own words. None when there is
    none, or when two retellings disagree (two acts, not one told twice)."""
    here = parsed.sentence_at(trigger.idx).index
    # date_event notes the acts it dates for later ones (event_date.occasion_day); a look ahead must not.
    noted = list(parsed.cache.get("dated_events", []))
    try:
        if same_act:
            # "protested after a coast guard ship rammed a boat. The boat was rammed on Monday": force told
            # again by its own verb.
            lemma = trigger.lemma_.lower()
            return _first_retelling(here, parsed, lambda t: _past_act(t) and t.lemma_.lower() == lemma)
        return _first_retelling(here, parsed, _expelling if expulsion else _retelling)
    finally:
        parsed.cache["dated_events"] = noted


def _tokens_within(parsed: Parsed, start: int, end: int) -> Span:
    """The tokens that begin between two character offsets, in text order: found by bisection on the
    tokens' offsets (read once per document) rather than by a walk of the whole document per sentence."""
    if "token_offsets" not in parsed.cache:
        parsed.cache["token_offsets"] = [t.idx for t in parsed.doc]
    offsets = parsed.cache["token_offsets"]
    return parsed.doc[bisect_left(offsets, start) : bisect_left(offsets, end)]


def _first_retelling(here: int, parsed: Parsed, retelling=None) -> EventDate | None:
    retelling = retelling or _retelling
    later = [s for s in parsed.sentences if here < s.index <= here + RETELL_REACH]
    for sentence in later:
        found = {
            (when.date, when.precision, when.text)
            for token in _tokens_within(parsed, sentence.start, sentence.end)
            if retelling(token)
            for when in [date_event(token, parsed, material=True)]
            if when.how == "own" and when.precision != Precision.UNKNOWN
        }
        if len(found) > 1:
            return None
        if found:
            date, precision, text = found.pop()
            return EventDate(date, None, precision, text, "retold", "text")
    return None


def _retelling(token: Token) -> bool:
    return token.lemma_.lower() in RETELLING and _past_act(token)


def _past_act(token: Token) -> bool:
    return (
        token.pos_ == "VERB" and token.tag_ in PAST_TAGS and not any(c.dep_ == "neg" for c in token.children)
    )


def _expelling(token: Token) -> bool:
    """ "The envoys were expelled on Tuesday", "the pair, declared persona non grata that Tuesday": a past,
    unnegated passive with no agent tells again of the envoys already named; an expulsion with its own doer
    ("Sweden expelled four diplomats in April") is another one."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "VERB"
        and lemma in EXPELLING
        and token.tag_ == "VBN"
        and any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
        and not any(c.dep_ == "agent" or c.lower_ == "by" for c in token.children)
        and not any(c.dep_ == "neg" for c in token.children)
        and (lemma != "declare" or any(t.lower_ in EXPULSION_WORDS for t in token.subtree))
    )


COARSE = {Precision.WEEK, Precision.MONTH}


def finer_retold_day(trigger: Token, parsed: Parsed, when: EventDate) -> EventDate | None:
    """ "demanded the release of two journalists detained last week. They were arrested on June 14":
    an act dated only to its week or month, told again with a day inside that span, happened on that day.
    None when the act's own date is finer already, or the retelling's day falls outside the span."""
    if when.precision not in COARSE or not when.date:
        return None
    retold = retold_day(trigger, parsed)
    if retold is None or retold.precision != Precision.DAY or not retold.date:
        return None
    day = Day.fromisoformat(retold.date[:10])
    if when.precision == Precision.MONTH:
        inside = retold.date.startswith(when.date[:7])
    else:
        year, week = day.isocalendar()[:2]
        inside = when.date[:8] == f"{year:04d}-W{week:02d}"
    return retold if inside else None
