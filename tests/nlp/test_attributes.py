"""The cached attribute ruler and lemmatizer give every token the tag, POS, morphology, lemma and
dependency the model's own ruler and lemmatizer give, on the seeds and a sample of VOA stories."""

from __future__ import annotations

import json

import pytest

from bilat.nlp.pipeline import build_nlp


def _texts(shared) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))]
    with (shared / "corpus" / "voa" / "voa_stories.jsonl").open(encoding="utf-8") as lines:
        texts += [json.loads(line)["text"] for line in list(lines)[::9]]
    return texts


def _attributes(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.mark.slow
def test_attributes_same_as_the_models_ruler(shared, resources, nlp):
    reference = build_nlp(resources, fast_attributes=False)
    assert "attribute_ruler" in reference.pipe_names and "bilat_attributes" in nlp.pipe_names
    assert "lemmatizer" in reference.pipe_names and "bilat_lemmas" in nlp.pipe_names
    texts = _texts(shared)
    tokens = 0
    for fast, slow in zip(nlp.pipe(texts), reference.pipe(texts), strict=True):
        assert _attributes(fast) == _attributes(slow)
        tokens += len(fast)
    assert tokens > 5000


def test_patterns_over_several_tokens_apply_and_are_skipped_only_where_none_can_open(resources, nlp):
    """The ruler's patterns over several tokens ("there is", "let's", "y'all") run only in a document with
    a token that may open one; with or without such a token, every token is the model's ruler's."""
    reference = build_nlp(resources, fast_attributes=False)
    texts = [
        "There is no deal yet, and there were talks in Tarn. Let's wait, y'all said.",
        "We're gonna sign it, the envoy of Ardenia said on Monday.",
        "The envoy of Ardenia signed the accord on Monday in Tarn.",
        "",
    ]
    for fast, slow in zip(nlp.pipe(texts), reference.pipe(texts), strict=True):
        assert _attributes(fast) == _attributes(slow)
    there = nlp(texts[0])[1]
    assert there.lower_ == "is" and there.pos_ == "VERB"  # set by the "there is" pattern
