"""Accusations, judgements and conditional threats told in reported speech: the speaker's side is the
source, the side the words name the target, and the speech's day the date. Sentences written for these
tests."""

from __future__ import annotations

# A story about two states alone.
BACKGROUND = "Chile recalled its ambassador to Peru on Monday over a fishing dispute. "


def _coded(events, root: str):
    return {
        (e.source.country, e.target.country if e.target else None, e.date) for e in events if e.root == root
    }


def test_a_participle_accusation_after_a_reported_judgement_is_the_speakers(code):
    text = BACKGROUND + (
        "Chilean foreign ministry spokesman Pablo Rojas told reporters on Tuesday that the ruling was "
        '"a mistake", accusing Lima of favouring its own fishermen.'
    )
    accusations = _coded(code(text, published="2024-03-15"), "11")
    assert ("CHL", "PER", "2024-03-12") in accusations


def test_an_accusation_of_a_described_state_is_aimed_at_the_other_side(code):
    text = (
        "Chile recalled its ambassador to Peru on Tuesday and accused the Andean state of funding "
        "protests against it."
    )
    accusations = _coded(code(text, published="2024-03-15"), "11")
    assert ("CHL", "PER", "2024-03-12") in accusations


def test_a_described_state_in_a_story_of_three_states_is_nobody_assumed(code):
    text = (
        "Chile recalled its ambassador to Peru on Tuesday, and Bolivia closed a border crossing. "
        "Chile also accused the Andean state of funding protests against it."
    )
    accusations = _coded(code(text, published="2024-03-15"), "11")
    assert not any(target in {"PER", "BOL"} for _, target, _ in accusations)


def test_another_side_said_to_pay_for_smear_campaigns_is_disapproved(code):
    text = BACKGROUND + (
        "A senior Chilean official, Pablo Rojas, said on Tuesday that Peru was financing smear "
        "campaigns against Chile."
    )
    events = code(text, published="2024-03-15")
    assert ("CHL", "PER", "2024-03-12") in _coded(events, "11")
    # The campaign paid for is no aid from Peru.
    assert not _coded(events, "07")


def test_a_step_the_speakers_side_could_take_on_a_condition_is_a_threat(code):
    text = (
        "Peru banned Chilean trucks on Monday. Chilean trade official Pablo Rojas said on Tuesday that "
        "Chile could seek arbitration under the trade pact if the ban went ahead."
    )
    threats = _coded(code(text, published="2024-03-15"), "13")
    assert ("CHL", "PER", "2024-03-12") in threats


def test_a_step_of_cooperation_that_could_follow_on_a_condition_is_no_threat(code):
    text = (
        "Peru banned Chilean trucks on Monday. Chilean trade official Pablo Rojas said on Tuesday that "
        "Chile could sign a new transport agreement if the talks went well."
    )
    assert not _coded(code(text, published="2024-03-15"), "13")


def test_an_accusation_in_a_relative_clause_of_a_dated_interview_takes_its_day(code):
    text = (
        "Peru recalled its ambassador to Chile on Thursday. The row started with a radio interview "
        "aired on Sunday in which Chile's president accused the Peruvian government of lying. "
        "Peru's foreign ministry summoned the Chilean envoy on Monday."
    )
    accusations = _coded(code(text, published="2024-03-15"), "11")
    assert ("CHL", "PER", "2024-03-10") in accusations
    assert ("CHL", "PER", "2024-03-11") not in accusations


def test_what_could_happen_on_a_condition_is_no_threat(code):
    text = (
        'Chile and Peru restored full ties last year. "If the next government undoes the deal, we could '
        'be back where we started," a Chilean diplomat said on Tuesday.'
    )
    assert not _coded(code(text, published="2024-03-15"), "13")


def test_a_step_weighed_in_answer_to_the_other_sides_hostile_act_is_a_threat(code):
    text = (
        "Peru expelled Chilean traders on Monday. Chilean foreign minister Pablo Rojas said on Tuesday "
        "that Santiago was considering suspending the ferry service if the expulsions continued."
    )
    threats = _coded(code(text, published="2024-03-15"), "13")
    assert ("CHL", "PER", "2024-03-12") in threats


def test_a_step_weighed_on_a_friendly_condition_is_no_threat(code):
    text = (
        "Peru expelled Chilean traders on Monday. Chilean foreign minister Pablo Rojas said on Tuesday "
        "that Santiago was considering opening a new consulate if trade grew."
    )
    assert not _coded(code(text, published="2024-03-15"), "13")
