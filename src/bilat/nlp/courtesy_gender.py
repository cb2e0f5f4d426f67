"""Whether "his" or "her" can stand for a person, read from the courtesy words the story writes before
their name ("Mr Soto", "Ms Ruiz").

A pronoun refers back to someone of its gender; the nearest official named before it is only the nearest.
Only the article's own words count: a first name says nothing here (names are not a gazetteer of genders).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person

MALE_COURTESY = {"mr", "mr.", "mister", "sir", "lord"}
FEMALE_COURTESY = {"ms", "ms.", "mrs", "mrs.", "madam", "madame", "dame", "lady"}
PRONOUN_GENDER = {"his": "male", "her": "female"}


def courtesy_gender(doc: Doc, index: ActorIndex, person: Person) -> str | None:
    """ "male" or "female" when a courtesy word is written before one of the person's mentions and all
    such words agree; None when none is written (or they disagree)."""
    found: set[str] = set()
    starts = [i for i, holder in index.person_at.items() if holder is person and i > 0]
    starts = [i for i in starts if index.person_at.get(i - 1) is not person]  # a mention's first word
    # "Ms Soto" after "Ana Soto", which the model may have read as a person of its own.
    surnames = {name.split()[-1] for name in {person.name, *person.aliases} if name.split()}
    starts += [t.i for t in doc[1:] if t.text in surnames and index.person_at.get(t.i) is not person]
    for i in starts:
        word = doc[i - 1].lower_
        if word in MALE_COURTESY:
            found.add("male")
        elif word in FEMALE_COURTESY:
            found.add("female")
    return found.pop() if len(found) == 1 else None


def paragraph_start(doc: Doc, at: int) -> int:
    """The index of the first token of the paragraph token ``at`` is in (a line break opens one)."""
    text = doc.text
    start_char = text.rfind("\n", 0, doc[at].idx) + 1
    for token in doc[: at + 1]:
        if token.idx >= start_char:
            return token.i
    return at
