"""A body the model tags by a word some person of the store bears ("the Minister of Finance", when a
person of another story was read as "Finance") is no person: no one is called "the" and their surname."""

from __future__ import annotations

import pytest

from bilat.ask import Asker, person_answers, typed

ARTICLES = {
    "a_grant.txt": (
        " date 2024-02-14\n\n"
        "Japan funds Samoan harbour\n\n"
        "APIA — On Tuesday the harbour grant agreement was signed in Apia by the Minister of Finance "
        "and the Ambassador of Japan.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_body_by_surname_is_no_person(asker):
    question = asker.parse("Who signed the harbour grant agreement for Japan?")
    sentence = asker.nlp(
        "On Tuesday the harbour grant agreement was signed in Apia by the Minister of Finance and the "
        "Ambassador of Japan."
    )
    acts = typed.anchors(sentence, question, asker.synonyms, asker.phrases)
    assert acts, question
    found = person_answers.person(sentence, question, acts[0], known=frozenset({"Finance"}))
    assert not any(name.lower().startswith("the ") for name in found), found
