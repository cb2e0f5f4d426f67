"""What one state urged another to do, told as the second of two acts ("urged Y to end the raids and to
let the families return to collect their papers"): the urged state does it, the urging state asked about
urged it, and the purpose the act is for is part of the answer."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_returns.txt": (
        " date 2024-02-21\n\n"
        "Botswana protests Zimbabwe evictions\n\n"
        "GABORONE — Botswana summoned Zimbabwe's ambassador on Tuesday over the eviction of Batswana "
        "herders from farms near the border. Gaborone urged Harare to stop the evictions and to let the "
        "herders go back to collect their cattle, the foreign ministry said.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_second_act_urged_is_answered_with_its_purpose(asker):
    answer = asker.answer("What did Gaborone urge Zimbabwe to let the herders do?")
    assert answer.known and "collect their cattle" in answer.answer, answer
