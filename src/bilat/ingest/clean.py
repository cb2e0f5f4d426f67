"""Cleaning and metadata: a ``RawDocument`` becomes a ``Document`` with its date, outlet and author.

The text keeps its paragraphs; header, bylines, time stamps, debris and closing signatures go, and what
they said becomes metadata. Nothing is guessed: a date the text does not state stays ``None``.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from bilat.ingest.patterns import IngestPatterns, load_ingest_patterns
from bilat.models import Document, RawDocument
from bilat.resources import Resources

HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b(?P<rest>.*)$")
BYLINE = re.compile(r"^(?:by|written by|author:)\s+(?P<name>[^\d@].{1,60})$", re.IGNORECASE)
PERSON_LINE = re.compile(r"^[A-Z][a-z'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’\-]+){1,2}$")
CITES = [
    re.compile(r"(?P<name>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3})[ \t]+(?:has[ \t]+|have[ \t]+)?report(?:s|ed)\b"),
    re.compile(r"\bciting\s+(?:the\s+)?(?P<name>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3})"),
    re.compile(r"\baccording to\s+(?:the\s+)?(?P<name>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3})"),
    re.compile(r"\btold\s+(?P<name>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2})\b"),
]
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
STAMP_ZONE = 6  # time stamps are looked for among the first lines only


@dataclass
class Metadata:
    published: str | None = None
    published_how: str | None = None
    outlet: str | None = None
    author: str | None = None
    title: str | None = None


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def to_document(raw: RawDocument, resources: Resources, *, published: str | None = None) -> Document:
    patterns = resources.load("ingest", load_ingest_patterns)
    meta = Metadata(outlet=raw.outlet, author=raw.author, title=raw.title)
    if raw.published:
        meta.published, meta.published_how = raw.published, "metadata" if raw.format != "feed" else "feed"
    lines = unicodedata.normalize("NFC", raw.text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = _read_header(lines, meta, patterns)
    lines = [line.rstrip() for line in lines if not patterns.is_debris(line)]
    lines = _read_top(lines, meta, patterns)
    lines = _read_signature(lines, meta, patterns)
    text = _collapse(lines)
    if meta.title is None:
        meta.title = _title(text)
    if published:
        meta.published, meta.published_how = published, "given"
    return Document(
        id=document_id(text),
        source_uri=raw.source_uri,
        text=text,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=meta.published,
        published_how=meta.published_how,
        cites=_cites(text, meta.outlet),
    )


def _read_header(lines: list[str], meta: Metadata, patterns: IngestPatterns) -> list[str]:
    if not lines:
        return lines
    match = HEADER.match(lines[0])
    if not match:
        return lines
    if meta.published is None:
        meta.published, meta.published_how = match["date"], "header"
    rest = match["rest"].strip()
    by = BYLINE.match(rest)
    if by:
        _credit(by["name"].strip(), meta, patterns)
    return lines[1:]


def _credit(name: str, meta: Metadata, patterns: IngestPatterns) -> None:
    """A byline names an outlet or a person; outlets are known by name or look like a web domain."""
    outlet = patterns.outlet(name)
    if outlet:
        meta.outlet = meta.outlet or outlet
    elif meta.author is None:
        meta.author = name


def _read_top(lines: list[str], meta: Metadata, patterns: IngestPatterns) -> list[str]:
    """Bylines and time stamps among the first lines are metadata, not article text."""
    kept, seen = [], 0
    for line in lines:
        stripped = line.strip()
        if stripped and seen < STAMP_ZONE:
            seen += 1
            by = BYLINE.match(stripped)
            if by and len(by["name"].split()) <= 5:
                _credit(by["name"].strip(), meta, patterns)
                continue
            stamp = parse_stamp(stripped, patterns)
            if stamp:
                if meta.published is None:
                    meta.published, meta.published_how = stamp, "stamp"
                continue
        kept.append(line)
    return kept


def _read_signature(lines: list[str], meta: Metadata, patterns: IngestPatterns) -> list[str]:
    """A closing outlet line (``News.Az``) and the author's name just above it."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return lines
    last = lines[content[-1]].strip()
    outlet = patterns.outlet(last)
    if outlet and len(last.split()) <= 4:
        meta.outlet = meta.outlet or outlet
        lines = lines[: content[-1]]
        content = content[:-1]
        if content:
            above = lines[content[-1]].strip()
            if PERSON_LINE.match(above) and not patterns.outlet(above):
                meta.author = meta.author or above
                lines = lines[: content[-1]]
    return lines


def _collapse(lines: list[str]) -> str:
    text = "\n".join(lines).strip()
    return re.sub(r"\n\s*\n(\s*\n)*", "\n\n", text)


def _title(text: str) -> str | None:
    first, _, rest = text.partition("\n\n")
    if rest and "\n" not in first and len(first) < 200 and not first.rstrip().endswith((".", "!", "?", '"', "”")):
        return first.strip()
    return None


def _cites(text: str, outlet: str | None) -> list[str]:
    found: list[str] = []
    for pattern in CITES:
        for match in pattern.finditer(text):
            name = match["name"].rstrip(".")
            if name not in found and name != outlet and name.split()[0] not in {"The", "It", "He", "She", "They"}:
                found.append(name)
    return found


def parse_stamp(line: str, patterns: IngestPatterns) -> str | None:
    """The ISO date of a line that is only a publication time stamp, else None."""
    for regex in patterns.stamps:
        match = regex.fullmatch(line)
        if match:
            found = _to_date(match.groupdict())
            if found:
                return found
    return None


def _to_date(parts: dict[str, str | None]) -> str | None:
    year, day, month_text = int(parts["year"] or 0), int(parts["day"] or 0), parts["month"] or ""
    weekday = (parts.get("weekday") or "").strip(" ,").lower()
    if month_text.isdigit():
        candidates = [(int(month_text), day), (day, int(month_text))]  # day-first is the common form
    else:
        month = MONTHS.get(month_text.lower().rstrip("."))
        if month is None:
            return None
        candidates = [(month, day)]
    valid = []
    for month, d in candidates:
        try:
            valid.append(date(year, month, d))
        except ValueError:
            continue
    if weekday in WEEKDAYS:
        # A weekday beside a numeric date settles day-first against month-first.
        valid = [v for v in valid if v.weekday() == WEEKDAYS[weekday]]
    return valid[0].isoformat() if valid else None
