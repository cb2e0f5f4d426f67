"""Quantities on sentences of our own: counts of people, number words, ranges and numbers in names."""

from __future__ import annotations

import pytest

from bilat.models import Document


def _analyze(pipeline, text: str):
    return pipeline.analyze(Document(id="q", source_uri="mem", text=text, published="2024-04-18"))


def _quantities(pipeline, text: str) -> list[tuple[str, float, str]]:
    document = Document(id="q", source_uri="mem", text=text, published="2024-04-18")
    return [(q.text, q.value, q.unit) for q in pipeline.analyze(document).quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The counted noun comes first when a verb follows it.
        ("Forty soldiers were wounded near the border.", ("Forty soldiers", 40.0, "people")),
        ("Two hundred prisoners escaped overnight.", ("Two hundred prisoners", 200.0, "people")),
        # A nationality in the plural counts people.
        ("Thailand sent home 60 Cambodians last week.", ("60 Cambodians", 60.0, "people")),
        # The first end of a range takes the scale of the second.
        ("Egypt is seeking a loan of $3-5 billion.", ("$3", 3e9, "USD")),
    ],
)
def test_quantities_counts_and_ranges(pipeline, text, expected):
    assert expected in _quantities(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "No one is dead after the quake, officials said.",  # "one is dead" counts nobody
        "Poland ordered more FA-50 fighters from Seoul.",  # a number inside a name
        "It was often people from the villages who came.",  # "ten" inside "often"
        "The two men discussed the dispute over lunch.",  # people named before, not a count
    ],
)
def test_quantities_words_that_are_no_count(pipeline, text):
    assert [q for q in _quantities(pipeline, text) if q[2] == "people"] == []


def test_quantities_first_end_of_a_range_is_a_floor(pipeline):
    quantities = _analyze(pipeline, "Egypt is seeking a loan of $3-5 billion.").quantities
    (low,) = [q for q in quantities if q.text == "$3"]
    assert (low.value, low.approx) == (3e9, "over")
