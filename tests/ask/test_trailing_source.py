"""The source a question names last, with or without a comma before "according to"."""

from __future__ import annotations

from bilat.ask.question import source_words, without_source


def test_a_trailing_source_without_its_comma_is_no_part_of_the_question():
    text = "What were Kenya's 2023 tea sales to Egypt worth according to figures cited by Egyptian officials?"
    assert without_source(text) == "What were Kenya's 2023 tea sales to Egypt worth?"
    assert "figures" in source_words(text)


def test_a_trailing_source_with_its_comma():
    assert (
        without_source("How many boats were seized, according to the navy?") == "How many boats were seized?"
    )
