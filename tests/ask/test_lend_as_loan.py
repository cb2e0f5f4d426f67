""" "How much did X lend Y?" is told "X gave Y a loan of …": the verb and its noun are one act."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_loan.txt": (
        " date 2023-06-02\n\n"
        "Kenya and Rwanda agree rail study\n\n"
        "NAIROBI — Kenya gave Rwanda a loan of 45 million USD in 2022 to extend its rail link, the "
        "treasury said on Thursday.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_lend_is_answered_by_a_loan(asker):
    answer = asker.answer("How much did Kenya lend Rwanda in 2022?")
    assert answer.known and "45 million" in answer.answer, answer
