"""How many days, weeks or months an act lasts: a duration the sentence's time expressions give."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2024-10-08\n\n"
    "Vietnam halts Cambodian poultry imports\n\n"
    "HANOI — Vietnam on Monday suspended imports of live chickens from Cambodia for 60 days, citing an "
    "outbreak of bird flu in two Cambodian provinces.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_poultry.txt": ARTICLE})


def test_for_how_many_days(asker):
    answer = asker.answer("For how many days did Vietnam suspend imports of live chickens from Cambodia?")
    assert answer.known and answer.value == "60", answer


def test_a_duration_in_another_unit_is_no_answer(asker):
    answer = asker.answer("For how many weeks did Vietnam suspend imports of live chickens from Cambodia?")
    assert not answer.known or "60" not in answer.answer, answer
