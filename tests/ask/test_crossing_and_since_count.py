"""Round 7 answers: a crossing is answered only by a place the text calls one, not the town it lies
near; a count asked "since" a day only by a count of its own "since"; a pair of names before the kind
asked for; a place a ship was bound "for"; a place hung on a noun the parser took for a verb."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_border.txt": (
        " date 2023-03-08\n\n"
        "Norvalia shuts crossing with Estmark\n\n"
        "KESSELBURG — Norvalia closed its main border crossing with Estmark near Oberwald to all "
        "freight on Tuesday, the interior ministry said.\n"
    ),
    "b_deported.txt": (
        " date 2023-05-11\n\n"
        "Estmark protests deportation of its workers from Norvalia\n\n"
        "Estmark's labour ministry said 212 Estmark workers had been sent home since April 2. "
        "A Norvalian official said on Wednesday that 90 Estmark workers had been deported from Norvalia.\n\n"
        "Since the start of January Estmark has filed 14 diplomatic protests with Norvalia, an official "
        "said.\n"
    ),
    "c_grant.txt": (
        " date 2023-06-20\n\n"
        "Norvalia and Estmark sign road accord\n\n"
        "Norvalia agreed to provide a grant of 8 million USD for the upgrading of the Tarnholm and "
        "Vesselby border posts.\n"
    ),
    "d_ship.txt": (
        " date 2023-07-02\n\n"
        "Estmark seizes grain ship\n\n"
        "Estmark said on Friday that a Norvalian cargo ship, the Blue Marten, had loaded wheat at the "
        "port of Kelso in June and was now heading for Dravik.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_a_crossing_is_not_the_town_it_lies_near(asker):
    answer = asker.answer("Which border crossing did Norvalia close to freight in March 2023?")
    assert not answer.known or "Oberwald" not in answer.answer, answer


def test_a_count_since_a_day_needs_its_own_since(asker):
    answer = asker.answer("How many Estmark workers had been deported from Norvalia since 2 April 2023?")
    assert not answer.known or answer.value != "90", answer


def test_a_pair_named_before_the_kind_asked(asker):
    answer = asker.answer("Which two border posts will Norvalia's 8 million USD grant upgrade?")
    assert answer.known and answer.answer == "Tarnholm and Vesselby", answer


def test_a_port_a_ship_was_heading_for(asker):
    answer = asker.answer("For which port was the Blue Marten heading with wheat loaded at Kelso?")
    assert answer.known and answer.answer == "Dravik", answer


def test_a_since_phrase_ends_at_the_questions_comma(asker):
    answer = asker.answer(
        "How many diplomatic protests had Estmark filed with Norvalia since the start of 2023, by late May?"
    )
    assert answer.known and answer.value == "14", answer
