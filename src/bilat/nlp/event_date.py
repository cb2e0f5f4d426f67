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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from bilat.models import Precision, Timex
from bilat.nlp.doctext import doc_text
from bilat.nlp.parsed import Parsed

LEAD_SENTENCES = 4  # headline, standfirst and the first sentences report the news of the day
CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-Q\d|-H\d|-(?:SP|SU|FA|WI)|-W\d{2})?$|^\d{3}$")
# A reporting period or a season: dated by its first month, at its own precision ("in the third quarter").
PERIOD_CODE = re.compile(r"^\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)$")
LEAD_TAGS = {"VBD", "VBZ", "VBP", "VBN", "VB"}
ONGOING_TAGS = {"VBZ", "VBP", "VBG"}
HABITUAL = {"always", "never", "often", "usually", "traditionally", "long"}
SEQUEL = {"later", "afterwards", "afterward", "subsequently", "then"}
HAPPEN = {"take", "happen", "occur", "hold"}
NEWS_WINDOW_DAYS = 7


@dataclass(frozen=True)
class EventDate:
    date: str | None = None
    date_end: str | None = None
    precision: str = Precision.UNKNOWN
    text: str | None = None
    how: str = "unknown"
    # Where the date came from (text | context | publication), for readers to weigh it; None when undated.
    basis: str | None = None

    def __post_init__(self) -> None:
        if self.basis is None and self.date is not None:
            object.__setattr__(self, "basis", BASIS.get(self.how, "text"))


# own/sentence: the event's own sentence dates it; anniversary/occasion: something named earlier does;
# present/anaphoric/ongoing: the news day, which is the article's date unless the lead names another.
BASIS = {
    "own": "text",
    "sentence": "text",
    "anniversary": "context",
    "occasion": "context",
    "setting": "context",
    "present": "publication",
    "anaphoric": "publication",
    "ongoing": "publication",
}


def precision_of(value: str) -> str:
    if re.fullmatch(r"\d{3}", value):
        return Precision.DECADE
    if re.fullmatch(r"\d{4}", value):
        return Precision.YEAR
    if "-Q" in value:
        return Precision.QUARTER
    if "-H" in value:
        return Precision.HALF
    if re.search(r"-(?:SP|SU|FA|WI)$", value):
        return Precision.SEASON
    if "-W" in value:
        return Precision.WEEK
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Precision.MONTH
    return Precision.DAY


def _places_in_calendar(timex: Timex) -> bool:
    """A calendar date, or a shift from one ("two days later", counted from the date before it)."""
    if timex.type == "DATE":
        return bool(CALENDAR.match(timex.value[:10]))
    if timex.type == "TIME":
        # "in the evening" of a day the text names: the event is dated to that day.
        return bool(re.match(r"^\d{4}-\d{2}-\d{2}T", timex.value))
    return timex.type == "DURATION" and bool(timex.begin) and timex.begin == timex.end_value


def _day_named(timex: Timex) -> bool:
    """A calendar day, written as a date or as a time of that day ("on Tuesday evening" is a TIME whose
    value keeps the day)."""
    if timex.type == "DATE":
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value))
    return timex.type == "TIME" and bool(re.match(r"\d{4}-\d{2}-\d{2}T", timex.value))


def _from_timex(timex: Timex, how: str) -> EventDate:
    value = timex.value[:10]
    if timex.type == "DURATION":
        return EventDate(timex.begin, None, precision_of(timex.begin), timex.text, how)
    if PERIOD_CODE.match(timex.value) and timex.begin:
        return EventDate(timex.begin, timex.end_value, precision_of(timex.value), timex.text, how)
    if timex.begin and timex.end_value:
        return EventDate(timex.begin, timex.end_value, precision_of(timex.begin), timex.text, how)
    return EventDate(value, None, precision_of(value), timex.text, how)


ORDINAL = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?P<what>\w+)", re.I)


@dataclass(frozen=True)
class Anniversary:
    """ "This week marks the 25th anniversary of the founding of …": the founding event's date."""

    stem: str  # first letters of the noun: "establi" matches "established", "establishment"
    date: str  # YYYY
    text: str


def anniversaries(parsed: Parsed) -> list[Anniversary]:
    if "anniversaries" not in parsed.cache:
        parsed.cache["anniversaries"] = _find_anniversaries(parsed)
    return parsed.cache["anniversaries"]


def _find_anniversaries(parsed: Parsed) -> list[Anniversary]:
    found = []
    for sentence in parsed.sentences:
        for match in ORDINAL.finditer(sentence.text):
            when = _sentence_day(sentence.start, sentence.end, parsed)
            if when is None:
                continue
            # The year is certain; the day only when a date names the day of the year (see _recurring).
            year = int(when[:4]) - int(match["n"])
            found.append(Anniversary(match["what"].lower()[:7], f"{year:04d}", match.group(0)))
    return found


def _sentence_day(start: int, end: int, parsed: Parsed) -> str | None:
    """The day a sentence speaks of: its own full date, or the article date for "today"/present tense."""
    days = [t.value for t in parsed.timexes_in(start, end) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)]
    if days:
        return days[0]
    return parsed.document.published


def _from_anniversary(trigger: Token, parsed: Parsed, day_of_year: Timex | None = None) -> EventDate | None:
    """The founding event's year from "the Nth anniversary of its <noun>"; with "April 7th" the day too."""
    lemma = trigger.lemma_.lower()
    for anniversary in anniversaries(parsed):
        # "signed" / "signing", "established" / "establishment": the same stem.
        if len(lemma) >= 4 and anniversary.stem.startswith(lemma[:6]):
            if day_of_year is not None:
                value = f"{anniversary.date}{day_of_year.value[4:10]}"
                return EventDate(
                    value, None, Precision.DAY, f"{day_of_year.text}; {anniversary.text}", "anniversary"
                )
            return EventDate(anniversary.date, None, Precision.YEAR, anniversary.text, "anniversary")
    return None


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
        ):
            return False
        if current.head == current:
            return False
        if _of_what_is_charged(current, timex_root, trigger):
            return False
        current = current.head
    return False


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


# The vehicle an act is done in: "rejected the protest in a statement carried by state media on Wednesday".
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


CLOSING_STOPS = (".", "?", "!", '"', "\u201d", "'", "\u2019", ")")


def lead_count(parsed: Parsed) -> int:
    """How many sentences the lead spans: ``LEAD_SENTENCES``, not counting the lines above the story
    that close with no stop after the headline (a byline, "Share  Tweet  Email", a dateline cut off by
    the parser as "PARIS —"): page chrome, which pushes no story sentence out of the lead."""
    count = LEAD_SENTENCES
    for sentence in parsed.sentences[1:]:
        if sentence.index >= count:
            break
        if not sentence.text.rstrip().endswith(CLOSING_STOPS):
            count += 1
    return count


def news_day(parsed: Parsed) -> str | None:
    """The day the news happened: a full date in the lead within a week before the article, else the
    article's own date."""
    published = parsed.document.published
    if not published:
        return None
    if "news_day" in parsed.cache:
        return parsed.cache["news_day"]
    parsed.cache["news_day"] = _find_news_day(parsed, published)
    return parsed.cache["news_day"]


def _find_news_day(parsed: Parsed, published: str) -> str:
    from datetime import date

    # The document's text, not doc.text: spaCy rebuilds that string from the tokens on every call.
    text = parsed.document.text
    lead_end = (
        parsed.sentences[min(lead_count(parsed), len(parsed.sentences)) - 1].end if parsed.sentences else 0
    )
    for timex in parsed.timexes:
        if timex.start > lead_end:
            break
        if _in_dateline(timex, text) or _date_header(timex, text):
            continue  # "HANOI, Oct 3 (Agency) —" is the day of the report; the lead says the day of the news
        span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None and _deadline(span.root):
            continue  # "ordered to leave by Saturday": a deadline, not the day of the news
        if span is not None and _names_a_things_day(span.root):
            continue  # "a row over Sunday's election": the day of the thing spoken of, not of the news
        if _day_named(timex):
            gap = (date.fromisoformat(published) - date.fromisoformat(timex.value[:10])).days
            if 0 <= gap <= NEWS_WINDOW_DAYS:
                if span is not None and (_in_told_thing(span.root) or agented_act_before(span) is not None):
                    continue
                return timex.value[:10]
    return published


# A day the lead names inside the thing its act is about or follows is that thing's, not the news day:
# clauses that tell it ("accused Baku on Tuesday of firing …
# overnight", "rejected the decision to close the bridge on Saturday", "summoned … after troops fired on
# Monday"), not the act itself.
TOLD_THING_DEPS = {"pcomp", "relcl"}
EARLIER_MARKS = {"after", "before", "since"}


def _in_told_thing(root: Token) -> bool:
    """The day hangs on a clause or noun embedded in the lead's act: a gerund or clause after a
    preposition, a clause describing a noun, an "after" clause, or an act noun after "of"."""
    current = root
    for _ in range(12):
        if current.head == current:
            return False
        if current is not root and current.dep_ in TOLD_THING_DEPS:
            return True
        # "the decision to close the bridge on Saturday"; but "under an agreement signed on Tuesday" is
        # the lead's own act.
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if current is not root and current.dep_ == "acl" and to:
            return True
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in current.children
        ):
            return True
        if current.dep_ == "pobj" and current.head.lower_ == "of" and current is not root:
            return True
        current = current.head
    return False


def _names_a_things_day(root: Token) -> bool:
    """A day that modifies a noun ("Sunday's election", "the Monday vote") dates that thing."""
    thing = root.head
    return (
        root.dep_ in {"poss", "compound"}
        and thing.pos_ == "NOUN"
        and thing.lemma_.lower() not in OCCASION_NOUNS  # "at Monday's meeting": the act's own occasion
        and not _is_time_word(thing)
    )


# The part of a line before a dateline's date: a place name and a comma ("HANOI, ", "Kyiv, "), in any
# alphabet's capitals ("BOGOTÁ, ", "REYKJAVÍK, ", "SÃO PAULO, "), or the places of a joint dateline
# ("LIMA/QUITO, ").
DATELINE_PLACE = re.compile(r"[^\W\d_](?:[^\W\d_]|[.'’\-/ ]){1,40},\s*")


def _in_dateline(timex: Timex, text: str) -> bool:
    """The timex is the date of a dateline that opens its line, before the dash."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    rest = text[timex.end : timex.end + 60]
    place = text[line_start : timex.start]
    return bool(place[:1].isupper() and DATELINE_PLACE.fullmatch(place)) and bool(
        re.match(r"[^.\n]{0,45}?(?:—|–|--|\s-\s)", rest)
    )


# A line holding only a date, maybe followed by the outlet after a dash or bar: "Friday, 12 May 2023 —
# Lakeside Courier", "August 2, 2024 | Plains Herald".
DATE_HEADER = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{1,2}\s+[a-z]+\.?|[a-z]+\.?\s+\d{1,2}),?\s+\d{4}",
    re.I,
)


def _date_header(timex: Timex, text: str) -> bool:
    """A date on a line of its own (its outlet aside): the date the story was published, like a
    dateline's, not the day of the news its lead tells."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    line_end = text.find("\n", timex.start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    head = re.split(r"—|–|--|\s-\s|\|", line)[0].strip()
    return timex.end - line_start <= len(line) - len(line.lstrip()) + len(head) and bool(
        DATE_HEADER.fullmatch(head)
    )


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
        *[c for c in trigger.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in HAPPEN],
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
        return EventDate(day, None, Precision.DAY, None, "present", news_basis)
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


# "During the meeting, the minister reaffirmed…", "At the same ceremony, …", "Speaking at the same event": the
# occasion told just before, whose day the sentence shares.
OCCASION = re.compile(
    r"\b(?:during|at|after|following|on the sidelines of|in the course of|at the (?:end|close) of)\s+"
    r"(?:the|that|this)\s+(?:same\s+)?"
    r"(?:meeting|talks|visit|ceremony|signing|event|session|conference|forum|summit|reception|negotiations)\b",
    re.I,
)


REPORTING = {"say", "tell", "state", "announce", "declare", "add", "claim", "insist", "write", "post"}


def _from_governing_verb(
    trigger: Token, parsed: Parsed, speech_act: bool, material: bool = False
) -> EventDate | None:
    """ "expelled two diplomats on Tuesday, accusing them of spying": a participle after a dated verb
    happens with it. "said on Wednesday that Israel was lying": an act done by speaking, reported with no
    date of its own, was done when it was said."""
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


# "Hours later …", "Within hours, …": a sentence told as following the last day named within hours.
HOURS_LATER = re.compile(
    r"^\W*(?:(?:just|only|a few)\s+)?(?:hours|minutes)\s+later\b|^\W*within\s+(?:hours|minutes)\b", re.I
)


def _dated_conjunct(trigger: Token, parsed: Parsed) -> EventDate | None:
    """ "seized two boats and detained their crews on Saturday": the parser hangs a date told after the
    last of coordinated verbs (one subject, one tense) on that verb; it dates them all."""
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


def _said_with_dated_head(trigger: Token, parsed: Parsed) -> EventDate | None:
    """ "said on Thursday it had … and warned that …", "denied on Monday … and rejected …": a speech act
    coordinated with a dated one, with no subject of its own, is the same speaker on the same occasion
    and shares its day."""
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


def _hours_later(sentence, trigger: Token, parsed: Parsed) -> EventDate | None:
    """The day last named before a sentence that opens with "Hours later" or "Within hours": what it
    tells followed that day's news within hours, and the text gives no other day for it."""
    match = HOURS_LATER.match(sentence.text)
    if match is None or clause_verb(trigger).tag_ not in {"VBD", "VBN"}:
        return None
    days = [
        t
        for t in parsed.timexes_in(0, sentence.start)
        if _day_named(t) and not _in_dateline(t, parsed.document.text)
    ]
    if not days or _after(days[-1].value[:10], parsed.document.published):
        return None
    return EventDate(days[-1].value[:10], None, Precision.DAY, match.group(0).strip(), "occasion")


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


def _same_occasion(sentence, trigger: Token, parsed: Parsed) -> EventDate | None:
    """The date of the occasion the sentence refers back to: the last event dated before the trigger,
    in this sentence ("paid a visit in July, and during the visit agreed…") or an earlier one."""
    occasion = OCCASION.search(sentence.text)
    before = trigger.idx
    if occasion is None:
        opening = _paragraph_occasion(sentence, trigger, parsed)
        if opening is not None:
            occasion, before = opening
    if occasion is None and not _also_done(sentence, trigger, parsed):
        return None
    earlier = [(start, when) for start, when in parsed.cache.get("dated_events", []) if start < before]
    if not earlier:
        return None
    when = max(earlier, key=lambda item: item[0])[1]
    if occasion is None and when.precision != Precision.DAY:
        return None  # an occasion is a day: a month or a year told before is a setting, not one
    return EventDate(
        when.date, when.date_end, when.precision, occasion.group(0) if occasion else "also", "occasion"
    )


SETTING_REACH = 2  # undated past sentences after a background date that it still sets


def _background_setting(sentence, trigger: Token, parsed: Parsed) -> EventDate | None:
    """ "In April 2021 Madrid let the rebel leader be treated in a Spanish hospital. Rabat condemned the
    decision …": a paragraph that goes back to a past month or year goes on telling that time; an act told
    in the simple past just after, with no date of its own, is of that month or year, not of the news day.
    Only a month or a year before the article's own (a day may be the news of the week) set in a past
    clause of the paragraph's sentence before, with no date told in between."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBD" or _calendar_dates(sentence, parsed):
        return None
    published = parsed.document.published
    if not published:
        return None
    earlier = sorted(
        (s for s in parsed.sentences if s.paragraph == sentence.paragraph and s.index < sentence.index),
        key=lambda s: -s.index,
    )
    for before in earlier[:SETTING_REACH]:
        dates = _calendar_dates(before, parsed)
        if not dates:
            continue
        if len(dates) != 1:
            return None
        timex = dates[0]
        precision = precision_of(timex.value[:10])
        if precision not in {Precision.MONTH, Precision.YEAR}:
            return None
        if timex.value[:10] >= published[: len(timex.value[:10])]:
            return None  # this month or year: the news may be of it too
        span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or _since_in_a_noun(span) or _year_of_a_thing(span.root, span.root):
            return None
        dated = clause_verb(span.root)
        if dated.tag_ != "VBD" or dated.dep_ != "ROOT":
            return None  # the date of a clause within, or of a present state: not a setting
        if _visit_invited_to(timex, dated, parsed.doc) or _planned_thing_day(timex, dated, parsed):
            return None  # "invited him to Riyadh in January": when a visit is to be, not a time told of
        return _from_timex(timex, "setting")
    return None


def _calendar_dates(sentence, parsed: Parsed) -> list[Timex]:
    return [
        t
        for t in parsed.timexes_in(sentence.start, sentence.end)
        if t.type == "DATE" and CALENDAR.match(t.value[:10])
    ]


def _paragraph_occasion(sentence, trigger: Token, parsed: Parsed) -> tuple[re.Match, int] | None:
    """ "During the meeting, the minister handed a note … He called on Sofia to revoke the ban.": a
    paragraph that opens on an occasion told before goes on telling that occasion; a past act later in
    it with no date of its own shares the occasion's day. Returns the opening's match and where that
    opening sentence starts (the occasion is the last act dated before it)."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBD" or verb.dep_ == "ccomp" or parsed.timexes_in(sentence.start, sentence.end):
        return None
    earlier = [s for s in parsed.sentences if s.paragraph == sentence.paragraph and s.index < sentence.index]
    if not earlier:
        return None
    first = min(earlier, key=lambda s: s.index)
    match = OCCASION.match(first.text)
    return (match, first.start) if match is not None else None


def _also_done(sentence, trigger: Token, parsed: Parsed) -> bool:
    """ "The two sides also signed a fisheries protocol", "Lima also recalled its own envoy": a past act
    added with "also" and no date of its own belongs to the occasion just told."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBD" or not any(c.lower_ == "also" and c.dep_ == "advmod" for c in verb.children):
        return False
    if verb.dep_ == "ccomp" or sentence.text.split(maxsplit=1)[0].strip(",").lower() in SEQUEL:
        return False  # told in a statement, or a sequel ("Later, … also met"): dated by their own rules
    # A date still to come is another clause's ("… and agreed to meet again early next year").
    return not any(
        _places_in_calendar(t) and not _after(t.value, parsed.document.published)
        for t in parsed.timexes_in(sentence.start, sentence.end)
    )


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


DEADLINE = {"by", "until", "till"}


def _deadline(root: Token) -> bool:
    """ "ordered them to leave by Saturday": a date after "by" or "until" is a deadline or the end of a
    span, not the day the act happened."""
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in DEADLINE


COUNT_WORDS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
VAGUE_COUNTS = {"day", "days", "week", "weeks", "month", "months"}


def _after_clause(trigger: Token) -> tuple[str, Token | None] | None:
    """ "…, two days after Belgrade expelled …": the clause's mark ("after"/"before") and the measure
    word that counts its distance from the main clause ("days"), when it has one."""
    # The parser sometimes hangs "a day after B announced …" on the saying verb as a ccomp; its "after"
    # mark shows it is the same adverbial clause.
    if trigger.dep_ not in {"advcl", "ccomp"} or trigger.head.pos_ not in {"VERB", "AUX"}:
        return None
    marks = [c.lower_ for c in trigger.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
    if not marks:
        return None
    # "two months after …": the parser may hang the measure on the mark rather than on the clause's verb.
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "mark" and c.lower_ in {"after", "before"})]
    measures = [c for h in heads for c in h.children if c.dep_ == "npadvmod" and c.lower_ in VAGUE_COUNTS]
    return marks[0], (measures[0] if measures else None)


def _counts_to_clause(root: Token, trigger: Token) -> bool:
    """The expression is the measure that counts an "after"/"before" clause from its main clause."""
    clause = _after_clause(trigger)
    return clause is not None and clause[1] is not None and root == clause[1]


def _counted_from_main(trigger: Token, parsed: Parsed) -> EventDate | None:
    """ "China suspended imports on Wednesday, a day after Vilnius expelled a diplomat": the clause after
    "a day after" happened that many days before the main clause's day (after "before", that many
    after). A vague distance ("days after", "weeks before") leaves the day unknown: it is not the main
    clause's day. Called only when the clause names no date of its own ("months after … in March")."""
    from datetime import date, timedelta

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
        # "gave him 72 hours to get out on Thursday, a day after …": the day named just before the count,
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


def _a_deadline(timex: Timex, parsed: Parsed) -> bool:
    """ "will leave by September 15": a day after "by" or "until" is a deadline, not a day counted from."""
    span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and _deadline(span.root)


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


def _is_time_word(token: Token) -> bool:
    """ "2016 elections" aside, a date's own head may be part of the date ("March 2019", "Friday evening")."""
    return token.ent_type_ in {"DATE", "TIME"}


def _after(value: str, published: str | None) -> bool:
    """The expression lies after the article's day (compared at the expression's own precision)."""
    if not published or not CALENDAR.match(value[:10]):
        return False
    return value[:10] > published[: len(value[:10])]


def _single_date(start: int, end: int, parsed: Parsed, when: bool = False) -> Timex | None:
    """The sentence's only calendar date, which dates its past events when none is attached to them.
    ``when``: the act is told in a when-clause ("since May 2024, when Madrid withdrew …"), which dates it."""
    dates = [t for t in parsed.timexes_in(start, end) if t.type == "DATE" and CALENDAR.match(t.value[:10])]
    if len(dates) != 1:
        return None
    span = parsed.doc.char_span(dates[0].start, dates[0].end, alignment_mode="expand")
    # A deadline ("must leave by Saturday") says nothing of when the sentence's acts happened, nor does
    # the year of a thing ("rejects a 2016 ruling").
    if span is not None and (
        _deadline(span.root) or _year_of_a_thing(span.root, span.root) or _names_a_things_day(span.root)
    ):
        return None
    # "the first visit since 2019", "have clashed since 2018": where a span of time starts, not a day
    # anything in the sentence happened on.
    before = span.doc[span.start - 1].lower_ if span is not None and span.start > 0 else ""
    if span is not None and "since" in {before, span[0].lower_} and not when:
        return None
    return dates[0]


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


SPEECH_TENSES = {"VBD", "VBZ", "VBP"}


def _paragraph_day(sentence, trigger: Token, parsed: Parsed) -> str | None:
    """The last day named earlier in the trigger's paragraph ("denied on Wednesday … He accused"),
    when it falls in the week before the article: an older day is background, not the day told."""
    from datetime import date

    published = parsed.document.published
    opening = min(
        (s.start for s in parsed.sentences if s.paragraph == sentence.paragraph), default=sentence.start
    )
    days = [
        t.value[:10]
        for t in parsed.timexes_in(opening, trigger.idx)
        if _day_named(t) and _dates_saying(t, parsed)
    ]
    if not days or not published:
        return None
    gap = (date.fromisoformat(published) - date.fromisoformat(days[-1])).days
    return days[-1] if 0 <= gap <= NEWS_WINDOW_DAYS else None


def _elaborated_day(sentence, parsed: Parsed) -> str | None:
    """ "Minsk denied any involvement. Its spokeswoman said on Tuesday that …": a paragraph that opens
    with an undated summary of what a side said, then tells the saying with its day, dates the summary by
    that day (the next sentence's, when it is a day of saying in the week before the article)."""
    from datetime import date

    published = parsed.document.published
    following = [s for s in parsed.sentences if s.index == sentence.index + 1]
    opens = not any(s.paragraph == sentence.paragraph and s.index < sentence.index for s in parsed.sentences)
    if not opens or not following or following[0].paragraph != sentence.paragraph or not published:
        return None
    days = [
        t.value[:10]
        for t in parsed.timexes_in(following[0].start, following[0].end)
        if _day_named(t) and _dates_saying(t, parsed)
    ]
    if not days:
        return None
    gap = (date.fromisoformat(published) - date.fromisoformat(days[0])).days
    return days[0] if 0 <= gap <= NEWS_WINDOW_DAYS else None


SAYING = REPORTING | {
    "deny",
    "accuse",
    "warn",
    "reject",
    "demand",
    "urge",
    "call",
    "condemn",
    "summon",
    "protest",
    "threaten",
    "respond",
    "reply",
    # "The ministry answered on Thursday. Its deputy minister said …": the day of a side's answer.
    "answer",
    "react",
    "retort",
    "announce",
    "read",  # "in a statement read on television on Friday": the day of the statement
    "issue",
    "publish",
    "hold",
    "meet",
    "sign",
}


def _dates_saying(timex: Timex, parsed: Parsed) -> bool:
    """The day is that of a statement or an official act ("denied on Wednesday"), not of an incident
    the paragraph recalls ("Monday's strike")."""
    span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "since":
        return False  # "had been held since last Thursday": when a state began, not a day of saying
    verb = clause_verb(span.root)
    if verb.dep_ == "acl" and any(a.dep_ == "ccomp" for a in verb.ancestors):
        # "told the envoy that the statement, posted on Friday, was …": a participle inside what was
        # said dates the thing spoken of, not the saying.
        return False
    # "hit back on Friday", "struck back": a reply, not an incident.
    replied = verb.lemma_.lower() in {"hit", "strike", "fire"} and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children
    )
    # "In a statement state television aired on Friday, …": the day the statement came out.
    return verb.lemma_.lower() in SAYING or replied or _publishes_medium(verb)


def _news_speech(trigger: Token, verb: Token) -> bool:
    """The speech act is the clause's own verb, in the simple past or present, or the present progressive
    ("are demanding autonomy": being done as the news is told), not in the perfect."""
    if trigger is not verb:
        return False
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re"} for c in verb.children
    )
    if verb.tag_ not in SPEECH_TENSES and not progressive:
        return False
    return not any(c.dep_ == "aux" and c.lemma_.lower() in {"have", "will", "would"} for c in verb.children)


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
