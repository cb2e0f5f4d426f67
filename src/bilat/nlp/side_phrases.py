"""The side a phrase before an official's title names: "for the Slovak side, State Secretary X", "on the
Kenyan side, Colonel Y". A joint body's release lists each party's chair so; the words name whose side the
official is on as plainly as a nationality on the title, and outrank what speaks only for the whole
article (its letterhead, its dateline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.people import title_words

if TYPE_CHECKING:
    from bilat.nlp.actors import ActorIndex

SIDE_PREPOSITIONS = {"for", "on", "from"}
LINKS = {"of", "the", "for", "and"}  # words inside a title: "Minister of State for Trade and Industry"
MAX_TITLE_WORDS = 6  # words of a title between the phrase and the name ("Deputy Minister of Foreign Affairs")


def named_sides(doc: Doc, index: ActorIndex) -> None:
    """Gives each person first named right after "for/on/from the <state's> side," (a title between)
    that state, unless they already have one."""
    if index.gazetteer is None:
        return
    words = title_words(index.gazetteer.titles)
    starts = sorted(i for i, p in index.person_at.items() if index.person_at.get(i - 1) is not p)
    for start in starts:
        person = index.person_at[start]
        if person.country is not None:
            continue
        at = start - 1
        taken = 0
        while (
            at >= 0
            and taken < MAX_TITLE_WORDS
            and (doc[at].lower_ in words or doc[at].lower_ in {"of", "the"})
        ):
            at -= 1
            taken += 1
        if at >= 0 and doc[at].text == ",":
            at -= 1
        state = _side_state(doc, at, index)
        if state is not None:
            person.affiliate(Affiliation(state, "nationality"))


def _side_state(doc: Doc, at: int, index: ActorIndex) -> str | None:
    """The state of "for the Slovak side" ending at token ``at`` ("side"), or None."""
    if at < 3 or doc[at].lower_ != "side":
        return None
    ref = index.by_token.get(at - 1)
    if ref is None or ref.kind != "state" or not ref.country:
        return None
    start = at - 1
    while start > 0 and index.by_token.get(start - 1) is ref:
        start -= 1  # "the South Sudanese side": the whole nationality
    if start < 2 or doc[start - 1].lower_ != "the" or doc[start - 2].lower_ not in SIDE_PREPOSITIONS:
        return None
    return ref.country
