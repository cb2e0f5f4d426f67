"""A place whose name a hyphen joins ("Lesko-Varna Selo") is answered whole, though the parser hangs its
first part on the second, outside the name's run of proper nouns."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_court.txt": (
        " date 2024-06-05\n\n"
        "Moldovan court holds Ukrainian skipper\n\n"
        "CHISINAU — A court in Lesko-Varna Selo on Tuesday ordered the Ukrainian skipper of a river tug held "
        "for 20 days pending trial on smuggling charges, Moldova's border police said.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_a_hyphenated_town_is_answered_whole(asker):
    answer = asker.answer("In which town did a court order the Ukrainian skipper held for 20 days?")
    assert answer.known and answer.answer == "Lesko-Varna Selo", answer
