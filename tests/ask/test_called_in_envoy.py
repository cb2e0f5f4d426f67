"""One "called in" unnamed ("called in a senior Thai diplomat", "in" parsed as a preposition), named a
few sentences later with the office after the name ("Niran Sukjai, deputy chief of mission at the Thai
embassy, had been told …")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2025-07-09\n\n"
    "Cambodia protests Thai border shooting\n\n"
    "PHNOM PENH — Cambodia's foreign ministry called in a senior Thai diplomat on Tuesday to protest "
    "against the shooting of two Cambodian farmers near the border.\n\n"
    "Ministry spokesman Chea Vuthy said Niran Sukjai, deputy chief of mission at the Thai embassy, had "
    "been told that such violence was unacceptable.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_shooting.txt": ARTICLE})


def test_the_diplomat_called_in_is_named_later_with_the_office_after_the_name(asker):
    answer = asker.answer("Which Thai diplomat did Cambodia's foreign ministry call in over the shooting?")
    assert answer.known and "Niran Sukjai" in answer.answer, answer
