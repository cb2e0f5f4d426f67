"""A date question answered at the most precise date an article gives the act."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2024-03-26\n\n"
    "Latvian grain reaches Estonia under new accord\n\n"
    "TALLINN — Two Latvian grain trains reached Tallinn on Tuesday, the first shipment under a "
    "Latvia-Estonia grain transit accord the two countries signed earlier this month, officials said.\n\n"
    "Farmers on both sides have welcomed the shipments.\n\n"
    "The accord was signed in Riga on March 12, when Prime Minister Anna Berzina received her Estonian "
    "counterpart.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"grain.txt": ARTICLE})


def test_the_day_the_article_gives_beats_its_month(asker):
    answer = asker.answer("When was the Latvia-Estonia grain transit accord signed?")
    assert answer.known and answer.value == "2024-03-12", answer
    assert "March 12" in answer.citations[0].evidence
