"""The two people a text says signed something: "The accord was signed by Trade Minister Ana Ruiz and the
Chilean Minister of Mining, Luis Vera".

Two signatories named together in one agent phrase sign for the two parties, so in a story about a pair
of states one whose state the words leave unsaid (or only the article as a whole gave) signs for the
other state of the pair than the one their partner's own words give.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from bilat.nlp.antecedents import counterparts, third_state_in
from bilat.nlp.doctext import with_lemma

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person


def signatories(doc: Doc, index: ActorIndex, dyad: tuple[str, str] | None) -> None:
    if dyad is None:
        return
    for verb in with_lemma(doc, {"sign"}):
        if verb.pos_ != "VERB" or third_state_in(verb.sent, index, dyad):
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            signers: list[Person] = []
            for t in agent.subtree:
                person = index.person_at.get(t.i)
                if person is not None and all(person is not s for s in signers):
                    signers.append(person)
            if len(signers) != 2:
                continue  # one signatory, or more than the two parties
            one, other = signers
            counterparts(one, other, dyad)


# Verbs by which one side takes in the other's official: "was received by Prime Minister X".
RECEIVING = {"receive", "host", "welcome", "greet"}


def two_sided(doc: Doc, index: ActorIndex) -> set[int]:
    """By ``id``, the people a sentence sets on two sides: two signatories of one act, a host and the guest
    they receive ("signed by Minister X and Minister Y after X was received by Prime Minister Z"). What
    only frames the paragraph cannot make them all one state's."""
    found: set[int] = set()
    for verb in with_lemma(doc, {"sign"} | RECEIVING):
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() == "sign":
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                signers = {id(p) for t in agent.subtree if (p := index.person_at.get(t.i)) is not None}
                if len(signers) == 2:
                    found |= signers
            continue
        guests = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
        hosts = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        hosts += [c for c in verb.children if c.dep_ == "nsubj"]
        sides = [
            {id(p) for t in group if (p := index.person_at.get(t.i)) is not None} for group in (guests, hosts)
        ]
        if all(sides) and not sides[0] & sides[1]:
            found |= sides[0] | sides[1]
    return found
