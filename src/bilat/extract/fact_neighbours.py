"""Figures read with those beside them: a part takes its whole's kind and period, a breakdown or an
undated comparison base is dropped, a figure that continues the one before takes what it leaves unsaid,
and a headline's figure the body retells is left to the body."""

from __future__ import annotations

import re
from itertools import pairwise

from bilat.extract.events import story_headline
from bilat.models import Fact, Quantity, Sentence
from bilat.nlp.parsed import Parsed

# The parts of a trade figure, which a paragraph often gives after the total: "Trade reached $46 million
# in 2024. Exports made up $27 million." The parts are for the total's period.
TRADE_PARTS = {"trade_turnover", "exports", "imports", "trade_growth", "trade_deficit", "share"}


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
    """ "12 of the 40 sailors held were sent home by air": a part that its own words do not name is
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
        # "8 million have fled since the fighting started in May 2021, among them some 700,000 who
        # crossed into Chad": a part the total includes is counted over the total's period.
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


# What may stand between a count and the list of its parts: "nine sailors aboard, three Poles and six
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
            # "In 2022 it came to $1.4 billion, an increase of 6 percent": the trade's growth.
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


def _headline_figures_retold(parsed: Parsed, facts: list[Fact]) -> list[Fact]:
    """A headline sums a figure up in a word of its own ("X pledges $2 billion for food parks" above
    "X will invest 3 billion USD in grain terminals"): the body, which tells the sum with its verb, names its
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
