"""A sum the article converts ("gave 40,000 lari, about 15,000 USD") is answered as told, with the
conversion after it."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2020-04-03\n\n"
    "TBILISI, April 3 (Caucasus Note) - Georgia sent emergency aid to Armenia after floods in the north "
    "of the country. The Georgian government gave 40,000 lari, about 15,000 USD, and flew in blankets.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_flood_aid.txt": ARTICLE})


def test_a_converted_sum_is_answered_as_told(asker):
    answer = asker.answer("How much did the Georgian government give Armenia after the floods?")
    assert not answer.known or "40,000 lari" in answer.answer, answer
