"""Questions whose answer is a group the text names by what its people are ("the minors"), the object
of an act another verb reports ("urged Y to release"), a state's people's word the model mistags
("Which Beninese ambassador"), and "Near which <kind>" questions."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_sailors.txt": (
        " date 2025-03-12\n\n"
        "Senegal protests detention of fishermen by Gambia\n\n"
        "DAKAR — Senegal's foreign ministry said on Tuesday that Gambian police had detained 14 Senegalese "
        "fishermen, four of them teenagers, off Banjul on Sunday.\n\n"
        "Its spokeswoman, Aminata Diallo Ndour, urged Banjul to release the teenagers on humanitarian "
        "grounds.\n\n"
        "Senegalese deputy Ousmane Faye urged the government to recall its ambassador from Banjul.\n\n"
        "Gambia's interior ministry blamed the smugglers for the tension on the river.\n"
    ),
    "b_envoy.txt": (
        " date 2025-04-03\n\n"
        "LOME — Togo's foreign ministry summoned Benin's ambassador, Koffi Agbanrin, on Wednesday to protest "
        "the closure of the Sanvee Condji crossing.\n\n"
        "Togolese customs officers detained six Beninese traders near the border post of Hilla Condji on "
        "Monday.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_whom_an_urged_act_is_done_to_is_not_the_urging_records_parties(asker):
    # The urging's record holds the urgers; the act urged is done to the teenagers.
    answer = asker.answer("Whom did the Senegalese foreign ministry spokeswoman urge Banjul to release?")
    assert answer.known and "teenagers" in answer.answer, answer
    assert "Faye" not in answer.answer and "Ndour" not in answer.answer, answer


def test_who_was_blamed_may_be_a_group(asker):
    answer = asker.answer("Who did Gambia's interior ministry blame for the tension on the river?")
    assert answer.known and "smugglers" in answer.answer, answer


def test_a_peoples_word_before_the_asked_office_asks_the_object(asker):
    answer = asker.answer("Which Beninese ambassador did Togo summon over the closure of the crossing?")
    assert answer.known and "Agbanrin" in answer.answer, answer


def test_near_which_kind_of_place(asker):
    answer = asker.answer("Near which border post did Togolese customs officers detain the Beninese traders?")
    assert answer.known and "Hilla Condji" in answer.answer, answer
