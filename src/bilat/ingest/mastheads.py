"""A paper's name where a page prints it: a masthead line of its own, a name in a credit block under the
headline or at the head of a bar-separated credit line, and whom a sign-off's reporter filed for; with
the tests for the credit and time stamp lines a masthead stands beside.
"""

from __future__ import annotations

import re

from bilat.ingest.dates import parse_stamp, prefixed_stamp
from bilat.ingest.patterns import IngestPatterns

# Small words inside a paper's name ("Gazeta do Sul", "Diario de la Costa", "Le Courrier du Sud").
LINKS = {"of", "the", "and", "&", "de", "do", "da", "das", "dos", "du", "des", "del", "di", "della"}
LINKS |= {"la", "le", "les", "el"}
# A release's genre label ("PRESS RELEASE", "Joint Statement") heads the text; it names no paper.
GENRE = re.compile(
    r"(?:joint\s+|official\s+)?(?:press|news|media)?\s*(?:release|statement|communiqu[eé]|advisory|briefing)"
    r"(?:\s+no\.?\s*[\w\-/]+)?",
    re.IGNORECASE,
)


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
