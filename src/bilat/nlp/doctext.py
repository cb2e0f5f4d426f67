"""Per-document readings of a spaCy ``Doc`` that the stages repeat, made once and kept in its ``user_data``.

``Doc.text`` is rebuilt from every token on each access (a join over ``text_with_ws``); the stages read it
hundreds of times per story (news day, datelines, paragraph breaks), which cost about a tenth of the build.
A dozen stages walk every token only to find a few words ("visit", "summon", the hosting verbs): each walk
makes a Python object per token. The text and the lemmas never change after the pipeline, so both are read
once: the text as a string, the lemmas as an index from lower-cased lemma to token positions.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_TEXT = "bilat.text"
_LEMMAS = "bilat.lemmas"
CACHE = True  # off only in the test that shows the cache changes no result


def doc_text(doc: Doc) -> str:
    if not CACHE:
        return doc.text
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def with_lemma(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens whose lower-cased lemma is one of ``lemmas``, in text order: what
    ``[t for t in doc if t.lemma_.lower() in lemmas]`` gives, without a Python object per token."""
    if not CACHE:
        return [t for t in doc if t.lemma_.lower() in lemmas]
    index = doc.user_data.get(_LEMMAS)
    if index is None:
        index = doc.user_data[_LEMMAS] = _lemma_index(doc)
    positions = sorted(i for lemma in lemmas for i in index.get(lemma, ()))
    return [doc[i] for i in positions]


def _lemma_index(doc: Doc) -> dict[str, list[int]]:
    by_hash: dict[int, list[int]] = {}
    for i, key in enumerate(doc.to_array(LEMMA).tolist()):
        by_hash.setdefault(key, []).append(i)
    index: dict[str, list[int]] = {}
    for key, positions in by_hash.items():
        # Lemmas differing only in case ("Visit", "visit") share one lower-cased entry, in text order.
        index.setdefault(doc.vocab.strings[key].lower(), []).extend(positions)
    for positions in index.values():
        positions.sort()
    return index
