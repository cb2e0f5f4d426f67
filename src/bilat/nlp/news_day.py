"""The news day: the first recent full date the article's lead names, else the article's date — skipping
datelines, date headers and days that belong to what the lead's act is about; and the lone calendar date
of a stretch of text."""

from __future__ import annotations

import re

from spacy.tokens import Token

from bilat.models import Timex
from bilat.nlp.date_attachment import agented_act_before
from bilat.nlp.date_basis import CALENDAR, LEAD_SENTENCES, NEWS_WINDOW_DAYS, _day_named
from bilat.nlp.parsed import Parsed
from bilat.nlp.thing_date import _deadline, _names_a_things_day, _year_of_a_thing

CLOSING_STOPS = (".", "?", "!", '"', "\u201d", "'", "\u2019", ")")


def lead_count(parsed: Parsed) -> int:
    """How many sentences the lead spans: ``LEAD_SENTENCES``, not counting the lines above the story
    that close with no stop after the headline (a byline, "Share  Tweet  Email", a dateline cut off by
    the parser as "PARIS —"): page chrome, which pushes no story sentence out of the lead."""
    count = LEAD_SENTENCES
    for sentence in parsed.sentences[1:]:
        if sentence.index >= count:
            break
        if not sentence.text.rstrip().endswith(CLOSING_STOPS):
            count += 1
    return count


def news_day(parsed: Parsed) -> str | None:
    """The day the news happened: a full date in the lead within a week before the article, else the
    article's own date."""
    published = parsed.document.published
    if not published:
        return None
    if "news_day" in parsed.cache:
        return parsed.cache["news_day"]
    parsed.cache["news_day"] = _find_news_day(parsed, published)
    return parsed.cache["news_day"]


def _find_news_day(parsed: Parsed, published: str) -> str:
    from datetime import date

    # The document's text, not doc.text: spaCy rebuilds that string from the tokens on every call.
    text = parsed.document.text
    lead_end = (
        parsed.sentences[min(lead_count(parsed), len(parsed.sentences)) - 1].end if parsed.sentences else 0
    )
    for timex in parsed.timexes:
        if timex.start > lead_end:
            break
        if _in_dateline(timex, text) or _date_header(timex, text):
            continue  # "HANOI, Oct 3 (Agency) —" is the day of the report; the lead says the day of the news
        span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None and _deadline(span.root):
            continue  # "ordered to leave by Saturday": a deadline, not the day of the news
        if span is not None and _names_a_things_day(span.root):
            continue  # "a row over Sunday's election": the day of the thing spoken of, not of the news
        if _day_named(timex):
            gap = (date.fromisoformat(published) - date.fromisoformat(timex.value[:10])).days
            if 0 <= gap <= NEWS_WINDOW_DAYS:
                if span is not None and (_in_told_thing(span.root) or agented_act_before(span) is not None):
                    continue
                return timex.value[:10]
    return published


# A day the lead names inside the thing its act is about or follows is that thing's, not the news day:
# clauses that tell it ("accused Baku on Tuesday of firing …
# overnight", "rejected the decision to close the bridge on Saturday", "summoned … after troops fired on
# Monday"), not the act itself.
TOLD_THING_DEPS = {"pcomp", "relcl"}
EARLIER_MARKS = {"after", "before", "since"}


def _in_told_thing(root: Token) -> bool:
    """The day hangs on a clause or noun embedded in the lead's act: a gerund or clause after a
    preposition, a clause describing a noun, an "after" clause, or an act noun after "of"."""
    current = root
    for _ in range(12):
        if current.head == current:
            return False
        if current is not root and current.dep_ in TOLD_THING_DEPS:
            return True
        # "the decision to close the bridge on Saturday"; but "under an agreement signed on Tuesday" is
        # the lead's own act.
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if current is not root and current.dep_ == "acl" and to:
            return True
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in current.children
        ):
            return True
        if current.dep_ == "pobj" and current.head.lower_ == "of" and current is not root:
            return True
        # "said that its patrol had killed three men on Monday night": the past perfect of a reported
        # clause tells what came before the saying, not the news the lead reports.
        # "said on Tuesday it had stripped …" is the saying's day: the day must come after the "had".
        if current.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lower_ == "had" and c.i < root.i for c in current.children
        ):
            return True
        current = current.head
    return False


# The part of a line before a dateline's date: a place name and a comma ("HANOI, ", "Kyiv, "), in any
# alphabet's capitals ("BOGOTÁ, ", "REYKJAVÍK, ", "SÃO PAULO, "), or the places of a joint dateline
# ("LIMA/QUITO, ").
DATELINE_PLACE = re.compile(r"[^\W\d_](?:[^\W\d_]|[.'’\-/ ]){1,40},\s*")


def _in_dateline(timex: Timex, text: str) -> bool:
    """The timex is the date of a dateline that opens its line, before the dash."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    rest = text[timex.end : timex.end + 60]
    place = text[line_start : timex.start]
    return bool(place[:1].isupper() and DATELINE_PLACE.fullmatch(place)) and bool(
        re.match(r"[^.\n]{0,45}?(?:—|–|--|\s-\s)", rest)
    )


# A line holding only a date, maybe followed by the outlet after a dash or bar: "Friday, 12 May 2023 —
# Lakeside Courier", "August 2, 2024 | Plains Herald".
DATE_HEADER = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{1,2}\s+[a-z]+\.?|[a-z]+\.?\s+\d{1,2}),?\s+\d{4}",
    re.I,
)


def _date_header(timex: Timex, text: str) -> bool:
    """A date on a line of its own (its outlet aside): the date the story was published, like a
    dateline's, not the day of the news its lead tells."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    line_end = text.find("\n", timex.start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    head = re.split(r"—|–|--|\s-\s|\|", line)[0].strip()
    return timex.end - line_start <= len(line) - len(line.lstrip()) + len(head) and bool(
        DATE_HEADER.fullmatch(head)
    )


def _single_date(start: int, end: int, parsed: Parsed, when: bool = False) -> Timex | None:
    """The sentence's only calendar date, which dates its past events when none is attached to them.
    ``when``: the act is told in a when-clause ("since May 2024, when Madrid withdrew …"), which dates it."""
    dates = [t for t in parsed.timexes_in(start, end) if t.type == "DATE" and CALENDAR.match(t.value[:10])]
    if len(dates) != 1:
        return None
    span = parsed.doc.char_span(dates[0].start, dates[0].end, alignment_mode="expand")
    # A deadline ("must leave by Saturday") says nothing of when the sentence's acts happened, nor does
    # the year of a thing ("rejects a 2016 ruling").
    if span is not None and (
        _deadline(span.root) or _year_of_a_thing(span.root, span.root) or _names_a_things_day(span.root)
    ):
        return None
    # "the first visit since 2019", "have clashed since 2018": where a span of time starts, not a day
    # anything in the sentence happened on.
    before = span.doc[span.start - 1].lower_ if span is not None and span.start > 0 else ""
    if span is not None and "since" in {before, span[0].lower_} and not when:
        return None
    return dates[0]
