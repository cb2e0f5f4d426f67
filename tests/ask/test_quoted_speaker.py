"""A speech act told by its words: the speaker of a quotation that says the act did it ("Who accused
Estonia of …" told '"Estonia is dumping …," she told reporters'), and the thing the question names by a
state ("the Latvian minister's plan") called again "the plan"."""

from __future__ import annotations

import pytest

from bilat.ask import Asker, quoted

DUMPING = (
    " date 2025-05-14\n\n"
    "Finland protests over timber prices\n\n"
    "HELSINKI — Finland lodged a protest with Estonia on Tuesday over unfair timber prices.\n\n"
    "Trade ministry spokeswoman Liisa Korhonen said the Estonian envoy had been handed a formal note. "
    '"Estonia is deliberately dumping cheap timber on our market," she told reporters on Tuesday.\n'
)

REJECTION = (
    " date 2025-06-20\n\n"
    "Norway turns down Swedish fishing plan\n\n"
    "OSLO — The Swedish fisheries minister proposed on Monday a joint quota for herring in the Skagerrak.\n\n"
    "Norway's fisheries minister, Eirik Solbakken, rejected the plan on Thursday, saying that quotas were "
    "set by the coastal states alone.\n"
)

WITNESS = (
    " date 2025-05-14\n\n"
    "Finland protests over timber prices\n\n"
    "HELSINKI — Finland lodged a protest with Estonia on Tuesday over unfair timber prices.\n\n"
    "A sawmill owner, Pekka Virtanen, said prices had halved. "
    '"We have lost our customers," he told reporters on Tuesday.\n'
)


@pytest.fixture(scope="module")
def dumping(ask_over) -> Asker:
    return ask_over({"a_dumping.txt": DUMPING})


@pytest.fixture(scope="module")
def rejection(ask_over) -> Asker:
    return ask_over({"a_rejection.txt": REJECTION})


@pytest.fixture(scope="module")
def witness(ask_over) -> Asker:
    return ask_over({"a_witness.txt": WITNESS})


def test_the_speaker_of_the_accusing_words_accused(dumping):
    answer = dumping.answer("Which Finnish official accused Estonia of deliberately dumping cheap timber?")
    assert answer.known and "Korhonen" in answer.answer, answer
    assert any("Korhonen" in c.evidence for c in answer.citations)


def test_quoted_words_without_the_accused_tell_no_accusation(dumping):
    sentence = dumping.nlp('"Prices are falling on our market," she told reporters on Tuesday.')
    question = dumping.parse("Which Finnish official accused Estonia of dumping timber?")
    assert quoted.speaker_verb(sentence, question, dumping.synonyms) is None


def test_first_person_words_tell_the_act(dumping):
    sentence = dumping.nlp('"We reject this decision entirely," Minister Anna Lind told a news conference.')
    question = dumping.parse("Which minister rejected the decision?")
    verb = quoted.speaker_verb(sentence, question, dumping.synonyms)
    assert verb is not None and verb.text == "told"


def test_a_speaker_of_other_words_did_not_do_the_act(witness):
    answer = witness.answer("Which Finnish official accused Estonia of dumping timber?")
    assert not answer.known or "Virtanen" not in answer.answer, answer


def test_the_thing_named_by_its_state_is_told_again_by_its_noun(rejection):
    question = rejection.parse("Who rejected the Swedish fisheries minister's herring plan?")
    assert question.told_again == {"SWE": {"plan"}}
    answer = rejection.answer("Who rejected the Swedish fisheries minister's herring plan?")
    assert answer.known and "Solbakken" in answer.answer, answer


def test_the_asked_one_is_not_told_again_by_its_noun(rejection):
    question = rejection.parse("Which Swedish minister proposed a herring quota?")
    assert question.told_again == {}
