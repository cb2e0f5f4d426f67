"""TIMEX3 tagging: the rules of resources/time/ applied to text, values resolved against the article date.

The engine finds candidate spans with the rules, keeps the longest of overlapping ones, and turns each into
a TIMEX3 value with a named normaliser. A relative expression without an article date stays underspecified
(``XXXX-03``) rather than guessed.

The normalisers live by what they place: ``timex_calendar`` (days, months, years), ``timex_periods``
(quarters, halves, seasons), ``timex_clock`` (times of day), ``timex_durations`` (durations, recurrences)
and ``timex_references`` (vague, named and anaphoric expressions).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date
from functools import partial

from bilat.models import Sentence, Timex
from bilat.nlp.timex_calendar import (
    Groups,
    Value,
    ago,
    boundary,
    century,
    decade,
    holiday,
    md,
    month,
    month_past,
    relative,
    short_year,
    week_ending,
    weekday,
    weekend,
    year,
    ym,
    ym_relative,
    ymd,
)
from bilat.nlp.timex_clock import clock_day, datetime_, part_date, part_of_day, part_weekday, time_
from bilat.nlp.timex_context import (
    date_clocks,
    guarded,
    habitual,
    join_ranges,
    looks_ahead,
    looks_back,
    narrative_year,
    past_after,
    resolve_anaphora,
    widen_modifiers,
)
from bilat.nlp.timex_durations import (
    compound,
    duration,
    every_other,
    fortnight,
    half_unit,
    one_unit,
    race_time,
    set_,
    vague_duration,
)
from bilat.nlp.timex_periods import half, period_months, quarter, quarter_months, quarter_relative, season
from bilat.nlp.timex_references import (
    anaphoric,
    future,
    md_that_year,
    month_that_year,
    named,
    past,
    present,
    same_period,
    vague,
)
from bilat.nlp.timex_rules import TimeRules, fold, load_time_rules
from bilat.resources import Resources

# Normalisers that place an expression by the direction its sentence looks (past news, or a future plan).
LOOKS = {
    "month",
    "weekday",
    "quarter",
    "half",
    "season",
    "md",
    "clock_day",
    "part_weekday",
    "weekend",
    "holiday",
    "boundary",
}
# "postponed until 15:00 GMT Saturday": a time a delay runs to lies ahead, whatever the verb's tense.
RESULTS = re.compile(
    r"[\s-]+(?:(?:operating|net|pre-?tax|core|adjusted|underlying)\s+)?(?:results|earnings|profits?|loss(?:es)?|"
    r"revenues?|sales|income|figures|report)\b",
    re.I,
)
SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?$", re.I)
RUNS_TO = re.compile(
    r"\b(?:until|till|through)\s+(?:at\s+least\s+)?(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|late|mid)[\s-]*)?$",
    re.I,
)
UNTIL = re.compile(r"\b(?:until|till|to)\s+$", re.I)


def _dct(dct: str | None) -> date | None:
    try:
        return date.fromisoformat(dct[:10]) if dct else None
    except ValueError:
        return None


NORMALISERS: dict[str, Callable[[Groups, date | None, TimeRules], Value]] = {
    "ymd": ymd,
    "datetime": datetime_,
    "boundary": boundary,
    "md": md,
    "ym": ym,
    "ym_relative": ym_relative,
    "month": month,
    "year": year,
    "month_past": month_past,
    "week_ending": week_ending,
    "part_date": part_date,
    "decade": decade,
    "period_months": period_months,
    "quarter": quarter,
    "quarter_relative": quarter_relative,
    "quarter_months": quarter_months,
    "clock_day": clock_day,
    "part_weekday": part_weekday,
    "weekend": weekend,
    "holiday": holiday,
    "compound": compound,
    "race_time": race_time,
    "half_unit": half_unit,
    "fortnight": fortnight,
    "every_other": every_other,
    "half": half,
    "same_period": same_period,
    "short_year": short_year,
    "vague": vague,
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
    "part_of_day": part_of_day,
    "md_that_year": md_that_year,
    "month_that_year": month_that_year,
    "named": named,
    "vague_duration": vague_duration,
    "one_unit": one_unit,
    "century": century,
}


def tag_timexes(
    text: str,
    dct: str | None,
    resources: Resources,
    sentences: list[Sentence] | None = None,
    prefilter: bool = True,
) -> list[Timex]:
    """The time expressions of ``text``. With ``prefilter`` a rule skips a text lacking the strings its
    pattern requires (``Rule.needs``) and scans behind a test of its opening characters (``Rule.scan``);
    ``prefilter=False`` runs every plain pattern over the whole text, the reference both must agree with."""
    rules = resources.load("time.rules", partial(load_time_rules, normalisers=set(NORMALISERS)))
    anchor = _dct(dct)
    candidates = []
    folded = fold(text) if prefilter else ""
    held: dict[str, bool] = {}  # a required string is looked up once per text, whichever rules need it

    def holds(strings: frozenset[str]) -> bool:
        for string in strings:
            if string not in held:
                held[string] = string in folded
            if held[string]:
                return True
        return False

    for order, rule in enumerate(rules.rules):
        if prefilter and not all(holds(strings) for strings in rule.needs):
            continue
        for match in rule.finditer(text, prefilter):
            start, end = (
                match.span("t") if "t" in rule.regex.groupindex and match.group("t") else match.span()
            )
            if start > 0 and text[start - 1].isalpha() and text[start].isalpha():
                continue  # "Azerbaijan last year": a month's abbreviation inside a word is no month
            candidates.append((start, end, order, rule, match))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2]))
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    for start, end, _, rule, match in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        groups = match.groupdict()
        if rule.normaliser in LOOKS:
            groups["ahead"] = looks_ahead(text, start, end)
            groups["back"] = "past" if looks_back(text, start, end) or past_after(text, start, end) else ""
            if rule.normaliser in {"quarter", "half"} and RESULTS.match(text[end : end + 40]):
                # "is due to report third-quarter results": results come after the period, the last one.
                groups["ahead"] = ""
            if SINCE.search(text[max(0, start - 24) : start]):
                # "weaker than expected since January": a time something runs since lies behind.
                groups["ahead"], groups["back"] = "", "past"
            elif (
                RUNS_TO.search(text[max(0, start - 24) : start])
                and not groups["ahead"]
                and not looks_back(text, start, end, clause=False)
            ):
                # "the programme runs through June", told in March: a time something lasts to, with no past
                # verb right before it, is the next one.
                groups["ahead"], groups["back"] = "firm", ""
            if rule.normaliser == "clock_day" and UNTIL.search(text[max(0, start - 8) : start]):
                groups["back"] = ""
            if rule.normaliser == "clock_day" and not groups["back"]:
                # A clock time with its weekday ("until 2359 GMT Friday") announces a time: the coming day.
                groups["ahead"] = groups["ahead"] or "firm"
        if rule.name in rules.guards and guarded(text, start, end, rules.guards[rule.name]):
            continue
        value = NORMALISERS[rule.normaliser](groups, anchor, rules)
        if value is None:
            continue
        if (
            rule.normaliser in {"month", "md", "season"}
            and not (groups.get("year") or groups.get("rel"))
            and value[0][:4].isdigit()
            and habitual(text, start, end)
        ):
            # "Flu usually peaks between December and February": no one year's months, a habit's.
            value = ("XXXX" + value[0][4:], None, None)
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
    widen_modifiers(found, text, rules)
    narrative_year(found, text)
    join_ranges(found, text, rules)
    date_clocks(found, text)
    resolve_anaphora(found, rules, text)
    if sentences:
        starts = [s.start for s in sentences]
        for timex in found:
            timex.sentence = sentences[max(bisect_right(starts, timex.start) - 1, 0)].index
    return found
