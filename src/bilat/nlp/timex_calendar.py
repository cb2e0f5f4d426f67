"""TIMEX3 values of calendar dates: days, weekdays, weeks, months, years, decades and holidays, as written
or counted from the article date.

A day or month named without its year is placed by the direction its sentence looks (the ``ahead`` and
``back`` groups the engine sets): news reports the past, a plan looks ahead.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from bilat.nlp.timex_rules import TimeRules

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
Groups = dict[str, str | None]
Value = tuple[str, str | None, str | None] | None  # value, begin, end


def _month(text: str | None) -> int:
    text = (text or "").lower().rstrip(".")
    return int(text) if text.isdigit() else MONTHS.get(text, MONTHS.get(text[:3], 0))


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


def century(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    return f"{int(g['n']) - 1:02d}", None, None
