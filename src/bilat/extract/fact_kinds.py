"""What a figure measures: its kind, read from the noun it counts and the verb of its clause.

"Forty soldiers were killed" are casualties because of the verb, "300 people were evacuated" are not;
"a $2 million fine" is a fine because of the noun, whatever else the sentence says about trade. The words
are data (`resources/facts/nouns.txt`, `verbs.txt`); the clause cues of `kinds.txt` come after them, for
the phrasings a single word does not tell ("aim to bring trade to $5 billion"). A figure nothing names is
a bare `count`, and only a count of people is worth keeping as one.
"""

from __future__ import annotations

from spacy.tokens import Span

from bilat.extract.fact_acts import (
    asked_to,
    cargo,
    given_as_aid,
    in_transit,
    ordered_out,
    taken_with_their_vessel,
)
from bilat.extract.fact_anchors import (
    ARGUMENT_DEPS,
    TRADE_FLOWS,
    _clause_nouns,
    _clause_subjects,
    _governing_verbs,
    _has_of,
    _measured_nouns,
    _next_verb,
    _trade_subject,
)
from bilat.extract.fact_kind_rules import (
    NO_FACT,
    UNIT_CLASS,
    _cue_kind,
    _first,
    _noun_kind,
    load_kinds,
    load_nouns,
    load_verbs,
)
from bilat.extract.fact_people import (
    HOUSEHOLDS,
    _a_breakdown,
    _a_rate,
    _a_recipient,
    _a_states_people,
    _after_a_named_person,
    _held_at_home,
    _on_board,
    _possible_only,
    _provided_for,
)
from bilat.extract.fact_sums import (
    EACH,
    LEVIES,
    _a_daily_volume,
    _a_share_of_works,
    _grants_and_loans,
    _not_done,
    _of_an_object,
    _one_subject,
    _per_unit,
    _still_owed,
    _still_to_trade,
    _sum_in,
    _trade_by_verb,
    _volume_flow,
)
from bilat.extract.fact_verb_kinds import PLACING, _landed, _verb_kind
from bilat.models import Quantity
from bilat.nlp.counted_nouns import number_of
from bilat.nlp.quantity_rules import load_quantity_rules
from bilat.resources import Resources

# Kinds of the verbs that post people somewhere ("deploy", "station"): the people's own noun says what
# they are ("600 police officers" sent abroad are police, not troops).
POSTING = {"troops"}


# Kinds that a verb of buying or selling gives a sum; a purchase of arms stays an arms deal.
TRADE_VERB_KINDS = {"imports", "exports"}


# What a payment settles rather than names: money owed.
OWED = {"debt", "loan"}


# Money one state gives or lends another: frozen or suspended, it is still that aid or loan.
GIVEN = {"aid", "loan"}


# What a state freezes that is no sum seized: a deal or a work put on hold.
ON_HOLD = {"contract", "deal", "agreement", "project", "programme", "program", "plan", "talks", "works"}


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
        if by_verb is None and span is not None and _a_rate(span):
            return None  # "the crossing sees 60 lorries a day": a place's traffic, no count of a deed
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
            elif by_verb == "payment" and by_noun is None and _a_share_of_works(span):
                kind = "investment"  # "will pay 1.4 billion EUR towards the cable": a share of the works
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
