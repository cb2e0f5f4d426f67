"""A government's protest is an official complaint aimed at a side: the other state its words name, else
the article's other state. People protesting in the street are no complaint of a state. Sentences written
for these tests."""

from __future__ import annotations


def _protests(events):
    return {
        (e.cameo, e.source.country, e.target.country if e.target else None) for e in events if e.root == "11"
    }


def test_a_protest_aimed_at_the_state_its_words_name(code):
    text = (
        "Iceland protested on Wednesday the deportation of hundreds of Icelandic labourers from "
        "northern Norway."
    )
    assert ("114", "ISL", "NOR") in _protests(code(text, published="2024-03-15"))


def test_a_protest_naming_no_state_is_aimed_at_the_other_side(code):
    text = (
        "Norway closed its border crossing with Iceland on Monday. Iceland's foreign ministry said on "
        "Wednesday that it had formally protested the closure. Norway said the closure would last a week."
    )
    assert ("114", "ISL", "NOR") in _protests(code(text, published="2024-03-15"))


def test_a_street_protest_is_no_official_complaint(code):
    text = (
        "Norway closed its border crossing with Iceland on Monday. Icelandic fishermen protested the closure "
        "outside the harbour on Wednesday."
    )
    assert _protests(code(text, published="2024-03-15")) == set()
