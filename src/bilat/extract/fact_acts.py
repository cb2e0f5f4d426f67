"""What was done to the people or goods a figure counts, when the parse hides it from the clause verb.

Goods a state gives away are aid by volume ("will donate 20,000 tonnes of rice", "15,000 tonnes of food
aid"); the load of vehicles held up or seized is counted with them ("400 lorries carrying 12,000 tonnes of
goods are stuck"); people taken with their vessel are held ("the trawler, with six crew on board, was
escorted to port"); an act another is only asked to do has not happened ("urged Maputo to release the
remaining five drivers"). Used by ``bilat.extract.fact_kinds``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

SUBJECTS = {"nsubj", "nsubjpass"}
NO_FACT = "-"  # a noun of facts/things.txt whose number is no fact by itself ("tonnes")

# What goods given to another state are: "15,000 tonnes of food aid", "50,000 tonnes of wheat as
# humanitarian assistance".
AID_NOUNS = {"aid", "assistance", "relief"}
CARRYING = {"carry", "transport", "haul"}
# What a state does to a vessel it takes, with the people aboard.
VESSEL_TAKEN = {"seize", "detain", "escort", "tow", "impound", "board", "arrest", "intercept", "capture"}
# Verbs that ask another to act: the act they ask for has not happened.
ASKING = {"urge", "ask", "call", "demand", "press", "request", "appeal", "want", "seek", "implore"}


def given_as_aid(volume: Token) -> bool:
    """A volume "of" aid, or given "as" aid by its verb."""
    preps = [p for p in volume.children if p.dep_ == "prep" and p.lower_ == "of"]
    if volume.head.pos_ in {"VERB", "AUX"}:
        preps += [p for p in volume.head.children if p.dep_ == "prep" and p.lower_ == "as"]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in AID_NOUNS for p in preps for o in p.children)


def cargo(volume: Token, things: dict[str, str]) -> bool:
    """The volume is what vehicles or boats counted as a fact carry ("some 400 lorries carrying about
    12,000 tonnes of goods are stuck", "the canoes had carried 2 tonnes of undeclared goods"): the load held
    up or seized with them. Goods carried "to" a state are its exports (verbs.txt), read before."""
    verb = volume.head
    if volume.dep_ != "dobj" or verb.lemma_.lower() not in CARRYING:
        return False
    carriers = [verb.head] if verb.dep_ in {"acl", "relcl"} else []
    carriers += [c for c in verb.children if c.dep_ in SUBJECTS]
    if verb.dep_ == "advcl" or (verb.dep_ == "acl" and verb.head.pos_ != "NOUN"):
        carriers += [c for c in verb.head.children if c.dep_ in SUBJECTS]
    return any(things.get(c.lower_) not in {None, NO_FACT} for c in carriers)


def taken_with_their_vessel(people: Token) -> bool:
    """ "The longliner, carrying nine fishermen, was towed into harbour", "was held with a crew of
    five", "brought to Arica with its eleven crew": the people go where the vessel is taken."""
    if people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.lemma_.lower() == "crew":
        people = people.head.head  # "with a crew of seven": the number is what the crew is of
    if people.dep_ != "pobj" or people.head.lower_ != "with":
        return False
    holder = people.head.head
    if holder.pos_ in {"NOUN", "PROPN"} and holder.dep_ in SUBJECTS | {"dobj"}:
        holder = holder.head  # "the vessel, with six crew on board, was towed": the vessel's verb
    return holder.pos_ == "VERB" and holder.lemma_.lower() in VESSEL_TAKEN


def asked_to(verb: Token) -> bool:
    """ "asked Yemen to free the 30 fishermen", "urged them to release … and to return …"."""
    if verb.dep_ == "conj" and verb.head.dep_ == "xcomp":
        verb = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and verb.head.lemma_.lower() in ASKING
    )


# Goods that pass through another state's port or land on their way: "cargo passing through the port rose
# to 1.2 million tonnes", "8 million tonnes of grain moved through its territory". A state's transit
# trade is counted by volume (no one state sells it to the other); the verb says the goods went through.
PASSING = {"pass", "move", "transit", "travel", "go", "flow"}
THROUGH = {"through", "via"}
GOODS = {"cargo", "freight", "goods", "grain", "transit", "traffic", "container", "shipment"}
FLOWING_TO = {"to", "at", "from"}  # "rose to 1.2 million tonnes … from 450,000 tonnes"


def _passes_through(verb: Token) -> bool:
    return verb.lemma_.lower() in PASSING and any(
        c.dep_ == "prep" and c.lower_ in THROUGH for c in verb.children
    )


def in_transit(volume: Token) -> bool:
    """The volume is of goods passing through a state: the subject of a verb of passage with "through"
    ("12 million tonnes of grain moved through Romania"), or what such goods came to ("cargo passing
    through Lome rose to 1.2 million tonnes"). Goods shipped "to" a state are its trade, read before."""
    of = [o for p in volume.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    goods = [volume, *of]
    if volume.dep_ in SUBJECTS and _passes_through(volume.head):
        return any(g.lemma_.lower() in GOODS for g in goods)
    verb = volume.head.head if volume.dep_ == "pobj" and volume.head.lower_ in FLOWING_TO else volume.head
    if volume.dep_ not in {"pobj", "attr", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    passing = [c for s in subjects for c in s.children if c.dep_ in {"acl", "relcl"} and _passes_through(c)]
    return any(c.head.lemma_.lower() in GOODS for c in passing)


# A state that orders people to leave expels them: "ordered two attachés to leave the country", "told
# 15 diplomats to leave within a week", "ordered 21 diplomats out". Troops told to go are a withdrawal,
# not an expulsion: their noun keeps them troops (fact_kinds.py).
ORDERING = {"order", "tell", "instruct", "give"}
LEAVING = {"leave", "depart", "quit", "go"}


def ordered_out(verb: Token) -> bool:
    """The verb orders its object to leave: an expulsion, done by the state that orders it."""
    if verb.lemma_.lower() not in ORDERING or asked_to(verb):
        return False
    return any(
        (
            c.dep_ in {"xcomp", "ccomp"}
            and c.lemma_.lower() in LEAVING
            and not any(n.dep_ == "neg" for n in c.children)
        )
        or (c.dep_ in {"prt", "advmod"} and c.lower_ == "out")
        for c in verb.children
    )


def seized_just_before(verb: Token, vessels: set[str]) -> bool:
    """The sentence before the verb's tells a vessel taken: "The navy seized one of the boats. Seven crew
    members were taken to the port": the crew go with it."""
    start = verb.sent.start
    if start == 0:
        return False
    return any(
        t.lemma_.lower() in VESSEL_TAKEN
        and (
            any(o.dep_ == "dobj" and o.lemma_.lower() in vessels for o in t.subtree)
            or any(c.dep_ == "dobj" and c.lower_ == "one" for c in t.children)
        )
        for t in verb.doc[start - 1].sent
        if t.pos_ == "VERB"
    )


# A figure its own sentence then calls a goal: "have pledged to invest 5 trillion yen over five years, a
# target set in 2022", "to lift trade to 10 billion USD, the goal the leaders agreed": what two sides hope
# for, no quantity of their relations (as a trade target, resources/facts/kinds.txt).
CALLED_A_GOAL = re.compile(
    r"[^.;:,]{0,80},\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:target|goal|ambition|aim)\b(?!\s+of\b)", re.I
)


def called_a_goal(text: str, end: int) -> bool:
    """The words after a figure (from ``end``) set it off as a target or a goal."""
    return bool(CALLED_A_GOAL.match(text, end))


# One more person joined to a count by "and a …": "held three Danish sailors and a Greek engineer"
# are three people arrested; "649 Argentine and 255 British servicemen" are two counts, each its own.
SINGLE = {"a", "an", "one"}
PERSONS = {"man", "woman", "person", "child", "boy", "girl"}


def one_more_joined(noun: Token, people: frozenset[str]) -> int:
    """1 when the people counted by ``noun`` are joined by "and" to one more person, else 0."""
    for c in noun.children:
        if c.dep_ != "conj" or c.pos_ != "NOUN" or c.tag_ != "NN":
            continue
        single = any(d.dep_ in {"det", "nummod"} and d.lower_ in SINGLE for d in c.children)
        lemma = c.lemma_.lower()
        if single and (lemma in PERSONS or f"{lemma}s" in people):
            return 1
    return 0
