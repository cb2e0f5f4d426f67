"""The period a question sets its act in ("in April 2021", "in 2019") and whether a sentence's dates,
or an answer's date, fall in it: a question about one year is not answered by a sentence about another."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bilat.models import Timex

CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
WEEK = re.compile(r"(\d{4})-W(\d{2})")


def bounds(value: str) -> tuple[str, str] | None:
    """The first and last calendar day (ISO) a value covers: a year, a month, a day or an ISO week."""
    week = WEEK.fullmatch(value)
    if week is not None:
        try:
            first = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return None
        return first.isoformat(), (first + timedelta(days=6)).isoformat()
    if not CALENDAR.fullmatch(value):
        return None
    # ISO strings compare as their dates; a coarser value spans its first to its last day.
    return value, value + "-99"


def overlaps(value: str, period: str) -> bool | None:
    """The value (a year, month, day or week) shares a day with the period; None when it is no date."""
    told, asked = bounds(value), bounds(period)
    if told is None or asked is None:
        return None
    return told[0] <= asked[1] and asked[0] <= told[1]


# "in April 2021", "2019": a date the sentence writes with its year, which the tagger cannot misplace;
# "in March", "two years ago" are resolved against the article's date and often date another clause.
WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
LAST_YEAR = re.compile(r"(?i:(?:last|this|next)\s+year)")
NEWS_WEEK = 7  # days around the article's own day whose weekday names ("on Tuesday") date its news
SINCE = re.compile(r"\bsince\s*$", re.I)


def _firm(timex: Timex, published: str | None) -> bool:
    """A date that surely dates its sentence: written with its year, or a day of the news week ("on
    Tuesday"), not a month or a span counted back ("in March", "two years ago") that may be misplaced."""
    if WRITTEN_YEAR.search(timex.text):
        return True
    if LAST_YEAR.search(timex.text.strip()[-9:]) and re.fullmatch(r"\d{4}(?:-\d{2})?", timex.value):
        # "last year", "this year", "in April last year": a calendar year (or a month of it) counted from
        # the article's, not misplaced.
        return True
    if not published or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
        return False
    gap = date.fromisoformat(published[:10]) - date.fromisoformat(timex.value)
    return abs(gap.days) <= NEWS_WEEK


def sentence_in_period(
    text: str, timexes: list[Timex], period: str, published: str | None, future: bool
) -> bool:
    """A sentence may answer a question set in the period: one of its dates falls in it ("on Saturday"
    resolved against the article's day, "since 2011" reaching to that day); else not when the dates it
    writes with their year all fall outside it; with none, unless its article was published before the
    period began (an article of 2020 cannot report 2021, unless the question asks what was to come)."""
    outside = False
    for timex in timexes:
        if timex.type != "DATE":
            continue
        inside = overlaps(timex.value, period)
        if inside is False and published and SINCE.search(text[: timex.start]):
            inside = timex.value[:10] <= period <= published[:10]
        if inside:
            return True
        outside = outside or (inside is False and _firm(timex, published))
    if outside:
        return False
    if future or not published:
        return True
    start = bounds(period)
    return start is None or published[:10] >= start[0]
