"""Telling a side what the same sentence codes as another act ("summoned the ambassador and told him …")
is the vehicle of that act, not a second event of the pair. Sentences written for these tests."""

from __future__ import annotations


def _pairs(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_telling_the_summoned_envoy_is_no_second_event(code):
    events = code(
        "MADRID — Spain summoned Portugal's ambassador on Tuesday and told him that the fishing ban was "
        "unacceptable.",
        published="2025-03-13",
    )
    pairs = _pairs(events)
    assert ("111", "ESP", "PRT") in pairs
    assert ("010", "ESP", "PRT") not in pairs
    assert ("010", "ESP", None) in pairs


def test_telling_a_side_with_no_other_act_stays_an_event(code):
    events = code(
        "MADRID — Spain told Portugal on Tuesday that the fishing season would open in May.",
        published="2025-03-13",
    )
    assert any(e.root == "01" and e.target and e.target.country == "PRT" for e in events)


def test_a_statement_beside_an_accusation_is_no_second_event(code):
    events = code(
        "LISBON — Foreign Minister Duarte Vilaça accused Madrid on Tuesday of ignoring the fishing accord "
        "and said Portugal would review its quotas.",
        published="2025-03-13",
    )
    pairs = _pairs(events)
    assert any(c.startswith("11") and s == "PRT" and t == "ESP" for c, s, t in pairs)
    assert ("010", "PRT", "ESP") not in pairs
