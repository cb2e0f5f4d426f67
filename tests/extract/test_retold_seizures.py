"""A seizure named without its day, told again with it, takes that day; boats boarded, intercepted or towed
are taken (CAMEO 171). Sentences written for these tests."""

from __future__ import annotations


def _seizures(events):
    return {
        (e.root, e.source.country, e.target.country if e.target else None, e.date)
        for e in events
        if e.root == "17"
    }


def test_a_seizure_told_again_with_its_day_takes_it(code):
    text = (
        "REYKJAVIK - Norway lodged a protest with Iceland on Wednesday after the Icelandic coast guard "
        "seized two Norwegian trawlers near Grimsey. The trawlers were intercepted on Monday night about "
        "ten miles off the island."
    )
    assert ("17", "ISL", "NOR", "2024-03-11") in _seizures(code(text, published="2024-03-14"))


def test_a_participle_seizure_takes_the_day_of_its_retelling(code):
    text = (
        "On Wednesday Norway summoned Iceland's ambassador, demanding the release of the crew on a "
        "Norwegian trawler seized by the Icelandic coast guard. Icelandic officers boarded the boat on "
        "Monday near Grimsey."
    )
    found = _seizures(code(text, published="2024-03-14"))
    assert ("17", "ISL", "NOR", "2024-03-11") in found
    assert ("17", "ISL", "NOR", "2024-03-13") not in found  # the summons' day is not the seizure's


def test_without_a_retelling_an_undated_seizure_stays_out(code):
    text = (
        "Norway lodged a protest with Iceland on Wednesday after the Icelandic coast guard seized two "
        "Norwegian trawlers near Grimsey. Fishing is the main trade of the northern coast."
    )
    assert _seizures(code(text, published="2024-03-14")) == set()


def test_two_retellings_on_different_days_date_nothing(code):
    text = (
        "Norway lodged a protest with Iceland on Wednesday after the Icelandic coast guard seized two "
        "Norwegian trawlers near Grimsey. One was intercepted on Sunday and the other was boarded on Monday."
    )
    assert _seizures(code(text, published="2024-03-14")) == set()


def test_boarding_a_foreign_boat_is_a_seizure(code):
    text = "A Danish navy patrol vessel boarded a Swedish trawler in the Kattegat on Sunday."
    assert ("17", "DNK", "SWE", "2024-03-10") in _seizures(code(text, published="2024-03-14"))


def test_boarding_a_plane_is_no_seizure(code):
    text = "The Danish foreign minister boarded a plane to Stockholm on Sunday."
    assert _seizures(code(text, published="2024-03-14")) == set()
