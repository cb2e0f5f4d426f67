"""People's countries from the party they signed for (``bilat.nlp.signed_for``), a ministry's own name in
an official's title (``bilat.nlp.ministries``), the subject a "her" refers back to
(``bilat.nlp.antecedents``) and a post of several words placed in a capital (``bilat.nlp.people``)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text, published="2025-02-11"):
    index = recognize_actors(nlp(text), resources, published)
    return {p.name: (p.country, p.basis) for p in index.people}


def test_a_gapped_second_signatory_signs_for_the_state_after_the_name(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, Feb 11 (Wire) — Peru and Chile signed a fisheries accord on Tuesday.\n\n"
        "Peru's fisheries ministry said the accord would come into force in June. It was signed in "
        "Arica, with Fisheries Minister Rosa Quispe signing for Lima and Fisheries Minister Tomas "
        "Verdugo for Santiago.",
    )
    assert people["Tomas Verdugo"] == ("CHL", "signatory")
    assert people["Rosa Quispe"][0] == "PER"


def test_a_coordinated_state_before_the_second_signatory_is_not_theirs(nlp, resources):
    people = _people(
        nlp,
        resources,
        "JAKARTA, Feb 11 (Wire) — Indonesia will buy palm seedlings from Malaysia under a deal signed "
        "on Tuesday.\n\n"
        "Budi Santoso, the plantations secretary, signed for Indonesia and Deputy Trade Minister Farid "
        "Osman for Malaysia, officials said.",
    )
    assert people["Farid Osman"][0] == "MYS"


def test_a_signatory_of_a_thing_for_a_state_is_not_its_party(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The bank's regional director, Ana Lindqvist, signed a loan for Kenya on Tuesday.",
    )
    assert people.get("Ana Lindqvist", (None, None))[1] != "signatory"


def test_a_title_naming_its_own_office_does_not_take_another_ministry_named_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "DHAKA, Feb 11 (Wire) — Bangladesh on Tuesday criticised new Canadian visa rules.\n\n"
        "Canada's foreign ministry said on Monday that the rules would apply from March.\n\n"
        "Foreign Office spokesman Tanvir Alam told reporters that the rules were unfair to students.",
    )
    assert people["Tanvir Alam"][0] == "BGD"


def test_her_refers_to_the_subject_not_to_an_official_named_in_passing(nlp, resources):
    people = _people(
        nlp,
        resources,
        "SANTIAGO, Feb 11 (Wire) — Chile protested to Bolivia on Tuesday over the arrest of three "
        "Chilean truck drivers.\n\n"
        "Bolivian Interior Minister Hugo Mamani said the drivers had carried contraband. "
        "Foreign Minister Carla Fuentes dismissed Mamani's version as invented.\n\n"
        "Speaking to a radio station, her deputy, Ignacio Rojas, added that the lorries had been "
        "inspected at the border.",
    )
    assert people["Ignacio Rojas"][0] != "BOL"


def test_a_post_of_several_words_in_a_capital_is_that_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        "NEW DELHI, Feb 11 (Wire) — India rejected the new tariffs on Tuesday.\n\n"
        "Praise for the new duties came from an assistant national security adviser in Washington, Paul "
        "Hendricks, who called them overdue.",
    )
    assert people["Paul Hendricks"][0] == "USA"


def test_a_deputy_diplomat_posted_in_a_capital_is_not_that_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        "COLOMBO, Feb 11 (Wire) — Sri Lanka protested on Tuesday over the arrest of four fishermen.\n\n"
        "The foreign ministry in Islamabad called in Sri Lanka's Deputy High Commissioner in Islamabad, "
        "Mr. Ruwan Perera, on Monday to hand him a note.",
    )
    assert people["Ruwan Perera"][0] != "PAK"
