"""Who a state turns back at its border: "Minister X was refused entry by the Latvian border guard",
"Bosnian police refused him entry". A state refuses entry to, expels or deports foreigners, so a person it
does so to is not its official, whatever the dateline says; what they are the text must say otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.doctext import with_lemma

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex

# Verbs of keeping a foreigner out: "turned back", "turned away", "expelled", "deported", "refused entry".
EXPELLING = {"expel", "deport"}
TURNING = {"turn"}
REFUSING = {"refuse", "deny"}


def turned_back_by(doc: Doc, index: ActorIndex, state: str | None) -> set[int]:
    """By ``id``, each person ``state`` (or a body of it) turns back, refuses entry to, expels or deports."""
    found: set[int] = set()
    if state is None:
        return found
    for verb in with_lemma(doc, EXPELLING | TURNING | REFUSING):
        if verb.pos_ != "VERB" or not _keeps_out(verb):
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        if passive:
            actors = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            targets = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            actors = [c for c in verb.children if c.dep_ == "nsubj"]
            targets = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        if not any(_of_state(t, index) == state for t in actors):
            continue
        for target in targets:
            # "Minister for Diaspora Relations X": the parser may head the phrase with the title.
            person = next((index.person_at[t.i] for t in target.subtree if t.i in index.person_at), None)
            if person is not None:
                found.add(id(person))
    return found


def _keeps_out(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in EXPELLING:
        return True
    if lemma in TURNING:
        return any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"back", "away"} for c in verb.children)
    return any(c.dep_ == "dobj" and c.lower_ in {"entry", "admission"} for c in verb.children)


def _of_state(token: Token, index: ActorIndex) -> str | None:
    """The state a phrase names or a body of which it names ("the Border Police of Bosnia")."""
    ref = index.resolve(token)
    if ref is not None and ref.kind in {"state", "organisation"} and ref.country:
        return ref.country
    nationality = index.nationality_of(token)
    if nationality is not None:
        return nationality
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            ref = index.resolve(place)
            if ref is not None and ref.kind == "state" and ref.country:
                return ref.country
    return None
