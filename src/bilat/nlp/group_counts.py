"""Counts of part of a group: a bare number standing for people counted before ("the other five"), a part
"of the" or "of whom" ("19 of the 31 fishermen", "17 of them"), a number of a group named by whose it is
("five of its nationals")."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import POS
from spacy.symbols import NUM
from spacy.tokens import Token

from bilat.models import Quantity
from bilat.nlp.counted_nouns import _counts_people
from bilat.nlp.doctext import doc_text, positions
from bilat.nlp.number_words import (
    APPROX,
    APPROX_RE,
    NUMBER,
    SCALE,
    _looks_like_year,
    _number,
    _opening_with,
    _scale,
    _token_figure,
)
from bilat.nlp.parsed import Parsed
from bilat.nlp.quantity_rules import QuantityRules

# The words a number standing for people named before may take: "the other five", "all 12".
GROUP_WORDS = {"the", "other", "remaining", "all", "these", "those"}


def _counts_of_a_group(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """ "Guards released nine of them; the other five remain in custody", "eight of the twelve were freed",
    "Nine sailors were let go; four are still held": a number with no noun of its own that is a
    verb's subject or object, or "of them" / "of the twelve", counts part of the people just counted (in
    its sentence or the one before), when it is fewer than them. A figure of anything else is left: no
    count of people comes before it, or it is not less than that count."""
    doc, parts = parsed.doc, []
    counts = [q for q in found if q.unit == "people"]
    numbers = positions(doc, POS, NUM)  # only the numbers are visited, found from one array
    for sentence in parsed.sentences:
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        inside = numbers[bisect_left(numbers, span.start) : bisect_left(numbers, span.end)]
        for token in (doc[i] for i in inside):
            if not token.like_num or token.pos_ != "NUM" or not free(token.idx, token.idx + len(token)):
                continue
            read = _token_figure(token)
            whole = _group_of(token)
            if read is None or whole is False:
                continue
            value, start, end = read
            if any(q.start < end and start < q.end for q in [*found, *parts]):
                continue  # read already ("23 were killed and 11 captured": an elided count)
            earlier = [q for q in [*counts, *parts] if q.start < start]
            if whole is not None:
                # "eight of the twelve" is of twelve people counted before, however far back.
                if value < whole and whole in {q.value for q in earlier}:
                    parts.append(_people_at(doc, start, end, value, sentence.index))
                continue
            # "Nine of them" points back further than a bare "six remain": past a sentence that tells more
            # of the same people without counting them ("Police accused the drivers of smuggling fuel").
            back = 2 if _of_them(token) else 1
            near = [q for q in earlier if sentence.index - back <= q.sentence]
            if any(value < q.value for q in near):
                parts.append(_people_at(doc, start, end, value, sentence.index))
    return parts


def _of_them(token: Token) -> bool:
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in {"them", "those"} for o in p.children)
        for p in token.children
    )


def _people_at(doc, start: int, end: int, value: float, sentence: int) -> Quantity:
    return Quantity(
        text=doc_text(doc)[start:end], start=start, end=end, value=value, unit="people", sentence=sentence
    )


def _group_of(token: Token) -> float | bool | None:
    """How ``token`` (a bare number) stands for people named before: the whole it is "of" ("of the
    twelve": 12.0), None for "of them" or a number that is itself a verb's subject or object ("six
    remain"), False when it is no such number (it has a noun, or another role)."""
    if token.dep_ not in {"nsubj", "nsubjpass", "dobj"} or token.head.pos_ not in {"VERB", "AUX"}:
        return False
    if token.head.lemma_.lower() == "be":
        return False  # "of whom 140 are students": what some of them are, told of a count
    whole: float | None = None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if len(objects) != 1:
                return False
            if objects[0].lower_ == "them":
                continue
            if not objects[0].like_num or any(c.lower_ != "the" for c in objects[0].children):
                return False
            whole = _number(objects[0].text)
            if whole is None:
                return False
        elif child.dep_ in {"punct", "acl", "relcl"}:
            continue  # "the other five, accused of smuggling, remain …": a clause on them
        elif child.dep_ in {"advmod", "quantmod"} and child.lower_ in APPROX:
            continue  # "about 110,000 remain"
        elif child.lower_ not in GROUP_WORDS or child.dep_ not in {"det", "amod", "predet"}:
            return False
    return whole


PARTITIVE = re.compile(
    APPROX_RE + r"(?<![\w./-])" + NUMBER + SCALE + r"\s+of\s+(?:the|these|those)\s+$", re.IGNORECASE
)


# "212 hostages were freed, 19 of whom were hurt"; not "four were hurt, one of them with a broken
# arm", which tells of one of them rather than counting.
OF_THEM = _opening_with(list(APPROX), APPROX_RE + r"(?<![\w./-])" + NUMBER + SCALE + r"\s+of\s+whom\b", re.I)


# A part of a count of things: "seized 23 foreign vessels, 17 of them Vietnamese".
THINGS_OF_THEM = _opening_with(
    list(APPROX), APPROX_RE + r"(?<![\w./-])" + NUMBER + SCALE + r"\s+of\s+(?:them|which)\b", re.I
)


# What a match of each must hold: a text without it is not scanned (the scans tried the long opening of
# both at almost every letter of every text, for a handful of matches in a hundred stories).
OF_THEM_NEEDS = re.compile(r"of\s+whom\b", re.I)


THINGS_OF_THEM_NEEDS = re.compile(r"of\s+(?:them|which)\b", re.I)


def _partitive_counts(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """ "19 of the 31 fishermen were flown home", "354 were freed, 37 of whom were injured": a part of a
    count of people counts the same people; "seized 23 vessels, 17 of them Vietnamese" the same things."""
    text = parsed.document.text
    parts: list[Quantity] = []
    counts = [q for q in found if q.unit == "people"]
    matches = [(count, PARTITIVE.search(text, max(0, count.start - 60), count.start)) for count in counts]
    for match in OF_THEM.finditer(text) if OF_THEM_NEEDS.search(text) else ():
        before = [
            q
            for q in counts
            if q.end <= match.start() and q.sentence == parsed.sentence_at(match.start()).index
        ]
        if before:
            matches.append((before[-1], match))
    things = [q for q in found if q.unit not in {"USD", "percent", "people"}]
    for match in THINGS_OF_THEM.finditer(text) if THINGS_OF_THEM_NEEDS.search(text) else ():
        before = [
            q
            for q in things
            if q.end <= match.start() and q.sentence == parsed.sentence_at(match.start()).index
        ]
        if before:
            matches.append((before[-1], match))
    for count, match in matches:
        if match is None or not free(*match.span("num")) or _looks_like_year(match.group("num"), match):
            continue
        value = _number(match.group("num"))
        if value is None:
            continue
        end = match.end("scale") if match.group("scale") else match.end("num")
        parts.append(
            Quantity(
                text=text[match.start() : end],
                start=match.start(),
                end=end,
                value=value * _scale(match),
                unit=count.unit,
                sentence=count.sentence,
                approx=APPROX.get((match.group("approx") or "").lower()),
            )
        )
    return parts


# "five of its nationals", "three of their soldiers", "three of the attackers": a number of a group the
# text names by whose it is, or has named before.
POSSESSIVE = _opening_with(
    list(APPROX),
    APPROX_RE
    + r"(?<![\w./-])"
    + NUMBER
    + SCALE
    + r"\s+of\s+(?:its|their|our|his|her|the|these|those)\s+(?P<noun>(?:[a-z][a-z-]*\s+)?[a-z]+)\b",
    re.IGNORECASE,
)


def _possessive_counts(parsed: Parsed, rules: QuantityRules, free) -> list[Quantity]:
    """ "the release of five of its nationals": people counted among a group of a country's own."""
    text = parsed.document.text
    counts: list[Quantity] = []
    for match in POSSESSIVE.finditer(text):
        number = _number(match.group("num"))
        if number is None or not free(*match.span()) or _looks_like_year(match.group("num"), match):
            continue
        # "its nationals arrested", "its border guards": the first word of people ends the count.
        words = [
            (match.start("noun") + w.start(), w.group()) for w in re.finditer(r"\S+", match.group("noun"))
        ]
        ends = [at + len(word) for at, word in words if _counts_people(parsed, rules, word, at)]
        if not ends:
            continue
        counts.append(
            Quantity(
                text=text[match.start() : ends[0]],
                start=match.start(),
                end=ends[0],
                value=number * _scale(match),
                unit="people",
                sentence=parsed.sentence_at(match.start()).index,
                approx=APPROX.get((match.group("approx") or "").lower()),
            )
        )
    return counts
