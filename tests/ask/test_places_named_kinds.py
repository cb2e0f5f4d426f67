"""Places and bodies asked by their kind: a crossing named through a compound noun ("the Kolva border
crossing"), the ones an inverted passive question asks about told again as "The herders", a ministry named
by its portfolio ("Estonia's interior ministry said … and demanded"), and a ministry's own name when the
question's asked phrase ("Which Latvian ministry") reads like a name."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2024-05-14\n\n"
    "RIGA, May 14 (Baltic Ledger) - Latvia on Monday shut the Kolva border crossing with Estonia after "
    "customs officers found forged permits on six Estonian lorries.\n\n"
    "The closure was announced by Latvia's Ministry of Economic Affairs, which said the crossing would "
    "reopen once the checks were complete.\n\n"
    "Estonia's interior ministry said the lorries had carried timber only and demanded their return.\n\n"
    "The drivers, most of them from the town of Valgamaa, were taken to the port of Liepaja for "
    "questioning.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_lorries.txt": ARTICLE})


def test_a_crossing_named_through_a_compound_noun(asker):
    answer = asker.answer("Which crossing did Latvia shut in May 2024?")
    assert answer.known and "Kolva" in answer.answer, answer


def test_a_ministry_named_by_its_portfolio_does_the_joined_act(asker):
    answer = asker.answer("Which Estonian ministry demanded the return of the lorries?")
    assert answer.known and "interior ministry" in answer.answer, answer


def test_a_ministry_named_in_full_answers_which_ministry(asker):
    answer = asker.answer("Which Latvian ministry announced the closure of the Kolva crossing?")
    assert answer.known and "Economic Affairs" in answer.answer, answer


def test_the_ones_an_inverted_passive_asks_about_told_again_with_the(asker):
    answer = asker.answer("To which port were the detained Estonian drivers taken?")
    assert answer.known and "Liepaja" in answer.answer, answer
