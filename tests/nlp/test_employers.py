"""A commentator's country from where their employer is, as the words name it."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_a_university_of_a_state_is_that_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        '"Both sides are testing each other," said Kofi Mensah, a lecturer at the University of Ghana.',
    )
    assert people["Kofi Mensah"].country == "GHA"


def test_a_university_of_a_city_is_in_that_citys_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        '"The closures will not last," said Lena Brandt, a researcher at the University of Hamburg.',
    )
    assert people["Lena Brandt"].country == "DEU"


def test_an_unnamed_employer_in_a_city(nlp, resources):
    people = _people(
        nlp,
        resources,
        '"Nobody gains from this," said Omar Haddad, an economist with a small consultancy in Casablanca.',
    )
    assert people["Omar Haddad"].country == "MAR"


def test_a_centre_for_studies_of_a_state_is_not_that_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        '"Nobody wants a war," said Omar Haddad, an analyst at the Centre for Studies of Iran.',
    )
    assert people["Omar Haddad"].country is None
