"""A person who accuses the dateline's state in a relative clause ("X, who accused Y of …") is not its."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_an_accuser_in_a_relative_clause_is_the_other_side(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LOME, May 3 (Gulf Wire) — Ghana closed its border on Thursday. The remarks were made on "
        "Wednesday by Lieutenant General Kwame Boateng, who accused Togo of allowing weapons to reach "
        "the rebels.",
    )
    assert people["Kwame Boateng"] == "GHA"


def test_a_relative_clause_that_accuses_no_one_leaves_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LOME, May 3 (Gulf Wire) — Togo opened a new border post on Thursday. Defence Minister Kossi "
        "Agbo, who visited the post on Wednesday, said it would ease trade.",
    )
    assert people["Kossi Agbo"] == "TGO"
