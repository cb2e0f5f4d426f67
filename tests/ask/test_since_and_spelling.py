"""A "since which year" question is answered by the date after "since" in a sentence that tells its act,
never by a record's date of the news; "ferries" meets "ferry", "chargé" meets "charge"; a dateline's city
in capitals places the article's acts; "four entities" names no entity."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.bare_kind import names_nothing
from bilat.ask.question import content_words, stem

ARTICLES = {
    "a_recognition.txt": (
        " date 2024-05-14\n\n"
        "Fiji and Kosovo open talks on visas\n\n"
        "SUVA, May 14 (Coral Sea Ledger) - Fiji and Kosovo began talks on Monday on lifting visa "
        "requirements for each other's citizens, the Fijian foreign ministry said.\n\n"
        "Fiji has recognised Kosovo since 2012, and the two governments signed a memorandum on consular "
        "matters in Suva on Monday.\n"
    ),
    "b_rescue.txt": (
        "REYKJAVIK, Sept. 3, 2025 (Northern Tidings) - Iceland and Norway signed an agreement on Tuesday "
        "to share coast guard ships for rescues in the Norwegian Sea.\n\n"
        "The agreement was signed by Iceland's justice minister, Hrafnhildur Jokulsdottir, and Norway's "
        "fisheries minister, Eivind Tollaksen.\n\n"
        "The ferries that cross between the two countries will be refitted at a shipyard in Bergen.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_since_which_year_read_after_since(asker):
    answer = asker.answer("Since which year has Fiji recognised Kosovo?")
    assert answer.known and answer.value == "2012"
    assert answer.citations[0].evidence.startswith("Fiji has recognised Kosovo since 2012")


def test_since_which_year_of_another_act_abstains(asker):
    assert not asker.answer("Since which year has Fiji had an embassy in Pristina?").known


def test_dateline_in_capitals_places_the_act(asker):
    answer = asker.answer("Who signed the rescue agreement for Norway in Reykjavik in September 2025?")
    assert answer.known and "Tollaksen" in answer.answer


def test_plural_in_ies_and_accents_meet_their_words():
    assert stem("ferries") == stem("ferry") and stem("carried") == stem("carry")
    assert stem("ties") != stem("ty")
    assert content_words("chargé d'affaires in Kičevo") == content_words("charge d'affaires in Kicevo")


def test_counted_kind_names_nothing(asker):
    question = asker.parse("Which state-owned entity did Norway sanction in 2025?")
    assert names_nothing(question, "four entities")
    assert not names_nothing(question, "J-10 fighters")
    assert not names_nothing(question, "the Fjell Arms Works")
