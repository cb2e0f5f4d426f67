"""Bodies and people that got no country: a council or a house a state's word ranks, the office of a head
of government, an office described before its name, a ministry the parser hung on the noun it qualifies,
a state-owned firm named for a city, a short "chargé", an envoy told at a ministry in a capital, "its"
opening a paragraph, and the accuser of an answered charge when the accusing verb has no subject."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _index(nlp, resources, text):
    return recognize_actors(nlp(text), resources)


def _organisations(nlp, resources, text):
    return {a.name: a for a in _index(nlp, resources, text).actors if a.kind == "organisation"}


def _people(nlp, resources, text):
    return {p.name: p for p in _index(nlp, resources, text).people}


def test_a_high_council_is_the_datelines_states(nlp, resources):
    found = _organisations(
        nlp,
        resources,
        "TUNIS, June 3 — Tunisia recalled its envoy from Rome on Monday. The decision followed a meeting of "
        "the High Defence Council that lasted four hours.",
    )
    assert found["High Defence Council"].country == "TUN"


def test_a_national_assembly_with_a_possessive_name(nlp, resources):
    found = _organisations(
        nlp,
        resources,
        "TUNIS, June 3 — Tunisia recalled its envoy from Rome on Monday.\n\n"
        "Last year the People's National Assembly adopted a motion that was read as aimed at Italy.",
    )
    assembly = found["People's National Assembly"]
    assert assembly.country == "TUN"  # not the state a clause inside its act is aimed at
    assert assembly.sector == "LEG"


def test_a_high_commission_is_not_made_the_datelines(nlp, resources):
    found = _organisations(
        nlp,
        resources,
        "NAIROBI, June 3 — The High Commission said on Monday that visas would be issued again.",
    )
    assert found.get("High Commission") is None or found["High Commission"].country != "KEN"


def test_the_office_of_a_head_of_state_cited_for_a_states_figure(nlp, resources):
    found = _organisations(
        nlp,
        resources,
        "ADDIS ABABA, May 3 — Ethiopia summoned Kenya's ambassador on Sunday.\n\n"
        "Kenya shelters some 40,000 people who fled the fighting, according to the Office of the President.",
    )
    assert found["Office of the President"].country == "KEN"


def test_a_passive_subject_a_nationality_marks_is_no_citing_state(nlp, resources):
    found = _organisations(
        nlp,
        resources,
        "RABAT, June 3 — Morocco summoned Spain's ambassador on Monday.\n\n"
        "Spanish investment in Morocco is put at 4 billion EUR, according to the National Agency for "
        "Export Promotion.",
    )
    assert found["National Agency for Export Promotion"].country == "MAR"


def test_an_office_described_before_its_name(nlp, resources):
    found = _organisations(
        nlp,
        resources,
        "OSLO, June 3 — Norway protested to Russia on Monday. Norwegian exports fell by a tenth last year, "
        "according to the statistics office SSB.",
    )
    assert found["SSB"].country == "NOR"
    assert found["SSB"].sector == "GOV"


def test_a_press_office_is_no_states_office(nlp, resources):
    found = _organisations(
        nlp, resources, "OSLO, June 3 — The figures were released by the press office Nordlys on Monday."
    )
    assert "Nordlys" not in found


def test_a_ministry_hung_on_the_noun_it_qualifies(nlp, resources):
    found = _organisations(
        nlp, resources, "Greek interior ministry figures show that 900 migrants landed on Lesbos in May."
    )
    ministry = found["Greek interior ministry"]
    assert ministry.country == "GRC"
    assert "interior ministry" in ministry.aliases


def test_a_lower_case_ministry_keeps_its_possessive_state_in_its_name(nlp, resources):
    found = _organisations(
        nlp,
        resources,
        "Bilateral commerce hit 12 billion USD in 2023, according to Brazil's commerce ministry.",
    )
    assert found["Brazil's commerce ministry"].country == "BRA"


def test_a_states_statistical_committee(nlp, resources):
    found = _organisations(
        nlp, resources, "Exports rose by a fifth in 2024, according to Georgia's statistical committee."
    )
    assert found["Georgia's statistical committee"].country == "GEO"


def test_a_commission_two_states_share_is_neithers(nlp, resources):
    found = _organisations(
        nlp, resources, "The Czech-Austrian intergovernmental commission met in Brno on Tuesday."
    )
    assert not any(a.country in {"CZE", "AUT"} for name, a in found.items() if "commission" in name)


def test_a_state_owned_firm_named_for_a_city(nlp, resources):
    found = _organisations(
        nlp,
        resources,
        "The sanctions freeze the assets of the state-owned Karachi Shipyard Works and two suppliers.",
    )
    assert found["Karachi Shipyard Works"].country == "PAK"


def test_the_short_charge_names_the_chargé_named_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "DOHA — Qatar summoned Norway's chargé d'affaires on Monday over remarks by a Norwegian minister.\n\n"
        "The chargé, Lars Vik, was handed a protest note.",
    )
    assert people["Lars Vik"].country == "NOR"


def test_a_headline_nationality_right_before_the_envoy(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Danes summon Russian envoy after drone flights\n\n"
        "COPENHAGEN — Denmark summoned Russia's ambassador on Friday. Officials told the ambassador, "
        "Pavel Sokolin, that the flights were unacceptable.",
    )
    assert people["Pavel Sokolin"].country == "RUS"


def test_an_envoy_told_at_a_ministry_in_a_capital_is_the_other_sides(nlp, resources):
    people = _people(
        nlp,
        resources,
        "OSLO, May 2 — Norway summoned Iran's ambassador on Monday, and Iran called in Norway's envoy "
        "a day later.\n\n"
        "Ambassador Reza Karimi was told at the ministry in Oslo that the arrest was unlawful.",
    )
    assert people["Reza Karimi"].country == "IRN"


def test_its_opening_a_paragraph_reads_the_body_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "HANOI — The Vietnamese Fisheries Surveillance Agency seized two boats near the islands on Sunday, "
        "the agency said.\n\n"
        "Its regional director, Colonel Le Quang Minh, said 19 fishermen had been detained.",
    )
    assert people["Le Quang Minh"].country == "VNM"


def test_its_opening_a_paragraph_is_not_another_subjects_body(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Chile's navy stopped the barge on Monday, the Peruvian Shippers' Guild said.\n\n"
        "Its president, Mario Quispe, said the barge had been ordered to anchor.",
    )
    assert people["Mario Quispe"].country != "CHL"


def test_a_spokesman_answering_charges_keeps_his_ministrys_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "VILNIUS — Lithuania called in the Russian embassy's chargé on Tuesday and ordered one of its "
        "diplomats out, accusing Moscow of cyberattacks.\n\n"
        "The Russian foreign ministry answered on Wednesday. Spokesman Oleg Marin rejected the accusations "
        "as baseless.",
    )
    assert people["Oleg Marin"].country == "RUS"
