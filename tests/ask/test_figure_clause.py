"""A count answers "how many were <act>" only when the asked act is told in the figure's own clause: in
"killed three farmers and wounded fourteen", the three are not the wounded."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.records import _figure_clause
from bilat.models import Fact

ARTICLE = (
    " date 2024-05-09\n\n"
    "Armenia protests shelling of border village\n\n"
    "YEREVAN, May 9 (Ararat Courier) — Armenia said on Thursday that mortar fire from across the border "
    "killed three farmers and wounded fourteen in the village of Nerkin Dzor on Wednesday, and summoned "
    "Azerbaijan's charge d'affaires to protest.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"shelling.txt": ARTICLE})


def test_the_killed_are_not_the_wounded(asker):
    answer = asker.answer("How many farmers were wounded in Nerkin Dzor, according to Armenia?")
    assert not answer.known or answer.value == "14", answer


def test_the_killed_still_answer_how_many_were_killed(asker):
    answer = asker.answer("How many farmers were killed in Nerkin Dzor, according to Armenia?")
    assert answer.known and answer.value == "3", answer


def _fact(value: float, evidence: str) -> Fact:
    return Fact(
        id="f",
        doc_id="d",
        kind="casualties",
        value=value,
        unit="people",
        evidence=evidence,
        start=0,
        end=len(evidence),
    )


def test_figure_clause_is_cut_at_the_breaks_around_the_number():
    sentence = "Shelling killed 3 farmers and wounded 14 others, officials said."
    assert _figure_clause(_fact(3, sentence)) == "Shelling killed 3 farmers"
    assert _figure_clause(_fact(14, sentence)) == "wounded 14 others"


def test_figure_clause_is_the_sentence_when_the_number_is_not_written_plainly():
    sentence = "Some 1.2 million people have crossed since the war began."
    assert _figure_clause(_fact(1_200_000, sentence)) == sentence
