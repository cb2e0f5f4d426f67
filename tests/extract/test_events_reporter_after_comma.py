""" ", and denied …" after a reported clause with a clause of its own inside: the speaker's denial, not the
inner clause's. Sentences written for these tests."""

from __future__ import annotations

STORY = (
    "Ecuador recalls envoy from Colombia\n\n"
    "QUITO — Ecuador recalled its ambassador from Colombia on Monday over the expulsion of Ecuadorian "
    "street vendors from Cali. "
)


def _brief(events):
    return {(e.cameo[:2], e.source.country, e.target.country if e.target else None) for e in events}


def test_denial_after_comma_and_is_the_speakers(code):
    events = code(
        STORY + "Colombian deputy minister Lucia Ortega said on Tuesday the vendors were sent back because "
        "they had no permits, and denied any political motive.\n"
    )
    assert ("12", "COL", "ECU") in _brief(events)


def test_act_without_comma_stays_in_the_report(code):
    events = code(
        STORY + "Colombian deputy minister Lucia Ortega said on Tuesday the police stopped the vendors "
        "because they carried goods and accused them of smuggling.\n"
    )
    assert ("11", "COL", "ECU") not in _brief(events)
