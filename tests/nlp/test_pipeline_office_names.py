"""A title read as a body keeps its state ("the Minister of Foreign Relations of Peru") and a name set off
after a title placed in a capital ("the trade minister in Lusaka, Ms …") is a person's."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_a_minister_of_a_named_state_in_a_pair_of_signatories_is_of_that_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The Minister of Foreign Affairs of Chile, Tomas Ferrada, and the Minister of Foreign Relations of "
        "Paraguay, Ignacio Benitez, signed a memorandum on Monday.",
    )
    assert people["Tomas Ferrada"].country == "CHL"
    assert people["Ignacio Benitez"].country == "PRY"


def test_a_name_after_a_minister_in_a_capital_is_a_person(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The trade minister in Lusaka, Ms Chileshe Mwanawasa, said Malawi's envoy had been called in.",
    )
    found = [p for name, p in people.items() if name.endswith("Mwanawasa")]
    assert found and found[0].country == "ZMB"


def test_a_body_whose_name_opens_with_a_title_word_keeps_its_name(nlp):
    doc = nlp("Laos kept its reserves at the State Bank of Vietnam for a decade.")
    assert "the State Bank of Vietnam" in {e.text for e in doc.ents if e.label_ == "ORG"}


def test_a_body_named_after_two_states_joined_by_a_dash_is_one_name(nlp):
    doc = nlp("Manila lodged a protest through the Philippines–Vietnam Exchange Association on Friday.")
    assert "Philippines–Vietnam Exchange Association" in {e.text for e in doc.ents if e.label_ == "ORG"}
