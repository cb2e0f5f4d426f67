"""Where a private person comes from, as the words set beside their name say: "X, 58, a retired teacher
from Rzeszow". News gives a foreigner's nationality and a local's town: the state of the town a private
person is from is theirs. Only for people named with no title (an official's or a commentator's town says
nothing of whom they act or speak for, nor does an employer's town: "an analyst at a London consultancy"),
and only a town the tables place in one state. Also the master of a fishing boat, who sails under its flag.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.countries import Gazetteer


def home_town(
    ent: Span, gazetteer: Gazetteer, place_state: Callable[[str], str | None] | None
) -> Affiliation | None:
    """The state of the town a private person is described as from, in the noun set in apposition right
    after their name; one state, or none."""

    def town(token: Token) -> str | None:
        if token.pos_ != "PROPN" or token.text in gazetteer.names:
            return None  # a state's own name ("a teacher from Poland") is the nationality rules' business
        return gazetteer.capitals.get(token.text) or (place_state(token.text) if place_state else None)

    root = ent.root
    described = [c for c in root.children if c.dep_ == "appos" and c.i > ent.end - 1 and c.pos_ == "NOUN"]
    states = {
        state
        for noun in described
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for obj in prep.children
        if obj.dep_ == "pobj" and (state := town(obj))
    }
    return Affiliation(states.pop(), "home town") if len(states) == 1 else None


# The craft a fishing crew sails, and the words for the one in command of it.
FISHING_CRAFT = {"trawler", "dredger", "seiner", "longliner"}
FISHING_HULLS = {"boat", "vessel"}  # with "fishing" before them: "a fishing boat"
MASTERS = {"captain", "skipper", "master"}


def fishing_master(ent: Span, nationality_of: Callable[[Token], str | None]) -> Affiliation | None:
    """ "Its skipper, X", "the captain, X", in a story whose fishing craft all bear one nationality ("a
    Chilean trawler", "Chilean fishing boats"): the skipper of a fishing boat sails under its flag. A
    master's own words ("the captain of the patrol boat") are the other rules' business, and fishing craft
    of two states say nothing."""
    root = ent.root
    nouns = [root.head] if root.dep_ == "appos" and root.head.i < root.i else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    masters = [n for n in nouns if n.lower_ in MASTERS and n.is_lower]
    if not masters or any(c.dep_ == "prep" for n in masters for c in n.children):
        return None
    states: set[str] = set()
    for token in ent.doc:
        if token.pos_ != "NOUN":
            continue
        lemma = token.lemma_.lower()
        hull = lemma in FISHING_HULLS and any(c.lower_ == "fishing" for c in token.lefts)
        if (lemma in FISHING_CRAFT or hull) and (state := nationality_of(token)):
            states.add(state)
    return Affiliation(states.pop(), "craft") if len(states) == 1 else None
