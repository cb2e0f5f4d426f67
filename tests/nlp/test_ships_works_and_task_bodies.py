"""Ships by their navy's prefix, a state's offices named by their task, banks a state calls its own, works
named before their noun and multinationals the tables know: actors with the state their words give."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _actors(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: a for a in index.actors}


def test_a_ship_named_with_its_navys_prefix_is_of_that_state(nlp, resources):
    found = _actors(
        nlp,
        resources,
        "Sailors from HMAS Bellbird boarded the dhow on Tuesday, and Kenya protested to Canberra.",
    )
    ship = found["HMAS Bellbird"]
    assert (ship.kind, ship.country, ship.sector) == ("organisation", "AUS", "MIL")


def test_a_ship_the_model_reads_as_a_person_is_no_person(nlp, resources):
    found = _actors(nlp, resources, "USS Harlan Crosby and the Peruvian navy held drills off Callao.")
    assert found["USS Harlan Crosby"].country == "USA"
    assert not any(a.kind == "person" and "Crosby" in name for name, a in found.items())


def test_a_prefix_of_two_navies_says_nothing(nlp, resources):
    found = _actors(nlp, resources, "INS Tarangi docked at Colombo on Friday.")
    assert not any("Tarangi" in name and a.country for name, a in found.items())


def test_an_electoral_council_and_a_migration_directorate_of_a_possessive_state(nlp, resources):
    found = _actors(
        nlp,
        resources,
        "Ecuador's electoral council disqualified two candidates, "
        "according to Chile's migration directorate.",
    )
    assert found["Ecuador's electoral council"].country == "ECU"
    assert found["Chile's migration directorate"].country == "CHL"


def test_maritime_enforcement_with_a_nationality(nlp, resources):
    found = _actors(nlp, resources, "Indonesian maritime enforcement seized two Thai trawlers near Natuna.")
    body = found["Indonesian maritime enforcement"]
    assert (body.country, body.sector) == ("IDN", "COP")


def test_a_bank_a_state_calls_its_own(nlp, resources):
    found = _actors(
        nlp, resources, "Jamaica said its Eximbank would lend 20 million USD to Guyanese rice importers."
    )
    assert found["Eximbank"].country == "JAM"


def test_works_named_before_their_noun_are_a_firm_of_the_owning_state(nlp, resources):
    found = _actors(
        nlp,
        resources,
        "The minister said the deal would allow Bulgaria's Radomir Kovachev plant "
        "to build shells under licence.",
    )
    works = found["Radomir Kovachev"]
    assert (works.kind, works.country, works.sector) == ("organisation", "BGR", "BUS")
    assert not any(a.kind == "person" and "Kovachev" in name for name, a in found.items())


def test_works_with_no_state_say_nothing(nlp, resources):
    found = _actors(nlp, resources, "Workers at the Radomir Kovachev plant went on strike.")
    assert not any(a.kind == "organisation" and "Kovachev" in name for name, a in found.items())


def test_a_multinational_the_tables_know_is_listed_with_its_home_state(nlp, resources):
    found = _actors(nlp, resources, "Kenya Airways agreed to buy six Boeing jets, the carrier said.")
    assert (found["Boeing"].country, found["Boeing"].sector) == ("USA", "BUS")
