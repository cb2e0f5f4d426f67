"""A person the question names in apposition to its described subject ("was the Finnish engineer Mikko
Salo detained") is the act's doer or sufferer: a sentence naming them answers, though it describes them
otherwise ("Salo, who worked for a shipping firm, was detained …")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_detained.txt": (
        " date 2024-11-20\n\n"
        "Finland summons Belarusian envoy over detained citizen\n\n"
        "HELSINKI — Finland summoned Belarus's ambassador on Tuesday about the detention of a Finnish "
        "citizen in Belarus.\n\n"
        "Mikko Salo, 41, who worked for a Finnish logistics company in Grodno region, was detained at "
        "Minsk's main railway station on 3 November while waiting for a train home, his employer said.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_name_in_apposition_to_the_subject_is_read_as_described(asker):
    question = asker.parse("When was the Finnish engineer Mikko Salo detained in Minsk?")
    assert question.appositive == ["Mikko Salo"], question


def test_the_sentence_naming_them_dates_the_act(asker):
    answer = asker.answer("When was the Finnish engineer Mikko Salo detained in Minsk?")
    assert answer.known and answer.value == "2024-11-03", answer
