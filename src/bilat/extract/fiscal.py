"""Periods that are not calendar years, told after a figure: fiscal years, "the year to June 2024",
"the three months to November", "the first eight months of this year". Each is a span of months."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from typing import NamedTuple

from bilat.nlp.number_words import WORD_NUMBERS
from bilat.resources import ResourceError, Resources, read_lines

__all__ = ["FISCAL_REACH", "FiscalSpan", "FiscalStart", "fiscal_spans", "load_fiscal_starts"]

# How far after a figure its period may begin: "$300 million in the 2022-23 fiscal year".
FISCAL_REACH = 60
MONTHS = {
    m: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
# Months counted in words ("the first eight months"): the quantities' number words up to twelve.
COUNTS = {word: n for word, n in WORD_NUMBERS.items() if n is not None and 2 <= n <= 12}
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH = r"(?P<m>" + MONTH_NAMES + r")\.?"
COUNT = r"(?P<n>\d{1,2}|" + "|".join(COUNTS) + r")"
FISCAL = r"(?:fiscal|financial|budget(?:ary)?)\s+year"
ENDED = r"(?:that\s+|which\s+)?end(?:ed|ing|s)\s+(?:in\s+|on\s+)?(?:(?P<d0>\d{1,2})\s+)?"
# The day a year ends on, after its month: "the year that ended on March 19".
DAY = r"(?:\s+(?P<d>\d{1,2})(?!\d)(?!\s*(?:percent|%|billion|million)))?"
# A year that ends within its month: "the fiscal year to mid-July 2018" (Nepal's runs mid-July to mid-July).
MID = r"(?P<mid>mid-?\s*|the\s+middle\s+of\s+)?"
PATTERNS = [
    # "the 2022-23 fiscal year, which ended in March"; "the 2024-25 financial year"
    re.compile(
        # "the 2024/25 Ethiopian fiscal year": a nationality may name whose year it is
        r"\b(?P<y1>\d{4})\s*[-–/]\s*(?P<y2>\d{2}|\d{4})\s+(?:[A-Z][a-z]+\s+)?"
        + FISCAL
        + r"(?:\s*,?\s*"
        + ENDED
        + MONTH
        + DAY
        + r")?",
        re.I,
    ),
    # "the fiscal year that ended in June 2023", "the year ended June 2024", "the 12 months to March 2024"
    re.compile(
        r"\b(?:" + FISCAL + r"|year|12\s+months|twelve\s+months)\s+(?:" + ENDED + r"|to\s+|through\s+)"
        r"(?:the\s+end\s+of\s+)?" + MID + MONTH + r"(?:\s+(?P<d>\d{1,2}),?)?\s+(?P<y>\d{4})\b",
        re.I,
    ),
    # "the three months to November", "the six months ended June 2024", "the four quarters to the end of
    # June" (a quarter is three months)
    re.compile(
        r"\b"
        + COUNT
        + r"\s+(?P<per>months|quarters)\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?"
        + MONTH
        + r"(?:\s+(?P<y>\d{4}))?",
        re.I,
    ),
    # "the first eight months of this year", "the first five months of 2024"
    re.compile(
        r"\bfirst\s+" + COUNT + r"\s+months\s+(?:of\s+)?(?:(?P<y>\d{4})|(?P<rel>this|last)\s+year)", re.I
    ),
    # "in January-September" with no year: the latest such span not after the article
    re.compile(
        r"\b(?P<m1>" + MONTH_NAMES + r")\.?\s*(?:-|–|—|to|through)\s*" + MONTH + r"(?!\s*,?\s*\d{4})(?!\w)",
        re.I,
    ),
    # "FY2023-24", "FY 2023/24": a fiscal year of the sentence's country
    re.compile(r"\bFY\s?(?P<y1>\d{4})\s*[-–/]\s*(?P<y2>\d{2}|\d{4})\b"),
    # "in fiscal 2023", "FY2023": the fiscal year that ends in 2023
    re.compile(r"\b(?:[Ff]iscal\s+(?:year\s+)?|FY\s?)(?P<fy>\d{4})\b(?!\s*[-–/]\s*\d)"),
    # "the fiscal year that ended in June", "in the year to June": the latest such month not after the
    # article ("from last year to June" runs from a year the text names, and is no such span)
    re.compile(
        r"(?<!this\s)(?<!last\s)(?<!from\s)\b(?:"
        + FISCAL
        + r"|year|12\s+months|twelve\s+months)\s+(?:"
        + ENDED
        + r"|to\s+|through\s+)"
        + MID
        + MONTH
        + r"(?!\s*(?:\d{1,2},?\s*)?\d{4})(?!\w)"
        + DAY,
        re.I,
    ),
    # "the financial year 2024-25": the years after their name
    re.compile(r"\b" + FISCAL + r"\s+(?P<y1>\d{4})\s*[-–/]\s*(?P<y2>\d{2}|\d{4})\b", re.I),
    # "in the last financial year", "over the previous fiscal year": the latest fiscal year of the
    # sentence's country that ended before the article
    re.compile(r"\b(?:the\s+)?(?:last|previous|past|preceding)\s+" + FISCAL + r"\b", re.I),
    # "next financial year", "in the current fiscal year": the fiscal year of the sentence's country after
    # (or holding) the article's month
    re.compile(r"\b(?:the\s+)?(?P<rel>next|coming|following|this|current)\s+" + FISCAL + r"\b", re.I),
    # "over the four years to mid-2029", "the two years to March 2026", "the five years to the end of
    # 2025": years counted back from the month they end in
    re.compile(
        r"\b"
        + COUNT
        + r"\s+years\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?"
        + r"(?:(?P<mid>mid-?\s*|the\s+middle\s+of\s+)|"
        + MONTH
        + r"\s+)?(?P<y>\d{4})\b",
        re.I,
    ),
    # "in 2025-26" after "next financial year" in the same sentence: a split year the text has just called
    # a fiscal one (read only where the text searched names a fiscal year, ``SPLIT_YEAR``)
    re.compile(r"(?<![\d-])\b(?P<y1>\d{4})\s*[-–/]\s*(?P<y2>\d{2})\b(?![-–/\d])(?!\s+" + FISCAL + ")", re.I),
    # "in the 2023 fiscal year": one year's number before the name, as "fiscal 2023" after it (a year that
    # says how it ends, "the 2023 fiscal year, which ended in June", is read by its end month instead)
    re.compile(
        r"\b(?P<fy>\d{4})\s+(?:(?-i:[A-Z][a-z]+)\s+)?" + FISCAL + r"\b(?!\s*,?\s*" + ENDED + ")", re.I
    ),
]
LAST_FISCAL = 9
NEXT = {"next", "coming", "following"}
NEXT_FISCAL = 10
YEARS_TO = 11
SPLIT_YEAR = 12
YEAR_BEFORE = 13


@dataclass(frozen=True)
class FiscalSpan:
    start: int  # offsets in the text searched
    end: int
    first: str  # YYYY-MM
    last: str


class FiscalStart(NamedTuple):
    """The month a government's fiscal year begins in, and whether it begins within that month (Nepal's
    in mid-July: its year touches thirteen calendar months, July to July)."""

    month: int
    mid: bool = False
    # Japan names a fiscal year by the calendar year it begins in ("fiscal 2023" runs from April 2023);
    # most governments by the year it ends in (the United States' fiscal 2020 ends in September 2020).
    named_by_start: bool = False


def load_fiscal_starts(resources: Resources) -> dict[str, FiscalStart]:
    table: dict[str, FiscalStart] = {}
    for n, line in read_lines(resources.path("facts/fiscal_years.txt")):
        fields = [f.strip() for f in line.split("|")]
        well_formed = len(fields) in {2, 3} and re.fullmatch(r"[A-Z]{3}", fields[0]) and fields[1].isdigit()
        if not well_formed or (len(fields) == 3 and fields[2] not in {"mid", "start"}):
            raise ResourceError(f"facts/fiscal_years.txt:{n}: expected 'ISO3 | first month [| mid|start]'")
        if not 1 <= int(fields[1]) <= 12:
            raise ResourceError(f"facts/fiscal_years.txt:{n}: no month {fields[1]}")
        flag = fields[2] if len(fields) == 3 else None
        table[fields[0]] = FiscalStart(int(fields[1]), flag == "mid", flag == "start")
    return table


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _written(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _span(last: int, months: int) -> tuple[str, str]:
    return _written(last - months + 1), _written(last)


def fiscal_spans(text: str, published: str | None, fiscal_start: FiscalStart | None) -> list[FiscalSpan]:
    """Every such period in ``text`` with its first and last month; ``published`` (YYYY-MM-DD) gives the
    year a month without one ("the three months to November") and "this year" their years; a split fiscal
    year with no end month stated starts in ``fiscal_start`` (None: not read)."""
    spans = []
    fiscal_named = re.search(FISCAL, text, re.I) is not None
    for n, pattern in enumerate(PATTERNS):
        if n == SPLIT_YEAR and not fiscal_named:
            continue
        for match in pattern.finditer(text):
            months = _months(n, match, published, fiscal_start)
            if months is not None:
                spans.append(FiscalSpan(match.start(), match.end(), *months))
    return sorted(spans, key=lambda s: s.start)


def _year_months(groups: dict[str, str | None], month: int, fiscal_start: FiscalStart | None) -> int:
    """How many calendar months a year ending in ``month`` touches: 12, or 13 when it ends within the
    month ("the Iranian year that ended on March 19" runs from March 2023 to March 2024), which is also
    the case of a year that ends in the month it begins in ("Nepal's fiscal year to July": it runs from
    mid-July to mid-July)."""
    day = groups.get("d") or groups.get("d0")
    if day is not None and 1 <= int(day) < monthrange(2001, month)[1] - 1:
        return 13
    if groups.get("mid"):
        return 13  # "the year to mid-July"
    return 13 if day is None and fiscal_start is not None and fiscal_start.month == month else 12


def _end_month(fiscal_start: FiscalStart) -> int:
    """The last month a fiscal year touches: June for a year from July 1, July for one from mid-July."""
    return fiscal_start.month if fiscal_start.mid else (fiscal_start.month - 2) % 12 + 1


def _months(n: int, match: re.Match[str], published: str | None, fiscal_start: FiscalStart | None):
    groups = match.groupdict()
    month = MONTHS[groups["m"].lower()] if groups.get("m") else None
    length = _year_months(groups, month, fiscal_start) if month is not None else 12
    whole = 13 if fiscal_start is not None and fiscal_start.mid else 12
    if n == LAST_FISCAL:
        if not published or not fiscal_start or fiscal_start.month == 1:
            return None
        end = _end_month(fiscal_start)
        # The latest year that ended before the article's month.
        year = int(published[:4]) - (end >= int(published[5:7]))
        return _span(_month_index(year, end), whole)
    if n == NEXT_FISCAL:
        if not published or not fiscal_start or fiscal_start.month == 1:
            return None
        end = _end_month(fiscal_start)
        # The year that holds the article's month ends in the first such month not before it.
        year = int(published[:4]) + (end < int(published[5:7]))
        return _span(_month_index(year + (groups["rel"].lower() in NEXT), end), whole)
    if n == YEARS_TO:
        count = int(groups["n"]) if groups["n"].isdigit() else COUNTS[groups["n"].lower()]
        if not 2 <= count <= 10:
            return None
        # "mid-2027" ends with June; a bare year with December.
        last = 6 if groups.get("mid") else (month or 12)
        return _span(_month_index(int(groups["y"]), last), 12 * count)
    if n == SPLIT_YEAR:
        if not fiscal_start or fiscal_start.month == 1:
            return None
        first_year, second_year = int(match["y1"]), int(match["y1"]) // 100 * 100 + int(match["y2"])
        if second_year != first_year + 1:
            return None
        return _span(_month_index(second_year, _end_month(fiscal_start)), whole)
    if n == 4:
        if not published:
            return None
        first = MONTHS[groups["m1"].lower()]
        year = int(published[:4]) - (month > int(published[5:7]))
        if first > month:
            return None  # "November-February" crosses a year the text does not name
        return _span(_month_index(year, month), month - first + 1)
    if n in {6, YEAR_BEFORE}:
        if not fiscal_start or fiscal_start.month == 1:
            return None
        # A fiscal year is named by the calendar year it ends in, or by the one it begins in (Japan's).
        last_year = int(groups["fy"]) + fiscal_start.named_by_start
        return _span(_month_index(last_year, _end_month(fiscal_start)), whole)
    if n == 7:
        if not published:
            return None
        year = int(published[:4]) - (month > int(published[5:7]))
        return _span(_month_index(year, month), length)
    if n in {0, 5, 8}:
        first_year = int(match["y1"])
        second = match["y2"]
        second_year = int(second) if len(second) == 4 else first_year // 100 * 100 + int(second)
        if second_year != first_year + 1:
            return None  # "2019-2024 fiscal years" spans many years
        if month is None and fiscal_start is not None and fiscal_start.month != 1:
            return _span(_month_index(second_year, _end_month(fiscal_start)), whole)
        if month is None:
            return None
        return _span(_month_index(second_year, month), length)
    if n == 1:
        return _span(_month_index(int(match["y"]), month), length)
    count = int(groups["n"]) if groups["n"].isdigit() else COUNTS[groups["n"].lower()]
    if not 1 <= count <= 12:
        return None
    if n == 2:
        if groups.get("y"):
            year = int(groups["y"])
        elif published:
            # The latest such month not after the article: "the three months to November" in December.
            year = int(published[:4]) - (month > int(published[5:7]))
        else:
            return None
        if groups.get("per", "").lower() == "quarters":
            return _span(_month_index(year, month), 3 * count) if count <= 4 else None
        return _span(_month_index(year, month), count)
    if groups.get("y"):
        year = int(groups["y"])
    elif published:
        year = int(published[:4]) - (groups["rel"].lower() == "last")
    else:
        return None
    return _span(_month_index(year, count), count)
