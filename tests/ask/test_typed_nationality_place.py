"""Typed answers keep the type the question asks: "Which Valdorian ambassador …" is never answered by
the other state's envoy named nearby, and a "where" answer is the whole place name, even one the model
takes for a person's ("in Saint Marys Falls")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_recall.txt": (
        " date 2023-05-11\n\n"
        "Poland recalls envoy from Budapest over remarks\n\n"
        "WARSAW, May 11 — Poland recalled its ambassador from Budapest for consultations on Wednesday, "
        "accusing Hungary of insulting Polish war veterans.\n\n"
        "Two weeks ago the foreign ministry handed the Hungarian ambassador, Gabor Szekely, a protest "
        "note over the remarks.\n\n"
        "Hungary said it regretted the decision and would keep its embassy open.\n"
    ),
    "b_commission.txt": (
        " date 2025-09-02\n\n"
        "Kenya and Uganda end joint commission\n\n"
        "NAIROBI — The fourth session of the Kenya-Uganda Joint Commission ended in Nairobi on Monday "
        "with the signing of two agreements on fisheries and rail.\n\n"
        "The Ugandan minister, Hon. Grace Akello, invited the Commission to hold its fifth session in "
        "Victoria Falls in 2026.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_other_states_ambassador_does_not_answer(asker):
    answer = asker.answer("Which Polish ambassador was recalled from Budapest in May 2023?")
    assert "Szekely" not in answer.answer, answer


def test_the_asked_states_ambassador_named_nearby_still_answers(ask_over):
    asker = ask_over(
        {
            "c_recall.txt": (
                " date 2023-06-14\n\n"
                "Chile recalls envoy from La Paz\n\n"
                "SANTIAGO, June 14 — Chile recalled its ambassador from La Paz for consultations on "
                "Tuesday, accusing Bolivia of stirring protests at the border.\n\n"
                "The ambassador, Rosa Quintero, was due to arrive in Santiago on Wednesday.\n"
            )
        }
    )
    answer = asker.answer("Which Chilean ambassador was recalled from La Paz in June 2023?")
    assert answer.known and answer.answer == "Rosa Quintero", answer


def test_a_place_the_model_takes_for_a_person_is_given_whole(asker):
    answer = asker.answer("Where will the fifth session of the Kenya-Uganda Joint Commission be held?")
    assert answer.known and answer.answer == "Victoria Falls", answer
