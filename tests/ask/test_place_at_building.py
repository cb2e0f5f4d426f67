"""A question that sets its act "at" a named building ("… at the Coral Palace") asks of the act there: a
sentence that tells the act elsewhere, by another person, does not answer it, even when the model takes the
building for a body rather than a place."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_visit.txt": (
        " date 2025-03-14\n\n"
        "Norway and Tanzania open talks on fisheries training\n\n"
        "Tanzania's Minister of Foreign Affairs, Dr Halima Mbwana, hosted her Norwegian counterpart, Ms "
        "Ingrid Solberg-Aas, in Dodoma on Tuesday for the second round of consultations.\n\n"
        "The two ministers discussed a training programme for fisheries inspectors.\n\n"
        "Ms Solberg-Aas was later received by President Baraka Mollel at the Coral Palace on Wednesday.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_building_is_where_the_act_is_asked(asker):
    question = asker.parse("Who hosted Norway's foreign minister at the Coral Palace in March 2025?")
    assert "the Coral Palace" in question.places, question.places


def test_the_act_told_elsewhere_does_not_answer(asker):
    answer = asker.answer("Who hosted Norway's foreign minister at the Coral Palace in March 2025?")
    assert not answer.known or "Mollel" in answer.answer, answer
