"""Credit lines: the people a byline names (with their jobs and the places they filed from left out),
the paper it names beside them, and a time stamp line's date, paper and author.
"""

from __future__ import annotations

import re

from bilat.ingest.dates import parse_stamp, prefixed_stamp
from bilat.ingest.mastheads import _bar_masthead, _filed_for, _masthead
from bilat.ingest.metadata import Metadata
from bilat.ingest.patterns import IngestPatterns

# "Firstname Lastname", "Firstname M. Lastname", "Ayşe Nur Demir": capitalised letters-only words.
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))+"
PERSON_LINE = re.compile(rf"^{_NAME_WORD}(?:\s+[^\W\d_]\.)?(?:\s+{_NAME_WORD}){{1,2}}$")
BYLINE_PARTS = re.compile(r"\s*(?:[,;|/•·]|\s[-–—]\s)\s*")
# A place a credit names before its date: "Juba", "Port Moresby" — up to three capitalised words.
PLACE = re.compile(r"[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,2}")


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


def _yearless_stamp(line: str, year: str | None, patterns: IngestPatterns) -> str | None:
    """The date of a stamp line without its year ("September 20") in the year of the page's copyright
    line: a paper prints the year once, at the foot, as it does for a dateline."""
    if not year or re.search(r"\d{3}", line):
        return None
    return parse_stamp(f"{line.strip()} {year}", patterns)


def _read_stamp(line: str, meta: Metadata, patterns: IngestPatterns) -> bool:
    """A time stamp line ("12 May 2021", "Harbourton, 12 May 2021", "Harbour Gazette, 12 May 2021"): its
    date is the publication's, a name before it that looks like a paper is the outlet."""
    stamp = parse_stamp(line, patterns) or _yearless_stamp(line, meta.year, patterns)
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


def _for_paper(name: str, patterns: IngestPatterns, *, signed: bool = False) -> tuple[str, str | None]:
    """A credit's person and the paper they wrote for ("Jane Roe for Harbour Gazette"); the name as it was
    when what follows "for" is no paper's name. In a sign-off (``signed``: "Reporting by Jane Roe for
    Harbour Lane") whom the reporter filed for is the publisher, whatever its name, as on a copyright line."""
    person, sep, paper = name.rpartition(" for ")
    # "for the Harbour Gazette": a lower-case article is the sentence's, not the paper's name.
    paper = paper.strip(" .").removeprefix("the ")
    found = (_masthead(paper, patterns) or (_filed_for(paper, patterns) if signed else None)) if sep else None
    return (person.strip(), found) if found and _is_person(person.strip()) else (name, None)


def _is_person(line: str) -> bool:
    return bool(PERSON_LINE.match(line)) and all(
        word[0].isupper() and not word.isupper() for word in line.split()
    )
