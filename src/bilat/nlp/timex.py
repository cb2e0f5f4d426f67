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
from bilat.nlp.timex_rules import TimeRules, fold, load_time_rules
from bilat.resources import Resources

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

Groups = dict[str, str | None]
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
Value = tuple[str, str | None, str | None] | None  # value, begin, end
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
    if g.get("ahead") == "firm" and (dct - found).days > 30:  # "the window opens on Jan. 1": the next one
        try:
            found = date(dct.year + 1, month, day)
        except ValueError:
            return None
    elif (found - dct).days > 183:  # a day far ahead of the article is last year's
        found = date(dct.year - 1, month, day)
    elif not g.get("back") and (dct - found).days > 300:
        # "when the window opens on Jan. 1", told in December with no past wording: the coming one.
        try:
            found = date(dct.year + 1, month, day)
        except ValueError:
            return None
    return found.isoformat(), None, None


def datetime_(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "30 March 2023 15:57": the day and the clock time as one TIME value."""
    day = ymd(g, dct, rules)
    if day is None:
        return None
    return f"{day[0]}T{_clock(g)}", None, None


def boundary(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the end of 2023", "the beginning of next month": the period itself (TIMEX3 keeps no edge)."""
    if g.get("year"):
        return g["year"], None, None
    rel = (g.get("rel") or "this").lower()
    bare = (g.get("rel") or "the").lower() == "the"
    edge = (g.get("edge") or "").lower()
    if (
        bare
        and edge == "end"
        and (g.get("unit") or "").lower() == "year"
        and g.get("back")
        and dct
        and dct.month <= 6
    ):
        # "flu peaked by the end of the year", told in spring: the year just past; its start, though, is
        # this year's ("arrested since the start of the year", told in June).
        return str(dct.year - 1), None, None
    return relative({"rel": "this" if rel == "the" else rel, "unit": g.get("unit")}, dct, rules)


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
    elif g.get("ahead") == "firm" or (g.get("ahead") and number >= dct.month):
        # The sentence looks ahead ("talks will resume in June"): the next such month from the article on.
        year = dct.year if number >= dct.month else dct.year + 1
    elif not g.get("back") and g.get("ahead") is not None and number > dct.month:
        # "the lease expires in June", told in March: with no past wording, a month still to come this year.
        year = dct.year
    elif not g.get("back") and g.get("ahead") is not None and dct.month - number >= 10:
        # "further strikes could follow in January", told in December with no past wording: the next one.
        year = dct.year + 1
    else:
        # News reports the past: a month later in the year than the article is last year's.
        year = dct.year if number <= dct.month else dct.year - 1
    return f"{year:04d}-{number:02d}", None, None


def month_past(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "results for the year to September": a reporting period's last month, the last one before the
    article (results come after the period), whatever the tense."""
    return month({**g, "ahead": "", "back": "past"}, dct, rules)


def part_date(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the morning of March 3": the day with the part of the day."""
    day = ymd(g, dct, rules) if g.get("year") else md({**g, "ahead": ""}, dct, rules)
    code = rules.tables["part"].get((g.get("part") or "").lower())
    return (f"{day[0]}{code}", None, None) if day and code else None


def week_ending(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the week ending Nov. 17": the ISO week of that day."""
    day = md({**g, "ahead": ""}, dct, rules)
    if day is None or day[0].startswith("X"):
        return ("XXXX-WXX", None, None) if day else None
    y, w, _ = date.fromisoformat(day[0]).isocalendar()
    return f"{y}-W{w:02d}", None, None


def year(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return g["year"], None, None


def decade(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the 1980s" → 198, "the '90s" → 199; "the 1800s" is a century → 18 (the 2000s stay a decade)."""
    if g.get("short"):
        return "19" + g["short"][0], None, None
    text = g["decade"]
    if text.endswith("00") and int(text[:2]) < 20:
        return text[:2], None, None
    return text[:3], None, None


def period_months(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    n = rules.number(g["n"] or "")
    if not n.isdigit() or not 1 <= int(n) <= 12:
        return None
    first = "first" in (g["t"] or "").lower()
    y = g["year"]
    if not y:
        # "the final three months of the year": the year under way, or the last one early in the next.
        if dct is None:
            return None
        y = str(dct.year - 1 if dct.month <= 3 and not first else dct.year)
    begin, end = (f"{y}-01", f"{y}-{int(n):02d}") if first else (f"{y}-{13 - int(n):02d}", f"{y}-12")
    if int(n) == 3:
        # Three months at an end of the year are a quarter: "the final three months of the year" → Q4.
        return f"{y}-Q{1 if first else 4}", begin, end
    return y, begin, end


def _period_year(number: int, current: int, dct: date, ahead: str | None) -> int:
    """The year of a quarter, half or season named without one: the next such period when the sentence looks
    ahead, else the last one begun by the article date (news reports the past)."""
    if ahead:
        return dct.year if number >= current else dct.year + 1
    return dct.year if number <= current else dct.year - 1


def _year_of(g: Groups, dct: date | None, number: int, per_year: int) -> str:
    if g.get("year"):
        return g["year"]
    if g.get("yy"):
        return _century(g["yy"], dct)
    if dct is None:
        return "XXXX"
    rel = " ".join((g.get("rel") or "").lower().split())
    if rel:
        return str(dct.year + {"last": -1, "previous": -1, "next": 1}.get(rel, 0))
    current = (dct.month - 1) * per_year // 12 + 1
    return str(_period_year(number, current, dct, g.get("ahead")))


def _part_of_year(year: str, letter: str, n: int, parts: int) -> Value:
    """ "2021-Q3" with its first and last month ("2021-07", "2021-09"); no bounds for an unknown year."""
    if year == "XXXX":
        return f"XXXX-{letter}{n}", None, None
    months = 12 // parts
    return f"{year}-{letter}{n}", f"{year}-{months * (n - 1) + 1:02d}", f"{year}-{months * n:02d}"


def quarter(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    word = (g.get("q") or g.get("qa") or "").lower()
    q = int(g.get("qn") or rules.tables["quarter"].get(word, "0"))
    if not q:
        return None
    return _part_of_year(_year_of(g, dct, q, 4), "Q", q, 4)


def quarter_relative(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the last quarter", "this quarter", "next quarter": counted from the article's quarter."""
    if dct is None:
        return None
    rel = " ".join((g.get("rel") or "").lower().split())
    shift = {"last": -1, "previous": -1, "past": -1, "latest": -1, "prior": -1, "most recent": -1}.get(rel, 0)
    shift = 1 if rel in {"next", "coming"} else shift
    index = dct.year * 4 + (dct.month - 1) // 3 + shift
    y, q = divmod(index, 4)
    return f"{y}-Q{q + 1}", f"{y}-{3 * q + 1:02d}", f"{y}-{3 * q + 3:02d}"


def half(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    h = int(rules.tables["half"].get((g.get("h") or g.get("ha") or "").lower(), "0"))
    if not h:
        return None
    return _part_of_year(_year_of(g, dct, h, 2), "H", h, 2)


def same_period(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the same period last year": the period named before it, a year back (resolve_anaphora); the year
    before the article's here."""
    return (str(dct.year - 1) if dct else "XXXX"), None, None


def _century(yy: str, dct: date | None) -> str:
    """ "'82" in 2022 is 1982, "'19" is 2019: the latest such year not after the article's."""
    now = dct.year if dct else 2000
    year = now // 100 * 100 + int(yy)
    return str(year - 100 if year > now else year)


def short_year(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    if g.get("prev"):
        # "2019-20", "1998/99": the first year after the one before the dash that ends in these digits.
        first = int(g["prev"])
        year = first // 100 * 100 + int(g["yy"])
        return str(year + 100 if year < first else year), None, None
    return _century(g["yy"], dct), None, None


def vague(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "recently", "ongoing", "the long term": a reference to the past, present or future."""
    value = rules.tables["vague"].get(" ".join((g.get("t") or "").lower().split()))
    return (value, None, None) if value else None


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _season_value(year: str, code: str) -> Value:
    """A season with its months as bounds (northern-hemisphere calendar: winter runs into the next year)."""
    if not year.isdigit() or code not in SEASON_MONTHS:
        return f"{year}-{code}", None, None
    first, last = SEASON_MONTHS[code]
    y = int(year)
    end = f"{y + 1:04d}-{last - 12:02d}" if last > 12 else f"{y:04d}-{last:02d}"
    return f"{year}-{code}", f"{y:04d}-{first:02d}", end


def season(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    code = rules.tables["season"].get((g["season"] or "").lower()) or ""
    if g.get("year") or g.get("rel") or dct is None:
        y = g.get("year") or (
            str(dct.year + {"last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0)) if dct else "XXXX"
        )
        return _season_value(y, code)
    # A bare season: spring ... winter in calendar order; January and February are the last winter's.
    order = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
    season_year = dct.year - 1 if dct.month <= 2 else dct.year
    current = 4 if dct.month in {12, 1, 2} else (dct.month - 3) // 3 + 1
    number = order.get(code, 0)
    if g.get("ahead"):
        y = season_year if number >= current else season_year + 1
    elif g.get("back"):
        y = season_year if number <= current else season_year - 1
    else:
        # No tense to go by ("sowing starts in spring"): the nearest such season to the article date.
        middle = {1: 4, 2: 7, 3: 10, 4: 13}[number]
        months = dct.year * 12 + dct.month
        y = min((season_year - 1, season_year, season_year + 1), key=lambda c: abs(c * 12 + middle - months))
    return _season_value(str(y), code)


def relative(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    rel = " ".join((g.get("rel") or "").lower().split())
    unit = (g.get("unit") or "").lower()
    if dct is None:
        return "PRESENT_REF" if rel in {"today", "tonight"} else None
    shift = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(rel.removeprefix("the "), 0)
    if unit == "year":
        return str(dct.year + shift), None, None
    if unit == "century":  # "the end of the century": TIMEX3 writes a century by its first two digits
        return f"{dct.year // 100 + shift:02d}", None, None
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


def _weekday_date(g: Groups, dct: date, name: str) -> date:
    """The day a weekday names: the closest such day on or before the article date (news reports the past),
    the next one when the sentence looks ahead or says "next"."""
    target = WEEKDAYS[name.lower()]
    rel = (g.get("rel") or "").strip().lower()
    back = (dct.weekday() - target) % 7
    if rel == "last" and back == 0:
        back = 7
    if rel == "next":
        return dct + timedelta(days=(7 - back) % 7 or 7)
    if not rel and g.get("ahead"):
        return dct + timedelta(days=(7 - back) % 7)
    return dct - timedelta(days=back)


def weekday(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "On Thursday": the closest such day on or before the article date (news reports the past), unless
    "next"."""
    target = WEEKDAYS[(g["weekday"] or "").lower()]
    if dct is None:
        return "XXXX-WXX-" + str(target + 1), None, None
    found = _weekday_date(g, dct, g["weekday"] or "")
    part = rules.tables["part"].get(" ".join((g.get("part") or "").lower().split()))
    return found.isoformat() + (part or ""), None, None


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
    if unit == "day":
        return (dct - timedelta(days=k)).isoformat(), None, None
    if unit == "week":
        # "six weeks ago" names a week, not a day.
        y, w, _ = (dct - timedelta(weeks=k)).isocalendar()
        return f"{y}-W{w:02d}", None, None
    if unit == "decade":
        return str(dct.year - 10 * k), None, None
    return "PAST_REF", None, None


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


def weekend(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "last weekend", "the weekend": an ISO week's weekend. A bare "the weekend" early in the week is the
    one just past unless the sentence looks ahead; later in the week, the coming one."""
    if dct is None:
        return "XXXX-WXX-WE", None, None
    rel = " ".join((g.get("rel") or "").lower().split())
    shift = {"last": -1, "the past": -1, "next": 1}.get(rel, 0)
    if rel in {"", "the"} and dct.weekday() <= 1 and not g.get("ahead"):
        shift = -1
    y, w, _ = (dct + timedelta(weeks=shift)).isocalendar()
    return f"{y}-W{w:02d}-WE", None, None


def holiday(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """A holiday: its day in the year the sentence points to (the last one, or the next when it looks
    ahead)."""
    spec = rules.tables["holiday"].get(" ".join((g.get("name") or "").lower().split()))
    if spec is None:
        return None
    if dct is None:
        return (f"XXXX-{spec}", None, None) if "-" in spec else None

    def day_in(year: int) -> date:
        if "-" in spec:
            month_, day_ = spec.split("-")
            return date(year, int(month_), int(day_))
        nth, name, month_ = spec.split()
        weekday_ = [d[:3].lower() for d in calendar.day_name].index(name.lower())
        days = [d for d in calendar.Calendar().itermonthdates(year, int(month_)) if d.month == int(month_)]
        matching = [d for d in days if d.weekday() == weekday_]
        return matching[-1] if nth == "last" else matching[int(nth) - 1]

    found = day_in(dct.year)
    if g.get("ahead") and found < dct:
        found = day_in(dct.year + 1)
    elif not g.get("ahead") and (found - dct).days > 60:
        found = day_in(dct.year - 1)
    return found.isoformat(), None, None


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


def quarter_months(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the January-March quarter": the quarter its last month ends."""
    last = _month(g["m2"])
    if last % 3 or (_month(g["m1"]) - 1) // 3 != (last - 1) // 3:
        return None
    return quarter({**g, "qn": str(last // 3), "q": None}, dct, rules)


def time_(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    day = dct.isoformat() if dct else "XXXX-XX-XX"
    g = {**g, "hour": rules.number(g["hour"] or "")}  # "four o'clock"
    if g.get("weekday") and dct is not None:
        # A clock time with its day ("15:00 GMT Saturday") announces a time: the nearest such day.
        ahead = (WEEKDAYS[g["weekday"].lower()] - dct.weekday()) % 7
        day = (dct + timedelta(days=ahead)).isoformat()
    return f"{day}T{_clock(g)}{_zone(g, rules)}", None, None


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


def century(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return f"{int(g['n']) - 1:02d}", None, None


def anaphoric(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """Resolved by resolve_anaphora against the last date before it; relative to the article date here."""
    if g.get("unit") and g.get("n"):
        # "two days later": TIMEX3 tags the duration. The day it leads to is counted from the last date the
        # text mentions (resolve_anaphora), never from the article date, which is not the story's time.
        return duration(g, dct, rules)
    return (dct.isoformat() if dct else "XXXX-XX-XX"), None, None


def part_of_day(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "in the evening", "that night", "at dawn": a part of the story's day — the article's here, the last
    day the text names in resolve_anaphora. "Overnight" is the night before the article's day."""
    word = " ".join((g.get("part") or g.get("t") or "").lower().split()).removeprefix("the ")
    code = rules.tables["part"].get(word)
    if code is None:
        return None
    day = dct - timedelta(days=1) if dct and word == "overnight" else dct
    return f"{day.isoformat() if day else 'XXXX-XX-XX'}{code}", None, None


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
