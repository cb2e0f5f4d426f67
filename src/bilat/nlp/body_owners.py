"""Whose a state body is, read from the words around its name: the city a post abroad sits in ("the
Chilean embassy in Lima"), the state "its" refers to ("Peru's decision, announced by its Ministry of
Production")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from bilat.nlp.antecedents import clause_subject_state
from bilat.nlp.mentions import clear_pair

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex


# A state's posts abroad, which news names with the city they sit in: "the Chilean embassy in Lima".
SEATED_POSTS = {"embassy", "consulate", "mission"}


def post_seat(token: Token) -> str | None:
    """ "the Brazilian embassy in Georgetown": the city a post sits in, which names that post among its
    state's others; only a place the model tagged as one, right after "in"."""
    if token.lower_ not in SEATED_POSTS:
        return None
    prep = next((t for t in token.rights if t.dep_ == "prep" and t.i == token.i + 1), None)
    if prep is None or prep.lower_ != "in":
        return None
    place = next((t for t in prep.children if t.dep_ == "pobj"), None)
    if place is None or place.ent_type_ not in {"GPE", "LOC"}:
        return None
    ent = next((e for e in token.doc.ents if e.start <= place.i < e.end), None)
    return ent.text if ent is not None and ent.root.i == place.i else None


def its_owner(ent: Span, index: ActorIndex) -> str | None:
    """ "Panama's decision, announced by its Ministry of Health, …", "Chile said its Customs Service …": a
    body "its" owns is the state "its" refers to, the owner of the noun its clause describes, else the
    subject of its clause. Only a state: "the firm and its Board" says nothing of a country."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None or before.lower_ != "its" or before.dep_ != "poss":
        return None
    verb = before.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ in {"acl", "relcl"}:
        # "Peru's move to suspend the purchases, announced by its …": up the nouns the clauses describe
        # (the parser may hang the clause on the nearer one) to the first owned one, within its clause.
        for noun in list(verb.ancestors)[:4]:
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in noun.children) and noun.pos_ in {"VERB", "AUX"}:
                break
            owners = {
                ref.country
                for c in noun.children
                if c.dep_ == "poss" and (ref := index.by_token.get(c.i)) is not None and ref.kind == "state"
            }
            if owners:
                return owners.pop() if len(owners) == 1 else None
    return clause_subject_state(before, index)


# Verbs by which a state's body calls in another state's envoy: "the ministry summoned the X ambassador".
SUMMONING = {"summon", "convoke"}


def summoner_state(ent: Span, index: ActorIndex, pair: tuple[str, str] | None) -> str | None:
    """ "The Ministry of Foreign Affairs summoned the Ukrainian ambassador": in a story about two states, a
    body that summons one side's envoy is the other side's (a state summons only foreign envoys)."""
    verb = ent.root.head
    if pair is None or ent.root.dep_ != "nsubj" or verb.lemma_.lower() not in SUMMONING:
        return None
    if clear_pair(index.mentions) != pair:
        return None  # several states told alike: the summoner may be any of them
    envoys = [c for c in verb.children if c.dep_ == "dobj"]
    states = {state for envoy in envoys if (state := index.nationality_of(envoy)) is not None}
    if len(states) != 1 or (state := states.pop()) not in pair:
        return None
    return pair[1] if state == pair[0] else pair[0]
