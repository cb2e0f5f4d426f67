"""The state written with "of" right after a name is that person's, over a possessive of another title."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_state_after_the_name_outranks_a_possessive_before_a_coordinated_title(nlp, resources):
    text = (
        "Honduras and Belize discuss fishing\n\n"
        "BELMOPAN, Feb 2 (Caribbean Desk) — Belize and Honduras agreed on Tuesday to set up a joint "
        "fisheries committee.\n\n"
        "Belize's Prime Minister Arthur Leslie and President Mauricio Zelaya of Honduras discussed the "
        "reefs in a meeting last year."
    )
    people = _people(nlp, resources, text)
    assert people["Mauricio Zelaya"].country == "HND", people["Mauricio Zelaya"].basis
