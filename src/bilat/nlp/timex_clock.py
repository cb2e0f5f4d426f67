"""TIMEX3 values of times of day: clock times with their zone and their day ("8 p.m. CDT Sunday"), and
parts of a day ("the morning of March 3", "Tuesday dawn", "overnight").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bilat.nlp.timex_calendar import WEEKDAYS, Groups, Value, _weekday_date, md, ymd
from bilat.nlp.timex_rules import TimeRules


def datetime_(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "30 March 2023 15:57": the day and the clock time as one TIME value."""
    day = ymd(g, dct, rules)
    if day is None:
        return None
    return f"{day[0]}T{_clock(g)}", None, None


def part_date(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the morning of March 3": the day with the part of the day."""
    day = ymd(g, dct, rules) if g.get("year") else md({**g, "ahead": ""}, dct, rules)
    code = rules.tables["part"].get((g.get("part") or "").lower())
    return (f"{day[0]}{code}", None, None) if day and code else None


def _zone(g: Groups, rules: TimeRules) -> str:
    """The TIMEX3 zone suffix: "UTC" → Z, "GMT +8" → +08, "EST" → -05, "(+05:30)" → +05:30."""
    text = (g.get("zone") or g.get("pzone") or "").strip()
    if not text:
        return ""
    m = re.match(r"(?P<name>[A-Za-z]+)?\s?(?:(?P<sign>[+\-−–])\s?(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?)?$", text)
    if not m:
        return ""
    if m.group("sign"):
        sign = "+" if m.group("sign") == "+" else "-"
        minutes = f":{m.group('m')}" if m.group("m") and m.group("m") != "00" else ""
        return f"{sign}{int(m.group('h')):02d}{minutes}"
    zone = rules.tables["zone"].get((m.group("name") or "").lower(), "")
    return "" if zone == "-" else zone


def _clock(g: Groups) -> str:
    hour = int(g["hour"])
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{g.get('minute') or '00'}"


def clock_day(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "8 p.m. CDT Sunday", "1940 GMT Wednesday": the weekday's date, in the direction the sentence looks,
    with the clock time and its zone."""
    clock = {
        "hour": g.get("hour") or g.get("hour24") or g.get("hourm"),
        "minute": g.get("minute") or g.get("minute24") or g.get("minutem"),
        "ampm": g.get("ampm"),
    }
    day = _weekday_date(g, dct, g["weekday"] or "").isoformat() if dct else "XXXX-XX-XX"
    return f"{day}T{_clock(clock)}{_zone(g, rules)}", None, None


def part_weekday(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "midday Monday", "Tuesday dawn": the weekday's date with the part of the day."""
    name = g.get("weekday") or g.get("weekday2") or ""
    day = _weekday_date(g, dct, name).isoformat() if dct else "XXXX-XX-XX"
    word = " ".join(w for w in (g.get("t") or "").lower().replace(name.lower(), "").split() if w != "on")
    return f"{day}{rules.tables['part'].get(word, '')}", None, None


def time_(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    day = dct.isoformat() if dct else "XXXX-XX-XX"
    g = {**g, "hour": rules.number(g["hour"] or "")}  # "four o'clock"
    if g.get("weekday") and dct is not None:
        # A clock time with its day ("15:00 GMT Saturday") announces a time: the nearest such day.
        ahead = (WEEKDAYS[g["weekday"].lower()] - dct.weekday()) % 7
        day = (dct + timedelta(days=ahead)).isoformat()
    return f"{day}T{_clock(g)}{_zone(g, rules)}", None, None


def part_of_day(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "in the evening", "that night", "at dawn": a part of the story's day — the article's here, the last
    day the text names in resolve_anaphora. "Overnight" is the night before the article's day."""
    word = " ".join((g.get("part") or g.get("t") or "").lower().split()).removeprefix("the ")
    code = rules.tables["part"].get(word)
    if code is None:
        return None
    day = dct - timedelta(days=1) if dct and word == "overnight" else dct
    return f"{day.isoformat() if day else 'XXXX-XX-XX'}{code}", None, None
