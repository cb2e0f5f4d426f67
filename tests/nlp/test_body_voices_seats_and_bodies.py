"""A spokesperson speaking in a capital speaks for its state; a police or army spokesperson is of the
state the story named that body with (``bilat.nlp.body_voices``)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_body_voices_spokesperson_said_in_a_capital(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The Polish foreign ministry summoned Japan's ambassador on Monday over a trade dispute.\n\n"
        "Foreign ministry spokesman Kenji Arakawa said in Tokyo on Tuesday that the dispute would be "
        "settled by talks.",
    )
    assert people["Kenji Arakawa"] == "JPN"


def test_body_voices_police_spokesperson_of_the_police_named_with_its_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "NAIROBI, May 2 (Rift Wire) — Kenya protested on Monday after nine Kenyan herders were detained "
        "near the border.\n\n"
        "Ugandan police accused the herders on Sunday of grazing cattle without permits.\n\n"
        "In Moroto, police spokeswoman Grace Akello said the herders would appear before a court.",
    )
    assert people["Grace Akello"] == "UGA"


def test_body_voices_coast_guard_spokesman_in_apposition(nlp, resources):
    people = _people(
        nlp,
        resources,
        "MANAMA, June 9 (Gulf Line) — Bahrain demanded the release of six Bahraini fishermen seized by an "
        "Iranian coast guard patrol last week.\n\n"
        "A coast guard spokesman in Bushehr, Colonel Reza Karimi, said the men had entered Iranian waters.",
    )
    assert people["Reza Karimi"] == "IRN"


def test_body_voices_a_body_named_for_two_states_says_nothing(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Chilean police and Bolivian police met at the border on Monday.\n\n"
        "Police spokesman Mateo Quispe said the talks had gone well.",
    )
    assert people.get("Mateo Quispe") is None
