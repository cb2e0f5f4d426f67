"""A date set between an auxiliary and its verb ("had earlier, on 3 March 2022, received …"), which the
parser reads as a verb of its own that the date hangs on: the date is the act's all the same."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2022-06-15\n\n"
    "Kenya and Qatar discuss loan rollover\n\n"
    "NAIROBI — Kenya's finance minister met Qatar's ambassador on Tuesday about a loan.\n\n"
    "The minister told the envoy that the Government of Kenya had earlier, on 3 March 2022, received a "
    "further loan of USD 200 million from the Qatar Fund for Development.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_loan.txt": ARTICLE})


def test_a_date_between_auxiliary_and_verb_dates_the_act(asker):
    answer = asker.answer("On what date did Kenya receive the 200 million dollar loan from the Qatar Fund?")
    assert answer.known and answer.value == "2022-03-03", answer
