"""Officials whose country comes from the ministry they act for, the state a paragraph turns to, a
title followed by its state, and datelines in the day-first form of government releases."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors
from bilat.nlp.context import release_country
from bilat.nlp.countries import load_gazetteer


def _countries(nlp, resources, text, published="2023-05-04"):
    index = recognize_actors(nlp(text), resources, published)
    return {a.name: a.country for a in index.actors if a.kind == "person"}


def test_ministries_minister_of_a_named_ministry_outranks_the_dateline(nlp, resources):
    text = (
        "LIMA, May 4 (Wire) — Peru protested on Thursday over a drone flight near its border.\n\n"
        "The Chilean defence ministry said the flight was a routine patrol. "
        "Defence Minister Ana Soto said on Friday that no border had been crossed.\n\n"
        "Ministry spokesman Luis Tello said Peru would file a complaint."
    )
    countries = _countries(nlp, resources, text)
    assert countries["Ana Soto"] == "CHL"


def test_ministries_spokesperson_of_the_ministry_just_named(nlp, resources):
    text = (
        "OTTAWA — Duties on Canadian canola were announced by the Ministry of Commerce in Beijing. "
        "The ministry said the inquiry had lasted a year. A ministry spokeswoman, Liu Fang, said the "
        "duties were lawful."
    )
    countries = _countries(nlp, resources, text)
    assert countries["Liu Fang"] == "CHN"


def test_ministries_a_portfolio_unlike_the_ministry_named_takes_nothing_from_it(nlp, resources):
    text = (
        "The Chilean defence ministry said the flight was a routine patrol. "
        "Finance Minister Ana Soto said the budget was balanced."
    )
    countries = _countries(nlp, resources, text)
    assert countries["Ana Soto"] is None


def test_ministries_the_state_a_paragraph_turns_to_speaks_for_its_officials(nlp, resources):
    text = (
        "Peru and Chile have argued over fishing rights for years.\n\n"
        "Lima protested the new quota, and Foreign Minister Rosa Quispe warned of countermeasures.\n\n"
        "Santiago did not wait long. Foreign ministry spokesman Pablo Vera called the protest baseless."
    )
    countries = _countries(nlp, resources, text)
    assert countries["Rosa Quispe"] == "PER"
    assert countries["Pablo Vera"] == "CHL"


def test_ministries_title_then_name_then_its_state(nlp, resources):
    text = (
        "Foreign Secretary Tomas Rivas received Foreign Minister Kenji Sato of Japan in Manila. "
        "The Ambassador of the Federal Republic of Germany to Austria, Mr. Paul Weber, was recalled."
    )
    countries = _countries(nlp, resources, text)
    assert countries["Kenji Sato"] == "JPN"
    assert countries["Paul Weber"] == "DEU"


def test_ministries_day_first_dateline_of_a_release(nlp, resources):
    text = (
        "Communiqué of the Ministry of Foreign Affairs\n\nLisbon, 12 June 2023\n\n"
        "The Minister of Foreign Affairs, Mr. Rui Costa, received the ambassador of Brazil."
    )
    countries = _countries(nlp, resources, text)
    assert countries["Rui Costa"] == "PRT"


def test_ministries_ambassador_as_honorific_yields_to_the_office_held(nlp, resources):
    text = (
        "The Cabinet Secretary for Foreign Affairs, Ambassador Grace Wambui, conveyed the demand. "
        "Ambassador Ahmed Fawzi, the Official Spokesperson of the Ministry of Foreign Affairs, said the "
        "talks went well."
    )
    index = recognize_actors(nlp(text), resources, "2023-05-04")
    roles = {p.name: p.title.role for p in index.people}
    assert roles["Grace Wambui"] == "Foreign Minister"
    assert roles["Ahmed Fawzi"] == "Spokesperson"


def test_ministries_a_release_without_dateline_speaks_for_the_state_it_opens_with(nlp, resources):
    text = (
        "PRESS STATEMENT: GHANA RECALLS ENVOY\n\n"
        "The Government of the Republic of Ghana has today recalled its envoy for consultations.\n\n"
        "The Minister of Foreign Affairs, Mr. Kofi Boateng, has conveyed the decision."
    )
    countries = _countries(nlp, resources, text)
    assert countries["Kofi Boateng"] == "GHA"
    # A headline about someone's statement is not a release.
    plain = nlp("Ghana rejects statement\n\nGhana on Monday rejected the claim by its neighbour.")
    assert release_country(plain, resources.load("actors.gazetteer", load_gazetteer)) is None


def test_ministries_framing_state_yields_when_the_sentence_names_the_home_state(nlp, resources):
    text = (
        "CANBERRA — China imposed duties on Australian barley on Monday.\n\n"
        "Beijing said the duties were lawful. Trade Minister Simon Hale said Australia would consider an "
        "appeal."
    )
    countries = _countries(nlp, resources, text)
    assert countries["Simon Hale"] != "CHN"


def test_unmarked_ministry_keeps_the_earlier_portfolio(nlp, resources):
    text = (
        "RABAT, May 3 (Wire) — Algeria's defence ministry said guards had caught six Moroccans. "
        "The ministry accused Rabat of waging a drug war.\n\n"
        "Foreign Minister Karim Alaoui rejected that account on Thursday."
    )
    index = recognize_actors(nlp(text), resources)
    people = {p.name: p for p in index.people}
    assert people["Karim Alaoui"].basis != "ministry"
    assert people["Karim Alaoui"].country == "MAR"


def test_an_unmarked_ministry_paragraphs_ago_does_not_claim_a_minister(nlp, resources):
    text = (
        "THE HAGUE — The Dutch envoy was summoned by the Turkish foreign ministry on Tuesday.\n\n"
        "Foreign ministry spokesman Kerem Yilmaz called the decision a disgrace.\n\n"
        "Foreign Minister Sanne de Vries said the ambassador would be called in."
    )
    index = recognize_actors(nlp(text), resources)
    people = {p.name: p for p in index.people}
    assert people["Sanne de Vries"].country == "NLD"


def test_unmarked_ministry_of_the_portfolio_of_a_minister_named_before_is_that_ministers_state(
    nlp, resources
):
    from bilat.nlp.actors import recognize_actors

    text = (
        "Nigeria and Niger discuss refinery\n\n"
        "NIAMEY, Feb 4 (Sahel Desk) — Nigeria's petroleum minister said on Tuesday that crude deliveries to "
        "the Zinder refinery would resume.\n\n"
        "Speaking in Abuja, Petroleum Minister Bala Dikko said the pipeline had been repaired. A spokesman "
        "for the petroleum ministry, Sani Gwarzo, said the first cargo would leave next week."
    )
    people = {p.name: p for p in recognize_actors(nlp(text), resources).people}
    assert people["Sani Gwarzo"].country == "NGA", people["Sani Gwarzo"].basis


def test_minister_asking_the_other_states_ambassador_is_not_of_its_ministry(nlp, resources):
    from bilat.nlp.actors import recognize_actors

    text = (
        "Ecuador protests Peruvian dredging\n\n"
        "QUITO, Aug 2 (Andes Desk) — Ecuador protested on Friday over dredging works on the river.\n\n"
        "Peru's foreign ministry dismissed the protest in a written statement.\n\n"
        "Foreign Minister Lucía Paredes said she had asked the Peruvian ambassador, Jorge Salas, for an "
        "explanation."
    )
    people = {p.name: p for p in recognize_actors(nlp(text), resources).people}
    assert people["Lucía Paredes"].country != "PER", people["Lucía Paredes"].basis


def test_official_titled_by_portfolio_alone_is_not_of_a_body_named_by_its_own_name(nlp, resources):
    from bilat.nlp.actors import recognize_actors

    text = (
        "Vanuatu turns away US survey ship\n\n"
        "PORT VILA — Vanuatu refused a port call by a US survey ship last week.\n\n"
        "A State Department spokeswoman, Laura Bennett, said the United States was disappointed.\n\n"
        "The prime minister's office announced on Tuesday that all visits were suspended. "
        "The director general of foreign affairs, Mr Tom Kalsakau, said the decision targeted no country."
    )
    people = {p.name: p for p in recognize_actors(nlp(text), resources).people}
    assert people["Tom Kalsakau"].country != "USA", people["Tom Kalsakau"].basis


def test_unmarked_ministry_named_again_keeps_its_portfolio(nlp, resources):
    from bilat.nlp.actors import recognize_actors

    text = (
        "TBILISI, May 3 — Georgia and Japan signed a disaster-risk memorandum on Friday.\n\n"
        "Japan's State Minister for Foreign Affairs Hideo Sakamoto signed for Japan. The ministry said the "
        "memorandum would run for five years."
    )
    people = {p.name: p for p in recognize_actors(nlp(text), resources).people}
    assert people["Hideo Sakamoto"].country == "JPN", people["Hideo Sakamoto"].basis
