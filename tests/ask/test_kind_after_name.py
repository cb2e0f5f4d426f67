"""A place's kind told after its name, in apposition ("on Velika Kosa, a ridge that overlooks …")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2025-01-14\n\n"
    "LJUBLJANA — Slovenia handed Croatia a protest note on Monday over Zagreb's plan to build a radar "
    "station on Velika Kosa, a ridge that overlooks the Kupa river.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_radar.txt": ARTICLE})


def test_the_name_a_kind_is_set_beside(asker):
    answer = asker.answer("On which ridge does Croatia plan to build a radar station?")
    assert answer.known and answer.answer == "Velika Kosa", answer
