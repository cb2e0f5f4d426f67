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
        "3. President Nalishebo received the visiting minister at the state house in Lusaka on Tuesday.",
    )
    assert people["Nalishebo"].country == "ZMB"


def test_a_name_after_her_excellency_takes_its_appositive_office(nlp, resources):
    people = _people(
        nlp,
        resources,
        "1. Her Excellency Ruth Nalishebo, President of the Republic of Zambia, opened the trade fair in "
        "Ndola on Monday.\n\n"
        "2. President Nalishebo later toured the Kenyan pavilion.",
    )
    assert people["Ruth Nalishebo"].country == "ZMB"
    assert len([p for p in people.values() if "Nalishebo" in p.name]) == 1


def test_a_name_that_heads_its_sentence_ends_the_walk_up(nlp):
    # The walk from a name up to the phrase it is in apposition to stops at the sentence's root: spaCy makes
    # a new Token at each access, so comparing tokens by identity never found the root and looped for ever.
    from bilat.nlp.ministries import _office_words

    doc = nlp("Minister Sione Tupou.")
    name = [t.i for t in doc if t.text in {"Sione", "Tupou"}]
    assert doc[name[-1]].dep_ == "ROOT" or doc[name[-1]].head.i in name
    person = object()
    assert _office_words(doc, name[0], dict.fromkeys(name, person)) == ["minister"]
