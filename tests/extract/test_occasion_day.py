"""An undated past act told after a visit's day takes that day; background with its own date keeps it.
Sentences written for these tests."""

from __future__ import annotations

VISIT = (
    "President Macky Sall of Senegal welcomed his Kenyan counterpart, William Ruto, at the palace in Dakar "
    "on Wednesday. The two leaders held talks on trade and security. "
)


def _dated(events):
    return {(e.root, e.source.country, e.target.country if e.target else None): e.date for e in events}


def test_talks_after_a_dated_welcome_take_its_day(code):
    dated = _dated(code(VISIT, published="2024-03-08"))
    assert dated[("04", "SEN", "KEN")] == "2024-03-06"


def test_aid_announced_during_the_visit_takes_its_day(code):
    text = VISIT + "Kenya announced a line of credit of 20 million dollars for Senegal."
    dated = _dated(code(text, published="2024-03-08"))
    assert dated[("07", "KEN", "SEN")] == "2024-03-06"


def test_an_act_with_its_own_year_keeps_it(code):
    text = VISIT + "Kenya extended 5 million dollars to Senegal in 2019."
    dated = _dated(code(text, published="2024-03-08"))
    assert dated[("07", "KEN", "SEN")] == "2019"


def test_a_past_act_told_long_after_the_visit_is_not_moved_to_its_day(code):
    filler = "Dakar is a busy port. Its markets are crowded. Its beaches are long. Tourism is growing. " * 2
    text = VISIT + filler + "Kenya gave aid to Senegal."
    events = [e for e in code(text, published="2024-03-08") if e.root == "07"]
    # Left undated, and so, in a dated story, not kept as an event of the pair (test_undated_acts.py).
    assert all(e.date != "2024-03-06" for e in events)


def test_a_request_in_a_relative_clause_takes_the_dated_reception(code):
    text = (
        "HANOI, March 6 — Vietnam and Finland signed a trade agreement on Monday. "
        "On Tuesday the Finnish president was received by Prime Minister Nam of Vietnam, "
        "who asked Finland to ease visas for students."
    )
    dated = _dated(code(text, published="2024-03-06"))
    assert dated[("02", "VNM", "FIN")] == "2024-03-05"
