"""The side a phrase before an official's title names: "for the Slovak side, State Secretary X", "on the
Kenyan side, Colonel Y". A joint body's release lists each party's chair so; the words name whose side the
official is on as plainly as a nationality on the title, and outrank what speaks only for the whole
article (its letterhead, its dateline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.countries import Gazetteer
from bilat.nlp.people import title_words

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex

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


# Offices held abroad: their holder is posted in another state's capital, never in their own.
POSTED_ROLES = {"Ambassador", "Envoy", "Diplomat", "Consul", "Consul General"}
HOME_BASES = {"dateline", "publisher"}  # what makes a story one side's own


def posted_envoys(doc: Doc, index: ActorIndex, dyad: tuple[str, str] | None) -> None:
    """ "the High Commissioner in London, X" in a story datelined in Abuja about Nigeria and Britain: a head
    of mission the home side's story places in the other side's capital (or sends "to" the other side) is
    the home side's own envoy abroad. An envoy in the home capital may be any state's, so gets nothing
    here. Only the dateline and the pair say so, so this comes last, for envoys nothing else placed."""
    context = index.context
    if dyad is None or index.gazetteer is None or context is None or context.basis not in HOME_BASES:
        return
    home = context.country
    if home not in dyad:
        return
    other = dyad[1] if home == dyad[0] else dyad[0]
    gazetteer = index.gazetteer
    starts = sorted(i for i, p in index.person_at.items() if index.person_at.get(i - 1) is not p)
    for start in starts:
        person = index.person_at[start]
        if person.country is not None or person.title is None or person.title.role not in POSTED_ROLES:
            continue
        posted = {_post_state(noun, gazetteer, index) for noun in _title_nouns(doc, start, index)}
        posted.discard(None)
        if posted == {other}:
            person.affiliate(Affiliation(home, "dateline"))


def _title_nouns(doc: Doc, start: int, index: ActorIndex) -> list[Token]:
    """The title a name is written with: the noun it is in apposition to ("the High Commissioner in
    London, X"), or the title words compounded on it ("Ambassador to Chile X")."""
    person = index.person_at[start]
    root = doc[start]
    while root.head.i != root.i and index.person_at.get(root.head.i) is person:
        root = root.head
    nouns = [t for t in root.lefts if t.dep_ == "compound" and t.i not in index.person_at]
    if root.dep_ == "appos" and root.head.i < start:
        nouns.append(root.head)
    return nouns


def _post_state(noun: Token, gazetteer: Gazetteer, index: ActorIndex) -> str | None:
    """The state of the capital a title says its holder sits in ("in London"), or is sent to ("to Chile")."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "to"}):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            words = [t for t in place.lefts if t.dep_ == "compound"] + [place]
            iso3 = gazetteer.capitals.get(" ".join(t.text for t in words))
            ref = index.by_token.get(place.i)
            if iso3 is None and prep.lower_ == "to" and ref is not None and ref.kind == "state":
                iso3 = ref.country
            if iso3:
                return iso3
    return None
