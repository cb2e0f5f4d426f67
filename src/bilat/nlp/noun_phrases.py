"""A noun's phrase as the text writes it ("Pakistan's army"), and whether a body's noun stands bare ("the
ministry") or is the source "according to" cites, and whether "they" may stand for it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def bare_body(token: Token) -> bool:
    """ "the ministry", "the foreign ministry": a definite body with no owner or other name on it."""
    lefts = list(token.lefts)
    # Nothing after the noun either: "the ministry there", "the ministry in Lima", "the ministry, which …"
    # name or describe a particular one; but a source cited "according to the economy ministry, of which
    # …" is the one named, whatever clause the parser hangs on it.
    rights = list(token.rights)
    if rights and not (cited_source(token) and all(t.dep_ in {"punct", "relcl"} for t in rights)):
        return False
    # The parser may hang the article on the portfolio word ("the" → "economy" → "secretariat").
    before = token.doc[token.left_edge.i : token.i]
    return (any(t.lower_ == "the" for t in lefts) or (len(before) > 1 and before[0].lower_ == "the")) and all(
        t.lower_ == "the" or (t.dep_ in {"compound", "amod"} and not t.ent_type_) for t in [*lefts, *before]
    )


def cited_source(token: Token) -> bool:
    """Whether a noun is the source "according to" cites."""
    to = token.head
    return token.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


def noun_phrase(token: Token) -> str:
    left = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod", "poss"}]
    start = min([token.i, *[t.left_edge.i for t in left]])
    words = [t for t in token.doc[start : token.i + 1] if t.pos_ != "DET"]
    # As written: "Pakistan's army", not "Pakistan 's army".
    return "".join(t.text_with_ws for t in words).strip()


# Collective nouns that take "they": "the police said they …".
PLURAL_BODIES = {"police", "authorities", "military", "forces"}


def plural_body(token: Token) -> bool:
    """ "they" stands for a plural body ("Peruvian officials", "the police"), "it" for a singular one."""
    return token.tag_ in {"NNS", "NNPS"} or token.lower_ in PLURAL_BODIES


def other_plurals(sentence: Span) -> bool:
    """Whether a sentence names plural things besides its subject, which "they" could stand for."""
    subjects = {w.i for s in sentence if s.dep_ in {"nsubj", "nsubjpass"} for w in s.subtree}
    return any(plural_body(t) and t.pos_ in {"NOUN", "PROPN"} and t.i not in subjects for t in sentence)
