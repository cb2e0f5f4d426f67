"""What a dateline cannot tell: the people a story places in another state's city.

A dateline says where the reporter was, so it speaks only for the officials met there. An official whose own
phrase or clause is set in a city of another state ("a spokesman in Phnom Penh", "the head of the fisheries
office in Kampot", "the minister said in Oslo", "during talks in Beijing") was not met at the dateline, and
the dateline is no evidence for them. Where the words themselves place them at home (their office is in that
city, or they speak there on no visit), that city's state is theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.context import capital_of_place, home_official
from bilat.nlp.doctext import with_lemma

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person

# Verbs by which an official speaks where they are.
SPEAKING_VERBS = {"say", "tell", "add", "state", "announce", "insist", "warn"}
# Words of a journey: an official who speaks in a foreign capital on a visit is the visitor, not its host.
JOURNEY_WORDS = {"visit", "trip", "tour", "talks", "summit", "meeting", "arrive", "travel", "fly", "visiting"}
# Verbs of going somewhere: "the minister is expected in Paris" names where they go, not where they are
# met; a visitor travels from home, where the dateline may well be.
MOVING_VERBS = {"expect", "arrive", "travel", "fly", "head", "go", "visit", "return", "land", "reach", "due"}
# The links of a person's own phrase ("head of the fisheries office in Kampot"), not of a clause about them
# ("who flew in from Lima").
PHRASE_DEPS = {"appos", "prep", "pobj", "compound", "amod", "det", "poss", "case", "punct", "nmod"}
# The prepositions that carry a clause's own setting one noun further ("during talks in Beijing").
SETTING_PREPS = {"during", "at", "after", "before"}


def _name_root(token: Token, person: Person, person_at: dict[int, Person]) -> Token:
    """The head of the name's words: the parser hangs a name's first words on its last."""
    while token.head.i != token.i and person_at.get(token.head.i) is person:
        token = token.head
    return token


def _place_state(place: Token, index: ActorIndex) -> str | None:
    """The state of a proper-noun place: a capital, else a city or province of the Phoenix records."""
    if place.pos_ != "PROPN" or index.gazetteer is None:
        return None
    iso3 = capital_of_place(place, index.gazetteer)
    if iso3 is None and index.place_state is not None:
        name = " ".join(t.text for t in [*(t for t in place.lefts if t.dep_ == "compound"), place])
        iso3 = index.place_state(name)
    return iso3


def _places_in(token: Token) -> Iterator[Token]:
    """The objects of "in" right under ``token``."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
        yield from (c for c in prep.children if c.dep_ == "pobj")


def _phrase_places(root: Token) -> Iterator[Token]:
    """The places of "in" within the person's own phrase: their title and its apposition, not a clause."""
    stack = [root]
    while stack:
        for child in (c for c in stack.pop().children if c.dep_ in PHRASE_DEPS):
            if child.dep_ == "prep" and child.lower_ == "in":
                yield from (c for c in child.children if c.dep_ == "pobj")
            else:
                stack.append(child)


# Nouns of a part of a state: "the deputy governor of Bolikhamxay province".
LOCALITY_NOUNS = {"province", "region", "county", "district", "prefecture", "governorate", "municipality"}


def _unknown_locality(root: Token, index: ActorIndex) -> bool:
    """Whether the person's own phrase names a part of a state that no table places ("the deputy
    governor of Bolikhamxay province", "in Cabo Delgado"): a local official serves there, which may not
    be the dateline's state, so the dateline says nothing of them."""
    stack = [root]
    while stack:
        for child in (c for c in stack.pop().children if c.dep_ in PHRASE_DEPS):
            stack.append(child)
            unplaced = child.i not in index.by_token and _place_state(child, index) is None
            placed_in = child.dep_ == "pobj" and child.head.lower_ == "in" and child.pos_ == "PROPN"
            if placed_in and child.ent_type_ in {"GPE", "LOC"} and unplaced:
                return True  # "the commander of the border guard in Cabo Delgado"
            if child.dep_ != "pobj" or child.lower_ not in LOCALITY_NOUNS:
                continue
            names = [t for t in child.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            if names and all(_place_state(t, index) is None and t.i not in index.by_token for t in names):
                return True
    return False


# Nouns of words given out: "in a statement broadcast on national radio from X" says where they were spoken.
STATEMENT_NOUNS = {"statement", "address", "speech", "broadcast", "communique", "announcement", "interview"}


def _clause_places(verb: Token) -> Iterator[Token]:
    """The places the person's own verb is set in: "said in Oslo", "during talks in Beijing", "said in a
    statement read on television in Accra"."""
    yield from _places_in(verb)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            yield from _places_in(noun)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in STATEMENT_NOUNS):
            yield from _places_in(noun)
            for given in (c for c in noun.children if c.dep_ == "acl"):
                yield from _places_in(given)


def _first_roots(doc: Doc, index: ActorIndex) -> dict[int, Token]:
    first: dict[int, int] = {}
    for i, person in index.person_at.items():
        first[id(person)] = min(first.get(id(person), i), i)
    people = {id(p): p for p in index.people}
    return {
        key: _name_root(doc[i], people[key], index.person_at) for key, i in first.items() if key in people
    }


def placed_abroad(doc: Doc, index: ActorIndex, home: str | None) -> tuple[set[int], dict[int, str]]:
    """The people (by ``id``) the words first naming them set in a city of a state other than ``home``,
    whom the dateline cannot place; and of them, the state the words make theirs: their own phrase sets
    their office there ("a spokesman in Phnom Penh"), or they speak there, on no journey ("Minister X said
    in Oslo"). An envoy's phrase names their post, not their state ("the ambassador in Lima")."""
    if home is None or index.gazetteer is None:
        return set(), {}
    journeys = {t.sent.start for t in with_lemma(doc, JOURNEY_WORDS)}
    away: set[int] = set()
    theirs: dict[int, str] = {}
    people = {id(p): p for p in index.people}
    for key, root in _first_roots(doc, index).items():
        person = people[key]
        # "A spokesman in Phnom Penh, X, said": the name in apposition to the phrase that is the subject.
        if root.dep_ == "appos":
            root = root.head
        own = {s for p in _phrase_places(root) if (s := _place_state(p, index)) is not None}
        # "the property of Senator X in the United States": a place hung on the name itself may be the
        # parser's reach for the noun before it, so it keeps the dateline off but says not whose they are.
        on_name = {s for p in _places_in(root) if (s := _place_state(p, index)) is not None}
        on_name = on_name if index.person_at.get(root.i) is person else set()
        verb = root.head if root.dep_ in {"nsubj", "nsubjpass"} else None
        if root.dep_ == "pobj" and root.head.dep_ in {"prep", "agent"} and root.head.head.pos_ == "VERB":
            # "was put to X by Y during talks in Beijing": the verb's setting is theirs too.
            verb = root.head.head
        setting = set()
        if verb is not None and verb.lemma_.lower() not in MOVING_VERBS:
            setting = {s for p in _clause_places(verb) if (s := _place_state(p, index)) is not None}
            # "X met Qatar's energy minister in Doha": who meets the host in its city is the visitor.
            setting -= _hosts_met(verb, index)
        states = (own | setting) - {home}
        if not own and _unknown_locality(root, index):
            away.add(key)
        if not states:
            continue
        away.add(key)
        if len(states) != 1 or not home_official(person.title):
            continue
        state = next(iter(states))
        speaks = (
            root.dep_ == "nsubj"
            and verb is not None
            and verb.lemma_.lower() in SPEAKING_VERBS
            and state in setting
        )
        seated = state in own and len(own) == 1 and state not in on_name
        if seated or (speaks and root.sent.start not in journeys):
            theirs[key] = state
    return away, theirs


# Verbs by which a visitor and a host come together in the host's city.
MEETING_VERBS = {"meet"}


def _hosts_met(verb: Token, index: ActorIndex) -> set[str]:
    """The states marked on whom ``verb`` (a meeting) has its subject meet ("met Qatar's minister")."""
    if verb.lemma_.lower() not in MEETING_VERBS:
        return set()
    met = [c for c in verb.children if c.dep_ == "dobj"]
    met += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
    return {s for m in met if (s := index.nationality_of(m)) is not None}


def seat_abroad(people: list[Person], theirs: dict[int, str], is_free: Callable[[Person], bool]) -> None:
    """Give each person still without a country the state ``placed_abroad`` found theirs."""
    for person in people:
        state = theirs.get(id(person))
        if state is not None and is_free(person):
            person.country, person.basis = state, "seat"


# Modifiers of an exchange held at a distance: "a telephone call with X".
DISTANT_MODIFIERS = {"phone", "telephone", "video"}
DISTANT_EXCHANGES = {"call", "conversation", "conference", "link"}


def call_partners(doc: Doc, index: ActorIndex) -> set[int]:
    """The people (by ``id``) named as the far party of a call ("Chancellor X raised it in a telephone call
    with Prime Minister Y", "spoke by phone with Y"): a call joins two places, so the dateline, where the
    caller may be, is no evidence of where the one called was."""
    found: set[int] = set()
    for token in doc:
        distant = (token.lemma_.lower() in DISTANT_EXCHANGES and token.pos_ == "NOUN") and any(
            c.lower_ in DISTANT_MODIFIERS for c in token.children if c.dep_ in {"compound", "amod"}
        )
        if not distant and token.pos_ == "VERB":
            by = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "by"]
            distant = any(o.lower_ in DISTANT_MODIFIERS for p in by for o in p.children)
        if not distant:
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"):
            for partner in (c for c in prep.children if c.dep_ == "pobj"):
                for name in (partner, *(c for c in partner.children if c.dep_ in {"appos", "conj"})):
                    person = index.person_at.get(name.i)
                    if person is not None:
                        found.add(id(person))
    return found
