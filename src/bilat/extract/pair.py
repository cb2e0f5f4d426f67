"""The article's pair: the two countries a story is about, and whether it is about that pair alone."""

from __future__ import annotations

from bilat.extract.addressee import bilateral
from bilat.nlp.actors import country_pair
from bilat.nlp.parsed import Parsed

DYAD_WORDS = {"countries", "sides", "states", "nations", "peoples"}


def bilateral_pair(parsed: Parsed, dyad):
    """The article's pair when the article is about that pair alone, else None."""
    if "bilateral" not in parsed.cache:
        parsed.cache["bilateral"] = bilateral(parsed.entities)
    return dyad if parsed.cache["bilateral"] else None


def main_dyad(parsed: Parsed) -> tuple[str, str] | None:
    """The two countries an article is about: the two most mentioned (a bilateral story's pair), in the
    order the story first names them. An act of "the two countries" has no direction of its own; the state
    the headline or lead names first is the story's protagonist, which a symmetric event starts from.
    Read once per document: every candidate event asks for it."""
    if "main_dyad" not in parsed.cache:
        parsed.cache["main_dyad"] = _main_dyad(parsed)
    return parsed.cache["main_dyad"]


def _main_dyad(parsed: Parsed) -> tuple[str, str] | None:
    pair = country_pair(parsed.entities)
    if pair is None:
        return None
    first = {}
    for mention in sorted(parsed.entities, key=lambda m: m.start):
        if mention.country in pair and mention.label in {"GPE", "NORP"}:
            first.setdefault(mention.country, mention.start)
    return pair if first.get(pair[0], 0) <= first.get(pair[1], 0) else (pair[1], pair[0])
