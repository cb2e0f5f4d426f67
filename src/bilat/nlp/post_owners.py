"""Whose office a title names when the words say it is a body's, not a state's.

"JICA's president, X", "the president of the Rotary Club, X": the office belongs to the body, so what holds
for a state's offices (a kingdom has no president) says nothing about its holder. And "the European
Commission said … Spokeswoman X said": the paragraph speaks for an organisation of states, so the
capital it opens in or the article's dateline is no evidence for the spokeswoman's state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.context import framing_states
from bilat.nlp.people import Person

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex

REACH = 6  # tokens between a name and the title written beside it
STATE_LABELS = {"GPE", "NORP", "LOC"}


def _first_mention(index: ActorIndex, person: Person) -> int | None:
    return min((i for i, p in index.person_at.items() if p is person), default=None)


def _owned_by_body(title: Token, index: ActorIndex) -> bool:
    """The title token has a body for owner: "JICA's president" (a proper-noun possessor that is no
    state, nationality or person) or "the president of the Agency" (a named organisation)."""
    for child in title.children:
        owner = None
        if child.dep_ == "poss":
            owner = child
        elif child.dep_ == "prep" and child.lower_ == "of":
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
        if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ in STATE_LABELS | {"PERSON"}:
            continue
        ref = index.by_token.get(owner.i)
        if ref is None or ref.kind == "organisation":
            return True
    return False


def body_post(doc: Doc, index: ActorIndex, person: Person) -> bool:
    """Whether the title beside the person's first mention is a body's office (see the module)."""
    if person.title is None:
        return False
    at = _first_mention(index, person)
    if at is None:
        return False
    word = person.title.phrase.split()[-1]
    sentence = doc[at].sent
    for token in doc[max(sentence.start, at - REACH) : min(sentence.end, at + REACH)]:
        if token.lower_ == word and _owned_by_body(token, index):
            return True
    return False


def voiced_by_international(doc: Doc, index: ActorIndex) -> set[int]:
    """By ``id``, the people first named right after a sentence whose subject is an organisation of states
    with no state of its own ("The European Commission said …. Spokeswoman X said …")."""

    def international(token: Token) -> str | None:
        ref = index.by_token.get(token.i)
        if ref is not None and ref.kind == "organisation" and ref.sector == "IGO" and not ref.country:
            return "IGO"
        return None

    return set(framing_states(doc, index.person_at, international))
