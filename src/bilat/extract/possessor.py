"""Whose "its" is, when an act of force is aimed at what "its" owns.

"Sudan's army said Ethiopian forces had shelled its positions", "Guyana protested after a Venezuelan
boat fired on its patrol": the possessive names no one in its own clause, and a side does not shell its
own positions. It is bound by a subject above the act's clause (the reporter, or the main clause of an
adverbial one), the first there of another side than the act's doer.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from bilat.models import ActorRef

POSSESSIVES = {"its", "their"}
# Acts of force and coercion (CAMEO 15, 17-20), whose object is the other side's.
FORCE_ROOTS = {"15", "17", "18", "19", "20"}
# Clauses a possessive's binder may be found above: reported, adverbial, coordinated.
CLIMB = {"ccomp", "advcl", "conj", "xcomp", "parataxis"}
SUBJECTS = {"nsubj", "nsubjpass"}
# An act told as done: a past form ("shelled", "had fired").
DONE_TAGS = {"VBD", "VBN"}


def possessor_side(
    tokens: list[Token], own: frozenset[str], resolve: Callable[[Token], ActorRef | None]
) -> list[ActorRef]:
    """The side "its" or "their" stands for on ``tokens`` (an act's objects), when ``own`` is one side."""
    if len(own) != 1:
        return []
    for token in tokens:
        if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in token.children):
            continue
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.tag_ not in DONE_TAGS:
            # "asked Turkey to detain the vessel and seize its cargo": an act only asked for, whose "its"
            # is the vessel's, not the asker's.
            continue
        while verb is not None and verb.dep_ in CLIMB and verb.head.i != verb.i:
            verb = verb.head
            for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
                ref = resolve(subject)
                if ref is not None and ref.country is not None and ref.country not in own:
                    return [ref]
    return []
