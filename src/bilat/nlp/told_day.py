"""Days told elsewhere in the text: the occasion just told ("During the meeting, …"), a background date
that sets the undated past sentences after it, and the day a paragraph or an elaborated statement was said
on."""

from __future__ import annotations

import re

from spacy.tokens import Token

from bilat.models import Precision, Timex
from bilat.nlp.date_attachment import _publishes_medium, _since_in_a_noun, clause_verb
from bilat.nlp.date_basis import (
    CALENDAR,
    NEWS_WINDOW_DAYS,
    EventDate,
    _after,
    _day_named,
    _from_timex,
    _places_in_calendar,
    precision_of,
)
from bilat.nlp.parsed import Parsed
from bilat.nlp.thing_date import _year_of_a_thing
from bilat.nlp.verb_date import REPORTING, _planned_thing_day, _visit_invited_to

SEQUEL = {"later", "afterwards", "afterward", "subsequently", "then"}


# "During the meeting, the minister reaffirmed…", "At the same ceremony, …", "Speaking at the same event": the
# occasion told just before, whose day the sentence shares.
OCCASION = re.compile(
    r"\b(?:during|at|after|following|on the sidelines of|in the course of|at the (?:end|close) of)\s+"
    r"(?:the|that|this)\s+(?:same\s+)?"
    r"(?:meeting|talks|visit|ceremony|signing|event|session|conference|forum|summit|reception|negotiations)\b",
    re.I,
)


def _same_occasion(sentence, trigger: Token, parsed: Parsed) -> EventDate | None:
    """The date of the occasion the sentence refers back to: the last event dated before the trigger,
    in this sentence ("paid a visit in July, and during the visit agreed…") or an earlier one."""
    occasion = OCCASION.search(sentence.text)
    before = trigger.idx
    if occasion is None:
        opening = _paragraph_occasion(sentence, trigger, parsed)
        if opening is not None:
            occasion, before = opening
    if occasion is None and not _also_done(sentence, trigger, parsed):
        return None
    earlier = [(start, when) for start, when in parsed.cache.get("dated_events", []) if start < before]
    if not earlier:
        return None
    when = max(earlier, key=lambda item: item[0])[1]
    if occasion is None and when.precision != Precision.DAY:
        return None  # an occasion is a day: a month or a year told before is a setting, not one
    return EventDate(
        when.date, when.date_end, when.precision, occasion.group(0) if occasion else "also", "occasion"
    )


SETTING_REACH = 2  # undated past sentences after a background date that it still sets


def _background_setting(sentence, trigger: Token, parsed: Parsed) -> EventDate | None:
    """ "In April 2021 Madrid let the rebel leader be treated in a Spanish hospital. Rabat condemned the
    decision …": a paragraph that goes back to a past month or year goes on telling that time; an act told
    in the simple past just after, with no date of its own, is of that month or year, not of the news day.
    Only a month or a year before the article's own (a day may be the news of the week) set in a past
    clause of the paragraph's sentence before, with no date told in between."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBD" or _calendar_dates(sentence, parsed):
        return None
    published = parsed.document.published
    if not published:
        return None
    earlier = sorted(
        (s for s in parsed.sentences if s.paragraph == sentence.paragraph and s.index < sentence.index),
        key=lambda s: -s.index,
    )
    for before in earlier[:SETTING_REACH]:
        dates = _calendar_dates(before, parsed)
        if not dates:
            continue
        if len(dates) != 1:
            return None
        timex = dates[0]
        precision = precision_of(timex.value[:10])
        if precision not in {Precision.MONTH, Precision.YEAR}:
            return None
        if timex.value[:10] >= published[: len(timex.value[:10])]:
            return None  # this month or year: the news may be of it too
        span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or _since_in_a_noun(span) or _year_of_a_thing(span.root, span.root):
            return None
        dated = clause_verb(span.root)
        if dated.tag_ != "VBD" or dated.dep_ != "ROOT":
            return None  # the date of a clause within, or of a present state: not a setting
        if _visit_invited_to(timex, dated, parsed.doc) or _planned_thing_day(timex, dated, parsed):
            return None  # "invited him to Riyadh in January": when a visit is to be, not a time told of
        return _from_timex(timex, "setting")
    return None


def _calendar_dates(sentence, parsed: Parsed) -> list[Timex]:
    return [
        t
        for t in parsed.timexes_in(sentence.start, sentence.end)
        if t.type == "DATE" and CALENDAR.match(t.value[:10])
    ]


def _paragraph_occasion(sentence, trigger: Token, parsed: Parsed) -> tuple[re.Match, int] | None:
    """ "During the meeting, the minister handed a note … He called on Sofia to revoke the ban.": a
    paragraph that opens on an occasion told before goes on telling that occasion; a past act later in
    it with no date of its own shares the occasion's day. Returns the opening's match and where that
    opening sentence starts (the occasion is the last act dated before it)."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBD" or verb.dep_ == "ccomp" or parsed.timexes_in(sentence.start, sentence.end):
        return None
    earlier = [s for s in parsed.sentences if s.paragraph == sentence.paragraph and s.index < sentence.index]
    if not earlier:
        return None
    first = min(earlier, key=lambda s: s.index)
    match = OCCASION.match(first.text)
    return (match, first.start) if match is not None else None


def _also_done(sentence, trigger: Token, parsed: Parsed) -> bool:
    """ "The two sides also signed a fisheries protocol", "Lima also recalled its own envoy": a past act
    added with "also" and no date of its own belongs to the occasion just told."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBD" or not any(c.lower_ == "also" and c.dep_ == "advmod" for c in verb.children):
        return False
    if verb.dep_ == "ccomp" or sentence.text.split(maxsplit=1)[0].strip(",").lower() in SEQUEL:
        return False  # told in a statement, or a sequel ("Later, … also met"): dated by their own rules
    # A date still to come is another clause's ("… and agreed to meet again early next year").
    return not any(
        _places_in_calendar(t) and not _after(t.value, parsed.document.published)
        for t in parsed.timexes_in(sentence.start, sentence.end)
    )


SPEECH_TENSES = {"VBD", "VBZ", "VBP"}


def _paragraph_day(sentence, trigger: Token, parsed: Parsed) -> str | None:
    """The last day named earlier in the trigger's paragraph ("denied on Wednesday … He accused"),
    when it falls in the week before the article: an older day is background, not the day told."""
    from datetime import date

    published = parsed.document.published
    opening = min(
        (s.start for s in parsed.sentences if s.paragraph == sentence.paragraph), default=sentence.start
    )
    days = [
        t.value[:10]
        for t in parsed.timexes_in(opening, trigger.idx)
        if _day_named(t) and _dates_saying(t, parsed)
    ]
    if not days or not published:
        return None
    gap = (date.fromisoformat(published) - date.fromisoformat(days[-1])).days
    return days[-1] if 0 <= gap <= NEWS_WINDOW_DAYS else None


def _elaborated_day(sentence, parsed: Parsed) -> str | None:
    """ "Minsk denied any involvement. Its spokeswoman said on Tuesday that …": a paragraph that opens
    with an undated summary of what a side said, then tells the saying with its day, dates the summary by
    that day (the next sentence's, when it is a day of saying in the week before the article)."""
    from datetime import date

    published = parsed.document.published
    following = [s for s in parsed.sentences if s.index == sentence.index + 1]
    opens = not any(s.paragraph == sentence.paragraph and s.index < sentence.index for s in parsed.sentences)
    if not opens or not following or following[0].paragraph != sentence.paragraph or not published:
        return None
    days = [
        t.value[:10]
        for t in parsed.timexes_in(following[0].start, following[0].end)
        if _day_named(t) and _dates_saying(t, parsed)
    ]
    if not days:
        return None
    gap = (date.fromisoformat(published) - date.fromisoformat(days[0])).days
    return days[0] if 0 <= gap <= NEWS_WINDOW_DAYS else None


SAYING = REPORTING | {
    "deny",
    "accuse",
    "warn",
    "reject",
    "demand",
    "urge",
    "call",
    "condemn",
    "summon",
    "protest",
    "threaten",
    "respond",
    "reply",
    # "The ministry answered on Thursday. Its deputy minister said …": the day of a side's answer.
    "answer",
    "react",
    "retort",
    "announce",
    "read",  # "in a statement read on television on Friday": the day of the statement
    "issue",
    "publish",
    "hold",
    "meet",
    "sign",
}


def _dates_saying(timex: Timex, parsed: Parsed) -> bool:
    """The day is that of a statement or an official act ("denied on Wednesday"), not of an incident
    the paragraph recalls ("Monday's strike")."""
    span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "since":
        return False  # "had been held since last Thursday": when a state began, not a day of saying
    verb = clause_verb(span.root)
    if verb.dep_ == "acl" and any(a.dep_ == "ccomp" for a in verb.ancestors):
        # "told the envoy that the statement, posted on Friday, was …": a participle inside what was
        # said dates the thing spoken of, not the saying.
        return False
    # "hit back on Friday", "struck back": a reply, not an incident.
    replied = verb.lemma_.lower() in {"hit", "strike", "fire"} and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children
    )
    # "In a statement state television aired on Friday, …": the day the statement came out.
    return verb.lemma_.lower() in SAYING or replied or _publishes_medium(verb)


def _news_speech(trigger: Token, verb: Token) -> bool:
    """The speech act is the clause's own verb, in the simple past or present, or the progressive ("are
    demanding autonomy": being done as the news is told; "said Sofia was demanding": being done as it was
    said), not in the perfect."""
    if trigger is not verb:
        return False
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re", "was", "were"} for c in verb.children
    )
    if verb.tag_ not in SPEECH_TENSES and not progressive:
        return False
    return not any(c.dep_ == "aux" and c.lemma_.lower() in {"have", "will", "would"} for c in verb.children)
