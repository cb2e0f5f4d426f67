"""Whose voice an unmarked spokesperson or body official is, from the body or the seat they speak for.

"Foreign ministry spokesman X said in Beijing": a spokesperson speaks from their government's seat, as
at a regular briefing, so the capital they speak in is theirs (a minister may speak abroad; a
spokesperson briefs at home). "Peruvian police held the crew … ¶ Police spokesman X denied
…": the state body named in the title is the one the story has named with its state, when it named it
for one state only. Both are evidence of the person's own institution and outrank the dateline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.context import capital_of_place, home_official
from bilat.nlp.countries import Gazetteer

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person

# Verbs by which a spokesperson speaks: "said in Beijing", "told reporters in Rabat".
SPEAKING_VERBS = {"say", "tell", "add", "state"}
# Sectors of the state bodies a title may name ("police spokeswoman", "army spokesman").
BODY_SECTORS = {"COP", "MIL"}
TITLE_REACH = 6  # words before a name searched for the body of its title


def _first_mentions(index: ActorIndex) -> dict[int, int]:
    first: dict[int, int] = {}
    for i, person in index.person_at.items():
        first[id(person)] = min(first.get(id(person), i), i)
    return first


def _name_root(token: Token, person: Person, person_at: dict[int, Person]) -> Token:
    """The word of a name the rest of its sentence hangs on ("Ntuli" of "Sipho Ntuli")."""
    while token.head.i != token.i and person_at.get(token.head.i) is person:
        token = token.head
    return token


def _capital_after(verb: Token, gazetteer: Gazetteer) -> str | None:
    """The state of the capital a verb says it took place in ("said in Beijing")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if iso3 := capital_of_place(place, gazetteer):
                return iso3
    return None


def spokespeople_in_capitals(doc: Doc, index: ActorIndex) -> None:
    """A spokesperson with no country who is the subject of "said in <capital>" (or "X in <capital>
    said") is that capital's state's (``index.gazetteer`` holds the capitals)."""
    gazetteer = index.gazetteer
    if gazetteer is None:
        return
    first = _first_mentions(index)
    for person in index.people:
        title = person.title
        if person.country is not None or title is None or title.role != "Spokesperson":
            continue
        if not home_official(title) or id(person) not in first:
            continue
        root = _name_root(doc[first[id(person)]], person, index.person_at)
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_.lower() not in SPEAKING_VERBS:
            continue
        # "spokesman X in Abuja said": the capital written on the name is where they brief from too.
        iso3 = _capital_after(verb, gazetteer) or _capital_after(root, gazetteer)
        if iso3 is not None:
            person.country, person.basis = iso3, "seat"


def _title_words(doc: Doc, at: int, person: Person, person_at: dict[int, Person]) -> list[Token]:
    """The words of the title written with a name: right before it ("police spokeswoman X"), or the
    phrase the name is in apposition to ("A coast guard spokesman in Ras Tanura, Colonel X")."""
    start = at
    while start > 0 and person_at.get(start - 1) is person:
        start -= 1
    words: list[Token] = []
    for t in reversed(doc[max(doc[start].sent.start, start - TITLE_REACH) : start]):
        if t.pos_ in {"VERB", "AUX", "PUNCT"} or t.dep_ == "det":
            break
        words.insert(0, t)
    root = _name_root(doc[at], person, person_at)
    head = root.head
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "in":
        head = head.head.head  # "a coast guard spokesman in Ras Tanura, Colonel X", read as the place's
    if root.dep_ == "appos" and head.i < start:
        lefts = [t for t in head.lefts if t.dep_ in {"compound", "amod", "nmod"}]
        words += [t for left in lefts for t in left.subtree]
    return words


def _body_noun(words: list[Token], gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The state body a title's words name ("coast guard", "police"), with its sector."""
    lowered = [t.lower_ for t in words]
    for size in (2, 1):
        for n in range(len(lowered) - size + 1):
            noun = " ".join(lowered[n : n + size])
            group = gazetteer.groups.get(noun)
            if group is not None and group.state and group.sector in BODY_SECTORS:
                return noun, group.sector
    return None


def _states_of_body(doc: Doc, index: ActorIndex, noun: str, before: int) -> set[str]:
    """The states the story gives the body ``noun`` before token ``before`` ("Mozambican police", "a
    Yemeni coast guard patrol")."""
    last = noun.split()
    found: set[str] = set()
    for token in doc[:before]:
        if token.lower_ != last[-1]:
            continue
        if len(last) > 1 and doc[max(token.i - len(last) + 1, 0) : token.i + 1].text.lower() != noun:
            continue
        state = index.nationality_of(token)
        if state is None and token.dep_ == "compound":
            state = index.nationality_of(token.head)  # "a Yemeni coast guard patrol"
        if state is not None:
            found.add(state)
            found |= _acting_states(index, token)
    return found


def _acting_states(index: ActorIndex, token: Token) -> set[str]:
    """ "Burundi accused the Congo army of shelling": a state acting on another's body has such a body too,
    so who speaks for "the army" next may be either's."""
    node = token.head if token.dep_ == "compound" else token
    if node.dep_ != "dobj":
        return set()  # "seized by a Yemeni coast guard patrol": the body acts, it is not acted upon
    verb = node.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    refs = [index.by_token.get(s.i) for s in subjects]
    return {r.country for r in refs if r is not None and r.kind == "state" and r.country is not None}


def body_officials(doc: Doc, index: ActorIndex) -> None:
    """An unmarked home official whose title names a state body ("police spokeswoman X", "a coast guard
    spokesman, Colonel X") is of the state the story has named that body with, when only one."""
    gazetteer = index.gazetteer
    if gazetteer is None:
        return
    first = _first_mentions(index)
    for person in index.people:
        if person.country is not None or not home_official(person.title) or id(person) not in first:
            continue
        at = first[id(person)]
        body = _body_noun(_title_words(doc, at, person, index.person_at), gazetteer)
        if body is None:
            continue
        states = _states_of_body(doc, index, body[0], doc[at].sent.start)
        if len(states) == 1:
            person.affiliate(Affiliation(next(iter(states)), "institution", body[1]))
