"""A government body named without its country speaks for the state whose capital the sentence puts it
in, not for the dateline's state. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_spokesperson_in_a_capital_speaks_for_its_state(code):
    events = code(
        "KUWAIT CITY — Kuwait summoned the Iraqi ambassador on Tuesday. "
        "The government spokesperson in Baghdad rejected the protest on Wednesday."
    )
    brief = _brief(events)
    assert ("12", "IRQ", "KWT") in brief
    assert ("12", "KWT", "IRQ") not in brief


def test_a_capital_told_before_the_ministry_holds_for_coordinated_verbs(code):
    events = code(
        "BELMOPAN — Belize protested to Guatemala on Tuesday. In Guatemala City, the foreign ministry "
        "rejected the protest on Wednesday and accused Belize of provocation."
    )
    brief = _brief(events)
    assert ("12", "GTM", "BLZ") in brief
    assert ("11", "GTM", "BLZ") in brief


def test_a_body_with_its_own_country_keeps_it(code):
    events = code(
        "RABAT — The Algerian foreign ministry in Algiers condemned Morocco's decision on Monday.",
        published="2024-03-05",
    )
    assert ("11", "DZA", "MAR") in _brief(events)


def test_spokesman_of_the_government_in_a_capital(code):
    events = code(
        "ABIDJAN — Côte d'Ivoire summoned Burkina Faso's ambassador on Wednesday. On Tuesday the spokesman "
        "of the transitional government in Ouagadougou, Captain Issouf Sawadogo, accused Abidjan of spying.",
        published="2024-02-15",
    )
    assert ("11", "BFA", "CIV") in _brief(events)


def test_spokesman_of_another_body_is_not_the_government(code):
    events = code(
        "ABIDJAN — Côte d'Ivoire summoned Burkina Faso's ambassador on Wednesday. On Tuesday the spokesman "
        "of the opposition party in Ouagadougou accused Abidjan of spying.",
        published="2024-02-15",
    )
    assert ("11", "BFA", "CIV") not in _brief(events)
