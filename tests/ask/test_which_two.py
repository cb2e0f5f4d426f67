"""Two places asked for together ("Between which two ports …", "From which two cities …") are the one
pair of names a sentence joins after that preposition; several pairs are no answer."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_ferry.txt": (
        " date 2024-04-10\n\n"
        "Estonia and Finland agree on winter ferry\n\n"
        "TALLINN — Estonia and Finland agreed on Tuesday to start a winter cargo ferry "
        "between Paldiski and Hanko and to share icebreaker time.\n"
    ),
    "b_flights.txt": (
        " date 2024-06-05\n\n"
        "Norway and Iceland to share research flights\n\n"
        "OSLO — Norway's foreign minister and Iceland's foreign minister signed an arrangement under "
        "which research flights from Tromso and Akureyri will carry scientists of both countries north.\n"
    ),
    "c_two_pairs.txt": (
        " date 2024-08-21\n\n"
        "Latvia and Lithuania plan buses\n\n"
        "RIGA — Latvia and Lithuania agreed on Tuesday to run buses between Daugavpils and Zarasai and "
        "between Bauska and Pasvalys.\n"
    ),
    "d_rail.txt": (
        " date 2024-10-02\n\n"
        "Ireland and Portugal plan freight line\n\n"
        "DUBLIN — Ireland and Portugal agreed on Tuesday that a joint company will build the freight line, "
        "about 300 km long, from Corvale in the north to Benmara.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_which_two_between(asker):
    answer = asker.answer("Between which two ports will the Estonia-Finland ferry run?")
    assert answer.known and answer.answer == "Paldiski and Hanko", answer


def test_which_two_from(asker):
    answer = asker.answer("From which two cities will the Norway-Iceland research flights leave?")
    assert answer.known and answer.answer == "Tromso and Akureyri", answer


def test_which_two_several_pairs_are_no_answer(asker):
    answer = asker.answer("Between which two towns will the Latvia-Lithuania buses run?")
    assert not answer.known, answer


def test_which_two_between_told_from_to(asker):
    answer = asker.answer("Between which two places will the Ireland-Portugal freight line run?")
    assert answer.known and answer.answer == "Corvale and Benmara", answer


def test_which_two_from_is_not_told_from_to(asker):
    answer = asker.answer("From which two towns will the Ireland-Portugal freight line run?")
    assert answer.answer != "Corvale and Benmara", answer
