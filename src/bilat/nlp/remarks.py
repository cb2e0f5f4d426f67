"""The author of words the story first told of without a name: "Morocco protested against remarks by a
senior Algerian official … The remarks were made by Deputy Minister X". The definite noun refers back to
the words named before, and the nationality given their unnamed author then is the named author's: an
earlier fuller mention, which outranks the dateline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.affiliation import Affiliation

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex

# Nouns for words someone said, and the verbs by which one makes them.
UTTERANCES = {"remark", "comment", "statement", "speech"}
MAKING = {"make", "deliver", "utter"}


def _made_by(token: Token) -> Token | None:
    """The utterance noun a name is the maker of: "The remarks were made by X" (the name in the agent
    phrase, or in apposition to a title there) or "X made the remarks"."""
    node = token
    while node.dep_ in {"compound", "flat", "appos"} and node.head.i != node.i:
        node = node.head
    verb = None
    if node.dep_ == "pobj" and node.head.dep_ == "agent":
        verb = node.head.head
        nouns = [c for c in verb.children if c.dep_ == "nsubjpass"]
    elif node.dep_ == "nsubj":
        verb = node.head
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return None
    if verb.lemma_.lower() not in MAKING:
        return None
    definite = [
        n
        for n in nouns
        if n.lemma_.lower() in UTTERANCES and any(d.lower_ in {"the", "these", "those"} for d in n.children)
    ]
    return definite[0] if definite else None


def _earlier_author_state(doc: Doc, index: ActorIndex, noun: Token) -> set[str]:
    """The states earlier mentions of the same utterance give its unnamed author: "remarks by a senior
    Algerian official", "the Algerian official's remarks"."""
    found: set[str] = set()
    for earlier in doc[: noun.sent.start]:
        if earlier.lemma_.lower() != noun.lemma_.lower():
            continue
        authors = [c for c in earlier.children if c.dep_ == "poss"]
        authors += [p for c in earlier.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children]
        for author in authors:
            if author.i in index.person_at:
                continue  # a named author is the name rules' business
            state = index.nationality_of(author)
            if state is not None:
                found.add(state)
    return found


def authors_of_remarks(doc: Doc, index: ActorIndex) -> None:
    """A person with no country who made the words an earlier sentence gave an unnamed author of one
    state takes that state."""
    first: dict[int, int] = {}
    for i, person in index.person_at.items():
        first[id(person)] = min(first.get(id(person), i), i)
    for person in index.people:
        if person.country is not None or id(person) not in first:
            continue
        noun = _made_by(doc[first[id(person)]])
        if noun is None:
            continue
        states = _earlier_author_state(doc, index, noun)
        if len(states) == 1:
            person.affiliate(Affiliation(next(iter(states)), "earlier"))
