"""In a dated story, an act aimed at another side that no date places is background (a lasting state, a
habit, history), not an event of the pair; in a story with no date, acts keep their place undated.
Sentences written for these tests."""

from __future__ import annotations


def _pairs(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


STORY = (
    "OSLO — Norway expelled two Russian diplomats on Tuesday, accusing them of spying. "
    "Norway has always accused Russia of meddling in the Arctic."
)


def test_a_dated_act_is_kept_and_an_undated_habit_is_not(code):
    events = code(STORY, published="2025-03-13")
    dated = {(e.root, e.source.country, e.target.country): e.date for e in events if e.target}
    assert dated[("16", "NOR", "RUS")] == "2025-03-11"
    assert all(date is not None for date in dated.values())


def test_a_story_with_no_date_keeps_its_acts_undated(code):
    events = code(STORY, published=None)
    assert ("16", "NOR", "RUS") in _pairs(events)
    assert all(e.date is None for e in events)
