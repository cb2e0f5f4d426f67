"""What an event's date is: its value, precision and basis, and the calendar tests every rule of
`event_date` shares (is a value a calendar date, does it name a day, is it after the article's date)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from bilat.models import Precision, Timex

LEAD_SENTENCES = 4  # headline, standfirst and the first sentences report the news of the day
CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-Q\d|-H\d|-(?:SP|SU|FA|WI)|-W\d{2})?$|^\d{3}$")
# A reporting period or a season: dated by its first month, at its own precision ("in the third quarter").
PERIOD_CODE = re.compile(r"^\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)$")
NEWS_WINDOW_DAYS = 7


@dataclass(frozen=True)
class EventDate:
    date: str | None = None
    date_end: str | None = None
    precision: str = Precision.UNKNOWN
    text: str | None = None
    how: str = "unknown"
    # Where the date came from (text | context | publication), for readers to weigh it; None when undated.
    basis: str | None = None

    def __post_init__(self) -> None:
        if self.basis is None and self.date is not None:
            object.__setattr__(self, "basis", BASIS.get(self.how, "text"))


# own/sentence: the event's own sentence dates it; anniversary/occasion: something named earlier does;
# present/anaphoric/ongoing: the news day, which is the article's date unless the lead names another.
BASIS = {
    "own": "text",
    "sentence": "text",
    "anniversary": "context",
    "occasion": "context",
    "setting": "context",
    "present": "publication",
    "anaphoric": "publication",
    "ongoing": "publication",
}


def precision_of(value: str) -> str:
    if re.fullmatch(r"\d{3}", value):
        return Precision.DECADE
    if re.fullmatch(r"\d{4}", value):
        return Precision.YEAR
    if "-Q" in value:
        return Precision.QUARTER
    if "-H" in value:
        return Precision.HALF
    if re.search(r"-(?:SP|SU|FA|WI)$", value):
        return Precision.SEASON
    if "-W" in value:
        return Precision.WEEK
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Precision.MONTH
    return Precision.DAY


def _places_in_calendar(timex: Timex) -> bool:
    """A calendar date, or a shift from one ("two days later", counted from the date before it)."""
    if timex.type == "DATE":
        return bool(CALENDAR.match(timex.value[:10]))
    if timex.type == "TIME":
        # "in the evening" of a day the text names: the event is dated to that day.
        return bool(re.match(r"^\d{4}-\d{2}-\d{2}T", timex.value))
    return timex.type == "DURATION" and bool(timex.begin) and timex.begin == timex.end_value


def _day_named(timex: Timex) -> bool:
    """A calendar day, written as a date or as a time of that day ("on Tuesday evening" is a TIME whose
    value keeps the day)."""
    if timex.type == "DATE":
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value))
    return timex.type == "TIME" and bool(re.match(r"\d{4}-\d{2}-\d{2}T", timex.value))


def _from_timex(timex: Timex, how: str) -> EventDate:
    value = timex.value[:10]
    if timex.type == "DURATION":
        return EventDate(timex.begin, None, precision_of(timex.begin), timex.text, how)
    if PERIOD_CODE.match(timex.value) and timex.begin:
        return EventDate(timex.begin, timex.end_value, precision_of(timex.value), timex.text, how)
    if timex.begin and timex.end_value:
        return EventDate(timex.begin, timex.end_value, precision_of(timex.begin), timex.text, how)
    return EventDate(value, None, precision_of(value), timex.text, how)


def _is_time_word(token: Token) -> bool:
    """ "2016 elections" aside, a date's own head may be part of the date ("March 2019", "Friday evening")."""
    return token.ent_type_ in {"DATE", "TIME"}


def _after(value: str, published: str | None) -> bool:
    """The expression lies after the article's day (compared at the expression's own precision)."""
    if not published or not CALENDAR.match(value[:10]):
        return False
    return value[:10] > published[: len(value[:10])]
