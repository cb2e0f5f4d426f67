"""Text answers that must carry over to unseen stories: the answer's type agrees with the question (a
place is never a time, a count counts the noun asked about, "what … cost" wants money), and a question
in two parts ("when and where") is answered in both or not at all."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "ghana_togo_jets.txt": (
        " date 2025-03-14\n\n"
        "Ghana protests after Togolese helicopter crosses border\n\n"
        "ACCRA (Coastal Wire) — Two Ghanaian Alpha Jets were launched from Tamale air base on Friday "
        "evening after a Togolese helicopter crossed into Ghanaian airspace, the Ghana Air Force said.\n\n"
        "Ghana's finance minister told lawmakers that the new radar line along the border with Togo would "
        "cost about 45 million USD over three years.\n\n"
        "The navy said that three Togolese canoes were escorted back across the lagoon on Thursday.\n\n"
        "The incidents bring to 17 the number of Togolese fishing boats stopped by the Ghanaian navy "
        "this year, the navy said.\n\n"
        "Ghana's defence minister said a joint patrol exercise with Togo would be held at Aflao in May.\n\n"
        "Ghana's exports to Togo were worth about 800 million USD in 2024, according to the Bank of Ghana.\n"
    ),
    "ghana_togo_fishermen.txt": (
        " date 2025-04-02\n\n"
        "Ghana summons Togolese envoy over fishermen held on lagoon border\n\n"
        "ACCRA (Coastal Wire) — Ghana on Wednesday summoned Togo's ambassador over four Ghanaian fishermen "
        "stopped by a Togolese patrol on Sunday. Three of them were sent back on Tuesday.\n\n"
        "Ghana's foreign minister said Accra would take the dispute to the ECOWAS court if the fishermen "
        "were not released by Friday.\n\n"
        "Ghana's navy chief spoke to reporters at Takoradi on Tuesday. Rear Admiral Kwesi Boateng went "
        'further, warning that patrol boats would "not hesitate to fire" if another canoe crossed the '
        "line.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_a_place_is_never_a_time_and_from_says_where(asker):
    answer = asker.answer("From which air base were the Ghanaian jets launched?")
    assert answer.known and "Tamale" in answer.answer, answer
    assert "evening" not in answer.answer and "Friday" not in answer.answer


def test_what_something_would_cost_is_a_sum_of_money(asker):
    answer = asker.answer("What did Ghana's finance minister say the radar line would cost?")
    assert not answer.known or "45 million" in answer.answer, answer


def test_a_leading_source_does_not_hide_the_question_form(asker):
    answer = asker.answer(
        "According to the Bank of Ghana, how much were Ghana's exports to Togo worth in 2024?"
    )
    assert answer.known and "800 million" in answer.answer, answer


def test_a_count_counts_the_noun_asked_about(asker):
    # Three canoes are not the boats asked about; the 17 boats are written the other way round.
    answer = asker.answer("How many Togolese fishing boats had the Ghanaian navy stopped this year?")
    assert not answer.known or answer.value == "17", answer
    assert "canoes" not in answer.answer


def test_when_and_where_is_answered_in_both_parts(asker):
    answer = asker.answer("When and where will the joint patrol exercise be held?")
    assert answer.known and "Aflao" in answer.answer and "May" in answer.answer, answer


def test_when_and_where_abstains_when_one_part_is_not_told(asker):
    answer = asker.answer("When and where did Ghana's finance minister resign?")
    assert not answer.known, answer


def test_a_person_the_act_is_told_of_must_be_named_by_the_answer(asker):
    # The headline holds fishermen "on lagoon border", but not the one asked about.
    answer = asker.answer("Where is the Ghanaian fisherman Yaw Darko being held?")
    assert not answer.known, answer


def test_what_someone_would_do_if_is_the_act_to_come_with_that_condition(asker):
    answer = asker.answer("What did Ghana say it would do if the fishermen were not released?")
    assert answer.known and "take the dispute to the ECOWAS court" in answer.answer, answer
    assert "if" not in answer.answer.split()


def test_a_sentence_goes_on_about_the_actors_the_one_before_named(asker):
    answer = asker.answer(
        "What did Ghana's navy chief warn the patrol boats would do"
        " if another Togolese canoe crossed the line?"
    )
    assert answer.known and answer.answer == "not hesitate to fire", answer


def test_the_counted_noun_is_read_from_the_question_parse(nlp, resources):
    from bilat.ask.question import load_forms, parse_question, stem
    from bilat.extract.patterns import load_patterns
    from bilat.nlp.countries import load_gazetteer

    forms = resources.load("ask.forms", load_forms)
    patterns = resources.load("events.patterns", load_patterns)
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    question = parse_question(
        "How many Ghanaian traders and drivers crossed the border?", nlp, forms, patterns, gazetteer, []
    )
    assert question.counted == {stem("traders"), stem("drivers")}
