"""The date of an event: its own time expression, the news cycle's day, or unknown — never finer than
the text supports.

1. own: a DATE expression in the sentence that attaches to the trigger without crossing another verb
   ("opened its embassy in March this year", "has an embassy since 1993", "on Thursday discussed"), or,
   for a noun, to the relative clause saying when it happened ("the meeting, which took place in May").
   A clause counted from its main clause ("on Wednesday, a day after Vilnius expelled …") is that many
   days from the main clause's day; a verb coordinated with a dated one, or a note's demand handed on a
   dated day, shares that day; so do a when-clause ("began last month, when police detained …") and an
   act told "after" a participle ("said on Thursday after receiving …"). A sentence opening "Hours later"
   or "Within hours" is on the day last named. A deadline ("leave by Saturday") dates nothing.
2. present: the news of the day. An event told in the article's lead (headline, first sentences), a
   statement reported in the article, or what happened "later" that day, with no date of its own, happens
   on the news day: the first recent full date the lead names ("on December 2"), else the article date.
3. ongoing: an activity reported as under way in someone's words ("Israel is cooperating") is dated to the
   news day's year: it holds on that day but did not happen on it.
4. unknown otherwise.

This module holds the entry points; the rules live by job in `date_basis` (the value and calendar tests),
`date_attachment` (which clause a date belongs to), `verb_date` (a verb's own date), `thing_date` (dates of
things, deadlines), `news_day`, `told_day` (occasions and days told elsewhere), `relative_day`,
`shared_date` (a day taken from another verb) and `anniversary_date`.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilat.models import Precision, Timex
from bilat.nlp.anniversary_date import _from_anniversary
from bilat.nlp.date_attachment import (
    _after_agented_act,
    _agented_act_day,
    _governs,
    _past_act_after_story,
    _plans_own_month,
    _since_in_a_noun,
    _spoken_today,
    clause_verb,
)
from bilat.nlp.date_basis import EventDate, _after, _from_timex, _places_in_calendar
from bilat.nlp.doctext import doc_text
from bilat.nlp.news_day import _in_dateline, _single_date, lead_count, news_day
from bilat.nlp.parsed import Parsed
from bilat.nlp.relative_day import _counts_to_clause, _hours_later
from bilat.nlp.shared_date import (
    _counted_from_main,
    _dated_conjunct,
    _from_governing_verb,
    _said_with_dated_head,
)
from bilat.nlp.thing_date import _deadline, _names_a_things_day, _term_of_a_thing, _year_of_a_thing
from bilat.nlp.told_day import (
    SEQUEL,
    _background_setting,
    _elaborated_day,
    _news_speech,
    _paragraph_day,
    _same_occasion,
)
from bilat.nlp.verb_date import (
    _before_its_clause_date,
    _finest_within,
    _fronted_over,
    _in_fronted_report,
    _in_setting,
    _occasion_of_relative,
    _planned_thing_day,
    _present_progressive,
    _recurring,
    _saying_dated,
    _since_clause_day,
    _stative,
    _visit_invited_to,
    _when_clause,
)

LEAD_TAGS = {"VBD", "VBZ", "VBP", "VBN", "VB"}
ONGOING_TAGS = {"VBZ", "VBP", "VBG"}
HABITUAL = {"always", "never", "often", "usually", "traditionally", "long"}
HAPPEN = {"take", "happen", "occur", "hold"}
# "the accord between the two countries, signed in May 1999": the participle tells a text's own day.
SIGNED = {"sign", "conclude", "ratify"}


def _signed_after_parties(trigger: Token) -> list[Token]:
    """ "the accord between the two countries, signed in May 1999": the parser hangs the participle
    on the parties named after "between"; it still tells the agreement's day."""
    parties = [o for p in trigger.children if p.lower_ == "between" for o in p.children if o.dep_ == "pobj"]
    clauses = [c for o in parties for c in o.children if c.dep_ in {"relcl", "acl"}]
    return [c for c in clauses if c.lemma_.lower() in SIGNED]


def date_event(
    trigger: Token,
    parsed: Parsed,
    *,
    speech: bool = False,
    reported: bool = False,
    planned: bool = False,
    speech_act: bool = False,
    material: bool = False,
) -> EventDate:
    """The date of the event ``trigger`` names. ``speech``: the trigger reports speech ("said");
    ``reported``: the event is told in someone's words; ``planned``: an intention ("will build"), dated
    by when it is stated; ``speech_act``: the event is an act done by speaking (an accusation, a demand,
    a threat), which happens when it is said; ``material``: a physical act (force, arrest, attack), which
    a report tells after it happened."""
    doc = parsed.doc
    sentence = parsed.sentence_at(trigger.idx)
    own: list[tuple[int, int, Timex]] = []
    nominal_anchors = [
        clause_verb(trigger),
        *[c for c in trigger.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in HAPPEN | SIGNED],
        *_signed_after_parties(trigger),
    ]
    # "Turkey was the first country to recognise Uzbekistan, on December 16, 1991": the date hangs on the
    # copula whose complement the trigger describes.
    copular = trigger.dep_ in {"relcl", "acl"} and trigger.head.dep_ == "attr"
    if copular:
        nominal_anchors.append(trigger.head.head)
    for timex in parsed.timexes_in(sentence.start, sentence.end):
        if not _places_in_calendar(timex):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or _term_of_a_thing(span.root) or _deadline(span.root):
            continue
        if _year_of_a_thing(span.root, trigger):
            continue
        if span.root.dep_ == "poss" and _names_a_things_day(span.root) and span.root.head is not trigger:
            continue  # "demanded an inquiry into Monday's shooting": the shooting's day, not the demand's
        if _since_in_a_noun(span) and not _when_clause(trigger):
            continue  # "the first since 2019" (but "since May 2024, when Madrid withdrew …" dates the when)
        if _visit_invited_to(timex, trigger, doc):
            continue  # "invited her counterpart to Lisbon in May": May is the visit's, not the invitation's
        if material and _before_its_clause_date(timex, trigger, doc, material):
            continue  # "said on Wednesday they had detained …": the saying's day, the arrest came before
        if _counts_to_clause(span.root, trigger):
            # "a day after Vilnius expelled …": the count places the main clause, not this one.
            continue
        if _spoken_today(timex, sentence.start, doc_text(doc)):
            # "'We demand his release today,' he told reporters": the speaker's today is the day of the
            # saying, which the report dates below, not the article's date.
            continue
        if _in_dateline(timex, doc_text(doc)):
            # "BAGHDAD, Aug 24 (Agency) — Iraq summoned … on Tuesday": the dateline is the report's day.
            continue
        if speech_act and _after_agented_act(span, trigger):
            continue  # "protested the detention of X by Y on Monday": the detention's day, not the protest's
        if planned and _after(timex.value, parsed.document.published):
            # "will visit next year": an intention is dated by when it is stated, not by when it is to be.
            continue
        if planned and _plans_own_month(timex, span, trigger):
            continue  # "agreed to hold talks in January": the meeting's month, not the plan's
        if not planned and _past_act_after_story(timex, trigger, parsed.document.published):
            continue  # "agreed …, the first talks in September", told in April: not the act's month
        # An expression on the trigger itself beats one on the clause around it.
        if _governs(span.root, trigger) or _saying_dated(span, trigger):
            own.append((0, abs(timex.start - trigger.idx), timex))
        elif (trigger.pos_ not in {"VERB", "AUX"} or copular) and any(
            _governs(span.root, a) for a in nominal_anchors
        ):
            own.append((1, abs(timex.start - trigger.idx), timex))
        elif _fronted_over(span, trigger):
            own.append((2, abs(timex.start - trigger.idx), timex))
    if own:
        timex = _finest_within(min(own, key=lambda item: item[:2]), own)
        if _recurring(timex, doc):
            return _from_anniversary(trigger, parsed, timex) or EventDate()
        found = _from_timex(timex, "own")
        parsed.cache.setdefault("dated_events", []).append((trigger.idx, found))
        return found
    counted = _counted_from_main(trigger, parsed)
    if counted is not None:
        return counted
    shared = _dated_conjunct(trigger, parsed) or _said_with_dated_head(trigger, parsed)
    if shared is not None:
        return shared
    # A stated intention ("said it would expel …") is, like a speech act, dated by its saying.
    inherited = _from_governing_verb(trigger, parsed, speech_act or planned, material)
    if inherited is not None:
        return inherited
    setting = _background_setting(sentence, trigger, parsed)
    if setting is not None:
        return setting
    same_occasion = _same_occasion(sentence, trigger, parsed)
    if same_occasion is not None:
        return same_occasion
    shortly = _hours_later(sentence, trigger, parsed)
    if shortly is not None:
        return shortly
    founding = _from_anniversary(trigger, parsed)
    if founding is not None:
        return founding
    day = news_day(parsed)
    if day is None:
        return EventDate()
    news_basis = "publication" if day == parsed.document.published else "context"
    verb = clause_verb(trigger)
    opening = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if (
        opening is not None
        and opening[0].lower_ in SEQUEL
        and opening[0].dep_ == "advmod"
        and verb.tag_ == "VBD"
    ):
        return EventDate(day, None, Precision.DAY, opening[0].text, "anaphoric", news_basis)
    if _stative(verb) or any(t.lower_ in HABITUAL for t in verb.children):
        return EventDate()
    single = _single_date(sentence.start, sentence.end, parsed, _when_clause(verb))
    if single is not None and _agented_act_day(single, doc) is not None and trigger.pos_ in {"VERB", "AUX"}:
        single = None  # the sentence's only day is that of an act told with its agent ("the detention … by")
    if single is not None and _before_its_clause_date(single, trigger, doc, material):
        return EventDate()  # neither that day nor the news day: an earlier day the sentence does not tell
    if (
        single is not None
        and verb.tag_ in {"VBD", "VBN"}
        and not _after(single.value, parsed.document.published)
        and not _planned_thing_day(single, trigger, parsed)
        and not _visit_invited_to(single, trigger, doc)
        and not _since_clause_day(single, trigger, doc)
        # "accused the army of occupying farmland since November": a date the speech does not carry
        # itself belongs to what is spoken of; the speech is dated by its own day below. A report told
        # before its speech verb keeps its day.
        and not (
            (speech or speech_act)
            and trigger is verb
            and not _in_setting(single, trigger, doc)
            and not _occasion_of_relative(single, trigger, doc)
            and not (speech and not speech_act and _in_fronted_report(single, trigger, doc))
        )
    ):
        # A past act takes the sentence's only date, unless that date is still to come ("told … that
        # India will double scholarships from next year").
        return _from_timex(single, "sentence")
    if (speech_act or speech) and _news_speech(trigger, verb):
        told = _paragraph_day(sentence, trigger, parsed) or _elaborated_day(sentence, parsed)
        if told is not None:
            return EventDate(told, None, Precision.DAY, None, "present", "context")
    if speech_act and _news_speech(trigger, verb):
        # "He demanded that Addis Ababa sign …", "Rahmawati urged Japan to …": an act done by speaking,
        # told in the simple past or present with no date of its own, was done on the news day (reports
        # of older words carry their own date, "warned in April", or the perfect, "had accused"). When
        # the paragraph has already named the day it tells of ("said on Thursday …"), that day.
        return EventDate(day, None, Precision.DAY, None, "present", news_basis)
    if planned and verb.tag_ in LEAD_TAGS | {"VBG"}:
        # "Vasiliev said on Wednesday … He said a delegation was ready to travel": an intention stated in
        # a paragraph that has named the day of its saying was stated that day.
        told = _paragraph_day(sentence, trigger, parsed) if reported else None
        return EventDate(
            told or day, None, Precision.DAY, None, "present", news_basis if not told else "context"
        )
    if (
        sentence.index < lead_count(parsed)
        # "had been expelled since the operation began": a tally over a period, not the news day's act.
        and not any(c.lower_ == "since" and c.dep_ in {"prep", "mark"} for c in verb.children)
        and not any(
            c.dep_ == "advcl" and any(m.lower_ == "since" and m.dep_ == "mark" for m in c.children)
            for c in verb.children
        )
        and (verb.tag_ in LEAD_TAGS or (_present_progressive(verb) and not reported))
    ) or (speech and verb.tag_ in LEAD_TAGS | {"VBG"}):
        return EventDate(day, None, Precision.DAY, None, "present", news_basis)
    if reported and verb.tag_ in ONGOING_TAGS | {"VBG"}:
        # An activity said to be under way ("Israel is cooperating") holds on the news day but did not
        # happen on it: its year is what the text supports.
        return EventDate(day[:4], None, Precision.YEAR, None, "ongoing", news_basis)
    return EventDate()


OCCASION_REACH = 6  # sentences after a dated act within which an undated past act is told as part of it


def occasion_day(trigger: Token, parsed: Parsed) -> EventDate | None:
    """The day of the occasion a story has just told, for a past act told with no date of its own: "The
    president welcomed his guest at the palace on Wednesday. … The two leaders signed a transport
    agreement." The last act dated to a day by its own words, a few sentences back at most."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBD" or verb.dep_ in {"ccomp", "relcl", "advcl"}:
        return None  # a past act told as such, not in someone's words nor as a description
    here = parsed.sentence_at(trigger.idx).index
    earlier = [
        (start, when)
        for start, when in parsed.cache.get("dated_events", [])
        if start < trigger.idx
        and when.precision == Precision.DAY
        and here - parsed.sentence_at(start).index <= OCCASION_REACH
    ]
    if not earlier:
        return None
    when = max(earlier, key=lambda item: item[0])[1]
    return EventDate(when.date, None, Precision.DAY, None, "occasion")
