"""Checks that the sentence's clause is the question's: an act only demanded is not done ("demanded
the release of 9 fishermen" counts no one freed), a count of a circumstance ("the fishermen detained")
answers no question about another act, a record of another occasion ("the 7th round", "a meeting")
places no numbered round; and typed answers read from the clause itself: the part "N of the M" an act
counts, the one declared "persona non grata", the envoy told something after a summons, the head of
a business body for a "business leader", the act of a question whose verb the model takes for a noun,
the one who "called it" what the question quotes when the sentence before names the thing, and a name
asked without the accents its article writes."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.ordinals import ordinals

ARTICLES = {
    "a_fishermen.txt": (
        " date 2023-08-16\n\n"
        "Finland protests as Estonian patrol holds fishermen off Kessel Point\n\n"
        "VESTRY — Finland summoned Estonia's ambassador late on Monday and demanded the release of 9 Finnish "
        "fishermen detained by an Estonian patrol boat near Kessel Point.\n\n"
        "The boat's owner said the crew had been fishing inside Finnish waters.\n\n"
        "On Tuesday, five of the nine fishermen were freed at Port Amsel and handed to Finnish officials; "
        "four remain in custody in Lornholm.\n"
    ),
    "b_rounds.txt": (
        " date 2024-02-20\n\n"
        "7th Round of Finland-Estonia Maritime Talks held in Amsel\n\n"
        "The 7th Round of the Maritime Talks between Finland and Estonia was held in Amsel on 18 and 19 "
        "February 2024.\n\n"
        "The Joint Survey Team, which held its third meeting in Amsel on the same days, reported on the "
        "charting of the strait.\n\n"
        "Both delegations agreed that the 8th Round of the Maritime Talks would be held in Lornholm, on "
        "dates to be set through diplomatic channels.\n"
    ),
    "c_envoys.txt": (
        " date 2024-11-06\n\n"
        "Austria expels Hungarian envoy\n\n"
        "On Monday the Austrian foreign ministry declared Hungary's ambassador, Marek Dvorsky, persona non "
        "grata and gave him 48 hours to leave.\n"
    ),
    "d_summons.txt": (
        " date 2025-04-09\n\n"
        "ARDEN — Austria summoned Hungary's ambassador on Tuesday over a statement by its embassy on the "
        "arrest of two journalists.\n\n"
        "Foreign Minister Pavel Horak told Ambassador Greta Lindqvist that the statement was an "
        "interference in Austria's internal affairs.\n"
    ),
    "e_boycott.txt": (
        " date 2021-05-12\n\n"
        "Austrian traders turn on Hungarian goods\n\n"
        "On Tuesday the head of the Austrian chamber of commerce, Tomas Brezina, called for a boycott of "
        "Hungarian goods.\n"
    ),
    "f_demand.txt": (
        " date 2025-10-08\n\n"
        "Austria summons Hungarian envoy over seized lorries\n\n"
        "ARDEN — Austria summoned Hungary's ambassador late on Tuesday and demanded the immediate return of "
        "Austrian lorries held at the border town of Velka.\n"
    ),
    "g_transit.txt": (
        " date 2025-06-04\n\n"
        "Austria and Hungary sign transit accord\n\n"
        "VIENNA — Austria and Hungary signed a rail transit agreement on Tuesday that opens the port "
        "of Kessel to Austrian freight. Austrian Transport Minister Karl Weber called it "
        '"a bridge to the sea for our factories".\n'
    ),
    "h_lorries.txt": (
        " date 2025-09-02\n\n"
        "Hungary presses Austria over night traffic\n\n"
        "BUDAPEST — Hungarian Foreign Minister Zoltán Kovács urged Austria on Monday to allow "
        "refrigerated lorries through the border at night.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_part_the_act_counts(asker):
    answer = asker.answer("How many of the Finnish fishermen detained near Kessel Point were freed?")
    assert answer.known and answer.value == "5", answer


def test_a_count_of_the_detained_answers_no_question_about_the_freed(asker):
    # Only the sentence that demands their release and counts the detained tells of them.
    answer = asker.answer("How many of the Finnish fishermen detained near Kessel Point were released?")
    assert not answer.known or answer.value != "9", answer


def test_numbered_ordinals_are_read_whatever_the_model_tags(asker):
    assert ordinals(asker.nlp("The 7th Round of the Talks was held in Amsel.")) == {"round": {"7th"}}


def test_a_record_of_another_occasion_places_no_numbered_round(asker):
    answer = asker.answer("Where is the 8th round of the Finland-Estonia maritime talks to be held?")
    assert answer.known and answer.answer == "Lornholm", answer


def test_the_one_declared_persona_non_grata(asker):
    answer = asker.answer("Which Hungarian ambassador did Austria declare persona non grata?")
    assert answer.known and answer.answer == "Marek Dvorsky", answer


def test_the_envoy_told_after_the_summons(asker):
    answer = asker.answer("Which Hungarian ambassador did Austria summon in April 2025?")
    assert answer.known and answer.answer == "Greta Lindqvist", answer


def test_the_head_of_a_business_body_is_a_business_leader(asker):
    answer = asker.answer("Which Austrian business leader called for a boycott of Hungarian goods?")
    assert answer.known and answer.answer == "Tomas Brezina", answer


def test_the_act_of_a_question_whose_verb_is_parsed_as_a_noun(asker):
    question = asker.parse("What did Austria demand when it summoned Hungary's ambassador?")
    assert question.act == "demand"
    answer = asker.answer("What did Austria demand when it summoned Hungary's ambassador?")
    assert answer.known and "return" in answer.answer, answer


def test_the_thing_acted_on_as_it_is_named_the_sentence_before(asker):
    answer = asker.answer(
        "Which Austrian minister called the rail transit agreement with Hungary 'a bridge to the sea for "
        "our factories'?"
    )
    assert answer.known and answer.answer == "Karl Weber", answer


def test_a_name_asked_without_its_accents(asker):
    answer = asker.answer("What did Kovacs urge Austria to allow?")
    assert answer.known and "refrigerated lorries" in answer.answer, answer
