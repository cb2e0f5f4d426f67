"""Cleaning and metadata: a ``RawDocument`` becomes a ``Document`` with its date, outlet and author.

The text keeps its paragraphs; header, bylines, time stamps, debris and closing signatures go, and what
they said becomes metadata. Nothing is guessed: a date the text does not state stays ``None``.

The header, the opening lines and the dateline are read here; credit lines in ``bylines``, a paper's name
in ``mastheads``, the closing lines in ``closing_lines``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from urllib.parse import urlsplit

from bilat.ingest.bylines import (
    _bare_credit,
    _byline_shaped,
    _credit,
    _credit_parts,
    _names_people,
    _read_stamp,
)
from bilat.ingest.closing_lines import _read_copyright, _read_signature
from bilat.ingest.dates import find_dateline, parse_stamp
from bilat.ingest.mastheads import GENRE, LINKS, _block_masthead, _is_credit, _is_stamp, _masthead
from bilat.ingest.metadata import Metadata
from bilat.ingest.patterns import IngestPatterns, load_ingest_patterns
from bilat.models import Document, RawDocument
from bilat.resources import Resources

HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b(?P<rest>.*)$")
BASED = re.compile(r"^[\w.’'\-]+-based\s+")
NOT_A_SOURCE = {"The", "It", "He", "She", "They", "We", "This", "That", "Mr", "Ms", "Mrs", "Dr"}
STORY_WORDS = 15  # a line this long is a paragraph of the story, not a title or a credit
STAMP_ZONE = 6  # time stamps are looked for among the first lines only
# A heading over links to other stories, and the bulleted headlines under it: "Related Articles" then
# "- Drought: 4.3 million need food aid". Those headlines tell other stories, not this one.
RELATED = re.compile(
    r"\s*(?:related(?:\s+(?:news|articles|stories|coverage|content))?|read\s+also|see\s+also|more\s+on\s+this"
    r"|more\s+stories|you\s+may\s+also\s+like)\s*:?\s*",
    re.I,
)
LIST_ITEM = re.compile(r"\s*[-–—•·*▪]\s+\S")


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def to_document(raw: RawDocument, resources: Resources, *, published: str | None = None) -> Document:
    patterns = resources.load("ingest", load_ingest_patterns)
    meta = Metadata(outlet=raw.outlet, author=raw.author, title=raw.title)
    container_date = _metadata_date(raw.published, patterns) if raw.published else None
    if container_date:
        meta.published, meta.published_how = container_date, "metadata"
    lines = unicodedata.normalize("NFC", raw.text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = _read_header(lines, meta, patterns)
    lines = _without_related(lines)
    _read_copyright(lines, meta, patterns)
    lines = [line.rstrip() for line in lines if not patterns.is_debris(line)]
    lines = _read_top(lines, meta, patterns)
    lines = _read_signature(lines, meta, patterns)
    text = _collapse(lines)
    if not text:
        raise ValueError("no article text left after cleaning")
    if meta.title is None:
        meta.title = _title(text)
    _read_dateline(text, raw.source_uri, meta, patterns)
    if meta.outlet is None:
        meta.outlet = site_outlet(raw.source_uri, patterns)
    meta.author = _without_outlet(meta.author, meta.outlet)
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
        cites=_cites(text, meta.outlet, patterns),
        encoding=raw.encoding,
        encoding_how=raw.encoding_how,
    )


def _without_related(lines: list[str]) -> list[str]:
    """The lines without the bulleted headlines under a "Related articles" heading."""
    kept: list[str] = []
    listing = False
    for line in lines:
        if RELATED.fullmatch(line):
            listing = True
        elif listing and (LIST_ITEM.match(line) or not line.strip()):
            continue
        else:
            listing = False
        kept.append(line)
    return kept


def site_outlet(source_uri: str, patterns: IngestPatterns) -> str | None:
    """The outlet of an article read from a web address: the site's known name (outlets.txt lists
    domains among the spellings), else the domain itself; None for a file."""
    if not source_uri.startswith(("http://", "https://")):
        return None
    host = (urlsplit(source_uri).hostname or "").lower().removeprefix("www.")
    if "." not in host:
        return None
    for candidate in (host, ".".join(host.split(".")[-2:]), ".".join(host.split(".")[-3:])):
        known = patterns.outlets.get(candidate)
        if known:
            return known
    return host


def _metadata_date(value: str, patterns: IngestPatterns) -> str | None:
    """A container's date as an ISO day; a spelling bilat cannot read is dropped, never guessed."""
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return parse_stamp(value, patterns)


def _without_outlet(author: str | None, outlet: str | None) -> str | None:
    """A byline's people without the paper it also names ("By Jane Roe | Harbour Post" is Jane Roe of
    the Harbour Post, known as the outlet by its dateline or masthead)."""
    if not author or not outlet:
        return author
    people = [part for part in author.split(", ") if part.strip().lower() != outlet.strip().lower()]
    return ", ".join(people) or None


def _read_header(lines: list[str], meta: Metadata, patterns: IngestPatterns) -> list[str]:
    if not lines:
        return lines
    match = HEADER.match(lines[0])
    if not match:
        return lines
    header_date = _metadata_date(match["date"], patterns)  # a real calendar day, or nothing
    if meta.published is None and header_date:
        meta.published, meta.published_how = header_date, "header"
    rest = match["rest"].strip()
    name = patterns.byline(rest)
    if name:
        _credit(name, meta, patterns)
    elif patterns.outlet(rest) and meta.outlet is None:
        meta.outlet = patterns.outlet(rest)  # " date 2023-01-05 Reuters": the outlet without "By"
    return lines[1:]


def _read_dateline(text: str, source_uri: str, meta: Metadata, patterns: IngestPatterns) -> None:
    """The date of a ``PLACE, Month Day (Agency) -`` opening: the start of the text or of the first
    paragraph of the story, after the short lines above it (a title, a kicker, a page's chrome)."""
    for candidate in _openings(text):
        found, agency = find_dateline(candidate, source_uri, patterns, meta.year)
        if found or agency:
            if found and meta.published is None:
                meta.published, meta.published_how = found, "dateline"
            outlet = _agency(agency, patterns) if agency else None
            if outlet and meta.outlet is None:
                meta.outlet = outlet  # the wire that wrote the story, not one it cites
            return


def _openings(text: str) -> list[str]:
    """The text from each paragraph on, up to the first paragraph long enough to be the story's."""
    paragraphs = text.split("\n\n")
    openings = []
    for n, paragraph in enumerate(paragraphs):
        openings.append("\n\n".join(paragraphs[n:]))
        # A block of short lines (a page's chrome above a headline) is no paragraph of the story, however
        # many words it holds in all.
        if max((len(line.split()) for line in paragraph.splitlines()), default=0) >= STORY_WORDS:
            break
    return openings


def _agency(name: str, patterns: IngestPatterns) -> str | None:
    """The wire named in a dateline's brackets ("BAKU, Oct 5 (Caspian Desk) —"): the place the wire
    convention keeps for the agency that wrote the story, so any capitalised name of a few words there is
    one, with or without a news word in it."""
    known = patterns.looks_like_outlet(name)
    if known:
        return known
    words = name.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() or w in LINKS for w in words) and words[0][:1].isupper():
        return name.strip()
    return None


def _read_top(lines: list[str], meta: Metadata, patterns: IngestPatterns) -> list[str]:
    """Bylines, time stamps and a masthead among the first lines are metadata, not article text."""
    kept, seen, after_stamp = [], 0, False
    content = [i for i, line in enumerate(lines) if line.strip()]
    for n, line in enumerate(lines):
        stripped = line.strip()
        if stripped and seen < STAMP_ZONE:
            seen += 1
            name = patterns.byline(stripped)
            if name and "|" in name and _credit_parts(name, meta, patterns):
                continue
            if name and (len(name.split()) <= 6 or _byline_shaped(name, patterns) or _names_people(name)):
                _credit(name, meta, patterns)
                continue
            if _read_stamp(stripped, meta, patterns):
                after_stamp = True
                continue
            # "Jane Roe, Harbourton" right under or over the time stamp is the credit, without a "By".
            next_line = next((lines[i].strip() for i in content if i > n), "")
            bare = _bare_credit(stripped) if seen > 1 and meta.author is None else None
            if bare and (after_stamp or _is_stamp(next_line, patterns)):
                meta.author = bare
                continue
            after_stamp = False
            # A masthead is a paper's name on a line of its own: before a byline or a time stamp, or after
            # the headline; the first line alone, followed by the story, is the headline itself.
            following = [i for i in content if i > n][:1]
            credit_next = bool(following) and _is_credit(lines[following[0]].strip(), patterns)
            story_next = bool(following) and len(lines[following[0]].split()) >= STORY_WORDS
            # A paper's name above the headline: the first line, then a short line, then the story.
            after = [i for i in content if i > n][1:2]
            # The headline may be followed by the story or by its credit ("By Jane Roe").
            # Only a credit or a time stamp may stand above it ("Wednesday 7 May 2025" then the paper's name);
            # in capitals it must not be a genre or section label ("PRESS RELEASE", "WORLD NEWS").
            above_headline = (
                not any(k.strip() for k in kept)
                and not (stripped.isupper() and (GENRE.search(stripped) or patterns.is_section(stripped)))
                and bool(following)
                and not story_next
                and bool(after)
                and (
                    len(lines[after[0]].split()) >= STORY_WORDS
                    or _is_credit(lines[after[0]].strip(), patterns)
                )
            )
            masthead = (
                _masthead(stripped, patterns)
                if credit_next or (seen > 1 and story_next) or above_headline
                else None
            )
            if masthead is None and seen == 2 and credit_next and sum(1 for k in kept if k.strip()) == 1:
                masthead = _block_masthead(
                    stripped, [lines[i].strip() for i in content if i > n][:2], patterns
                )
            if masthead:
                meta.outlet = meta.outlet or masthead
                continue
        kept.append(line)
    return kept


def _collapse(lines: list[str]) -> str:
    text = "\n".join(lines).strip()
    return re.sub(r"\n\s*\n(\s*\n)*", "\n\n", text)


def _title(text: str) -> str | None:
    first, _, rest = text.partition("\n\n")
    if (
        rest
        and "\n" not in first
        and len(first) < 160
        and len(first.split()) <= 25
        and not first.rstrip().endswith((".", "!", "?", '"', "”", ":", ",", ";"))
    ):
        return first.strip()
    return None


def _cites(text: str, outlet: str | None, patterns: IngestPatterns) -> list[str]:
    """Outlets, agencies and offices the text reports from; people quoted are not sources here."""
    found: list[tuple[int, str]] = []
    for pattern in patterns.cites:
        for match in pattern.finditer(text):
            name = BASED.sub("", match["name"].rstrip(".’'"))  # "Paris-based X" cites X
            if name.split()[0] in NOT_A_SOURCE:
                continue
            cited = patterns.citable(name)
            if cited and cited != outlet:
                found.append((match.start("name"), cited))
    names: list[str] = []
    for _, name in sorted(found):  # in the order the text names them
        if name not in names:
            names.append(name)
    return names
