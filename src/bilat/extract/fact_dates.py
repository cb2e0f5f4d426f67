"""Whether a date of a figure's sentence dates the figure: a span opened by "since", a year told "so far",
a date of an apposition or of a landmark event, a deadline of what is still to come, a date opening the
clause."""

from __future__ import annotations

import re

from bilat.extract.fact_clauses import REFERRING, _clause_tokens, _counted
from bilat.models import Quantity, Sentence
from bilat.nlp.date_attachment import clause_verb
from bilat.nlp.parsed import Parsed


def _joined_year(parsed: Parsed, sentence: Sentence, timex):
    """The year joined to ``timex`` by "and" right after it ("in 2026 and 2027"), if any."""
    if not re.fullmatch(r"\d{4}", timex.value):
        return None
    text = parsed.document.text
    for other in parsed.timexes_in(timex.end, sentence.end):
        if re.fullmatch(r"\s+and\s+", text[timex.end : other.start]) and re.fullmatch(r"\d{4}", other.value):
            return other if other.value > timex.value else None
    return None


SO_FAR_BEFORE = re.compile(r"\bso\s+far\s+(?:in\s+|during\s+)?$", re.I)


SO_FAR_AFTER = re.compile(r"\s*(?:so\s+far|to\s+date)\b", re.I)


def _so_far(text: str, timex) -> bool:
    """The year is told as running up to now: "so far this year", "this year to date"."""
    return bool(
        SO_FAR_BEFORE.search(text[max(0, timex.start - 20) : timex.start])
        or SO_FAR_AFTER.match(text, timex.end)
    )


def _counted_this_year(parsed: Parsed, timex, quantity: Quantity | None) -> bool:
    """ "the fourth trawler detained in its waters this year": people or things something was done to
    "this year", told in the past, are counted up to the day of writing; not what a state will do this
    year ("will issue 5,000 permits this year"), nor a sum (a year's trade is the year's)."""
    if quantity is None or quantity.unit in {"USD", "percent"} or timex.text.lower() != "this year":
        return False
    span = parsed.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((c for c in span.root.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    verb = verb or clause_verb(span.root)
    future = any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "would", "to", "'ll"} for c in verb.children
    )
    return verb.tag_ in {"VBD", "VBN"} and not future


def _dates_an_apposition(parsed: Parsed, timex, quantity: Quantity) -> bool:
    """The date tells of a noun set beside another, not of the figure: "two canoes were seized in the
    strait, the fifth such seizure this year" ("this year" counts the seizures)."""
    date = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    figure = parsed.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if date is None or figure is None:
        return False
    holder = date.root.head
    if date.root.dep_ not in {"npadvmod", "nmod", "compound", "amod"} or holder.pos_ != "NOUN":
        return False
    return holder.dep_ == "appos" and figure.root not in holder.subtree


# Prepositions that place a figure before or after an event, not within a span: "almost 3 billion USD
# before the freeze in 2022".
LANDMARKS = {"before", "after", "until", "till"}


def _dates_a_landmark(parsed: Parsed, timex) -> bool:
    """The date is that of an event a figure is told before or after ("down from 3 billion USD before
    the first freeze in 2022"): the figure's span is not the event's year."""
    date = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if date is None or date.root.dep_ != "pobj" or date.root.head.lower_ not in {"in", "of", "on"}:
        return False
    event = date.root.head.head
    return (
        event.pos_ == "NOUN"
        and event.dep_ == "pobj"
        and event.head.lower_ in LANDMARKS
        and event.head.head.pos_ != "NOUN"
    )


FUTURE = {"will", "would", "shall", "'ll"}


def _still_to_come(parsed: Parsed, quantity: Quantity) -> bool:
    """The figure is told by a verb of what is to be done ("will deploy", "to be sent", "would clear the
    remaining 40 million USD by March"): a date after "by" says when it is due, not what it counts."""
    span = parsed.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    if span.root.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() not in REFERRING:
        return True  # "a one-way fare … costs 280 USD" misparsed with the sum set beside the fare
    verb = clause_verb(span.root)
    return any(c.dep_ in {"aux", "auxpass"} and (c.lower_ in FUTURE or c.tag_ == "TO") for c in verb.children)


def _leads_clause(parsed: Parsed, date_end: int, quantity: Quantity) -> bool:
    """The date opens the figure's clause though the parse hangs it elsewhere: "…, while in January–May
    2020 it amounted to $512 million"."""
    tokens = _clause_tokens(parsed, quantity)
    date = parsed.doc.char_span(date_end - 1, date_end, alignment_mode="expand")
    if not tokens or date is None:
        return False
    first = min(tokens, key=lambda t: t.i)
    verb = clause_verb(first)
    if date[0] in verb.subtree:
        return False  # "Launched in 2009, the archive holds 500 stories": a clause of its own within it
    return date_end <= first.idx and not parsed.document.text[date_end : first.idx].strip(" ,")


EDGES = {"start", "beginning", "end", "middle"}


def _since(parsed: Parsed, timex, quantity: Quantity) -> bool:
    """The date opens the span the figure was counted over: "since" on the figure's own verb, or on the
    verb of a relative clause on the counted people ("refugees who have fled since November")."""
    doc = parsed.doc
    date_span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    figure_span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if date_span is None or figure_span is None:
        return False
    date = date_span.root
    # "since March this year": the parse hangs "this year" on the verb, and the month is the pobj.
    date = next((t for t in date_span if t.dep_ == "pobj" and t.head.lower_ == "since"), date)
    if date.dep_ == "pobj" and date.head.lower_ in {"in", "on"} and date.head.head.pos_ == "NOUN":
        date = date.head.head  # "since the invasion in February 2022": the date is the event's
    if date.dep_ == "pobj" and date.head.lower_ == "of" and date.head.head.lower_ in EDGES:
        date = date.head.head  # "since the start of January": the month is what the edge is of
    prep = date.head
    if prep.lower_ != "since" or date.dep_ != "pobj":
        return False
    verb = prep.head
    own = clause_verb(figure_span.root)
    # "21 boats carrying 780 people have reached the island since May": what the boats carry has come
    # since May too.
    carried = own.dep_ == "acl" and own.tag_ == "VBG" and own.head.head == verb
    # "has settled 12 million USD of arrears owed since May": the clause on what the sum is of.
    described = verb.dep_ in {"relcl", "acl"} and verb.head in _counted(figure_span)
    return verb == own or described or carried


# Verbs of where people are, whose count is no total run up since a date.
STATES = {"serve", "stay", "remain", "live", "work", "reside", "be"}


def _since_clause(parsed: Parsed, timex, quantity: Quantity) -> bool:
    """The date is that of the event a "since" clause on the figure's verb names: "1.2 million refugees
    have crossed since the war began in April 2023" counts from April 2023 on."""
    date_span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    figure_span = parsed.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if date_span is None or figure_span is None:
        return False
    date = date_span.root
    if date.dep_ != "pobj" or date.head.lower_ not in {"in", "on"}:
        return False
    verb = date.head.head
    if not any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return False
    figure_verb = clause_verb(figure_span.root)
    if figure_verb.tag_ == "VBG" or figure_verb.lemma_.lower() in STATES:
        return False  # "250 medics have been working there since the first team arrived": a stay
    # The parse may hang the figure on the "since" clause's own verb: "…, including some 900,000 who".
    return verb == figure_verb or (verb.dep_ == "advcl" and verb.head == figure_verb)
