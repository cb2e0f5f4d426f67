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


def test_a_firm_named_after_its_state_the_model_split(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Kenya Power will buy more electricity from Ethiopian Electric Power next year under a contract "
        "the two firms renewed in Addis Ababa.",
    )
    assert (orgs["Ethiopian Electric Power"].country, orgs["Ethiopian Electric Power"].sector) == (
        "ETH",
        "BUS",
    )
    assert orgs["Kenya Power"].country == "KEN"


def test_a_split_name_goes_on_after_of_and_and(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Exports rose by a tenth last year, according to the Lao Ministry of Industry and Commerce. "
        "The Tunisian Forum for Economic and Social Rights criticised the plan.",
    )
    assert orgs["Lao Ministry of Industry and Commerce"].country == "LAO"
    assert orgs["Tunisian Forum for Economic and Social Rights"].country == "TUN"


def test_a_body_tagged_without_the_state_its_name_goes_on_to(nlp, resources):
    orgs = _organisations(
        nlp, resources, "The Royal Navy of Oman and Pakistan's navy held a rescue drill in March."
    )
    assert orgs["Royal Navy of Oman"].country == "OMN"


def test_a_state_office_named_by_what_it_does(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Tajikistan's border service said its patrol detained four men. Trade grew by a fifth, according "
        "to the Armenian statistics agency.",
    )
    assert orgs["Tajikistan's border service"].country == "TJK"
    assert "border service" in orgs["Tajikistan's border service"].aliases
    assert orgs["Armenian statistics agency"].country == "ARM"


def test_a_capitalised_word_after_a_sentence_ending_in_a_state_is_no_body(nlp, resources):
    orgs = _organisations(
        nlp, resources, "The minister flew to Kenya. Power cuts have hit the capital for a week."
    )
    assert not any(o.country == "KEN" for o in orgs.values())


def test_a_statistics_office_cited_for_one_states_exports_is_that_states(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Kenyan exports to Uganda were worth about 900 million USD in 2023, according to the National "
        "Bureau of Statistics. Trade between the two countries grew, according to the Central Reserve Bank.",
    )
    assert orgs["National Bureau of Statistics"].country == "KEN"
    assert "Central Reserve Bank" not in orgs  # no state's measure: no evidence


def test_a_listed_institutions_name_after_another_state_is_that_states_body(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Ecuador protested after the Peruvian Congress passed the law, and the US Congress held a hearing.",
    )
    assert (orgs["Peruvian Congress"].country, orgs["Peruvian Congress"].sector) == ("PER", "LEG")
    assert orgs["Congress"].country == "USA"


def test_a_force_named_before_its_craft_is_the_actor(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "A Libyan coast guard patrol boat stopped the ferry, and Russian air force jets flew over.",
    )
    assert orgs["Libyan coast guard"].country == "LBY"
    assert "coast guard" in orgs["Libyan coast guard"].aliases
    assert orgs["Russian air force"].country == "RUS"


def test_a_craft_without_a_state_force_names_no_body(nlp, resources):
    orgs = _organisations(nlp, resources, "A Turkish cargo ship docked at the port on Monday.")
    assert not orgs


def test_a_split_head_inside_a_longer_name_or_a_joint_name_is_no_body(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "India's Power Secretary, Ravi Menon, signed the deal. The Tanzania-Zambia Railway will be rebuilt.",
    )
    assert "India's Power" not in orgs
    assert "Zambia Railway" not in orgs


def test_a_regions_adjective_names_no_state(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "Honduras took the case to the Central American Court of Justice, and the Inter-American "
        "Development Bank lent it 50 million USD. The American Embassy was closed.",
    )
    assert not any(o.country == "USA" for name, o in orgs.items() if "American Embassy" not in name)
    assert orgs["Inter-American Development Bank"].country is None
    assert orgs["American Embassy"].country == "USA"


def test_a_regions_office_is_its_states(nlp, resources):
    orgs = _organisations(
        nlp, resources, "The Guangxi customs bureau said on Monday that durian imports would be checked."
    )
    assert orgs["Guangxi customs bureau"].country == "CHN"


def test_a_body_named_in_spanish_or_portuguese_after_its_state(nlp, resources):
    orgs = _organisations(
        nlp,
        resources,
        "The flight was chartered by Chile's Servicio Nacional de Migraciones, and a Portuguese Polícia "
        "Marítima boat escorted the ferry.",
    )
    body = orgs["Chile's Servicio Nacional de Migraciones"]
    assert body.country == "CHL"
    assert "Servicio Nacional de Migraciones" in body.aliases
    assert orgs["Portuguese Polícia Marítima"].country == "PRT"
