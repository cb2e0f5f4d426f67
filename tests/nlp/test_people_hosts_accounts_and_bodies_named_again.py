""" "his host" is of the other side; "the account from <capital>" turns a paragraph to that state; a body
named again without its state keeps the state it was named with; Kenya's Cabinet Secretaries."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_his_host_is_not_of_the_visitors_state(nlp, resources):
    text = (
        "Ghana and Togo sign power deal\n\n"
        "LOME, June 3 (Gulf Wire) — Ghana and Togo signed an electricity deal on Tuesday.\n\n"
        "President Kofi Asamoah of Ghana, who flew in on Monday, was welcomed at the palace by his host, "
        "President Edem Kpodar. The two leaders talked for an hour."
    )
    assert _people(nlp, resources, text)["Edem Kpodar"].country != "GHA"


def test_account_from_the_other_capital_frames_the_next_spokesman(nlp, resources):
    text = (
        "Chile protests seizure of trawler\n\n"
        "SANTIAGO, May 2 (Pacific Desk) — Chile protested on Thursday after Peru seized a trawler.\n\n"
        "The account from Lima is different. A navy spokesman, Commander Julio Quispe, said the boat had "
        "been fishing illegally."
    )
    assert _people(nlp, resources, text)["Julio Quispe"].country == "PER"


def test_body_named_again_without_its_state_keeps_that_state(nlp, resources):
    text = (
        "Manila protests Chinese drills\n\n"
        "MANILA, July 8 (Island Wire) — The Philippines protested on Monday after China's coast guard "
        "administration announced drills near the shoal.\n\n"
        "The coast guard administration dismissed the protest on Tuesday. Its deputy director, "
        "Liu Jianguo, said the waters were Chinese."
    )
    assert _people(nlp, resources, text)["Liu Jianguo"].country == "CHN"


def test_kenyan_cabinet_secretary_in_the_other_capital(nlp, resources):
    text = (
        "Kenya and Uganda agree on rail\n\n"
        "KAMPALA, Aug 5 (Lake Wire) — Kenya and Uganda agreed on Monday to extend the railway.\n\n"
        "Transport Cabinet Secretary Njeri Kamau said Kenya would finish its section by 2027, while "
        "Uganda's Minister of Works, Okot Odongo, said work would start in March."
    )
    assert _people(nlp, resources, text)["Njeri Kamau"].country == "KEN"


def test_head_of_a_federal_unit_named_with_its_kind_is_of_its_state(nlp, resources):
    text = (
        "Malaysia and Thailand talk rubber\n\n"
        "BANGKOK, Jan 7 (Gulf Desk) — Malaysia and Thailand agreed on Tuesday to share rubber price data.\n\n"
        "Aziz Hamdan, the chief minister of Kedah state, where the plantations lie, welcomed it."
    )
    assert _people(nlp, resources, text)["Aziz Hamdan"].country == "MYS"


def test_possessive_of_an_object_before_a_comma_is_not_the_speakers_nationality(nlp, resources):
    text = (
        "BUDAPEST, May 6 — The Hungarian government has cancelled the annual meeting with Austria's "
        "cabinet, Prime Minister Gábor Szalai said on Tuesday."
    )
    assert _people(nlp, resources, text)["Gábor Szalai"].country != "AUT"


def test_nationality_reaches_through_a_portfolio_before_the_comma(nlp, resources):
    text = (
        "HANOI, June 2 — Vietnam and Thailand opened trade talks on Monday.\n\n"
        "Thailand's vice-minister of commerce, Somchai Wattana, arrived in Hanoi on Thursday for the talks."
    )
    assert _people(nlp, resources, text)["Somchai Wattana"].country == "THA"
