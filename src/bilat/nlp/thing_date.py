"""Dates that belong to a thing, not to the act told with it: a deadline ("leave by Saturday"), a
thing's term, the year of an occasion or an agreement ("the 2019 summit"), a day named inside a noun."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.nlp.date_basis import _is_time_word


def _names_a_things_day(root: Token) -> bool:
    """A day that modifies a noun ("Sunday's election", "the Monday vote") dates that thing."""
    thing = root.head
    return (
        root.dep_ in {"poss", "compound"}
        and thing.pos_ == "NOUN"
        and thing.lemma_.lower() not in OCCASION_NOUNS  # "at Monday's meeting": the act's own occasion
        and not _is_time_word(thing)
    )


DEADLINE = {"by", "until", "till"}


def _deadline(root: Token) -> bool:
    """ "ordered them to leave by Saturday": a date after "by" or "until" is a deadline or the end of a
    span, not the day the act happened."""
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in DEADLINE


def _term_of_a_thing(root: Token) -> bool:
    """ "signed a plan of cooperation for 2025", "a programme for 2024-2027": a date after "for" is the
    term a thing covers (the parser hangs it on the verb as often as on the noun), not the date of the act."""
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "for"


# Nouns of occasions, whose date is the date of what is done at them ("at the 2019 summit they signed").
OCCASION_NOUNS = {
    "visit",
    "trip",
    "meeting",
    "talks",
    "summit",
    "session",
    "conference",
    "forum",
    "ceremony",
    "round",
    "call",
}


MAKING_VERBS = {"sign", "conclude", "reach", "adopt", "issue", "launch", "ratify", "hold", "pass"}


def _year_of_a_thing(root: Token, trigger: Token) -> bool:
    """ "rejected a 2016 ruling", "respect the 1999 protocol": a date modifying a thing the act is about,
    not the day of the act (unless the thing is the event itself or an occasion it happens at)."""
    thing = root.head
    if thing.head.lemma_.lower() in MAKING_VERBS:
        return False  # "signed the 2019 agreement": the thing is named by the day the act made it
    return (
        root.like_num
        and root.dep_ in {"nummod", "compound", "nmod", "amod"}
        and thing.pos_ in {"NOUN", "PROPN"}
        and thing != trigger
        and thing.lemma_.lower() not in OCCASION_NOUNS
        and not _is_time_word(thing)
    )
