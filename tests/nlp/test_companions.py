"""The members of a state's delegation and those accompanying its officials are of that state."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_companions_accompanying_a_visitor_are_of_the_visitors_state(nlp, resources):
    text = (
        "Peru and Brazil discuss river transport\n\n"
        "BRASILIA, Oct 3 (Amazon Desk) — A Peruvian delegation led by Trade Minister Rosa Huamán met "
        "Brazilian officials on Thursday.\n\n"
        "Huamán was accompanied by Vice Minister Julio Pacheco, who said the river port would open in 2026."
    )
    assert _people(nlp, resources, text)["Julio Pacheco"].country == "PER"


def test_members_of_a_delegation_with_a_nationality_are_of_that_state(nlp, resources):
    text = (
        "Estonia and Finland agree on ferry rules\n\n"
        "HELSINKI, Feb 9 (Baltic Desk) — Estonia and Finland agreed on Friday to share ferry inspections.\n\n"
        "The Estonian delegation included the Secretary General of the economy ministry, Mr Tarmo Kask."
    )
    assert _people(nlp, resources, text)["Tarmo Kask"].country == "EST"


def test_joined_by_gives_no_side(nlp, resources):
    text = (
        "Peru and Brazil discuss river transport\n\n"
        "BRASILIA, Oct 3 (Amazon Desk) — Peruvian Trade Minister Rosa Huamán met Brazilian officials on "
        "Thursday.\n\n"
        "Huamán was joined at a news conference by Development Minister Caio Ribeiro."
    )
    assert _people(nlp, resources, text)["Caio Ribeiro"].country != "PER"


def test_companion_of_a_surname_the_model_read_as_a_place(nlp, resources):
    text = (
        "Uruguay and Argentina discuss dredging\n\n"
        "MONTEVIDEO, Nov 4 (River Plate Desk) — An Argentine team led by Transport Minister Luis Paraná "
        "Quiroga met Uruguayan officials on Tuesday.\n\n"
        "Quiroga was accompanied by the ministry's chief of staff, Marta Ledesma."
    )
    assert _people(nlp, resources, text)["Marta Ledesma"].country != "URY"
