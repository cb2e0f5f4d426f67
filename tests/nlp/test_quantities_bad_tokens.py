"""A token that only looks like a number never costs a document its quantities (sentences of our own)."""

from __future__ import annotations

from bilat.models import Document
from bilat.nlp.number_words import _number


def test_a_scale_word_alone_is_no_number():
    assert _number("million") is None
    assert _number("twenty-odd") is None
    assert _number("1,200") == 1200.0


def test_a_scale_after_an_elided_count_is_read_whole(pipeline):
    text = (
        "The fighting in the province has killed more than 3,000 people since 2019 and displaced "
        "about a million. Exports to Malawi came to 40 million USD last year."
    )
    analysis = pipeline.analyze(Document(id="b", source_uri="mem", text=text, published="2024-05-02"))
    assert analysis.warnings == []
    assert [(q.text, q.value, q.unit) for q in analysis.quantities] == [
        ("more than 3,000 people", 3000.0, "people"),
        ("a million", 1e6, "people"),
        ("40 million USD", 4e7, "USD"),
    ]
