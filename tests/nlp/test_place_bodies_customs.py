"""A city's customs office and a chamber named for a city (``bilat.nlp.place_bodies``): of the state the
city is in. Invented sentences."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _organisations(nlp, resources, text):
    index = recognize_actors(nlp(text), resources, "2025-05-06")
    return {(a.name, a.country, a.sector) for a in index.actors if a.kind == "organisation"}


def test_a_citys_customs_is_its_states(nlp, resources):
    text = "Rail freight through the border crossings rose by a fifth last year, according to Harbin customs."
    assert ("Harbin customs", "CHN", "GOV") in _organisations(nlp, resources, text)


def test_a_state_before_customs_is_no_city(nlp, resources):
    text = "Exports to Georgia fell by a tenth last year, according to Armenian customs."
    bodies = _organisations(nlp, resources, text)
    assert not any(country not in {None, "ARM"} for name, country, _ in bodies if "customs" in name)


def test_a_chamber_named_for_a_city_is_its_states(nlp, resources):
    text = "Two-way trade climbed to 3 billion USD in 2024, according to the Dubai Chamber."
    bodies = _organisations(nlp, resources, text)
    assert any(name == "Dubai Chamber" and country == "ARE" for name, country, _ in bodies)
