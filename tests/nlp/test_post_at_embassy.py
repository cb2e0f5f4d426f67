"""A title at a state's post ("deputy chief of mission at the Chinese embassy") is that state's."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_a_diplomat_at_a_foreign_embassy_is_not_the_datelines(nlp, resources):
    people = _people(
        nlp,
        resources,
        "HANOI, April 9 (Mekong Wire) — A ministry spokeswoman said Tomas Berg, deputy chief of mission "
        "at the Swedish embassy, was handed a note.",
    )
    assert people["Tomas Berg"] == "SWE"


def test_merchants_a_person_descends_from_are_not_a_post(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Lina Haddad, the granddaughter of Swedish merchants, opened a bakery in the old town.",
    )
    assert people["Lina Haddad"] is None
