"""Publication dates stated by the text: time-stamp lines and datelines. Nothing is guessed."""

from __future__ import annotations

import re
from datetime import date

from bilat.ingest.patterns import IngestPatterns

# A year in a source address: …/2023/07/13/…, …/2023-07-13-…, …/20230713…
URI_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})[/\-_]?(?P<month>0[1-9]|1[0-2])[/\-_]?(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
)
URI_YEAR = re.compile(r"/(?P<year>(?:19|20)\d{2})/")
FIELDS = re.compile(r"\s*\|\s*|\t+|\s{3,}")  # the parts of a stamp line: bars, tabs, wide spaces
DATELINE_ZONE = 400  # a dateline opens the first paragraph
# "Manila, 15 July 2024", "Harbour Gazette, 3 May 2021": a place or an outlet, then the date, alone on a line
# (a press release's place line, a paper's closing line). Up to five capitalised words, "of" between them.
# A communiqué closes with "Done at Niamey, 5 November 2024": the formula before the place is no name.
STAMP_PREFIX = re.compile(
    r"(?:(?:Done|Issued|Made)\s+(?:at|in)\s+)?(?P<prefix>[A-Z][\w.'’&\-]*(?:\s+(?:of\s+|de\s+|do\s+|the\s+)?[A-Z][\w.'’&\-]*){0,4})\s*[,|–—-]\s+"
    r"(?P<rest>.+?)(?:\s*\((?P<outlet>[^()]{2,60})\))?"
)


def parse_stamp(line: str, patterns: IngestPatterns) -> str | None:
    """The ISO date of a line that is only a publication time stamp, else None."""
    # "Published: 16 June 2023 | Updated: 14:20": the parts of a stamp line are read in turn, the first
    # date (the publication's) wins.
    # A release's header row sets its fields apart by wide spaces ("Reference: PR-12    Date: 3/5/2022").
    parts = FIELDS.split(line.strip())
    for part in [line.strip(), *[p.strip() for p in parts[:3] if len(parts) > 1]]:
        for regex in patterns.stamps:
            match = regex.fullmatch(part)
            if match:
                found = to_date(match.groupdict(), patterns)
                if found:
                    return found
    return None


def prefixed_stamp(line: str, patterns: IngestPatterns) -> tuple[str, str, str | None] | None:
    """(prefix, ISO date, outlet in brackets) of a line that is a place or a name followed by a publication
    date ("Doha, 15 May 2024 (Gulf Courier)"), else None."""
    match = STAMP_PREFIX.fullmatch(line.strip())
    if not match:
        return None
    found = parse_stamp(match["rest"], patterns)
    return (match["prefix"], found, match["outlet"]) if found else None


def _month(text: str, patterns: IngestPatterns) -> int | None:
    text = text.strip().rstrip(".").lower()
    return int(text) if text.isdigit() else patterns.months.get(text)


def to_date(parts: dict[str, str | None], patterns: IngestPatterns) -> str | None:
    """A valid ISO date from day/month/year(/weekday) groups, or None when they do not make one.

    A numeric day and month are read day-first (the common form outside the US) unless only month-first
    is a valid date, or a weekday beside the date fits only month-first.
    """
    try:
        year, day = int(parts.get("year") or 0), int(parts.get("day") or 0)
    except ValueError:
        return None
    month = _month(parts.get("month") or "", patterns)
    if not year or not day or month is None:
        return None
    numeric = (parts.get("month") or "").strip().isdigit()
    # As written (day-first for dd/mm patterns), then swapped when only the swap is a valid date.
    candidates = [(month, day), (day, month)] if numeric else [(month, day)]
    valid = []
    for m, d in candidates:
        try:
            valid.append(date(year, m, d))
        except ValueError:
            continue
    weekday_text = parts.get("weekday") or parts.get("weekday2") or ""
    weekday = patterns.weekdays.get(weekday_text.strip(" ,.").lower())
    if weekday is not None:
        valid = [v for v in valid if v.weekday() == weekday]
    return valid[0].isoformat() if valid else None


def find_dateline(
    text: str, source_uri: str, patterns: IngestPatterns, year: str | None = None
) -> tuple[str | None, str | None]:
    """(ISO date, agency) of a ``PLACE, Month Day (Agency) -`` opening; the date is None without a year.

    A dateline rarely carries its year: it comes from the source address, from a full date of the same
    month and day written elsewhere in the text, or from the article's copyright line (``year``).
    Otherwise the date stays unknown.
    """
    head = text[:DATELINE_ZONE]
    for regex in patterns.datelines:
        match = regex.match(head)
        if not match:
            continue
        parts = match.groupdict()
        agency = (parts.get("agency") or "").strip() or None
        if "month" not in parts:
            return None, agency
        month = _month(parts["month"] or "", patterns)
        if month is None:
            continue
        stated = parts.get("year") or _year_from_uri(source_uri, month, int(parts["day"]))
        stated = stated or _year_from_text(text, month, int(parts["day"]), patterns) or year
        if not stated:
            return None, agency
        return to_date({"year": stated, "month": str(month), "day": parts["day"]}, patterns), agency
    return None, None


def _year_from_uri(uri: str, month: int, day: int) -> str | None:
    for match in URI_DATE.finditer(uri):
        if int(match["month"]) == month and int(match["day"]) == day:
            return match["year"]
    years = {m["year"] for m in URI_YEAR.finditer(uri)}
    return years.pop() if len(years) == 1 else None


def _year_from_text(text: str, month: int, day: int, patterns: IngestPatterns) -> str | None:
    """The year of a full date with this month and day written in the text ("July 13, 2023")."""
    years = set()
    names = "|".join(re.escape(s) for s, n in patterns.months.items() if n == month)
    for pattern in (
        rf"\b(?:{names})\.?\s+{day}(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b",
        rf"\b{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\.?,?\s+((?:19|20)\d{{2}})\b",
    ):
        years.update(re.findall(pattern, text, re.IGNORECASE))
    return years.pop() if len(years) == 1 else None
