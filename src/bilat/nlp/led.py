"""Forces led by a state, named by the state's word hyphened to "led" ("Vietnamese-led forces")."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from bilat.models import ActorRef

# "-backed", "-funded", "-trained" name a sponsor, not the actor: "Iranian-backed militias" are not Iran.
LEADING = {"led"}


def leading_state(noun: Token, by_token: Mapping[int, ActorRef]) -> str | None:
    """ "Vietnamese-led forces", "US-led troops": the state whose word is hyphened to "led" before the
    noun leads them and acts through them, so they are its side. Only a state's name or nationality
    word written as one hyphened word with "led" counts; "forces led by …" is read elsewhere."""
    for modifier in noun.lefts:
        if modifier.dep_ != "amod" or modifier.lower_ not in LEADING or modifier.i < 2:
            continue
        doc = noun.doc
        hyphen, word = doc[modifier.i - 1], doc[modifier.i - 2]
        if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_ or word.head.i != modifier.i:
            continue
        ref = by_token.get(word.i)
        if ref is not None and ref.kind == "state" and ref.country:
            return ref.country
    return None
