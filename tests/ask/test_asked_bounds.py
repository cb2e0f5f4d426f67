"""Question forms answered by what the sentence says of the act, not by the news day: a deadline ("by
what date …", told "by October 3"), a date something is moved to ("to which year … delayed"), a kind ("what
kind of inquiry", told "an independent and international inquiry"); and the checks that keep them right."""

from __future__ import annotations

import pytest

from bilat.ask import Asker, money_words

ARTICLES = {
    "a_port.txt": (
        " date 2025-04-18\n\n"
        "Latvia tells Estonian monitors to quit river port\n\n"
        "RIGA, April 18 (Amber Wire) — Latvia's interior ministry said on Friday the government had asked "
        "Estonian customs monitors to leave their office at the Daugava river port by October 3.\n\n"
        "Latvian Interior Minister Ilze Berzina received her Estonian counterpart, Mart Kask, at the "
        "ministry on Thursday.\n\n"
        "The ministry demanded an independent and international inquiry into the loss of the cargo.\n\n"
        "Latvia and Estonia agreed on Wednesday to share the port's radar data.\n\n"
        "Estonia's foreign ministry spokesman Tarmo Lepp said Tallinn regretted the step. Government "
        "spokesman Janis Ozols said Riga would not change its mind.\n\n"
        "The opening of the new Valka rail terminal, which both countries fund, has been delayed to 2029.\n\n"
        "About 3.2 billion cubic metres of Latvian gas reached Estonia through the Valga link last year, "
        "according to data from the grid operator Gasvia.\n\n"
        "Bilateral trade reached about 4.4 billion EUR last year, according to Latvia's Central Statistical "
        "Bureau.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_a_deadline_is_the_date_after_by_of_the_act_asked(asker):
    answer = asker.answer("By what date did Latvia ask Estonian customs monitors to leave their office?")
    assert answer.known and answer.value == "2025-10-03", answer


def test_a_deadline_question_is_not_answered_by_the_news_day(asker):
    # The agreement is dated ("on Wednesday") but sets no deadline: no answer, not Wednesday.
    answer = asker.answer("By what date did Latvia and Estonia agree to share the port's radar data?")
    assert not answer.known, answer


def test_the_year_something_is_delayed_to(asker):
    answer = asker.answer("To which year has the opening of the Valka rail terminal been delayed?")
    assert answer.known and answer.value == "2029", answer


def test_a_place_the_dateline_writes_in_capitals_sets_the_act(asker):
    answer = asker.answer("Which Latvian minister received the Estonian interior minister in Riga?")
    assert answer.known and "Berzina" in answer.answer, answer


def test_what_kind_is_what_the_sentence_says_of_the_thing(asker):
    answer = asker.answer("What kind of inquiry did Latvia demand into the loss of the cargo?")
    assert answer.known and "international" in answer.answer, answer


def test_a_person_of_another_country_does_not_answer_which_people_word(asker):
    answer = asker.answer("Which Latvian spokesman said Tallinn regretted the step?")
    assert not answer.known or "Lepp" not in answer.answer, answer


def test_sums_under_a_million_are_written_in_full_figures():
    assert money_words(64800.0, "USD", 60000.0, "EUR") == "60,000 EUR"
    assert money_words(64800.0, "USD", None, None) == "$64,800"
    assert money_words(2.5e9, "USD", None, None) == "$2.5 billion"
    assert money_words(2.5, "USD", None, None) == "$2.5"


def test_how_much_of_a_stuff_that_did_the_act(asker):
    answer = asker.answer("According to Gasvia data, how much Latvian gas reached Estonia in 2024?")
    assert answer.known and "3.2 billion cubic metres" in answer.answer, answer


def test_the_outlet_that_reported_the_source_is_no_part_of_the_form(asker):
    answer = asker.answer(
        "According to Latvia's Central Statistical Bureau, as reported by the Amber Wire, how much was "
        "bilateral trade between Latvia and Estonia in 2024?"
    )
    assert answer.known and "4.4 billion" in answer.answer, answer
