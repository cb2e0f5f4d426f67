"""Counts of people that tell of one state's home affairs, not of its relations with another.

"Police arrested 35 members of the opposition at a rally", "312 people were held after the
protests began", "200 soldiers took part in the uprising": a state's own police or army acting at home
on people of no other nationality is no count between two states, though the article is about a pair.
"Police arrested 20 Chinese nationals", "the agency detained 19 people suspected of spying for Russia",
"Nicaraguan forces detained five fishermen" name the other side, and stay.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bilat.nlp.date_attachment import clause_verb

# Kinds a state's own forces may count at home: people arrested, soldiers posted or taking part.
HOME_KINDS = {"detained", "troops"}
# A setting of home affairs: unrest, an opposition, a coup, rebels the state's army fights.
HOME_SETTING = re.compile(
    r"\b(?:protest(?:s|ers?)?|demonstrat(?:ions?|ors?)|rall(?:y|ies)|opposition|uprising|coup|mutin(?:y|ies)"
    r"|riots?|rioters|unrest|rebels?|insurgents?|crackdown)\b",
    re.I,
)
# Where a state meets another, so its forces' arrests may be of the other's people though unnamed.
BORDER_WORDS = re.compile(
    r"\b(?:borders?|frontier|crossings?|waters|sea|coast|maritime|navy|naval|fishermen|fishing|vessels?|boats?"
    r"|trawlers?|migrants?|foreign(?:ers?)?|nationals|citizens|embassy|diplomats?)\b",
    re.I,
)
# The state's own police acting at home; a border or coast guard, a navy, meets foreigners.
POLICE = {"police", "policeman", "policemen", "gendarmerie", "gendarmes"}
COUNTRY_LABELS = {"GPE", "NORP"}
SUBJECTS = {"nsubj", "nsubjpass", "agent"}


def home_affair(span: Span | None, kind: str, clause: list[Token], sentence: str) -> bool:
    """The count is one of a state's home affairs: its own police or army acting at home on people of
    no stated nationality (see the module's docstring). Never when a country is named on the people,
    as the actor, or when the sentence tells of a border, the sea or foreigners."""
    if span is None or kind not in HOME_KINDS or BORDER_WORDS.search(sentence):
        return False
    if _names_a_country(span, clause):
        return False
    police = any(_is_police(s) for s in _actors(clause_verb(span.root)))
    return police or bool(HOME_SETTING.search(sentence))


def _actors(verb: Token) -> list[Token]:
    """Who did what the verb tells: its subject, the agent of a passive ("by police"), or the subject of
    the verb a participle hangs on ("police raided a workshop, arresting six people")."""
    actors = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            actors.append(child)
        elif child.dep_ == "agent":
            actors.extend(c for c in child.children if c.dep_ == "pobj")
    if not actors and verb.dep_ in {"advcl", "conj", "xcomp"} and verb.head != verb:
        actors = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return actors


def _is_police(actor: Token) -> bool:
    return actor.lower_ in POLICE or actor.lemma_.lower() in POLICE


def _names_a_country(span: Span, clause: list[Token]) -> bool:
    """A nationality anywhere in the clause ("Kenyan police", "Honduran fishermen"); a country in what the
    count's people are ("accused of spying for Belarus") or as the one who acts ("Georgia
    detained 12 people")."""
    if any(t.ent_type_ == "NORP" for t in clause):
        return True
    people = set(span.root.subtree) | {t for t in span.root.head.subtree if span.root.head.pos_ == "NOUN"}
    if any(t.ent_type_ in COUNTRY_LABELS for t in people):
        return True
    actors = _actors(clause_verb(span.root))
    return any(t.ent_type_ in COUNTRY_LABELS for a in actors for t in a.subtree)
