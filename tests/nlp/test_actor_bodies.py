"""Named bodies a state's words mark as its own: banks, agencies and services outside the institution list."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _organisations(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: a for a in index.actors if a.kind == "organisation"}


def test_named_body_with_nationality_or_country_in_its_name(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "The Norwegian Export Credit Agency and the Development Bank of Chile signed a loan on Monday.",
    )
    assert orgs["Norwegian Export Credit Agency"].country == "NOR"
    assert orgs["Development Bank of Chile"].country == "CHL"
    assert orgs["Development Bank of Chile"].sector == "BUS"


def test_named_body_in_apposition_to_a_state_noun(nlp, resources):
    orgs = _organisations(
        nlp, resources, "Argentina's state oil company, YPF, will build the new pipeline next year."
    )
    assert orgs["YPF"].country == "ARG"


def test_named_body_without_a_country_is_no_actor(nlp, resources):
    orgs = _organisations(nlp, resources, "The Clearwater Foundation published a report on Tuesday.")
    assert "Clearwater Foundation" not in orgs


def test_a_state_body_named_without_its_state_is_the_datelines(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "TBILISI, May 2 (Wire) — Russian troops detained five villagers.\n\n"
        "The State Security Service said the five were residents of a nearby village. "
        "The International Energy Agency said nothing.",
    )
    assert orgs["State Security Service"].country == "GEO"
    assert orgs["International Energy Agency"].country is None


def test_a_police_service_named_with_a_two_word_nationality(nlp, resources):
    orgs = _organisations(
        nlp, resources, "The South African Police Service said 117 people had been arrested in raids."
    )
    body = orgs["South African Police Service"]
    assert (body.country, body.sector) == ("ZAF", "COP")


def test_a_news_service_is_no_state_body(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "TBILISI, May 2 (Kartli News Service) — Russian troops detained five villagers, the Kartli News "
        "Service reported.",
    )
    assert all(body.country is None for name, body in orgs.items() if "News" in name)


def test_an_international_bodys_office_in_a_country_is_not_that_states(nlp, resources):
    orgs = _organisations(
        nlp, resources, "Aid is running short, a spokesperson for UNHCR Kenya told reporters on Monday."
    )
    assert all(body.country != "KEN" for body in orgs.values())


def test_customs_of_a_named_state_is_its_body(nlp, resources):
    bodies = _organisations(
        nlp,
        resources,
        "Trade reached 40 million USD last year, according to Peruvian customs. Exports rose, "
        "according to Bolivia's customs administration. The new administration declined to comment.",
    )
    assert bodies["Peruvian customs"].country == "PER"
    assert bodies["Bolivia's customs administration"].country == "BOL"
    assert not any("new administration" in name for name in bodies)
