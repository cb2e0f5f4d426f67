"""A figure answer as the question asks it: a span told as such, a change told by its size."""

from __future__ import annotations

import re

from bilat.ask.unknown import _unknown
from bilat.models import Answer

SPAN_ASKED = re.compile(
    r"^\s*(?:within|for|in|over)\s+how\s+many\s+(?:hours|days|weeks|months|years)\b", re.I
)
BY_HOW_MUCH = re.compile(r"\bby\s+how\s+much\b", re.I)
# A change told by its size: "rose by 11 percent", "cut charges by a fifth", "fell by 2 billion euros".
CHANGE_BY = re.compile(
    r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|more\s+than\s+|over\s+|up\s+to\s+)?"
    r"(?P<size>\d[\d.,]*\s*(?:per\s*cent|percent|%|percentage\s+points?)"
    r"|(?:a|one)[\s-](?:third|quarter|fifth|half|tenth)"
    r"|\d[\d.,]*\s*(?:million|billion|trillion)?\s*(?:[A-Z]{3}|dollars|euros|pounds|yuan|rupees|tonnes)\b)"
)
PERCENT = re.compile(r"\d\s*(?:per\s*cent|percent|%)|percentage\s+point", re.I)


def _as_told(found: Answer) -> Answer:
    """ "gave 40,000 rand, roughly 2,100 USD": a sum the article converts is answered as told, with
    the conversion after it; the conversion alone reads as another sum."""
    number = re.search(r"\d[\d.,]*", found.answer)
    if number is None or not found.citations or not re.search(r"\b[A-Z]{3}\b|[$€£]", found.answer):
        return found  # only a sum of money is converted
    told = re.search(
        r"(\d[\d.,]*(?:\s+(?:million|billion))?\s+[A-Za-z]+),\s+(?:about|some|around|roughly|approximately|or)\s+"
        + re.escape(number.group(0)),
        found.citations[0].evidence,
    )
    if told is None:
        return found
    return found.model_copy(update={"answer": f"{told.group(1)} ({found.answer})"})


def _by_change(found: Answer) -> Answer:
    """ "By how much did trade rise?" asks the size of the change ("rose by 11 percent"), not the level it
    reached ("to 23 billion euros"): a share answers; else the figure the evidence gives after "by";
    else nothing."""
    if PERCENT.search(found.answer):
        return found
    evidence = found.citations[0].evidence if found.citations else ""
    told = CHANGE_BY.search(evidence)
    if told is None:
        return _unknown(found.question)
    return found.model_copy(update={"answer": told["size"], "value": told["size"]})
