"""Who a figure is from when no one in its sentence speaks, and counts whose noun opens a quote
(sentences of our own)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str):
    document = Document(id="src", source_uri="mem", text=text, published="2024-05-02")
    return pipeline.analyze(document).facts


def test_according_to_names_the_figures_source(pipeline):
    text = (
        "According to the Kenyan foreign ministry, Ugandan soldiers crossed the river on Sunday and "
        "arrested 16 Kenyan herders."
    )
    (fact,) = _facts(pipeline, text)
    assert (fact.kind, fact.value) == ("detained", 16.0)
    assert "foreign ministry" in (fact.attributed_to or "").lower()


def test_a_speaker_outranks_a_source_cited_in_passing(pipeline):
    text = (
        "Colonel Amos Wekesa said on Monday that 12 herders had been arrested, according to figures "
        "from the county police."
    )
    (fact,) = _facts(pipeline, text)
    assert "Wekesa" in (fact.attributed_to or "")


def test_a_count_whose_noun_opens_a_quote(pipeline):
    text = 'The army said patrols had detained nine "individuals without identity papers" on the river bank.'
    assert [(f.kind, f.value) for f in _facts(pipeline, text)] == [("detained", 9.0)]
