"""From candidate to event record: the code recoded by modality, the date (the news day, history,
tallies over a period) and the record's fields."""

from __future__ import annotations

import hashlib
import re

from spacy.tokens import Token

from bilat.extract.arguments import (
    speaker_of_adjunct,
)
from bilat.extract.candidate import Candidate
from bilat.extract.clause_parts import tells_a_count
from bilat.extract.codebook import Code
from bilat.extract.modality import (
    attribution,
    conditional_consequence,
    in_condition,
    modality_of,
    refused,
    refused_ahead,
)
from bilat.extract.recoding import (
    DECIDED_ROOTS,
    INTENT,
    INTENT_ROOTS,
    OFFICIAL_FORM,
    REFUSAL,
    SECURITY_FORM,
    SECURITY_SECTORS,
    SPEECH_ACTS,
    decided,
    failed,
    official,
    refusable,
    wished,
)
from bilat.extract.statistics import reported_statistic, trade_statistic
from bilat.extract.verb_guards import INCIDENT_FORCE, with_seizure
from bilat.models import Event, Modality, Precision
from bilat.nlp.date_basis import _after
from bilat.nlp.event_date import date_event, occasion_day
from bilat.nlp.parsed import Parsed
from bilat.nlp.retold_date import finer_retold_day, retold_day

# Acts told as parts of a visit or a meeting (consult, cooperate, aid) share its day.
OCCASION_ROOTS = {"04", "05", "06", "07"}
MATERIAL_ACTS = {"15", "17", "18", "19", "20"}  # force shown or used, coercion: acts reported after the fact
# An alert status is in force when it is announced ("said on Monday it had put the army on alert"): dated
# by the saying, unlike the material acts a report tells after they happened.
ALERT_CODES = {"151", "152"}
RETELLABLE = {"unknown", "sentence", "present", "anaphoric"}  # dates no words of the act's own give


HISTORY_YEARS = 2  # an event this many years before the article is background, told as history


def _long_before(date: str | None, published: str | None) -> bool:
    if not date or not published or not date[:4].isdigit():
        return False
    return int(published[:4]) - int(date[:4]) >= HISTORY_YEARS


PERIOD_OPENERS = ("since", "so far")


def _tally_period(trigger: Token, when) -> bool:
    """Acts counted over a period the date opens ("have seized 23 boats since January", "110,000 have
    applied for asylum since April 2018", "the number of boats detained so far this year"): the month or
    year the count began is no act's date. Without a count, the period's start dates the change it
    opens ("relations have worsened since March"), and a day may be where an ongoing act began."""
    if not when.text or when.precision in {Precision.DAY, Precision.UNKNOWN}:
        return False
    if _ordinal_of_period(trigger):
        return True
    if when.date_end and when.date_end[:4] != when.date[:4] and tells_a_count(trigger):
        return True  # "fought three wars between 1958 and 1976": acts counted over a span of years
    text, date = trigger.sent.text.lower(), when.text.lower()
    if not any(f"{o} {date}" in text or f"{o} the {date}" in text for o in PERIOD_OPENERS):
        return False
    return tells_a_count(trigger)


ORDINAL_WORDS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
}


def _ordinal_of_period(trigger: Token) -> bool:
    """ "the third Portuguese boat seized off the coast this year": a participle describing the nth of
    its kind over a period counts acts; the period is no act's date."""
    return trigger.dep_ == "acl" and any(
        c.lower_ in ORDINAL_WORDS or c.ent_type_ == "ORDINAL" for c in trigger.head.children
    )


def _phrase_text(token: Token | None, limit: int = 10) -> str | None:
    if token is None:
        return None
    words = [t for t in token.subtree if t.dep_ not in {"punct", "cc", "conj"} or t.i < token.i][:limit]
    return " ".join(t.text for t in words) or None


def _later_than_story(date: str | None, published: str | None) -> bool:
    """A year, month or day after the story's day (weeks and quarters are not compared character-wise)."""
    return bool(date and re.fullmatch(r"\d{4}(-\d{2}){0,2}", date) and _after(date, published))


def _named_with_its_year(trigger: Token) -> bool:
    return trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.ent_type_ == "DATE" and c.dep_ in {"compound", "nummod", "amod", "nmod"} for c in trigger.children
    )


def to_event(candidate: Candidate, parsed: Parsed, codes: dict[str, Code]) -> Event | None:
    code = codes[candidate.code]
    source, target = candidate.source, candidate.target
    if target is not None:
        if source.actor_id == target.actor_id:
            return None
        if source.country and source.country == target.country and "state" in {source.kind, target.kind}:
            return None
    if code.root != "01" and source.kind == "person" and source.sector in {"EDU", "MED", "NGO", "BUS"}:
        # Commentators speak about states; they do not act for them.
        return None
    trigger = candidate.trigger
    if code.root in OFFICIAL_FORM and official(trigger, source):
        code = codes[OFFICIAL_FORM[code.root]]
    if code.code in SECURITY_FORM and source.sector in SECURITY_SECTORS:
        code = codes[SECURITY_FORM[code.code]]
    if in_condition(trigger):
        return None  # "If Serbia recognises Kosovo, …": a condition, not an occurrence
    if trade_statistic(trigger):
        return None  # "exported goods worth 300 million USD to Peru": a period's total, not an act
    if code.root == "01" and reported_statistic(trigger):
        return None  # "trade reached 2 billion USD, the embassy said": a figure quoted, no statement to B
    sentence = parsed.sentence_at(trigger.idx)
    attributed = attribution(trigger, parsed)
    modality = modality_of(trigger, "stative" in candidate.pattern.options)
    if modality == Modality.PLANNED and _named_with_its_year(trigger):
        # "agreed to modernise the 1997 agreement": a text named with its year was signed then; the plan
        # is about what is to be done with it, not the signing.
        modality = Modality.ASSERTED
    if failed(trigger):
        return None  # "failed to reach agreement": no agreement happened
    if (refused(trigger) or refused_ahead(trigger)) and not refusable(code.root):
        return None  # "refused to condemn B", "declined to comment": the speech was not made
    if (refused(trigger) or refused_ahead(trigger)) and refusable(code.root):
        # "refused to meet B", "will not provide aid": CAMEO codes the rejection, not the act.
        code = codes[REFUSAL.get(code.root, "120")]
        modality = Modality.ASSERTED
    elif modality == Modality.PLANNED and code.root in DECIDED_ROOTS and decided(trigger):
        # "China will impose duties from Tuesday": a measure a state announces it will take, on no
        # condition, is coded as the measure (CAMEO codes the threat of it only when it is held out).
        pass
    elif (modality == Modality.PLANNED or conditional_consequence(trigger)) and code.root not in INTENT_ROOTS:
        # CAMEO codes a stated intention ("will build", "plans to send aid") as the intent, not the act;
        # an act promised on a condition ("would expel them if …") likewise: a threat, stated now.
        code = codes[INTENT.get(code.root, code.code)]
        modality = Modality.PLANNED
    elif modality == Modality.HOPED and code.root in INTENT and wished(trigger):
        code = codes[INTENT[code.root]]  # "wants to help B": the intent (recoding.wished)
    when = date_event(
        trigger,
        parsed,
        speech="speech" in candidate.pattern.options,
        reported=bool(attributed),
        planned=modality == Modality.PLANNED,
        speech_act=code.root in SPEECH_ACTS,
        material=code.root in MATERIAL_ACTS and code.code not in ALERT_CODES,
    )
    speech_verb = speaker_of_adjunct(trigger)
    if when.precision == Precision.UNKNOWN and speech_verb is not None:
        # "told a briefing that the decision was unfair, accusing Washington of …": the speaker's act is
        # dated by the speech it was made in.
        when = date_event(speech_verb, parsed, speech=True, speech_act=True)
    if (
        when.precision == Precision.UNKNOWN
        and code.root in OCCASION_ROOTS
        and modality == Modality.ASSERTED
        and not attributed
    ):
        # "The two leaders held talks", "The Kenyan side offered a credit line", after the visit's
        # day was told: acts of a visit told in sequence happen on its day.
        when = occasion_day(trigger, parsed) or when
    if when.how == "own" and code.root == "17" and modality == Modality.ASSERTED and not attributed:
        # "journalists detained last week … were arrested on June 14": the week's act told with its day.
        when = finer_retold_day(trigger, parsed, when) or when
    elif when.how in RETELLABLE and code.root == "17" and modality == Modality.ASSERTED and not attributed:
        # "protested after the coast guard seized three boats. The boats were intercepted on Monday": the
        # seizure told again with its own day (nlp.retold_date) is dated better than by no date, the
        # news day or a date of the sentence's other clause ("summoned the envoy on Wednesday over …").
        when = retold_day(trigger, parsed) or when
    elif when.how in RETELLABLE and code.code == "166" and modality == Modality.ASSERTED:
        # "ordered three diplomats to leave, the ministry said on Thursday. … They were declared persona non
        # grata on Wednesday": the expulsion told again with its own day is dated by it.
        when = retold_day(trigger, parsed, expulsion=True) or when
    elif (
        when.how in RETELLABLE
        and code.root in INCIDENT_FORCE
        and modality == Modality.ASSERTED
        and not attributed
        and with_seizure(trigger)
    ):
        # "a navy ship fired warning shots at the boats and detained one of them": force used in the same
        # incident as a seizure coordinated with it is dated like that seizure, told again with its day.
        when = retold_day(trigger, parsed) or when
    elif (
        when.how in RETELLABLE
        and code.root in INCIDENT_FORCE
        and modality == Modality.ASSERTED
        and not attributed
        and trigger.pos_ == "VERB"
    ):
        # "protested after a ship rammed a fishing boat. The boat was rammed on Monday": the incident told
        # again by its own verb with its day.
        when = retold_day(trigger, parsed, same_act=True) or when
    if candidate.what is not None and trigger.pos_ in {"NOUN", "PROPN"}:
        # The object's own date ("… and the Embassy in 2023") is the event's.
        own = date_event(candidate.what, parsed)
        if own.how == "own":
            when = own
    if modality == Modality.ASSERTED and _long_before(when.date_end or when.date, parsed.document.published):
        modality = Modality.HISTORICAL
    if "stative" not in candidate.pattern.options and _tally_period(trigger, when):
        return None  # "have seized 23 boats since January": acts counted over a period, not one act
    if candidate.inferred and when.how not in {"own", "occasion", "retold"}:
        # Parties taken from the article, not the sentence, need the sentence's own date to count (or the
        # date of the act's own retelling: a participle's seizure told again with its day).
        return None
    if "stative" in candidate.pattern.options and when.how != "own":
        # "Turkey has an embassy in Tashkent": a state with no date of its own is no event.
        return None
    if when.precision == Precision.UNKNOWN and target is not None and parsed.document.published:
        # In a dated story, an act aimed at another side that no date places is background, not a report
        # of an occurrence: a lasting state ("still hosts refugees"), a habit ("has always denied"), a
        # ruling told as history. Undated stories keep their acts: no date could be read in them at all.
        return None
    if trigger.pos_ in {"NOUN", "PROPN"} and _later_than_story(when.date, parsed.document.published):
        # "preparations for a visit by B's minister in June", told in May: an act named by a noun and
        # dated after the story's day is still to come, not a report of an occurrence.
        return None
    if when.precision == Precision.UNKNOWN and (trigger.pos_ in {"NOUN", "PROPN"} or attributed):
        # An undated noun ("the importance of the opening of the embassy") refers to an event told
        # elsewhere; an undated event in someone's words is their view, not a report of an occurrence.
        return None
    doc = parsed.document
    obj = candidate.what.i if candidate.what is not None else ""
    target_id = target.actor_id if target else ""
    key = f"{doc.id}|{sentence.index}|{trigger.i}|{obj}|{source.actor_id}|{target_id}|{code.code}"
    confidence = 0.5 + 0.15 * (target is not None) + 0.1 * candidate.pattern.specificity
    confidence += 0.1 * (when.precision != Precision.UNKNOWN) + 0.1 * (source.kind == "person")
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:16],
        doc_id=doc.id,
        source_uri=doc.source_uri,
        source=source,
        target=target,
        target_missing=None if target else "no addressee stated",
        cameo=code.code,
        root=code.root,
        quad=code.quad,
        goldstein=code.goldstein,
        plover=code.plover,
        mode=code.mode,
        trigger=trigger.text,
        what=_phrase_text(candidate.what),
        date=when.date,
        date_end=when.date_end,
        date_precision=when.precision,
        date_text=when.text,
        date_basis=when.basis,
        place=candidate.place,
        modality=modality,
        attributed_to=attributed if attributed and attributed != source.name else None,
        evidence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        sentence=sentence.index,
        confidence=round(min(confidence, 0.95), 2),
    )
