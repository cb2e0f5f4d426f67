"""A holder's name the model read with the portfolio after a title's "for" as one body, a bare honorific and
a craft's name the model tagged as persons (``bilat.nlp.pipeline``, ``bilat.nlp.actors``,
``bilat.nlp.people``, ``bilat.nlp.context``)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text, published="2024-05-14"):
    index = recognize_actors(nlp(text), resources, published)
    return {p.name: (p.country, p.basis, p.title.role if p.title else None) for p in index.people}


def test_a_name_after_a_ministers_portfolio_is_a_person_of_the_capital_the_sentence_opens_in(nlp, resources):
    people = _people(
        nlp,
        resources,
        "WELLINGTON — New Zealand and Tonga agreed on a fisheries patrol plan on Monday.\n\n"
        "In Canberra, Minister for the South-West Pacific Douglas Fairweather said the plan was welcome.",
    )
    assert "Douglas Fairweather" in people
    assert people["Douglas Fairweather"][0] == "AUS"
    assert not any("Pacific" in name for name in people)


def test_a_secretary_of_state_for_a_portfolio_is_a_junior_office_of_the_delegation_led(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA — Ghana's trade minister hosted the Portuguese delegation in Accra, led by Secretary of State "
        "for Commerce Joana Ribeiro, who flew in from Abuja.",
    )
    assert people["Joana Ribeiro"] == ("PRT", "institution", "Secretary of State")


def test_a_portfolio_word_is_not_taken_for_the_holders_first_name(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Secretary of State for Veterans Colin Ashby and Minister for Pacific Affairs Grace Tupou met on "
        "Monday.",
    )
    assert set(people) == {"Colin Ashby", "Grace Tupou"}
    assert people["Colin Ashby"][2] == "Secretary of State"  # a junior office, not a foreign minister


def test_an_honorific_the_model_tagged_alone_is_no_person(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Yesterday the Minister, Hon. Selwyn Matakala, spoke by telephone with his counterpart.",
    )
    assert "Hon." not in people
    assert "Hon" not in people


def test_a_crafts_name_after_a_vessel_noun_or_a_flag_is_no_person(nlp, resources):
    people = _people(
        nlp,
        resources,
        'The navy detained the Cadiz-registered Santa Eulalia on Friday and escorted the trawler "Estrella '
        'Marina" to port. Fisheries Minister Tomas Brennan said the skipper would be charged.',
    )
    assert "Tomas Brennan" in people
    assert not any("Eulalia" in name or "registered" in name or "Estrella" in name for name in people)
