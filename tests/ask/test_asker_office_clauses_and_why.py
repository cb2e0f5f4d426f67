"""Questions that name the one asked for by an office and a clause ("the chargé d'affaires who was
summoned", "the trade minister who visited"), ask why an act was done, or ask over how many years: the
clause says which side of the act the person is on, the cause or purpose is the act's own, and a span is
never a sum."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_summons.txt": (
        " date 2023-10-12\n\n"
        "Paraguay summons Bolivian envoy over river barge\n\n"
        "ASUNCION, Oct 12 (Chaco Herald) - Bolivia's chargé d'affaires in Asuncion, Marcelo Quiroga "
        "Antezana, was summoned on Wednesday and handed a note of protest over the seizure of a barge on "
        "the Paraguay river, the foreign ministry said.\n\n"
        "Paraguay closed the river port of Bahia Negra to Bolivian barges because the crews had refused "
        "an inspection.\n\n"
        "Bolivia's agriculture minister, Ester Condori Mamani, visited Asuncion last month.\n"
    ),
    "b_loan.txt": (
        " date 2024-03-08\n\n"
        "Korea lends Paraguay money for a water plant\n\n"
        "ASUNCION, March 8 (Chaco Herald) - South Korea will lend Paraguay 90 million USD for a water "
        "treatment plant, the finance ministry said on Friday. The loan is to be repaid over 30 years.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_asker_office_with_a_passive_relative_clause_is_the_one_acted_upon(asker):
    answer = asker.answer("Who is Bolivia's chargé d'affaires in Asuncion who was summoned in October 2023?")
    assert answer.known and "Quiroga" in answer.answer, answer


def test_asker_why_is_the_cause_told_with_the_act(asker):
    answer = asker.answer("Why did Paraguay close the port of Bahia Negra to Bolivian barges?")
    assert answer.known and "inspection" in answer.answer, answer


def test_asker_why_is_not_answered_by_a_sentence_that_gives_no_cause(asker):
    answer = asker.answer("Why did Paraguay summon Bolivia's chargé d'affaires?")
    assert not answer.known, answer


def test_asker_a_span_is_never_a_sum(asker):
    answer = asker.answer("Over how many years will Paraguay repay the South Korean loan?")
    assert not answer.known or "million" not in answer.answer, answer


def test_asker_office_with_an_active_relative_clause_is_the_doer(asker):
    answer = asker.answer("Who is the Bolivian agriculture minister who visited Asuncion in September 2023?")
    assert answer.known and "Condori" in answer.answer, answer


PARAGRAPHS = {
    "c_visit.txt": (
        " date 2022-06-15\n\n"
        "Uruguay and Paraguay hold talks in Montevideo\n\n"
        "MONTEVIDEO, June 15 (Plata Wire) - The President of Uruguay received the President of Paraguay "
        "at the Torre Ejecutiva on Tuesday.\n\n"
        "The two heads of state met behind closed doors. At the end of the talks, four agreements were "
        "signed covering river transport, energy and tourism.\n\n"
        "The interior ministry of Paraguay said the police had freed a Uruguayan engineer. Its spokesman, "
        "Hugo Benitez, said 11 smugglers were arrested near the border last month.\n"
    ),
}


@pytest.fixture(scope="module")
def paragraphs(ask_over) -> Asker:
    return ask_over(PARAGRAPHS)


def test_asker_sentence_after_the_two_states_told_together(paragraphs):
    answer = paragraphs.answer("How many agreements did Uruguay and Paraguay sign in June 2022?")
    assert answer.known and answer.value == "4", answer


def test_asker_spokesman_of_the_body_named_before_gives_its_account(paragraphs):
    answer = paragraphs.answer(
        "According to Paraguay's interior ministry, how many smugglers were arrested near the border?"
    )
    assert answer.known and answer.value == "11", answer


OFFICES = {
    "d_talks.txt": (
        " date 2021-09-16\n\n"
        "Bhutan and Bangladesh sign river agreement\n\n"
        "THIMPHU, Sept 16 (Dragon Wire) - The agreement was signed in Thimphu in the presence of Bhutan's "
        "foreign secretary, Karma Wangdi, and Bangladeshi State Minister Rafiqul Anwar, who led a "
        "delegation of 20 officials.\n\n"
        "Bangladesh's ambassador in Thimphu, Nasreen Akter, met the Bhutanese energy minister on Tuesday "
        "and asked for the power line to be finished before winter.\n"
    ),
}


@pytest.fixture(scope="module")
def offices(ask_over) -> Asker:
    return ask_over(OFFICES)


def test_asker_doer_of_a_who_clause_is_the_name_right_before_it(offices):
    answer = offices.answer("Who led the Bangladeshi delegation to Thimphu in September 2021?")
    assert answer.known and "Anwar" in answer.answer and "Wangdi" not in answer.answer, answer


def test_asker_who_is_the_office_of_a_state_in_a_place(offices):
    answer = offices.answer("Who is the Bangladeshi ambassador in Thimphu?")
    assert answer.known and "Akter" in answer.answer, answer
