"""What a party was told to do ("What did X demand that Y do?": a "that" clause stands where "to"
would), what of a kind the act was done to ("What fine did X pay?"), and a question whose circumstance
names another doer ("after the U.S. raised duties")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_fence.txt": (
        " date 2025-02-05\n\n"
        "Hungary protests Slovak fence plan\n\n"
        "BUDAPEST — Hungary's foreign minister, Gabor Torday, summoned Slovakia's ambassador on Tuesday "
        "over plans for a fence along the Danube. He demanded that Slovakia halt the construction "
        "before the spring.\n"
    ),
    "b_steel.txt": (
        " date 2025-03-10\n\n"
        "Ontario's industry minister, Paula Reyes, said 14 plants had cut shifts and urged Ottawa to "
        "provide bridge loans after Mexico raised steel tariffs.\n"
    ),
    "c_ferry.txt": (
        " date 2025-05-20\n\n"
        "Estonian ferry released by Finland\n\n"
        "HELSINKI — The Estonian ferry was released on Monday after its operator paid a fine of 12,000 euros "
        "to the Finnish border guard.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_what_a_party_was_demanded_to_do(asker):
    answer = asker.answer("What did Hungary's foreign minister demand that Slovakia do?")
    assert answer.known and "halt the construction" in answer.answer, answer
    assert not answer.answer.startswith("Slovakia"), answer


def test_the_doer_of_a_circumstance_is_not_the_acts(asker):
    answer = asker.answer(
        "What did Ontario's industry minister urge Ottawa to provide after Mexico raised tariffs?"
    )
    assert answer.known and "bridge loans" in answer.answer, answer


def test_what_kind_of_thing_the_act_was_done_to(asker):
    # "fine" names the kind asked for, not a party of the question: the answer is the object itself.
    answer = asker.answer("What fine did the operator pay to free the Estonian ferry?")
    assert answer.known and "12,000" in answer.answer, answer
