"""Ties a person's own words make to one side of a visit, which outrank the dateline's guess.

A dateline in the capital a delegation visits is where both sides' officials speak, so it is weak evidence for
any one of them. What the text says of the person is stronger:

- "Y, the undersecretary who accompanied X", "Y, who travelled with X" / "with the delegation": a companion is
  of the side of the one they travel with (``travelling_companions``; "accompanied by" is read by
  ``bilat.nlp.companions``);
- "Minister X led the Jamaican team", "X, who heads the Kazakh delegation": who leads a state's delegation is
  that state's (``delegation_leaders``);
- "Minister X's chief of staff, Y": an aide is of the side of the official they serve
  (``possessor_principals``);
- "a spokesman for the CARICOM secretariat": an official of an organisation of states' body acts for no state
  (``organs_of_international_bodies``), and an official of a body whose name says several states share it
  ("the Lower Danube Navigation Commission") takes no dateline (``officials_of_shared_bodies``).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.actor_words import BEYOND_STATES, JOINT_WORDS
from bilat.nlp.affiliation import Affiliation
from bilat.nlp.people import find_person
from bilat.resources import Resources, read_lines

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person

DELEGATION_NOUNS = {"delegation", "team", "entourage", "mission"}
# Verbs by which someone goes along with another: "who accompanied X", "who travelled with X".
WITH_VERBS = {"travel", "fly", "come", "arrive"}
LEADING_VERBS = {"lead", "head"}
# Bases the dateline, a publisher or a paragraph gave: guesses for the whole article, which a tie the
# person's own words make replaces.
WEAK_BASES = {None, "dateline", "publisher", "paragraph", "framing"}
# Nouns of a relation across the two sides ("X's counterpart, Y", "X's host"): not X's side.
OTHER_SIDE_NOUNS = {"counterpart", "host", "hostess", "guest", "visitor", "interlocutor", "opponent", "rival"}
# Words for an organisation's office or body written after its name ("the CARICOM secretariat").
BODY_WORDS = {"secretariat", "commission", "council", "office", "mission", "agency", "authority", "bank"}


def travelling_companions(doc: Doc, index: ActorIndex) -> None:
    """ "Y, the undersecretary who accompanied X", "Y, who also travelled with the delegation": Y is of
    X's state or of the delegation's (basis ``companion``)."""
    for verb in doc:
        if verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = verb.lemma_.lower()
        if lemma == "accompany" and verb.tag_ != "VBN":
            whom = [c for c in verb.children if c.dep_ == "dobj"]
        elif lemma in WITH_VERBS:
            whom = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
            whom = [p for p in whom if p.dep_ == "pobj"]
        else:
            continue
        if len(whom) != 1:
            continue
        member = _described(verb, index)
        if member is None or member.basis not in WEAK_BASES or member.international:
            continue
        state = _side_of(whom[0], index)
        if state is not None:
            member.country, member.basis = state, "companion"


def delegation_leaders(doc: Doc, index: ActorIndex) -> None:
    """ "Energy Minister X led the Jamaican team", "X, who heads the Kazakh delegation": the state whose
    delegation they lead (basis ``companion``)."""
    for verb in doc:
        if verb.lemma_.lower() not in LEADING_VERBS or verb.pos_ != "VERB" or verb.tag_ == "VBN":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DELEGATION_NOUNS]
        if len(objects) != 1:
            continue
        state = _delegation_state(objects[0], index)
        if state is None:
            continue
        if verb.dep_ == "relcl":
            leader = _described(verb, index)
        else:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            leader = _person(subject, index)
        if leader is not None and leader.basis in WEAK_BASES and not leader.international:
            leader.country, leader.basis = state, "companion"


def possessor_principals(doc: Doc, index: ActorIndex) -> None:
    """ "Weyland's chief of staff, Y", "Minister X's spokesman Y": the aide of a person of known state is of
    that state (basis ``principal``). A counterpart or a host ("X's counterpart, Y") is of the other side."""
    for at, person in sorted(index.person_at.items()):
        if person.basis not in WEAK_BASES or person.international:
            continue
        for noun in _title_nouns(doc, at, index, person):
            if noun.lemma_.lower() in OTHER_SIDE_NOUNS:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            principal = _person(owner, index)
            if principal is None or principal is person or not principal.country:
                continue
            if principal.basis in WEAK_BASES:
                continue  # a guess for the principal is no evidence for their aide
            person.country, person.basis = principal.country, "principal"
            break


def organs_of_international_bodies(doc: Doc, index: ActorIndex, resources: Resources) -> None:
    """ "a spokesman for the CARICOM secretariat", "an official at the ASEAN secretariat": the body named
    after an organisation of states is its organ, so its officials act for no state."""
    groupings = resources.load("actors.state_groupings", _groupings)
    for at, person in sorted(index.person_at.items()):
        if person.country is not None or person.international:
            continue
        for body in _employers(doc, at, index, person):
            if body.lemma_.lower() not in BODY_WORDS:
                continue
            names = [t for t in body.subtree if t.i < body.i and t.dep_ in {"compound", "amod", "poss"}]
            named = any(_stateless_organisation(t, index, groupings) for t in names)
            if named or _named_grouping(names, groupings):
                person.affiliate(Affiliation("", "international", "IGO"))
                break


# Words that make a body named after them no one state's: a sea or a region several states share, or the
# words of an organisation of states ("the Lower Danube Navigation Commission").
BEYOND_ONE_STATE = (
    BEYOND_STATES
    | JOINT_WORDS
    | {
        "atlantic",
        "pacific",
        "arctic",
        "baltic",
        "nordic",
        "caribbean",
        "mediterranean",
        "andean",
        "intergovernmental",
    }
)


def officials_of_shared_bodies(doc: Doc, index: ActorIndex) -> set[int]:
    """By ``id``, the officials of a named body bilat cannot place whose name says it is shared ("a
    spokeswoman for the Lower Danube Navigation Commission"): their own words name whom they
    serve, so the dateline, which speaks only for the article, gives them no state."""
    found: set[int] = set()
    for at, person in sorted(index.person_at.items()):
        if person.country is not None or id(person) in found:
            continue
        if any(_shared_name(body, index) for body in _employers(doc, at, index, person)):
            found.add(id(person))
    return found


def _employers(doc: Doc, at: int, index: ActorIndex, person: Person) -> list[Token]:
    """The bodies a name's title is "for", "of" or "at" ("a spokeswoman for the X Commission, Y"; the
    parser may hang the name on the body itself)."""
    bodies = []
    for noun in _title_nouns(doc, at, index, person):
        if noun.dep_ == "pobj" and noun.head.lower_ in EMPLOYER_PREPOSITIONS:
            bodies.append(noun)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in EMPLOYER_PREPOSITIONS):
            bodies += [c for c in prep.children if c.dep_ == "pobj"]
    return bodies


EMPLOYER_PREPOSITIONS = {"for", "of", "at"}


def _shared_name(body: Token, index: ActorIndex) -> bool:
    """A capitalised name none of whose words bilat places in a state, with a word of a shared body."""
    words = [t for t in body.subtree if t.i <= body.i and t.dep_ != "det"]
    if not words or not all(t.is_title or t.is_upper for t in words if t.is_alpha):
        return False
    if any((ref := index.by_token.get(t.i)) is not None and ref.country for t in words):
        return False
    return any(t.lower_ in BEYOND_ONE_STATE for t in words)


def _stateless_organisation(token: Token, index: ActorIndex, groupings: AbstractSet[str]) -> bool:
    """An organisation of states: one bilat knows as an actor, or one of the groupings named only here."""
    ref = index.by_token.get(token.i)
    if ref is not None:
        return ref.sector == "IGO" and ref.country is None
    return token.text in groupings


def _named_grouping(words: list[Token], groupings: AbstractSet[str]) -> bool:
    """A grouping named in several words before the body ("the Pacific Islands Forum secretariat")."""
    if not words:
        return False
    text = " ".join(t.text for t in words if t.text not in {"'s", "’s"})
    return any(f" {name} " in f" {text} " for name in groupings if " " in name)


def _groupings(resources: Resources) -> frozenset[str]:
    """Names of organisations of states read only to tell their bodies' officials (see the file)."""
    return frozenset(line.strip() for _, line in read_lines(resources.path("actors/state_groupings.txt")))


def _title_nouns(doc: Doc, at: int, index: ActorIndex, person: Person) -> list[Token]:
    """The nouns a name's title is written on: the name's own head ("Minister X's spokesman Y") and the
    phrase it stands in apposition to ("X's chief of staff, Y")."""
    root = doc[at]
    while root.head.i != root.i and index.person_at.get(root.head.i) is person:
        root = root.head
    nouns = [root]
    if root.dep_ == "appos":
        nouns.append(root.head)
    if root.head.dep_ == "appos" or root.dep_ == "compound":
        nouns.append(root.head)
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return [n for n in nouns if n.i not in index.person_at or index.person_at[n.i] is person]


def _described(verb: Token, index: ActorIndex) -> Person | None:
    """The person a relative clause describes: "Y, the undersecretary who …", "Y, the chief executive of
    Qatar's power company, who …": the name the clause's noun phrase stands in apposition to."""
    node = verb.head
    for _ in range(5):
        person = index.person_at.get(node.i)
        if person is not None:
            return person
        if node.dep_ not in {"appos", "pobj", "prep", "compound"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _side_of(token: Token, index: ActorIndex) -> str | None:
    """The state of the person or delegation a companion goes with."""
    if token.lemma_.lower() in DELEGATION_NOUNS:
        return _delegation_state(token, index)
    principal = _person(token, index)
    if principal is None or principal.basis in WEAK_BASES:
        return None
    return principal.country


def _delegation_state(noun: Token, index: ActorIndex) -> str | None:
    """ "the Jamaican team", "Dorji's delegation"; "the delegation" bare: the one delegation of a state the
    story named before (two states' delegations named leave it unsaid)."""
    state = index.nationality_of(noun)
    if state is not None:
        return state
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        principal = _person(owner, index)
        return principal.country if principal is not None and principal.basis not in WEAK_BASES else None
    if not any(c.lower_ == "the" for c in noun.children):
        return None
    earlier = {
        state
        for t in noun.doc[: noun.i]
        if t.lemma_.lower() in DELEGATION_NOUNS and (state := index.nationality_of(t)) is not None
    }
    return earlier.pop() if len(earlier) == 1 else None


def _person(token: Token | None, index: ActorIndex) -> Person | None:
    """The person a word names: a tagged name, or a surname named in full before that the model read as
    something else here ("Weyland's chief of staff", the surname tagged as an organisation)."""
    if token is None:
        return None
    person = index.person_at.get(token.i)
    if person is None and token.pos_ == "PROPN" and token.is_title:
        person = find_person(index.people, token.text)
    return person
