"""An official's side from what they do to a state, read before the dateline: the state they urge or
accuse is not theirs, and the capital they fly in from is."""

from __future__ import annotations

import pytest

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text, published="2024-03-07"):
    index = recognize_actors(nlp(text), resources, published)
    return {p.name: p for p in index.people}


def test_sides_the_state_urged_is_not_the_officials_own(nlp, resources):
    text = (
        "SANTIAGO, March 7 (Ridge Wire) — Chile closed two border crossings with Peru on Tuesday.\n\n"
        "On Wednesday Prime Minister Rosa Quispe urged Santiago to reopen the crossings."
    )
    people = _people(nlp, resources, text)
    assert (people["Rosa Quispe"].country, people["Rosa Quispe"].basis) == ("PER", "addressee")


def test_sides_a_participle_of_accusing_is_the_speakers_act(nlp, resources):
    text = (
        "LIMA, March 7 (Ridge Wire) — Peru recalled its ambassador from Chile on Wednesday.\n\n"
        "Interior Minister Tomas Vidal announced new checks on Thursday, accusing Lima of staging a crisis."
    )
    assert _people(nlp, resources, text)["Tomas Vidal"].country == "CHL"


def test_sides_a_visitor_flew_in_from_their_capital(nlp, resources):
    text = (
        "SANTIAGO, March 7 (Ridge Wire) — President Elena Campos received Foreign Minister Jorge Mamani, "
        "who flew in from La Paz on Tuesday, at the La Moneda palace."
    )
    people = _people(nlp, resources, text)
    assert (people["Jorge Mamani"].country, people["Jorge Mamani"].basis) == ("BOL", "origin")
    assert people["Elena Campos"].country == "CHL"


@pytest.mark.parametrize(
    "sentence",
    [
        # Their words about a state are often about their own: no evidence against the dateline.
        "On Wednesday Interior Minister Tomas Vidal said Chile would reopen the crossings.",
        # A state inside the object ("Peruvian traders") is not the state acted upon.
        "On Wednesday Interior Minister Tomas Vidal urged Peruvian traders to be patient.",
    ],
)
def test_sides_words_about_a_state_leave_the_dateline(nlp, resources, sentence):
    text = f"SANTIAGO, March 7 (Ridge Wire) — Chile closed two border crossings with Peru.\n\n{sentence}"
    assert _people(nlp, resources, text)["Tomas Vidal"].country == "CHL"


def test_sides_speaking_in_a_capital_said_of_the_name(nlp, resources):
    text = (
        "SANTIAGO, March 7 (Ridge Wire) — Chile closed two border crossings with Peru on Tuesday.\n\n"
        "Prime Minister Rosa Quispe, speaking in Lima on Wednesday, called the closure a mistake."
    )
    people = _people(nlp, resources, text)
    assert (people["Rosa Quispe"].country, people["Rosa Quispe"].basis) == ("PER", "seat")


def test_sides_urging_a_states_government_is_acting_upon_it(nlp, resources):
    text = (
        "SANTIAGO, March 7 (Ridge Wire) — Chile closed two border crossings with Peru on Tuesday.\n\n"
        "On Wednesday Prime Minister Rosa Quispe urged the Chilean government to reopen the crossings."
    )
    assert _people(nlp, resources, text)["Rosa Quispe"].country == "PER"


def test_acting_upon_the_dateline_state_in_the_next_sentence(nlp, resources):
    from bilat.nlp.actors import recognize_actors

    text = (
        "HARARE — Zimbabwe protested to South Africa over raids on Zimbabwean migrants.\n\n"
        "Home Affairs Minister Thabo Nkosi rejected the criticism on Friday. He accused Harare of "
        "failing to issue passports to its own citizens."
    )
    people = {p.name: p for p in recognize_actors(nlp(text), resources).people}
    assert people["Thabo Nkosi"].country == "ZAF"


def test_a_finite_verb_joined_to_a_reported_clause_is_the_speakers(nlp, resources):
    from bilat.nlp.actors import recognize_actors

    text = (
        "DAKAR, May 4 (Wire) — Senegal protested to the Gambia over the arrest of its fishermen.\n\n"
        "Fisheries Minister Awa Ceesay on Wednesday denied that the fishermen had been mistreated and "
        "rejected claims from Dakar that the boats had been seized at sea."
    )
    people = {p.name: p for p in recognize_actors(nlp(text), resources).people}
    assert people["Awa Ceesay"].country == "GMB"


def test_declaring_a_states_diplomat_unwelcome_is_acting_upon_it(nlp, resources):
    from bilat.nlp.actors import recognize_actors

    text = (
        "ZAGREB — Croatia protested to Serbia on Thursday.\n\n"
        "On Wednesday Interior Minister Dragan Vukovic announced that the Croatian first secretary, "
        "Ivan Peric, was now persona non grata."
    )
    people = {p.name: p for p in recognize_actors(nlp(text), resources).people}
    assert people["Dragan Vukovic"].country == "SRB"


def test_both_parties_of_a_call_are_not_given_the_dateline(nlp, resources):
    from bilat.nlp.actors import recognize_actors

    text = (
        "DHAKA, April 25 (Wire) — Bangladesh sent home 288 Myanmar border guards on Thursday.\n\n"
        "The exchange followed a phone call on Monday between Foreign Secretary Nasrin Akter and Deputy "
        "Foreign Minister Kyaw Min, officials said."
    )
    people = {p.name: p for p in recognize_actors(nlp(text), resources).people}
    assert people["Kyaw Min"].country != "BGD"


def test_the_state_a_conditional_threat_is_put_to_is_not_the_speakers(nlp, resources):
    index = recognize_actors(
        nlp(
            "ROME, June 2 (Wire) — Italy banned a rally by a Greek minister.\n\n"
            "Government spokesman Stavros Pappas went on television on Tuesday, calling for an apology "
            "and warning that if Italy refused, Athens would answer in kind."
        ),
        resources,
    )
    people = {p.name: p for p in index.people}
    assert people["Stavros Pappas"].country == "GRC"
