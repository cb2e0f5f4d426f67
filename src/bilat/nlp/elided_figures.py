"""Figures whose currency or noun is left out, read from the figure beside them: a sum compared with a
sum, a count compared with a count, "two were killed and four wounded", "312 Chilean and 140 Peruvian
soldiers"."""

from __future__ import annotations

import re

from bilat.models import Quantity
from bilat.nlp.doctext import doc_text
from bilat.nlp.number_words import (
    APPROX,
    APPROX_RE,
    NUMBER,
    SCALE,
    SCALES,
    _looks_like_year,
    _number,
    _scale,
    _token_figure,
)
from bilat.nlp.parsed import Parsed

# A sum compared with one just told, its currency left out: "fell to 280 million USD from 2 billion in
# 2021", "3.1 billion euros, against 2.6 billion a year earlier". The number must end its phrase (a
# period's preposition or a stop follows): "from 2 billion tonnes" is no sum.
ELIDED_SUM = re.compile(
    r"\b(?:from|than|against|versus|compared\s+(?:with|to))\s+"
    + APPROX_RE
    + r"(?<![\w./-])"
    + NUMBER
    + r"\s*(?P<scale>million|billion|trillion|bn)\b"
    + r"(?=\s*(?:[,.;)]|$|(?:in|a|an|the|last|at|on|for|during|over|earlier|before)\b|"
    # "down from 310 million six years earlier": the span back to the figure compared with
    + r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|decades?)"
    + r"\s+(?:earlier|before|ago)\b))",
    re.I,
)


# A year between the two sums is the first one's date, no figure between them: "fell to 310 million EUR in
# 2022, according to the central bank, down from 520 million five years earlier".
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _elided_sums(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """A bare sum after a sum in the same sentence, compared with it, is in the same currency."""
    text = parsed.document.text
    elided: list[Quantity] = []
    for money in [q for q in found if q.unit == "USD"]:
        sentence = parsed.sentence_at(money.start)
        rest = text[money.end : min(sentence.end, money.end + 100)]
        match = ELIDED_SUM.search(rest)
        if (
            match is None
            or ";" in rest[: match.start()]
            or re.search(r"\d", YEAR.sub("", rest[: match.start("num")]))
        ):
            continue  # another figure stands between them, or another clause
        start, end = money.end + match.start("num"), money.end + match.end("scale")
        value = _number(match.group("num"))
        if value is None or not free(start, end):
            continue
        original = value * SCALES[match.group("scale").lower()]
        rate = money.value / money.original_value if money.original_value else 1.0
        elided.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                value=round(original * rate, 2),
                unit="USD",
                sentence=money.sentence,
                approx=APPROX.get((match.group("approx") or "").lower()),
                original_value=original if money.original_unit else None,
                original_unit=money.original_unit,
            )
        )
    return elided


# A count compared with one just told, its noun left out: "514 balloons entered … in October, against 97
# in September", "2,000 arrests, up from 1,400 a year earlier". The number ends its phrase.
COMPARED_COUNT = re.compile(
    r"\b(?:from|than|against|versus|compared\s+(?:with|to))\s+"
    + APPROX_RE
    + r"(?<![\w./-])"
    + NUMBER
    # The whole number or none: "than 400,000 since May" must not end its phrase at "400".
    + r"(?![.,]\d)"
    + SCALE
    + r"(?=\s*(?:[,.;)]|$|(?:in|a|the|last|at|on|for|during|over|earlier|before)\b))",
    re.I,
)


def _compared_counts(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """A bare number compared with a count of people or things in the same sentence counts the same."""
    text = parsed.document.text
    compared: list[Quantity] = []
    for count in [q for q in found if q.unit not in {"USD", "percent"}]:
        sentence = parsed.sentence_at(count.start)
        rest = text[count.end : min(sentence.end, count.end + 160)]
        match = COMPARED_COUNT.search(rest)
        if match is None or ";" in rest[: match.start()]:
            continue  # another clause
        start, end = count.end + match.start("num"), count.end + match.end()
        if any(count.end <= q.start < start for q in found):
            continue  # another figure stands between them: the number is compared with that one
        value = _number(match.group("num"))
        if value is None or _looks_like_year(match.group("num"), match) or not free(start, end):
            continue
        compared.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                value=value * _scale(match),
                unit=count.unit,
                sentence=count.sentence,
                approx=APPROX.get((match.group("approx") or "").lower()),
            )
        )
    return compared


def _elided_counts(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """ "Two soldiers were killed and four were wounded", "one soldier dead and three wounded": a bare
    number joined by "and" to a count of people counts the same people, the noun left out."""
    elided: list[Quantity] = []
    for count in [q for q in found if q.unit == "people"]:
        sentence = parsed.sentence_at(count.start)
        if count.end >= sentence.end:
            continue  # a count that closes its sentence (or runs past a split the parser made in it)
        span = parsed.doc.char_span(count.end, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.lower_ in {".", ";", "but", "while", "when", "after", "because"}:
                break  # another clause: its numbers are its own
            if not token.like_num or token.pos_ != "NUM" or not free(token.idx, token.idx + len(token)):
                continue
            between = doc_text(parsed.doc)[count.end : token.idx].lower()
            nouns = [c for c in (token.head, *token.children) if c.pos_ in {"NOUN", "PROPN"}]
            # "… and demanded it cut its staff to 25": a number a verb brings things to is no count.
            if token.dep_ == "pobj":
                continue
            if " and " not in f" {between} " or nouns or token.head.pos_ == "NOUN":
                continue
            read = _token_figure(token)
            if read is None:
                continue
            value, start, end = read
            elided.append(
                Quantity(
                    text=doc_text(parsed.doc)[start:end],
                    start=start,
                    end=end,
                    value=value,
                    unit="people",
                    sentence=count.sentence,
                )
            )
            break
    return elided


SHARED_NOUN = re.compile(
    APPROX_RE + r"(?<![\w./-])" + NUMBER + SCALE + r"\s+(?P<word>[A-Z][\w-]+)\s+and\s+$", re.IGNORECASE
)


def _shared_noun_counts(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """ "312 Chilean and 140 Peruvian soldiers": the first number counts the noun of the second."""
    text = parsed.document.text
    shared: list[Quantity] = []
    for count in [q for q in found if q.unit == "people"]:
        match = SHARED_NOUN.search(text, max(0, count.start - 60), count.start)
        if match is None or not free(*match.span("num")) or _looks_like_year(match.group("num"), match):
            continue
        word = parsed.doc.char_span(match.start("word"), match.end("word"), alignment_mode="expand")
        value = _number(match.group("num"))
        # A nationality, which the tagger may call a proper noun ("Argentine/NNP").
        if (
            word is None
            or value is None
            or word[0].ent_type_ != "NORP"
            or word[0].pos_ not in {"ADJ", "PROPN"}
        ):
            continue
        shared.append(
            Quantity(
                text=text[match.start() : match.end("word")],
                start=match.start(),
                end=match.end("word"),
                value=value * _scale(match),
                unit="people",
                sentence=count.sentence,
                approx=APPROX.get((match.group("approx") or "").lower()),
            )
        )
    return shared
