"""Bodies the text places in a city: a city's port authority, a named body described as a city's."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _organisations(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: a for a in index.actors if a.kind == "organisation"}


def test_a_port_authority_named_with_its_city_is_that_citys_state(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Grain shipments through the port doubled last year, according to the Durban port authority.",
    )
    assert orgs["Durban port authority"].country == "ZAF"


def test_a_named_body_described_as_a_citys_think_tank_is_that_citys_states(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Arms sales rose by a third in 2023, according to the Institute for Security Studies, "
        "a Warsaw think tank, although the ministry disputes the figure.",
    )
    assert orgs["Institute for Security Studies"].country == "POL"


def test_a_city_without_a_body_after_it_makes_no_body(nlp, resources):
    orgs = _organisations(nlp, resources, "Talks resumed in Nairobi port talks on Monday.")
    assert not any(name.startswith("Nairobi") for name in orgs)


def test_a_named_unit_of_a_states_body_is_that_states(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "The loan was arranged by Kestrel Capital, a subsidiary of the Central Bank of Egypt, on Monday.",
    )
    assert orgs["Kestrel Capital"].country == "EGY"


def test_a_short_name_before_the_governments_agency_is_the_home_states(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "LIMA, May 4 (Wire) — Peru recalled its envoy to Quito on Monday. The posts were shared "
        "40,000 times, according to the government's Tarvik agency.",
    )
    assert orgs["Tarvik"].country == "PER"


def test_an_agency_cited_for_its_states_figure_is_that_states(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Danish humanitarian aid to Chad came to about 40 million euros in 2023, according to the aid "
        "agency Danfra, mostly for clinics.",
    )
    assert orgs["Danfra"].country == "DNK"


def test_an_agency_cited_where_two_states_are_subjects_has_no_state(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Chad and Denmark traded about 40 million euros of goods in 2023, according to the agency Danfra.",
    )
    assert "Danfra" not in orgs
