"""The named author of words the story first gave an unnamed author of one state (``bilat.nlp.remarks``)."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_remarks_made_by_a_named_official_take_the_earlier_authors_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "BAKU, March 4 (Caspian Line) — Azerbaijan summoned Iran's ambassador on Monday to protest against "
        "remarks by a senior Iranian official who had questioned the border.\n\n"
        "The remarks were made by Deputy Minister of Interior Hossein Rahimi at a rally in Tabriz on Sunday.",
    )
    assert people["Hossein Rahimi"] == "IRN"


def test_remarks_of_another_kind_say_nothing(nlp, resources):
    people = _people(
        nlp,
        resources,
        "BAKU, March 4 (Caspian Line) — Azerbaijan summoned Iran's ambassador on Monday to protest against "
        "remarks by a senior Iranian official.\n\n"
        "A visit was made by Deputy Minister of Interior Elnur Mammadov to the border on Sunday.",
    )
    assert people.get("Elnur Mammadov") != "IRN"
