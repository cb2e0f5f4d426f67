"""The closing lines of an article: sign-offs ("Reporting by …"), closing credits, a release's
signatory and issuing office, and a copyright line; what they say becomes metadata and they leave the text.
"""

from __future__ import annotations

import re

from bilat.ingest.bylines import BYLINE_PARTS, PLACE, _for_paper, _is_person, _read_stamp
from bilat.ingest.dates import parse_stamp, prefixed_stamp
from bilat.ingest.mastheads import LINKS, _masthead
from bilat.ingest.metadata import Metadata
from bilat.ingest.patterns import IngestPatterns

HONORIFIC = re.compile(r"\s*\((?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\)$")  # "Jane Roe (Ms)" in a release's signature
# A closing line of the places a story was filed from and its year ("Lisbon and Porto, 2021"): the year a
# dateline without one takes, as a copyright line's.
PLACE_YEAR = re.compile(
    rf"(?:{PLACE.pattern})(?:\s+and\s+(?:{PLACE.pattern}))?,\s+(?P<year>(?:19|20)\d{{2}})\.?"
)
PUBLISHED_BY = re.compile(r"^(?:published|distributed)\s+by\s+", re.IGNORECASE)
SIGNATURE_ZONE = 4  # closing credit lines are looked for among the last lines only
# A release's issuing office under its place-and-date line ("Office of Press and Public Affairs"): a
# title-case name of an office, with no sentence's full stop.
ISSUER = re.compile(
    r"(?:[A-Z][\w'’.\-]*|of|the|and|for|on|in|de|du|des|la|le|&)(?:\s+(?:[A-Z][\w'’.\-]*|of|the|and|for|on|in"
    r"|de|du|des|la|le|&)){0,11}"
)
ISSUER_NOUNS = re.compile(
    r"\b(?:Ministry|Directorate|Department|Office|Embassy|Secretariat|Bureau|Division|Presidency|Chancellery"
    r"|Spokesperson|Press Service|Press Secretary|State House|Information|Communications?)\b"
)


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
        elif (filed := PLACE_YEAR.fullmatch(last)) is not None:
            meta.year = meta.year or filed["year"]  # "Lisbon and Porto, 2021": where and when it was filed
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
    # "Ministry of Foreign Affairs, Cooperation and Overseas Trade": an office whose name
    # lists its portfolios after a comma.
    return (
        len(parts) <= 2
        and all(ISSUER.fullmatch(part) for part in parts)
        and bool(ISSUER_NOUNS.search(parts[-1]) or ISSUER_NOUNS.match(parts[0]))
    )
