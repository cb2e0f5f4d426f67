"""Ties a person's own words make to one side of a visit outrank the dateline of the capital visited."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_who_accompanied_a_visitor_is_of_the_visitors_state(nlp, resources):
    text = (
        "Chile and Bolivia discuss lithium\n\n"
        "LA PAZ, Aug 4 (Andes Desk) — Chile's mining minister, Tomás Ferrada Ossa, held talks with Bolivian "
        "officials on Tuesday.\n\n"
        "Ignacio Valdivieso, the undersecretary who accompanied Ferrada, said the two sides would meet again."
    )
    assert _people(nlp, resources, text)["Ignacio Valdivieso"].country == "CHL"


def test_who_travelled_with_the_delegation_is_of_its_state(nlp, resources):
    text = (
        "Ghana and Togo agree on power sales\n\n"
        "LOME, May 12 (Bight Courier) — A Ghanaian delegation signed a power supply deal in Lome on "
        "Monday.\n\n"
        "Kwabena Asamoah-Boateng, a deputy minister who travelled with the delegation, said supplies would "
        "begin in July."
    )
    assert _people(nlp, resources, text)["Kwabena Asamoah-Boateng"].country == "GHA"


def test_leader_of_a_states_team_is_of_that_state(nlp, resources):
    text = (
        "Portugal seeks Spanish water deal\n\n"
        "MADRID, March 3 (Iberian Ledger) — Portugal opened talks in Madrid on Tuesday on river flows.\n\n"
        "Environment Minister Duarte Meireles Lobo led the Portuguese team, which met Spanish officials."
    )
    assert _people(nlp, resources, text)["Duarte Meireles Lobo"].country == "PRT"


def test_aide_of_a_visitor_named_by_surname_is_of_the_visitors_state(nlp, resources):
    text = (
        "Austria and Slovenia discuss rail line\n\n"
        "LJUBLJANA, June 8 (Alpine Rail Letter) — Austria's transport minister, Lukas Pichlmayr, held talks "
        "in Ljubljana on Monday.\n\n"
        "Pichlmayr's chief of staff, Verena Gruber-Stadler, said the line would open in 2030."
    )
    assert _people(nlp, resources, text)["Verena Gruber-Stadler"].country == "AUT"


def test_spokesman_of_an_organisation_of_states_secretariat_has_no_state(nlp, resources):
    text = (
        "Zambia and Malawi agree on border post\n\n"
        "LILONGWE, Sept 2 (Lake Desk) — Zambia and Malawi agreed on Wednesday to open a border post.\n\n"
        "A spokesman for the SADC secretariat, Tumelo Dube, said the agreement would help trade."
    )
    person = _people(nlp, resources, text)["Tumelo Dube"]
    assert person.country is None


def test_official_speaking_after_the_visitor_is_not_given_the_dateline(nlp, resources):
    text = (
        "Laos and Vietnam sign rail deal\n\n"
        "HANOI, April 7 (Annam Courier) — Prime Minister Bounmy Keovilay of Laos arrived in Hanoi on Monday "
        "for a three-day visit.\n\n"
        '"This line will take our goods to the sea," Keovilay told reporters in Hanoi. Foreign Minister '
        "Somphone Inthavong said the two sides would meet again in Vientiane in May."
    )
    assert _people(nlp, resources, text)["Somphone Inthavong"].country != "VNM"


def test_host_official_speaking_of_the_host_keeps_the_dateline(nlp, resources):
    text = (
        "Laos and Vietnam sign rail deal\n\n"
        "HANOI, April 7 (Annam Courier) — Prime Minister Bounmy Keovilay of Laos arrived in Hanoi on Monday "
        "for a three-day visit.\n\n"
        '"This line will take our goods to the sea," Keovilay told reporters in Hanoi. Vietnamese officials '
        "said the bridge would open in May. Foreign Minister Hoang Duc Thinh said the sides would meet again."
    )
    assert _people(nlp, resources, text)["Hoang Duc Thinh"].country == "VNM"


def test_spokeswoman_of_a_grouping_named_in_several_words_has_no_state(nlp, resources):
    text = (
        "Peru and Bolivia agree on lake patrols\n\n"
        "LIMA, Jan 14 (Altiplano Desk) — Peru and Bolivia agreed on Tuesday to patrol the lake jointly.\n\n"
        "Lucia Condori, a spokeswoman for the Andean Community secretariat, said the plan would help."
    )
    assert _people(nlp, resources, text)["Lucia Condori"].country is None
