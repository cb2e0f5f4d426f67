"""A state's armed service named by "its" after the state that is the sentence's subject."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _organisations(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: a for a in index.actors if a.kind == "organisation"}


def test_its_navy_after_a_state_subject_is_that_states_navy(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Ghana on Monday rejected a Spanish demand to release the crew of a tanker seized by its navy.",
    )
    assert orgs["Ghanaian navy"].country == "GHA"
    assert orgs["Ghanaian navy"].aliases == ["navy"]
    assert orgs["Ghanaian navy"].sector == "MIL"


def test_its_coast_guard_keeps_both_words(nlp, resources):
    orgs = _organisations(
        nlp, resources, "Senegal said on Friday that its coast guard had rescued 40 migrants."
    )
    assert orgs["Senegalese coast guard"].country == "SEN"


def test_its_after_a_body_subject_names_no_state_service(nlp, resources):
    orgs = _organisations(nlp, resources, "The shipping company said its guard had left the vessel in Accra.")
    assert not any(name.endswith("guard") for name in orgs)
