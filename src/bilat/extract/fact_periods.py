"""The period a figure is for: the date expression of its clause nearest to it, written as months; a
comparison base's year back; the period of the figure before ("over the same period"); a fiscal year."""

from __future__ import annotations

import re

from bilat.extract.fact_clauses import _same_clause
from bilat.extract.fact_dates import (
    _counted_this_year,
    _dates_a_landmark,
    _dates_an_apposition,
    _joined_year,
    _leads_clause,
    _since,
    _since_clause,
    _so_far,
    _still_to_come,
)
from bilat.extract.fiscal import FISCAL_REACH, FiscalStart, fiscal_spans
from bilat.extract.pair import main_dyad
from bilat.models import Quantity, Sentence
from bilat.nlp.number_words import WORD_NUMBERS
from bilat.nlp.parsed import Parsed

# A date after these words is what a figure is compared with ("up 28 percent from a year earlier",
# "compared with 2020"), not the figure's own period.
COMPARISON = re.compile(
    # Whole words: "$3.2 billion last year" ends in "on" but compares with nothing.
    r"(?:\b(?:compared\s+(?:with|to)|than|on|over|against|from)\s+(?:the\s+)?"
    # "grew 9% against the same span of 2016"
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
    by_participle: bool = False,
) -> tuple[str | None, str | None, str | None, str | None]:
    """The period a figure is for: the date expression of its clause nearest to it, written as months
    ("2021" → 2021-01 to 2021-12), so periods compare whatever their wording; and that expression's
    own value (a year, a month, a range's start) for judging what kind of period it is. ``one_off``: the
    figure is a deal or a pledge, which a date after "by" or "before" only says when it is due.
    ``by_participle``: what was done to the people is told only by a participle on them, whose date is
    the act's ("prisoners expelled in February")."""
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
            and not _same_clause(parsed, timex.start, timex.end, quantity, acted and not by_participle)
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
        # "2,400 violations since January", "140,000 people have crossed since 3 May": a count runs
        # from that month to the article's; a span, however finely its start is dated. "Since Friday"
        # is days, not a span of months: the day dates it.
        begin, end, written = begin[:7], published[:7], None
    elif (
        published
        and (_so_far(parsed.document.text, timex) or _counted_this_year(parsed, timex, quantity))
        and begin[:4] == end[:4] == published[:4]
    ):
        # "nine trawlers seized so far this year": the year up to the article's month, not the whole year.
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


DEADLINE = re.compile(
    r"\b(?:by|before|until|till)\s+(?:at\s+least\s+)?(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$", re.I
)


UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$", re.I)


# A figure told as a yearly rate: "5 billion kilowatt hours of power each year", "$30 million per annum".
PER_YEAR = re.compile(r"(?:\s+of(?:\s+[\w-]+){1,3})?\s+(?:a|per|each|every)\s+(?:year|annum)\b", re.I)


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


# A figure for the period the one before it was given for: "… 5.2 billion USD in the fiscal year to the end
# of June. Over the same period, two-way trade came to 1.9 billion USD." Not a comparison base ("up 4
# percent over the same period of the year before"), whose year is told.
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
    71 million USD in the fiscal year ending in July, exports making 25 million USD" — the exports are for
    the year, not for July."""
    text = parsed.document.text[sentence.start : sentence.end]
    for span in fiscal_spans(text, parsed.document.published, _fiscal_start(parsed, sentence)):
        start, end = sentence.start + span.start, sentence.start + span.end
        if start <= timex.start and timex.end <= end:
            return span.first, span.last, text[span.start : span.end], None
    return None


def _fiscal_start(parsed: Parsed, sentence: Sentence) -> FiscalStart | None:
    """The start of the fiscal year of the first country of the sentence that has one."""
    table: dict[str, FiscalStart] = parsed.cache.get("fiscal_starts", {})
    mentions = sorted(
        (m for m in parsed.entities if m.sentence == sentence.index and m.country), key=lambda m: m.start
    )
    named = next((table[m.country] for m in mentions if m.country in table), None)
    if named is not None:
        return named
    # "two-way trade reached USD 120 million in the financial year 2021-22": no country named, the
    # article's pair's fiscal year, when its two sides do not disagree on it.
    dyad = parsed.cache.setdefault("dyad", main_dyad(parsed)) or ()
    starts = {table[c] for c in dyad if c in table}
    return starts.pop() if len(starts) == 1 else None


def _month(value: str, first: bool) -> str:
    """A year as its first or last month; finer values as they are."""
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01" if first else f"{value}-12"
    return value
