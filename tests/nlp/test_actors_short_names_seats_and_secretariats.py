"""A state's bodies named by its initials, by the city a post sits in, by "its" and by a lower-case
secretariat; a board that admits investment is a state's office."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _bodies(nlp, resources, text, published="2025-03-04"):
    index = recognize_actors(nlp(text), resources, published)
    return {a.name: (a.country, a.aliases) for a in index.actors if a.kind == "organisation"}


def test_a_force_named_by_its_states_initials_is_that_states(nlp, resources):
    text = (
        "HONIARA — A launch of the PNG Defence Force towed the yacht to Alotau on Friday, "
        "harbour officials said."
    )
    assert _bodies(nlp, resources, text).get("PNG Defence Force", (None,))[0] == "PNG"


def test_an_embassy_named_with_its_city_keeps_that_name(nlp, resources):
    text = "About 3,000 Chileans work in the copper mines there, according to the Chilean embassy in Lima."
    country, aliases = _bodies(nlp, resources, text)["Chilean embassy"]
    assert country == "CHL"
    assert "Chilean embassy in Lima" in aliases


def test_a_board_of_investment_in_a_dated_story_is_the_home_states(nlp, resources):
    text = (
        "DHAKA — Japan will lend 40 million USD for a new port, officials said. Japanese firms put about "
        "120 million USD into the country last year, the Board of Investment said."
    )
    assert _bodies(nlp, resources, text).get("Board of Investment", (None,))[0] == "BGD"


def test_a_ministry_its_names_is_the_state_whose_decision_it_announced(nlp, resources):
    text = (
        "SANTIAGO — The trade minister said Peru's decision to stop the shipments, taken by its Ministry "
        "of Production last week, broke the trade accord."
    )
    assert _bodies(nlp, resources, text).get("Ministry of Production", (None,))[0] == "PER"


def test_a_lower_case_portfolio_secretariat_is_the_dateline_states(nlp, resources):
    text = (
        "BUENOS AIRES — Argentina sold Chile goods worth about 900 million USD last year, according to "
        "the agriculture secretariat."
    )
    assert _bodies(nlp, resources, text).get("agriculture secretariat", (None,))[0] == "ARG"


def test_an_organisations_secretariat_is_no_states(nlp, resources):
    text = "GENEVA — The talks will resume in May, the treaty secretariat said."
    assert "treaty secretariat" not in _bodies(nlp, resources, text)


def test_a_commodore_in_a_capital_datelined_story_is_the_home_states(nlp, resources):
    text = (
        "VALLETTA — Libya asked for the return of a trawler seized off Gozo. Commodore Albert Zammit Brincat "
        "said the crew had been taken to port."
    )
    index = recognize_actors(nlp(text), resources, "2025-03-04")
    people = {p.name: p.country for p in index.people}
    assert people.get("Albert Zammit Brincat") == "MLT"


def test_a_capital_where_others_are_does_not_hold_back_the_paragraphs_state(nlp, resources):
    text = (
        "NAIROBI — Kenya summoned the Ethiopian ambassador on Monday over the border shooting.\n\n"
        "Ethiopia denied on Tuesday that its troops had crossed the line. State Minister Dawit Alemu Bekele "
        "said the patrol had stayed inside the border and rejected what he called false claims by officials "
        "in Nairobi."
    )
    index = recognize_actors(nlp(text), resources, "2025-03-04")
    people = {p.name: p.country for p in index.people}
    assert people.get("Dawit Alemu Bekele") == "ETH"


def test_an_untagged_body_named_with_its_state_is_read_whole(nlp, resources):
    text = (
        "Imports of Serbian wheat doubled last year, figures from the Agency for Statistics of Bosnia and "
        "Herzegovina show."
    )
    bodies = _bodies(nlp, resources, text)
    assert bodies.get("Agency for Statistics of Bosnia and Herzegovina", (None,))[0] == "BIH"
