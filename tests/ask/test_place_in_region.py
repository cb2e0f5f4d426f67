"""A "where" question that sets its act in a region ("Near which village … in Kessel province?") is
answered by a sentence that names the finer place asked for, when its article names the region; and
the place where a report was told ("told reporters in the capital that …") is not where its act was."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_post.txt": (
        " date 2024-04-09\n\n"
        "Ecuador accuses Peru of building a border post in Zamora Chinchipe province\n\n"
        "QUITO — Ecuador on Monday accused Peru of sending soldiers across the border in Zamora "
        "Chinchipe province and demanded that they withdraw.\n\n"
        "Defence ministry spokesman General Hugo Carrera told a news conference in Quito that about 30 "
        "Peruvian soldiers had set up a post some 200 metres inside Ecuadorian territory near the "
        "village of Rio Mayo.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_finer_place_in_the_region_the_article_names(asker):
    answer = asker.answer(
        "Near which village did Ecuador say Peruvian soldiers had set up a post in Zamora Chinchipe province?"
    )
    assert answer.known and answer.answer == "Rio Mayo", answer


def test_where_a_report_was_told_is_not_where_its_act_was(asker):
    answer = asker.answer("Where did Ecuador say Peruvian soldiers had set up a post?")
    assert "Quito" not in answer.answer, answer


def test_a_person_question_still_needs_the_place_in_its_sentence(asker):
    # "Who … in Zamora Chinchipe province": a sentence that does not set its act there tells of another.
    answer = asker.answer("Who told a news conference in Guayaquil about the Peruvian post?")
    assert not answer.known, answer
