"""Expelling another state's people is deporting them (CAMEO 174); expelling its envoys stays 166.
Sentences written for these tests."""

from __future__ import annotations

STORY = (
    "Malawi summons Zambian envoy over expulsions\n\n"
    "LILONGWE — Malawi summoned Zambia's high commissioner on Wednesday over the expulsions. "
)


def _codes(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_expelled_nationals_are_deported(code):
    events = code(
        STORY + "Zambia expelled more than two thousand Malawians from the Chipata district on Monday.\n"
    )
    assert ("174", "ZMB", "MWI") in _codes(events)


def test_thousands_of_nationals_expelled_are_deported(code):
    events = code(STORY + "In 2015 Zambia expelled thousands of Malawians from the same district.\n")
    assert ("174", "ZMB", "MWI") in _codes(events)


def test_expelled_diplomats_stay_expelled(code):
    events = code(STORY + "Zambia expelled two Malawian diplomats on Monday.\n")
    codes = _codes(events)
    assert ("166", "ZMB", "MWI") in codes
    assert ("174", "ZMB", "MWI") not in codes
