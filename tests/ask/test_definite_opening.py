"""A paragraph that opens on people the paragraph before named with their country ("The two
fishermen, …, were taken ashore at …"): it is about the question's actors though it names none."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.retrieve import DEFINITE_OPENING

ARTICLE = (
    " date 2024-05-08\n\n"
    "Peru protests after Ecuador holds two fishermen\n\n"
    "LIMA — Peru protested to Ecuador on Tuesday over the arrest of two Peruvian fishermen whose launch "
    "was stopped by an Ecuadorian patrol boat near the maritime boundary, the foreign ministry said.\n\n"
    "The two fishermen, brothers from Tumbes, were taken ashore at Puerto Bolivar on Sunday and "
    "questioned by the police.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_fishermen.txt": ARTICLE})


def test_a_definite_opening_is_recognised():
    assert DEFINITE_OPENING.match("The two men, a skipper and his nephew, were taken ashore")
    assert DEFINITE_OPENING.match("These vessels were towed to port")
    assert not DEFINITE_OPENING.match("The Hague said on Monday")
    assert not DEFINITE_OPENING.match("Vermeulen said the men were tourists")


def test_the_sentence_after_the_paragraph_naming_the_actors_answers(asker):
    answer = asker.answer("Where were the two Peruvian fishermen taken ashore?")
    assert answer.known and answer.answer == "Puerto Bolivar", answer
