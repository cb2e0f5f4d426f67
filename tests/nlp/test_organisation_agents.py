"""People, units and craft of an organisation of no country ("UN monitors", "EU foreign ministers") act
for that organisation. Every sentence is our own writing."""

from __future__ import annotations

from bilat.models import Document


def _events(pipeline, text: str):
    document = Document(id="t", source_uri="mem", text=text, published="2023-05-10")
    return pipeline.analyze(document).events


def _brief(events):
    return {(e.cameo[:2], e.source.name, e.target.country if e.target else None) for e in events}


def test_organisation_officials_act_for_it(pipeline):
    events = _events(pipeline, "European Union foreign ministers on Monday condemned Peru.")
    assert ("11", "European Union", "PER") in _brief(events)


def test_organisation_forces_act_for_it(pipeline):
    events = _events(pipeline, "United Nations peacekeepers on Monday attacked Chad.")
    assert any(e.source.name == "United Nations" and e.target and e.target.country == "TCD" for e in events)


def test_a_document_of_the_organisation_is_no_actor(pipeline):
    # A report is no one who acts: the organisation is not made its author's actor here.
    events = _events(pipeline, "A United Nations report on Monday criticised Chad.")
    assert not any(e.source.name == "United Nations" for e in events)


def test_a_nationality_still_decides(pipeline):
    events = _events(pipeline, "Peruvian officials on Monday accused Chad.")
    assert all(e.source.country == "PER" for e in events if e.cameo[:2] == "11")
