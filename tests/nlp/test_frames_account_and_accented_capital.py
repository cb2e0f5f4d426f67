"""A state's account as a paragraph's subject frames the official who then speaks; a capital written with
its accents is the capital still."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_a_states_account_frames_its_spokesman(nlp, resources):
    people = _people(
        nlp,
        resources,
        "OSLO — Norway summoned Chile's ambassador on Wednesday after a patrol boat fired on a trawler.\n\n"
        "Santiago's account was different. On Wednesday evening the foreign ministry spokesman, Pedro "
        "Alarcon, denied that Chilean sailors had fired.",
    )
    assert people["Pedro Alarcon"].country == "CHL"


def test_an_account_that_is_no_states_frames_nothing(nlp, resources):
    people = _people(
        nlp,
        resources,
        "OSLO — Norway froze a Chilean firm's account at the central bank on Wednesday.\n\n"
        "The account was closed. Late on Wednesday, the foreign ministry spokesman, Pedro Alarcon, said "
        "the step was lawful.",
    )
    assert people["Pedro Alarcon"].country == "NOR"


def test_an_accented_capital_opening_the_sentence(nlp, resources):
    people = _people(
        nlp,
        resources,
        "COTONOU, May 2 (Gulf Wire) — Benin summoned Togo's envoy on Wednesday because Lomé had closed its "
        "side of the crossing.\n\n"
        "In Lomé, the government spokesman, Kossi Amegah, on Thursday denied that the closure was a "
        "reprisal.",
    )
    assert "Lomé" not in people
    assert people["Kossi Amegah"].country == "TGO"
