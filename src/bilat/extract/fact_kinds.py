"""What a figure measures: its kind, read from the noun it counts and the verb of its clause.

"Forty soldiers were killed" are casualties because of the verb, "300 people were evacuated" are not;
"a $2 million fine" is a fine because of the noun, whatever else the sentence says about trade. The words
are data (`resources/facts/nouns.txt`, `verbs.txt`); the clause cues of `kinds.txt` come after them, for
the phrasings a single word does not tell ("aim to bring trade to $5 billion"). A figure nothing names is
a bare `count`, and only a count of people is worth keeping as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from bilat.extract.fact_acts import (
    asked_to,
    cargo,
    given_as_aid,
    in_transit,
    ordered_out,
    seized_just_before,
    taken_with_their_vessel,
)
from bilat.models import Quantity
from bilat.nlp.date_attachment import clause_verb
from bilat.nlp.doctext import doc_text
from bilat.nlp.quantities import load_quantity_rules, number_of
from bilat.resources import ResourceError, Resources, read_lines

UNIT_CLASS = {"USD": "money", "people": "people", "percent": "percent"}
# "things": counted things other than people ("eight fishing boats"), named by facts/things.txt.
UNIT_CLASSES = {"money", "people", "percent", "things", "any"}
NO_FACT = "-"
NOUNS = {"NOUN", "PROPN"}
# How a figure hangs on the noun it measures: "a $2 million fine", "a 25% stake", "60% purity".
MODIFIER_DEPS = {"compound", "nmod", "amod", "nummod", "quantmod", "npadvmod"}
# The arguments of a verb that say what happened to the thing counted.
MODALS = {"can", "could", "may", "might"}
INCLUDING = {"including", "among"}
# Kinds of the verbs that say where people are, not what happened to them.
PLACING = {"population"}
# Kinds of the verbs that post people somewhere ("deploy", "station"): the people's own noun says what
# they are ("600 police officers" sent abroad are police, not troops).
POSTING = {"troops"}
# The determiners of a single unit: "a barrel sold for $83" is a price.
ONE = {"a", "an", "one", "each", "every", "per"}
EACH = {"each", "every"}
# Where people held are: "remain in custody".
CUSTODY = {"custody", "detention", "jail", "prison"}
# Kinds that a verb of buying or selling gives a sum; a purchase of arms stays an arms deal.
TRADE_VERB_KINDS = {"imports", "exports"}
# What a payment settles rather than names: money owed.
OWED = {"debt", "loan"}
# Money one state gives or lends another: frozen or suspended, it is still that aid or loan.
GIVEN = {"aid", "military_aid", "loan"}
# Words that complete a verb's sense ("take hostage" is parsed with any of these).
VERB_COMPLEMENTS = {"dobj", "prt", "oprd", "acomp", "advmod", "npadvmod", "advcl", "attr"}
SUBJECTS = {"nsubj", "nsubjpass"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"}
# Units of a rate that is still a total ("$2 billion a year" is a year's trade, not a price); "$15 an
# hour" and "$90 a night" are prices.
TIME_UNITS = {"year", "month", "week", "day", "quarter", "annum"}
PER_UNIT = re.compile(r"^\s*(?:(?:per|a|an|each)\s+(?P<unit>[a-z]+)|/\s*(?P<unit2>[a-z]+)|each\b)", re.I)


# "declared X persona non grata", and the phrase itself when the parse makes "persona" a verb.
PERSONA_NON_GRATA = re.compile(r"^(?:declare\w*\s[^.;]*?\b)?persona\s+non\s+grata\b", re.I)


@dataclass(frozen=True)
class KindRule:
    kind: str
    unit: str
    cue: re.Pattern[str]


@dataclass(frozen=True)
class WordRule:
    """A kind for a noun (or a verb) with, optionally, a word that must modify it (or be its object)."""

    kind: str
    unit: str
    head: str
    with_word: str | None


def load_kinds(resources: Resources) -> list[KindRule]:
    rules = []
    for n, line in read_lines(resources.path("facts/kinds.txt")):
        fields = [f.strip() for f in line.split("|", 2)]
        if len(fields) != 3 or fields[1] not in UNIT_CLASSES:
            raise ResourceError(f"facts/kinds.txt:{n}: expected 'kind | money|people|percent|any | cue'")
        try:
            rules.append(KindRule(fields[0], fields[1], re.compile(fields[2], re.I)))
        except re.error as error:
            raise ResourceError(f"facts/kinds.txt:{n}: bad regular expression: {error}") from None
    return rules


def _load_words(resources: Resources, name: str, second: str) -> list[WordRule]:
    rules = []
    for n, line in read_lines(resources.path(name)):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 3 or fields[1] not in UNIT_CLASSES or not re.fullmatch(r"[a-z_]+|-", fields[0]):
            raise ResourceError(f"{name}:{n}: expected 'kind | money|people|percent|any | words'")
        for entry in filter(None, (w.strip() for w in fields[2].split(","))):
            words = entry.split()
            if len(words) > 2 or entry != entry.lower():
                raise ResourceError(f"{name}:{n}: '{entry}': one lower-case word, or a {second} and a word")
            if len(words) == 2:
                # nouns: "military aid" (modifier, noun); verbs: "lose life" (verb, object).
                head, other = (words[1], words[0]) if second == "modifier" else (words[0], words[1])
            else:
                head, other = words[0], None
            rules.append(WordRule(fields[0], fields[1], head, other))
    return rules


def load_recorded(resources: Resources) -> dict[str, float | None]:
    """The kinds recorded as facts, each with the least value worth recording (None: any); the other
    kinds are recognised only to be told apart and left out."""
    kinds: dict[str, float | None] = {}
    for n, line in read_lines(resources.path("facts/recorded.txt")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) > 2 or not re.fullmatch(r"[a-z_]+", fields[0]):
            raise ResourceError(f"facts/recorded.txt:{n}: expected 'kind' or 'kind | least value'")
        try:
            kinds[fields[0]] = float(fields[1]) if len(fields) == 2 else None
        except ValueError:
            raise ResourceError(f"facts/recorded.txt:{n}: '{fields[1]}' is no number") from None
    return kinds


def load_nouns(resources: Resources) -> list[WordRule]:
    return _load_words(resources, "facts/nouns.txt", "modifier")


def load_verbs(resources: Resources) -> list[WordRule]:
    return _load_words(resources, "facts/verbs.txt", "verb and its object")


def _forms(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def _word_kind(
    token: Token, rules: list[WordRule], unit_class: str, related: set[str], forms: set[str] | None = None
) -> str | None:
    """The first rule for this word and unit class; a two-word rule needs its other word in ``related``.
    ``forms``: the word's forms when the parse misreads it (else its text and lemma)."""
    forms = forms or _forms(token)
    for rule in rules:
        fits = rule.unit in {unit_class, "any"} and rule.head in forms
        if fits and (rule.with_word is None or rule.with_word in related):
            return rule.kind
    return None


def _noun_kind(noun: Token, rules: list[WordRule], unit_class: str) -> str | None:
    # A compound shares its head's modifiers: "a concessional loan agreement" is a concessional loan.
    holders = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    modifiers = {
        f for h in holders for c in h.children if c.dep_ in {"compound", "amod", "nmod"} for f in _forms(c)
    }
    return _word_kind(noun, rules, unit_class, modifiers)


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
    kind = _word_kind(verb, rules, unit_class, objects, forms)
    # "31 nationals were being held", "two trawlers have been held in Oman since 2019".
    if kind is None and unit_class == "people" and _taken_with_vessels(verb):
        return "detained"
    if kind is None and unit_class in {"people", "things"} and (_in_custody(verb) or _held(verb)):
        return "detained"
    if (
        kind is None
        and unit_class == "people"
        and (_works_abroad(verb) or _stays_in_a_country(verb) or _hosted(verb))
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
    # "are registered with consulates in Gabon": the country hangs on the office they are registered with.
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
    """ "Jordan hosts some 1.6 million Syrians": the people a state hosts now are a community in it; not
    "hosted 40 delegates" (a past event) nor a city hosting a summit."""
    if verb.lemma_.lower() != "host" or verb.tag_ not in {"VBP", "VBZ"}:
        return False
    return any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in verb.children)


def _of_a_state(noun: Token) -> bool:
    """ "Uzbek universities", "Kuwaiti households": a place named by the state it is in."""
    return any(c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"} for c in noun.children)


def _stays_in_a_country(verb: Token) -> bool:
    """ "About 800,000 remain in the country", "some 2,000 stayed in Chile": people counted before who stay
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
    verbs = resources.load("facts.verbs", load_verbs)
    acts = [c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        acts.append(token.head.head)
    for act in acts:
        kind = _verb_kind(act, verbs, "people")
        if kind is not None and kind not in PLACING:
            return True
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
    """ "The captain, Ruben Alcaraz, and two officers remain in custody": the number counts the group
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


def _in_custody(verb: Token) -> bool:
    """ "Six others remain in custody", "are still held in detention": where the verb leaves them."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "into"}
        and any(o.lemma_.lower() in CUSTODY for o in c.children)
        for c in verb.children
    )


# What a state puts its own money into with another: works built together, or a fund they share.
WORKS = {"construction", "building", "fund", "upgrade", "upgrading", "rehabilitation", "expansion", "project"}


# What a state freezes that is no sum seized: a deal or a work put on hold.
ON_HOLD = {"contract", "deal", "agreement", "project", "programme", "program", "plan", "talks", "works"}


STILL_OWED = {"remaining", "outstanding", "unpaid", "overdue"}


def _of_an_object(token: Token) -> bool:
    """The sum measures the object of its verb: "paid an advance of 25 million USD"."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "dobj"


def _still_owed(span: Span) -> bool:
    """A sum left to pay: "the remaining 40 million USD", "its outstanding $2 billion"."""
    return any(c.dep_ == "amod" and c.lower_ in STILL_OWED for c in span.root.children)


def _a_share_of_works(span: Span) -> bool:
    """A sum a state contributes to works or a fund ("contribute $35 million to the construction of the
    post", "a fund to which each government will contribute $20 million") is its investment, not aid to
    the other: the money stays in what both build."""
    verb = clause_verb(span.root)
    if verb.lemma_.lower() != "contribute":
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "towards", "toward"}):
        for target in (c for c in prep.children if c.dep_ == "pobj"):
            if target.tag_ == "WDT" and verb.dep_ == "relcl":
                target = verb.head  # "a fund, to which each government will contribute"
            if target.lemma_.lower() in WORKS:
                return True
    return False


# Verbs that, passive, keep people somewhere against their will: "1,000 travellers were kept in a
# transit zone", "were confined to the ship". Only with the place they are kept in: "were kept informed".
CONFINING = {"keep", "confine"}
CONFINED_IN = {"in", "at", "on", "aboard", "to", "inside"}


# Craft whose crews a navy or a coast guard takes with them: "stopped four launches and took 11 fishermen
# to port", "11 fishermen and their three boats had been taken".
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


def _measured_nouns(span: Span, unit_class: str) -> list[Token]:
    """The nouns the figure is attached to, nearest first, each followed by the nouns compounded
    into it ("$2 billion in tariff hikes" → hikes, tariff)."""
    root = span.root
    nouns = [root] if unit_class == "people" else []
    numbered = number_of(root) if unit_class == "people" else None
    if numbered is not None:
        nouns.append(numbered)  # "the number of refugees reached 1.2 million"
    # "the bodies of five soldiers and six civilians": the civilians hang on the bodies too; "25 deaths,
    # including six prisoners": the prisoners are among the deaths.
    attached = root
    while attached.head != attached and (
        attached.dep_ == "conj" or (attached.dep_ == "pobj" and attached.head.lower_ in INCLUDING)
    ):
        # A group the people are among says what they are ("deaths"); a noun they are coordinated
        # with says nothing of them ("five troops and six civilians").
        among = attached.dep_ == "pobj"
        attached = attached.head if attached.dep_ == "conj" else attached.head.head
        if among and attached.pos_ in NOUNS and unit_class == "people":
            nouns.append(attached)
    head = attached.head
    if unit_class == "people" and attached.dep_ == "appos" and head.pos_ in NOUNS and head not in span:
        # "one of the largest communities in Italy, about 400,000 people": what the people are is the
        # noun they stand beside.
        nouns.append(head)
    if head != attached and head not in span:
        if attached.dep_ in MODIFIER_DEPS and head.pos_ in NOUNS:
            nouns.append(head)  # "a $2 million fine"
        if attached.dep_ == "pobj" and head.lower_ in {"of", "on", "to"} and head.head.pos_ in NOUNS:
            # "a fine of $2 million", "tariffs on $28 billion of goods", "home to 770,000 Sikhs"
            nouns.append(head.head)
        if head.lower_ == "worth" and head.head.pos_ in NOUNS:
            nouns.append(head.head)  # "a contract worth $90 million"
        elif head.lower_ == "worth" and _set_off(head) is not None:
            nouns.append(_set_off(head))  # "…, on top of its aid program, worth $345 million a year"
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
            # "$3 billion in loans", "54 percent of the vote"
            nouns.extend(c for c in child.children if c.dep_ == "pobj" and c.pos_ in NOUNS)
    if unit_class == "money" and root.dep_ == "dobj":
        # "will provide $130 million in grants": the parse hangs "in grants" on the verb, not the sum.
        nouns.extend(
            c
            for p in root.head.children
            if p.dep_ == "prep" and p.lower_ == "in" and p.i == root.i + 1
            for c in p.children
            if c.dep_ == "pobj" and c.pos_ == "NOUN"
        )
    if unit_class == "people":
        # "the bodies of five soldiers": what they are now outranks who they were.
        nouns = nouns[1:] + nouns[:1]
    with_compounds = []
    # "$20 billion worth of steel": "worth" says nothing of what is measured.
    for noun in (n for n in nouns if n.lower_ != "worth"):
        with_compounds.append(noun)
        if noun is not root:
            with_compounds.extend(c for c in noun.children if c.dep_ == "compound" and c.pos_ in NOUNS)
    return with_compounds


def _set_off(worth: Token) -> Token | None:
    """The noun a "worth" set off by a comma describes when the parse hangs it on the verb: the last
    common noun before the comma ("its development program for Indonesia, worth …")."""
    if worth.i == 0 or worth.doc[worth.i - 1].text != "," or worth.head.pos_ not in {"VERB", "AUX"}:
        return None
    for token in reversed(worth.doc[max(0, worth.i - 6) : worth.i - 1]):
        if token.pos_ == "NOUN":
            return token
        if token.pos_ in {"VERB", "AUX"} or token.text in {",", ";"}:
            return None
    return None


def _has_of(span: Span) -> bool:
    """ "40 percent of the budget": a share of something."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children)


def _governing_verbs(token: Token, joined: bool = False) -> list[Token]:
    """The verbs that say what happened to the thing counted: a participle or relative clause on it
    ("10,000 people displaced"), the verb it is an argument of ("40 soldiers were killed"), and the verb
    that verb completes ("were reported killed")."""
    # "10,000 people displaced", "17 injured people", "two dead militants"
    verbs = [c for c in token.children if (c.dep_ == "acl" and c.pos_ == "VERB") or c.dep_ == "amod"]
    # "detainees who were deported"; not "detainees, many of whom were deported". A relative clause tells
    # what the people had been before ("sent home 288 soldiers who had fled"): it comes after their verb.
    relative = [
        c
        for c in token.children
        if c.dep_ == "relcl"
        and c.pos_ == "VERB"
        and not any(s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ not in {"WP", "WDT"} for s in c.children)
    ]
    current = token
    # "31 people, including 23 police officers, died": the officers share their group's verb.
    while current.dep_ in {"conj", "appos"} or (current.dep_ == "pobj" and current.head.lower_ in INCLUDING):
        current = current.head if current.dep_ != "pobj" else current.head.head
    head = current.head
    if current.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verbs.append(head.head)  # "enriched uranium to 60%", "raised tariffs to 20%"
    elif (
        current.dep_ == "pobj"
        and head.lower_ in {"to", "on", "against"}
        and head.head.dep_ == "dobj"
        and head.head.head.pos_ == "VERB"
    ):
        # "refused entry to four activists", "imposed sanctions on five officials": the verb of what they
        # were refused or dealt; "rejected new sanctions on four entities": the noun tells what was dealt
        verbs.extend([head.head.head, head.head] if head.lower_ != "to" else [head.head.head])
    elif current.dep_ == "pobj" and head.lower_ in {"on", "against"} and head.head.pos_ == "NOUN":
        # "rejected new sanctions on four entities": what is dealt them, told as the noun they are "on".
        verbs.append(head.head)
    elif current.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        verbs.append(head.head)  # "the extradition of 14 people": what is done to them, told as a noun
        if head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB":
            # "paid an advance of 25 million USD", "detained the crew of 12 sailors": what is done to
            # the thing the figure measures is done to the figure.
            verbs.append(head.head.head)
    elif current.dep_ == "npadvmod" and head.lower_ == "worth":
        # "bought rice worth $2 billion", "will donate equipment worth $1 million": the verb of the goods.
        goods = head.head
        if goods.pos_ in NOUNS and goods.dep_ in ARGUMENT_DEPS:
            goods = goods.head
        if goods.pos_ in {"VERB", "AUX"}:
            verbs.append(goods)
    elif current.dep_ in ARGUMENT_DEPS and head.pos_ in {"VERB", "AUX"}:
        verbs.append(head)
    elif current.dep_ == "nsubj" and head.pos_ == "ADJ":
        verbs.append(head)  # "leaving five people dead"
    for verb in list(verbs):
        verbs.extend(c for c in verb.children if c.dep_ in {"xcomp", "oprd"} and c.pos_ == "VERB")
    # "were forced onto buses and sent back": a verb joined to theirs, with no subject of its own, is
    # also done to the people or things counted; it is read after their own verb. (Not to a sum: "is
    # estimated at 2 billion USD, most of it re-exported" tells no trade flow of the whole.)
    if joined:
        verbs.extend(
            c
            for verb in list(verbs)
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
        )
    return verbs + relative


# The trade flows a clause's subject names, by its lemma.
TRADE_FLOWS = {
    "trade": "trade_turnover",
    "turnover": "trade_turnover",
    "trade_turnover": "trade_turnover",
    "export": "exports",
    "exports": "exports",
    "import": "imports",
    "imports": "imports",
}


def _trade_subject(token: Token) -> str | None:
    return "trade" if token.lemma_.lower() in {"trade", "turnover"} else None


def _clause_subjects(span: Span) -> list[Token]:
    verb = clause_verb(span.root)
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in NOUNS]


def _clause_nouns(span: Span) -> list[Token]:
    """The subject and objects of the figure's clause: "the fine came to $2 million"; a verb joined to
    another with no subject of its own shares that verb's ("remittances rose and reached $2 billion")."""
    verb = clause_verb(span.root)
    nouns = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS and c.pos_ in NOUNS and c not in span]
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        nouns += [c for c in verb.head.children if c.dep_ in SUBJECTS and c.pos_ in NOUNS]
    return nouns


def _per_unit(span: Span) -> bool:
    """A price of one thing ("$5 per kilogram", "$80 a barrel", "$500 each"), not a total; a rate per
    span of time stays a total of its kind ("$2 billion a year")."""
    rest = doc_text(span.doc)[span.end_char : span.end_char + 30]
    match = PER_UNIT.match(rest)
    if not match:
        return False
    unit = (match.group("unit") or match.group("unit2") or "").lower()
    if re.match(r"\s+(?:earlier|before|ago|later)\b", rest[match.end() :], re.I):
        return False  # "90 million USD a decade earlier": when, not what one thing costs
    return unit.rstrip("s") not in TIME_UNITS


# A count of people per span of days ("a week", "per day"): a rate. A year's is left a count ("5,000
# students a year" is what a year's admissions total).
RATE = re.compile(r"^\s*(?:a|an|per|each|every)\s+(?:day|week|month|fortnight)\b", re.I)


# A volume told per day, week or month, past what it is of: "400 tonnes of coal every week".
DAILY = re.compile(
    r"^(?:\s+of(?:\s+[\w-]+){1,3})?\s+(?:a|per|each|every)\s+(?:day|week|month|fortnight)\b", re.I
)


def _a_daily_volume(span: Span) -> bool:
    return bool(DAILY.match(doc_text(span.doc)[span.end_char : span.end_char + 60]))


def _a_rate(span: Span) -> bool:
    rest = doc_text(span.doc)[span.end_char : span.end_char + 30]
    return bool(RATE.match(rest))


LEVIES = {"tariff", "duty", "levy"}


def _sum_in(span: Span, lemmas: set[str]) -> bool:
    """The sum is told "in" these nouns ("$9 billion in duties"), on the sum or, as the parse may hang
    it, on its verb right after it."""
    root = span.root
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"]
    if root.dep_ == "dobj":
        preps += [
            c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == root.i + 1
        ]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in lemmas for p in preps for o in p.children)


def _cue_kind(quantity: Quantity, text: str, rules: list[KindRule]) -> str:
    unit_class = UNIT_CLASS.get(quantity.unit, "any")
    for rule in rules:
        if rule.unit in {unit_class, "any"} and rule.cue.search(text):
            return rule.kind
    return "count"


def _next_verb(span: Span) -> list[Token]:
    """The verb right after the counted noun, past auxiliaries and adverbs ("Moroccans now live")."""
    for token in span.doc[span.end : span.end + 4]:
        # "800,000 Filipinos work in Kuwait": the tagger may take the verb for a noun they compound.
        if token.pos_ == "VERB" or (token.lower_ in {"work", "live"} and span[-1].dep_ == "compound"):
            return [token]
        if token.pos_ not in {"AUX", "ADV", "PART"}:
            break
    return []


def _possible_only(noun: Token) -> bool:
    """The verb the people are an argument of says what could happen to them, not what did."""
    if noun.dep_ not in ARGUMENT_DEPS:
        return False
    verb = noun.head
    # "the base could be used to hold up to 30,000 migrants": the modal is on the verb "hold" completes.
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head != chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for v in chain for c in v.children)


def _held_at_home(verb: Token, people: Token) -> bool:
    """ "200 people are held for political reasons": prisoners a government holds for their politics, with
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


def _still_to_trade(volume: Token) -> bool:
    """ "3 tonnes of shrimp to be sold", "ordered the catch, 3 tonnes of shrimp, to be sold": an infinitive
    on the volume, or on the verb whose object it stands beside, tells a trade still to come."""
    clauses = [c for c in volume.children if c.dep_ in {"relcl", "acl"}]
    if volume.dep_ == "appos" and volume.head.dep_ == "dobj":
        clauses += [c for c in volume.head.head.children if c.dep_ == "xcomp"]
    return any(any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in clauses)


# A sum made of grants and loans together is aid as a whole: "a package of grants and soft loans".
MIXED_FUNDS = {"grant", "loan"}


def _grants_and_loans(span: Span) -> bool:
    """The sum's nouns name both grants and loans ("a 90 million USD package of grants and loans",
    "$40 million in loans and grants")."""
    root = span.root
    near = [root, root.head] if root.head.pos_ in NOUNS else [root]
    pobjs = [
        o
        for n in near
        for p in n.children
        if p.dep_ == "prep" and p.lower_ in {"of", "in"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    lemmas = {t.lemma_.lower() for o in pobjs for t in [o, *o.conjuncts]}
    return lemmas >= MIXED_FUNDS


def _one_subject(span: Span, words: set[str]) -> bool:
    """The clause's subject is a single one of something: "a barrel of its crude sold for $83", "each
    prisoner was given $40"."""
    verb = clause_verb(span.root)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "acl":
        subjects.append(verb.head)  # "a barrel of its crude sold for $83"
    # "each had paid": the subject is the word itself.
    alone = any(s.lower_ in words and s.pos_ in {"PRON", "DET"} for s in subjects)
    return alone or any(
        d.dep_ in {"det", "nummod"} and d.lower_ in words for s in subjects for d in s.children
    )


def _trade_by_verb(span: Span, kind: str, quantity: Quantity, clause: str, sentence: str, cues) -> str:
    """A sum bought or sold: an arms deal when arms are bought ("Poland bought 250 tanks worth $4.75
    billion"); a price when one unit is ("a barrel sold for $83"); told from the side the sentence
    takes when it names only the other flow ("Iraq, one of Turkey's largest export markets, bought $11
    billion of Turkish goods" are Turkey's exports)."""
    if _cue_kind(quantity, clause or sentence, cues) == "arms_deal":
        return "arms_deal"
    if _one_subject(span, ONE):
        return "price"
    other = "exports" if kind == "imports" else "imports"
    if FLOW_WORDS[other].search(sentence) and not FLOW_WORDS[kind].search(sentence):
        return other
    return kind


# The words that name a flow from one side: "Mongolia's coal sales to China, which bought …" tells the
# sum as Mongolia's exports.
FLOW_WORDS = {
    "exports": re.compile(r"\bexport|\bsales\s+(?:\w+\s+)?to\b|\bsold\s+to\b|\bshipments\s+to\b", re.I),
    "imports": re.compile(r"\bimport|\bpurchases\s+(?:\w+\s+)?from\b|\bbought\s+from\b", re.I),
}


# Nouns a volume of goods is "of" that name it a flow to another state: "the supply of 2 billion cubic
# metres of gas a year", "deliveries of 300,000 tonnes of wheat".
SUPPLY_NOUNS = {
    "supply": "exports",
    "delivery": "exports",
    "shipment": "exports",
    "export": "exports",
    "import": "imports",
}


def _volume_flow(span: Span) -> str | None:
    """The flow a volume is, told by a noun rather than a verb: the noun it is "of" ("the supply of
    2 billion cubic metres"), or its clause's subject ("rice exports to Egypt came to 410,000 tonnes")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        flow = SUPPLY_NOUNS.get(root.head.head.lemma_.lower())
        if flow:
            return flow
    # The volume is what the flow came to ("came to", "reached", "totalled"), not a base it is compared
    # with ("rose to 550 million USD from 2 billion tonnes").
    if root.dep_ not in {"dobj", "attr"} and not (root.dep_ == "pobj" and root.head.lower_ in {"to", "at"}):
        return None
    flows = {"export": "exports", "import": "imports"}
    return _first(_clause_subjects(span), lambda s: flows.get(s.lemma_.lower()))


def _not_done(noun: Token) -> bool:
    """Things a verb could act on, or one still to come ("to produce 260 missiles")."""
    verb = noun.head
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return _possible_only(noun) or (noun.dep_ in ARGUMENT_DEPS and infinitive)


def _first(tokens: list[Token], kind_of: Callable[[Token], str | None]) -> str | None:
    return next(filter(None, map(kind_of, tokens)), None)


def fact_kind(
    span: Span | None, quantity: Quantity, clause: str, sentence: str, resources: Resources
) -> str | None:
    """The kind of the figure ``quantity`` (whose tokens are ``span``), or None when it is no fact."""
    cues = resources.load("facts.kinds", load_kinds)
    nouns = resources.load("facts.nouns", load_nouns)
    verbs = resources.load("facts.verbs", load_verbs)
    things = resources.load("facts.quantity_rules", load_quantity_rules).things
    if quantity.unit not in UNIT_CLASS:
        if span is not None and _not_done(span.root):
            return None  # "enough fuel to produce 260 missiles": nothing was counted
        # A counted thing is what a state did to it ("seized five trawlers"), else the kind its noun is
        # listed with ("30 outposts").
        by_verb = None
        if span is not None:
            # "bring to 27 the number of vessels held": what was done to the things numbered.
            numbered = number_of(span.root)
            held = [span.root] if numbered is None else [span.root, numbered]
            by_verb = _first(
                [v for t in held for v in _governing_verbs(t, joined=True)],
                lambda v: _verb_kind(v, verbs, "things"),
            )
        listed = things.get(quantity.unit.split()[-1], "count")
        if by_verb == "catch" and listed != NO_FACT:
            by_verb = None  # boats that fish are counted as boats, not as a catch
        if listed == NO_FACT:
            # A volume is a fact of trade only: "imported 1.4 million tonnes of grain", not "seized 14
            # tonnes of pork".
            # A fleet's catch is told by volume too, as the object of its verb: "landed 30,000 tonnes of
            # fish"; not "seized 12 tonnes of fish caught off X" (what was seized).
            if by_verb == "catch" and span is not None and _landed(span.root, verbs):
                return "catch"
            if span is not None and (by_verb == "aid" or given_as_aid(span.root)):
                return "aid"  # "will donate 20,000 tonnes of rice", "ship 15,000 tonnes of food aid"
            if by_verb is None and span is not None and cargo(span.root, things):
                return "count"  # "14 trucks carrying 620 tonnes of cocoa were impounded": their load
            if by_verb is None and span is not None and in_transit(span.root):
                return "count"  # "cargo passing through the port came to 1.2 million tonnes": transit
            if by_verb is None and span is not None:
                by_verb = _volume_flow(span)
            if by_verb in TRADE_VERB_KINDS and span is not None and _a_daily_volume(span):
                return None  # "10,000 barrels of crude a day": a pace of supply, no volume over a span
            if by_verb in TRADE_VERB_KINDS and span is not None and _still_to_trade(span.root):
                return None  # "ordered the catch, 3 tonnes of shrimp, to be sold": a sale still to come
            return by_verb if by_verb in TRADE_VERB_KINDS | {"sanctioned"} else None
        return by_verb or listed
    unit_class = UNIT_CLASS[quantity.unit]
    kind: str | None = None
    if span is not None:
        measured = _measured_nouns(span, unit_class)
        joined = unit_class == "people"
        governing = _governing_verbs(span.root, joined)
        # "urged Maputo to release the remaining five drivers": an act asked for is not done.
        asked = unit_class == "people" and any(asked_to(v) for v in governing)
        governing = [v for v in governing if not (asked and asked_to(v))]
        by_verb = _first(governing, lambda v: _verb_kind(v, verbs, unit_class))
        by_noun = _first(measured, lambda n: _noun_kind(n, nouns, unit_class))
        if asked and by_verb is None:
            return None
        if unit_class == "people":
            if _a_rate(span):
                return None  # "would deport up to 10,000 Haitians a week": a pace, no count of anyone
            if _on_board(span.root):
                return None  # "the ferry, with 300 passengers and 20 crew on board": what a craft carried
            if _possible_only(span.root):
                return None  # "the camp can hold 130 detainees", "could kill thousands": no count of anyone
            if _a_breakdown(span) or span.root.lower_ in HOUSEHOLDS or _after_a_named_person(span):
                return None
            if by_verb is None and span.root.dep_ not in ARGUMENT_DEPS:
                # A misparse leaves the people without their verb ("… partner and 880,000 Moroccans live
                # there"): the verb that follows them is theirs.
                by_verb = _first(_next_verb(span), lambda v: _verb_kind(v, verbs, unit_class))
            # What happened to the people outranks who they are: soldiers killed are casualties. A verb
            # that only places them ("live", "settle") does not: refugees living in camps are refugees.
            if by_verb is None and by_noun not in POSTING and any(ordered_out(v) for v in governing):
                by_verb = "deported"  # "ordered two attachés to leave the country"
            kind = by_noun if by_verb in PLACING | POSTING and by_noun else (by_verb or by_noun)
            if kind in {None, "count"} and taken_with_their_vessel(span.root):
                kind = "detained"
            if kind is None and any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in span.root.children):
                kind = "population"  # "Syria's 24 million people"
            if kind is None and _a_states_people(span.root):
                kind = "population"  # "Nauru, with about 12,500 people, …"
            if kind == "population" and by_verb is None and _a_recipient(span.root):
                kind = "count"
            if kind == "detained" and any(_held_at_home(v, span.root) for v in governing):
                return None  # "some 150 prisoners are held for political reasons": a state's own prisoners
            if kind is None and _provided_for(span.root):
                return None  # "a free flight for 320 Nigerians": whom a thing is for, no count of an act
        else:
            # A sum is what its verb does with it ("invested $11 million in projects", "fined them
            # $2 million") before what it is made of; a share is what it is of.
            if by_verb == "sanctions_value" and any(n.lemma_.lower() in ON_HOLD for n in measured):
                by_verb = None  # "the contract, worth 95 million USD, would be frozen": a deal on hold
            elif by_verb == "sanctions_value" and by_noun in GIVEN:
                by_verb = (
                    None  # "froze 3 million EUR of aid": the aid withheld, no assets of a sanctioned side
                )
            if by_verb == "payment" and span.root.dep_ != "dobj" and not _of_an_object(span.root):
                by_verb = None  # "will pay for the works, about 45 million USD": the sum is no payment told
            kind = (by_verb or by_noun) if unit_class == "money" else (by_noun or by_verb)
            if by_noun is None and by_verb in {None, "payment", "repayment"} and _still_owed(span):
                kind = "debt"  # "would repay the remaining 40 million USD": what is left to pay is owed
            elif by_verb in {"payment", "fine"} and _one_subject(span, EACH):
                kind = "price"  # "each had paid a fine of $100": a sum a head, no total
            elif by_verb == "payment" and by_noun not in {None, *OWED}:
                # "paid 2 million USD in fines" is a fine; "paid 5 million of arrears" a payment
                kind = by_noun
            elif by_verb == "aid" and by_noun:
                kind = by_noun  # "pledged $2 billion in loans", "gave $1 billion in military aid"
            elif by_verb == "aid" and _a_share_of_works(span):
                kind = "investment"  # "will contribute $35 million to the construction of the border post"
            elif by_verb == "aid" and _one_subject(span, EACH):
                kind = "price"  # "each returning prisoner was given $40": a sum a head, no aid
            if unit_class == "money" and by_verb and _per_unit(span):
                kind = by_noun or "price"  # "rice sold at $600 per ton" is a price, whatever the verb
            if kind in TRADE_VERB_KINDS and by_verb == kind:
                kind = _trade_by_verb(span, kind, quantity, clause, sentence, cues)
            if kind is None and unit_class == "money" and _per_unit(span):
                kind = "price"
            if kind == "tariffed_trade" and _sum_in(span, LEVIES):
                kind = "duties_paid"  # "paid $9 billion in duties": the duty itself, not the goods it is on
            if kind is None:
                kind = _first(_clause_nouns(span), lambda n: _noun_kind(n, nouns, unit_class))
            if kind is None and unit_class == "percent" and _has_of(span):
                kind = "share"
    if kind is None and clause and unit_class != "people":
        # A count of people is told by its verb and noun above; the clause's other words ("troops" in
        # "the bodies of five troops and six civilians") are not about these people.
        kind = _cue_kind(quantity, clause, cues)
        if kind == "re_exports" and span is not None:
            # "Trade was 260 million USD, most of it re-exports": the clause's subject names the flow.
            kind = "trade_turnover" if _first(_clause_subjects(span), _trade_subject) else kind
        if kind == "price" and span is not None and not _per_unit(span):
            # "Trade amounted to 26 billion EUR, down because of lower oil prices": the clause's subject
            # names the sum; the prices only explain it.
            kind = _first(_clause_subjects(span), lambda s: TRADE_FLOWS.get(s.lemma_.lower())) or kind
        if (kind in TRADE_FLOWS or kind == "investment") and span is not None:
            # "Trade between the two countries totalled $1.3 billion, most of it Chilean exports": the
            # flow the clause's subject names is the figure's, not one a later phrase names ("…, with Eni
            # the largest foreign investor").
            kind = _first(_clause_subjects(span), lambda s: TRADE_FLOWS.get(s.lemma_.lower())) or kind
    if kind in {None, "count"} and unit_class != "people":
        # A count of people stands without a clause cue; a sum or a share the clause does not name
        # gets a name from its sentence or none.
        kind = _cue_kind(quantity, sentence, cues)
    if kind == "loan" and span is not None and unit_class == "money" and _grants_and_loans(span):
        kind = "aid"
    if kind == NO_FACT:
        return None
    return kind or "count"
