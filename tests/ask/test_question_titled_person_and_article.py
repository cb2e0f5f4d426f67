"""A person the question names with a title is a party, not a thing the act is done to, and is known by
a surname written with its Arabic article ("al-Ajmi")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_visit.txt": (
        " date 2025-03-11\n\n"
        "Sri Lanka, Oman sign fisheries deal\n\n"
        "COLOMBO, March 11 — Sri Lanka and Oman signed a fisheries agreement on Monday.\n\n"
        "The agreement was signed in Colombo by Fisheries Minister Nimal Perera and Oman's Deputy Foreign "
        "Minister Salim al-Ajmi, who arrived on Sunday for a two-day visit. Al-Ajmi was received on Monday "
        "by Foreign Minister Kumari Silva.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_question_titled_person_is_no_object_and_is_known_by_surname(asker):
    question = asker.parse("Which Sri Lankan minister received Oman's deputy foreign minister Salim al-Ajmi?")
    assert "minist" not in question.objects
    assert [p.name for p in question.people] == ["Salim al-Ajmi"]


def test_question_receiver_of_a_titled_visitor(asker):
    answer = asker.answer("Which Sri Lankan minister received Oman's deputy foreign minister Salim al-Ajmi?")
    assert "Silva" in answer.answer
