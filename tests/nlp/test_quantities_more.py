"""A count told as an increment ("400 more people"), in sentences of our own: the people are counted even
though the parse hangs "more" on the number."""

from __future__ import annotations

from bilat.models import Document


def _people(pipeline, text: str):
    document = Document(id="m", source_uri="mem", text=text, published="2024-05-02")
    return [(q.text, q.value) for q in pipeline.analyze(document).quantities if q.unit == "people"]


def test_more_people_are_counted(pipeline):
    text = "Minister Ana Ruiz asked Caracas for travel documents for 250 more people awaiting removal."
    assert _people(pipeline, text) == [("250 more people", 250.0)]


def test_additional_soldiers_are_counted(pipeline):
    assert _people(pipeline, "Kenya will send 300 additional soldiers to Somalia next month.") == [
        ("300 additional soldiers", 300.0)
    ]
