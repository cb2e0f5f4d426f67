"""A question's subject that names its doer by office ("Whom did Chile's trade minister urge …") is not
its answer; and "To which port was the ship taken?" asks about "taken", a participle the model may tag as
a past tense."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_appeal.txt": (
        " date 2023-03-09\n\n"
        "Chile presses Peru over returns\n\n"
        "LIMA — Chile's Foreign Minister Rosa Valdivieso visited Lima on Wednesday. Valdivieso urged "
        "Peru to take back migrants whose residence requests were refused, under a 2009 accord.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_the_doer_named_by_office_is_not_whom_it_acted_on(asker):
    answer = asker.answer("Whom did Chile's foreign minister urge Peru to take back in March 2023?")
    assert "Valdivieso" not in answer.answer, answer


def test_the_doer_described_by_office_and_state(asker):
    question = asker.parse("Whom did Chile's foreign minister urge Peru to take back in March 2023?")
    assert question.doer_country == "CHL"
    assert "foreign minister" in question.doer_office


def test_a_mistagged_irregular_participle_is_the_act(asker):
    question = asker.parse("To which Peruvian port was the Chilean trawler Santa Lucía taken?")
    assert question.verb == "take", question


def test_the_asked_phrase_is_not_the_doer(asker):
    question = asker.parse("Which Peruvian diplomat did Chile's interior minister summon over the raid?")
    assert "which" not in question.doer_office, question
