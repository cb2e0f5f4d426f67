"""Threats and acts told in reported speech, forces shown at a border, and the days and speakers such
sentences carry. Sentences written for these tests."""

from __future__ import annotations

# A story about two states alone, so an act of one aimed at nobody named is aimed at the other.
BACKGROUND = (
    "Norwegian fishing boats were detained by Icelandic patrols on Monday, Norway said. "
    "Iceland said the boats had entered its waters. "
)


def _coded(events, root: str):
    return {
        (e.source.country, e.target.country if e.target else None, e.date) for e in events if e.root == root
    }


def test_own_forces_named_in_a_warning_threaten_the_other_side(code):
    text = BACKGROUND + (
        "Norway's defence minister, Kari Lunde, warned on Tuesday that Norwegian forces "
        '"reserve the right to respond to any further incursion".'
    )
    threats = _coded(code(text, published="2024-03-15"), "13")
    assert ("NOR", "ISL", "2024-03-12") in threats
    assert not any(target == "NOR" for _, target, _ in threats)


def test_a_warning_joined_to_a_dated_statement_shares_its_day(code):
    text = BACKGROUND + (
        "The Norwegian interior ministry said on Wednesday it had tightened checks at the ports, and "
        "warned that no Icelandic official involved in the seizures would be allowed to enter Norway."
    )
    threats = _coded(code(text, published="2024-03-18"), "13")
    assert ("NOR", "ISL", "2024-03-13") in threats


def test_forces_put_on_alert_at_the_border_face_the_other_state(code):
    text = BACKGROUND + (
        "The Norwegian defence ministry said on Wednesday it had placed the army on alert "
        "at the border posts."
    )
    shows = _coded(code(text, published="2024-03-18"), "15")
    assert ("NOR", "ISL", "2024-03-13") in shows


def test_forces_on_alert_with_no_border_are_aimed_at_nobody_assumed(code):
    text = BACKGROUND + "The Norwegian defence ministry said on Wednesday it had placed the army on alert."
    assert not any(target == "ISL" for _, target, _ in _coded(code(text, published="2024-03-18"), "15"))


def test_warning_shots_fired_at_boats_show_force(code):
    text = (
        "An Icelandic patrol ship fired warning shots at Norwegian trawlers near the islands on Friday, "
        "the coast guard said."
    )
    events = code(text, published="2024-03-18")
    assert {
        e.cameo for e in events if e.source.country == "ISL" and e.target and e.target.country == "NOR"
    } >= {"150"}


def test_a_fronted_month_dates_each_coordinated_clause(code):
    text = BACKGROUND + (
        "In January, an Icelandic patrol boat rammed a Norwegian trawler, and Oslo summoned Iceland's "
        "ambassador in protest."
    )
    summons = [e for e in code(text, published="2024-03-18") if e.root == "11" and e.source.country == "NOR"]
    assert summons and all(e.date == "2024-01" for e in summons)


def test_a_rejection_joined_to_a_demanded_clause_is_the_demanders(code):
    text = BACKGROUND + (
        "Foreign Minister Kari Lunde demanded that Reykjavik release the crews and rejected the call to "
        "pay a fine."
    )
    rejections = _coded(code(text, published="2024-03-15"), "12")
    assert rejections and {source for source, _, _ in rejections} == {"NOR"}


def test_he_after_a_reported_telling_is_the_teller(code):
    text = BACKGROUND + (
        "Norwegian Foreign Minister Jon Berg told Icelandic Ambassador Helga Jonsdottir that the seizures "
        "were illegal, the ministry said on Tuesday. He demanded that the boats be returned."
    )
    demands = [e for e in code(text, published="2024-03-15") if e.root == "10"]
    assert demands and all(e.source.country == "NOR" and e.source.name == "Jon Berg" for e in demands)


def test_a_statement_carried_on_a_day_dates_the_paragraph(code):
    text = BACKGROUND + (
        "In a statement carried by state radio on Tuesday, an Icelandic government spokesman, Einar "
        "Olafsson, denied that the boats had been mistreated. He demanded that Norway stop its fishing."
    )
    demands = _coded(code(text, published="2024-03-15"), "10")
    assert ("ISL", "NOR", "2024-03-12") in demands


def test_a_warning_participle_after_a_demand_is_dated_and_aimed_like_it(code):
    text = BACKGROUND + (
        "Norway's fisheries minister, Kari Lunde, said the boats had been held since last Thursday. "
        "She demanded that the crews be allowed home within two days, warning that Oslo would otherwise "
        "take the matter to an international court."
    )
    events = code(text, published="2024-03-15")
    threats = _coded(events, "13")
    assert threats and all(source == "NOR" and target == "ISL" for source, target, _ in threats)
    # "held since last Thursday" tells when the holding began, not the day the minister spoke.
    assert all(date != "2024-03-07" for _, _, date in threats | _coded(events, "10"))
