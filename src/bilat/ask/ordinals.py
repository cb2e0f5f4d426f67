"""Which one of a series the question asks about: "the fourth session", "the second round of talks".

A sentence about another one of the series ("the fifth session will be held in Bujumbura", "the next
round") shares every word of the question but its ordinal, and answers for another occasion.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from bilat.ask.question import stem

# Words that place an occasion in a series relative to the one told: never the same as a numbered one.
RELATIVE = frozenset({"next", "previous", "last", "following", "preceding", "upcoming", "coming", "prior"})
# "the 25th Round": the model tags a numbered ordinal before a capitalised noun as a date or an event,
# or not at all; written in figures with its suffix it is an ordinal all the same.
NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")


def _ordinal(noun) -> str | None:
    """The ordinal that modifies the noun ("fourth", "4th") or a relative place in its series ("next")."""
    for child in noun.children:
        if child.dep_ not in {"amod", "nummod", "compound"}:
            continue
        if child.ent_type_ == "ORDINAL" or child.lower_ in RELATIVE or NUMBERED.fullmatch(child.lower_):
            return child.lower_
    return None


def ordinals(doc: Doc) -> dict[str, set[str]]:
    """Noun stem → the ordinals the text gives it ("session" → {"fourth"})."""
    found: dict[str, set[str]] = {}
    for token in doc:
        if token.pos_ in {"NOUN", "PROPN"} and (word := _ordinal(token)) is not None:
            found.setdefault(stem(token.text), set()).add(word)
    return found


def other_in_series(asked: dict[str, set[str]], sentence: Doc) -> bool:
    """The sentence names a thing the question numbers ("the fourth session") only with another ordinal
    ("the fifth session", "the next session"): it tells another occasion of the series."""
    if not asked:
        return False
    told = ordinals(sentence)
    return any(noun in told and not told[noun] & wanted for noun, wanted in asked.items())
