"""An answer fits the question's year, flow, state and noun: "in 2020" is not answered by last year's
figure, "imports" not by exports, "how many Peruvian sailors" not by "9 Chilean sailors", "how much
copper" not by a count of lorries or a loan, and a number that counts who told it ("three officials
said") answers no question about another act."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_trade.txt": (
        " date 2024-06-12\n\n"
        "Kenya and Norway review trade\n\n"
        "NAIROBI — Kenyan exports to Norway fell to 42 million USD last year from 95 million USD in 2020, "
        "the statistics bureau said.\n\n"
        "Kenyan exports to Norway were worth about 40 million USD in 2023, while imports from Norway came "
        "to around 310 million USD.\n"
    ),
    "b_sailors.txt": (
        " date 2024-07-03\n\n"
        "Chile holds fishing crew\n\n"
        "LIMA — Peru protested on Tuesday after the Chilean navy detained 9 Chilean sailors and the "
        "Peruvian trawler Santa Rosa off Arica, three officials said.\n"
    ),
    "c_copper.txt": (
        " date 2024-08-21\n\n"
        "Zambia impounds lorries\n\n"
        "LUSAKA — Zambian police impounded 14 Congolese lorries loaded with copper at the Kasumbalesa "
        "border post on Sunday.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_figure_told_with_the_asked_year(asker):
    answer = asker.answer("How much were Kenyan exports to Norway worth in 2020?")
    assert answer.known and "95 million" in answer.answer, answer


def test_the_figure_of_the_asked_flow(asker):
    answer = asker.answer("How much were Kenyan imports from Norway worth in 2023?")
    assert not answer.known or "310 million" in answer.answer, answer


def test_another_state_s_people_do_not_answer_a_count(asker):
    answer = asker.answer("How many Peruvian sailors did the Chilean navy detain?")
    assert not answer.known, answer


def test_a_count_of_sources_is_no_count_of_the_act(asker):
    answer = asker.answer("How many Peruvian officials did the Chilean navy detain?")
    assert not answer.known, answer


def test_how_much_is_not_answered_by_a_count_of_things(asker):
    answer = asker.answer("How much copper were the impounded Congolese lorries carrying?")
    assert not answer.known, answer


def test_a_state_s_office_holder_is_that_state_s(ask_over):
    asker = ask_over(
        {
            "d_visit.txt": (
                " date 2024-09-05\n\n"
                "Ghana ends pact with Portugal\n\n"
                "ACCRA — The foreign minister, Kwame Asante, announced on Thursday that the accord would "
                "end, only hours after his Portuguese counterpart, Rui Tavares, left Accra.\n"
            )
        }
    )
    answer = asker.answer("Who is Portugal's foreign minister?")
    assert not answer.known or "Tavares" in answer.answer, answer


def test_the_figure_of_the_clause_the_question_speaks_of(ask_over):
    asker = ask_over(
        {
            "e_invest.txt": (
                " date 2024-03-14\n\n"
                "Chile and Japan widen ties\n\n"
                "SANTIAGO — Trade between the two countries reached 7.1 billion USD last year, according to "
                "the central bank, and Japan was the largest foreign investor in Chile in 2023, with 2.3 "
                "billion USD in newly registered capital.\n"
            )
        }
    )
    trade = asker.answer("How much was trade between Chile and Japan in 2023?")
    assert not trade.known or "7.1 billion" in trade.answer, trade
    capital = asker.answer("How much capital did Japan newly register in Chile in 2023?")
    assert not capital.known or "2.3 billion" in capital.answer, capital


def test_how_large_is_not_answered_by_a_load(ask_over):
    asker = ask_over(
        {
            "f_port.txt": (
                " date 2024-10-02\n\n"
                "Uganda leases Kenyan dry port\n\n"
                "MOMBASA — Kenya agreed to lease Uganda a dry port at Naivasha for 30 years. Most of "
                "Uganda's coffee goes east: some 310,000 tonnes were shipped through Mombasa in 2023.\n"
            )
        }
    )
    answer = asker.answer("How large is the Ugandan dry port at Naivasha?")
    assert not answer.known, answer


def test_the_word_of_the_body_the_question_names(ask_over):
    asker = ask_over(
        {
            "g_debt.txt": (
                " date 2025-01-15\n\n"
                "Bolivia halts gas to Brazil\n\n"
                "LA PAZ — Bolivia stopped gas deliveries to Brazil on Monday over unpaid bills.\n\n"
                "YPFB said in a statement on Monday that Petrobras owed it about 700 million USD. Brazil's "
                "energy minister denied that Brazil owed the amount claimed.\n"
            )
        }
    )
    answer = asker.answer("How much did Brazil's energy minister say Brazil owed Bolivia?")
    assert not answer.known, answer
