"""An act told by the noun that names it ("over the closure of the Tarvo border post") answers a
question that asks with the verb ("Which border post did X close …"); and "did Kyrgyz officials close
to trucks", which the parser reads with "close" as an adjective, asks about closing."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.question import load_synonyms, stem

ARTICLES = {
    "a_closure.txt": (
        " date 2025-03-11\n\n"
        "Kazakhstan summons Kyrgyz envoy as border closure strands trucks\n\n"
        "ASTANA — Kazakhstan summoned Kyrgyzstan's ambassador on Monday over the closure of the Karasu "
        "border post to Kazakh-registered trucks, a decision that has left long queues of lorries.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_noun_of_an_act_is_its_synonym(resources):
    synonyms = load_synonyms(resources)
    pairs = [("close", "closure"), ("refuse", "refusal"), ("resume", "resumption"), ("enter", "entry")]
    for verb, noun in pairs:
        assert synonyms[stem(noun)] == synonyms[stem(verb)], (verb, noun)


def test_close_read_as_an_adjective_is_the_act(asker):
    question = asker.parse("Which border post did Kyrgyz officials close to Kazakh-registered trucks?")
    assert question.verb == "close", question


def test_the_act_told_by_its_noun(asker):
    answer = asker.answer(
        "Which border post did Kyrgyz officials close to Kazakh-registered trucks in March 2025?"
    )
    assert answer.known and "Karasu" in answer.answer, answer
