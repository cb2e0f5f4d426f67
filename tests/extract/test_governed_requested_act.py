"""The act an infinitive after a noun of asking names ("a demand to free the crew") is asked for, not done.
Sentences written for these tests."""

from __future__ import annotations


def _roots(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_rejected_demand_to_free_is_no_release(code):
    roots = _roots(
        code("Ghana on Thursday rejected a Spanish demand to free the crew of a ship seized by its navy.")
    )
    assert ("12", "GHA", "ESP") in roots
    assert not any(r[0] == "08" for r in roots)


def test_request_to_extradite_is_no_act(code):
    events = code("Ghana turned down a request from Spain to extradite the suspect.")
    assert all(e.trigger != "extradite" for e in events)
