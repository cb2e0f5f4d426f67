"""TIMEX3 values of durations and recurrences: "three years" → P3Y, "a year and a half" → P18M,
"recent weeks" → PXW, "every Friday" → XXXX-WXX-5.
"""

from __future__ import annotations

from datetime import date

from bilat.nlp.timex_calendar import WEEKDAYS, Groups, Value
from bilat.nlp.timex_rules import TimeRules


def duration(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    n = rules.number(g["n"] or "")
    unit = (g["unit"] or "").lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    letter = rules.tables["unit"].get(unit)
    if letter is None:
        return None
    if letter in {"DE", "CE"}:
        # TimeML counts decades and centuries in their own units: "a decade" → P1DE, "over a century" → P1CE.
        return f"P{n if n.isdigit() else 'X'}{letter}", None, None
    prefix = "PT" if unit in {"hour", "minute", "second"} else "P"
    return f"{prefix}{n}{letter}", None, None


def set_(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    if g.get("part"):  # "every morning"
        return "XXXX-XX-XX" + rules.tables["part"][g["part"].lower()], None, None
    if g.get("weekday"):  # "every Friday", "on Fridays"
        return f"XXXX-WXX-{WEEKDAYS[g['weekday'].lower().removesuffix('s')] + 1}", None, None
    adverb = (g.get("adv") or "").lower()
    if adverb:
        value = rules.tables["rate"].get(adverb)
        return (value, None, None) if value else None
    unit = (g.get("unit") or "").lower()
    if unit == "quarter":
        return "P3M", None, None
    if unit in {"season", "spring", "summer", "autumn", "winter"}:
        return "P1Y", None, None
    if unit in {"decade", "century"}:  # "once a century": a recurrence is written in years
        return ("P10Y" if unit == "decade" else "P100Y"), None, None
    return f"P1{rules.tables['unit'][unit]}", None, None


def compound(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "four hours and six minutes" → PT4H6M; "a year and a half" → P18M."""
    n = rules.number(g["n"] or "")
    unit = (g["unit"] or "").lower().rstrip("s")
    if not n.isdigit():
        return None
    if g.get("half"):
        smaller = {"year": (12, "M"), "hour": (60, "M"), "day": (24, "H"), "month": None}.get(unit)
        if not smaller:
            return None
        total = int(n) * smaller[0] + smaller[0] // 2
        return (
            (
                f"PT{total}{smaller[1]}"
                if unit in {"hour", "day"} and smaller[1] != "H"
                else f"P{total}{smaller[1]}"
                if unit != "hour"
                else f"PT{total}M"
            ),
            None,
            None,
        )
    parts = [(n, unit)] + [
        (rules.number(g.get(f"n{i}") or ""), (g.get(f"unit{i}") or "").lower().rstrip("s"))
        for i in (2, 3)
        if g.get(f"n{i}")
    ]  # "two hours, 19 minutes and 42 seconds" has three
    letters = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S"}
    if any(u not in letters or k == "X" for k, u in parts):
        return None
    date_part = "".join(f"{k}{letters[u]}" for k, u in parts if u in {"year", "month", "week", "day"})
    time_part = "".join(f"{k}{letters[u]}" for k, u in parts if u in {"hour", "minute", "second"})
    return f"P{date_part}" + (f"T{time_part}" if time_part else ""), None, None


HALVES = {
    "hour": "PT30M",
    "minute": "PT30S",
    "day": "PT12H",
    "year": "P6M",
    "decade": "P5Y",
    "century": "P50Y",
}


def half_unit(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "half an hour" → PT30M, "half a century" → P50Y."""
    value = HALVES.get((g.get("unit") or "").lower())
    return (value, None, None) if value else None


def fortnight(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "a fortnight" → P2W, "three fortnights" → P6W, "fortnightly" → P2W."""
    n = rules.number(g.get("n") or "a")
    return (f"P{2 * int(n)}W" if n.isdigit() else "PXW"), None, None


def every_other(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "every other day": a recurrence every two units."""
    letter = rules.tables["unit"].get((g.get("unit") or "").lower())
    return (f"P2{letter}", None, None) if letter else None


def race_time(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "2:04:11" → PT2H4M11S."""
    seconds = g["s"].lstrip("0") or "0"
    return f"PT{int(g['h'])}H{int(g['m'])}M{seconds if '.' in seconds else int(seconds)}S", None, None


def vague_duration(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "recent weeks", "for years": a duration of unknown length in that unit."""
    unit = (g["unit"] or "").lower().rstrip("s")
    letter = {"decade": "DE", "century": "CE"}.get(unit) or rules.tables["unit"].get(unit)
    if letter is None:
        return None
    prefix = "PT" if unit in {"hour", "minute"} else "P"
    return f"{prefix}X{letter}", None, None


def one_unit(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the past year", "the coming decade": one unit long (a decade or century in its own unit, as TimeML
    writes "the following decade": P1DE)."""
    unit = (g["unit"] or "").lower()
    letter = "1" + rules.tables["unit"].get(unit, "")
    return (f"P{letter}" if len(letter) > 1 else None), None, None
