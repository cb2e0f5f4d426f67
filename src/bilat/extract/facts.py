"""Quantitative facts: a quantity with its kind, parties, subject, period, approximation, speaker and
evidence; and anniversaries ("the 30th anniversary of diplomatic relations")."""

from __future__ import annotations

import hashlib
import re
from itertools import pairwise

from spacy.tokens import Span, Token

from bilat.extract.disaster import hazard_toll
from bilat.extract.domestic import home_affair
from bilat.extract.events import story_headline
from bilat.extract.fact_acts import called_a_goal, one_more_joined
from bilat.extract.fact_kinds import acts_on, fact_kind, load_kinds, load_recorded
from bilat.extract.fiscal import FISCAL_REACH, FiscalStart, fiscal_spans, load_fiscal_starts
from bilat.extract.modality import SPEECH_VERBS
from bilat.extract.pair import main_dyad
from bilat.extract.put_at import figures_put_at
from bilat.extract.third_party import not_between_states
from bilat.models import Fact, Quantity, Sentence
from bilat.nlp.date_attachment import clause_verb
from bilat.nlp.doctext import span_ents
from bilat.nlp.parsed import Parsed
from bilat.nlp.quantities import WORD_NUMBERS, load_quantity_rules, number_of
from bilat.resources import Resources, read_lines

__all__ = ["extract_facts", "figures", "load_kinds", "speaker"]

# Kinds of people counted by what a state's forces did to them.
DONE_TO = {"casualties", "detained", "released", "deported", "abducted", "hostages", "prisoners"}
DYAD_PHRASES = re.compile(r"\b(?:two countries|both countries|bilateral|between the two)\b", re.I)
ANNIVERSARY = re.compile(
    # "will mark the 60th anniversary this year": what it is of may go unsaid.
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b(?:\s+of\s+(?P<what>[^,.;]+))?"
    # "celebrate 30 years of diplomatic ties": an anniversary told as a span of years.
    r"|\b(?:celebrat|mark|commemorat)\w*\s+(?:the\s+)?(?P<n2>\d{1,3})\s+years\s+(?:of|since)\s+(?P<what2>[^,.;]+)"
    # "this year is the 40th year of diplomatic relations": the year of relations counted.
    r"|\b(?P<n3>\d{1,3})(?:st|nd|rd|th)\s+year\s+of\s+(?P<what3>(?:diplomatic\s+)?(?:relations|ties)\b[^,.;]*)",
    re.I,
)
QUOTES = '"“”'


def _parties(parsed: Parsed, sentence: Sentence, kind: str, clause: set[int] | None = None) -> list[str]:
    """The countries a figure is about: those its own clause names ("a 10% duty on Chinese exports",
    not the Canada and Mexico of the main clause), else those of its sentence."""
    countries: list[str] = []
    in_clause: list[str] = []
    money = [(q.start, q.end) for q in parsed.quantities if q.unit == "USD"]
    for mention in parsed.entities:
        in_sentence = mention.sentence == sentence.index and mention.label in {"GPE", "NORP"}
        if any(start <= mention.start < end for start, end in money):
            continue  # "8.2 billion US dollars" names a currency, not a party
        if not in_sentence or not mention.country:
            continue
        if mention.country not in countries:
            countries.append(mention.country)
        # A country named again in the figure's clause is the clause's, though named first elsewhere:
        # "Peru, which borders Chile, deported 300 Chileans".
        in_figure = clause is not None and _token_at(parsed, mention.start) in clause
        if in_figure and mention.country not in in_clause:
            in_clause.append(mention.country)
    countries = in_clause or countries
    owner = _owner_before(parsed, sentence, clause)
    if owner and owner not in countries and len(countries) < 2:
        countries.insert(0, owner)
    dyad = parsed.cache.setdefault("dyad", main_dyad(parsed))
    # "the two countries", or trade with one side named: the article's pair. So too people one side's
    # forces did something to: "nearly 200,000 Haitians were deported" in a story of the Dominican
    # Republic and Haiti are the pair's, whichever side the sentence leaves unsaid.
    bilateral = DYAD_PHRASES.search(sentence.text) or kind.startswith("trade") or kind in DONE_TO
    if len(countries) < 2 and dyad and bilateral and (not countries or countries[0] in dyad):
        countries = list(dyad)
    return sorted(countries[:2])


# Words that open another story inside an article: "Malaysia's maritime agency separately said it had
# arrested six Vietnamese fishermen", "the Spanish coast guard, meanwhile, rescued 140 migrants".
ASIDE = re.compile(
    r"\b(?:separately|meanwhile|in\s+a\s+separate\s+(?:incident|case|development|move))\b", re.I
)


def _another_story(parsed: Parsed, sentence: Sentence) -> bool:
    """The sentence tells, as an aside, of a state that is not one of the article's pair: its figures are
    that other story's, not the pair's. An aside about the pair ("Vietnam separately pledged $30 million
    to Laos") keeps its figures."""
    if not ASIDE.search(sentence.text):
        return False
    dyad = parsed.cache.setdefault("dyad", main_dyad(parsed))
    if not dyad:
        return False
    named = {
        m.country
        for m in parsed.entities
        if m.sentence == sentence.index and m.label in {"GPE", "NORP"} and m.country
    }
    return bool(named - set(dyad))


def _owner_before(parsed: Parsed, sentence: Sentence, clause: set[int] | None) -> str | None:
    """ "Belarus has lost other markets too. Its trade with Poland shrank to $3.6 billion": the "its" that
    owns the figure's subject is the state the sentence before (in the same paragraph) is about."""
    if clause is None or sentence.index == 0:
        return None
    before = parsed.sentences[sentence.index - 1]
    owners = [
        t
        for t in parsed.doc[min(clause) : max(clause) + 1]
        if t.i in clause and t.dep_ == "poss" and t.lower_ == "its" and t.head.dep_ in {"nsubj", "nsubjpass"}
    ]
    if not owners or before.paragraph != sentence.paragraph:
        return None
    # The subject itself is a state's name ("Belarus", "the United States"), not a word in its phrase.
    subjects = [t.idx for t in _sentence_root(parsed, before).children if t.dep_ in {"nsubj", "nsubjpass"}]
    countries = {
        m.country
        for m in parsed.entities
        if m.sentence == before.index
        and m.label == "GPE"
        and m.country
        and any(m.start <= i < m.end for i in subjects)
    }
    return countries.pop() if len(countries) == 1 else None


def _sentence_root(parsed: Parsed, sentence: Sentence) -> Token:
    return parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand").root


# A date after these words is what a figure is compared with ("up 28 percent from a year earlier",
# "compared with 2020"), not the figure's own period.
COMPARISON = re.compile(
    # Whole words: "$3.2 billion last year" ends in "on" but compares with nothing.
    r"(?:\b(?:compared\s+(?:with|to)|than|on|over|against|from)\s+(?:the\s+)?"
    # "rose 22% against the same span of 2018"
    r"|(?:same|corresponding)\s+(?:period|span|time|months?|quarter|half)\s+(?:of|in)\s+)$",
    re.I,
)


# A figure something is compared with ("230 million USD in 2022, compared with barely 20 million USD in
# the years the border was shut") is for a period of its own: a date told before it is the other figure's.
COMPARED_BASE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down)\s+from)\s+"
    r"(?:(?:only|just|barely|some|about|around|nearly|almost|more\s+than)\s+)?$",
    re.I,
)


def _compared_base(parsed: Parsed, sentence: Sentence, quantity: Quantity) -> bool:
    return bool(
        COMPARED_BASE.search(parsed.document.text[max(sentence.start, quantity.start - 40) : quantity.start])
    )


def _period(
    parsed: Parsed,
    sentence: Sentence,
    quantity: Quantity | None = None,
    acted: bool = False,
    one_off: bool = False,
) -> tuple[str | None, str | None, str | None, str | None]:
    """The period a figure is for: the date expression of its clause nearest to it, written as months
    ("2021" → 2021-01 to 2021-12), so periods compare whatever their wording; and that expression's
    own value (a year, a month, a range's start) for judging what kind of period it is. ``one_off``: the
    figure is a deal or a pledge, which a date after "by" or "before" only says when it is due."""
    candidates = []
    leading = []
    base = quantity is not None and _compared_base(parsed, sentence, quantity)
    for timex in parsed.timexes_in(sentence.start, sentence.end):
        if timex.type != "DATE" or not re.match(r"^\d{4}", timex.value):
            continue
        if base and timex.start < quantity.start:
            continue
        if timex.rule in {"today", "present"}:
            continue
        if timex.rule == "ago" and VAGUE_AGO.search(timex.text):
            continue  # "more than a decade ago": no calendar year a figure is measured over
        if acted and timex.rule == "this_unit_vague":
            continue  # "earlier this month the navy arrested five fishermen": a time within it, no span
        before = parsed.document.text[max(sentence.start, timex.start - 30) : timex.start]
        comparison = COMPARISON.search(before)
        # "up 5% on last year" compares; "killed on Monday" dates.
        if comparison and not (comparison.group().lower().startswith("on") and len(timex.value) == 10):
            continue
        if (
            quantity is not None
            and UNTIL.search(before)
            and PER_YEAR.match(parsed.document.text, quantity.end)
        ):
            continue  # "2 billion cubic metres a year until 2030": a yearly rate to a deadline, no year of it
        if quantity is not None and DEADLINE.search(before) and (one_off or _still_to_come(parsed, quantity)):
            # "will deploy 600 police officers by January", "will extend a 30 million USD credit line
            # before the winter": when it is due, no span counted
            continue
        if quantity is not None and _dates_an_apposition(parsed, timex, quantity):
            continue
        if quantity is not None and _dates_a_landmark(parsed, timex):
            continue
        if (
            quantity is not None
            and not _same_clause(parsed, timex.start, timex.end, quantity, acted)
            and not _since_clause(parsed, timex, quantity)
        ):
            if _leads_clause(parsed, timex.end, quantity):
                leading.append((0, timex))
            continue
        distance = (
            timex.start - quantity.end
            if quantity is not None and timex.start >= quantity.end
            else (quantity.start - timex.end if quantity is not None else 0)
        )
        candidates.append((distance, timex))
    candidates = candidates or leading
    if quantity is not None:
        earlier = EARLIER.match(parsed.document.text, quantity.end)
        if earlier is not None:
            return _year_before(parsed, sentence, quantity, earlier.end(), _years_back(earlier))
        fiscal = fiscal_period(parsed, sentence, quantity, [t for _, t in candidates])
        if fiscal is not None:
            return fiscal
    if not candidates:
        return None, None, None, None
    # On a tie the date after the figure wins: "from $1.7 billion in 2018 to $2.2 billion in 2020".
    timex = min(
        candidates, key=lambda item: (item[0], quantity is not None and item[1].start < quantity.start)
    )[1]
    within = _fiscal_around(parsed, sentence, timex)
    if within is not None:
        return within
    begin, end = (
        (timex.begin, timex.end_value) if timex.begin and timex.end_value else (timex.value, timex.value)
    )
    written = None if timex.begin and timex.end_value and timex.begin != timex.end_value else timex.value[:10]
    joined = _joined_year(parsed, sentence, timex)
    if joined is not None:
        # "repayments that fall due in 2028 and 2029": the two years are one span.
        end, written = joined.value, None
    published = parsed.document.published
    # "since May 15" in a story of May 29 runs over days of May: a span of that month, as a date that
    # names its month is told; "since Friday" names none, and stays the day that dates it.
    named_month = bool(
        published
        and begin[:7] == published[:7]
        and begin[:10] < published[:10]
        and MONTH_NAMED.search(timex.text)
    )
    if (
        quantity is not None
        and published
        and (begin[:7] < published[:7] or named_month)
        and (_since(parsed, timex, quantity) or _since_clause(parsed, timex, quantity))
    ):
        # "2,400 violations since January", "285,000 people have crossed since 15 April": a count runs
        # from that month to the article's; a span, however finely its start is dated. "Since Friday"
        # is days, not a span of months: the day dates it.
        begin, end, written = begin[:7], published[:7], None
    elif (
        published
        and (_so_far(parsed.document.text, timex) or _counted_this_year(parsed, timex, quantity))
        and begin[:4] == end[:4] == published[:4]
    ):
        # "14 boats seized so far this year": the year up to the article's month, not the whole year.
        begin, end, written = f"{begin[:4]}-01", published[:7], None
    if begin[:10] != end[:10]:
        # A span is told in months, however finely its ends are dated: "between October 1 and October
        # 26" is October, as periods are compared; a single day stays the day it dates.
        begin, end = begin[:7], end[:7]
    return _month(begin[:10], first=True), _month(end[:10], first=False), timex.text, written


VAGUE_AGO = re.compile(
    r"^(?:more\s+than|over|nearly|almost|about|around|some|roughly|at\s+least)\b|\bdecades?\b", re.I
)
MONTH_NAMED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec)",
    re.I,
)


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


DEADLINE = re.compile(
    r"\b(?:by|before|until|till)\s+(?:at\s+least\s+)?(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$", re.I
)
FUTURE = {"will", "would", "shall", "'ll"}
UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$", re.I)
# A figure told as a yearly rate: "5 billion kilowatt hours of power each year", "$30 million per annum".
PER_YEAR = re.compile(r"(?:\s+of(?:\s+[\w-]+){1,3})?\s+(?:a|per|each|every)\s+(?:year|annum)\b", re.I)


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


# A comparison base dated by the figure it is compared with: "$19.9 billion in 2023, up from $17 billion a
# year earlier".
# "two years earlier", "a decade earlier" date it as many years back.
EARLIER = re.compile(
    r"\s*,?\s*(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>years?|decades?)"
    r"\s+(?:earlier|before|ago)|(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year|(?:in\s+)?the\s+year\s+before)\b",
    re.I,
)
YEARS_IN = {"year": 1, "years": 1, "decade": 10, "decades": 10}


def _years_back(earlier: re.Match[str]) -> int:
    """How many years back "a year earlier", "two years before", "a decade earlier" go."""
    if not earlier.group("n"):
        return 1
    word = earlier.group("n").lower()
    count = 1 if word in {"a", "an", "one"} else (int(word) if word.isdigit() else WORD_NUMBERS[word] or 1)
    return count * YEARS_IN[earlier.group("unit").lower()]


def _year_before(
    parsed: Parsed, sentence: Sentence, quantity: Quantity, earlier_end: int, years: int = 1
) -> tuple[str | None, str | None, str | None, str | None]:
    """The period of the figure the base is compared with, ``years`` back; none when that is undated."""
    dated = [
        t
        for t in parsed.timexes_in(sentence.start, quantity.start)
        if t.type == "DATE" and re.fullmatch(r"\d{4}(?:-\d{2})?", t.value) and not t.begin
    ]
    if not dated:
        return None, None, None, None
    value = str(int(dated[-1].value[:4]) - years) + dated[-1].value[4:]
    text = parsed.document.text[quantity.end : earlier_end].strip(" ,")
    return _month(value, first=True), _month(value, first=False), text, value


# A figure for the period the one before it was given for: "… 7.7 billion USD in the fiscal year that ended
# in June. Bilateral trade was worth 3.6 billion USD over the same period." Not a comparison base ("up 9
# percent over the same period of last year"), whose year is told.
SAME_PERIOD = re.compile(
    r"\s*,?\s*(?:over|in|during|for)\s+the\s+same\s+(?:period|span|months|year)\b(?!\s+(?:of|in|a)\b)", re.I
)


SAME_PERIOD_PARAGRAPHS = 2  # how far back "the same period" may point to a figure of the same measure


def _period_before(
    parsed: Parsed, quantity: Quantity
) -> tuple[str | None, str | None, str | None, str | None]:
    """The period of the nearest figure before ``quantity`` in its paragraph (this sentence or the one
    before) that has one."""
    paragraph = parsed.sentences[quantity.sentence].paragraph
    before = list(reversed([q for q in parsed.quantities if q.end <= quantity.start]))
    for earlier in before:
        sentence = parsed.sentences[earlier.sentence]
        if sentence.paragraph != paragraph or quantity.sentence - earlier.sentence > 1:
            break
        period = _period(parsed, sentence, earlier)
        if period[0] is not None:
            return period
    # Else the last figure of the same measure a paragraph or two before: "about 12,000 Congolese had been
    # expelled since October 28 … [another paragraph] Angola said 4,800 had been repatriated in the same
    # period."
    for earlier in before:
        sentence = parsed.sentences[earlier.sentence]
        if paragraph - sentence.paragraph > SAME_PERIOD_PARAGRAPHS:
            break
        if earlier.unit == quantity.unit and (period := _period(parsed, sentence, earlier))[0] is not None:
            return period
    return None, None, None, None


def fiscal_period(
    parsed: Parsed, sentence: Sentence, quantity: Quantity, dates: list
) -> tuple[str, str, str, None] | None:
    """A year that is not the calendar's, told right after the figure: "in the 2022-23 fiscal year, which
    ended in March", "in the year ended June 2024", "in the three months to November", "in the first
    eight months of this year" (``bilat.extract.fiscal``); no other date stands between them."""
    text = parsed.document.text
    after = text[quantity.end : sentence.end]
    for span in fiscal_spans(after, parsed.document.published, _fiscal_start(parsed, sentence)):
        start, end = quantity.end + span.start, quantity.end + span.end
        if span.start > FISCAL_REACH or ";" in after[: span.start]:
            continue
        if any(quantity.end <= d.start < start for d in dates):
            continue  # "$5 billion in 2023, against … in the year to June": the nearer date is the figure's
        return span.first, span.last, text[start:end], None
    return None


def _fiscal_around(parsed: Parsed, sentence: Sentence, timex) -> tuple[str, str, str, None] | None:
    """The year the date ends, when the date is only the end of a fiscal year told in the sentence: "at
    96 million USD in the fiscal year to July, with exports of 38 million USD" — the exports are for
    the year, not for July."""
    text = parsed.document.text[sentence.start : sentence.end]
    for span in fiscal_spans(text, parsed.document.published, _fiscal_start(parsed, sentence)):
        start, end = sentence.start + span.start, sentence.start + span.end
        if start <= timex.start and timex.end <= end:
            return span.first, span.last, text[span.start : span.end], None
    return None


def _for_the_year(text: str, period_text: str | None, point: str) -> bool:
    """The sum is given for a year ("aid to Laos for 2024", "for the year 2019"), not dated by one."""
    if not period_text or len(point) != 4:
        return False
    return bool(re.search(rf"\bfor\s+(?:the\s+(?:year\s+)?)?{re.escape(period_text)}\b", text))


def _a_span(text: str, period_text: str | None) -> bool:
    """The year is told as a span the figure sums: "in 2022 alone", "during the crisis in 2022"."""
    if not period_text:
        return False
    at = text.find(period_text)
    if at < 0:
        return False
    before, after = text[max(0, at - 40) : at], text[at + len(period_text) : at + len(period_text) + 8]
    return bool(
        re.search(r"\b(?:during|throughout|over)\b[^,.;]*$", before) or re.match(r"\s+alone\b", after)
    )


def _fiscal_start(parsed: Parsed, sentence: Sentence) -> FiscalStart | None:
    """The start of the fiscal year of the first country of the sentence that has one."""
    table: dict[str, FiscalStart] = parsed.cache.get("fiscal_starts", {})
    mentions = sorted(
        (m for m in parsed.entities if m.sentence == sentence.index and m.country), key=lambda m: m.start
    )
    named = next((table[m.country] for m in mentions if m.country in table), None)
    if named is not None:
        return named
    # "bilateral trade stood at USD 480 million in the financial year 2024-25": no country named, the
    # article's pair's fiscal year, when its two sides do not disagree on it.
    dyad = parsed.cache.setdefault("dyad", main_dyad(parsed)) or ()
    starts = {table[c] for c in dyad if c in table}
    return starts.pop() if len(starts) == 1 else None


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
        return False  # "400 officers have been serving there since the first contingent landed": a stay
    # The parse may hang the figure on the "since" clause's own verb: "…, including some 900,000 who".
    return verb == figure_verb or (verb.dep_ == "advcl" and verb.head == figure_verb)


def _clause_tokens(parsed: Parsed, quantity: Quantity) -> list[Token]:
    """The tokens of the clause a figure sits in, without the clauses nested in it."""
    span = parsed.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return []
    chain = [clause_verb(span.root)]
    while chain[-1].dep_ == "xcomp" and chain[-1].head != chain[-1]:
        # "aim to bring trade to $5 billion": the verb that governs the infinitive is part of the clause.
        chain.append(clause_verb(chain[-1].head))
    tokens = {t for t in chain[-1].subtree if clause_verb(t) in chain}
    # Its verbs' auxiliaries too: "trade would reach $8 billion" is a forecast, "trade reached" a figure.
    subtree = set(chain[-1].subtree)
    tokens |= {c for v in chain for c in v.children if c.dep_ in {"aux", "auxpass"} and c in subtree}
    return sorted(tokens, key=lambda t: t.i)


def _party_clause(clause_tokens: list[Token], span: Span | None) -> set[int]:
    """The tokens whose countries are the figure's: its clause's, those of the clauses on what it counts
    (``_described``), and the noun a relative clause it sits in stands for ("sales to China, which
    bought goods worth $12 billion from Mongolia": China bought them)."""
    tokens = {t.i for t in clause_tokens} | _described(span)
    for verb in (t for t in clause_tokens if t.tag_ == "VBG" and t.dep_ in {"advcl", "acl"}):
        # "Norway is now its largest source, supplying Poland 8 billion cubic metres": a participle with
        # no subject of its own is done by the subject of the clause it hangs on (or of the verb whose
        # complement it describes: "become its main supplier, selling …").
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        main = verb.head if verb.dep_ == "advcl" else verb.head.head if verb.head.dep_ == "attr" else None
        subjects = [c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}] if main is not None else []
        tokens |= {i for s in subjects for i in range(s.left_edge.i, s.i + 1)}
    verbs = {t for t in clause_tokens if t.dep_ == "relcl"}
    for verb in verbs:
        if any(c.tag_ in {"WDT", "WP"} and c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            tokens.add(verb.head.i)
            tokens |= _apposed(verb.head)
    return tokens


def _apposed(noun: Token) -> set[int]:
    """The tokens of the name a noun stands beside ("sales to the Gulf state, its largest buyer, which
    bought …": the buyer is the Gulf state), up to that name's head."""
    found: set[int] = set()
    while noun.dep_ == "appos" and noun.head != noun:
        noun = noun.head
        found |= set(range(noun.left_edge.i, noun.i + 1))
    # The parser may hang the phrase elsewhere ("beyond the Gulf state, its largest buyer, which …" read as
    # two objects): a place's name then a comma right before the phrase sets the two side by side still.
    edge = noun.left_edge.i
    doc = noun.doc
    if not found and edge >= 2 and doc[edge - 1].text == "," and doc[edge - 2].ent_type_ == "GPE":
        name = edge - 2
        while name > 0 and doc[name - 1].ent_type_ == "GPE":
            name -= 1
        found |= set(range(name, edge - 1))
    return found


def _described(span: Span | None) -> set[int]:
    """The tokens of the clauses that tell what the counted people or things are: "900,000 refugees who
    have crossed into Chad", "4,000 nationals deported from Kuwait". The countries they name are the
    figure's own, though the figure's clause is another's."""
    if span is None:
        return set()
    return {t.i for c in span.root.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}


def _token_at(parsed: Parsed, char: int) -> int | None:
    span = parsed.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].i if span is not None else None


def _month(value: str, first: bool) -> str:
    """A year as its first or last month; finer values as they are."""
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01" if first else f"{value}-12"
    return value


OWN_CLAUSES = {"ccomp", "parataxis", "relcl", "acl", "advcl", "csubj"}


def _finite(verb: Token) -> bool:
    """A clause with a subject or a tense of its own; "…came to $4 billion in 2019, rising by 11
    percent" is not: the participle shares its main clause's date."""
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return subject or (verb.tag_ not in {"VBG", "VBN"} and not infinitive)


def _same_clause(parsed: Parsed, start: int, end: int, quantity: Quantity, acted: bool = False) -> bool:
    """The date belongs to the figure's clause, not to another verb's ("a community of 100,000 people,
    descendants of those deported in 1937": 1937 is the deportation's). ``acted``: the figure's own verb
    tells what was done to the people ("released seven fishermen")."""
    doc = parsed.doc
    date_span = doc.char_span(start, end, alignment_mode="expand")
    figure_span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if date_span is None or figure_span is None:
        return True
    verb = clause_verb(date_span.root)
    figure_verb = clause_verb(figure_span.root)
    if (
        verb.dep_ == "conj"
        and verb.head == figure_verb
        and (verb.tag_ == figure_verb.tag_ or {verb.tag_, figure_verb.tag_} <= PAST)
        and not _own_subject_of(verb)
    ):
        # "were forced onto buses and sent back in March": the date of a verb sharing the figure's subject
        # and its form ("need help and have warned of" joins two statements, not one act)
        verb = figure_verb
    if verb.dep_ in {"relcl", "acl"} and verb.head in _counted(figure_span) and not acted:
        # "60,000 refugees who have fled since November": the clause tells when they became what is
        # counted; not when the figure's own verb tells what was done to them: "released seven fishermen
        # who had been held since January" are released, whenever they were taken.
        return True
    current = clause_verb(figure_span.root)
    # A date reaches the figures of its verb and of the verbs that complete or share it ("aims to
    # bring trade to $5 billion by 2030"), not those of a clause with its own event: "police said on
    # Friday that 31 people died in Tuesday's attack" (Friday is the saying's), "a trial opened on
    # Monday over the bombing that killed nine soldiers" (Monday is the trial's).
    while current != verb:
        if current.dep_ == "relcl" and _names_antecedent(date_span.root, current.head):
            # "the famine in 2011 that killed 260,000 people", "December, when an ambush killed four":
            # the date of the thing the relative clause tells of is the clause's date.
            return True
        if current.head == current or (current.dep_ in OWN_CLAUSES and _finite(current)):
            return False
        since = date_span.root.head.lower_ == "since" or any(c.lower_ == "since" for c in verb.children)
        if current.dep_ == "conj" and since:
            # "Poland has been an ally since February 2022 and hosts 960,000 refugees": how long one verb
            # has held is no date of the other's figure.
            return False
        if current.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            # "trade reached $8.9 billion in 2021, and companies have invested $3 billion": a
            # coordinated clause with a subject of its own is its own clause.
            return False
        current = current.head
    return True


PAST = {"VBD", "VBN"}  # "were forced … and sent back": a participle the parse may tag as a past tense


def _own_subject_of(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _counted(figure: Span) -> set[Token]:
    """The figure and the nouns it counts or measures, whose clauses tell what it is: "the number of vessels
    held so far this year rose to 27", "90 million USD of repayments that fall due in 2028"."""
    return {figure.root, number_of(figure.root)} | {
        o for p in figure.root.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    }


def _names_antecedent(date: Token, antecedent: Token) -> bool:
    """The date is the antecedent ("December, when …") or dates it ("the one in 2011 that …")."""
    if date == antecedent or date.head == antecedent:  # "December, when …", "the 2004 bombing that …"
        return True
    return date.dep_ == "pobj" and date.head.dep_ == "prep" and date.head.head == antecedent


def speaker(parsed: Parsed, sentence: Sentence) -> str | None:
    """Who said the sentence: the subject of a speech verb in it, or of the one that closes its quote."""
    sentences = [
        s for s in parsed.sentences if s.paragraph == sentence.paragraph and s.index >= sentence.index
    ]
    quoted = sentence.text.lstrip()[:1] in QUOTES or sentence.text.lstrip().startswith("'")
    for candidate in sentences if quoted else [sentence]:
        span = parsed.doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                if subjects:
                    ref = parsed.actors.resolve(subjects[0])
                    return ref.name if ref else " ".join(t.text for t in subjects[0].subtree)
    return _according_to(parsed, sentence)


def _according_to(parsed: Parsed, sentence: Sentence) -> str | None:
    """The source a sentence cites when no one in it speaks: "According to the interior ministry, 40
    migrants were held" is the ministry's figure."""
    span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    for token in span if span is not None else []:
        if token.lower_ != "according":
            continue
        for prep in (c for c in token.children if c.lower_ == "to"):
            for source in (c for c in prep.children if c.dep_ == "pobj"):
                ref = parsed.actors.resolve(source)
                return ref.name if ref else " ".join(t.text for t in source.subtree)
    return None


def _subject(parsed: Parsed, quantity: Quantity) -> str | None:
    """What a count counts: "25,000 refugees living in Chad" → "refugees living in Chad"."""
    span = parsed.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or quantity.unit != "people":
        return None
    head = span[-1]
    numbers = [t.i for t in span if t.like_num or t.lower_ in {"thousand", "million", "billion"}]
    first = (max(numbers) + 1) if numbers else span.start
    timex_tokens = {
        t.i
        for x in parsed.timexes
        for t in (parsed.doc.char_span(x.start, x.end, alignment_mode="expand") or [])
    }
    words = []
    for token in head.subtree:
        if token.i < first and token.i != head.i:
            continue
        if token.i in timex_tokens or (token.dep_ == "prep" and token.lower_ in {"for", "since", "during"}):
            break
        words.append(token.text)
    text = " ".join(words[:10]).strip()
    return text or None


def _before_date(parsed: Parsed, sentence: Sentence, match: re.Match[str]) -> str | None:
    """ "the establishment of relations on December 2" → without the date, which is the period's."""
    group = next((g for g in ("what", "what2", "what3") if match.group(g) is not None), None)
    if group is None:
        return None
    what_start = sentence.start + match.start(group)
    what_end = sentence.start + match.end(group)
    for timex in parsed.timexes_in(what_start, what_end):
        what_end = min(what_end, timex.start)
    text = parsed.document.text[what_start:what_end]
    return re.sub(r"\s+(?:on|in|at)\s*$", "", text.strip())


# The parts of a trade figure, which a paragraph often gives after the total: "Trade reached $46 million
# in 2024. Exports made up $27 million." The parts are for the total's period.
TRADE_PARTS = {"trade_turnover", "exports", "imports", "trade_growth", "trade_deficit", "share"}
ONE_OFF = {"arms_deal", "trade_target", "aid", "military_aid", "loan"}
# Troops and a community are where they are at a time ("some 150,000 nationals live there", "4,000
# troops are massed on the border"): a stock, never a total over a period.
STANDING = {"troops", "population"}
# Money owed: a date after "by" or "before" says when it falls due ("arrears of 14 million USD to be
# cleared by the end of June"), not a span it was counted over.
OWED = {"debt"}
# A stock told at a day: "at the end of June 2024", "as of March".
# A holding told at a day ("direct investment stood at 16 billion USD at the end of 2022") is a stock, as
# a debt is: no span it was summed over.
STOCKS = {"investment"}
STOCK_AT = re.compile(r"\b(?:at\s+the\s+end\s+of|as\s+(?:of|at))\s+$", re.I)


def _stock_at(text: str, period_text: str, sentence: Sentence) -> bool:
    """The figure is told at a day ("at the end of June", "as of March"), the date read with or without
    its edge ("the end of 2022" when only a year is named)."""
    at = _at(text, period_text, sentence)
    edge = EDGE_OF.match(period_text)
    return STOCK_AT.search(text[max(0, at - 30) : at] + (edge[0] if edge else "")) is not None


EDGE_OF = re.compile(r"the\s+end\s+of\s+", re.I)
# Verbs that give aid as it flows, not promise it: a pledge is dated by its year, not summed over it.
GIVING = {"give", "provide", "send", "spend", "disburse", "deliver"}


def _a_years_aid(span: Span | None) -> bool:
    """The sum is aid told as a mass ("$90 million in aid") that a verb of giving, not of pledging, gave."""
    if span is None:
        return False
    root = span.root
    verb = clause_verb(root)
    # "$90 million in aid"; "1,200 tonnes of food aid", a volume given as it is a sum
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}]
    if root.dep_ == "dobj":
        preps += [
            c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == root.i + 1
        ]
    mass = any(
        o.dep_ == "pobj" and o.lemma_.lower() in {"aid", "assistance"} for p in preps for o in p.children
    )
    if verb.lemma_.lower() in GIVING and (mass or _this_years(verb)):
        return True
    # "Danish development assistance to Laos came to 40 million USD last year": the aid is the subject
    # whose sum a verb of amounting gives, a year's total as trade's is, not a grant the year dates.
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return verb.lemma_.lower() in AID_TOTALS and any(s.lemma_.lower() in AID_NOUNS for s in subjects)


def _this_years(verb: Token) -> bool:
    """ "will provide Chad with 30 million USD this year": aid still to be given over the year it is in."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall"} for c in verb.children) and any(
        t.lower_ == "this" and t.head.lower_ == "year" for t in verb.subtree
    )


# Verbs that give a flow of aid its sum: "came to", "amounted to", "totalled", "reached", "stood at".
AID_TOTALS = {"come", "amount", "total", "reach", "stand", "exceed"}
AID_NOUNS = {"aid", "assistance", "support", "funding"}


# Verbs that post people somewhere: "will send 60 instructors to the mission".
POSTING_VERBS = {"send", "post", "dispatch", "second"}
# Particles that make a verb of posting one of sending back: "sent home", "sent back".
RETURNING = {"back", "home"}


def _posted(span: Span | None) -> bool:
    """The people counted are sent somewhere by their clause's verb, not sent back."""
    if span is None or span.root.dep_ != "dobj":
        return False
    verb = span.root.head
    return verb.lemma_.lower() in POSTING_VERBS and not any(c.lower_ in RETURNING for c in verb.children)


# "detained everyone on board", "arrested all those aboard", "held the crews on board": a seizure that
# took every person aboard the vessels.
ALL_ABOARD_HELD = re.compile(
    r"\b(?:detain|arrest|held|hold|holding|seiz)\w*\s+(?:everyone|everybody|all(?:\s+(?:those|the|their|its)"
    r"(?:\s+\w+)?|\s+\w+)?|the\s+crews?|their\s+crews?|its\s+crews?)\s+(?:on\s+board|aboard)\b",
    re.I,
)
ABOARD = re.compile(r"\b(?:aboard|on\s+board)\b", re.I)


def _held_aboard(parsed: Parsed, sentence: Sentence, clause: str) -> bool:
    """People counted aboard ("46 fishermen had been aboard the boats") in a story that told, before, of
    everyone aboard being held: the count is of the people held, told by whoever counted those aboard."""
    return bool(ABOARD.search(clause)) and bool(
        ALL_ABOARD_HELD.search(parsed.document.text, 0, sentence.start)
    )


def _at(text: str, period_text: str, sentence: Sentence) -> int:
    """Where the period's words open in the sentence (its end when they are not found)."""
    at = text.find(period_text, sentence.start, sentence.end)
    return at if at >= 0 else sentence.start


MANY_DEALS = re.compile(r"\b(?:contracts|deals|loans|credit lines|grants|purchases)\b", re.I)


# The words of a name say nothing of what a figure measures: "the Trade Bank of Jordan", "the World Trade
# Organization", "the Export Promotion Bureau".
NAMES = {"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"}


def _without_names(parsed: Parsed, sentence: Sentence) -> str:
    """The sentence with its names of organisations and the like blanked, offsets kept."""
    text = sentence.text
    span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    for entity in span_ents(span) if span is not None else []:
        if entity.label_ in NAMES:
            start = max(0, entity.start_char - sentence.start)
            end = min(len(text), entity.end_char - sentence.start)
            text = text[:start] + "_" * (end - start) + text[end:]
    return text


# What stands before a count compared with the one told just before it, its noun left out.
COMPARED_TO = re.compile(
    r"\b(?:from|than|against|versus|compared\s+(?:with|to))\s+"
    r"(?:(?:more\s+than|about|around|some|nearly|almost|only|just|barely)\s+)?$",
    re.I,
)
# A part of counted things, the whole told just before: "17 of them", "five of which".
THINGS_PART = re.compile(r"\s+of\s+(?:them|which)\b", re.I)
PART_OF = re.compile(r"\s+of\s+(?:the|these|those)\s+")
INCLUDED = re.compile(r",\s+(?:including|among\s+them)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.I)


def _parts_take_their_whole(read: list[tuple[Quantity, Fact]], text: str) -> None:
    """ "19 of the 31 fishermen detained had been flown home": a part that its own words do not name is
    what its whole is (detained); "312 Chilean and 140 Peruvian soldiers" share their noun's kind."""
    for (part_quantity, part), (whole_quantity, whole) in pairwise(read):
        between = text[part_quantity.end : whole_quantity.start]
        if part.kind == "count" and part.unit == whole.unit == "people" and PART_OF.fullmatch(between):
            part.kind = whole.kind
        # "312 Chilean and 140 Peruvian soldiers were killed": one noun, one verb, for both.
        shared = re.fullmatch(r"\s+and\s+", between) and part_quantity.text.split()[-1][:1].isupper()
        if shared and part.unit == whole.unit == "people":
            part.kind = whole.kind
    for (whole_quantity, whole), (part_quantity, part) in pairwise(read):
        between = text[whole_quantity.end : part_quantity.start]
        if _compared_count(whole_quantity, whole, part, text[whole_quantity.end : part_quantity.start]):
            # "arrested 300 migrants in 2023, up from 120 in 2022": the base counts what the figure does.
            part.kind = whole.kind
            part.parties = part.parties or whole.parties
            same = SAME_SPAN_OF.match(text, part_quantity.end)
            if same and part.period_start is None and whole.period_start and whole.period_end:
                # "27 vessels so far this year, compared with 11 in the same months of 2019": the whole's
                # months, in the year named.
                shift = int(same["year"]) - int(whole.period_start[:4])
                part.period_start = _shifted(whole.period_start, shift)
                part.period_end = _shifted(whole.period_end, shift)
                part.period_text = same.group().strip()
        things = part.unit == whole.unit != "people"
        if things and THINGS_PART.match(text, part_quantity.end) and "." not in between:
            # "have seized 23 foreign vessels since January, 17 of them Vietnamese": the part is what
            # was done to its whole, over the whole's period.
            part.kind = whole.kind
            part.period_start, part.period_end = whole.period_start, whole.period_end
            part.period_text = whole.period_text
        # "12 million have fled since the war began in April 2023, including some 900,000 who crossed into
        # Chad": a part the total includes is counted over the total's period.
        if (
            INCLUDED.search(between)
            and "." not in between
            and part.unit == whole.unit
            and whole.period_start is not None
        ):
            part.period_start, part.period_end = whole.period_start, whole.period_end
            part.period_text = whole.period_text


SAME_SPAN_OF = re.compile(
    r"\s+(?:in|over|during|for)\s+the\s+(?:same|corresponding)\s+(?:period|span|months|time)\s+(?:of|in)\s+"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def _shifted(month: str, years: int) -> str:
    return f"{int(month[:4]) + years:04d}{month[4:]}"


def _compared_count(whole_quantity: Quantity, whole: Fact, part: Fact, between: str) -> bool:
    """``part`` is a count compared with ``whole`` just before it, told without its noun."""
    return part.unit == whole.unit not in {"USD", "percent"} and bool(COMPARED_TO.search(between))


def _undated_bases(read: list[tuple[Quantity, Fact]], text: str) -> set[int]:
    """Figures compared with a dated figure whose own date is not read ("300 drones in May, against
    40 in the whole of April", "2.2 billion USD in 2023, down from nearly 4 billion USD before the
    embargo"): a figure of no known span, left out rather than left undated."""
    undated: set[int] = set()
    for (whole_quantity, whole), (part_quantity, part) in pairwise(read):
        between = text[whole_quantity.end : part_quantity.start]
        compared = part.unit == whole.unit != "percent" and COMPARED_TO.search(between)
        if compared and whole.period_start and not part.period_start and "." not in between:
            undated.add(id(part))
    return undated


# The subjects that refer back to a figure told before: "In 2024 it amounted to $2.7 billion", "the
# total reached $3 billion".
REFERRING = {"it", "this", "that", "which", "figure", "total", "amount", "sum", "value", "number", "level"}


def _own_subject(span: Span | None) -> bool:
    """The figure's clause has a subject of its own that names something ("each day of delay costs the
    hauliers about $2 million"): the figure is that thing's, not a continuation of the one before."""
    if span is None:
        return False
    head = span.root.head
    if span.root.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() not in REFERRING:
        return True  # "a one-way fare … costs 280 USD" misparsed with the sum set beside the fare
    verb = clause_verb(span.root)
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} and c.lemma_.lower() not in REFERRING
        for c in verb.children
    )


# What may stand between a count and the list of its parts: "seven men on board, two Greeks and five
# Egyptians"; and between the parts.
BEFORE_PARTS = re.compile(r"(?:\s+[a-z]+){0,3}\s*,\s*$")
BETWEEN_PARTS = re.compile(r"\s*(?:,|,?\s+and)\s+$")


def _breakdowns(read: list[tuple[Quantity, Fact]], text: str) -> set[int]:
    """The parts of a count of people listed right after it and adding up to it ("seven men on board,
    two Greeks and five Egyptians"): they tell who the counted are, and are no counts of their own."""
    parts: set[int] = set()
    for at, (whole_quantity, whole) in enumerate(read):
        if whole.unit != "people":
            continue
        listed: list[tuple[Quantity, Fact]] = []
        end = whole_quantity.end
        for quantity, fact in read[at + 1 :]:
            between = text[end : quantity.start]
            gap = BEFORE_PARTS if not listed else BETWEEN_PARTS
            if fact.unit != "people" or fact.sentence != whole.sentence or not gap.fullmatch(between):
                break
            listed.append((quantity, fact))
            end = quantity.end
        if len(listed) >= 2 and sum(f.value for _, f in listed) == whole.value:
            parts |= {id(f) for _, f in listed}
    return parts


def _carry_over(facts: list[Fact], sentences: list[Sentence], own: set[str], bases: set[str]) -> None:
    """A figure that only continues the one before it, in the next sentence of the same paragraph, takes
    what it leaves unsaid: "In 2024 it amounted to $2.7 billion" is the same kind as the figure before;
    a part of a trade total without a period of its own is for the total's period. ``own``: the ids of
    the figures whose clause has a subject of its own, which continue nothing; ``bases``: those of the
    figures something is compared with, whose period is not the figure's before them."""
    for before, fact in pairwise(facts):
        near = (
            0 <= fact.sentence - before.sentence <= 1
            and sentences[fact.sentence].paragraph == sentences[before.sentence].paragraph
        )
        if not near:
            continue
        if fact.kind == "count" and fact.unit == before.unit == "USD" and fact.id not in own:
            fact.kind = before.kind
            fact.parties = fact.parties or before.parties
        if fact.kind == "change" and before.kind == "trade_turnover":
            # "In 2024 it amounted to $2.7 billion, an increase of 9.5 percent": the trade's growth.
            fact.kind = "trade_growth"
        if (
            fact.period_start is None
            and fact.id not in bases
            and before.period_start is not None
            and fact.kind in TRADE_PARTS
            and before.kind in TRADE_PARTS
        ):
            # "Trade came to $2.6 billion in 2024, and exports made up $1.9 billion of that total."
            fact.period_start, fact.period_end = before.period_start, before.period_end
            fact.period_text = before.period_text


GROWTH = {"trade_growth", "change"}


def load_falls(resources: Resources) -> frozenset[str]:
    return frozenset(line.strip().lower() for _, line in read_lines(resources.path("facts/falls.txt")))


def _falls(span: Span | None, falls: frozenset[str]) -> bool:
    """A change told as a fall: the word the figure hangs on ("down 11 percent", "dropped 22 percent",
    "a decrease of 9 percent", "fell by 5%"), or one it modifies ("a 4 percent decline")."""
    if span is None:
        return False
    token = span.root
    words = [c for c in token.children if c.dep_ in {"advmod", "amod"}]
    for _ in range(3):
        if token.head == token:
            break
        token = token.head
        words.append(token)
        if token.lower_ not in {"of", "by"}:
            break
    return any(_forms(w) & falls for w in words)


def _forms(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


# The words of an approximation before a figure ("up to", "more than", "an estimated").
APPROX_WORDS = {
    "up",
    "to",
    "about",
    "around",
    "nearly",
    "almost",
    "more",
    "than",
    "over",
    "some",
    "roughly",
    "approximately",
    "at",
    "least",
    "less",
    "fewer",
    "under",
    "below",
    "above",
    "close",
    "an",
    "estimated",
    "exceeding",
}


def _without_approx(span: Span | None, quantity: Quantity) -> Span | None:
    """The figure without the approximation before it: "finance up to $1.2 billion of imports" hangs
    "up" on the verb as its particle, and the figure's noun and verb are read from the number's."""
    if span is None or not quantity.approx:
        return span
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in APPROX_WORDS:
        start += 1
    return span.doc[start : span.end]


# The words of a fine that may come or is the rule, not one imposed: "faces a fine that could reach",
# "are usually freed once they pay a fine of 900 euros".
RISKED = {"face", "risk"}
MAY = {"could", "may", "might", "would", "can"}
HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|routinely)\b", re.I)


def _fine_not_imposed(span: Span | None, quantity: Quantity, sentence: str) -> bool:
    """A fine is a fact when it was imposed on someone; one that a law allows ("up to"), that someone
    faces or risks ("faces a fine that could reach"), or that is the rule, is none."""
    if quantity.approx == "under" or HABITUAL.search(sentence):
        return True
    if span is None:
        return False
    verbs = [clause_verb(span.root)]
    if verbs[0].dep_ in {"relcl", "acl"}:
        verbs.append(clause_verb(verbs[0].head))  # the fine the relative clause tells of is faced
    return any(
        v.lemma_.lower() in RISKED or any(c.dep_ == "aux" and c.lower_ in MAY for c in v.children)
        for v in verbs
    )


def _of_no_pair(parsed: Parsed, fact: Fact) -> bool:
    """People displaced with no state at all ("the war has displaced 12 million people"): a war's toll
    on no two states; or people counted with one state only that is neither of the article's pair
    ("Latvia turned back 300 people"): another story's aside. A count with no state named ("around
    15,000 commute across the border") is the pair's, as the story is."""
    if fact.unit != "people" or fact.kind in {"population", "troops"}:
        return False
    if not fact.parties:
        return fact.kind == "refugees"
    dyad = parsed.cache.setdefault("dyad", main_dyad(parsed))
    return bool(dyad) and len(fact.parties) == 1 and fact.parties[0] not in dyad


def _headline_figures_retold(parsed: Parsed, facts: list[Fact]) -> list[Fact]:
    """A headline sums a figure up in a word of its own ("X pledges $2 billion for food parks" above
    "X will invest 2 billion USD in food parks"): the body, which tells the sum with its verb, names its
    kind; the headline's figure of another kind is the same sum, told loosely."""
    headline = story_headline(parsed)
    headlines = {headline.index} if headline is not None else set()
    body = [f for f in facts if f.sentence not in headlines]

    def retold(f: Fact) -> bool:
        # "Norway pledges $2 billion for Kyiv" above "… will provide 2 billion USD this year": the body
        # dates the sum the headline leaves undated; it is the same sum, whose period the body tells.
        return f.sentence in headlines and any(
            b.unit == f.unit
            and b.value == f.value
            and (b.kind != f.kind or (f.period_start is None and b.period_start is not None))
            for b in body
        )

    return [f for f in facts if not retold(f)]


def _fact_id(doc_id: str, start: int, kind: str) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{kind}".encode()).hexdigest()[:16]


def extract_facts(parsed: Parsed, resources: Resources) -> list[Fact]:
    """The figures of the kinds bilat records: a fine, a price or a duty rate is told apart from trade
    and counts by ``figures``, then left out (resources/facts/recorded.txt)."""
    recorded = resources.load("facts.recorded", load_recorded)
    facts = [
        f
        for f in figures(parsed, resources)
        if f.kind in recorded and (recorded[f.kind] is None or f.value >= recorded[f.kind])
    ]
    facts = _headline_figures_retold(parsed, facts)
    return facts + figures_put_at(parsed, facts)


# A span told from the day of writing: with no date for the story, the figure's period cannot be known.
RELATIVE_SPAN = re.compile(
    r"\b(?:(?:last|this|past)\s+(?:year|month|quarter)|so\s+far\s+this\s+year|a\s+year\s+(?:earlier|ago))\b",
    re.I,
)


def _period_unknowable(published: str | None, after: str) -> bool:
    """The figure's own clause dates it from the day of writing ("reached Italy last year"), and the
    story has no date: any period (or none) given it would be a guess."""
    return not published and bool(RELATIVE_SPAN.search(after))


def _dated_from_writing(published: str | None, text: str, at: int) -> bool:
    """ "dropped to 40 million EUR last year from 95 million EUR in 2020": the words right after the figure
    date it from the day of writing, and the story has no date; the year told later is the other figure's."""
    return not published and bool(RIGHT_AFTER.match(text, at))


RIGHT_AFTER = re.compile(r"\s*,?\s*(?:in\s+)?" + RELATIVE_SPAN.pattern, re.I)


def figures(parsed: Parsed, resources: Resources) -> list[Fact]:
    """Every figure of the text that something names, with its kind, recorded or not."""
    document = parsed.document
    facts: list[Fact] = []
    read: list[tuple[Quantity, Fact]] = []
    own: set[str] = set()
    bases: set[str] = set()  # figures something is compared with: their period is their own
    parsed.cache["fiscal_starts"] = resources.load("facts.fiscal_years", load_fiscal_starts)
    for quantity in parsed.quantities:
        sentence = parsed.sentences[quantity.sentence]
        if _another_story(parsed, sentence):
            continue
        # The figure's own clause names what it measures ("trade reached $8.9 billion, and companies have
        # invested $3 billion"); the whole sentence only when the clause says nothing.
        clause_tokens = _clause_tokens(parsed, quantity)
        clause = " ".join("_" if t.ent_type_ in NAMES else t.text for t in clause_tokens)
        span = _without_approx(
            parsed.doc.char_span(quantity.start, quantity.end, alignment_mode="expand"), quantity
        )
        kind = fact_kind(span, quantity, clause, _without_names(parsed, sentence), resources)
        if kind is None:
            continue
        if kind == "fine" and _fine_not_imposed(span, quantity, sentence.text):
            continue
        if quantity.unit == "USD" and called_a_goal(document.text[: sentence.end], quantity.end):
            continue  # "promised 2 billion euros over four years, a target fixed in 2021"
        if kind == "count" and quantity.unit == "people" and _held_aboard(parsed, sentence, clause):
            kind = "detained"
        if home_affair(span, kind, clause_tokens, sentence.text):
            continue  # a state's own police arresting protesters at home: no count between two states
        if hazard_toll(kind, sentence.text):
            continue  # "the earthquake killed 14 people": the hazard's toll, not one state's act on the other
        if not_between_states(span, kind):
            continue  # money pledged to an agency or a scheme, or only asked for
        if kind == "catch" and len(_parties(parsed, sentence, kind)) < 2:
            continue  # a fleet's catch is a fact between states in another's waters, not its own landings
        value = quantity.value
        if quantity.unit == "people" and span is not None:
            people = resources.load("facts.quantity_rules", load_quantity_rules).people
            value += one_more_joined(span.root, people)  # "two Germans and a Chinese national": three
        if kind in GROWTH and value > 0 and _falls(span, resources.load("facts.falls", load_falls)):
            value = -value
        acted = quantity.unit == "people" and span is not None and acts_on(span.root, resources)
        # Money owed "by the end of June" is due then: a deadline, no span (as a deal's or a pledge's).
        start, end, period_text, point = _period(parsed, sentence, quantity, acted, kind in ONE_OFF | OWED)
        # "in the same period" may close the figure's clause: '4,800 "foreigners" had been repatriated in
        # the same period'.
        clause_end = max([quantity.end, *(t.idx + len(t) for t in clause_tokens)])
        if start is None and SAME_PERIOD.search(document.text, quantity.end, clause_end):
            start, end, period_text, point = _period_before(parsed, quantity)
        if (
            start is None and _period_unknowable(document.published, document.text[quantity.end : clause_end])
        ) or (_dated_from_writing(document.published, document.text, quantity.end)):
            continue  # "53,000 migrants arrived last year" in a story of no known date: no period is wrong
        one_off = kind in ONE_OFF and not (
            len(point or "") == 4 and MANY_DEALS.search(clause) and _a_span(sentence.text, period_text)
        )
        if kind == "aid" and len(point or "") == 4 and _a_years_aid(span):
            # "gave Chad 90 million USD in aid in 2022": aid told as a mass given over a year is that
            # year's total, not one grant dated by it.
            one_off = False
        if kind == "count" and _posted(span):
            # "will send 60 more instructors early next year": people posted abroad are where they are
            # sent, as troops are; the date is the move's, no span they are counted over.
            start = end = period_text = point = None
        if kind in OWED | STOCKS and period_text and _stock_at(document.text, period_text, sentence):
            # "owed foreign creditors 7 billion USD at the close of March": a stock on a day, no span summed.
            start = end = period_text = point = None
        if point and _for_the_year(sentence.text, period_text, point):
            # "pledged $30 million in aid to Laos for 2024": the year the money is for is its period.
            one_off = False
        if point and (one_off or (kind == "investment" and len(point) > 4) or len(point) > 7):
            # A deal, a target or a pledge is dated, not measured over a period: "signed last year a
            # contract worth $250 million" has no period; "invested $6.7 billion between 2005 and 2021" has.
            # Many deals told as a year's total are that year's: "in 2022 alone Poland signed contracts
            # worth $12 billion", "extended $4 billion in loans during the crisis in 2022"; "last year
            # Armenia signed contracts worth $250 million" dates them.
            # A day or a week dates an incident's toll ("wounded two farmers on Sunday"); it is no period
            # a figure is measured over.
            start = end = period_text = None
        facts.append(
            Fact(
                id=_fact_id(document.id, quantity.start, kind),
                doc_id=document.id,
                source_uri=document.source_uri,
                kind=kind,
                subject=_subject(parsed, quantity),
                parties=_parties(parsed, sentence, kind, _party_clause(clause_tokens, span)),
                value=value,
                unit=quantity.unit,
                original_value=quantity.original_value,
                original_unit=quantity.original_unit,
                approx=quantity.approx,
                period_start=start,
                period_end=end,
                period_text=period_text,
                attributed_to=speaker(parsed, sentence),
                evidence=sentence.text,
                start=sentence.start,
                end=sentence.end,
                sentence=sentence.index,
            )
        )
        read.append((quantity, facts[-1]))
        if _own_subject(span):
            own.add(facts[-1].id)
        if _compared_base(parsed, sentence, quantity):
            bases.add(facts[-1].id)
    _parts_take_their_whole(read, document.text)
    parts = _breakdowns(read, document.text) | _undated_bases(read, document.text)
    facts = [f for f in facts if id(f) not in parts]
    _carry_over(facts, parsed.sentences, own, bases)
    for fact in facts:
        if fact.kind in STANDING:
            # Troops are where they are at a time: "pulled 1,100 troops out in 2023", "has kept 4,000
            # troops there since 2019" date a move or a stay; the count is no total over a period. (After
            # the parts take their whole's kind: "649 Argentine and 255 British servicemen were killed".)
            fact.period_start = fact.period_end = fact.period_text = None
    # A sum or a share that nothing names is no fact: "$69 a month", "10% below its record high".
    facts = [f for f in facts if f.kind != "count" or f.unit not in {"USD", "percent"}]
    # A community is of one state's people in another: "about 2,800 inhabitants" of an island, or a
    # people no state is named for living in a town, is no quantity of two states' people.
    facts = [f for f in facts if f.kind != "population" or f.parties]
    facts = [f for f in facts if not _of_no_pair(parsed, f)]
    for sentence in parsed.sentences:
        for match in ANNIVERSARY.finditer(sentence.text):
            facts.append(
                Fact(
                    id=_fact_id(document.id, sentence.start + match.start(), "anniversary"),
                    doc_id=document.id,
                    source_uri=document.source_uri,
                    kind="anniversary",
                    subject=_before_date(parsed, sentence, match),
                    parties=_parties(parsed, sentence, "anniversary"),
                    value=float(match["n"] or match["n2"] or match["n3"]),
                    unit="years",
                    period_text=_period(parsed, sentence)[2],
                    attributed_to=speaker(parsed, sentence),
                    evidence=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                    sentence=sentence.index,
                )
            )
    return facts
