"""Who travels with whom: the members of a state's delegation are of that state.

"Minister X, accompanied by Undersecretary Y", "X was accompanied by her deputy, Y": a companion travels with
the one they accompany, so an official the text gives no state of their own is of that person's state.
"The Zambian delegation included the Permanent Secretary, Y", "X's delegation included Y": the members of a
delegation are of the state it comes from. This is evidence of the side they are on, so it outranks what
speaks only for the whole article (a dateline in the capital they visit). A host who receives or joins a
visitor is not a companion: "joined by", "met by", "received by" say nothing here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.context import home_official
from bilat.nlp.people import find_person

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person

MEMBER_VERBS = {"include", "comprise"}
DELEGATION_NOUNS = {"delegation", "team", "entourage"}


def companions(doc: Doc, index: ActorIndex) -> None:
    """Unmarked officials accompanying a person of known state, or named as members of a delegation of
    known state, take that state (basis ``companion``)."""
    for verb in doc:
        if verb.lemma_ == "accompany" and verb.tag_ == "VBN":
            principal = _accompanied(verb, index)
            state = principal.country if principal is not None else None
        elif verb.lemma_ in MEMBER_VERBS and verb.pos_ in {"VERB", "AUX"}:
            state = _delegation_state(verb, index)
        else:
            continue
        if state is None:
            continue
        for member in _members(verb, index, "agent" if verb.lemma_ == "accompany" else "dobj"):
            if member.country is None and home_official(member.title):
                member.affiliate(Affiliation(state, "companion"))


def _accompanied(verb: Token, index: ActorIndex) -> Person | None:
    """ "X was accompanied by Y": the subject; "X, accompanied by Y, …": the name the participle hangs on."""
    if verb.dep_ in {"acl", "advcl"}:
        return _person(verb.head, index)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return _person(subject, index) if subject is not None else None


def _delegation_state(verb: Token, index: ActorIndex) -> str | None:
    """ "The Zambian delegation included …", "Ibarra's delegation included …": the state it comes from."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in DELEGATION_NOUNS:
        return None
    state = index.nationality_of(subject)
    if state is not None:
        return state
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    person = _person(owner, index) if owner is not None else None
    return person.country if person is not None else None


def _person(token: Token | None, index: ActorIndex) -> Person | None:
    """The person a word names: a tagged name, or a surname named in full before that the model read as
    something else here ("Prado was accompanied by …" after "Minister Carlos Prado")."""
    if token is None:
        return None
    person = index.person_at.get(token.i)
    if person is None and token.pos_ == "PROPN" and token.is_title:
        person = find_person(index.people, token.text)
    return person


def _members(verb: Token, index: ActorIndex, relation: str) -> list[Person]:
    """The people named as the object ("included the Permanent Secretary, Mr Y") or the agent ("by Y and
    Z"), with their conjuncts and the names set in apposition to a title."""
    heads = []
    for child in verb.children:
        if relation == "agent" and child.dep_ == "agent":
            heads += [c for c in child.children if c.dep_ == "pobj"]
        elif relation == "dobj" and child.dep_ == "dobj":
            heads.append(child)
    found: dict[int, Person] = {}
    for head in heads:
        for token in [head, *head.conjuncts]:
            for near in [token, *(c for c in token.children if c.dep_ == "appos")]:
                person = index.person_at.get(near.i)
                if person is not None:
                    found.setdefault(id(person), person)
    return list(found.values())
