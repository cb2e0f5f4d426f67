"""Readings kept once per ``Doc`` (bilat.nlp.doctext): the same text and tokens, and the same analyses."""

from __future__ import annotations

from itertools import islice

import pytest
from spacy.tokens import Span

from bilat.ingest import read_sources, to_document
from bilat.nlp.context import unaccented
from bilat.nlp.doctext import (
    children_with,
    dependency_tree,
    doc_ents,
    doc_sentences,
    doc_text,
    sentence_index,
    sentence_of,
    span_ents,
    span_text,
    uncached,
    with_lemma,
    with_lower,
)
from bilat.pipeline import Pipeline

VOA_SAMPLE = 12


def test_the_text_is_the_docs_and_read_once(nlp):
    doc = nlp("The envoy left Oslo on Monday.\n\nTalks resume in Rome next week.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # the kept string, not a new join over the tokens


def test_tokens_by_lemma_are_the_walks_over_every_token(nlp):
    doc = nlp(
        "The minister received her counterpart. Visits resumed after a visit in May, and the envoy "
        "was received again.\nVisit reports said the hosts had received them."
    )
    for lemmas in ({"receive"}, {"visit", "counterpart"}, {"host", "receive", "welcome"}, {"absent"}):
        walked = [t.i for t in doc if t.lemma_.lower() in lemmas]
        assert [t.i for t in with_lemma(doc, lemmas)] == walked
    assert len(with_lemma(doc, {"receive"})) == 3
    for words in ({"visit"}, {"the", "received"}, set(nlp.vocab.strings)):
        assert [t.i for t in with_lower(doc, words)] == [t.i for t in doc if t.lower_ in words]


def test_sentences_and_their_text_are_spacys(nlp):
    doc = nlp(
        "Ardenia recalled its envoy on Friday.\n\nThe ministry said talks would wait. Borovia's premier, "
        "Ivo Marek, called it a mistake.\nHe spoke in Tarn."
    )
    sentences = doc_sentences(doc)
    assert [(s.start, s.end) for s in sentences] == [(s.start, s.end) for s in doc.sents]
    assert doc_sentences(doc) is sentences  # made once
    for token in doc:
        assert sentences[sentence_index(doc, token.i)] == token.sent
    for span in [*doc.sents, *doc.ents, doc[2:5]]:
        assert span_text(span) == span.text


def test_entities_are_spacys_and_follow_their_changes(nlp):
    doc = nlp("Ardenian Foreign Minister Lena Holt met Ivo Marek of Borovia in Tarn on Monday.")
    ents = doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_ents(doc) is ents  # kept while the entities stay as they are
    doc.ents = [*doc.ents[:-1], Span(doc, len(doc) - 3, len(doc) - 1, label="DATE")]
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    doc.ents = []
    assert doc_ents(doc) == ()


def test_unaccented_drops_accents_letter_for_letter():
    for text in ("ASUNCIÓN, Aug 9 — Bogotá’s envoy", "plain words", "", "Ñuñoa – Zürich"):
        plain = unaccented(text)
        assert len(plain) == len(text)
    assert unaccented("ASUNCIÓN, Aug 9 — Bogotá’s") == "ASUNCION, Aug 9 — Bogota’s"
    assert unaccented("plain words") == "plain words"


def test_a_document_read_afresh_keeps_nothing(nlp):
    doc = nlp("The envoy left Oslo on Monday. Talks resume in Rome.")
    kept = doc_text(doc)
    with_lemma(doc, {"leave"})
    uncached(doc)
    assert doc_text(doc) == kept and doc_text(doc) is not kept  # joined again from the tokens
    assert [t.i for t in with_lemma(doc, {"leave"})] == [2]
    assert doc_sentences(doc) is not doc_sentences(doc)
    assert not {"bilat.text", "bilat.lemmas", "bilat.sentences"} & set(doc.user_data)


def _coded(analysis) -> dict:
    return {
        "events": [e.model_dump(mode="json") for e in analysis.events],
        "facts": [f.model_dump(mode="json") for f in analysis.facts],
        "actors": [a.model_dump(mode="json") for a in analysis.actors],
        "all": analysis.model_dump(mode="json"),
    }


@pytest.mark.slow
def test_the_cache_changes_no_coded_result(shared, seeds, resources, pipeline):
    items = [*read_sources([str(seeds)]), *islice(read_sources([str(shared / "corpus" / "voa")]), VOA_SAMPLE)]
    documents = [to_document(raw, resources) for raw in items if not hasattr(raw, "message")]
    cached = [_coded(a) for a in pipeline.analyze_many(documents)]
    # The choice is the pipeline's own: the shared fixture's documents are still read once.
    reading_afresh = Pipeline(resources, cache_readings=False)
    fresh = [_coded(a) for a in reading_afresh.analyze_many(documents)]
    assert (
        sum(len(c["events"]) for c in cached) > 20
    )  # the sample codes events: the comparison says something
    for with_cache, without in zip(cached, fresh, strict=True):
        assert [e["id"] for e in with_cache["events"]] == [e["id"] for e in without["events"]]
        assert with_cache["facts"] == without["facts"]
        assert with_cache["actors"] == without["actors"]
        assert with_cache["all"] == without["all"]


def test_sentence_of_a_token_is_its_sentence(nlp):
    doc = nlp("Ardenia recalled its envoy.\n\nThe ministry said talks would wait. He spoke in Tarn.")
    for token in doc:
        assert sentence_of(token) == token.sent
    uncached(doc)
    assert all(sentence_of(t) == t.sent for t in doc)


def test_the_entities_of_a_span_are_spacys(nlp):
    doc = nlp("Ardenian Minister Lena Holt met Ivo Marek of Borovia in Tarn on Monday. Talks ended.")
    for span in [*doc.sents, doc[0:4], doc[3:9], doc[0:0], doc[:]]:
        assert [(e.start, e.end, e.label_) for e in span_ents(span)] == [
            (e.start, e.end, e.label_) for e in span.ents
        ]


def test_the_tree_is_the_parse_and_its_readings_are_the_walks(nlp):
    from bilat.extract.arguments import _prep_objects_walked, prep_objects

    doc = nlp(
        "Ardenia signed a pact with Borovia and Tarnia on Monday. The envoy, who was sent to Tarn by the "
        "cabinet, gave Borovia a loan and talked with its minister about trade between the two states."
    )
    tree = dependency_tree(doc)
    assert tree is not None and dependency_tree(doc) is tree  # made once
    for token in doc:
        assert tree.children[token.i] == [c.i for c in token.children]
        assert (tree.deps[token.i], tree.lowers[token.i], tree.pos[token.i]) == (
            token.dep_,
            token.lower_,
            token.pos_,
        )
        assert children_with(token, {"dobj", "nsubj"}) == [
            c for c in token.children if c.dep_ in {"dobj", "nsubj"}
        ]
    found = 0
    for token in doc:
        for preposition in ("with", "to", "by", "between", "about"):
            objects = prep_objects([token, token.head], preposition)
            assert objects == _prep_objects_walked([token, token.head], preposition)
            found += len(objects)
    assert found >= 5
    uncached(doc)
    assert dependency_tree(doc) is None
