"""Whose answer a question asks for: the state of the person asked ("Which Ugandan minister"), the
outlet that cited an account ("officials cited by the X"), the month a figure is asked for."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.records import _other_month
from bilat.ask.source_names import _named_source

ARTICLES = {
    "a_pipeline.txt": (
        " date 2024-05-10\n\n"
        "Kenya and Uganda sign pipeline accord\n\n"
        "KAMPALA — Kenya and Uganda on Thursday renewed an accord on a fuel pipeline to Kampala.\n\n"
        "The accord was signed by Kenya's trade minister, Amos Kiprop, and Uganda's energy minister, "
        "Ruth Nabirye, at a ceremony in Entebbe.\n\n"
        "Uganda's trade with Kenya reached about 1.1 billion USD in 2023, according to the Uganda Bureau "
        "of Statistics.\n"
    ),
    "b_envoy.txt": (
        " date 2024-06-14\n\n"
        "NAIROBI (Rift Ledger) — Kenya summoned Uganda's ambassador in Nairobi, Peter Okello, on Friday "
        "over the seizure of fishing boats on Lake Victoria.\n\n"
        "Uganda's trade with Kenya fell to some 0.8 billion USD in 2023, Ugandan officials said.\n\n"
        "Ferry services resumed afterwards, and Kenya resumed work permits for Ugandan nurses in May 2024.\n"
    ),
    "c_deport.txt": (
        " date 2024-08-20\n\n"
        "Tanzania deports Kenyan traders\n\n"
        "Tanzania deported 45 Kenyan traders from Arusha on Friday, Kenyan officials said.\n\n"
        "More than 900 Kenyan traders have been deported from Tanzania since March this year, "
        "according to Tanzanian immigration figures.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_which_minister_of_a_state_is_not_the_other_states(asker):
    answer = asker.answer("Which Ugandan minister signed the pipeline accord with Kenya's trade minister?")
    assert answer.known and "Nabirye" in answer.answer, answer


def test_an_ambassador_at_a_post_is_of_the_state_that_sent_him(asker):
    # "Uganda's ambassador in Nairobi, X": the name hangs on the post, the office is Uganda's.
    answer = asker.answer("Which Ugandan ambassador did Kenya summon?")
    assert answer.known and "Okello" in answer.answer, answer


def test_the_outlet_that_cited_officials_is_the_source():
    asked = "How much was the trade in 2023 according to Ugandan officials cited by the Rift Ledger?"
    assert _named_source(asked) == "Rift Ledger"
    assert _named_source("How much, according to the Lake Courier?") == "Lake Courier"


def test_officials_cited_by_an_outlet_are_answered_from_its_article(asker):
    answer = asker.answer(
        "How much was Uganda's trade with Kenya in 2023 according to Ugandan officials cited by Rift Ledger?"
    )
    assert answer.value != "1100000000", answer
    if answer.known:
        assert answer.citations[0].source_uri.endswith("b_envoy.txt"), answer


def test_a_month_is_not_answered_by_a_total_since_another_month(asker):
    answer = asker.answer("How many Kenyan traders did Tanzania deport from Arusha in August 2024?")
    assert answer.value != "900", answer
    assert not answer.known or answer.value == "45", answer


def test_the_telling_done_by_the_state_asked_dates_the_act(asker):
    # "Ferry services resumed afterwards, and Kenya resumed …": the second telling is Kenya's.
    answer = asker.answer("When did Kenya resume work permits for Ugandan nurses?")
    assert answer.known and answer.value == "2024-05", answer


def test_other_month():
    assert _other_month("2024-08", "2024-03")
    assert not _other_month("2024-08", "2024-08")
    assert not _other_month("2024-08", "2024")  # a year's figure: no month to differ
    assert not _other_month("2024", "2024-03")  # a year asked: any month of it
    assert not _other_month("2024-08", None)
