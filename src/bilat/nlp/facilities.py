"""Works named before their kind: "Ruritania's Novagrad Steel plant", "the Freedonian Kestrel shipyard". The
capitalised words that qualify a lower-case noun of a plant or works name the firm that runs it, and the
nationality on the noun (its only mark of a state) is the firm's. The model often reads such words as a
person's name; read so, they are no person.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from bilat.nlp.bodies import FIRM_NAME_LABELS, MAX_FIRM_WORDS, DescribedFirm
from bilat.nlp.doctext import with_lower

# Lower-case nouns of a firm's works, which a name before them makes the firm's.
WORKS_NOUNS = {"plant", "factory", "shipyard", "refinery", "smelter", "mill", "steelworks", "works", "mine"}


def named_works(
    doc: Doc, country_of: dict[int, str], nationality_of: Callable[[Token], str | None]
) -> list[DescribedFirm]:
    """The firms so named, each with the state its works' nationality gives; none without one."""
    found: list[DescribedFirm] = []
    for noun in with_lower(doc, WORKS_NOUNS):  # the nouns alone, from the word index
        if noun.lower_ not in WORKS_NOUNS or not noun.is_lower or noun.pos_ != "NOUN":
            continue
        start = noun.i
        while (
            start > 0 and noun.i - start < MAX_FIRM_WORDS + 1 and _name_word(doc[start - 1], noun, country_of)
        ):
            start -= 1
        if start == noun.i or noun.i - start > MAX_FIRM_WORDS or doc[start].is_sent_start:
            continue
        country = nationality_of(noun)
        if country is None:
            continue
        found.append(DescribedFirm(start, noun.i, doc[start : noun.i].text, country))
    return found


def _name_word(word: Token, noun: Token, country_of: dict[int, str]) -> bool:
    """A word of the works' name: capitalised, no state's, hung on the noun as a compound (directly or
    through the name's last word)."""
    if (
        not word.is_alpha
        or not word.is_title
        or word.i in country_of
        or word.ent_type_ not in FIRM_NAME_LABELS
    ):
        return False
    return word.dep_ == "compound" and (word.head.i == noun.i or word.head.dep_ == "compound")
