"""Counts of people that are no count of what was done to them: a breakdown of a group, a pace per day
or week, what could happen, passengers aboard, a state's population, whom a thing is meant for."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span, Token

from bilat.extract.fact_anchors import ARGUMENT_DEPS
from bilat.nlp.doctext import doc_text

# The arguments of a verb that say what happened to the thing counted.
MODALS = {"can", "could", "may", "might"}


def _a_recipient(token: Token) -> bool:
    """The people are those something is given or refused to ("refused entry to 900 Ukrainian citizens",
    "issued visas to 3,000 nationals"): a count of what was done, not of a community."""
    if token.dep_ == "dative":
        return True
    if token.dep_ != "pobj" or token.head.lower_ != "to":
        return False
    holder = token.head.head
    return holder.pos_ == "VERB" or (holder.dep_ == "dobj" and holder.head.pos_ == "VERB")


def _provided_for(token: Token) -> bool:
    """The people are whom a thing is meant for ("a flight for 320 nationals", "places for 500 pupils"):
    what it can carry or hold, not a count of anything done to them."""
    return token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.pos_ == "NOUN"


# A part of a group told by its sex or age, beside the group's own count: "five of the detainees,
# including two women, were released". It is a breakdown of that count, not a count of its own.
SUBGROUPS = {"woman", "women", "child", "children", "girl", "girls", "boy", "boys", "minor", "minors"}


SUBGROUPS |= {"teenager", "teenagers", "infant", "infants", "baby", "babies"}


BREAKDOWN = re.compile(
    r"(?:\bincluding|\bamong\s+them|\bof\s+(?:them|whom))\s+(?:at\s+least\s+|some\s+|about\s+)?$", re.I
)


# Counts of homes, not of people: "2,000 families fled" is some thousands of people, how many the text
# does not say; a quantity still (the text answers a question of it), no record of people.
HOUSEHOLDS = {"family", "families", "household", "households"}


def _after_a_named_person(span: Span) -> bool:
    """ "The skipper, Tomas Vidal, and three deckhands are still held": the number counts the group
    without the person named before it, so it is not how many were held; no count of its own."""
    doc = span.doc
    at = span.start - 1
    if at < 1 or doc[at].lower_ != "and":
        return False
    at -= 1
    while at > 0 and (doc[at].is_punct or doc[at].like_num):
        at -= 1  # "Ivo Lorencic, 61, and two crew members": the age is the person's
    # A name the model misses is still a proper noun set beside a title: "the captain, Stavros Pappas,".
    return doc[at].ent_type_ == "PERSON" or (doc[at].tag_ == "NNP" and doc[at].dep_ == "appos")


# A whole just counted, then its parts: "the three, two diplomats and a driver, were expelled".
WHOLE_BEFORE = re.compile(
    r"\bthe\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\s*,\s*$", re.I
)


def _a_breakdown(span: Span) -> bool:
    before = doc_text(span.doc)[max(0, span.start_char - 30) : span.start_char]
    return bool(WHOLE_BEFORE.search(before)) or (
        span.root.lower_ in SUBGROUPS and bool(BREAKDOWN.search(before))
    )


# A count of people per span of days ("a week", "per day"): a rate. A year's is left a count ("5,000
# students a year" is what a year's admissions total).
RATE = re.compile(r"^\s*(?:a|an|per|each|every)\s+(?:day|week|month|fortnight)\b", re.I)


def _a_rate(span: Span) -> bool:
    rest = doc_text(span.doc)[span.end_char : span.end_char + 30]
    return bool(RATE.match(rest))


def _possible_only(noun: Token) -> bool:
    """The verb the people are an argument of says what could happen to them, not what did."""
    if noun.dep_ not in ARGUMENT_DEPS:
        return False
    verb = noun.head
    # "the camp could be used to house up to 8,000 refugees": the modal is on the verb "hold" completes.
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head != chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for v in chain for c in v.children)


def _held_at_home(verb: Token, people: Token) -> bool:
    """ "60 people are jailed for political reasons": prisoners a government holds for their politics, with
    no nationality told, are its own citizens, no quantity between two states ("six Poles held for
    political reasons" keep theirs)."""
    if any(c.ent_type_ in {"NORP", "GPE"} for c in people.subtree):
        return False
    return any(
        o.lemma_.lower() in {"reason", "motive"} and any(a.lower_ == "political" for a in o.children)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _a_states_people(people: Token) -> bool:
    """ "Tuvalu, with about 11,000 people, …": the people a state is described as having are its
    population."""
    with_ = people.head
    if (
        people.dep_ != "pobj"
        or with_.lower_ != "with"
        or people.lemma_.lower() not in {"people", "inhabitant"}
    ):
        return False
    if with_.head.ent_type_ == "GPE" and with_.head.i < with_.i:
        return True
    # The parse may hang "with" on the verb: "Tuvalu, with some 11,000 people, once recognised …".
    doc = people.doc
    return with_.i >= 2 and doc[with_.i - 1].text == "," and doc[with_.i - 2].ent_type_ == "GPE"


def _on_board(people: Token) -> bool:
    """ "with 191 passengers on board": those a ship or plane carried, told to describe it, not
    what a state did to them."""
    if people.lemma_.lower() != "passenger":
        return False  # the crew of a boat taken with it are counted ("with six crew on board, was seized")
    with_ = people.head
    if people.dep_ != "pobj" or with_.lower_ != "with":
        return False
    words = [t.lower_ for t in with_.subtree]
    return "aboard" in words or any(pair == ("on", "board") for pair in pairwise(words))
