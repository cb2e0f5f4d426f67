"""Syntactic arguments of a trigger: clause subjects, conjuncts, prepositional objects."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
RELATIVE = {"who", "which", "that", "whom"}
CLIMB = {"xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "attr", "dobj", "ccomp", "appos"}


def conjuncts(token: Token) -> list[Token]:
    """"A and B" as [A, B]: the token and its coordinated siblings."""
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def clause_subject(token: Token, depth: int = 5) -> list[Token]:
    """The subject of the clause a trigger belongs to, climbing through infinitives, coordination and
    relative clauses ("Bayramov, who is on a visit": the visitor is Bayramov)."""
    current = token
    for _ in range(depth):
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "csubj"}]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in RELATIVE and current.dep_ == "relcl":
                return conjuncts(current.head)
            return conjuncts(subject)
        if current.dep_ == "relcl" and current.head.pos_ in {"NOUN", "PROPN"}:
            return conjuncts(current.head)
        if current.dep_ not in CLIMB or current.head is current:
            return []
        current = current.head
    return []


def prep_objects(anchors: list[Token], preposition: str) -> list[Token]:
    """Objects of ``preposition`` attached to any anchor: "with B", "to Israel", "between A and B"."""
    found: list[Token] = []
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ in {"prep", "agent", "dative"} and child.lower_ == preposition:
                for obj in child.children:
                    if obj.dep_ in {"pobj", "dobj"}:
                        found.extend(o for o in conjuncts(obj) if o not in found)
    return found
