"""A body the model takes for a person in the question ("the Venezuelan National Guard") may be told
again in the answering sentence as "the guard"."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2024-08-08\n\n"
    "Colombia protests detention of drivers by Venezuela\n\n"
    "BOGOTA — Colombia's foreign ministry said on Wednesday it had protested to Caracas and demanded the "
    "release of four Colombian bus drivers detained by the guard in Urena on Monday.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_drivers.txt": ARTICLE})


def test_a_body_told_again_by_its_common_word(asker):
    question = "Where did the Venezuelan National Guard detain the four Colombian bus drivers?"
    answer = asker.answer(question)
    assert answer.known and "Urena" in answer.answer, (
        asker.parse(question).persons,
        answer,
    )
