"""A verb's own date: which of its sentence's time expressions is the verb's own and which belong to
something else (a setting, a report fronted before it, a since-clause, a planned or invited visit, a
recurring day, an earlier clause), and whether the verb tells a state rather than an act."""

from __future__ import annotations

import re

from spacy.tokens import Token

from bilat.models import Timex
from bilat.nlp.date_attachment import clause_verb
from bilat.nlp.date_basis import CALENDAR, _after
from bilat.nlp.parsed import Parsed


def _present_progressive(verb: Token) -> bool:
    """ "Russia is holding drills near the border": the lead's present progressive tells what is under
    way on the news day, as its simple present or past would ("has been holding" is a span, not the day's;
    in someone's words it is an activity said to be under way, dated by its year below)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return (
        verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].lemma_ == "be" and auxes[0].tag_ in {"VBZ", "VBP"}
    )


def _finest_within(chosen: tuple[int, int, Timex], own: list[tuple[int, int, Timex]]) -> Timex:
    """ "called in the envoy for a third time this month on Tuesday": two expressions of the same
    standing on one verb, one inside the other's period, tell the same occasion at two precisions; the
    finer one is its date, however near the coarser stands to the verb."""
    rank, _, timex = chosen
    inside = [
        t
        for r, _, t in own
        if r == rank
        and t is not timex
        and t.type == "DATE"
        and timex.type == "DATE"
        and len(t.value) > len(timex.value)
        and t.value.startswith(timex.value)
    ]
    return min(inside, key=lambda t: -len(t.value)) if inside else timex


REPORTING = {"say", "tell", "state", "announce", "declare", "add", "claim", "insist", "write", "post"}


def _fronted_over(span, trigger: Token) -> bool:
    """ "In March, a coast guard vessel rammed the trawler, and Jakarta summoned the envoy": a date set
    before the sentence's first clause is the setting of the clauses coordinated with it,
    each with its own subject (a clause with a date of its own keeps that one: it is preferred)."""
    sentence = span.root.sent
    first = sentence[0]
    head = span.root.head if span.root.dep_ == "pobj" else span.root
    if first.i not in {head.i, span.start} or span.end >= sentence.end:
        return False
    main = head.head
    if main.pos_ not in {"VERB", "AUX"} or main.dep_ != "ROOT" or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return (
        node == main and trigger != main and any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children)
    )


def _saying_dated(span, trigger: Token) -> bool:
    """ "said on Thursday it had placed troops on alert": the parser hangs the day on the reported verb,
    but told before the reported clause's subject it is the saying's (see _saying_of)."""
    reported = span.root.head if span.root.dep_ == "pobj" else span.root
    while reported.pos_ not in {"VERB", "AUX"} and reported.head.i != reported.i:
        reported = reported.head
    return _saying_of(span, reported) == trigger


def _when_clause(trigger: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < trigger.i for c in trigger.children)


def _just_after(trigger: Token) -> bool:
    head = trigger.head
    return (
        trigger.dep_ == "pcomp"
        and trigger.tag_ == "VBG"
        and head.lower_ == "after"
        and head.head.pos_ == "VERB"
        and not any(c.dep_ == "npadvmod" for c in head.children)
    )


def _misattached_partner(trigger: Token) -> Token | None:
    """ "said on Friday that the police had acted wrongly and apologised": the parser hangs the speaker's
    second act on the reported perfect or passive verb; a subjectless simple past coordinated with such
    a verb is the speaker's, done with the reporting verb of the same tense."""
    head = trigger.head
    if trigger.dep_ != "conj" or trigger.tag_ != "VBD" or head.tag_ != "VBN" or head.dep_ != "ccomp":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in trigger.children):
        return None
    perfect_or_passive = any(c.dep_ in {"aux", "auxpass"} for c in head.children)
    reporter = head.head
    if (
        not perfect_or_passive
        or reporter.tag_ != "VBD"
        or reporter.lemma_.lower() not in REPORTING | {"confirm"}
    ):
        return None
    return reporter


SETTING_DEPS = {"advcl", "npadvmod", "advmod"}
SETTING_PREPOSITIONS = {"on", "in", "at", "during", "after", "before"}


def _in_setting(timex: Timex, trigger: Token, doc) -> bool:
    """The date lies in a speech act's setting ("Speaking in Washington on Wednesday, he accused …"),
    not in what it is about ("accused the army of occupying land since November") nor in another clause
    of the sentence."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    current = span.root
    for _ in range(12):
        if current.head.i == current.i:
            return False
        if current.head == trigger:
            if current.dep_ == "prep":
                return current.lower_ in SETTING_PREPOSITIONS
            return current.dep_ in SETTING_DEPS
        current = current.head
    return False


def _occasion_of_relative(timex: Timex, trigger: Token, doc) -> bool:
    """ "an interview broadcast on Sunday in which the president accused …": a speech act told in a
    relative clause of the occasion it was made on is dated by that occasion's own date."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    clause = trigger
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    if span is None or clause.dep_ != "relcl" or clause.head.pos_ != "NOUN":
        return False
    occasion = clause.head
    current = span.root
    for _ in range(6):
        if current.head.i == current.i or current == clause:
            return False
        if current.head == occasion:
            return current.dep_ in {"acl", "prep"}
        current = current.head
    return False


def _in_fronted_report(timex: Timex, trigger: Token, doc) -> bool:
    """ "On Friday, Estonia expelled a diplomat, the ministry said": the date lies in the report told
    before its speech verb, which is said on the day it tells of."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        c.dep_ in {"ccomp", "parataxis"} and c.i < trigger.i and span.root.i in {t.i for t in c.subtree}
        for c in trigger.children
    )


YEAR_WORD = re.compile(r"\b\d{4}\b")
EARLIER_MARKS = {"after", "before", "since"}
PERFECT = {"had", "'d"}


def _dated_verb(timex: Timex, doc) -> Token | None:
    """The verb whose clause the expression dates: the first full verb above it."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    current = span.root
    for _ in range(12):
        if current.pos_ in {"VERB", "AUX"} and current.dep_ not in {"aux", "auxpass"}:
            return _saying_of(span, current) or current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _saying_of(span, verb: Token) -> Token | None:
    """ "said on Friday they had held seven fishermen": the parser may hang the date on the
    reported verb, but a date between the reporting verb and the reported clause's subject is the
    saying's."""
    reporter = verb.head
    if verb.dep_ != "ccomp" or reporter.lemma_.lower() not in REPORTING or not reporter.i < span.start:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return reporter if subjects and span.end <= subjects[0].left_edge.i else None


def _since_clause_day(timex: Timex, trigger: Token, doc) -> bool:
    """ "Ties have soured since the army took power in 2021", "Since fighting began in
    May 2022, Chad has sheltered refugees": the date is the since-clause's own act; the main clause
    tells a state or a run of acts lasting from then, which happened on no day of it."""
    dated = _dated_verb(timex, doc)
    verb = clause_verb(trigger)
    return (
        dated is not None
        and dated != verb
        and dated.dep_ == "advcl"
        and dated.head == verb
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in dated.children)
    )


INVITING = {"invite", "invitation"}


def _visit_invited_to(timex: Timex, trigger: Token, doc) -> bool:
    """ "invited her counterpart to Lisbon in May", "invited a delegation to the fair in November": a
    month or a season told after the place invited to is when the visit is to be. A day ("invited him on
    Tuesday to Lisbon") is the invitation's own."""
    if trigger.lemma_.lower() not in INVITING or len(timex.value) >= 10 or not CALENDAR.match(timex.value):
        return False
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    places = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"]
    return span is not None and any(p.i < span.start for p in places)


def _planned_thing_day(timex: Timex, trigger: Token, parsed: Parsed) -> bool:
    """The date hangs on an infinitive below the trigger ("invited her counterpart to visit Lisbon in
    May", "agreed to convene the commission in June", "agreed that the committee would meet next
    month"): it says when the thing invited or agreed on is to happen, not when the invitation or the
    agreement was made. A date told before the infinitive ("agreed in December to build a bridge") is the
    agreement's, wherever the parser hangs it, and so is a past date with its year ("agreed to build in
    December 2023", told in 2025): a plan is not told by a year already gone."""
    doc = parsed.doc
    if YEAR_WORD.search(timex.text or "") and not _after(timex.value, parsed.document.published):
        return False
    dated = _dated_verb(timex, doc)
    if dated is None or dated == trigger or dated.tag_ != "VB" or trigger not in dated.ancestors:
        return False
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and span.start > dated.i


def _before_its_clause_date(timex: Timex, trigger: Token, doc, material: bool) -> bool:
    """The sentence's only date dates another verb, above the trigger, and the trigger's own clause
    says its act came earlier: the past perfect ("said on Friday they had held seven fishermen",
    "said on Tuesday that 23 men had been arrested") or a clause of sequence ("sent a protest note on
    Tuesday after the coast guard seized three boats"). The act happened before that day, on a day this
    sentence does not tell. Physical acts only: "said on Monday it had recalled its ambassador",
    "summoned the envoy on Tuesday after it lodged a protest" tell diplomatic acts that are news of the
    same day, where a raid, an arrest or a clash is reported after it happened."""
    if len(timex.value) != 10:
        return False  # "In August, he said he had sent troops": a month or a year holds the earlier act too
    dated = _dated_verb(timex, doc)
    verb = clause_verb(trigger)
    # "had detained nine fishermen and seized two boats": a conjunct shares its first verb's clause.
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in {"VERB", "AUX"}:
        chain.append(chain[-1].head)
    first = chain[-1]
    # Only the clause right below the dated verb: "spoke on Friday, and said they had agreed" tells of
    # an agreement reached in the dated call.
    if dated is None or dated in chain or first.head == first or clause_verb(first.head) != dated:
        return False
    perfect = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in PERFECT for v in chain for c in v.children)
    finite = first.tag_ in {"VBD", "VBN"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in first.children)
    marks = {c.lower_ for c in first.children if c.dep_ == "mark"}
    return material and (perfect or (finite and first.dep_ == "advcl" and bool(marks & EARLIER_MARKS)))


def _recurring(timex: Timex, doc) -> bool:
    """ "A significant date … is April 7th": a day of the year named as a date in general, not an
    occurrence; its year comes from elsewhere (an anniversary) or stays unknown."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or timex.rule not in {"month_day", "day_month"}:
        return False
    head = span.root
    return head.dep_ == "attr" and head.head.lemma_ == "be" and head.head.tag_ in {"VBZ", "VBP"}


def _stative(verb: Token) -> bool:
    """ "has had relations for 30 years": a state, not an event of the day. A "for" that gives a reason
    ("blamed Israel for the bombing", "apologized for the incident") is no span of time."""
    # "jailed him for two years", "suspended flights for a week": the span is the measure's length; the
    # measure itself is an act of its day.
    measure = verb.lemma_.lower() in MEASURE_VERBS
    return any(
        c.dep_ == "prep"
        and (
            c.lower_ == "since"
            or (c.lower_ == "for" and not measure and any(_span_of_time(o) for o in c.children))
        )
        for c in verb.children
    )


# Acts that impose something for a term: a "for" span after them is the term, not a lasting state.
MEASURE_VERBS = {"jail", "imprison", "sentence", "ban", "bar", "suspend", "close", "shut", "halt", "freeze"}


# Nouns that measure a span ("for a long time", "for a while") where the parser tags no DATE.
SPAN_NOUNS = {"time", "while", "period", "moment", "spell", "term"}


def _span_of_time(noun: Token) -> bool:
    """The object of "for" measures time: a duration ("30 years", "decades", "a long time")."""
    return noun.dep_ == "pobj" and (noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.lower() in SPAN_NOUNS)
