"""TIMEX3 tagging: the rules of resources/time/ applied to text, values resolved against the article date.

The engine finds candidate spans with the rules, keeps the longest of overlapping ones, and turns each into
a TIMEX3 value with a named normaliser. A relative expression without an article date stays underspecified
(``XXXX-03``) rather than guessed.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from bilat.models import Sentence, Timex
from bilat.nlp.timex_rules import TimeRules, load_time_rules
from bilat.resources import Resources

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

Groups = dict[str, str | None]
Value = tuple[str, str | None, str | None] | None  # value, begin, end


def _month(text: str | None) -> int:
    text = (text or "").lower().rstrip(".")
    return int(text) if text.isdigit() else MONTHS.get(text, MONTHS.get(text[:3], 0))


def _dct(dct: str | None) -> date | None:
    try:
        return date.fromisoformat(dct[:10]) if dct else None
    except ValueError:
        return None


def ymd(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    try:
        return date(int(g["year"]), _month(g["month"]), int(g["day"])).isoformat(), None, None
    except (TypeError, ValueError):
        return None


def md(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    month, day = _month(g["month"]), int(g["day"] or 0)
    if dct is None:
        return f"XXXX-{month:02d}-{day:02d}", None, None
    try:
        found = date(dct.year, month, day)
    except ValueError:
        return None
    if (found - dct).days > 183:  # a day far ahead of the article is last year's
        found = date(dct.year - 1, month, day)
    return found.isoformat(), None, None


def ym(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return f"{int(g['year']):04d}-{_month(g['month']):02d}", None, None


def ym_relative(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    if dct is None:
        return f"XXXX-{_month(g['month']):02d}", None, None
    year = dct.year + {"this": 0, "last": -1, "next": 1}[(g["rel"] or "this").lower()]
    return f"{year:04d}-{_month(g['month']):02d}", None, None


def month(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "In July": this year's July in a later article; a month well after the article date is last year's."""
    number = _month(g["month"])
    if dct is None:
        return f"XXXX-{number:02d}", None, None
    rel = (g.get("rel") or "").strip().lower()
    if rel == "last":
        year = dct.year - 1 if number >= dct.month else dct.year
    elif rel == "next":
        year = dct.year + 1 if number <= dct.month else dct.year
    else:
        # A month later in the year than the article is last year's, unless the sentence looks ahead
        # ("talks will resume in June"): see _looks_ahead, which marks such matches.
        year = dct.year if number <= dct.month or g.get("ahead") else dct.year - 1
    return f"{year:04d}-{number:02d}", None, None


def year(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return g["year"], None, None


def decade(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return g["decade"][:3], None, None


def period_months(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    n = rules.number(g["n"] or "")
    if not n.isdigit() or not 1 <= int(n) <= 12:
        return None
    y = g["year"]
    first = "first" in (g["t"] or "").lower()
    begin, end = (f"{y}-01", f"{y}-{int(n):02d}") if first else (f"{y}-{13 - int(n):02d}", f"{y}-12")
    return y, begin, end


def quarter(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    q = int(rules.tables["quarter"].get((g["q"] or "").lower(), "0"))
    if not q:
        return None
    return f"{g['year']}-Q{q}", f"{g['year']}-{3 * q - 2:02d}", f"{g['year']}-{3 * q:02d}"


def season(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    code = rules.tables["season"].get((g["season"] or "").lower())
    y = g.get("year") or (
        str(dct.year + {"last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0)) if dct else "XXXX"
    )
    return f"{y}-{code}", None, None


def relative(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    rel = " ".join((g.get("rel") or "").lower().split())
    unit = (g.get("unit") or "").lower()
    if dct is None:
        return "PRESENT_REF" if rel in {"today", "tonight"} else None
    shift = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(rel.removeprefix("the "), 0)
    if unit == "year":
        return str(dct.year + shift), None, None
    if unit == "month":
        m = dct.month - 1 + shift
        return f"{dct.year + m // 12:04d}-{m % 12 + 1:02d}", None, None
    if unit == "week":
        y, w, _ = (dct + timedelta(weeks=shift)).isocalendar()
        return f"{y}-W{w:02d}", None, None
    days = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(rel, 0)
    value = (dct + timedelta(days=days)).isoformat()
    part = {"this morning": "TMO", "this afternoon": "TAF", "this evening": "TEV", "tonight": "TNI"}.get(rel)
    return (f"{value}{part}" if part else value), None, None


def present(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return "PRESENT_REF", None, None


def past(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return "PAST_REF", None, None


def future(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return "FUTURE_REF", None, None


def weekday(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "On Thursday": the closest such day on or before the article date (news reports the past), unless
    "next"."""
    target = WEEKDAYS[(g["weekday"] or "").lower()]
    if dct is None:
        return "XXXX-WXX-" + str(target + 1), None, None
    rel = (g.get("rel") or "").strip().lower()
    back = (dct.weekday() - target) % 7
    if rel == "last" and back == 0:
        back = 7
    found = dct + timedelta(days=(7 - back) % 7 or 7) if rel == "next" else dct - timedelta(days=back)
    part = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}.get(
        (g.get("part") or "").lower()
    )
    return found.isoformat() + (part or ""), None, None


def duration(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    n = rules.number(g["n"] or "")
    unit = (g["unit"] or "").lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    letter = rules.tables["unit"].get(unit)
    if letter is None:
        return None
    if letter in {"DE", "CE"}:
        multiplier = 10 if letter == "DE" else 100
        return (f"P{int(n) * multiplier}Y" if n.isdigit() else f"P{letter}X"), None, None
    prefix = "PT" if unit in {"hour", "minute"} else "P"
    return f"{prefix}{n}{letter}", None, None


def ago(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    n = rules.number(g["n"] or "")
    unit = (g["unit"] or "").lower().rstrip("s")
    if dct is None or not n.isdigit():
        return "PAST_REF", None, None
    k = int(n)
    if unit == "year":
        return str(dct.year - k), None, None
    if unit == "month":
        m = dct.month - 1 - k
        return f"{dct.year + m // 12:04d}-{m % 12 + 1:02d}", None, None
    if unit in {"day", "week"}:
        return (dct - timedelta(days=k * (7 if unit == "week" else 1))).isoformat(), None, None
    return "PAST_REF", None, None


def set_(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    unit = (g.get("unit") or "").lower()
    adverb = (g.get("adv") or "").lower()
    unit = (
        unit
        or {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}[
            adverb
        ]
    )
    return f"P1{rules.tables['unit'][unit]}", None, None


def time_(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    day = dct.isoformat() if dct else "XXXX-XX-XX"
    if g.get("weekday") and dct is not None:
        # A clock time with its day ("15:00 GMT Saturday") announces a time: the nearest such day.
        ahead = (WEEKDAYS[g["weekday"].lower()] - dct.weekday()) % 7
        day = (dct + timedelta(days=ahead)).isoformat()
    hour = int(g["hour"])
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return f"{day}T{hour:02d}:{g.get('minute') or '00'}", None, None


def vague_duration(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "recent weeks", "for years": a duration of unknown length in that unit."""
    unit = (g["unit"] or "").lower().rstrip("s")
    letter = {"decade": "DE", "century": "CE"}.get(unit) or rules.tables["unit"].get(unit)
    if letter is None:
        return None
    prefix = "PT" if unit in {"hour", "minute"} else "P"
    return f"{prefix}X{letter}", None, None


def one_unit(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    unit = (g["unit"] or "").lower()
    return ("P10Y" if unit == "decade" else "P100Y"), None, None


def century(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return f"{int(g['n']) - 1:02d}", None, None


def anaphoric(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    # Resolved by tag_timexes against the last day-precision date before it; the article date here.
    return (dct.isoformat() if dct else "XXXX-XX-XX"), None, None


def named(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """A named period of history ("the Six-Day War"): its years from the normalisation table."""
    span = rules.tables["period"].get(" ".join((g["name"] or "").lower().split()))
    if span is None:
        return None
    first, _, last = span.partition("..")
    return (first, None, None) if not last else (first, first, last)


NORMALISERS: dict[str, Callable[[Groups, date | None, TimeRules], Value]] = {
    "ymd": ymd,
    "md": md,
    "ym": ym,
    "ym_relative": ym_relative,
    "month": month,
    "year": year,
    "decade": decade,
    "period_months": period_months,
    "quarter": quarter,
    "season": season,
    "relative": relative,
    "present": present,
    "past": past,
    "future": future,
    "weekday": weekday,
    "duration": duration,
    "ago": ago,
    "set": set_,
    "time": time_,
    "anaphoric": anaphoric,
    "named": named,
    "vague_duration": vague_duration,
    "one_unit": one_unit,
    "century": century,
}
ANAPHORIC_SHIFT = {
    "the next day": 1,
    "the following day": 1,
    "a day after": 1,
    "a day later": 1,
    "the day before": -1,
    "the previous day": -1,
}


def tag_timexes(
    text: str, dct: str | None, resources: Resources, sentences: list[Sentence] | None = None
) -> list[Timex]:
    rules = resources.load("time.rules", partial(load_time_rules, normalisers=set(NORMALISERS)))
    anchor = _dct(dct)
    candidates = []
    for order, rule in enumerate(rules.rules):
        for match in rule.regex.finditer(text):
            start, end = (
                match.span("t") if "t" in rule.regex.groupindex and match.group("t") else match.span()
            )
            candidates.append((start, end, order, rule, match))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2]))
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    for start, end, _, rule, match in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        groups = match.groupdict()
        if rule.normaliser == "month":
            groups["ahead"] = _looks_ahead(text, start, end)
        value = NORMALISERS[rule.normaliser](groups, anchor, rules)
        if value is None:
            continue
        taken.append((start, end))
        found.append(
            Timex(
                text=text[start:end],
                start=start,
                end=end,
                type=rule.type,
                value=value[0],
                rule=rule.name,
                begin=value[1],
                end_value=value[2],
            )
        )
    found.sort(key=lambda t: t.start)
    _resolve_anaphora(found)
    if sentences:
        starts = [s.start for s in sentences]
        for timex in found:
            timex.sentence = sentences[max(bisect_right(starts, timex.start) - 1, 0)].index
    return found


FUTURE = re.compile(
    r"\b(?:will|shall|would|may|might|could|expected|expects|plans?|planned|scheduled|upcoming|"
    r"due|next|going to|to be held|aims?)\b",
    re.I,
)


def _looks_ahead(text: str, start: int, end: int) -> bool:
    """Future wording in the sentence around an expression: "elections will take place in June"."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return bool(FUTURE.search(text[left:right]))


def _resolve_anaphora(found: list[Timex]) -> None:
    """ "The same day", "the next day": relative to the last full date mentioned before."""
    last_day: str | None = None
    for timex in found:
        if timex.rule == "same_day" and last_day:
            shift = ANAPHORIC_SHIFT.get(" ".join(timex.text.lower().split()), 0)
            timex.value = (date.fromisoformat(last_day) + timedelta(days=shift)).isoformat()
        if timex.type == "DATE" and len(timex.value) == 10 and timex.value[:4].isdigit():
            last_day = timex.value
