"""In a story about two states alone, who hosts the other side's envoy or guest, or visits the other
side, while named with no country of their own, acts for the first state. Sentences written for these
tests."""

from __future__ import annotations

SUMMONS = "On Monday, the department of international relations summoned Fiji's high commissioner, Ratu Lala."


def _pairs(events):
    return {(e.root, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_a_body_with_no_country_summons_for_the_other_side(code):
    story = "Tonga and Fiji signed a fisheries agreement on Tuesday. " + SUMMONS
    events = code(story, published="2025-03-13")
    assert ("11", "TON", "FJI", "2025-03-10") in _pairs(events)


def test_a_story_about_more_than_the_pair_gives_the_body_no_country(code):
    story = (
        "Tonga, Samoa and Fiji signed a fisheries agreement on Tuesday, and Vanuatu and Australia "
        "welcomed it. " + SUMMONS
    )
    events = code(story, published="2025-03-13")
    assert not any(
        e.root == "11" and e.source.country for e in events if e.target and e.target.country == "FJI"
    )
