"""A bare "later" on a past verb tells the sequel of the day last named; a measured one does not.
Sentences written for these tests."""

from __future__ import annotations

from bilat.models import Document

STORY = (
    "OSLO, June 14, 2024 — Norway expelled two Russian diplomats on Tuesday, the foreign ministry said.\n\n"
    "The ministry said the two had worked for military intelligence.\n\n"
    "Russia denied the charge and said it would respond.\n\n"
    "The embassy in Oslo has about forty staff.\n\n"
    "Norway has expelled Russian diplomats twice since 2022.\n\n"
)


def _calls(pipeline, text: str):
    document = Document(id="t", source_uri="mem", text=text, published="2024-06-14")
    return [
        (e.source.country, e.target.country, e.date)
        for e in pipeline.analyze(document).events
        if e.root == "04"
    ]


def test_relative_day_bare_later_takes_the_day_last_named(pipeline):
    text = (
        STORY
        + "Foreign Minister Ola Brekke later spoke with his Finnish counterpart, Aino Salo, about the case.\n"
    )
    assert ("NOR", "FIN", "2024-06-11") in _calls(pipeline, text)


def test_relative_day_measured_later_is_no_sequel(pipeline):
    text = (
        STORY
        + "Foreign Minister Ola Brekke spoke with his Finnish counterpart, Aino Salo, two years later.\n"
    )
    assert not any(day == "2024-06-11" for _, _, day in _calls(pipeline, text))
