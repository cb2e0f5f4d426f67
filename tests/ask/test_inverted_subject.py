"""The verb after a long inverted subject that the parser reads as a noun: after a possessive mark
("Solomon Islands' foreign minister demand …") or a date ("Peru's letter of June 2024 demand …")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_canoes.txt": (
        " date 2025-02-12\n\n"
        "HONIARA — Solomon Islands' foreign minister, Peter Kenilorea, said on Tuesday that the fishermen "
        "held in Vanuatu were innocent and demanded that Port Vila free them at once.\n"
    ),
    "b_letter.txt": (
        " date 2024-06-20\n\n"
        "LIMA — Peru sent Chile a letter of protest on Wednesday over the detention of Peruvian farmers.\n\n"
        "In the letter, the Government of Peru demands the prompt release of its farmers and an apology.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_verb_after_a_possessive_mark(asker):
    assert asker.parse("What did Solomon Islands' foreign minister demand of Port Vila?").verb == "demand"
    answer = asker.answer("What did Solomon Islands' foreign minister demand of Port Vila?")
    assert answer.known and "free them" in answer.answer, answer


def test_the_verb_after_a_date_in_the_subject(asker):
    assert asker.parse("What did Peru's letter of June 2024 demand from Chile?").verb == "demand"
    answer = asker.answer("What did Peru's letter of June 2024 demand from Chile?")
    assert answer.known and "release of its farmers" in answer.answer, answer
