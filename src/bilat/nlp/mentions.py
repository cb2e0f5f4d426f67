"""Entity mentions as the actors' reader counts them: the sentence each token is in, the state a place or
nationality entity names, and the two states a story names most (its pair).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from bilat.models import Mention
from bilat.nlp.affiliation import region_of
from bilat.nlp.countries import Gazetteer
from bilat.nlp.doctext import doc_sentences, span_text
from bilat.nlp.misspellings import misspelled_state
from bilat.resources import Resources


def sentence_numbers(doc: Doc) -> list[int]:
    numbers, current = [0] * len(doc), -1
    for sent in doc_sentences(doc):
        if span_text(sent).strip():
            current += 1
        numbers[sent.start : sent.end] = [max(current, 0)] * (sent.end - sent.start)  # no token objects
    return numbers


def entity_country(ent: Span, gazetteer: Gazetteer, resources: Resources | None = None) -> str | None:
    if region_of(ent, gazetteer):
        return None  # "British Columbia": a region, whatever id its first word's nationality left on it
    if ent.ent_id_ and ent.ent_id_ != "-":
        return ent.ent_id_
    if ent.label_ in {"GPE", "NORP"}:
        known = gazetteer.country_of(ent.text)
        if known is None and ent.label_ == "GPE" and resources is not None:
            return misspelled_state(ent.text, gazetteer, resources)  # "Ethopia"
        return known
    return None


def country_pair(mentions: list[Mention]) -> tuple[str, str] | None:
    """The two countries an article is about: the two most mentioned (a bilateral story's pair)."""
    top = Counter(m.country for m in mentions if m.country and m.label in {"GPE", "NORP"}).most_common(2)
    return (top[0][0], top[1][0]) if len(top) == 2 else None


def clear_pair(mentions: list[Mention]) -> tuple[str, str] | None:
    """The article's pair when no third state is named as often as its second: a story about two states,
    not one of several told alike ("Tonga, Samoa and Fiji signed …")."""
    top = Counter(m.country for m in mentions if m.country and m.label in {"GPE", "NORP"}).most_common(3)
    if len(top) < 2 or (len(top) == 3 and top[2][1] >= top[1][1]):
        return None
    return top[0][0], top[1][0]
