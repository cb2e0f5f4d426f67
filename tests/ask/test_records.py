"""Questions over a store built from articles written for the tests; paraphrases answer the same."""

from __future__ import annotations

import pytest

from bilat import api
from bilat.ask import Asker, date_words
from bilat.store import open_store
from tests.articles import write_articles


@pytest.fixture(scope="module")
def asker(tmp_path_factory, resources, nlp):
    folder = write_articles(tmp_path_factory.mktemp("ask"))
    path = tmp_path_factory.mktemp("askstore") / "s.db"
    api.build([str(folder)], str(path), resources=resources)
    return Asker(open_store(path), resources, nlp)


@pytest.mark.parametrize(
    "question",
    [
        "When did Armenia open its embassy in Georgia?",
        "In what year did Armenia open an embassy in Georgia?",
        "On what date did Armenia open its embassy in Tbilisi?",
    ],
)
def test_ask_when_with_paraphrases(asker, question):
    answer = asker.answer(question)
    assert answer.value == "2023-01" and "January 2023" in answer.answer
    assert answer.citations[0].source_uri.endswith("b_embassy.txt")


def test_ask_since_when_and_direction(asker):
    answer = asker.answer("Since when does Georgia have an embassy in Armenia?")
    assert answer.value == "1993"


@pytest.mark.parametrize(
    "question", ["Who received Ararat Mirzoyan in Georgia?", "Who hosted Ararat Mirzoyan?"]
)
def test_ask_who(asker, question):
    answer = asker.answer(question)
    assert answer.answer == "Irakli Garibashvili"


@pytest.mark.parametrize(
    "question",
    [
        "What was the trade between Georgia and Armenia in the first nine months of 2022?",
        "How much was trade between Armenia and Georgia?",
    ],
)
def test_ask_figures(asker, question):
    answer = asker.answer(question)
    assert "$1.2 billion" in answer.answer and answer.kind == "figure"


def test_ask_unknown_says_so(asker):
    answer = asker.answer("When did Norway sanction Peru?")
    assert not answer.known and answer.citations == []


def test_ask_date_words():
    assert date_words("2021-12-02") == "December 2, 2021 (2021-12-02)"
    assert date_words("1993") == "1993"


def test_ask_event_about_another_thing_is_no_answer(asker):
    # Armenia opened an embassy in Georgia, but no article says it signed a treaty with Georgia.
    answer = asker.answer("When did Armenia sign a treaty with Georgia?")
    assert not answer.known


def test_ask_how_many_things_is_never_answered_with_money(asker):
    answer = asker.answer("How many tanks did Georgia sell to Armenia?")
    assert "$" not in answer.answer
    assert "$1.2 billion" in asker.answer("How many dollars was trade between Georgia and Armenia?").answer


def test_ask_the_act_asked_outranks_a_better_dated_other_act(asker):
    # a_visit.txt dates the 2022 meeting to the day; the embassy opening it mentions is dated to the year.
    answer = asker.answer("When did Georgia open its embassy in Armenia?")
    assert answer.value == "1993"


def test_ask_where_gives_the_place_of_the_event(asker):
    answer = asker.answer("Where did Armenia open its embassy?")
    assert (answer.kind, answer.answer) == ("place", "Tbilisi")
    assert answer.citations[0].source_uri.endswith("b_embassy.txt")


def test_ask_a_figure_no_fact_kind_names_needs_the_questions_own_words(asker):
    # The store's only Armenia–Georgia figure is their trade: it says nothing of a grant for a bridge.
    answer = asker.answer("How large is the Armenian grant for the Georgian railway bridge?")
    assert "1.2 billion" not in answer.answer


@pytest.mark.parametrize(
    ("name", "proper"),
    [
        ("Georgia's ambassador", False),
        ("the Armenian prime minister", False),
        ("Ararat Mirzoyan", True),
        ("Ambassador Lia Beridze", True),
    ],
)
def test_ask_an_office_is_no_answer_to_who(asker, name, proper):
    assert asker.records._has_proper_name(name) is proper
