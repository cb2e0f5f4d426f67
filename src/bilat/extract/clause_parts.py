"""What a trigger's clause names beside its parties: its direct objects, the place it happened in, the
refined code its objects' modifiers give, and whether it counts what it tells."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.extract.arguments import (
    conjuncts,
    prep_objects,
)
from bilat.extract.patterns import Pattern
from bilat.nlp.doctext import children_with
from bilat.nlp.parsed import Parsed

RELATIVE_OBJECTS = {"that", "which"}


def direct_objects(token: Token) -> list[Token]:
    objs = children_with(token, {"dobj", "obj", "attr", "oprd"})
    if token.dep_ == "relcl":
        # "the quota on Peruvian fishmeal that it set": the relative pronoun stands for the noun.
        objs = [token.head if o.lower_ in RELATIVE_OBJECTS else o for o in objs]
    return [o for obj in objs for o in conjuncts(obj)]


def refined(pattern: Pattern, objects: list[Token]) -> str:
    modifiers = {c.lower_ for o in objects for c in o.children if c.dep_ in {"amod", "compound"}}
    for word, code in pattern.refine:
        if word in modifiers:
            return code
    return pattern.code


def place_of(trigger: Token, parsed: Parsed) -> str | None:
    # "received B in Paris": the parser may hang the place on the object rather than the verb.
    for obj in prep_objects([trigger, *direct_objects(trigger)], "in"):
        if obj.ent_type_ in {"GPE", "LOC", "FAC"}:
            return _entity_text(obj)
    return None


def _entity_text(token: Token) -> str:
    """The whole entity a token is in, read from its IOB tags (``doc.ents`` is rebuilt on every access,
    which made long texts quadratic)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def tells_a_count(verb: Token) -> bool:
    """The clause counts what it tells: a number on its subject or object ("seized 23 vessels", "fined
    crews 41 times"), or the verb describes what "the number of" counts."""
    if any(a.lemma_.lower() == "number" for a in list(verb.ancestors)[:3]):
        return True
    arguments = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "npadvmod"}]
    # "has given refuge to several opposition figures since 2023": a vague count counts too.
    arguments += prep_objects([verb], "to")
    return any(
        (t.like_num and t.ent_type_ not in {"DATE", "TIME"}) or t.lower_ in VAGUE_COUNTS
        for a in arguments
        for t in a.subtree
    )


VAGUE_COUNTS = {"several", "many", "numerous", "dozens", "hundreds", "thousands", "scores"}
