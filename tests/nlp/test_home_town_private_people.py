"""A private person's town, set beside their name (``bilat.nlp.home_town``): the state it is in is theirs;
a state's name there, or an official's town, is left to the other rules. Invented sentences."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _countries(nlp, resources, text):
    index = recognize_actors(nlp(text), resources, "2025-05-06")
    return {p.name: p.country for p in index.people}


def test_a_private_person_from_a_capital_is_of_its_state(nlp, resources):
    people = _countries(
        nlp, resources, "Karl Tamm, a fisherman from Tallinn, was detained by Finnish border guards."
    )
    assert people.get("Karl Tamm") == "EST"


def test_a_town_in_a_state_name_is_left_to_the_nationality_rules(nlp, resources):
    text = "Rein Saar, a fisherman from the Baltic coast, was detained by Finnish border guards on Monday."
    assert _countries(nlp, resources, text).get("Rein Saar") is None


def test_an_employers_town_is_no_evidence(nlp, resources):
    text = "Jaan Lepp, a driver for a Riga haulage firm, was detained by Belarusian border guards last week."
    assert _countries(nlp, resources, text).get("Jaan Lepp") is None


def test_the_skipper_of_a_fishing_boat_of_one_nationality_is_of_its_state(nlp, resources):
    text = (
        "Estonia protested after a Finnish patrol boat stopped an Estonian trawler in the Gulf of Finland on "
        "Monday. Its skipper, Tarmo Kivi, and two crew members were released on Tuesday."
    )
    assert _countries(nlp, resources, text).get("Tarmo Kivi") == "EST"


def test_fishing_boats_of_two_states_say_nothing_of_the_skipper(nlp, resources):
    text = (
        "A Finnish trawler and an Estonian trawler collided in the Gulf of Finland on Monday. The skipper, "
        "Tarmo Kivi, was taken to hospital."
    )
    assert _countries(nlp, resources, text).get("Tarmo Kivi") is None
