"""A part of a sum told without its currency: "a fund of 2 billion USD, of which Ruritania is to give
800 million". The tagger reads only the whole as money; the relative clause says the part is of it, so it
is counted in the whole's currency.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from bilat.ask.question import money_words
from bilat.ask.typed import MONEY
from bilat.models import Quantity

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def part_sum(sentence: Doc, quantities: list[Quantity], act: Token | None) -> tuple[str, str] | None:
    """(value, words) of the scaled number the act takes as its object when the act is a relative clause
    of a sum of money ("of which X would contribute 800 million"); None otherwise."""
    if act is None or act.dep_ != "relcl":
        return None
    whole = [q for q in quantities if q.unit in MONEY and q.start <= act.head.idx < q.end]
    if len(whole) != 1:
        return None
    for token in act.children:
        if token.dep_ != "dobj" or token.lower_ not in SCALES:
            continue
        if any(q.start <= token.idx < q.end for q in quantities):
            return None  # the tagger read the part as a quantity of its own
        numbers = [c for c in token.children if c.dep_ in {"compound", "nummod"} and c.like_num]
        if len(numbers) != 1:
            return None
        try:
            value = float(numbers[0].text.replace(",", "")) * SCALES[token.lower_]
        except ValueError:
            return None
        # The part is told in the whole's own currency; its value, like the whole's, in the unit bilat
        # converts sums to.
        own = whole[0].original_value or whole[0].value
        converted = value * whole[0].value / own if own else value
        words = money_words(converted, whole[0].unit, value, whole[0].original_unit or whole[0].unit)
        return f"{converted:g}", f"{numbers[0].text} {token.text} ({words})"
    return None
