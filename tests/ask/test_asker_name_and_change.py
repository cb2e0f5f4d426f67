"""A name question answered only by a name ("the ferry, the Sula Queen"), a change asked "by how much"
answered by the size of the change and not the level reached, a span granted for an act ("given ten days
to respond") for "within how many days", and a pair asked "between which ports" told "between the ports of
A and B"."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2023-03-02\n\n"
    "OSLO, March 2 (Fjord Wire) - Norway's coast guard detained a Faroese-registered ferry carrying "
    "undeclared fuel near Tromso on Wednesday.\n\n"
    "The ferry, the Sula Queen, had left Torshavn two days earlier, a coast guard officer said.\n\n"
    "Norwegian Trade Minister Eirik Solvang said Denmark had been given ten days to respond.\n\n"
    "According to Statistics Norway, trade between the two countries grew by 6 percent last year, to "
    "4.1 billion euros. Freight between the ports of Bergen and Hirtshals could double by 2030.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_ferry.txt": ARTICLE})


def test_a_name_question_is_answered_by_the_name_in_apposition(asker):
    answer = asker.answer("What is the name of the ferry detained by Norway's coast guard?")
    assert answer.known and "Sula Queen" in answer.answer, answer


def test_a_name_question_is_never_answered_by_a_description(asker):
    answer = asker.answer("What is the name of the ferry detained by Norway's coast guard?")
    assert not answer.answer.lower().startswith("a "), answer


def test_by_how_much_asks_the_change_not_the_level(asker):
    answer = asker.answer(
        "According to Statistics Norway, by how much did trade between Norway and Denmark grow?"
    )
    assert not answer.known or "6 percent" in answer.answer, answer
    assert "4.1 billion" not in answer.answer, answer


def test_a_span_granted_for_the_act_answers_within_how_many_days(asker):
    answer = asker.answer("Within how many days was Denmark asked to respond?")
    assert (answer.known and "10" in (answer.value or "") + answer.answer) or "ten" in answer.answer, answer


def test_between_which_ports_asks_the_pair(asker):
    answer = asker.answer("Between which ports could freight double by 2030?")
    assert answer.known and "Bergen" in answer.answer and "Hirtshals" in answer.answer, answer
