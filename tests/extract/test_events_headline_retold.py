"""A headline's act that the story tells again with a day of its own is the story's record, not a second
one dated to the news day. Sentences written for these tests."""

from __future__ import annotations


def _dated(events):
    return {(e.root, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_headline_act_retold_with_its_day_is_not_kept_on_the_news_day(code):
    events = code(
        "Ecuador expels two Colombian diplomats, Bogota vows response\n\n"
        "Ecuador on Monday ordered two Colombian diplomats to leave the country within seven days.\n\n"
        "Colombia's foreign minister threatened on Tuesday to expel Ecuadorian diplomats in return.",
        published="2023-05-10",
    )
    threats = {d for d in _dated(events) if d[0] == "13" and d[1] == "COL"}
    assert threats
    assert all(d[3] == "2023-05-09" for d in threats)


def test_headline_act_the_body_does_not_retell_is_kept(code):
    events = code(
        "Ecuador expels two Colombian diplomats\n\nThe row has deepened over recent months.",
        published="2023-05-10",
    )
    assert any(d[0] == "16" and d[1] == "ECU" and d[2] == "COL" for d in _dated(events))
