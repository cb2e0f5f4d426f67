"""The act told from its other party's side: "Whom did Y receive?" answered by "X called on Y" (the one
who called was received), while "called on Y to do something" is a demand, which answers nothing."""

from __future__ import annotations

import pytest

from bilat.ask import Asker, converse

VISIT = (
    " date 2025-03-12\n\n"
    "Finnish minister visits Paraguay\n\n"
    "ASUNCION — Finland's foreign minister Aarno Lehtikari arrived in Asuncion on Monday for two days of "
    "talks on forestry.\n\n"
    "During the visit, Lehtikari called on the Vice President of Paraguay, Rosalba Mendieta, on Tuesday. "
    "The Vice President said Paraguay valued its ties with Finland.\n"
)

DEMAND = (
    " date 2025-04-02\n\n"
    "Finnish minister urges Paraguay on forests\n\n"
    "ASUNCION — Finland's foreign minister Aarno Lehtikari arrived in Asuncion on Monday for two days of "
    "talks on forestry.\n\n"
    "In a speech, Lehtikari called on Paraguay's environment minister, Dario Benitez, to halt logging in "
    "the Chaco.\n"
)


@pytest.fixture(scope="module")
def visit(ask_over) -> Asker:
    return ask_over({"a_visit.txt": VISIT})


@pytest.fixture(scope="module")
def demand(ask_over) -> Asker:
    return ask_over({"a_demand.txt": DEMAND})


def test_the_one_who_called_on_the_host_is_whom_the_host_received(visit):
    answer = visit.answer("Whom did Paraguay's vice president receive in March 2025?")
    assert answer.known and "Lehtikari" in answer.answer, answer
    assert "Mendieta" not in answer.answer


def test_a_call_on_someone_to_act_is_no_reception(demand):
    answer = demand.answer("Which Paraguayan minister received Finland's foreign minister?")
    assert not answer.known or "Benitez" not in answer.answer, answer
    sentence = demand.nlp(DEMAND.split("\n\n")[-1].strip())
    question = demand.parse("Whom did Paraguay's environment minister receive?")
    assert converse.converse_acts(sentence, question, demand.converses) == []


def test_a_courtesy_call_is_the_converse_act(visit):
    sentence = visit.nlp(
        "During the visit, Lehtikari called on the Vice President of Paraguay, Rosalba Mendieta."
    )
    question = visit.parse("Whom did Paraguay's vice president receive?")
    assert [t.text for t in converse.converse_acts(sentence, question, visit.converses)] == ["called"]


def test_the_one_called_on_received_the_visitor_the_article_named_by_office_before(visit):
    answer = visit.answer(
        "Which Paraguayan vice president received Finland's foreign minister in March 2025?"
    )
    assert answer.known and "Rosalba Mendieta" in answer.answer, answer
    assert "Lehtikari" not in answer.answer


RELEASE = (
    " date 2025-06-03\n\n"
    "PRESS RELEASE\n\n"
    "Ministry of Foreign Affairs of Ghana\n\n"
    "Ghana and Peru hold consultations in Lima\n\n"
    "Ghana's delegation to the second round of political consultations with Peru, in Lima on 2 and 3 June "
    "2025, was headed by the Minister for Foreign Affairs and Regional Integration, Kwesi Ampofo-Darko.\n\n"
    "During the visit, Ampofo-Darko called on the First Vice President of the Republic of Peru, Marisol "
    "Quispe Huaman, on 3 June.\n"
)


@pytest.fixture(scope="module")
def release(ask_over) -> Asker:
    return ask_over({"a_release.txt": RELEASE})


def test_a_press_release_sets_its_news_in_the_place_its_headline_names_after_header_lines(release):
    answer = release.answer(
        "Which Peruvian vice president received Ghana's foreign minister in Lima in June 2025?"
    )
    assert answer.known and "Quispe" in answer.answer, answer
    assert "Ampofo" not in answer.answer
