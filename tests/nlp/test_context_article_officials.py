"""What a dateline cannot place: a legislator or a bare "official" quoted in a story datelined in one of
the two capitals may be either side's, so the dateline gives them no state; a minister it does."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: (p.country, p.basis) for p in index.people}


STORY = (
    "QUITO, May 12 (Andes Wire) — Ecuador protested to Colombia on Monday over a new border toll.\n\n"
    "{title} Marisol Vargas Pineda said on Tuesday that the toll was lawful and would stay."
)


def test_context_dateline_gives_no_state_to_a_legislator(nlp, resources):
    people = _people(nlp, resources, STORY.format(title="Senator"))
    assert people["Marisol Vargas Pineda"][1] != "dateline"


def test_context_dateline_gives_no_state_to_a_bare_official(nlp, resources):
    text = STORY.replace("{title} Marisol Vargas Pineda", "A senior official, Marisol Vargas Pineda,")
    people = _people(nlp, resources, text)
    assert people["Marisol Vargas Pineda"][1] != "dateline"


def test_context_dateline_still_places_a_minister(nlp, resources):
    people = _people(nlp, resources, STORY.format(title="Transport Minister"))
    assert people["Marisol Vargas Pineda"] == ("ECU", "dateline")
