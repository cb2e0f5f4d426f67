"""A plural noun with no nationality of its own ("nine sailors from the port", "the boats") stands for the
same noun named a few sentences before with its nationality; an act with no agent done to them is the
other state's, and counts only with a date of its own. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_sailors_named_before_with_their_nationality(code):
    events = code(
        "OSLO — Norway summoned Iceland's ambassador on Wednesday over the detention of Norwegian sailors "
        "near the disputed reef. Foreign Minister Kari Lund said nine sailors from the port had been "
        "arrested on Monday.",
        published="2025-03-13",
    )
    assert ("17", "ISL", "NOR", "2025-03-10") in _brief(events)


def test_the_group_needs_a_date_of_its_own(code):
    events = code(
        "OSLO — Norway summoned Iceland's ambassador on Wednesday over the detention of Norwegian sailors "
        "near the disputed reef. The minister said the sailors had been arrested illegally.",
        published="2025-03-13",
    )
    assert not any(e.root == "17" for e in events)


def test_a_noun_named_before_without_a_nationality_finds_nobody(code):
    events = code(
        "OSLO — Norway summoned Iceland's ambassador on Wednesday over the detention of sailors near the "
        "disputed reef. The minister said nine sailors had been arrested on Monday.",
        published="2025-03-13",
    )
    assert not any(e.root == "17" for e in events)
