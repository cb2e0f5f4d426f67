"""A question asking for a total, and a sentence telling a sum added and the total it brings.

"How much has X provided in total?" told "X will provide a further 12 million, bringing its support to
19.5 million": the figure the sentence gives as the total answers, not the sum added to it. A figure
marked as an addition ("a further", "an additional", "another") is never a total.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from bilat.models import Quantity

ASKS_TOTAL = re.compile(
    r"\b(?:in\s+total|in\s+all|altogether|all\s+told|total|overall|cumulative(?:ly)?|so\s+far|to\s+date)\b",
    re.IGNORECASE,
)
# Words before a figure that make it a sum added to others: "a further 12 million", "another 300 troops".
ADDED = frozenset({"further", "additional", "another", "extra", "more"})
# Words before a figure that make it the whole: "a total of", "totalling", "in all" after it.
WHOLE_BEFORE = frozenset({"total", "totalling", "totaling", "totalled", "totaled", "cumulative"})
# Verbs that take a running sum "to" its new figure: "bringing its support to 19.5 million".
RAISING = frozenset({"bring", "raise", "take", "push", "lift", "increase", "swell"})


def asks_total(question_text: str) -> bool:
    return bool(ASKS_TOTAL.search(question_text))


def _tokens(sentence: Doc, quantity: Quantity) -> list[Token]:
    span = sentence.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return list(span) if span is not None else []


def added(sentence: Doc, quantity: Quantity) -> bool:
    """The figure is told as a sum added to others: "a further 12 million GBP"."""
    tokens = _tokens(sentence, quantity)
    if not tokens:
        return False
    before = sentence[max(tokens[0].i - 3, 0) : tokens[0].i]
    return any(t.lower_ in ADDED for t in before) or any(t.lower_ in ADDED for t in tokens)


def told_as_total(sentence: Doc, quantity: Quantity) -> bool:
    """The figure is told as the whole: "a total of 40 million", "bringing the total to 19.5 million",
    "40 million in all"."""
    tokens = _tokens(sentence, quantity)
    if not tokens:
        return False
    first, last = tokens[0], tokens[-1]
    before = sentence[max(first.i - 3, 0) : first.i]
    if any(t.lower_ in WHOLE_BEFORE for t in before):
        return True
    after = sentence.text[quantity.end :][:20].lower()
    if re.match(r"\W*(?:in\s+(?:total|all)|altogether)\b", after):
        return True
    # "taking the fund's lending since the flood to 7.2 million": the figure is the object of a "to"
    # that a raising verb governs.
    for token in (first, last, *(t.head for t in tokens)):
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in RAISING:
            return True
    return False


def prefer_totals(sentence: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """The figures a sentence tells as a total, else those it does not tell as an addition, else all."""
    whole = [q for q in quantities if told_as_total(sentence, q)]
    if whole:
        return whole
    return [q for q in quantities if not added(sentence, q)] or quantities
