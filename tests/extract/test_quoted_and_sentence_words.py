"""Readings the event rules ask of every word, kept once per document: whether a token is inside a
quotation of its sentence, and the words of a verb's sentence for the dictionary's first pass. Both are
what the walk over the sentence gives. Every sentence is our own writing."""

from __future__ import annotations

from bilat.extract.dictionary import _quoted_in, _sentence_bag, quoted
from bilat.nlp.doctext import uncached

TEXT = (
    'Ardenia\'s envoy said "our two nations will talk" before leaving Tarn. The talks resumed. '
    "“We reject the claim,” the ministry said, adding that ``old ties'' matter. A \"quote that never "
    "closes goes on to the end."
)


def test_quoted_tokens_are_those_the_sentence_walk_finds(nlp):
    doc = nlp(TEXT)
    walked = [t.i for t in doc if _quoted_in(t.sent, t)]
    assert [t.i for t in doc if quoted(t)] == walked
    assert {t.lower_ for t in doc if quoted(t)} >= {"nations", "reject", "old"}
    assert not any(quoted(t) for t in doc if t.lower_ in {"talks", "resumed", "leaving"})
    uncached(doc)
    assert [t.i for t in doc if quoted(t)] == walked


def test_a_sentences_words_are_read_once_and_hold_plural_endings(nlp):
    doc = nlp("The ministers signed two accords in Tarn. Borovia expelled a diplomat.")
    signed = next(t for t in doc if t.lower_ == "signed")
    bag = _sentence_bag(signed)
    assert {"signed", "sign", "ministers", "minister", "accords", "accord", "accordes"} <= bag
    assert "borovia" not in bag
    assert _sentence_bag(next(t for t in doc if t.lower_ == "in")) is bag  # the sentence's, kept
    assert "diplomat" in _sentence_bag(next(t for t in doc if t.lower_ == "expelled"))
