"""Answers that are dates: the day a sentence's time expressions give the asked act (already resolved
against the article's date at their precision), a deadline or bound the question asks for, or a span
of time counted in days, weeks or months.
"""

from __future__ import annotations

import re
from datetime import date as date_type
from datetime import timedelta

from spacy.tokens import Doc, Token

from bilat.ask.figure_answers import _governed_by, _granted_for
from bilat.ask.question import (
    Question,
    asked_part,
    date_words,
    stem,
)
from bilat.models import Timex
from bilat.nlp.number_words import WORD_NUMBERS


def is_calendar(timex: Timex) -> bool:
    """A date on the calendar ("2021-05", "1993"), not a duration, a set or "now"."""
    return timex.type == "DATE" and bool(re.match(r"^\d{4}", timex.value))


# "a day after Chile expelled …", "two days later": a span counted from another event, which the
# tagger resolves from the article's date; it says nothing of when the act happened.
EVENT_RELATIVE = re.compile(r"\b(?:after|before|later|earlier|afterwards)$", re.I)
# Links from an act up to a clause that tells it and whose date is the act's too: "announced on Monday
# that it had expelled", "decided on Monday to expel", "met and signed".
TELLING = {"ccomp", "xcomp", "conj"}


def date(
    timexes: list[Timex],
    question: Question,
    act_at: int | None,
    act: Token | None = None,
    other_verb: bool = False,
) -> Timex | None:
    """The sentence's calendar date nearest its act (``act_at``: the act's character offset in it).
    With the act's token, a date that belongs to another act is left out ("India on Tuesday ordered
    …, a day after Chile expelled …": Tuesday is not when Chile expelled)."""
    dates = [t for t in map(on_day, timexes) if is_calendar(t) and not EVENT_RELATIVE.search(t.text.strip())]
    if not dates:
        return None
    # A year the question itself names is the setting, not the answer ("when in 2019 did …").
    dates = [t for t in dates if t.value[:4] not in question.years or len(t.value) > 4] or dates
    if act is not None:
        dates = [t for t in dates if _dates_act(act.doc, t, act)]
        if not dates:
            return None
    if act_at is None:
        # No word of the sentence tells the act: its one date may be another act's ("the decision to
        # close the borders in August 2019" for "when did Nigeria reopen them"), unless it tells another
        # act the question names ("speak by phone to prepare the visit": "prepared during a call").
        asked = question.act or question.verb
        if asked and asked not in {"be", "have", "do"} and not other_verb:
            return None
        return dates[0] if len(dates) == 1 else None
    return min(dates, key=lambda t: abs(t.start - act_at))


# "By what date must X leave?", "By when …": the question asks for a deadline, which a sentence gives
# after "by", "before" or "until" ("must leave by September 15"), not for the day the news was told.
# "To which year has X been delayed?", "Until when …": the date something is moved to or lasts until,
# told after "to", "until" or "till" ("delayed to 2027", "postponed until March").
# "From what date will X suspend …": the date a span starts, told after "from", "starting" or "as of"
# ("banned from 1 November"), not the day the news was told ("announced on Monday").
ASKED_DEADLINE = re.compile(
    r"^\s*(?:(by|before|until|to|from)\s+(?:what|which)\s+(?:date|day|month|year|time)\b"
    r"|(by|until|from)\s+when\b)",
    re.I,
)
DEADLINE_WORD = {
    "by": re.compile(
        r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$", re.I
    ),
    "to": re.compile(r"\b(?:to|until|till)\s+(?:the\s+end\s+of\s+)?$", re.I),
}
DEADLINE_WORD["from"] = re.compile(
    r"\b(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|as\s+(?:of|from)|effective(?:\s+from)?"
    r"|with\s+effect\s+from)\s+(?:the\s+(?:start|beginning)\s+of\s+)?$",
    re.I,
)
DEADLINE_WORD["before"] = DEADLINE_WORD["by"]
DEADLINE_WORD["until"] = DEADLINE_WORD["to"]


def asks_deadline(question: Question) -> bool:
    return ASKED_DEADLINE.match(question.text) is not None


def deadlines(text: str, timexes: list[Timex], question: Question) -> list[Timex]:
    """The sentence's dates that close a span as the question asks ("by September 15", "no later than 1
    May" for "by what date"; "delayed to 2027" for "to which year")."""
    match = ASKED_DEADLINE.match(question.text)
    if match is None:
        return []
    bound = DEADLINE_WORD[(match.group(1) or match.group(2)).lower()]
    return [t for t in timexes if bound.search(text[: t.start])]


# Prepositions whose gerund completes the act it hangs on ("banned from landing", "exempted from paying"),
# unlike "after" or "before", which tell another act.
ACT_OF_PREP = {"from"}


def deadline_of(sentence: Doc, timex: Timex, act: Token) -> bool:
    """The deadline is the act's, or that of a clause the act tells ("agreed that troops will leave by
    …", "asked the guards to leave by …"): the way from the date up to the act passes through verbs of
    such clauses only, no clause that explains or follows it ("after the troops left by …")."""
    span = sentence.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    node = span.root
    for _ in range(12):
        if node.i == act.i:
            return True
        if node.head.i == node.i:
            return False
        if node.pos_ == "VERB" and node.dep_ == "pcomp" and node.head.lower_ in ACT_OF_PREP:
            # "banned from landing fish from 1 November", parsed with the date on "landing": what the
            # act bars or spares is told with it, and so is the date its span starts.
            node = node.head
            continue
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in TELLING:
            # "have until August 15 to leave", "gave X until Thursday to let Y return": the span is
            # that of the acts the verb's clauses tell.
            return _tells_down(node, act) or _dates_act(sentence, timex, act)
        node = node.head
    return False


def _present_perfect(act: Token) -> bool:
    """The act is told with "has" or "have" ("has summoned"), or is joined to a verb that is ("has closed
    … and summoned")."""
    node = act
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in node.children):
            return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _tells_down(verb: Token, act: Token) -> bool:
    """The act is the verb's or hangs below it through clauses that tell it ("to allow … to return")."""
    node = act
    for _ in range(6):
        if node.i == verb.i:
            return True
        if node.dep_ not in TELLING or node.head.i == node.i:
            return False
        node = node.head
    return False


def on_day(timex: Timex) -> Timex:
    """ "Sunday morning" (2020-11-29TMO) dates an act to its day."""
    if timex.type == "TIME" and re.match(r"^\d{4}-\d{2}-\d{2}T", timex.value):
        return timex.model_copy(update={"type": "DATE", "value": timex.value[:10]})
    return timex


# "a day after", "two weeks before": the span that separates an act from the act of the clause it hangs
# on, in days.
SPAN_DAYS = {"day": 1, "week": 7}


def counted_date(timexes: list[Timex], act: Token) -> Timex | None:
    """ "India on Tuesday ordered …, a day after Canada expelled …": the act told as a counted span
    before or after the act of its governing clause, which the sentence dates to a day; None otherwise."""
    if act.dep_ == "advcl":
        link = next((c for c in act.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
        span_holder, governor = act, act.head
    elif act.dep_ == "pcomp" and act.head.lower_ in {"after", "before"}:
        link, span_holder, governor = act.head, act.head, act.head.head
    else:
        return None
    counted = next((c for c in span_holder.children if c.dep_ == "npadvmod" and c.lemma_ in SPAN_DAYS), None)
    if link is None or counted is None or governor.pos_ not in {"VERB", "AUX"}:
        return None
    count = next(
        (
            1 if c.lower_ in {"a", "an", "one"} else WORD_NUMBERS.get(c.lower_) or int(c.text)
            for c in counted.children
            if c.dep_ in {"det", "nummod"}
            and (c.lower_ in {"a", "an", "one"} or c.lower_ in WORD_NUMBERS or c.text.isdigit())
        ),
        None,
    )
    if not count:
        return None
    sentence = act.doc
    days: list[Timex] = []
    for timex in map(on_day, timexes):
        span = sentence.char_span(timex.start, timex.end, alignment_mode="expand")
        if (
            span is None
            or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value)
            or EVENT_RELATIVE.search(timex.text.strip())
            or counted.i in {t.i for t in span}
        ):
            continue
        verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        # The governing act's date, or its infinitive's ("ordered … to leave … on Wednesday").
        if verb is not None and (
            verb.i == governor.i or (verb.dep_ == "xcomp" and verb.head.i == governor.i)
        ):
            days.append(timex)
    if len({t.value for t in days}) != 1:
        return None
    timex = days[0]
    shift = timedelta(days=SPAN_DAYS[counted.lemma_] * int(count))
    day = date_type.fromisoformat(timex.value) + (-shift if link.lower_ == "after" else shift)
    return timex.model_copy(update={"value": day.isoformat()})


def told_relative(timexes: list[Timex]) -> bool:
    """The sentence dates something by another event ("a day after Chile expelled")."""
    return any(EVENT_RELATIVE.search(t.text.strip()) for t in timexes)


def _dates_act(sentence: Doc, timex: Timex, act: Token) -> bool:
    """The date is the act's: the first verb above it is the act, or a verb that tells the act
    (reports, decides or is joined to it), or none (a headline); not a clause the act only follows
    or explains ("a day after Chile expelled", "when troops shelled")."""
    span = sentence.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    if act.pos_ == "AUX" and act.dep_ in {"aux", "auxpass"}:
        act = act.head  # "has been closed since 1994": the verb the auxiliary serves
    node = span.root
    governor = None
    for _ in range(10):
        if node.i == act.i:
            return True
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            governor = node
            break
    if governor is None or governor.i == act.i:
        return True
    if (
        governor.lemma_ in {"have", "be"}
        and governor.i < act.i
        and governor.head.i == act.head.i
        and not any(c.dep_ in {"dobj", "attr", "acomp"} for c in governor.children)
    ):
        # "had earlier, on 30 June, received a deposit", parsed with "had" as a verb of its own that
        # the date hangs on: an auxiliary with no object of its own is the act's, split off by the parser.
        return True
    if governor.lemma_ in {"say", "tell"} and _present_perfect(act):
        # "Chad has closed the border and summoned the envoy, the government said on Wednesday": what
        # has been done was done before the day it is told; that day does not date it.
        return False
    step = act
    for _ in range(6):
        if step.i == governor.i:
            return True
        if step.dep_ not in TELLING and not (
            step.pos_ == "NOUN" and step.dep_ in {"dobj", "nsubj", "nsubjpass"}
        ):
            return False
        if step.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in step.children):
            return False  # "ordered on Wednesday to leave": the leaving is still to come
        if step.head.i == step.i:
            return False
        step = step.head
    return False


def when_words(timex: Timex) -> str:
    return date_words(timex.value)


# "For how many days …": a span of time counted in a unit the time expressions give as a duration.
ASKED_SPAN = re.compile(r"\bhow\s+many\s+(hours|days|weeks|months|years)\b", re.I)
DURATION_UNIT = {"hours": "H", "days": "D", "weeks": "W", "months": "M", "years": "Y"}


def duration(
    sentence: Doc, timexes: list[Timex], question: Question, act: Token | None
) -> tuple[str, str] | None:
    """ "For how many days did X suspend imports?" told "suspended imports … for 90 days": the one
    duration in the unit asked for that the act's own clause gives ("P90D"); None for a sentence that
    gives none, or several."""
    asked = ASKED_SPAN.search(asked_part(question.text))
    if asked is None or act is None:
        return None
    unit = DURATION_UNIT[asked.group(1).lower()]
    told = [
        (m.group(1), t)
        for t in timexes
        if (m := re.fullmatch(rf"PT?(\d+(?:\.\d+)?){unit}", t.value))
        and (_governed_by(sentence, t.start, act) or _granted_for(sentence, t.start, act))
    ]
    if not told:
        # "asked Bangkok to stop the work within 15 days" for "within how many days did X ask Y to stop
        # building …": the span the question's other verbs (ask, stop) are told with.
        verbs = [
            v for v in sentence if v.pos_ == "VERB" and v.i != act.i and stem(v.lemma_) in question.words
        ]
        told = [
            (m.group(1), t)
            for t in timexes
            if (m := re.fullmatch(rf"PT?(\d+(?:\.\d+)?){unit}", t.value))
            and any(_governed_by(sentence, t.start, v) for v in verbs)
        ]
    if len({n for n, _ in told}) != 1:
        return None
    number, timex = told[0]
    return number, timex.text.strip()
