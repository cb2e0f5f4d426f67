"""Two places asked for together: "Between which two ports will the ferry run?", "From which two cities
will the flights leave?" are answered by the one pair of names a sentence joins after that preposition
("a ferry between Port A and Port B", "flights from City A and City B")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from bilat.ask.question import Question, stem

# The question's own preposition, else the two that join a pair of ends.
ASKED_PREP = re.compile(r"^\s*(between|from|to)\s+which\s+two\b", re.I)
PAIR_PREPS = ("between", "from")


def _name(token: Token) -> str | None:
    """A proper name with the words compounded before it ("Bandar Abbas"), or None."""
    if token.pos_ != "PROPN" or token.ent_type_ in {"DATE", "TIME", "NORP"}:
        return None
    words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return " ".join(t.text for t in [*words, token])


def _of_named(token: Token) -> Token:
    """ "between the ports of Aktau and Alat": the names the kind noun takes after "of", else the token."""
    if token.pos_ != "NOUN":
        return token
    named = [o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return named[0] if named and named[0].pos_ == "PROPN" else token


def pair(sentence: Doc, question: Question, countries: frozenset[str]) -> str | None:
    """ "A and B": the one pair of names the sentence joins after the asked preposition; None for none or
    several (a guess is no answer), or a pair that holds a country or a place the question names."""
    asked = ASKED_PREP.match(question.text)
    preps = (asked.group(1).lower(),) if asked is not None else PAIR_PREPS
    named = {w.lower() for n in question.names for w in n.split()}
    found = []
    for token in sentence:
        if token.lower_ not in preps or token.pos_ != "ADP":
            continue
        for first in (_of_named(c) for c in token.children if c.dep_ == "pobj"):
            if pair := _pair_from(first, countries, named):
                found.append(pair)
    if not found and asked is not None and asked.group(1).lower() == "between":
        found = _from_to(sentence, countries, named)
    if not found and asked is None and question.match is not None:
        found = _named_kind(sentence, question, countries, named)
    return found[0] if len(set(found)) == 1 else None


def _named_kind(sentence: Doc, question: Question, countries: frozenset[str], named: set[str]) -> list[str]:
    """ "Which two border posts will the grant upgrade?" told "the upgrading of the A and B border
    posts": the pair of names given before the noun of the kind asked for."""
    # The noun the "which" phrase ends with ("which two border posts" → post).
    kind = question.asked_noun
    if not kind:
        return []
    found = []
    for token in sentence:
        if token.pos_ != "NOUN" or stem(token.text) != kind:
            continue
        for first in (c for c in token.lefts if c.dep_ in {"compound", "nmod", "amod"} and c.pos_ == "PROPN"):
            if pair := _pair_from(first, countries, named):
                found.append(pair)
    return found


def _pair_from(first, countries: frozenset[str], named: set[str]) -> str | None:
    """ "A and B" from a name and its conjunct, unless either is a state or a name the question gives."""
    second = next((c for c in first.children if c.dep_ == "conj"), None)
    ends = [_name(first), _name(second) if second is not None else None]
    if None in ends:
        return None
    words = {w.lower() for e in ends if e for w in e.split()}
    if any(e in countries for e in ends) or words & named:
        return None
    return f"{ends[0]} and {ends[1]}"


def _from_to(sentence: Doc, countries: frozenset[str], named: set[str]) -> list[str]:
    """ "the line from A in Moxico province to B": the two ends of a span asked for "between which two",
    a "from" name and the "to" name on the same word or inside the "from" phrase."""
    found = []
    for start in (t for t in sentence if t.lower_ == "from" and t.dep_ == "prep"):
        ends = [
            t
            for t in sentence[start.i + 1 :]
            if t.lower_ == "to" and t.dep_ == "prep" and (t.head.i == start.head.i or start.is_ancestor(t))
        ]
        first = next((_name(c) for c in start.children if c.dep_ == "pobj"), None)
        for end in ends[:1]:
            second = next((_name(c) for c in end.children if c.dep_ == "pobj"), None)
            pair = [first, second]
            if None in pair or any(e in countries for e in pair):
                continue
            if {w.lower() for e in pair if e for w in e.split()} & named:
                continue
            found.append(f"{first} and {second}")
    return found
