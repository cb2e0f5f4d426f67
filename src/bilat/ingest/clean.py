"""Cleaning and metadata: a ``RawDocument`` becomes a ``Document`` with its date, outlet and author.

The text keeps its paragraphs; header, bylines, time stamps, debris and closing signatures go, and what
they said becomes metadata. Nothing is guessed: a date the text does not state stays ``None``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from bilat.ingest.dates import find_dateline, parse_stamp
from bilat.ingest.patterns import IngestPatterns, load_ingest_patterns
from bilat.models import Document, RawDocument
from bilat.resources import Resources

HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b(?P<rest>.*)$")
# "Firstname Lastname", "Firstname M. Lastname", "Ayşe Nur Demir": capitalised letters-only words.
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))+"
PERSON_LINE = re.compile(rf"^{_NAME_WORD}(?:\s+[^\W\d_]\.)?(?:\s+{_NAME_WORD}){{1,2}}$")
BYLINE_PARTS = re.compile(r"\s*(?:[,|/•·]|\s[-–—]\s)\s*")
BASED = re.compile(r"^[\w.’'\-]+-based\s+")
NOT_A_SOURCE = {"The", "It", "He", "She", "They", "We", "This", "That", "Mr", "Ms", "Mrs", "Dr"}
SIGNATURE_ZONE = 3  # closing credit lines are looked for among the last lines only
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
    container_date = _metadata_date(raw.published, patterns) if raw.published else None
    if container_date:
        meta.published, meta.published_how = container_date, "metadata"
    lines = unicodedata.normalize("NFC", raw.text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = _read_header(lines, meta, patterns)
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


def _credit(name: str, meta: Metadata, patterns: IngestPatterns) -> None:
    """A byline names people, an outlet or both ("By Jane Roe, Reuters"); outlets are known by name, look
    like a web domain or carry an organisation word ("Trend News Agency")."""
    people = []
    for part in BYLINE_PARTS.split(name.strip()):
        part = part.strip().strip(".,;:")
        if not part:
            continue
        outlet = patterns.looks_like_outlet(part)
        if outlet:
            meta.outlet = meta.outlet or outlet
        else:
            people.append(part)
    if people and meta.author is None:
        meta.author = ", ".join(people)


def _read_dateline(text: str, source_uri: str, meta: Metadata, patterns: IngestPatterns) -> None:
    """The date of a ``PLACE, Month Day (Agency) -`` opening, after the title when there is one."""
    body = text.partition("\n\n")[2] if meta.title and text.startswith(meta.title) else text
    for candidate in (text, body):
        found, agency = find_dateline(candidate, source_uri, patterns)
        if found or agency:
            if found and meta.published is None:
                meta.published, meta.published_how = found, "dateline"
            outlet = patterns.looks_like_outlet(agency) if agency else None
            if outlet and meta.outlet is None:
                meta.outlet = outlet  # the wire that wrote the story, not one it cites
            return


def _read_top(lines: list[str], meta: Metadata, patterns: IngestPatterns) -> list[str]:
    """Bylines and time stamps among the first lines are metadata, not article text."""
    kept, seen = [], 0
    content = [i for i, line in enumerate(lines) if line.strip()]
    for n, line in enumerate(lines):
        stripped = line.strip()
        if stripped and seen < STAMP_ZONE:
            seen += 1
            name = patterns.byline(stripped)
            if name and len(name.split()) <= 6:
                _credit(name, meta, patterns)
                continue
            stamp = parse_stamp(stripped, patterns)
            if stamp:
                if meta.published is None:
                    meta.published, meta.published_how = stamp, "stamp"
                continue
            # A masthead opens the article and a byline follows it; elsewhere a short line is a title
            # or a signature.
            following = [i for i in content if i > n][:1]
            masthead = (
                _masthead(stripped, patterns)
                if seen == 1 and following and patterns.byline(lines[following[0]].strip())
                else None
            )
            if masthead and meta.outlet is None:
                meta.outlet = masthead
                continue
        kept.append(line)
    return kept


def _masthead(line: str, patterns: IngestPatterns) -> str | None:
    """A paper's name on a line of its own at the top ("The Caucasus Herald"): short, capitalised, no
    sentence punctuation, and known as an outlet or named like one."""
    words = line.split()
    if not 1 <= len(words) <= 4 or line[-1] in ".!?:;," or not all(w[:1].isupper() for w in words):
        return None
    return patterns.looks_like_outlet(line)


def _read_signature(lines: list[str], meta: Metadata, patterns: IngestPatterns) -> list[str]:
    """Closing lines: sign-offs ("Reporting by …"), an outlet line (``News.Az``) and the author's name
    just above that outlet line."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    for _ in range(SIGNATURE_ZONE):
        if not content:
            break
        last = lines[content[-1]].strip()
        credited = patterns.signoff(last)
        outlet = patterns.outlet(last) if credited is None and len(last.split()) <= 4 else None
        if credited:
            meta.author = meta.author or credited
        elif outlet:
            meta.outlet = meta.outlet or outlet
            above = lines[content[-2]].strip() if len(content) > 1 else ""
            if _is_person(above) and not patterns.outlet(above):
                meta.author = meta.author or above
                content.pop()
        elif credited is None:
            break
        content.pop()
    return lines[: content[-1] + 1] if content else []


def _is_person(line: str) -> bool:
    return bool(PERSON_LINE.match(line)) and all(
        word[0].isupper() and not word.isupper() for word in line.split()
    )


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
