"""A question asking for a total ("How much … in total?") is answered by the figure the sentence tells as
the whole ("bringing its aid to …", "a total of …"), never by the sum "a further" added to it; a question
asking for the sum added still gets that sum."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_aid.txt": (
        " date 2024-03-14\n\n"
        "Norway pledges more flood aid to Malawi\n\n"
        "LILONGWE, March 14 — Norway will give a further 8 million USD to Malawi for flood recovery, "
        "Development Minister Ingrid Solberg-Dahl said on Wednesday, bringing Norwegian aid since the floods "
        "to 23.5 million USD.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_total_the_sentence_tells_answers_a_question_of_the_total(asker):
    answer = asker.answer("How much has Norway given in total to Malawi since the floods?")
    assert answer.known and "23.5 million" in answer.answer, answer


def test_the_sum_added_answers_a_question_of_the_new_pledge(asker):
    answer = asker.answer("How much more will Norway give to Malawi for flood recovery?")
    assert "23.5" not in answer.answer, answer
