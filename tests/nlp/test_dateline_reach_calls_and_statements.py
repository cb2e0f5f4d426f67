"""A statement's place sets its speaker; the far party of a phone call is not placed by the dateline."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_spokesman_of_a_statement_read_in_the_other_capital_is_that_states(nlp, resources):
    text = (
        "Ghana and Togo argue over border post\n\n"
        "LOME, May 5 (Coastline Wire) — Ghana accused Togo on Monday of moving a border post.\n\n"
        "In a statement read on state radio in Accra, government spokesman Kwabena Adomako said the post "
        "stood on Ghanaian soil."
    )
    people = _people(nlp, resources, text)
    assert people["Kwabena Adomako"].country == "GHA", people["Kwabena Adomako"].basis


def test_party_called_by_phone_is_not_the_datelines(nlp, resources):
    text = (
        "Slovenia and Croatia discuss bay dispute\n\n"
        "LJUBLJANA, April 2 (Alpine Desk) — Slovenia pressed Croatia on Tuesday to honour the arbitration "
        "ruling on the bay.\n\n"
        "Foreign Minister Tanja Kovačič raised the ruling in a telephone call with Prime Minister Davor "
        "Radić on Monday, her ministry said."
    )
    people = _people(nlp, resources, text)
    assert people["Davor Radić"].country != "SVN", people["Davor Radić"].basis


def test_place_hung_on_a_name_gives_no_seat(nlp, resources):
    text = (
        "Bolivia protests asset freeze\n\n"
        "LA PAZ, Sept 9 (Andes Wire) — Bolivia protested to Canada on Thursday over sanctions on two of "
        "its politicians.\n\n"
        "The measures freeze any assets of former minister Ramiro Quispe and Senator Hugo Mamani in Canada "
        "and bar Canadians from dealing with them."
    )
    people = _people(nlp, resources, text)
    assert people["Hugo Mamani"].country != "CAN", people["Hugo Mamani"].basis
