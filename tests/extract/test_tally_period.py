"""Acts counted over a period ("have seized 23 boats since January") are no act dated by the period's
start; a change or a state is ("relations have worsened since March", "has had an embassy since 1993").
Sentences written for these tests."""

from __future__ import annotations


def _dated(events):
    return {(e.root, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_a_count_since_a_month_is_no_event_of_that_month(code):
    events = code(
        "Since January, Norwegian authorities have seized 23 Russian fishing boats in the Barents Sea.",
        published="2025-03-13",
    )
    assert not any(e.root == "17" for e in events)


def test_the_number_detained_so_far_this_year_is_no_event(code):
    events = code(
        "The arrests bring to 30 the number of Swedish sailors detained by Danish police so far this year.",
        published="2025-03-13",
    )
    assert not any(e.root == "17" for e in events)


def test_an_act_dated_in_the_period_and_a_change_since_keep_their_dates(code):
    events = code(
        "Relations have worsened since March last year, when Norway accused Russia of espionage.",
        published="2025-03-13",
    )
    assert ("11", "NOR", "RUS", "2024-03") in _dated(events)


def test_a_single_act_in_a_month_is_kept(code):
    events = code("Norway expelled two Russian diplomats in February.", published="2025-03-13")
    assert ("16", "NOR", "RUS", "2025-02") in _dated(events)
