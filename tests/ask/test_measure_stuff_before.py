"""A "how much <stuff>" question answered by a measure that the sentence leaves bare, having named the
stuff before it ("most of Chile's lithium goes west: some 90,000 tonnes were shipped …"), and by a
measure of power ("1.5 gigawatts of electricity")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_lithium.txt": (
        " date 2024-04-02\n\n"
        "Chile and Argentina open a new Andes road\n\n"
        "SANTIAGO — Chile and Argentina opened a new road across the Andes on Monday. Most of Argentina's "
        "lithium goes west: some 90,000 tonnes were shipped through Chilean ports in 2023, according to "
        "the Argentine Mining Chamber.\n"
    ),
    "b_power.txt": (
        " date 2024-07-09\n\n"
        "Laos to sell power to Thailand\n\n"
        "VIENTIANE — Thailand's energy regulator on Monday approved the import of 1.5 gigawatts of "
        "electricity from Laos from 2030.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_a_bare_measure_after_the_stuff_named_answers(asker):
    answer = asker.answer("How much Argentine lithium was shipped through Chilean ports in 2023?")
    assert answer.known and "90,000 tonnes" in answer.answer, answer


def test_a_measure_of_power_answers_how_much_electricity(asker):
    answer = asker.answer("How much electricity did Thailand's regulator approve for import from Laos?")
    assert answer.known and "1.5 gigawatts" in answer.answer, answer
