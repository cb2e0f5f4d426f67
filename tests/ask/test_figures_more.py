"""How-many and how-much answers written otherwise than "N things": "bring to 37 the number of boats
detained" counts the boats; and "the centres in Bosnia" in a question says where the centres are, not
who acts, so "Slovenia will cover all costs, estimated at …" answers what they would cost."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_boats.txt": (
        " date 2024-10-16\n\n"
        "Japan detains Russian crab boats\n\n"
        "TOKYO — Japan's coast guard detained two Russian crab boats off Hokkaido on Tuesday. The seizures "
        "bring to 37 the number of Russian fishing boats detained by the coast guard so far this year, "
        "against 12 in the same period of 2023, the coast guard said.\n"
    ),
    "b_centres.txt": (
        " date 2024-02-07\n\n"
        "Slovenia and Bosnia sign deal on migrant centres\n\n"
        "LJUBLJANA — Slovenia will build two reception centres in Bosnia under a protocol the two "
        "countries signed on Tuesday. Slovenia will cover all costs, estimated at about 90 million euros "
        "over five years, Interior Minister Marko Zupan told a parliamentary committee on Wednesday.\n"
    ),
    "c_tariff.txt": (
        " date 2024-09-05\n\n"
        "Kenya cuts port charges for Ugandan cargo\n\n"
        "NAIROBI — Kenya agreed on Wednesday to cut handling charges for Ugandan cargo at its Mombasa "
        "terminals by 12 percent, the transport ministry said.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_number_of_the_things_asked_about(asker):
    answer = asker.answer(
        "How many Russian fishing boats had Japan's coast guard detained in 2024 by October?"
    )
    assert answer.known and answer.value == "37", answer


def test_a_place_in_the_subject_is_not_its_doer(asker):
    question = asker.parse("What did Slovenia's Interior Minister say the centres in Bosnia would cost?")
    assert question.subject_country != "BIH", question
    answer = asker.answer("What did Slovenia's Interior Minister say the centres in Bosnia would cost?")
    assert answer.known and "90 million" in answer.answer, answer


def test_by_how_much_asks_for_a_change_a_share_may_measure(asker):
    question = asker.parse("By how much did Kenya agree to cut handling charges for Ugandan cargo?")
    assert question.kind == "figure", question
    answer = asker.answer("By how much did Kenya agree to cut handling charges for Ugandan cargo?")
    assert answer.known and answer.answer == "12 percent", answer


def test_a_preposition_before_how_many_keeps_the_form(asker):
    question = asker.parse("For how many boats did Japan's coast guard issue fines?")
    assert question.kind == "figure", question
