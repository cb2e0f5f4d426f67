"""Sums that are no money between two states: one given to a body rather than a state ("pledged 20
million EUR to a UN relief fund", "will contribute 20 million GBP to a joint research
programme"), and one only asked for ("would seek a loan of 50 million USD from a development bank")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from bilat.nlp.date_attachment import clause_verb

GIVEN_KINDS = {"aid", "loan"}
# The nouns of a body or a scheme money goes into, not a state: unless a state owns it ("Bhutan's plan").
BODIES = {"agency", "programme", "program", "fund", "organisation", "organization", "initiative", "facility"}
# Verbs of asking for money, which says nothing of money given.
ASKED = {"seek", "request", "ask", "apply", "solicit"}
COUNTRY_LABELS = {"GPE", "NORP"}


def not_between_states(span: Span | None, kind: str) -> bool:
    """The sum is given to a body, not a state, or is only asked for (see the module's docstring)."""
    if span is None or kind not in GIVEN_KINDS:
        return False
    verb = clause_verb(span.root)
    if verb.lemma_.lower() in ASKED:
        return True
    return any(_a_body(r) for r in _recipients(verb))


def _recipients(verb: Token) -> list[Token]:
    """What the money goes to: "to the agency", the indirect object ("gave the fund 5 million")."""
    found = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN"}]
    for prep in (c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"):
        found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _a_body(noun: Token) -> bool:
    if noun.lemma_.lower() not in BODIES or noun.ent_type_ in COUNTRY_LABELS:
        return False
    # "Bhutan's development fund" belongs to a state: money to it is the state's.
    owned = any(
        c.dep_ == "poss" and any(t.ent_type_ in COUNTRY_LABELS for t in c.subtree) for c in noun.children
    )
    return not owned
