"""A verb bilat's own line codes but finds no party for, read by the dictionary's pattern of the same kind
of act ("ratified a trade pact with the African Union": the object's preposition names the partner).
Every sentence is our own writing."""

from __future__ import annotations


def _brief(events):
    return {(e.cameo[:2], e.source.country, e.target.name if e.target else None) for e in events}


def test_partner_in_the_objects_preposition(code):
    events = code("Kenyan lawmakers on Monday endorsed a cooperation accord with the European Union.")
    assert ("05", "KEN", "European Union") in _brief(events)
    # The act stays a support act: the dictionary's reading of another kind is not taken instead.
    assert all(e.cameo[:2] == "05" for e in events if e.source.country == "KEN")


def test_without_a_named_partner_the_act_stays_one_sided(code):
    events = code("Kenyan lawmakers on Monday endorsed the new budget.")
    assert all(e.target is None for e in events if e.cameo[:2] == "05")
