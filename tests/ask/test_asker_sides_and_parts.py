"""Answers read off the text with the side, the bound and the part the question asks for: a count of the
side asked about, not the other side's reply; a date before the occasion the question names; the figure a
kind is set "at"; a part of a sum told without its currency; the doer a bare "by" leaves to the next
verb."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_expulsions.txt": (
        " date 2024-05-17\n\n"
        "Peru and Ecuador trade expulsions\n\n"
        "LIMA, May 17 (Andean Courier) - Ecuador said on Friday it would expel three Peruvian diplomats "
        "in retaliation and called the decision unjustified.\n\n"
        "Peru on Thursday ordered four Ecuadorian diplomats to leave the country within ten days, "
        "accusing them of spying on its navy.\n\n"
        "Peru expelled an Ecuadorian diplomat in June 2019, after a dispute over fishing licences.\n\n"
        "A Chilean mediation team led by Deputy Foreign Minister Rodrigo Errazuriz Araya arrived in "
        "Lima on Friday for talks with both sides.\n"
    ),
    "b_fund.txt": (
        " date 2025-11-20\n\n"
        "Portugal and Spain set up a fisheries fund\n\n"
        "LISBON, Nov 20 (Tagus Post) - Portugal and Spain agreed on Thursday that the joint fisheries "
        "fund would have capital of 900 million EUR, of which Spain would provide 600 million and Portugal "
        "the rest.\n\n"
        "Portugal's sea minister said Portugal would set its own sardine quota for next year at 45,000 "
        "tonnes.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_asker_count_of_the_side_asked_not_the_reply(asker):
    answer = asker.answer("How many Ecuadorian diplomats did Peru expel in May 2024?")
    assert answer.known and answer.value == "4", answer


def test_asker_date_before_the_occasion_the_question_names(asker):
    answer = asker.answer("When did Peru expel an Ecuadorian diplomat before the May 2024 expulsion?")
    assert answer.known and answer.value == "2019-06", answer


def test_asker_doer_after_a_bare_by(asker):
    answer = asker.answer("Who led the Chilean mediation team to Lima?")
    assert answer.known and "Errazuriz" in answer.answer, answer


def test_asker_part_of_a_sum_in_its_currency(asker):
    answer = asker.answer("How much will Spain provide to the joint fisheries fund?")
    assert answer.known and "600 million" in answer.answer and "EUR" in answer.answer, answer


def test_asker_figure_a_kind_is_set_at(asker):
    answer = asker.answer("What sardine quota will Portugal set for 2026?")
    assert answer.known and "45,000" in answer.answer, answer


SPANS = {
    "c_road.txt": (
        " date 2025-05-09\n\n"
        "Laos protests Vietnamese road\n\n"
        "VIENTIANE, May 9 (Annam Courier) - Laos said the new road ran 400 metres inside Lao territory and "
        "asked Hanoi to stop the work within 20 days.\n\n"
        "The talks on the road were held at a meeting of the border committee in Pakse, the ministry "
        "said.\n\n"
        "The ministry said two officers of the Lao Border Guard were wounded by shots fired near Attapeu "
        "on Monday.\n"
    ),
}


@pytest.fixture(scope="module")
def spans(ask_over) -> Asker:
    return ask_over(SPANS)


def test_asker_span_told_with_the_questions_other_verbs(spans):
    answer = spans.answer("Within how many days did Laos ask Vietnam to stop building the road?")
    assert answer.known and answer.value == "20", answer


def test_asker_meeting_told_as_past_does_not_answer_where_it_will_be(spans):
    answer = spans.answer("Where will the Laos-Vietnam border committee meet again?")
    assert not answer.known, answer


def test_asker_counted_people_named_by_the_body_they_belong_to(spans):
    answer = spans.answer("How many Lao border guards were wounded near Attapeu?")
    assert answer.known and answer.value == "2", answer


TAKEN = {
    "d_fishermen.txt": (
        " date 2024-08-14\n\n"
        "Latvia detains Estonian fishermen\n\n"
        "RIGA, Aug 14 (Amber Wire) - Latvia's border guard detained three Estonian fishermen off the Kolka "
        "coast on Monday, the interior ministry said.\n\n"
        "The Estonian fishermen were taken to Ventspils and questioned on Tuesday, Latvia's border guard "
        "said.\n"
    ),
    "e_talks.txt": (
        " date 2024-09-02\n\n"
        "Estonia calls off talks with Latvia\n\n"
        "TALLINN, Sept 2 (Baltic Ledger) - Estonia has called off its yearly border talks with Latvia, the "
        "foreign ministry said on Monday.\n\n"
        "The talks, held every spring since 2015, had been due to take place in Tartu next month.\n"
    ),
}


@pytest.fixture(scope="module")
def taken(ask_over) -> Asker:
    return ask_over(TAKEN)


def test_asker_last_participle_is_the_act_the_first_says_which(taken):
    answer = taken.answer(
        "Where were the Estonian fishermen detained by Latvia's border guard taken and questioned?"
    )
    assert answer.known and "Ventspils" in answer.answer, answer


def test_asker_perfect_had_been_is_no_act(taken):
    answer = taken.answer("In which city had the Estonian-Latvian border talks been due to take place?")
    assert answer.known and "Tartu" in answer.answer, answer
