"""A sentence whose subject another state's nationality marks quotes that side: no dateline for its people."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_an_official_quoted_by_the_other_states_television_is_not_the_datelines(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ISLAMABAD, May 3 (Indus Wire) — Pakistan struck targets inside Iran on Thursday. Iranian "
        "state television quoted a provincial security official, Ali Karimi, as saying nine people had "
        "been killed.",
    )
    assert people["Ali Karimi"] is None


def test_the_home_states_own_television_keeps_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ISLAMABAD, May 3 (Indus Wire) — Pakistani state television quoted Interior Minister Ali Karimi "
        "as saying the border would stay open.",
    )
    assert people["Ali Karimi"] == "PAK"
