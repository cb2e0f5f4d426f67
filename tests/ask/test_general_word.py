"""A report names a thing by its kind once ("six Ecuadorian trawlers") and then by a general word ("the
vessels were intercepted …"): a sentence with the general word is about the thing the question names."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.question import stem
from bilat.ask.retrieve import load_kinds

ARTICLES = {
    "a_trawlers.txt": (
        " date 2024-08-14\n\n"
        "Colombia seizes five Ecuadorian trawlers off Malpelo\n\n"
        "BOGOTA — Colombian patrol ships seized five Ecuadorian fishing vessels north of Malpelo island "
        "over the weekend, the navy said.\n\n"
        "The vessels were intercepted on Sunday by the patrol ship Almirante Tono about 80 nautical "
        "miles inside Colombian waters.\n"
    ),
    "b_survey.txt": (
        " date 2025-07-22\n\n"
        "Greece protests as Albanian survey ship enters its waters\n\n"
        "ATHENS — Greece accused Albania on Tuesday of violating its exclusive economic zone after "
        "an Albanian seismic survey ship began operating south of Corfu.\n\n"
        "Government spokesman Nikos Andreou said the vessel, the Skanderbeg Explorer, had entered the zone "
        "on Monday and was carrying out surveys in an area licensed by Athens.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_a_trawler_is_a_vessel_and_a_boat(resources):
    kinds = load_kinds(resources)
    assert {stem("vessel"), stem("boat")} <= kinds[stem("trawlers")]


def test_the_general_word_tells_of_the_things_the_question_names(asker):
    answer = asker.answer("Which Colombian patrol ship intercepted the five Ecuadorian trawlers off Malpelo?")
    assert answer.known and answer.answer == "Almirante Tono", answer


def test_which_taken_for_the_object_still_asks_for_its_noun(asker):
    # The parser may take "Which" for the object of "entered"; the noun asked about is still "ship".
    question = asker.parse(
        "Which Albanian survey ship entered Greece's exclusive economic zone in July 2025?"
    )
    assert question.asked_noun == stem("ship"), question


def test_a_name_in_apposition_to_the_general_word(asker):
    answer = asker.answer("Which Albanian survey ship entered Greece's exclusive economic zone in July 2025?")
    assert answer.known and answer.answer == "Skanderbeg Explorer", answer
