"""Ships named with their navy's prefix ("HMS Dauntless", "USS Ardent"): a vessel of one state's forces,
listed as an organisation of that state (sector MIL) and standing for it when it acts ("HMAS X boarded the
dhow"). The prefixes are a reviewed table (resources/actors/ship_prefixes.txt); the model tags such names as
organisations, products or even people, so they are read from the words, not the labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from bilat.resources import ResourceError, Resources, read_lines


def load_ship_prefixes(resources: Resources) -> dict[str, str]:
    path = resources.path("actors/ship_prefixes.txt")
    prefixes: dict[str, str] = {}
    for number, line in read_lines(path):
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 2 or not parts[0] or len(parts[1]) != 3:
            raise ResourceError(f"{path}:{number}: expected 'prefix | ISO3'")
        prefixes[parts[0]] = parts[1]
    return prefixes


@dataclass(frozen=True)
class Ship:
    name: str  # "HMS Dauntless", as written
    country: str
    start: int  # token span of the name, prefix included
    end: int


def named_ships(doc: Doc, prefixes: dict[str, str]) -> list[Ship]:
    """Every prefix written as the table spells it and followed by a capitalised name: the name runs over
    the capitalised proper nouns after it ("USS Carl Vinson"), never past the prefix's entity when the
    model tagged one."""
    ships: list[Ship] = []
    for token in doc:
        country = prefixes.get(token.text)
        if country is None or not _name_word(token.nbor(1) if token.i + 1 < len(doc) else None):
            continue
        limit = len(doc)
        if token.ent_iob_ in {"B", "I"}:
            limit = next(e.end for e in doc.ents if e.start <= token.i < e.end)
            limit = max(limit, token.i + 2)
        end = token.i + 1
        while end < limit and _name_word(doc[end]):
            end += 1
        ships.append(Ship(doc[token.i : end].text, country, token.i, end))
    return ships


def _name_word(token: Token | None) -> bool:
    """A word of a ship's name: a capitalised proper noun ("Mersey"), not a title-case common word."""
    return token is not None and token.pos_ == "PROPN" and token.is_title and token.is_alpha
