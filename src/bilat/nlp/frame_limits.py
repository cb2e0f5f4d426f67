"""Where the state a paragraph is about says nothing of a person it names: someone its act falls upon, and
someone named in the words of another state's official.

"The Treasury said … It also barred General X from entering the country": the state barred X, and X is no
official of it. "The Treasury announced the measures. President Y said Washington had rejected a request
made by Minister X": X is named in the words of Y, whose own words show another state; the frame of the
paragraph before is no evidence of whose X is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person

NAME_LINKS = {"compound", "flat", "appos"}


def _first_mentions(index: ActorIndex) -> dict[int, int]:
    first: dict[int, int] = {}
    for i, person in index.person_at.items():
        first[id(person)] = min(first.get(id(person), i), i)
    return first


def _name_head(token: Token, person: Person, person_at: dict[int, Person]) -> Token:
    """The word the rest of the sentence hangs a name on: past the name's own words and its title."""
    while token.head.i != token.i and (person_at.get(token.head.i) is person or token.dep_ in NAME_LINKS):
        token = token.head
    return token


def acted_upon(doc: Doc, index: ActorIndex) -> set[int]:
    """People, by ``id``, first named as the direct object of their clause: what a state does to them
    ("barred General X", "sanctioned Minister Y") does not make them its officials."""
    first = _first_mentions(index)
    found: set[int] = set()
    for person in index.people:
        at = first.get(id(person))
        if at is None:
            continue
        if _name_head(doc[at], person, index.person_at).dep_ == "dobj":
            found.add(id(person))
    return found


def reported_by_other_side(
    doc: Doc, index: ActorIndex, framed: dict[int, str], spoken: dict[int, str]
) -> set[int]:
    """People, by ``id``, whom ``framed`` gives a state but who are first named inside the clause of a
    speaker whose announced will (``spoken``) is another state's: the speaker's side is not the frame's, so
    the frame says nothing of the people in their words."""
    first = _first_mentions(index)
    speakers = [p for p in index.people if id(p) in spoken and id(p) in first]
    found: set[int] = set()
    for person in index.people:
        state = framed.get(id(person))
        at = first.get(id(person))
        if state is None or at is None:
            continue
        for speaker in speakers:
            if spoken[id(speaker)] == state or speaker is person:
                continue
            verb = _name_head(doc[first[id(speaker)]], speaker, index.person_at).head
            said = [c for c in verb.children if c.dep_ in {"ccomp", "conj"} and c.i > first[id(speaker)]]
            if any(c.left_edge.i <= at <= c.right_edge.i for c in said):
                found.add(id(person))
    return found
