"""Where a visit makes the dateline weak evidence for an official.

A story datelined in the capital a foreign leader visits quotes both sides' officials there, so the dateline
is only a guess for an official the text gives no state of their own. The guess is left unmade where the
words around the official are the visitors' own: their sentence, or the one before it in their paragraph
when it opens with a visitor's quoted words, has one of the visitors as its subject ("'This canal will let
our goods reach the sea,' Prime Minister X told students. Foreign Minister Y said …"; "X invited Kwon to
visit Ulaanbaatar next year, Foreign Minister Y said"), and not the host. A person with no state is better
than a wrong one; later steps (a counterpart, a host met) may still place them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from bilat.nlp.antecedents import visiting_states
from bilat.nlp.context import home_official, paragraph_before
from bilat.nlp.doctext import sentence_of
from bilat.nlp.people import find_person

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex

SUBJECTS = {"nsubj", "nsubjpass"}


def amid_visitors(doc: Doc, index: ActorIndex, home: str | None) -> set[int]:
    """By ``id``, the unmarked officials whose sentence, or the one before it in their paragraph, has a
    visitor's side and not ``home`` (the dateline's state, which the visitors came to) as a subject."""
    if home is None:
        return set()
    visitors = visiting_states(doc, index, home)
    if not visitors:
        return set()
    weak: set[int] = set()
    seen: set[int] = set()
    for at, person in sorted(index.person_at.items()):
        if id(person) in seen:
            continue
        seen.add(id(person))
        if person.country is not None or not home_official(person.title):
            continue
        if not _speaks(doc, at, index):
            continue  # "X was received by President Y", "later met Minister Y": the visitor's host
        sentence = sentence_of(doc[at])
        # The sentence before counts only when it quotes the visitors' words as theirs ("'…,' X told
        # students"): a summary of what they did ("X told reporters he had urged India to …") is as often
        # answered by the host's official next.
        nearby = [sentence, *(s for s in paragraph_before(doc, sentence)[:1] if _quotes(s))]
        people: set[str] = set()
        states: set[str] = set()
        for near in nearby:
            found_people, found_states = _subject_sides(near, index, person)
            people |= found_people
            states |= found_states
        # Only the visitors themselves speaking or acting: a state or a firm of the visiting side is what
        # either side's officials report ("the visitors' utility will supply Tajikistan, Minister Y said").
        if people & visitors and home not in people | states:
            weak.add(id(person))
    return weak


def _quotes(sentence: Span) -> bool:
    """Whether a sentence opens with the words it quotes ("'This line will take our goods to the sea,' X
    said"); a phrase quoted inside a summary ("urged India to act 'without delay'") is not their words."""
    first = next((t for t in sentence if not t.is_space), None)
    return first is not None and first.text in QUOTE_MARKS


QUOTE_MARKS = {'"', "“", "”", "''", "``"}


def _speaks(doc: Doc, at: int, index: ActorIndex) -> bool:
    """Whether the name at ``at`` is the subject of its clause (who speaks or acts), not its object."""
    root = doc[at]
    while root.head.i != root.i and index.person_at.get(root.head.i) is index.person_at[at]:
        root = root.head
    if root.dep_ in {"conj", "appos"}:
        root = root.head  # "Deputy Prime Minister and Foreign Minister X said": the title is the subject
    return root.dep_ in SUBJECTS


def _subject_sides(sentence: Span, index: ActorIndex, exclude: object) -> tuple[set[str], set[str]]:
    """The states of the subjects of a sentence's clauses: of the people of known state, and of the states
    and their bodies."""
    people: set[str] = set()
    states: set[str] = set()
    for token in sentence:
        if token.dep_ not in SUBJECTS:
            continue
        person = index.person_at.get(token.i)
        if person is None and token.pos_ == "PROPN" and token.i not in index.by_token:
            person = find_person(index.people, token.text)  # a name the model did not tag here
        if person is not None:
            if person is not exclude and person.country:
                people.add(person.country)
            continue
        ref = index.by_token.get(token.i)
        if ref is not None and ref.kind in {"state", "organisation"} and ref.country:
            states.add(ref.country)
    return people, states
