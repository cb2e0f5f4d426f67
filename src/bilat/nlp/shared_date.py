"""A verb's date shared from another verb: the verb that governs it, a dated verb it is coordinated with,
a dated saying it is told under, or the main clause it is counted from. Each asks `date_event` for the
other verb's date; it is imported when called, since `event_date` imports this module."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.models import Precision
from bilat.nlp.date_attachment import clause_verb
from bilat.nlp.date_basis import EventDate, _day_named
from bilat.nlp.news_day import _in_dateline
from bilat.nlp.parsed import Parsed
from bilat.nlp.relative_day import COUNT_WORDS, _a_deadline, _after_clause
from bilat.nlp.told_day import SAYING
from bilat.nlp.verb_date import REPORTING, _just_after, _misattached_partner, _when_clause


def _from_governing_verb(
    trigger: Token, parsed: Parsed, speech_act: bool, material: bool = False
) -> EventDate | None:
    """ "expelled two diplomats on Tuesday, accusing them of spying": a participle after a dated verb
    happens with it. "said on Wednesday that Israel was lying": an act done by speaking, reported with no
    date of its own, was done when it was said."""
    from bilat.nlp.event_date import date_event  # imported here: event_date imports this module

    head = trigger.head
    participle = trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and head.pos_ == "VERB"
    if trigger.dep_ == "advcl" and head.pos_ in {"VERB", "AUX"} and _when_clause(trigger):
        # "The row began last month, when police detained two drivers": the when-clause happened at the
        # time its main clause names.
        found = date_event(head, parsed)
        return found if found.how == "own" else None
    if trigger.dep_ == "relcl" and head.pos_ in {"PROPN", "NOUN"} and _when_clause(trigger):
        # "The remarks were made on Tuesday in Riga, when the minister accused …": the parser hangs the
        # when-clause on the last noun before it; it tells the time of that noun's clause.
        main = clause_verb(head)
        if main is not head and main.i < trigger.i:
            found = date_event(main, parsed)
            return found if found.how == "own" else None
    if _just_after(trigger):
        # "said on Thursday after receiving the Somali president": what was done just before the dated
        # act, told as "after" and a participle with no distance counted, happened that day.
        found = date_event(head.head, parsed)
        return found if found.how == "own" and found.precision == Precision.DAY else None
    # "summoned the ambassador on Tuesday and handed her a note": a verb coordinated with a dated one,
    # sharing its subject and tense, happens with it.
    coordinated = (
        trigger.dep_ == "conj"
        and head.pos_ == "VERB"
        and trigger.tag_ == head.tag_
        and trigger.tag_ in {"VBD", "VBN"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children)
    )
    # "handed her a note demanding that …": what the handed note says is said when it is handed.
    carried = (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBG"
        and head.dep_ in {"dobj", "obj"}
        and head.head.pos_ == "VERB"
    )
    if coordinated:
        found = date_event(head, parsed)
        return found if found.how == "own" else None
    # "responded on Wednesday by recalling its ambassador and suspending visits": the means is the act
    # itself, done when the verb it explains was done; a participle coordinated with it shares that day.
    means = (
        trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and head.lower_ == "by" and head.head.pos_ == "VERB"
    )
    gerund_pair = trigger.dep_ == "conj" and trigger.tag_ == "VBG" == head.tag_
    if means or gerund_pair:
        found = date_event(head.head if means else head, parsed)
        return found if found.how == "own" else None
    # "was received on Tuesday by the prime minister, who asked …": a simple-past clause about a party
    # of a dated act, told with no date of its own, happened at that act.
    party = (
        trigger.dep_ == "relcl"
        and trigger.tag_ == "VBD"
        and head.dep_ in {"pobj", "nsubj", "dobj", "appos"}
        and any(c.lower_ in {"who", "which"} and c.dep_ == "nsubj" for c in trigger.children)
    )
    if party:
        clause = head.head.head if head.dep_ == "pobj" else head.head
        if clause.pos_ in {"VERB", "AUX"}:
            found = date_event(clause, parsed)
            return found if found.how == "own" and found.precision == Precision.DAY else None
    if carried:
        # The note's demand is the handing itself: whatever day the handing has, the demand has.
        found = date_event(head.head, parsed, speech_act=True)
        return found if found.date is not None and found.how != "ongoing" else None
    # A physical act ("had detained nine men and seized two boats") is no second act of the speaker's.
    reporter = None if material else _misattached_partner(trigger)
    if reporter is not None:
        found = date_event(reporter, parsed)
        return found if found.how == "own" else None
    said = speech_act and trigger.dep_ in {"ccomp", "parataxis"} and head.lemma_.lower() in REPORTING
    # Only the speaker's own act ("said it rejected…") is done in the saying; "said Russia had been
    # threatening Moldova" reports someone else's.
    subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    said = said and all(c.pos_ == "PRON" for c in subjects)
    if not (participle or said) or head is trigger:
        return None
    found = date_event(head, parsed, speech=said)
    # "have ordered three diplomats to leave, accusing them of …, the ministry said on Thursday": a
    # participle shares its verb's day also when that verb is the news of the day.
    told_day = participle and found.how == "present" and found.precision == Precision.DAY
    return found if found.how == "own" or told_day else None


def _dated_conjunct(trigger: Token, parsed: Parsed) -> EventDate | None:
    """ "seized two boats and detained their crews on Saturday": the parser hangs a date told after the
    last of coordinated verbs (one subject, one tense) on that verb; it dates them all."""
    from bilat.nlp.event_date import date_event  # imported here: event_date imports this module

    gerunds = trigger.tag_ == "VBG" and trigger.dep_ == "conj" and trigger.head.tag_ == "VBG"
    if trigger.pos_ != "VERB" or (trigger.tag_ not in {"VBD", "VBN"} and not gerunds):
        return None
    busy = parsed.cache.setdefault("dating_conjuncts", set())
    if trigger.i in busy:
        return None  # the conjunct asks its head back: no date of its own either
    busy.add(trigger.i)
    try:
        for child in trigger.children:
            if (
                child.dep_ == "conj"
                and child.pos_ == "VERB"
                and child.tag_ == trigger.tag_
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
            ):
                found = date_event(child, parsed)
                if found.how == "own" and found.date is not None:
                    return found
        head = trigger.head
        if gerunds and head.pos_ == "VERB":
            # "replied on Monday, accusing X of … and rejecting Y": participles coordinated with one
            # another are dated alike, however the first one is dated.
            found = date_event(head, parsed)
            if found.date is not None:
                return found
        elif (
            trigger.dep_ == "conj"
            and head.pos_ == "VERB"
            and head.dep_ in {"ROOT", "conj"}
            and any(c.dep_ == "nsubjpass" for c in head.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children)
        ):
            # "was received by the premier the next day, and urged …": an act coordinated with the passive
            # its subject underwent happened on that one's day (an active first verb may be a background
            # told in a report, "said its officers had behaved badly last month and apologised"; so may a
            # reported passive, "confirmed that a man had been detained last week and demanded …").
            found = date_event(head, parsed)
            if found.how == "own" and found.date is not None:
                return found
    finally:
        busy.discard(trigger.i)
    return None


def _said_with_dated_head(trigger: Token, parsed: Parsed) -> EventDate | None:
    """ "said on Thursday it had … and warned that …", "denied on Monday … and rejected …": a speech act
    coordinated with a dated one, with no subject of its own, is the same speaker on the same occasion
    and shares its day."""
    from bilat.nlp.event_date import date_event  # imported here: event_date imports this module

    head = trigger.head
    # The parser may hang the participle on the clause said ("demanded that the trucks be allowed …,
    # warning …"): the speech act above that clause is its head.
    while (
        head.dep_ in {"ccomp", "xcomp"}
        and head.lemma_.lower() not in SAYING
        and head.head.i < head.i  # the clause said follows its speech verb
    ):
        head = head.head
    if (
        trigger.dep_ == "advcl"
        and trigger.tag_ == "VBG"
        and trigger.lemma_.lower() in SAYING
        and head.pos_ == "VERB"
        and head.lemma_.lower() in SAYING
    ):
        # "demanded that …, warning that …": the participle's speech act is said with its head's.
        found = date_event(head, parsed, speech_act=True)
        return found if found.date is not None else None
    head = trigger.head
    if (
        trigger.dep_ != "conj"
        or trigger.pos_ != "VERB"
        or head.pos_ != "VERB"
        or trigger.tag_ != head.tag_
        or trigger.lemma_.lower() not in SAYING
        or head.lemma_.lower() not in SAYING
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children)
    ):
        return None
    busy = parsed.cache.setdefault("dating_conjuncts", set())
    if head.i in busy:
        return None
    busy.add(head.i)
    try:
        found = date_event(head, parsed, speech=True)
    finally:
        busy.discard(head.i)
    return found if found.how == "own" and found.date is not None else None


def _counted_from_main(trigger: Token, parsed: Parsed) -> EventDate | None:
    """ "Peru halted imports on Friday, a day after Quito expelled an attaché": the clause after
    "a day after" happened that many days before the main clause's day (after "before", that many
    after). A vague distance ("days after", "weeks before") leaves the day unknown: it is not the main
    clause's day. Called only when the clause names no date of its own ("months after … in March")."""
    from datetime import date, timedelta

    from bilat.nlp.event_date import date_event  # imported here: event_date imports this module

    clause = _after_clause(trigger)
    if clause is None or clause[1] is None:
        return None
    mark, measure = clause
    if measure.lower_ not in {"day", "days", "month", "months"}:
        return EventDate()
    counts = [c for c in measure.children if c.dep_ in {"det", "nummod"}]
    number = COUNT_WORDS.get(counts[0].lower_) if counts else None
    if number is None and counts and counts[0].like_num and counts[0].text.isdigit():
        number = int(counts[0].text)
    if number is None or (measure.lower_ in {"day", "month"} and number != 1):
        return EventDate()
    if measure.lower_ in {"days", "months"} and number == 1:
        return EventDate()
    main = date_event(trigger.head, parsed)
    if main.how != "own" or main.precision != Precision.DAY or not main.date:
        # "gave her 48 hours to leave on Monday, a day after …": the day named just before the count,
        # wherever the parser hung it, is the one counted from.
        sentence = parsed.sentence_at(trigger.idx)
        days = [
            t
            for t in parsed.timexes_in(sentence.start, measure.idx)
            if _day_named(t) and not _in_dateline(t, parsed.document.text) and not _a_deadline(t, parsed)
        ]
        if not days:
            return EventDate()
        main = EventDate(days[-1].value[:10], None, Precision.DAY, days[-1].text, "own")
    step = -number if mark == "after" else number
    if measure.lower_.startswith("month"):
        # "two months after Niamey revoked the accord": that calendar month, no finer.
        year, month = int(main.date[:4]), int(main.date[5:7]) + step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return EventDate(f"{year:04d}-{month:02d}", None, Precision.MONTH, measure.text, "own")
    day = (date.fromisoformat(main.date[:10]) + timedelta(days=step)).isoformat()
    return EventDate(day, None, Precision.DAY, measure.text, "own")
