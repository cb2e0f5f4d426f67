"""A state's bodies named by a common noun and a nationality are actors of that state."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _organisations(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: a for a in index.actors if a.kind == "organisation"}


def test_a_coast_guard_with_a_nationality_is_an_actor_of_that_state(nlp, resources):
    found = _organisations(nlp, resources, "The Omani coast guard towed the dhow to Khasab on Sunday.")
    guard = found["Omani coast guard"]
    assert guard.country == "OMN"
    assert guard.sector == "MIL"
    assert "coast guard" in guard.aliases


def test_a_ministry_under_a_possessive_state(nlp, resources):
    found = _organisations(
        nlp, resources, "Chile's foreign ministry said the consulate would stay open over the weekend."
    )
    assert found["Chile's foreign ministry"].country == "CHL"


def test_border_troops_with_a_nationality(nlp, resources):
    found = _organisations(nlp, resources, "Uzbek border troops returned fire near the crossing.")
    assert found["Uzbek border troops"].country == "UZB"


def test_a_body_with_no_nationality_is_no_actor(nlp, resources):
    found = _organisations(nlp, resources, "The coast guard rescued eleven fishermen near the island.")
    assert not any("coast guard" in name.lower() for name in found)


def test_a_noun_modifying_another_is_not_the_body(nlp, resources):
    # The vessels are no body; the navy they sail for is the actor (``bodies.bodies_of_craft``).
    found = _organisations(nlp, resources, "Two Omani navy vessels sailed past the island.")
    assert not any("vessels" in name for name in found)
    assert found["Omani navy"].country == "OMN"


def test_a_state_fund_named_on_after_its_head(nlp, resources):
    found = _organisations(
        nlp,
        resources,
        "Ghana will borrow 40 million dollars from the Kuwaiti Fund for Development for two hospitals.",
    )
    assert found["Kuwaiti Fund for Development"].country == "KWT"
