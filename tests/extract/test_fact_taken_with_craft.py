"""People "taken" in a sentence that tells their craft stopped or taken too are detained with it; people
taken to hospital, or taken in a sentence of no craft, are not (sentences written for the tests)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str):
    document = Document(id="tc", source_uri="mem", text=text, published="2024-08-30")
    return [(f.kind, f.value) for f in pipeline.analyze(document).facts]


def test_crews_taken_with_their_boats_are_detained(pipeline):
    text = (
        "Eritrean patrol boats stopped three Yemeni dhows off the Hanish islands on Monday and took "
        "14 fishermen to the port of Assab, Yemen's fisheries ministry said."
    )
    assert ("detained", 14.0) in _facts(pipeline, text)


def test_people_taken_to_hospital_or_with_no_craft_are_not(pipeline):
    cared = (
        "Eritrean patrol boats found a capsized Yemeni dhow on Monday and took 14 fishermen to hospital "
        "in Assab, Yemen's fisheries ministry said."
    )
    assert ("detained", 14.0) not in _facts(pipeline, cared)
    bus = "Eritrea took 14 Yemeni students on a tour of Asmara on Monday, the ministry said."
    assert ("detained", 14.0) not in _facts(pipeline, bus)
