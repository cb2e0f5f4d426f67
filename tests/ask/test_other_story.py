"""A store of many stories: an answer from a story other than the one the question asks about is wrong.
A record of another time than the one the question names, a record whose other party differs between
two stories the question does not tell apart, and a sentence that tells the act asked for without the
demand or urging the question names (another story's act) do not answer."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_summons_march.txt": (
        " date 2023-03-14\n\n"
        "Latvia summons Belarusian envoy\n\n"
        "RIGA — Latvia's foreign ministry summoned the Belarusian ambassador, Anton Kravets, on Monday "
        "over a drone that crashed near Daugavpils.\n"
    ),
    "b_summons_june.txt": (
        " date 2024-06-20\n\n"
        "Lithuania summons Belarusian diplomat\n\n"
        "VILNIUS — Lithuania's foreign ministry summoned the Belarusian charge d'affaires, Oleg Sudnik, on "
        "Wednesday after balloons carrying cigarettes crossed the border.\n"
    ),
    "c_border_niger.txt": (
        " date 2024-02-02\n\n"
        "Chad and Niger trade blame\n\n"
        "NDJAMENA — Chad closed its border with Niger in October 2023 after a clash between herders, the "
        "interior ministry recalled on Thursday.\n"
    ),
    "d_border_libya.txt": (
        " date 2024-03-05\n\n"
        "Chad shuts Libyan frontier\n\n"
        "NDJAMENA — Chad closed its border with Libya on Monday, citing raids by armed groups from the "
        "north.\n"
    ),
    "e_treaty.txt": (
        " date 2024-04-11\n\n"
        "Kenya and Tanzania sign lake accord\n\n"
        "ARUSHA — Kenya's foreign minister, Amos Wekesa, met his Tanzanian counterpart on Wednesday. At the "
        "close of the meeting, both ministers signed the protocol on fishing in Lake Victoria. Uganda was "
        "not invited.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_a_record_of_another_time_does_not_answer(asker):
    answer = asker.answer("Who was summoned by Lithuania's foreign ministry in June 2024?")
    assert answer.known and "Sudnik" in answer.answer, answer
    assert "Kravets" not in answer.answer, answer
    other = asker.records.answer(asker.parse("Who was summoned by Lithuania's foreign ministry in May 2021?"))
    assert other is None, other


def test_two_stories_of_one_state_are_not_guessed_between(asker):
    found = asker.records.answer(asker.parse("When did Chad close its border?"))
    assert found is None, found  # to Niger in one story, to Libya in another
    told = asker.answer("When did Chad close its border with Libya?")
    assert not told.known or told.value == "2024-03-04", told


def test_a_signing_without_the_demand_does_not_answer(asker):
    answer = asker.answer("What did Kenya's foreign minister demand that Uganda sign?")
    assert not answer.known, answer
    assert asker._others.get("What did Kenya's foreign minister demand that Uganda sign?") == "demand"


def test_the_doers_own_act_needs_no_governing_word(asker):
    asker.parse("What did Kenya's foreign minister agree to sign?")
    assert asker._others.get("What did Kenya's foreign minister agree to sign?") is None
