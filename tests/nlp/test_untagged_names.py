"""Names the model leaves untagged after a title or an honorific are people's names."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_a_surname_after_a_title_hosting_in_a_capital(nlp, resources):
    people = _people(
        nlp,
        resources,
        "3. President Mwansa received the visiting minister at the presidential palace in Lusaka on Tuesday.",
    )
    assert people["Mwansa"].country == "ZMB"


def test_a_name_after_her_excellency_takes_its_appositive_office(nlp, resources):
    people = _people(
        nlp,
        resources,
        "1. Her Excellency Chanda Mwansa, President of the Republic of Zambia, opened the trade fair in "
        "Ndola on Monday.\n\n"
        "2. President Mwansa later toured the Kenyan pavilion.",
    )
    assert people["Chanda Mwansa"].country == "ZMB"
    assert len([p for p in people.values() if "Mwansa" in p.name]) == 1
