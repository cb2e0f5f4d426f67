"""Regional governments named without a regional word or by their region's body, read before people's
countries; a state's name read at its longest in a body's name; a mission in a capital is the state "its"
stands for; an organisation of states' official takes no state from the dateline."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _index(nlp, resources, text, published="2025-04-02"):
    return recognize_actors(nlp(text), resources, published)


def _kind(index, kind):
    return {a.name: a.country for a in index.actors if a.kind == kind}


def test_a_listed_regions_government_and_a_governorate_are_their_states(nlp, resources):
    text = (
        "NEW DELHI, April 2 — The Kerala government asked the Centre to help fishermen held abroad. In "
        "Cairo, the Luxor governorate said it had opened two shelters for travellers."
    )
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("Kerala government") == "IND"
    assert bodies.get("Luxor governorate") == "EGY"


def test_the_head_of_a_regional_administration_is_of_its_state(nlp, resources):
    text = (
        "WARSAW, April 2 (Vistula Wire) — Poland asked Ukraine to reopen two crossings on Tuesday.\n\n"
        "The Volyn Regional Military Administration said the queues had grown overnight. Its head, Ostap "
        "Melnychenko, said more guards would be sent."
    )
    index = _index(nlp, resources, text)
    assert _kind(index, "organisation").get("Volyn Regional Military Administration") == "UKR"
    assert _kind(index, "person").get("Ostap Melnychenko") == "UKR"


def test_a_states_name_is_read_at_its_longest_in_a_bodys_name(nlp, resources):
    text = "The Bank of Papua New Guinea said on Friday that coffee exports to Japan rose by a tenth."
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("Bank of Papua New Guinea") == "PNG"


def test_a_peoples_navy_is_its_states(nlp, resources):
    text = "The Vietnam People's Navy said on Monday that a Philippine ship had asked for help near the reef."
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("Vietnam People's Navy") == "VNM"


def test_a_mission_in_the_other_states_capital_is_the_owners(nlp, resources):
    text = (
        "ISLAMABAD, April 2 — Pakistan's navy detained a Sri Lankan trawler on Sunday.\n\n"
        "In Colombo, the Ministry of Foreign Affairs said its High Commission in Islamabad had asked to see "
        "the crew."
    )
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("High Commission") == "LKA"


def test_a_mission_in_a_capital_is_never_that_capitals_state(nlp, resources):
    text = (
        "ISLAMABAD, April 2 — Pakistan's navy detained a trawler on Sunday. The High Commission in "
        "Islamabad said it had asked to see the crew."
    )
    bodies = {(a.name, a.country) for a in _index(nlp, resources, text).actors if a.kind == "organisation"}
    assert ("High Commission", "PAK") not in bodies


def test_a_portfolio_ministry_takes_no_earlier_ministrys_state(nlp, resources):
    text = (
        "TBILISI, April 2 — Georgia protested after Armenian helicopters crossed the border, the foreign "
        "ministry said.\n\nIn Yerevan, the defence ministry said the helicopters had stayed on its side."
    )
    bodies = {(a.name, a.country) for a in _index(nlp, resources, text).actors if a.kind == "organisation"}
    assert ("defence ministry", "ARM") in bodies
    assert ("defence ministry", "GEO") not in bodies


def test_an_international_official_takes_no_datelines_state(nlp, resources):
    text = (
        "NAIROBI, April 2 (Highland Courier) — Kenya opened a second camp for people fleeing the drought in "
        "Somalia.\n\nThe International Organization for Migration said trucks were running day and night. "
        "IOM spokeswoman Liisa Hakkarainen said fuel was short."
    )
    index = _index(nlp, resources, text)
    person = next(a for a in index.actors if a.kind == "person" and a.name == "Liisa Hakkarainen")
    assert person.country is None
    assert _kind(index, "organisation").get("International Organization for Migration") is None


def test_a_ministry_cited_for_one_states_exports_is_that_states(nlp, resources):
    text = (
        "DAKAR, April 2 — Senegal summoned the Malian ambassador over the closed border. Mali exported "
        "about 300,000 head of cattle to Senegal in 2024, according to the ministry of animal resources."
    )
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("ministry of animal resources") == "MLI"


def test_a_firm_named_before_its_description_takes_its_nationality(nlp, resources):
    text = (
        "Belgaz, the Belarusian pipeline operator, said on Monday that flows to Lithuania had stopped. "
        "Aldona Petrauskiene, the Lithuanian engineer, said the valves were shut."
    )
    index = _index(nlp, resources, text)
    bodies = _kind(index, "organisation")
    assert bodies.get("Belgaz") == "BLR"
    assert "Aldona Petrauskiene" not in bodies


def test_letters_after_a_lower_case_description_are_the_bodys_name(nlp, resources):
    text = (
        "LISBON, April 2 — Portugal's exports to Angola rose by a tenth in 2024, according to the national "
        "statistics institute INE."
    )
    index = _index(nlp, resources, text)
    ine = next(a for a in index.actors if a.name == "INE")
    assert ine.country == "PRT"


def test_a_name_cut_before_a_word_read_as_a_person_is_read_whole(nlp, resources):
    text = (
        "DAKAR, April 2 — Senegal's imports from Mali fell by a third in 2024, according to the National "
        "Office of Planning and Forecasting (ONPF)."
    )
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert "National Office of Planning and Forecasting" in bodies


def test_a_body_reported_in_a_sentence_opening_in_a_capital_is_that_capitals(nlp, resources):
    text = (
        "OSLO, April 2 (Fjord Wire) — Norway protested after a Danish research ship entered its waters.\n\n"
        "In Copenhagen, the Ministry of Higher Education said the National Institute of Aquatic Resources "
        "was carrying out a routine survey."
    )
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("National Institute of Aquatic Resources") == "DNK"


def test_the_office_of_an_officer_with_a_word_of_its_kind_is_the_home_states(nlp, resources):
    text = (
        "QUITO, April 2 — Ecuador seized two tonnes of smuggled fuel near the Colombian border, and the "
        "public prosecutor's office opened an inquiry into four customs officers."
    )
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("public prosecutor's office") == "ECU"


def test_a_ministry_that_summons_one_sides_envoy_is_the_other_sides(nlp, resources):
    text = (
        "VIENNA, April 2 (Alpine Post) — Austria and Slovenia traded complaints over border checks on "
        "Tuesday. "
        "The Ministry for European and International Affairs summoned the Slovenian ambassador to protest."
    )
    bodies = _kind(_index(nlp, resources, text), "organisation")
    assert bodies.get("Ministry for European and International Affairs") == "AUT"


def test_an_organ_named_after_its_organisation_of_states_is_of_no_state(nlp, resources):
    text = (
        "BAMAKO, April 2 — Mali reopened its border with Senegal on Tuesday. The ECOWAS Commission said "
        "the two states had agreed on new checks."
    )
    organ = next(a for a in _index(nlp, resources, text).actors if a.name.startswith("ECOWAS"))
    assert (organ.name, organ.country, organ.sector) == ("ECOWAS Commission", None, "IGO")
