"""An act of "the two countries" runs from the state the story names first to the other. Sentences
written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_the_two_countries_start_from_the_state_named_first(code):
    events = code(
        "Latvia and Moldova sign a fishing accord\n\n"
        "CHISINAU — Moldova and Latvia signed a fishing accord on Tuesday, the Moldovan government said. "
        "Moldova will host the next round, Moldova's foreign ministry added.\n\n"
        "The two countries signed a trade agreement in 2019.\n"
    )
    brief = _brief(events)
    assert ("05", "LVA", "MDA") in brief
    assert ("05", "MDA", "LVA") in brief  # the sentence that names both keeps its own order


def test_a_headline_act_stands_beside_the_same_act_years_before(code):
    events = code(
        "Latvia and Moldova sign three agreements in Riga\n\n"
        "RIGA — Latvia and Moldova held talks in Riga on Tuesday, the Latvian government said.\n\n"
        "The two countries signed a treaty of friendship in 1995.\n",
        published="2023-05-10",
    )
    dates = {e.date for e in events if e.root == "05"}
    assert "1995" in dates and any(d and d.startswith("2023") for d in dates)


def test_the_two_met_in_one_sides_capital_start_from_the_host(code):
    events = code(
        "Latvia and Moldova plan a rail link\n\n"
        "RIGA — Latvia and Moldova will study a rail link, Latvia said on Tuesday. Latvia will pay.\n\n"
        "The two presidents met in Chisinau in March.\n"
    )
    assert ("04", "MDA", "LVA") in _brief(events)


def test_where_the_two_signed_does_not_turn_them(code):
    events = code(
        "Latvia and Moldova plan a rail link\n\n"
        "RIGA — Latvia and Moldova will study a rail link, Latvia said on Tuesday. Latvia will pay.\n\n"
        "The two countries signed a transit treaty in Chisinau in 2019.\n"
    )
    assert ("05", "LVA", "MDA") in _brief(events)
