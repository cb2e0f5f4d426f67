"""An occasion of a series ("the third round of talks"): the one the question numbers, never the next
or the last one; "take place" asked as "held"; the place of an act done for the occasion."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.ordinals import ordinals
from bilat.ask.rewording import as_held

ARTICLE = (
    " date 2024-09-12\n\n"
    "Chile and Bolivia hold third round of border talks\n\n"
    "Chilean Foreign Minister Ana Robles welcomed her Bolivian counterpart, Minister Luis Quispe, in "
    "Arica on Wednesday for the third round of the Chile-Bolivia Border Dialogue.\n\n"
    "The two ministers signed a protocol on customs posts at the close of the talks.\n\n"
    "They agreed that the fourth round of the Border Dialogue will be held in La Paz in 2025.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_border.txt": ARTICLE})


def test_take_place_is_asked_as_held():
    assert as_held("Where did the third round take place?") == "Where was the third round held?"
    assert as_held("Where will the summit take place in May?") == "Where will the summit be held in May?"
    assert as_held("When did the third round take place?") == "When did the third round take place?"


def test_the_ordinals_of_the_question_are_read(asker):
    assert ordinals(asker.nlp("Where was the third round of talks held?")) == {"round": {"third"}}


UNPLACED = (
    " date 2024-09-12\n\n"
    "Chile and Bolivia end third round of border talks\n\n"
    "Chile and Bolivia ended the third round of the Border Dialogue on Wednesday with a customs protocol, "
    "Foreign Minister Ana Robles said.\n\n"
    "The fourth round of the Border Dialogue will be held in La Paz in 2025, and the next round after "
    "that in Arica.\n"
)


def test_another_round_of_the_series_does_not_answer(ask_over):
    asker = ask_over({"a_unplaced.txt": UNPLACED})
    assert not asker.answer("Where was the third round of the Border Dialogue held?").known
    answer = asker.answer("Where will the fourth round of the Border Dialogue be held?")
    assert answer.known and answer.answer == "La Paz", answer


def test_the_place_of_the_act_done_for_the_occasion(asker):
    answer = asker.answer("Where did the third round of the Chile-Bolivia Border Dialogue take place?")
    assert answer.known and answer.answer == "Arica", answer
    assert answer.question.endswith("take place?")


def test_the_numbered_round_still_answers_for_itself(asker):
    answer = asker.answer("Where will the fourth round of the Border Dialogue be held?")
    assert answer.known and answer.answer == "La Paz", answer
