"""A question that sets its act in a place ("… in the Gulf of Riga") is answered by a later sentence that
does not name the place again when the article's headline and lead set its news there; a sentence of an
article set elsewhere is not."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_gulf.txt": (
        " date 2024-09-10\n\n"
        "Latvia protests seizure of trawlers in the Gulf of Riga\n\n"
        "TALLINN — Estonia's navy stopped two Latvian trawlers in the Gulf of Riga on Monday, prompting a "
        "protest from Latvia.\n\n"
        "Estonia's navy said in a statement that nine people had been detained for fishing without "
        "licences.\n"
    ),
    "b_lake.txt": (
        " date 2024-10-02\n\n"
        "Estonia and Russia trade claims over Lake Peipus\n\n"
        "NARVA — Russian border guards stopped an Estonian boat on Lake Peipus on Tuesday.\n\n"
        "Russia's border service said in a statement that four people had been detained.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_lead_sets_the_place_of_a_later_sentence(asker):
    answer = asker.answer("How many people did Estonia's navy say it detained in the Gulf of Riga?")
    assert answer.known and answer.value == "9", answer


def test_an_article_set_elsewhere_does_not_answer(asker):
    answer = asker.answer(
        "How many people did Russia's border service say it detained in the Gulf of Finland?"
    )
    assert not answer.known, answer
