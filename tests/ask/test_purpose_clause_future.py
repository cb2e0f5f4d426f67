"""An act told as what another is for ("signed a grant to build a clinic in X") is still to come: it
answers "Where will the clinic be built?"; an act told done does not."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_grant.txt": (
        " date 2024-11-21\n\n"
        "Japan funds Tonga clinic\n\n"
        "NUKU'ALOFA — Japan signed a grant of 12 million USD with Tonga on Tuesday to build a maternity "
        "clinic in Neiafu, the embassy said.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_a_purpose_clause_tells_what_is_to_come(asker):
    answer = asker.answer("Where will the clinic financed by Japan's grant to Tonga be built?")
    assert answer.known and answer.value == "Neiafu", answer
