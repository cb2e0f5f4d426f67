"""Tallies told by an ordinal: "the fourth Greek trawler seized this year" counts four trawlers seized."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from bilat.models import Quantity
from bilat.nlp.doctext import doc_text
from bilat.nlp.parsed import Parsed
from bilat.nlp.quantity_rules import QuantityRules

ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


ORDINAL_FIGURE = re.compile(r"(\d{1,3})(?:st|nd|rd|th)", re.I)


def _ordinals(doc: Doc) -> Iterator[tuple[Token, int]]:
    """The ordinal words and figures of the document ("fourth", "21st") with their values, in text order:
    each distinct word is read once, and no Python object is made for the other tokens."""
    strings = doc.vocab.strings
    lowers = doc.to_array(LOWER).tolist()
    values: dict[int, int | None] = {}
    for word in set(lowers):
        text = strings[word]
        figure = ORDINAL_FIGURE.fullmatch(text)
        values[word] = ORDINALS.get(text) or (int(figure.group(1)) if figure else None)
    for i, word in enumerate(lowers):
        if values[word]:
            yield doc[i], values[word]


def _ordinal_tallies(parsed: Parsed, rules: QuantityRules, free) -> list[Quantity]:
    """ "It was the fourth Greek trawler seized in Libyan waters this year": an ordinal on a thing or a
    person something was done to, over a span the sentence dates, tallies that many (four trawlers
    seized this year). Not "the second such expulsion" (nothing done to a thing counted) nor "the
    third vessel seized" with no span to count over."""
    doc = parsed.doc
    found = []
    for token, value in _ordinals(doc):
        noun = token.head
        if not value or value < 2 or token.dep_ != "amod" or noun.pos_ != "NOUN" or noun.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        done = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if not done or not free(token.idx, noun.idx + len(noun)):
            continue
        sentence = parsed.sentence_at(token.idx)
        after = [t for t in parsed.timexes_in(done[0].idx, sentence.end) if t.type == "DATE"]
        if not after:
            continue
        lemma = noun.lemma_.lower()
        plural = f"{lemma[:-3]}men" if lemma.endswith("man") else f"{lemma}s"  # fisherman → fishermen
        words = [t.text.lower() for t in doc[token.i + 1 : noun.i]]
        if plural in rules.things:
            unit = " ".join([*words, plural])
        elif plural in rules.people:
            unit = "people"
        else:
            continue
        start, end = token.idx, noun.idx + len(noun)
        found.append(
            Quantity(
                text=doc_text(doc)[start:end],
                start=start,
                end=end,
                value=float(value),
                unit=unit,
                sentence=sentence.index,
            )
        )
    return found
