"""A state's armed services named without their state ("the Royal Air Force", "the U.S. Army") are its
organisations, and a listed name followed by another state ("the Royal Navy of Oman") is that state's."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _organisations(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {(a.name, a.country) for a in index.actors if a.kind == "organisation"}


def test_listed_armed_service_is_its_states(nlp, resources):
    found = _organisations(nlp, resources, "Two Royal Air Force jets escorted the airliner out of the zone.")
    assert ("Royal Air Force", "GBR") in found


def test_listed_name_of_another_state_is_that_states(nlp, resources):
    found = _organisations(nlp, resources, "The Royal Navy of Oman towed the disabled dhow to port.")
    assert ("Royal Navy", "GBR") not in found
