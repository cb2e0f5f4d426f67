"""A mission a state opens or keeps in a city the gazetteers do not place is abroad: in a story about two
states, in the other one. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


PAIR = "Indonesia and India agreed on Tuesday to expand trade in palm oil and rice. "


def test_consulate_planned_in_an_unplaced_city_is_towards_the_other_side(code):
    events = code(
        PAIR + "Indonesia will open a consulate-general in Mumbai next year, its foreign minister said."
    )
    assert ("03", "IDN", "IND") in _brief(events)


def test_consulate_kept_since_a_year_is_dated_and_aimed(code):
    events = code(PAIR + "India has operated a consulate in Surabaya since 1994.")
    assert ("05", "IND", "IDN") in _brief(events)


def test_a_third_state_named_with_the_city_is_the_target(code):
    events = code(PAIR + "Indonesia opened a consulate in Perth, Australia on Tuesday.")
    brief = _brief(events)
    assert ("05", "IDN", "AUS") in brief
    assert ("05", "IDN", "IND") not in brief


def test_no_pair_no_assumed_target(code):
    events = code("Indonesia opened a consulate in Perth on Tuesday.")
    assert all(target is None for _, _, target in _brief(events))
