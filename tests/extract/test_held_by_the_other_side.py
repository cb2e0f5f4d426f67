"""Whom one side's forces hold or free, named with no country, in a story about two states alone, is the
other side's; a third state named in the sentence leaves the act one-sided. Sentences written for these
tests."""

from __future__ import annotations

STORY = (
    "Norway protests after Swedish navy holds fishing boats\n\n"
    "Norway summoned Sweden's ambassador on Tuesday over the seizure of two boats near Koster island. "
    "Sweden said the boats had entered its waters. Norway rejected the Swedish claim. "
)


def _held(events):
    return {
        (e.cameo, e.source.country, e.target.country if e.target else None)
        for e in events
        if e.root in {"08", "17"}
    }


def test_held_seized_boats_are_the_other_sides(code):
    text = STORY + "The Swedish navy seized two fishing boats on Saturday."
    assert ("171", "SWE", "NOR") in _held(code(text, published="2024-03-15"))


def test_held_released_men_are_the_other_sides(code):
    text = STORY + "Sweden released four of the fishermen on Wednesday after they paid fines."
    assert ("084", "SWE", "NOR") in _held(code(text, published="2024-03-15"))


def test_held_a_third_state_named_leaves_the_act_one_sided(code):
    text = STORY + "The Swedish navy seized two fishing boats bound for Denmark on Saturday."
    assert not any(target == "NOR" for _, _, target in _held(code(text, published="2024-03-15")))
