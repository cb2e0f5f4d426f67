"""People or craft the other side held, freed with nobody named, are freed by that side (CAMEO 084); a part
of a group ("five of the fishermen") stands for the group. Sentences written for these tests."""

from __future__ import annotations

DETENTION = (
    "Iceland summoned Norway's ambassador on Tuesday after the Norwegian coast guard detained twelve "
    "Icelandic fishermen on Monday. "
)


def _releases(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_part_of_a_detained_group_freed_with_nobody_named(code):
    text = DETENTION + "Five of the fishermen were released without charge on Wednesday."
    assert ("084", "NOR", "ISL", "2024-03-13") in _releases(code(text, published="2024-03-15"))


def test_a_judge_of_no_country_frees_part_of_the_group(code):
    text = DETENTION + "A judge in Tromso released six of the fishermen on Thursday."
    assert ("084", "NOR", "ISL", "2024-03-14") in _releases(code(text, published="2024-03-15"))


def test_a_statement_released_is_no_release_of_people(code):
    text = (
        DETENTION
        + "Oslo said the matter would be settled, according to an Icelandic statement released on Wednesday."
    )
    assert not any(e.root == "08" for e in code(text, published="2024-03-15"))
