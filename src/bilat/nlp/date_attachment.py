"""Whether a time expression belongs to a verb's own clause: the verb a trigger's clause hangs on, the
clauses a date does not cross (a medium that carries the act, a naming verb, what an act is charged with),
an agented act told before, and "today" in a speaker's words."""

from __future__ import annotations

import re

from spacy.tokens import Token

from bilat.models import Timex
from bilat.nlp.date_basis import _after

SPEAKERS_NOW = {"today", "tonight", "this morning", "this afternoon", "this evening"}
QUOTES = ('"', "“", "”")


def _spoken_today(timex: Timex, sentence_start: int, text: str) -> bool:
    """A deictic "today" inside a quotation: it names the day the words were said."""
    if timex.text.lower() not in SPEAKERS_NOW:
        return False
    before = text[sentence_start : timex.start]
    return sum(before.count(q) for q in QUOTES) % 2 == 1


def _since_in_a_noun(span) -> bool:
    """ "the first visit by a minister since 2019", "the largest expulsion since 1990": the start of a
    period a noun phrase measures itself against, not the day of the act the sentence tells."""
    since = span[0] if span[0].lower_ == "since" else span.root.head
    return since.lower_ == "since" and since.head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}


def _governs(timex_root: Token, trigger: Token) -> bool:
    """The expression hangs off the trigger, or off a noun of the trigger's own clause, or the trigger is
    the clause a date introduces ("April 7th, when relations were established")."""
    if trigger.dep_ == "relcl" and trigger.head == timex_root:
        return True
    current = timex_root
    for _ in range(8):
        if current == trigger:
            return True
        if (
            current != timex_root
            and current.pos_ in {"VERB", "AUX"}
            and current.dep_ not in {"aux", "auxpass"}
            and not _publishes_medium(current)
            and not _naming_relative(current)
            and not (_topic_gerund(current) and timex_root.head.lower_ != "since")
        ):
            return False
        if current.head == current:
            return False
        if _of_what_is_charged(current, timex_root, trigger):
            return False
        current = current.head
    return False


# "an agreement on avoiding …", "a deal for cutting …"; not "accused the army of occupying … since 2019",
# whose date is the charged act's. A "since" period stays the gerund's ("talks on delimiting the border
# since the 2000s": a process under way, not the act's day).
TOPIC_PREPOSITIONS = {"on", "about", "for"}


def _topic_gerund(verb: Token) -> bool:
    """ "signed an accord on sharing customs data in 2011": a gerund that names what a noun is about
    tells no act of its own; the parser hangs the act's date on it."""
    prep = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.lower_ in TOPIC_PREPOSITIONS
        and prep.head.pos_ == "NOUN"
    )


def _after_agented_act(span, trigger: Token) -> bool:
    """The date follows at once an object that names an act with its own agent ("protested the detention
    of two drivers by Syrian guards on Monday"): whatever the parser hangs it on, the act's day."""
    agented = agented_act_before(span)
    return agented is not None and agented.head == trigger


def _agented_act_day(timex: Timex, doc) -> Token | None:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return None if span is None else agented_act_before(span)


def agented_act_before(span) -> Token | None:
    """The object noun just before the date phrase ``span`` that has a "by" agent of its own, if any
    (the parser may hang the agent on the verb: "protested the detention of X by Y on Monday")."""
    # The expression may or may not hold its preposition ("on Monday", "Monday").
    first = span[0] if span[0].dep_ == "prep" else span[0].doc[span.start - 1] if span.start > 0 else None
    if first is None or first.dep_ != "prep" or first.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = first.head
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None  # "was detained by police on Monday": the passive's own agent and day
    agents = [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.right_edge.i == first.i - 1
    ]
    before = agents[0].i - 1 if agents else first.i - 1
    for noun in verb.children:
        adjacent = noun.dep_ in {"dobj", "obj"} and noun.pos_ == "NOUN" and noun.right_edge.i == before
        if adjacent and (agents or any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)):
            return noun
    return None


def _of_what_is_charged(current: Token, timex_root: Token, trigger: Token) -> bool:
    """ "accused Baku of an overnight attack", "accused X of the closure on Monday": the day of the thing
    charged after "of" on a verb or its object, not of the charge."""
    if current is timex_root or current.dep_ != "pobj" or current.head.lower_ != "of":
        return False
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    holder = current.head.head
    return holder == trigger or (holder.head == trigger and holder.dep_ in {"dobj", "obj"})


# The vehicle an act is done in: "dismissed the complaint in a statement aired by state media on Friday".
MEDIA = {
    "statement",
    "communique",
    "communiqué",
    "note",
    "letter",
    "post",
    "message",
    "declaration",
    "release",
}
PUBLISHING = {"carry", "issue", "release", "publish", "post", "send", "deliver", "circulate", "broadcast"}


def _publishes_medium(verb: Token) -> bool:
    """A participle that says when the statement the act was done in came out ("in a statement issued on
    Tuesday"): the act was done that day, so the date passes through it to the act."""
    medium = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in PUBLISHING
        and medium.lemma_.lower() in MEDIA
        and medium.dep_ == "pobj"
        and medium.head.lower_ in {"in", "through", "via"}
    )


# "rejected what he called 'threats' on Thursday": the naming verb of a free relative is the speaker's
# label for the object, no act of its own; the parser hangs the act's date on it.
NAMING = {"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize"}


def _naming_relative(verb: Token) -> bool:
    return (
        verb.lemma_.lower() in NAMING
        and verb.dep_ in {"ccomp", "dobj", "pobj", "relcl"}
        and any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubj", "oprd"} for c in verb.children)
    )


def clause_verb(trigger: Token) -> Token:
    """The verb of the clause a token belongs to (the sentence root when it has none)."""
    current = trigger
    while current.pos_ not in {"VERB", "AUX"} and current.head != current:
        current = current.head
    return current


# Month expressions whose year the words leave to the normaliser ("in January", "on March 3").
YEARLESS_MONTH = {"month_bare", "month_part", "month_day", "day_month"}
CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def _plans_own_month(timex: Timex, span, trigger: Token) -> bool:
    """ "agreed to hold the first meeting of the commission in Lima in January": a month without its year in
    an intention's own clause names when the plan is to be carried out. With no future word beside it the
    normaliser reads it in the past, which would date the intention months before it was stated; an
    intention is dated by its statement (the governing verb's day)."""
    return (
        timex.rule in YEARLESS_MONTH and not YEAR_WRITTEN.search(timex.text) and _governs(span.root, trigger)
    )


def _past_act_after_story(timex: Timex, trigger: Token, published: str | None) -> bool:
    """ "The two leaders agreed to resume flights and to hold annual talks, the first in Suva in September",
    told in April: a verb in the simple past tells an act done before the story; a date after the story's
    day that the parser hangs on it names something planned in its complement, not the act."""
    # Weeks and quarters are not compared character-wise ("2024-W06" would sort after "2024-02-13").
    return (
        trigger.tag_ == "VBD"
        and bool(CALENDAR_VALUE.fullmatch(timex.value[:10]))
        and _after(timex.value, published)
    )
