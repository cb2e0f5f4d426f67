"""A firm named first and described after it: "Transgazco, the Bulgarian pipeline operator, said …". The
nationality on the describing noun is the firm's state, as it is when the noun comes first
(``bilat.nlp.bodies.described_firms``); with no nationality nothing is read, since the home side's firm is
the one left unmarked only where the noun leads."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from bilat.nlp.bodies import FIRM_NAME_LABELS, FIRM_NOUNS, MAX_FIRM_WORDS, DescribedFirm
from bilat.nlp.doctext import with_lower

ARTICLES = {"the", "a", "an"}
CLOSERS = {",", ".", ";"}


def _name_start(doc: Doc, end: int, country_of: dict[int, str]) -> int:
    """Where the capitalised words that end right before ``end`` begin (``end`` when none do)."""
    start = end
    while start > 0 and end - start < MAX_FIRM_WORDS + 1:
        word = doc[start - 1]
        if not word.is_alpha or not (word.is_title or word.is_upper) or start - 1 in country_of:
            break
        if word.ent_type_ not in FIRM_NAME_LABELS:
            break
        start -= 1
        if word.is_sent_start:
            break
    return start


def firms_described_after(
    doc: Doc, country_of: dict[int, str], nationality_of: Callable[[Token], str | None]
) -> list[DescribedFirm]:
    found: list[DescribedFirm] = []
    for token in with_lower(doc, FIRM_NOUNS):
        if token.lower_ not in FIRM_NOUNS or not token.is_lower or token.pos_ != "NOUN":
            continue
        first = token.left_edge.i
        if doc[first].lower_ not in ARTICLES or first < 2 or doc[first - 1].text != ",":
            continue
        after = token.right_edge.i + 1
        if after < len(doc) and doc[after].text not in CLOSERS:
            continue  # only an apposition closed by a comma or the sentence's end describes the name
        end = first - 1
        start = _name_start(doc, end, country_of)
        if start == end or end - start > MAX_FIRM_WORDS:
            continue
        opens = doc[start].is_sent_start or not doc[start - 1].is_alpha or doc[start - 1].is_lower
        name = doc[start:end]
        if not opens or any(t.ent_type_ == "PERSON" for t in name):
            continue  # "Ana Ruiz, the Chilean miner": a person's name
        country = nationality_of(token)
        if country is not None:
            found.append(DescribedFirm(start, end, name.text, country))
    return found
