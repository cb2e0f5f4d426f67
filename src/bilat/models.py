"""The records that cross stages: ingest → understand → extract → reconcile → store → serve.

Only these models travel between stages; a spaCy ``Doc`` or an SQL row never leaves its own stage.
Dates are ISO 8601 strings at their precision ("1993", "2021-07", "2023-07-13"); ``None`` is unknown.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Precision(StrEnum):
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    SEASON = "season"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    UNKNOWN = "unknown"


SEASON_NAMES = {"03": "spring", "06": "summer", "09": "autumn", "12": "winter"}


def period_label(date: str | None, precision: str | None) -> str | None:
    """A date as an analyst reads it at its precision. A quarter, half or season is stored as its first month
    (so dates still sort and filter as ISO strings) and shown as the period: "2021-Q3", "2021-H1", "summer
    2021"."""
    if not date or len(date) < 7 or not date[5:7].isdigit():
        return date
    month = int(date[5:7])
    if precision == Precision.QUARTER:
        return f"{date[:4]}-Q{(month - 1) // 3 + 1}"
    if precision == Precision.HALF:
        return f"{date[:4]}-H{(month - 1) // 6 + 1}"
    if precision == Precision.SEASON and date[5:7] in SEASON_NAMES:
        return f"{SEASON_NAMES[date[5:7]]} {date[:4]}"
    return date


class Modality(StrEnum):
    ASSERTED = "asserted"
    NEGATED = "negated"
    PLANNED = "planned"
    HOPED = "hoped"
    HYPOTHETICAL = "hypothetical"
    HISTORICAL = "historical"


# --- ingest -----------------------------------------------------------------------------------------


class RawDocument(Record):
    """What a reader produced before cleaning: the text as found plus any metadata the container gave."""

    source_uri: str
    text: str
    format: str = "text"  # text | html | jsonl | feed | url
    title: str | None = None
    published: str | None = None  # from the container (feed entry, JSON field, HTML meta), ISO date
    outlet: str | None = None
    author: str | None = None
    encoding: str | None = None  # how the bytes were read (see Document)
    encoding_how: str | None = None
    replaced: int = 0  # bytes that were not valid UTF-8 and became U+FFFD


class Document(Record):
    id: str  # sha256 of the cleaned text, hex, first 16 characters
    source_uri: str
    text: str  # cleaned text; every offset in every other record points into this string
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    published_how: str | None = None  # header | dateline | stamp | metadata | feed | given | None
    language: str = "en"
    cites: list[str] = Field(default_factory=list)  # outlets and sources the text reports from
    encoding: str | None = None  # the encoding the bytes were read with: utf-8, cp1251, …
    # strict (valid UTF-8), bom, declared (HTTP charset), replaced (UTF-8, bad bytes replaced) or
    # detected (a legacy encoding chosen by a detector: a guess, kept so a reader can weigh it)
    encoding_how: str | None = None


class IngestError(Record):
    """One unreadable input: the build reports it on one line and goes on with the others."""

    source_uri: str
    message: str


# --- understand -------------------------------------------------------------------------------------


class Sentence(Record):
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


class Mention(Record):
    """A named entity as spaCy and bilat's rulers found it."""

    text: str
    start: int
    end: int
    label: str  # PERSON, ORG, GPE, NORP, LOC, FAC, ...
    sentence: int = 0
    country: str | None = None  # ISO3 the mention refers to or belongs to
    actor_id: str | None = None


class Timex(Record):
    """A TIMEX3 time expression normalised against the document creation time."""

    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value: 2023-03, 2021-12-02, P10Y, PRESENT_REF, 198, 2013-W11, XXXX-XX-XX ...
    sentence: int = 0
    rule: str | None = None  # the rule that matched, for explanation
    # For ranges/periods ("the first ten months of 2021"), the calendar bounds the expression covers.
    begin: str | None = None
    end_value: str | None = None


class Quantity(Record):
    text: str
    start: int
    end: int
    value: float
    unit: str  # USD, EUR, AZN, people, percent, years, count, ...
    sentence: int = 0
    approx: str | None = None  # almost | over | about | under | None
    original_value: float | None = None
    original_unit: str | None = None


# --- actors, events, facts --------------------------------------------------------------------------


class ActorRef(Record):
    """An actor as it appears on an event: enough to read the event without a join."""

    name: str
    country: str | None = None  # ISO3
    sector: str | None = None  # GOV MIL LEG JUD DIP BUS MED NGO EDU REB CVL
    kind: str = "state"  # person | organisation | group | state | place
    role: str | None = None
    actor_id: str | None = None


class Actor(Record):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str  # person | organisation | group | state | place
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    mentions: int = 0


class Event(Record):
    id: str
    doc_id: str
    source_uri: str | None = None
    source: ActorRef
    target: ActorRef | None = None
    target_missing: str | None = None  # why there is no target, when there is none
    cameo: str
    root: str
    quad: int
    goldstein: float
    plover: str | None = None
    mode: str | None = None
    trigger: str | None = None
    what: str | None = None  # the trigger's object, when it has one ("its embassy in Tel Aviv")
    date: str | None = None
    date_end: str | None = None
    date_precision: str = Precision.UNKNOWN
    date_text: str | None = None
    date_basis: str | None = None  # text | context | publication: where the date came from; None if undated
    place: str | None = None
    modality: str = Modality.ASSERTED
    attributed_to: str | None = None
    evidence: str
    start: int
    end: int
    sentence: int = 0
    confidence: float = 0.5
    cluster_id: str | None = None


class Fact(Record):
    id: str
    doc_id: str
    source_uri: str | None = None
    kind: str  # trade_turnover, trade_volume, exports, imports, investment, aid, population, casualties, ...
    subject: str | None = None  # what is counted ("Jewish community living in Azerbaijan")
    parties: list[str] = Field(default_factory=list)  # ISO3 codes
    value: float
    unit: str  # USD for money, people, percent, years, count
    original_value: float | None = None
    original_unit: str | None = None
    approx: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    period_text: str | None = None
    attributed_to: str | None = None
    evidence: str
    start: int
    end: int
    sentence: int = 0


class Claim(Record):
    """One statement of an attribute's value, with where it was said."""

    attribute: str  # e.g. "relations_start:AZE-ISR", "trade_turnover:AZE-ISR"
    value: str
    doc_id: str
    source_uri: str | None = None
    evidence: str
    start: int = 0
    end: int = 0
    derived_from: str | None = None  # e.g. "32nd anniversary on 2024-04-07"


class Conflict(Record):
    id: str
    attribute: str
    claims: list[Claim]


class Analysis(Record):
    """Everything bilat understood and extracted from one document (the output of `annotate`)."""

    document: Document
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Mention] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    # Stages that broke on this document ("facts: IndexError: …"): their records are missing, the rest kept.
    warnings: list[str] = Field(default_factory=list)


# --- serve ------------------------------------------------------------------------------------------


class SearchHit(Record):
    doc_id: str
    sentence: int
    text: str
    snippet: str  # the sentence with matched words marked [like this]
    score: float
    source_uri: str | None = None
    published: str | None = None
    title: str | None = None


class Citation(Record):
    doc_id: str
    source_uri: str | None = None
    evidence: str
    start: int = 0
    end: int = 0
    sentence: int | None = None  # the sentence's index in its document (its anchor on the web page)


class Answer(Record):
    question: str
    answer: str  # a sentence a person can read, with the value in it
    value: str | None = None
    kind: str | None = None  # date | person | figure | thing | place | unknown
    known: bool = True
    citations: list[Citation] = Field(default_factory=list)
    evidence: str | None = None  # record (an event, fact or actor answered) | text (a sentence did)
    confidence: float = 0.0  # 0–1: how sure bilat is of the answer; 0 when it does not know
