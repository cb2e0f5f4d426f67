"""People an act is only asked for, people a hazard affected and people an industry employs are no
counts between states (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.models import Document


def _read(pipeline, text: str, published: str = "2024-09-20"):
    document = Document(id="s", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value) for f in pipeline.analyze(document).facts]


@pytest.mark.parametrize(
    "text",
    [
        "The minister urged the Togolese authorities to release the remaining 25 drivers and to return "
        "their lorries.",
        "Benin asked Niger to free the 30 fishermen.",
        "The United Nations says 2.1 million Malawians are affected by the drought.",
        "Chile landed about 90,000 tonnes of hake last year, and the industry employs some 6,000 people "
        "in Valparaiso.",
    ],
)
def test_no_count_of_people(pipeline, text):
    assert [kind for kind, _ in _read(pipeline, text) if kind not in {"catch"}] == []


def test_people_held_stay_counted_in_a_request_for_their_release(pipeline):
    text = "Togo asked Lome's neighbour Benin to free 24 Togolese drivers detained by police at the border."
    assert ("detained", 24.0) in _read(pipeline, text)


def test_people_released_are_counted(pipeline):
    assert _read(pipeline, "Niger released 30 Beninese fishermen on Tuesday.") == [("released", 30.0)]


def test_of_them_points_back_past_a_sentence_without_a_count(pipeline):
    text = (
        "Togo asked Benin to free 16 Togolese lorry drivers detained at the Hilla-Condji post. "
        "Beninese customs accused the drivers of carrying contraband fuel. "
        "Ten of them were released on Thursday without charge."
    )
    read = _read(pipeline, text)
    assert ("detained", 16.0) in read
    assert ("released", 10.0) in read


def test_people_who_work_across_a_border_are_counted(pipeline):
    text = (
        "Niger protested over the detention in northern Mali of 42 Nigerien gold prospectors and truck "
        "drivers."
    )
    assert ("detained", 42.0) in _read(pipeline, text)
