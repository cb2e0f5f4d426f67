"""A question that names whose account it wants ("according to the X") is answered from X's article."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_monitor.txt": (
        " date 2024-06-03\n\n"
        "Kenya says Uganda has no right to the island\n\n"
        "NAIROBI (Lake Courier) — Kenya's foreign ministry said on Monday that Uganda had no right to "
        "Migingo island, where about 300 Kenyan fishermen work.\n"
    ),
    "b_gazette.txt": (
        " date 2024-06-05\n\n"
        "Uganda sends police to disputed island\n\n"
        "By a staff writer | Entebbe Gazette\n\n"
        "KAMPALA — Uganda sent police officers to Migingo island on Tuesday, where some 500 Kenyan "
        "fishermen work, officials said.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


ASKED = "How many Kenyan fishermen work on Migingo island, according to the {}?"


def test_the_named_source_answers_not_another_outlet(asker):
    answer = asker.answer(ASKED.format("Entebbe Gazette"))
    assert answer.known and answer.value == "500", answer
    assert answer.citations[0].source_uri.endswith("b_gazette.txt")
    other = asker.answer(ASKED.format("Lake Courier"))
    assert other.known and other.value == "300", other


def test_a_source_no_article_has_is_no_answer(asker):
    answer = asker.answer(ASKED.format("Nile Herald"))
    assert not answer.known, answer


def test_a_source_with_an_owner_is_not_required_word_for_word():
    # "Uganda's Ministry of Fisheries" may be written "the Ugandan fisheries ministry".
    from bilat.ask.source_names import _named_source

    assert _named_source("How many boats, according to the Lake Courier?") == "Lake Courier"
    assert _named_source("How many boats, according to Uganda's Ministry of Fisheries?") is None
    assert _named_source("How many boats were seized?") is None
