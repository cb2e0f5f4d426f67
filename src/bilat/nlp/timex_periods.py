"""TIMEX3 values of parts of a year: quarters, halves, seasons and runs of months ("the first nine
months"), each with its first and last month as bounds when its year is known.
"""

from __future__ import annotations

from datetime import date

from bilat.nlp.timex_calendar import Groups, Value, _century, _month
from bilat.nlp.timex_rules import TimeRules


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


def quarter_months(g: Groups, dct: date | None, rules: TimeRules) -> Value:
    """ "the January-March quarter": the quarter its last month ends."""
    last = _month(g["m2"])
    if last % 3 or (_month(g["m1"]) - 1) // 3 != (last - 1) // 3:
        return None
    return quarter({**g, "qn": str(last // 3), "q": None}, dct, rules)
