"""A state body's name as the text writes it (``bilat.nlp.body_names``) and the state it is given: a
ministry's name cut at "and", a signature's title run into it, a body's name split after its state, a
statistics office named "Statistics <state>", a name that goes on "of <state>", a national office or firm
named without its state, a bare "<portfolio> ministry"."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _organisations(nlp, resources, text, published="2024-05-14"):
    index = recognize_actors(nlp(text), resources, published)
    return {a.name: a.country for a in index.actors if a.kind == "organisation"}


def test_body_names_a_ministry_cut_at_and_gets_its_whole_portfolio(nlp, resources):
    text = (
        "VALLETTA, May 14 (Harbour Wire) — Exports of olive oil rose by a third last year, according to "
        "Malta's Ministry of Agriculture and Fisheries."
    )
    bodies = _organisations(nlp, resources, text)
    assert bodies.get("Ministry of Agriculture and Fisheries") == "MLT"


def test_body_names_a_european_portfolio_does_not_make_a_ministry_international(nlp, resources):
    text = (
        "REPUBLIC OF SLOVENIA\nMinistry of Foreign and European Affairs\n\nPRESS RELEASE\n\n"
        "Ljubljana, 3 May 2024 — The State Secretary today received the Ambassador of Austria."
    )
    bodies = _organisations(nlp, resources, text)
    assert bodies.get("Ministry of Foreign and European Affairs") == "SVN"


def test_body_names_a_body_split_after_its_state_is_that_states(nlp, resources):
    text = "Under the accord, Latvian State Powerlines and Elering will study a new cable to the islands."
    bodies = _organisations(nlp, resources, text)
    assert bodies.get("Latvian State Powerlines") == "LVA"
    text = "The minister said Canada Export Finance would back roads and ports in the north."
    assert _organisations(nlp, resources, text).get("Canada Export Finance") == "CAN"


def test_body_names_a_body_split_after_its_state_is_no_person(nlp, resources):
    text = "Farmers are paid more by the Liberia Rubber Board than by buyers across the river."
    index = recognize_actors(nlp(text), resources, "2024-05-14")
    assert not any(p.name == "Rubber Board" for p in index.people)


def test_body_names_statistics_and_a_country_name_a_statistics_office(nlp, resources):
    text = "Trade between the two neighbours fell by 8 percent in 2023, according to Statistics Norway."
    assert _organisations(nlp, resources, text).get("Statistics Norway") == "NOR"


def test_body_names_a_name_going_on_to_its_state_keeps_it(nlp, resources):
    text = "Imports from Armenia doubled in 2022, according to the National Statistics Office of Moldova."
    bodies = _organisations(nlp, resources, text)
    assert bodies.get("National Statistics Office of Moldova") == "MDA"


def test_body_names_a_national_office_unmarked_is_the_datelines(nlp, resources):
    text = (
        "BUCHAREST, May 14 (Danube Wire) — Romania recalled its envoy from Chisinau on Tuesday.\n\n"
        "Trade between the two reached 3 billion EUR last year, according to the National Statistical "
        "Institute."
    )
    assert _organisations(nlp, resources, text).get("National Statistical Institute") == "ROU"


def test_body_names_a_national_firm_acting_abroad_is_the_places_state(nlp, resources):
    text = (
        "LISBON, May 14 (Tagus Wire) — Portugal and Angola signed a fisheries accord on Monday.\n\n"
        "Galp and the National Fuel Corporation signed a supply deal in Luanda on Saturday."
    )
    bodies = _organisations(nlp, resources, text)
    assert bodies.get("National Fuel Corporation") in {"AGO", None}
    assert bodies.get("National Fuel Corporation") != "PRT"


def test_body_names_a_bare_ministry_in_a_datelined_story_is_the_home_states(nlp, resources):
    text = (
        "WARSAW, May 14 (Vistula Wire) — Poland will send more border guards to the east, officials "
        "said.\n\nAbout 9,000 people tried to cross last year, according to the interior ministry."
    )
    assert _organisations(nlp, resources, text).get("interior ministry") == "POL"


def test_body_names_a_bare_ministry_without_a_dateline_has_no_state(nlp, resources):
    text = (
        "Poland and Lithuania argued over the border. About 9,000 people crossed, the interior ministry said."
    )
    assert "interior ministry" not in _organisations(nlp, resources, text)


def test_body_names_an_acronym_defined_in_brackets_is_the_bodys(nlp, resources):
    text = (
        "The Liberia Maritime Authority (LMA) seized two trawlers on Monday. The LMA said the vessels had "
        "no licences."
    )
    index = recognize_actors(nlp(text), resources, "2024-05-14")
    body = next(a for a in index.actors if a.name == "Liberia Maritime Authority")
    assert body.country == "LBR"
    assert "LMA" in body.aliases


def test_body_names_an_acronym_whose_letters_are_not_the_initials_is_no_alias(nlp, resources):
    text = "The Liberia Maritime Authority (BBC) seized two trawlers on Monday."
    index = recognize_actors(nlp(text), resources, "2024-05-14")
    assert all("BBC" not in a.aliases for a in index.actors)


def test_body_names_an_untagged_force_in_a_datelined_story_is_the_home_states(nlp, resources):
    text = (
        "VILNIUS, May 14 (Amber Wire) — Lithuania protested to Belarus on Tuesday.\n\n"
        "On Sunday the Border Police turned back four lorries at the crossing, citing missing permits."
    )
    assert _organisations(nlp, resources, text).get("Border Police") == "LTU"


def test_body_names_a_name_after_a_title_and_its_portfolio_is_a_person(nlp, resources):
    # The model leaves this name untagged: the title and its portfolio before it say it is a person's.
    text = (
        "Minister of External Relations Théodore Ngassa told the envoy, Pedro Mba Nsue, that the 30 "
        "traders held since Monday must be released."
    )
    index = recognize_actors(nlp(text), resources, "2024-05-14")
    names = {p.name for p in index.people}
    assert "Théodore Ngassa" in names
    assert not any(name.startswith("Relations") for name in names)
