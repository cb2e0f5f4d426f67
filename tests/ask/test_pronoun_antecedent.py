"""A sentence that opens with "it", "its", "they" or "their" goes on about the thing the sentence before
names ("The trawler, the Santa Rita, was boarded … . It was taken to Puerto Lobo."): it answers a
question about that thing when it tells the question's act itself."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_trawler.txt": (
        " date 2024-02-12\n\n"
        "Peru seizes Chilean trawler\n\n"
        "LIMA — Peru's navy seized a Chilean trawler on Saturday, the navy said. "
        "The trawler, the Santa Rita, was boarded about 60 nautical miles off the Peruvian coast. "
        "It was taken to Ilo with about three tonnes of anchovy on board.\n\n"
        "Chile's foreign ministry asked for consular access to the crew.\n"
    ),
    "b_ferry.txt": (
        " date 2024-06-03\n\n"
        "Latvia detains Estonian ferry\n\n"
        "RIGA — Latvian border guards detained the Estonian ferry Baltic Swan on Sunday. "
        "Its twelve crew members were escorted to Ventspils.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_it_tells_of_the_vessel_named_before(asker):
    answer = asker.answer("To which Peruvian port was the Chilean trawler Santa Rita taken?")
    assert answer.known and answer.answer == "Ilo", answer
    assert answer.citations[0].evidence.startswith("It was taken")


def test_its_tells_of_the_vessel_named_before(asker):
    answer = asker.answer("To which port was the crew of the Baltic Swan escorted?")
    assert answer.known and answer.answer == "Ventspils", answer


def test_a_pronoun_sentence_without_the_act_does_not_answer(asker):
    # "It was taken to Ilo" tells of taking, not of sinking: no answer rather than a wrong one.
    answer = asker.answer("Where did the Chilean trawler Santa Rita sink?")
    assert not answer.known, answer
