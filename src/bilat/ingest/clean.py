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

from bilat.ingest.dates import find_dateline, parse_stamp, prefixed_stamp
from bilat.ingest.patterns import IngestPatterns, load_ingest_patterns
from bilat.models import Document, RawDocument
from bilat.resources import Resources

HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b(?P<rest>.*)$")
# "Firstname Lastname", "Firstname M. Lastname", "Ayşe Nur Demir": capitalised letters-only words.
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))+"
PERSON_LINE = re.compile(rf"^{_NAME_WORD}(?:\s+[^\W\d_]\.)?(?:\s+{_NAME_WORD}){{1,2}}$")
BYLINE_PARTS = re.compile(r"\s*(?:[,;|/•·]|\s[-–—]\s)\s*")
BASED = re.compile(r"^[\w.’'\-]+-based\s+")
NOT_A_SOURCE = {"The", "It", "He", "She", "They", "We", "This", "That", "Mr", "Ms", "Mrs", "Dr"}
# Small words inside a paper's name ("Gazeta do Sul", "Diario de la Costa", "Le Courrier du Sud").
LINKS = {"of", "the", "and", "&", "de", "do", "da", "das", "dos", "du", "des", "del", "di", "della"}
LINKS |= {"la", "le", "les", "el"}
# A place a credit names before its date: "Juba", "Port Moresby" — up to three capitalised words.
PLACE = re.compile(r"[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,2}")
# A release's genre label ("PRESS RELEASE", "Joint Statement") heads the text; it names no paper.
GENRE = re.compile(
    r"(?:joint\s+|official\s+)?(?:press|news|media)?\s*(?:release|statement|communiqu[eé]|advisory|briefing)"
    r"(?:\s+no\.?\s*[\w\-/]+)?",
    re.IGNORECASE,
)
HONORIFIC = re.compile(r"\s*\((?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\)$")  # "Jane Roe (Ms)" in a release's signature
PUBLISHED_BY = re.compile(r"^(?:published|distributed)\s+by\s+", re.IGNORECASE)
STORY_WORDS = 15  # a line this long is a paragraph of the story, not a title or a credit
SIGNATURE_ZONE = 4  # closing credit lines are looked for among the last lines only
STAMP_ZONE = 6  # time stamps are looked for among the first lines only
# A heading over links to other stories, and the bulleted headlines under it: "Related Articles" then
# "- Drought: 4.3 million need food aid". Those headlines tell other stories, not this one.
RELATED = re.compile(
    r"\s*(?:related(?:\s+(?:news|articles|stories|coverage|content))?|read\s+also|see\s+also|more\s+on\s+this"
    r"|more\s+stories|you\s+may\s+also\s+like)\s*:?\s*",
    re.I,
)
LIST_ITEM = re.compile(r"\s*[-–—•·*▪]\s+\S")
# A release's issuing office under its place-and-date line ("Directorate of Information and Media"): a
# title-case name of an office, with no sentence's full stop.
ISSUER = re.compile(
    r"(?:[A-Z][\w'’.\-]*|of|the|and|for|on|in|de|du|des|la|le|&)(?:\s+(?:[A-Z][\w'’.\-]*|of|the|and|for|on|in"
    r"|de|du|des|la|le|&)){0,11}"
)
ISSUER_NOUNS = re.compile(
    r"\b(?:Ministry|Directorate|Department|Office|Embassy|Secretariat|Bureau|Division|Presidency|Chancellery"
    r"|Spokesperson|Press Service|Press Secretary|State House|Information|Communications?)\b"
)


@dataclass
class Metadata:
    published: str | None = None
    published_how: str | None = None
    outlet: str | None = None
    author: str | None = None
    title: str | None = None
    year: str | None = None  # a copyright line's year, for a dateline that gives only month and day


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


def _credit(name: str, meta: Metadata, patterns: IngestPatterns) -> None:
    """A byline names people, an outlet or both ("By Jane Roe, Reuters"); outlets are known by name, look
    like a web domain or carry an organisation word ("Trend News Agency")."""
    people = []
    parts = [p.strip().strip(".,;:") for p in BYLINE_PARTS.split(name.strip())]
    parts = [p for p in parts if p]
    for part in parts:
        if _is_role(part, parts, patterns):
            continue  # "Marine Correspondent", "Staff Reporter": the writer's job, neither person nor paper
        person, paper = _for_paper(part, patterns)  # "Jane Roe for Harbour Gazette"
        outlet = paper or patterns.looks_like_outlet(part)
        if outlet:
            meta.outlet = meta.outlet or outlet
        elif people and _filing_place(part):
            continue  # "Jane Roe, Harbourton": where she filed from, after her name
        if paper or not outlet:
            people.extend(_people(person))
    if people and meta.author is None:
        meta.author = ", ".join(people)


def _filing_place(part: str) -> bool:
    """A byline part after the writer's name that is a place, not a second writer: one capitalised word
    ("Harbourton"). Two words have a person's shape ("John Doe") and are kept as a writer."""
    return bool(re.fullmatch(r"[^\W\d_][\w'’.\-]*", part)) and part[:1].isupper() and not part.isupper()


def _bare_credit(line: str) -> str | None:
    """A credit line with no "By": a writer's name and the place they filed from ("Jane Roe, Harbourton"),
    kept apart by a comma. Only read beside a time stamp (see ``_read_top``)."""
    name, sep, place = line.partition(",")
    name, place = name.strip(), place.strip()
    if sep and _is_person(name) and len(name.split()) <= 3 and _filing_place(place):
        return name
    return None


def _is_role(part: str, parts: list[str], patterns: IngestPatterns) -> bool:
    """A byline part that is the writer's job; beside another part naming a paper, a capitalised job
    ("Diplomatic Correspondent") is one too."""
    others = [p for p in parts if p != part]
    beside = any(patterns.looks_like_paper(p) and not patterns.is_role(p) for p in others)
    return patterns.is_role(part, beside_paper=beside)


def _byline_shaped(name: str, patterns: IngestPatterns) -> bool:
    """A byline too long for a name alone but made of a byline's parts: people, their jobs and the paper
    ("Jane Roe, Diplomatic Correspondent — Harbour Gazette"), each short; a sentence is none of those."""
    parts = [p.strip().strip(".,;:") for p in BYLINE_PARTS.split(name.strip()) if p.strip()]
    return len(parts) > 1 and all(
        len(p.split()) <= 5
        and (_is_role(p, parts, patterns) or patterns.looks_like_paper(p) or all(map(_is_person, _people(p))))
        for p in parts
    )


def _names_people(name: str) -> bool:
    """A byline longer than a name alone that names people only, each with the place they filed from
    ("Jane Roe in Harbourton and John Doe in Lakeside")."""
    return all(_is_person(p) for p in _people(name))


def _people(part: str) -> list[str]:
    """The people of a byline part: "Jane Roe and John Doe" is two when each side is a name. The place each
    filed from is no part of the name ("Jane Roe in Harbourton and John Doe in Lakeside")."""
    pair = [_without_place(p) for p in re.split(r"\s+and\s+", part)]
    if len(pair) == 2 and all(_is_person(p) for p in pair):
        return pair
    return pair if len(pair) == 1 and _is_person(pair[0]) else [part]


def _without_place(name: str) -> str:
    """A byline's name without the place it was filed from ("Jane Roe in Harbourton" → "Jane Roe"); the
    name as it was when what stands before "in" is no person's name."""
    person, sep, place = name.rpartition(" in ")
    place = place.strip()
    return (
        person.strip()
        if sep and _is_person(person.strip()) and place[:1].isupper() and PLACE.fullmatch(place)
        else name
    )


def _credit_parts(name: str, meta: Metadata, patterns: IngestPatterns) -> bool:
    """A byline of parts kept apart by bars ("By Jane Roe | Harbour Gazette | Harbourton | 12 May 2021"):
    the first part is the people (or the line is left as it was), a dated part the publication's date, a
    paper's name the outlet; a place the reporter filed from is neither."""
    first, *rest = [part.strip() for part in name.split("|") if part.strip()]
    # "Jane Roe, London correspondent | Harbour Gazette": the writer's job is neither person nor paper.
    named = [part.strip() for part in first.split(",") if part.strip()]
    named = [part for part in named if not _is_role(part, named + rest, patterns)]
    people = [p for part in named for p in _people(part)]
    if not people or not all(_is_person(p) for p in people):
        return False
    stamp, paper = None, None
    for part in rest:  # "Updated: 14:32", "4 min read" and the like are page chrome, passed over
        if stamp is None and (found := parse_stamp(part, patterns)):
            stamp = found
        elif paper is None and (outlet := patterns.looks_like_paper(part)):
            paper = outlet
    meta.author = meta.author or ", ".join(people)
    meta.outlet = meta.outlet or paper
    if stamp and meta.published is None:
        meta.published, meta.published_how = stamp, "stamp"
    return True


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


def _block_masthead(line: str, below: list[str], patterns: IngestPatterns) -> str | None:
    """The paper's name in a credit block under the headline: headline, name, "By Jane Roe", date line.
    The block's form says it is the paper's name even without a news word in it ("Harbour Current"); a
    section label, a genre label or a name in capitals (a kicker) is none, and it must be two words or more
    (a one-word kicker, "Analysis", stands there too)."""
    if len(below) < 2 or not patterns.byline(below[0]) or not _is_stamp(below[1], patterns):
        return None
    words = line.split()
    if (
        not 2 <= len(words) <= 5
        or line.isupper()
        or not words[0][:1].isupper()
        or not all(w[:1].isupper() or w in LINKS for w in words)
        or re.search(r"[^\w\s'’&.\-]", line)
        or patterns.is_section(line)
        or GENRE.search(line)
    ):
        return None
    return line


def _is_stamp(line: str, patterns: IngestPatterns) -> bool:
    return bool(parse_stamp(line, patterns) or prefixed_stamp(line, patterns))


def _is_credit(line: str, patterns: IngestPatterns) -> bool:
    return bool(patterns.byline(line) or parse_stamp(line, patterns) or prefixed_stamp(line, patterns))


def _read_stamp(line: str, meta: Metadata, patterns: IngestPatterns) -> bool:
    """A time stamp line ("12 May 2021", "Harbourton, 12 May 2021", "Harbour Gazette, 12 May 2021"): its
    date is the publication's, a name before it that looks like a paper is the outlet."""
    stamp = parse_stamp(line, patterns)
    names: list[str] = []
    if stamp is None:
        found = prefixed_stamp(line, patterns)
        if found is None:
            return False
        prefix, stamp, bracketed = found
        names = [n for n in (bracketed, prefix) if n]
    elif "|" in line:
        # "5 September 2024 | Harbour Report": the other parts of a stamp line may name the paper, and a
        # byline among them ("Harbour Report | By Jane Roe | 5 September 2024") the author.
        names = [part.strip() for part in line.split("|") if part.strip() and not parse_stamp(part, patterns)]
        # "By Jane Roe and John Doe" credits two people, each a name.
        bylines = [
            name.strip()
            for n in names
            if (name := patterns.byline(n)) and all(_is_person(p) for p in _people(name.strip()))
        ]
        if bylines:
            meta.author = meta.author or ", ".join(_people(bylines[0]))
    if meta.published is None:
        meta.published, meta.published_how = stamp, "stamp"
    paper = next(filter(None, (patterns.looks_like_paper(n) for n in names)), None)
    paper = paper or _bar_masthead(line, patterns)
    if paper:
        meta.outlet = meta.outlet or paper
    return True


def _bar_masthead(line: str, patterns: IngestPatterns) -> str | None:
    """The paper a bar-separated credit line opens with, before its byline and its date ("Harbour Lane
    Business | By Jane Roe | 12 May 2021"), named without a news word. A place the reporter filed from
    or a section label may open such a line too, so the name must be of three capitalised words or more
    (few places and no section label are), not in capitals and no section label."""
    parts = [part.strip() for part in line.split("|")]
    if (
        len(parts) < 3
        or not patterns.byline(parts[1])
        or not any(parse_stamp(p, patterns) for p in parts[2:])
    ):
        return None
    name = parts[0]
    words = name.split()
    if (
        not 3 <= len(words) <= 5
        or name.isupper()
        or not words[0][:1].isupper()
        or not all(w[:1].isupper() or w in LINKS for w in words)
        or re.search(r"[^\w\s'’&.\-]", name)
        or patterns.is_section(name)
        or GENRE.search(name)
    ):
        return None
    return name


def _masthead(line: str, patterns: IngestPatterns) -> str | None:
    """A paper's name on a line of its own ("The Caucasus Herald"): short, capitalised, no sentence
    punctuation, and known as an outlet or named like a news organisation."""
    words = line.split()
    capitalised = all(w[:1].isupper() or w in LINKS for w in words)
    if (
        GENRE.fullmatch(line)
        or patterns.is_section(line)
        or not 1 <= len(words) <= 5
        or line[-1] in ".!?:;,"
        or not capitalised
        or re.search(r"[,;|/]", line)
    ):
        return None
    return patterns.looks_like_paper(line)


def _read_copyright(lines: list[str], meta: Metadata, patterns: IngestPatterns) -> None:
    """A copyright line at the foot ("(c) 2019 Harbour Wire", debris to the text) gives the year a dateline
    lacks and, when it names a paper, the outlet."""
    # Page chrome below it ("Tags: …", "Share", "Back to top") does not count against the closing lines.
    closing = [
        line.strip()
        for line in lines
        if line.strip() and (not patterns.is_debris(line) or patterns.copyright(line) is not None)
    ][-SIGNATURE_ZONE:]
    for line in reversed(closing):
        held = patterns.copyright(line)
        if held is not None:
            meta.year = held[0]
            paper = (patterns.looks_like_paper(held[1]) or _holder(held[1], patterns)) if held[1] else None
            meta.outlet = meta.outlet or paper
            return


def _holder(name: str, patterns: IngestPatterns) -> str | None:
    """The holder a news page's copyright line names is its publisher, whatever its name ("El Eco del
    Sur"): a capitalised name of up to five words, not an office of state (a release's ministry) and not
    shaped like a person's name ("(c) 2024 Jane Roe" is a writer's own page, no paper)."""
    words = name.split()
    if (
        not 1 <= len(words) <= 5
        or _is_person(name)
        or not words[0][:1].isupper()
        or not all(w[:1].isupper() or w.lower() in LINKS for w in words)
        or re.search(r"[^\w\s'’&.\-]", name)
        or patterns.looks_like_outlet(name)  # an office: looks_like_paper already said no paper
        or patterns.is_section(name)
    ):
        return None
    return name


def _read_signature(lines: list[str], meta: Metadata, patterns: IngestPatterns) -> list[str]:
    """Closing lines: sign-offs ("Reporting by …"), a place-and-date line, an outlet
    line (``News.Az``, "Harbour Gazette", "Jane Roe; Harbour Gazette") and the author's name just above
    that outlet line."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    for _ in range(SIGNATURE_ZONE):
        if not content:
            break
        last = lines[content[-1]].strip()
        credited = patterns.signoff(last)
        if credited is not None:
            # "Reporting by Jane Roe, Harbour Gazette, 12 May 2021": the sign-off may name the paper and date,
            # also after a semicolon ("Reporting by Jane Roe; Harbour Gazette, May 12, 2021").
            if not _closing_credit(credited, meta, patterns):
                person, paper = _for_paper(credited, patterns, signed=True)
                meta.author = meta.author or person or None
                meta.outlet = meta.outlet or paper
            rest = last.split(";", 1)[1].strip(" .)") if ";" in last else ""
            # "Reporting by Jane Roe for Harbour Gazette; July 6, 2023": a date alone after the semicolon
            # is the publication's.
            if rest and (stamp := parse_stamp(rest, patterns)) and meta.published is None:
                meta.published, meta.published_how = stamp, "stamp"
            elif rest and not _closing_credit(rest, meta, patterns):
                meta.outlet = meta.outlet or _masthead(rest, patterns)
            if "|" in last:
                _bar_parts(last.split("|")[1:], meta, patterns)
        elif _is_issuer(last):
            # "Chanda Phiri (Ms)" above "Spokesperson, Ministry of …": the release's signatory is its author.
            above = HONORIFIC.sub("", lines[content[-2]].strip()) if len(content) > 1 else ""
            office = ISSUER_NOUNS.search(above) or patterns.looks_like_outlet(above)  # "Press Office"
            if _is_person(above) and not office:
                meta.author = meta.author or above
                content.pop()
        elif _read_stamp(last, meta, patterns) or _closing_credit(last, meta, patterns):
            pass
        elif patterns.copyright(last) is not None:
            pass  # read by _read_copyright; a credit may stand above it
        elif (name := patterns.byline(last)) and _is_person(name.strip()):
            meta.author = meta.author or name.strip()  # "By Jane Roe" at the foot of the story
        elif (paper := _closing_outlet(last, meta, patterns)) is not None:
            meta.outlet = meta.outlet or paper
            above = lines[content[-2]].strip() if len(content) > 1 else ""
            if _is_person(above) and not patterns.outlet(above):
                meta.author = meta.author or above
                content.pop()
        else:
            break
        content.pop()
    return lines[: content[-1] + 1] if content else []


def _for_paper(name: str, patterns: IngestPatterns, *, signed: bool = False) -> tuple[str, str | None]:
    """A credit's person and the paper they wrote for ("Jane Roe for Harbour Gazette"); the name as it was
    when what follows "for" is no paper's name. In a sign-off (``signed``: "Reporting by Jane Roe for
    Harbour Lane") whom the reporter filed for is the publisher, whatever its name, as on a copyright line."""
    person, sep, paper = name.rpartition(" for ")
    # "for the Harbour Gazette": a lower-case article is the sentence's, not the paper's name.
    paper = paper.strip(" .").removeprefix("the ")
    found = (_masthead(paper, patterns) or (_filed_for(paper, patterns) if signed else None)) if sep else None
    return (person.strip(), found) if found and _is_person(person.strip()) else (name, None)


def _filed_for(name: str, patterns: IngestPatterns) -> str | None:
    """Whom a sign-off's reporter filed for: a capitalised name of up to five words that is no office of
    state. Shaped like a person's name or not, it is the paper: a reporter files for a publisher."""
    words = name.split()
    if (
        not 1 <= len(words) <= 5
        or not all(w[:1].isupper() or w.lower() in LINKS for w in words)
        or re.search(r"[^\w\s'’&.\-]", name)
        or patterns.looks_like_outlet(name)
        or patterns.is_section(name)
    ):
        return None
    return name


def _bar_parts(parts: list[str], meta: Metadata, patterns: IngestPatterns) -> None:
    """The parts after a sign-off's bars ("Reporting by Jane Roe | Harbour Gazette | 12 May 2021"): a dated
    part is the publication's date, a paper's name the outlet."""
    for part in (p.strip(" .)") for p in parts):
        if (stamp := parse_stamp(part, patterns)) and meta.published is None:
            meta.published, meta.published_how = stamp, "stamp"
        elif (paper := _masthead(part, patterns)) and meta.outlet is None:
            meta.outlet = paper


def _closing_credit(line: str, meta: Metadata, patterns: IngestPatterns) -> bool:
    """A closing credit of comma-separated parts ending in a date ("Jane Roe, Harbour Gazette, May 2, 2023"):
    the date is the publication's, the parts before it the author and the paper. Every part before the date
    must be a person's name or a paper's, so that a sentence of the story is never read as a credit."""
    parts = [p.strip() for p in line.split(",")]
    for cut in range(1, len(parts)):
        stamp, named = _credit_date(", ".join(parts[cut:]), patterns)
        if stamp is None or named is None:
            continue
        # "By Jane Roe, Harbour Gazette, Juba, May 2, 2023": the byline's word is no part of the name.
        named = [patterns.byline(p) or p for p in parts[:cut]] + named
        # "Jane Roe for the Harbour Gazette, May 2, 2023": one part names the person and the paper.
        named = [n for part in named for n in _person_and_paper(part, patterns)]
        papers = [p for p in named if _masthead(p, patterns)]
        people = [p for p in named if p not in papers and _is_person(p)]
        if len(papers) + len(people) != len(named) or len(papers) > 1 or len(people) > 1:
            return False
        if meta.published is None:
            meta.published, meta.published_how = stamp, "stamp"
        if papers:
            meta.outlet = meta.outlet or _masthead(papers[0], patterns)
        if people:
            meta.author = meta.author or people[0]
        return True
    return False


def _person_and_paper(part: str, patterns: IngestPatterns) -> list[str]:
    """A credit part as its names: "Jane Roe for Harbour Gazette" is two, any other part one."""
    person, paper = _for_paper(part, patterns)
    return [person, paper] if paper else [part]


def _credit_date(line: str, patterns: IngestPatterns) -> tuple[str | None, list[str] | None]:
    """The date a credit ends with, and the name before it the date's own stamp holds: none for "May 2,
    2023"; the paper of "Harbour Gazette, May 2, 2023". The place a reporter filed from ("Juba, May 21,
    2025") is neither author nor paper, and is left out. (None, None) when the line is no such date."""
    stamp = parse_stamp(line, patterns)
    if stamp is not None:
        return stamp, []
    found = prefixed_stamp(line, patterns)
    if found is None or not found[0]:
        return None, None
    prefix, stamp, _ = found
    if _masthead(prefix, patterns):
        return stamp, [prefix]
    return (stamp, []) if PLACE.fullmatch(prefix) else (None, None)


def _closing_outlet(line: str, meta: Metadata, patterns: IngestPatterns) -> str | None:
    """The outlet of a closing line: its masthead alone ("Published by Harbour Gazette" too), or with its
    author ("Jane Roe; Harbour Gazette")."""
    # "(Harbour Gazette)" at the foot: the paper's name in brackets is its name still.
    line = PUBLISHED_BY.sub("", line)
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()
    paper = _masthead(line, patterns)
    if paper:
        return paper
    parts = [p.strip() for p in BYLINE_PARTS.split(line) if p.strip()]
    if len(parts) != 2:
        return None
    for person, outlet in (parts, parts[::-1]):
        paper = _masthead(outlet, patterns)
        if paper and _is_person(person):
            meta.author = meta.author or person
            return paper
    return None


def _is_issuer(line: str) -> bool:
    """An issuing office's line, alone or after its officer's role ("Spokesperson, Ministry of Health")."""
    parts = [part.strip() for part in line.split(",")]
    # "Ministry of Foreign Affairs, Regional Integration and International Trade": an office whose name
    # lists its portfolios after a comma.
    return (
        len(parts) <= 2
        and all(ISSUER.fullmatch(part) for part in parts)
        and bool(ISSUER_NOUNS.search(parts[-1]) or ISSUER_NOUNS.match(parts[0]))
    )


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
