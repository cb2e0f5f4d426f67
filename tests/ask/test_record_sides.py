"""A record answers "who received X" / "whom did X receive" only with the party on the asked side of the
event, and only when the question's named party is on the other side."""

from __future__ import annotations

import pytest

ARTICLE = (
    "ASUNCION, March 3, 2025 (Wire) -- Paraguay's Trade Minister Lucas Benitez was received by Uruguayan "
    "President Marta Ocampo in Montevideo on Monday, officials said.\n\n"
    "Benitez and Ocampo discussed beef exports and a new river port.\n\n"
    "Paraguay's Environment Minister Sofia Arrua also travelled to Montevideo, where she met Uruguayan "
    "Energy Minister Tomas Ferreyra.\n\n"
    "Later, Uruguayan Fisheries Minister Ana Sosa received Paraguayan trade envoy Diego Villalba, and he "
    "toured a fish market in the port city.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over):
    return ask_over({"visit.txt": ARTICLE})


def test_who_received_answers_the_host_alone(asker):
    # Benitez is the one received: he is not who received him.
    answer = asker.answer("Who received Paraguay's trade minister?")
    assert answer.answer == "Marta Ocampo" and answer.evidence == "record"


def test_whom_did_answers_only_from_records_where_the_named_party_received(asker):
    # The environment minister received no one: no record where another party did may answer.
    answer = asker.answer("Whom did Paraguay's environment minister receive?")
    assert answer.evidence != "record"
    assert "Ocampo" not in answer.answer and "Benitez" not in answer.answer and "Sosa" not in answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who received Lucas Benitez?", "Marta Ocampo"),
        ("Whom did Marta Ocampo receive?", "Lucas Benitez"),
        ("Who was received by Marta Ocampo?", "Lucas Benitez"),  # the passive's asked one is the guest
        ("Whom did Ana Sosa receive?", "Diego Villalba"),
        ("Who received Diego Villalba?", "Ana Sosa"),
    ],
)
def test_the_asked_side_by_name(asker, question, expected):
    answer = asker.answer(question)
    assert answer.answer == expected and answer.evidence == "record"


def test_a_guest_does_not_answer_whom_he_received(asker):
    # Villalba was received; he received no one, and the record must not say he received Sosa.
    answer = asker.answer("Whom did Diego Villalba receive?")
    assert "Sosa" not in answer.answer or answer.evidence != "record"


VISIT = (
    "RIGA, June 9, 2025 (Baltic Ledger) -- A visit to Riga by Estonia's Defence Minister Kalev Saar ended on "
    "Monday with a pledge to buy artillery together.\n\n"
    "In Riga on Monday, Saar met Latvian Defence Minister Ilze Ozola, who received him at the ministry.\n"
)


def test_a_visit_with_a_state_for_its_other_party_does_not_hide_whom_the_visitor_met(ask_over):
    # The visit's record matches "in Riga" best but names no one Saar met; the meeting's record does.
    answer = ask_over({"riga.txt": VISIT}).answer("Whom did Kalev Saar meet in Riga?")
    assert "Ilze Ozola" in answer.answer
