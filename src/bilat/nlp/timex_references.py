"""TIMEX3 values an expression takes from elsewhere: vague references to the past, present or future,
periods history names ("the Six-Day War"), and anaphoric dates ("that year", "two days later") that
``resolve_anaphora`` places against the last date the text names.
"""

from __future__ import annotations

from datetime import date

from bilat.nlp.timex_calendar import Groups, Value, _month
from bilat.nlp.timex_durations import duration
from bilat.nlp.timex_rules import TimeRules


def same_period(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the same period last year": the period named before it, a year back (resolve_anaphora); the year
    before the article's here."""
    return (str(dct.year - 1) if dct else "XXXX"), None, None


def vague(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "recently", "ongoing", "the long term": a reference to the past, present or future."""
    value = rules.tables["vague"].get(" ".join((g.get("t") or "").lower().split()))
    return (value, None, None) if value else None


def present(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return "PRESENT_REF", None, None


def past(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return "PAST_REF", None, None


def future(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return "FUTURE_REF", None, None


def anaphoric(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """Resolved by resolve_anaphora against the last date before it; relative to the article date here."""
    if g.get("unit") and g.get("n"):
        # "two days later": TIMEX3 tags the duration. The day it leads to is counted from the last date the
        # text mentions (resolve_anaphora), never from the article date, which is not the story's time.
        return duration(g, dct, rules)
    return (dct.isoformat() if dct else "XXXX-XX-XX"), None, None


def md_that_year(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "August 3 of that year": the year is the last one the text names (resolve_anaphora); unknown here."""
    month, day = _month(g["month"] or g["month2"]), int(g["day"] or g["day2"])
    return f"XXXX-{month:02d}-{day:02d}", None, None


def month_that_year(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return f"XXXX-{_month(g['month']):02d}", None, None


def named(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """A named period of history ("the Six-Day War"): its years from the normalisation table."""
    span = rules.tables["period"].get(" ".join((g["name"] or "").lower().split()))
    if span is None:
        return None
    first, _, last = span.partition("..")
    return (first, None, None) if not last else (first, first, last)
