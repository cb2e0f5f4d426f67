"""Answers of the asked occasion and count: a count written as the text writes it, the part a partitive
counts, the body a question names by its states told again as "the" body, the act of a question whose
noun is described by a participle, and the occasion a question's circumstance picks out."""

from __future__ import annotations

import pytest

from bilat.ask import Asker, money_words

ARTICLES = {
    "a_visas.txt": (
        " date 2024-03-14\n\n"
        "Norway presses Kenya over returns\n\n"
        "OSLO — Norway's justice minister told parliament on Wednesday that Kenya had approved only 85 "
        "of the 960 readmission applications Norway sent it last year.\n"
    ),
    "b_council.txt": (
        " date 2024-05-08\n\n"
        "Poland and Chile hold council talks\n\n"
        "WARSAW — Poland and Chile signed a memorandum on copper trade on Tuesday.\n\n"
        "Poland's deputy minister hosted Chile's deputy minister in Warsaw for a session of the joint "
        "mining council.\n\n"
        "The mining council will convene again in Valparaiso in the autumn, the ministry said.\n"
    ),
    "c_sailors.txt": (
        " date 2024-09-19\n\n"
        "Ghana protests to Togo over sailors\n\n"
        "ACCRA — Ghana protested to Togo on Wednesday after the Togolese navy detained six Ghanaian "
        "sailors near Keta Lagoon.\n\n"
        "The sailors had been transferred to a magistrate in Aneho and would face charges, a Togolese "
        "official said.\n"
    ),
    "d_pledge.txt": (
        " date 2024-07-11\n\n"
        "Austria and Malawi sign farming accord\n\n"
        "LILONGWE — Malawi's agriculture minister received the Austrian delegation, led by Secretary "
        "of State Anna Gruber, on Wednesday. Gruber also pledged 15 million EUR for irrigation.\n"
    ),
    "f_requests.txt": (
        " date 2023-02-09\n\n"
        "Austria presses Tunisia over returns\n\n"
        "VIENNA — Austria's interior minister said on Wednesday that Tunisia had granted only 60 of the "
        "700 return requests Austria filed with it in 2022.\n"
    ),
    "e_spokesman.txt": (
        " date 2024-11-06\n\n"
        "Finland rejects Latvian claims\n\n"
        "HELSINKI — Mikko Laaksonen, a spokesman for the Finnish interior ministry, said on Tuesday the "
        "Latvian claims were unfounded.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_count_under_a_million_in_digits():
    assert money_words(1500, "trucks", None, None) == "1,500 trucks"
    assert money_words(1500, "people", None, None) == "1,500 people (1500)"
    assert money_words(2_500_000, "people", None, None).startswith("2.5 million people")
    assert money_words(20e6, "EUR", None, None) == "20 million EUR"


def test_part_of_the_whole_counted(asker):
    answer = asker.answer("How many readmission applications did Kenya approve?")
    assert answer.known and answer.value == "85", answer


def test_part_of_a_whole_that_is_a_counted_thing(asker):
    # "requests" are things bilat counts, so the whole is a quantity of its own: the act counts the part.
    answer = asker.answer("How many return requests did Tunisia grant to Austria in 2022?")
    assert answer.known and answer.value == "60", answer


def test_body_named_again_with_the(asker):
    answer = asker.answer("Where will the Polish-Chilean mining council convene next?")
    assert answer.known and answer.answer == "Valparaiso", answer


def test_participle_describing_the_noun_is_no_act(asker):
    asked = "In which Togolese town were the detained Ghanaian sailors transferred to the magistrate?"
    assert asker.parse(asked).act == "transfer"
    answer = asker.answer(asked)
    # The place of the detention answers another act; the transfer's place or nothing.
    assert answer.answer in {"Aneho", "The store does not say."}, answer


def test_money_asked_told_as_a_sum(asker):
    answer = asker.answer("How much money did Austria pledge to Malawi?")
    assert answer.known and "15 million" in answer.answer, answer


def test_spoke_for_told_as_spokesman(asker):
    answer = asker.answer("Who spoke for the Finnish interior ministry in rejecting the Latvian claims?")
    assert answer.known and answer.answer == "Mikko Laaksonen", answer
