"""Force told first as the cause of a protest, then again by its own verb with its day, is dated by that
day. Sentences written for these tests."""

from __future__ import annotations


def test_events_force_retold_day_ramming(code):
    events = code(
        "MANILA, May 8, 2024 — The Philippines protested to China on Wednesday after a Chinese coast guard "
        "ship rammed a Philippine supply boat near Second Thomas Shoal.\n\n"
        "The boat was rammed on Sunday morning, the coast guard said.",
        published="2024-05-08",
    )
    rams = {(e.source.country, e.target.country, e.date) for e in events if e.root in {"17", "18", "19"}}
    assert ("CHN", "PHL", "2024-05-05") in rams
