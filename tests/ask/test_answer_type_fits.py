"""An answer's type fits what the question asks: "how long" a duration or a length, never a count of
people or a sum of money from a record; "according to the X ministry" that body's own figure."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_envoys.txt": (
        " date 2025-03-12\n\n"
        "Chile expels three Bolivian diplomats\n\n"
        "SANTIAGO — Chile expelled three Bolivian diplomats on Tuesday over what it called interference "
        "in local elections.\n\n"
        "The interior ministry said the three men, all consular staff, had been declared persona non "
        "grata.\n"
    ),
    "b_pipeline.txt": (
        " date 2025-04-02\n\n"
        "Japan to finance Peruvian pipeline\n\n"
        "LIMA — Japan will lend Peru about 900 million USD to build a 320-kilometre gas pipeline from the "
        "Andes to the coast, the two governments said on Wednesday.\n"
    ),
    "c_trawler.txt": (
        " date 2025-05-20\n\n"
        "Argentina holds Spanish trawler crew\n\n"
        "BUENOS AIRES — Argentina's coast guard seized the Spanish trawler Marisol on Sunday and took "
        "it to Puerto Madryn.\n\n"
        "Coast guard commander Julio Ferreyra said 22 crew members had been arrested. The Spanish "
        "foreign ministry gave a different number and demanded consular access.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_how_long_is_not_answered_by_a_count_of_people(asker):
    answer = asker.answer("How long were the three expelled Bolivian diplomats given to leave Chile?")
    assert not answer.known, answer


def test_how_long_a_thing_is_answered_by_its_length_not_its_cost(asker):
    answer = asker.answer("How long is the pipeline Japan will lend Peru money to build?")
    assert answer.known and "320" in answer.answer, answer
    assert "million" not in answer.answer


def test_a_named_body_is_not_answered_by_the_other_side_s_figure(asker):
    answer = asker.answer(
        "How many crew members of the Marisol were arrested according to the Spanish foreign ministry?"
    )
    assert not answer.known, answer


def test_the_body_of_a_question_includes_its_lower_case_noun():
    from bilat.ask.source_names import _named_source

    assert _named_source("How many, according to the Spanish foreign ministry?") == "Spanish foreign ministry"
    assert _named_source("How many, according to Chilean officials?").strip() == "Chilean"


AID = {
    "d_aid.txt": (
        " date 2025-06-10\n\n"
        "Norway sends medics to Malawi\n\n"
        "OSLO — Norway sent 40 doctors to Malawi on Monday to help fight a cholera outbreak, the "
        "Norwegian health ministry said.\n"
    ),
}


def test_how_much_is_not_answered_by_a_count_of_people(ask_over):
    answer = ask_over(AID).answer("How much did Norway give Malawi to fight cholera?")
    assert not answer.known or "40" not in answer.answer, answer


FLED = {
    "e_border.txt": (
        " date 2025-07-01\n\n"
        "Thousands flee into Ghana\n\n"
        "ACCRA — More than 12,000 people have crossed into Ghana from Togo since June 3, according to "
        "figures of the Ghanaian Ministry of the Interior.\n"
    ),
}


def test_a_ministry_is_named_either_way(ask_over):
    answer = ask_over(FLED).answer(
        "How many people had crossed into Ghana from Togo since June 3, according to the Ghanaian "
        "interior ministry?"
    )
    assert answer.known and answer.value == "12000", answer
