"""A month's abbreviation inside a longer word is no month: "Benjamin", "Majunga" (sentences of our own)."""

from __future__ import annotations

from bilat.nlp.timex import tag_timexes


def test_a_name_ending_in_a_month_abbreviation_leaves_the_year_alone(resources):
    text = "Some 900,000 tonnes of grain left the port of Karadjan last year."
    found = {(t.text, t.value) for t in tag_timexes(text, "2023-06-10", resources)}
    assert found == {("last year", "2022")}


def test_a_month_after_a_space_is_still_read(resources):
    text = "The freighter docked at Karadjan in Jan last year."
    found = {t.value for t in tag_timexes(text, "2023-06-10", resources)}
    assert "2022-01" in found
