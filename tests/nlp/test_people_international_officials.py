"""An official of an international body by their own words acts for no state; a body's possessive state
is its own whatever the parser made of it."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_deputy_secretary_general_of_asean_visiting_the_dateline_city_has_no_country(nlp, resources):
    text = (
        "Thailand and Laos talk dams\n\n"
        "BANGKOK, March 3 — Thailand asked Laos on Monday to share data on the Mekong dams.\n\n"
        "Maribel Ocampo, a deputy secretary-general of ASEAN who was visiting the city, urged both "
        "governments to meet soon."
    )
    person = _people(nlp, resources, text)["Maribel Ocampo"]
    assert person.country is None, person.basis
    assert person.international


def test_executive_secretary_of_sadc_in_a_ministry_release_has_no_country(nlp, resources):
    text = (
        "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF MALAWI\n\nPRESS STATEMENT\n\n"
        "LILONGWE, 4 May 2025 — Malawi and Tanzania agreed to reopen the lake border post.\n\n"
        "The Minister welcomed the Executive Secretary of SADC, Dr Lerato Mothibedi, who chaired the talks."
    )
    person = _people(nlp, resources, text)["Lerato Mothibedi"]
    assert person.country is None, person.basis


def test_national_official_beside_an_igo_keeps_their_country(nlp, resources):
    text = (
        "BANGKOK, March 3 — Thailand asked Laos on Monday to share data on the Mekong dams.\n\n"
        "Lao Foreign Minister Somsak Phommachanh told ASEAN delegates the data would be shared."
    )
    assert _people(nlp, resources, text)["Somsak Phommachanh"].country == "LAO"


def test_body_after_a_states_possessive_is_that_states_in_the_other_sides_release(nlp, resources):
    text = (
        "MINISTRY OF WATER AND SANITATION\nREPUBLIC OF KENYA\n\nPRESS STATEMENT\n\n"
        "NAIROBI, 2 June 2025 — The Cabinet Secretary met his Ugandan counterpart at Busia.\n\n"
        "The Ugandan delegation included the Permanent Secretary in Uganda's Ministry of Water, "
        "Mr Okello Atim."
    )
    assert _people(nlp, resources, text)["Okello Atim"].country == "UGA"
