"""The partner of an exchange named as the verb's object ("had a meeting with", "had a conversation with")
is a party to the act, as the partner of a verb of exchange ("met with", "spoke with") is: two holders of
the same office dealing with each other hold it for the two states."""

from __future__ import annotations

import pytest

from bilat.nlp.actors import recognize_actors

LEAD = "TALLINN, March 9 (Baltic Desk) — Estonia and Latvia agreed on Monday to share radar data.\n\n"


@pytest.mark.parametrize(
    "exchange",
    [
        "had a long conversation with Foreign Minister Ilze Ozola about the plan",
        "had a meeting with Foreign Minister Ilze Ozola on Tuesday",
    ],
)
def test_the_partner_of_an_exchange_noun_is_the_other_sides_holder_of_the_office(nlp, resources, exchange):
    index = recognize_actors(nlp(f"{LEAD}Estonian Foreign Minister Kaarel Tamm {exchange}."), resources)
    people = {p.name: p.country for p in index.people}
    assert people["Kaarel Tamm"] == "EST"
    assert people["Ilze Ozola"] == "LVA"
