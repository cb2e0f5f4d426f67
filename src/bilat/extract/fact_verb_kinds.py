"""The kind a verb gives the people or things it acts on: its rule with the words that complete it,
people held, taken with their vessels or in custody, people who work, stay or are hosted in a country,
a fleet's catch landed; and whether a count's verb acts on the people at all."""

from __future__ import annotations

import re

from spacy.tokens import Token

from bilat.extract.fact_acts import (
    seized_just_before,
)
from bilat.extract.fact_anchors import SUBJECTS
from bilat.extract.fact_kind_rules import NO_FACT, WordRule, _first, _forms, _word_kind, load_verbs
from bilat.nlp.date_attachment import clause_verb
from bilat.resources import Resources

# Kinds of the verbs that say where people are, not what happened to them.
PLACING = {"population"}


# Where people held are: "remain in custody".
CUSTODY = {"custody", "detention", "jail", "prison"}


# Words that complete a verb's sense ("take hostage" is parsed with any of these).
VERB_COMPLEMENTS = {"dobj", "prt", "oprd", "acomp", "advmod", "npadvmod", "advcl", "attr"}


# "declared X persona non grata", and the phrase itself when the parse makes "persona" a verb.
PERSONA_NON_GRATA = re.compile(r"^(?:declare\w*\s[^.;]*?\b)?persona\s+non\s+grata\b", re.I)


# What people do of their own accord that is no quantity of two states' relations, unless it places them
# in a country now ("study in Ukraine", read as a community above).
PASTIMES = {"study"}


def _perfect(verb: Token) -> bool:
    """ "have studied": a present perfect, told of all the years up to now."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _verb_kind(verb: Token, rules: list[WordRule], unit_class: str) -> str | None:
    # "lose life", "round up"; "applied for asylum": the object of a preposition completes it too.
    objects = {f for c in verb.children if c.dep_ in VERB_COMPLEMENTS for f in _forms(c)}
    if verb.pos_ == "NOUN":
        # An act told as a noun takes its sense from its adjective: "the fatal shooting of two men".
        objects |= {f for c in verb.children if c.dep_ == "amod" for f in _forms(c)}
    # "shipped 4 million tonnes of coal to Japan": goods taken to a state; "to" a place that is no
    # state ("to the port") completes nothing.
    objects |= {
        p.lower_
        for p in verb.children
        # The parse may take "to" for a dative: "will ship 300,000 tonnes of grain to Egypt".
        if p.dep_ in {"prep", "dative"} and p.lower_ == "to" and any(c.ent_type_ == "GPE" for c in p.children)
    }
    # "2 billion cubic metres of Russian gas reached Serbia": a verb whose object is a state or a city
    # completes a rule written with the word "gpe" ("reach gpe"); "exports reached 2 million tonnes" not.
    objects |= {"gpe" for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "GPE"}
    # "will supply Kenya with 200,000 tonnes of wheat": the state supplied is the verb's object.
    objects |= {p.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"}
    objects |= {
        f
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"for", "into"}
        for c in p.children
        if c.dep_ == "pobj"
        for f in _forms(c)
    }
    forms = None
    if verb.lemma_.lower() in {"declare", "persona"} and PERSONA_NON_GRATA.match(
        verb.sent.text[verb.idx - verb.sent.start_char :]
    ):
        # "declared four embassy employees persona non grata": the parse scatters the Latin phrase, even
        # making "persona" the verb; the phrase is read as the verb "declare" with its word "grata".
        forms, objects = {"declare"}, objects | {"grata"}
    if unit_class == "money" and _sells_for(verb):
        return "price"
    kind = _word_kind(verb, rules, unit_class, objects, forms)
    # "31 nationals were being held", "two trawlers have been held in Oman since 2019".
    if kind is None and unit_class == "people" and _taken_with_vessels(verb):
        return "detained"
    if kind is None and unit_class in {"people", "things"} and (_in_custody(verb) or _held(verb)):
        return "detained"
    if (
        kind is None
        and unit_class == "people"
        and (_works_abroad(verb) or _stays_in_a_country(verb) or _hosted(verb) or _peopled(verb))
    ):
        kind = "population"
    if kind is None and unit_class == "people" and verb.lemma_.lower() in PASTIMES and _perfect(verb):
        # "8,000 students have studied in Hungarian colleges since 1998": what people have done on
        # their own over the years, no act of a state on them and no community where they are (those
        # "studying in the country last year" are a year's count).
        return NO_FACT
    # "were confirmed dead": the state the verb leaves them in.
    states = (c for c in verb.children if c.dep_ in {"oprd", "acomp"} and c.pos_ == "ADJ")
    return kind or _first(list(states), lambda c: _word_kind(c, rules, unit_class, set()))


# Verbs of sale that, with no object, tell what a thing goes for: "tickets sell for 300 USD".
PRICED = {"sell", "retail"}


def _sells_for(verb: Token) -> bool:
    """ "fares sell for 410 USD": the thing sold is the subject and the sum its price, no state's sales
    (those name what was sold: "sold wheat worth 2 million USD", "sold it to Peru for 9 million USD")."""
    return (
        verb.lemma_.lower() in PRICED
        and not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        and not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.ent_type_ in {"GPE", "NORP"} for c in verb.children
        )
    )


# What a fleet lands that is its catch: "landed 30,000 tonnes of tuna", not "landed 40 tonnes of aid".
FISH = {"fish", "catch", "seafood", "tuna", "shrimp", "prawn", "squid", "octopus", "sardine", "mackerel"}


FISH |= {"hake", "cod", "herring", "anchovy", "lobster", "crab", "scallop"}


def _landed(volume: Token, verbs: list[WordRule]) -> bool:
    """The volume is the object of a verb of catching ("caught 30,000 tonnes"); a verb of landing
    lands fish ("landed 30,000 tonnes of fish")."""
    if volume.dep_ != "dobj" or _verb_kind(volume.head, verbs, "things") != "catch":
        return False
    if volume.head.lemma_.lower() != "land":
        return True
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in FISH
        for p in volume.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


def _works_abroad(verb: Token) -> bool:
    """ "Some 800,000 Filipinos work in Kuwait", "some 9,000 Malians work there" (the country told before),
    "3,000 Kenyan students study in Ukraine", "are enrolled in Polish universities": people who work or
    study in a country are a community in it, as those who live there are; not "1,500 fishermen work on
    vessels near the boundary"."""
    # Those who "worked" there last season, or "are working" there under a scheme, are a count of workers.
    lemma = verb.lemma_.lower()
    if lemma in {"enrol", "enroll", "register"}:
        if verb.tag_ != "VBN" or not any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBP", "VBZ"} for c in verb.children
        ):
            return False
    elif lemma not in {"work", "study"} or verb.tag_ not in {"VBP", "VBZ", "NN"}:
        return False
    if lemma in {"work", "study"} and any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children):
        return True
    # "are registered with consulates in Ruritania": the country hangs on the office they are registered with.
    holders = [verb] + [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(o.dep_ == "pobj" and (o.ent_type_ == "GPE" or _of_a_state(o)) for o in p.children)
        for h in holders
        for p in h.children
    )


def _hosted(verb: Token) -> bool:
    """ "Ruritania hosts some 400,000 Borovians": the people a state hosts now are a community in it; not
    "hosted 40 delegates" (a past event) nor a city hosting a summit."""
    if verb.lemma_.lower() != "host" or verb.tag_ not in {"VBP", "VBZ"}:
        return False
    return any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in verb.children)


# Places whose people, told as what the place "has", are its population.
PLACES = {"island", "atoll", "archipelago", "country", "nation", "state", "territory", "city", "town"}
PLACES |= {"capital", "village", "province", "region", "enclave", "republic", "kingdom"}


def _peopled(verb: Token) -> bool:
    """ "The island has about 12,000 people": the people a place has now are its population; not "the
    ministry has 300 staff" nor "the town had 40 people arrested"."""
    if verb.lemma_.lower() != "have" or verb.tag_ not in {"VBP", "VBZ"}:
        return False
    if any(c.dep_ in {"ccomp", "xcomp", "oprd", "acomp"} for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubj" and (c.ent_type_ == "GPE" or c.lemma_.lower() in PLACES) for c in verb.children
    ) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"people", "inhabitant", "resident"} for c in verb.children
    )


def _of_a_state(noun: Token) -> bool:
    """ "Uzbek universities", "Kuwaiti households": a place named by the state it is in."""
    return any(c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"} for c in noun.children)


def _stays_in_a_country(verb: Token) -> bool:
    """ "About 300,000 stay in the country", "some 2,000 stayed in Chile": people counted before who stay
    in a country are a community in it; not "six remain in custody"."""
    if verb.lemma_.lower() not in {"remain", "stay"}:
        return False
    # Only a number standing for people told before: "30 engineers are to stay on at the dam" are
    # advisers, a count, whatever the country.
    if not any(c.dep_ in SUBJECTS and c.pos_ == "NUM" for c in verb.children):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(
            o.dep_ == "pobj" and (o.ent_type_ == "GPE" or o.lemma_.lower() == "country") for o in p.children
        )
        for p in verb.children
    )


def acts_on(token: Token, resources: Resources) -> bool:
    """The verb of the clause ``token`` (a count of people) is in tells what was done to them ("Bahrain
    released seven fishermen"), not where they are ("hosts 60,000 refugees", "live"); or a noun of
    that act they are "of" does ("the repatriation of 40 sailors"), or a participle on them ("40 sailors
    released by the navy")."""
    return _acted_on_by_participle(token, resources) or _acted_on_by_clause(token, resources)


def _acted_on_by_participle(token: Token, resources: Resources) -> bool:
    """ "40 sailors released by the navy", "the repatriation of 40 sailors": the act is told on them."""
    verbs = resources.load("facts.verbs", load_verbs)
    acts = [c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        acts.append(token.head.head)
    return any(_verb_kind(act, verbs, "people") not in {None, *PLACING} for act in acts)


def participle_act_only(token: Token, resources: Resources) -> bool:
    """ "granted citizenship to 222 prisoners expelled in February": what was done to the people is told
    only by the participle on them, whose date is then the act's, not by the clause they are in."""
    return _acted_on_by_participle(token, resources) and not _acted_on_by_clause(token, resources)


def _acted_on_by_clause(token: Token, resources: Resources) -> bool:
    verbs = resources.load("facts.verbs", load_verbs)
    verb = clause_verb(token)
    if verb is token or verb.pos_ != "VERB":
        return False
    # "were forced onto buses and sent back": a joined verb with no subject of its own acts on them too.
    joined = [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_ in SUBJECTS for s in c.children)
    ]
    kinds = [_verb_kind(v, verbs, "people") for v in [verb, *joined]]
    return any(kind is not None and kind not in PLACING for kind in kinds)


def _in_custody(verb: Token) -> bool:
    """ "Six others remain in custody", "are still held in detention": where the verb leaves them."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "into"}
        and any(o.lemma_.lower() in CUSTODY for o in c.children)
        for c in verb.children
    )


# Verbs that, passive, keep people somewhere against their will: "1,000 travellers were kept in a
# transit zone", "were confined to the ship". Only with the place they are kept in: "were kept informed".
CONFINING = {"keep", "confine"}


CONFINED_IN = {"in", "at", "on", "aboard", "to", "inside"}


# Craft whose crews a navy or a coast guard takes with them: "stopped four launches and took 11 fishermen
# to port", "eight fishermen and their two boats had been taken".
VESSELS = {"boat", "launch", "vessel", "trawler", "ship", "dhow", "pirogue", "skiff", "canoe", "tug", "barge"}


# Where people are taken to be cared for, not held.
CARE = {"hospital", "clinic", "safety", "shelter", "camp"}


def _taken_with_vessels(verb: Token) -> bool:
    """People "taken" in a sentence that tells their craft stopped or taken too are seized with it, not
    carried ("took the wounded to hospital" is care, and names no craft)."""
    if verb.lemma_.lower() != "take" or verb.pos_ != "VERB":
        return False
    # "take part", "take place", "take hostage" (verbs.txt) are other acts.
    if any(
        c.dep_ in {"dobj", "prt", "oprd"} and c.lower_ in {"part", "place", "hostage", "prisoner"}
        for c in verb.children
    ):
        return False
    cared = any(
        c.dep_ == "prep" and c.lower_ in {"to", "into"} and any(o.lemma_.lower() in CARE for o in c.children)
        for c in verb.children
    )
    craft = any(t.lemma_.lower() in VESSELS and t.pos_ == "NOUN" for t in verb.sent)
    return (craft or seized_just_before(verb, VESSELS)) and not cared


def _held(verb: Token) -> bool:
    """ "31 nationals were being held", "the 12 sailors held by the navy": people held are in someone's
    hands. Only the passive: "the centre can hold 3,000 people" tells a capacity, "held talks" no count."""
    lemma = verb.lemma_.lower()
    if lemma not in {"hold", *CONFINING}:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    held = passive or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    if lemma in CONFINING:
        # A participle with a subject of its own is a clause misread: "that Hungary had kept Kyiv in
        # the dark about eleven prisoners".
        own_subject = any(c.dep_ == "nsubj" for c in verb.children)
        placed = any(c.dep_ == "prep" and c.lower_ in CONFINED_IN for c in verb.children)
        return held and placed and not own_subject
    return held
