"""How many names a "which" question asks for, and the names a sentence lists with the one found.

"Which three crossings did X close?" asks for three names of crossings: a sentence that gives one name, or
a region ("sent troops to the East region"), answers another question. "Which terminals were disrupted?"
asks for all the terminals the sentence lists ("the terminals of Valencia and Algeciras"): one of them
alone is a part answer, which reads as the whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
COUNTED = re.compile(r"^\s*(?:which|what)\s+(" + "|".join(COUNTS) + r"|\d{1,2})\b", re.I)
# Words of a name for an area, which no list of crossings, ports or towns holds.
REGION_WORDS = re.compile(r"\b(?:region|province|state|district|department|prefecture|county|area)\s*$", re.I)


@dataclass(frozen=True)
class Asked:
    """How many names the question asks for: ``count`` when it says so ("which three"), else ``plural``
    when its noun is plural ("which terminals")."""

    count: int | None
    plural: bool


def asked(question: Doc) -> Asked | None:
    """What a "which" or "what" question with a noun asks for; None for any other."""
    counted = COUNTED.match(question.text)
    if counted is not None:
        word = counted.group(1).lower()
        return Asked(COUNTS.get(word) or int(word), True)
    if not question or question[0].lower_ not in {"which", "what"}:
        return None
    for token in question[1:6]:
        if token.pos_ in {"NOUN", "PROPN"} and token.dep_ not in {"compound", "poss"}:
            return Asked(None, True) if token.tag_ in {"NNS", "NNPS"} else None
        if token.pos_ not in {"ADJ", "NOUN", "PROPN", "NUM", "PUNCT"}:
            return None
    return None


def _name(token: Token) -> Span:
    """The name a coordinated token ends: its entity, else it with its compounds ("Garoua - Boulaï")."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is not None:
        return ent
    first = min([token.i, *(t.i for c in token.lefts if c.dep_ in {"compound", "amod"} for t in c.subtree)])
    return token.doc[first : token.i + 1]


def listed(sentence: Doc, answer: str) -> list[str]:
    """The names the sentence coordinates with the answer ("Valencia and Algeciras"), the answer first
    as the sentence orders them; the answer alone when it is not found or stands alone."""
    start = sentence.text.find(answer)
    span = sentence.char_span(start, start + len(answer), alignment_mode="expand") if start >= 0 else None
    if span is None or not len(span):
        return [answer]
    root = span.root
    others = [c for c in root.conjuncts if c.pos_ == root.pos_]
    if not others:
        return [answer]
    # An answer that is itself the pair ("A and B") is split into its names, not given again.
    first = _name(root).text if any(span.start <= c.i < span.end for c in others) else span.text
    names = sorted({root.i: first, **{c.i: _name(c).text for c in others}}.items())
    return [text for _, text in names]


def fit(sentence: Doc, answer: str, wanted: Asked) -> list[str] | None:
    """The names that answer the question, or None when the sentence cannot: a counted question given
    another number of names, or a region for names of places."""
    names = listed(sentence, answer)
    if wanted.count is not None and (
        len(names) != wanted.count or any(REGION_WORDS.search(n) for n in names)
    ):
        return None
    return names


def joined(names: list[str]) -> str:
    """ "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
