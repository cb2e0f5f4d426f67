"""Per-document readings of a spaCy ``Doc`` that the stages repeat, made once and kept in its ``user_data``.

``Doc.text`` is rebuilt from every token on each access (a join over ``text_with_ws``); the stages read it
hundreds of times per story (news day, datelines, paragraph breaks), which cost about a tenth of the build.
A dozen stages walk every token only to find a few words ("visit", "summon", the hosting verbs): each walk
makes a Python object per token. The text and the lemmas never change after the pipeline, so both are read
once: the text as a string, the lemmas as an index from lower-cased lemma to token positions.
``Doc.ents`` is also rebuilt on each access (a ``Span`` per entity from a walk over every token): the
people rules read it once per name, which cost a tenth of the build; it is kept until the entities change.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, LOWER, POS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TEXT = "bilat.text"
_LEMMAS = "bilat.lemmas"
_LOWERS = "bilat.lowers"
_SENTS = "bilat.sentences"
_ENTS = "bilat.ents"
_TREE = "bilat.tree"
# A document marked so is read afresh at every call: the pipeline's choice (``Pipeline(...,
# cache_readings=False)``, only in the test that shows the cache changes no result), kept on the document
# itself, so no module state decides how another caller's documents are read.
_UNCACHED = "bilat.uncached"
_READINGS = (_TEXT, _LEMMAS, _LOWERS, _SENTS, _ENTS, _TREE)


def uncached(doc: Doc) -> Doc:
    """``doc``, its kept readings dropped and every later reading made afresh from the tokens."""
    for key in _READINGS:
        doc.user_data.pop(key, None)
    doc.user_data[_UNCACHED] = True
    return doc


def cached(doc: Doc) -> bool:
    return _UNCACHED not in doc.user_data


def doc_text(doc: Doc) -> str:
    # Read some hundred thousand times a build: a kept text is returned at once (only a cached document
    # keeps one, ``uncached`` drops it).
    text = doc.user_data.get(_TEXT)
    if text is not None:
        return text
    if not cached(doc):
        return doc.text
    text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text`` cut from the document's text instead of joined from every token of the span."""
    doc = span.doc
    text = doc.user_data.get(_TEXT)
    if text is None:
        if not cached(doc):
            return span.text
        text = doc_text(doc)
    return text[span.start_char : span.end_char]


def doc_sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, made once: the sentences never change after the pipeline."""
    if not cached(doc):
        return list(doc.sents)
    found = doc.user_data.get(_SENTS)
    if found is None:
        found = doc.user_data[_SENTS] = (list(doc.sents), [s.start for s in doc.sents])
    return found[0]


_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, rebuilt only when the entities have changed: the actor rules set ``doc.ents`` while
    they read it, so the kept tuple is keyed by the tokens' entity attributes, read from one array (a few
    microseconds, against a ``Span`` per entity and a Python object per token for ``doc.ents``)."""
    if not cached(doc):
        return doc.ents
    key = doc.to_array(_ENT_ATTRS).tobytes()
    found = doc.user_data.get(_ENTS)
    if found is None or found[0] != key:
        found = doc.user_data[_ENTS] = (key, doc.ents)
    return found[1]


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside the span, in order) from the kept entities: spaCy's walks
    ``doc.ents``, rebuilt from every token, at each call."""
    if not cached(span.doc):
        return span.ents
    found = []
    for entity in doc_ents(span.doc):
        if entity.start >= span.start:
            if entity.end > span.end:
                break
            found.append(entity)
    return found


def sentence_index(doc: Doc, i: int) -> int:
    """The position in ``doc_sentences(doc)`` of the sentence holding token ``i``."""
    doc_sentences(doc)
    if not cached(doc):
        return next(n for n, s in enumerate(doc.sents) if s.start <= i < s.end)
    return bisect_right(doc.user_data[_SENTS][1], i) - 1


def sentence_of(token: Token) -> Span:
    """``token.sent`` from the kept sentences: ``token.sent`` walks the tokens to both edges of the
    sentence at each call (a Python object per token)."""
    doc = token.doc
    if not cached(doc):
        return token.sent
    return doc_sentences(doc)[sentence_index(doc, token.i)]


@dataclass(frozen=True)
class Tree:
    """The parse as lists by token position: each token's children (in text order, as ``Token.children``
    gives them), dependency label, lower-cased form and part of speech. A rule that looks for a few
    children ("the objects of 'with'") tests them here and makes a ``Token`` only for those it keeps."""

    children: list[list[int]]
    deps: list[str]
    lowers: list[str]
    pos: list[str]


def dependency_tree(doc: Doc) -> Tree | None:
    """The document's ``Tree``, made once; None for a document read afresh (the caller walks the tokens)."""
    if not cached(doc):
        return None
    tree = doc.user_data.get(_TREE)
    if tree is None:
        strings = doc.vocab.strings
        rows = doc.to_array([HEAD, DEP, LOWER, POS])
        # The head is stored as an offset, negative for a head to the left: read back as signed.
        heads = rows[:, 0].astype(np.uint64).view(np.int64).tolist()
        children: list[list[int]] = [[] for _ in heads]
        for i, offset in enumerate(heads):
            if offset:
                children[i + offset].append(i)
        deps, lowers, pos = ([strings[v] for v in column] for column in rows[:, 1:].T.tolist())
        tree = doc.user_data[_TREE] = Tree(children, deps, lowers, pos)
    return tree


def children_with(token: Token, deps: Collection[str]) -> list[Token]:
    """``[c for c in token.children if c.dep_ in deps]``, a ``Token`` made only for the children kept."""
    tree = dependency_tree(token.doc)
    if tree is None:
        return [c for c in token.children if c.dep_ in deps]
    return [token.doc[c] for c in tree.children[token.i] if tree.deps[c] in deps]


def positions(doc: Doc, attr: int, value: int) -> list[int]:
    """The positions of the tokens whose ``attr`` (a ``spacy.attrs`` id) is ``value`` (a symbol or a
    string's hash), read from one array: no Python object for the other tokens."""
    return [i for i, v in enumerate(doc.to_array(attr).tolist()) if v == value]


def with_lemma(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens whose lower-cased lemma is one of ``lemmas``, in text order: what
    ``[t for t in doc if t.lemma_.lower() in lemmas]`` gives, without a Python object per token."""
    if not cached(doc):
        return [t for t in doc if t.lemma_.lower() in lemmas]
    return _tokens(doc, _LEMMAS, LEMMA, lemmas)


def with_lower(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens whose lower-cased text is one of ``words``, in text order (``t.lower_ in words``)."""
    if not cached(doc):
        return [t for t in doc if t.lower_ in words]
    return _tokens(doc, _LOWERS, LOWER, words)


def _tokens(doc: Doc, key: str, attr: int, wanted: Collection[str]) -> list[Token]:
    index = doc.user_data.get(key)
    if index is None:
        index = doc.user_data[key] = _index(doc, attr)
    # The smaller side is walked: a few words against a document's vocabulary, or a large table.
    if len(wanted) <= len(index):
        lists = [index[w] for w in wanted if w in index]
    else:
        lists = [positions for w, positions in index.items() if w in wanted]
    return [doc[i] for i in sorted(i for positions in lists for i in positions)]


def _index(doc: Doc, attr: int) -> dict[str, list[int]]:
    """Lower-cased value of ``attr`` → the positions holding it."""
    # The positions grouped by value with numpy (one sort), not a Python step per token.
    values, groups = np.unique(doc.to_array(attr), return_inverse=True)
    order = np.argsort(groups, kind="stable").tolist()
    ends = np.cumsum(np.bincount(groups, minlength=len(values))).tolist()
    index: dict[str, list[int]] = {}
    start = 0
    for value, end in zip(values.tolist(), ends, strict=True):
        # Lemmas differing only in case ("Visit", "visit") share one lower-cased entry, in text order.
        index.setdefault(doc.vocab.strings[value].lower(), []).extend(order[start:end])
        start = end
    for positions in index.values():
        positions.sort()
    return index
