"""A nationality's groups are listed as actors whether or not an event names them; a home state's bodies
named by their task in lower case are the dateline's state's unless named before with another state; a
region's government named with its region's word is its state's; a mission "of" a state is named so."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _index(nlp, resources, text, published="2025-04-02"):
    return recognize_actors(nlp(text), resources, published)


def _kind(index, kind):
    return {a.name: a.country for a in index.actors if a.kind == kind}


def test_groups_with_a_nationality_are_listed(nlp, resources):
    text = (
        "ACCRA, April 2 — Togolese herders crossed into the Volta region on Monday, and Burkinabe truck "
        "drivers waited at the post for a third day. Ivorian rebels were blamed for the raid."
    )
    groups = _kind(_index(nlp, resources, text), "group")
    assert groups.get("Togolese herders") == "TGO"
    assert groups.get("Burkinabe truck drivers") == "BFA"
    assert groups.get("Ivorian rebels") == "CIV"


def test_farmers_are_civilians_not_their_state(nlp, resources):
    text = "Two Uruguayan farmers were arrested near the frontier, the Brazilian police said on Friday."
    index = _index(nlp, resources, text)
    farmers = next(a for a in index.actors if a.name == "Uruguayan farmers" or a.name == "Uruguayan farmer")
    assert (farmers.kind, farmers.country, farmers.sector) == ("group", "URY", "CVL")


def test_a_home_body_named_by_its_task_is_the_datelines_state(nlp, resources):
    text = (
        "LUSAKA, April 2 — Zambia raised duties on Malawian maize on Tuesday. The revenue authority said "
        "collections at the border had doubled, and the export promotion board warned traders of delays."
    )
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("revenue authority") == "ZMB"
    assert bodies.get("export promotion board") == "ZMB"


def test_a_body_named_before_with_another_state_is_not_the_home_ones(nlp, resources):
    text = (
        "HANOI, April 2 — Vietnam protested after Cambodian border police detained six traders. The border "
        "police said the men had no papers."
    )
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("Cambodian border police") == "KHM"
    assert ("border police", "VNM") not in {(a.name, a.country) for a in _index(nlp, resources, text).actors}


def test_a_news_agency_or_a_joint_commission_is_no_home_body(nlp, resources):
    text = (
        "QUITO, April 2 — Ecuador and Peru met in the joint border commission on Monday, the news agency "
        "reported."
    )
    names = set(_kind(_index(nlp, resources, text), "organisation"))
    assert "joint border commission" not in names
    assert "news agency" not in names


def test_a_regions_government_is_its_states(nlp, resources):
    text = "The Kano state government said on Monday that it would pay the stranded drivers."
    assert _kind(_index(nlp, resources, text), "organisation").get("Kano state government") == "NGA"


def test_a_mission_of_a_state_is_named_with_it(nlp, resources):
    text = "The embassy of Gabon in Yaounde asked the foreign ministry on Monday to free the fishermen."
    index = _index(nlp, resources, text)
    mission = next(a for a in index.actors if a.name == "embassy of Gabon")
    assert mission.country == "GAB"
    assert "embassy of Gabon in Yaounde" in mission.aliases


def test_a_ministry_of_a_lower_case_portfolio_is_the_seats_state(nlp, resources):
    text = (
        "MAPUTO, April 2 — Mozambique seized two trawlers on Monday. In Lilongwe, the ministry of lands "
        "and forestry said it had not been told."
    )
    bodies = _kind(_index(nlp, resources, text), "organisation")
    # The model may tag part of it as a name: the ministry is Malawi's either way.
    assert {c for name, c in bodies.items() if name.startswith("ministry of lands")} == {"MWI"}


def test_a_national_force_named_by_its_initials_is_its_states(nlp, resources):
    text = "The SANDF said on Friday that it would send two more companies to the border."
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("South African National Defence Force") == "ZAF"


def test_a_mission_named_by_its_city_alone_is_the_other_sides(nlp, resources):
    text = (
        "BANJUL, May 1 — Gambia protested to Guinea-Bissau on Monday over the seizure of a ferry. The "
        "embassy in Bissau said it had asked to see the crew."
    )
    assert _kind(_index(nlp, resources, text), "organisation").get("embassy in Bissau") == "GMB"


def test_a_group_is_listed_from_its_nationality_on(nlp, resources):
    text = (
        "An estimated 2,000 Ecuadorian workers left the mines, and Chilean-Bolivian traders and Peruvian "
        "villages were left without water."
    )
    groups = _kind(_index(nlp, resources, text), "group")
    assert groups.get("Ecuadorian workers") == "ECU"
    assert not any(name.startswith(("An estimated", "estimated")) for name in groups)
    assert not any("villages" in name or "Chilean-Bolivian" in name for name in groups)


def test_a_bare_ministry_keeps_all_its_portfolios_words(nlp, resources):
    text = (
        "NAIROBI, May 1 — Kenya protested to Somalia on Monday, and the foreign affairs ministry summoned "
        "the Somali ambassador."
    )
    assert _kind(_index(nlp, resources, text), "organisation").get("foreign affairs ministry") == "KEN"


def test_its_ministry_is_named_without_its(nlp, resources):
    text = "DODOMA — Zambia has closed two crossings to Tanzanian trucks, its transport ministry said."
    assert _kind(_index(nlp, resources, text), "organisation").get("transport ministry") == "ZMB"
