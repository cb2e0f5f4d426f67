"""What a verb acts on when the parser hangs the verb on it as a modifier ("ordered its banks to stop
processing payments for goods", "processing" parsed as a compound of "payments")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_banks.txt": (
        " date 2025-06-10\n\n"
        "Morocco recalls envoy and curbs trade with Portugal\n\n"
        "RABAT — Morocco recalled its ambassador to Portugal on Monday and ordered its banks to stop "
        "processing payments for goods imported from Portugal, the latest turn in a row over fishing.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_noun_a_verb_is_hung_on_is_what_it_acts_on(asker):
    answer = asker.answer("What did Morocco order its banks to stop processing in June 2025?")
    assert answer.known and answer.answer.startswith("payments"), answer
