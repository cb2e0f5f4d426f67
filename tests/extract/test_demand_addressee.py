"""A demand that one's own people be freed is aimed at the other side, not at the people; a demand that
the other side's forces be withdrawn is aimed at that side. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_demand_that_a_detained_citizen_be_freed_is_aimed_at_the_holder(code):
    events = code(
        "ATHENS — Greece summoned Albania's ambassador on Thursday over the jailing of a mayor. "
        "Foreign Minister Katerina Vlachou demanded that the mayor be released."
    )
    brief = _brief(events)
    assert ("10", "GRC", "ALB") in brief
    assert ("10", "GRC", "GRC") not in brief


def test_demand_that_foreign_troops_be_withdrawn(code):
    events = code("Somalia demanded on Monday that Ethiopian troops be withdrawn.")
    assert ("10", "SOM", "ETH") in _brief(events)


def test_demand_that_the_other_state_act(code):
    events = code("Somalia demanded on Monday that Ethiopia withdraw its troops.")
    assert ("10", "SOM", "ETH") in _brief(events)


def test_an_investigation_expected_is_demanded_of_the_other_side(code):
    # "expected a full investigation": the act expected of the other side, named by its noun.
    events = code(
        "Laos protests to Cambodia over stranded lorries\n\n"
        "VIENTIANE — Laos summoned Cambodia's ambassador on Monday over lorries stranded at the frontier, "
        "the Lao foreign ministry said.\n\n"
        "Deputy Foreign Minister Sone Vilay said Laos expected a full investigation.\n"
    )
    assert any(e.root == "10" and e.source.country == "LAO" and e.target.country == "KHM" for e in events)
