"""A question may describe the party it names ("Estonian engineer Anna Tamm", "the Viru field in the
Latvian-Estonian Joint Zone") in words the answering sentence does not repeat; the name then suffices. And the
sentence's own dateline does not date the act it tells, nor does the day a done act is told."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_engineer.txt": (
        " date 2025-02-11\n\n"
        "Latvia protests to Estonia over jailed engineer as gas talks open in the Latvian-Estonian "
        "Joint Zone\n\n"
        "RIGA, Feb 11 (Amber Wire) — Latvia's foreign ministry said on Tuesday that the sentence passed on "
        "Monday on Janis Kalns, 47, a Riga-born employee of a shipping firm who was detained in Narva in "
        "March last year, was unjust.\n\n"
        "Gas output at the Viru field, run by a joint venture of Latvian and Estonian companies, was "
        "stopped in October 2019 after a row over permits.\n\n"
        "Latvian Foreign Minister Ilze Berzina pressed Tallinn to speed up the review of the case.\n"
    ),
    "b_envoy.txt": (
        " date 2025-03-20\n\n"
        "Lithuania calls in Polish envoy over border fence\n\n"
        "VILNIUS, March 20 (Amber Wire) — Lithuania has closed a crossing on its border with Poland and "
        "summoned the Polish charge d'affaires over a fence built across a farm, the government said on "
        "Thursday.\n\n"
        "Chargé d'Affaires Tomasz Nowak was called in by Vice Minister Egle Petrauskaite, who demanded "
        "that the fence be taken down.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_a_description_of_the_named_person_is_not_needed(asker):
    answer = asker.answer("When was Latvian dock clerk Janis Kalns detained in Narva?")
    assert answer.known and answer.value == "2024-03", answer


def test_where_a_named_place_lies_is_not_needed(asker):
    answer = asker.answer("When was gas output at the Viru field in the Latvian-Estonian Joint Zone stopped?")
    assert answer.known and answer.value == "2019-10", answer


def test_press_meets_pressed(asker):
    answer = asker.answer("What did Latvia's Foreign Minister Berzina press Tallinn to speed up?")
    assert answer.known and "review" in answer.answer, answer


def test_an_office_of_the_asked_role_names_the_envoy(asker):
    answer = asker.answer("Which Polish envoy was called in by Lithuania's vice minister?")
    assert answer.known and "Nowak" in answer.answer, answer


def test_neither_the_dateline_nor_the_day_it_was_told_dates_a_done_act(asker):
    # "has … summoned …, the government said on Thursday": the summons was before; the dateline's day
    # is the report's. No sentence dates the summons itself.
    answer = asker.answer("When did Lithuania summon the Polish charge d'affaires over the fence?")
    assert not answer.known, answer
