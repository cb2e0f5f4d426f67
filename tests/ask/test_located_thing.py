"""Where a thing is ("Where is X's factory …?"): the place the sentence sets the thing itself in,
whatever act the sentence tells."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.question import stem

ARTICLE = (
    " date 2024-04-18\n\n"
    "Poland and Czechia sign arms deals\n\n"
    "WARSAW — Poland and Czechia signed three defence agreements on Wednesday.\n\n"
    "Under one of them, Poland will buy Czech howitzers, with part of the assembly to take place at a "
    "Polish state arms plant in Stalowa Wola.\n\n"
    "Czechia also left the regional air-policing council, whose secretariat is in Bratislava.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_arms.txt": ARTICLE})


def test_the_thing_placed_is_read_from_the_question(asker):
    assert asker.parse("Where is Poland's state arms plant that will assemble howitzers?").located == stem(
        "plant"
    )
    assert asker.parse("Where did Poland sign the agreements?").located is None


def test_where_a_thing_is_set_by_a_phrase_on_its_noun(asker):
    answer = asker.answer(
        "Where is Poland's state arms plant that will take part in the assembly of howitzers?"
    )
    assert answer.known and answer.answer == "Stalowa Wola", answer


def test_where_a_thing_is_set_by_its_is(asker):
    answer = asker.answer("Where is the secretariat of the air-policing council Czechia left?")
    assert answer.known and answer.answer == "Bratislava", answer
