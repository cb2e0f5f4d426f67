"""An office the question writes with its accent ("chargé d'affaires") that the article writes without."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2024-03-06\n\n"
    "VILNIUS — Lithuania summoned Belarus's envoy on Tuesday over a balloon incursion.\n\n"
    "Belarus's charge d'affaires, Ivan Karpovich, was handed a protest note at the ministry on Tuesday.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_note.txt": ARTICLE})


def test_an_accented_office_meets_its_plain_spelling(asker):
    answer = asker.answer("Who was Belarus's chargé d'affaires handed Lithuania's note in March 2024?")
    assert answer.known and "Karpovich" in answer.answer, answer
