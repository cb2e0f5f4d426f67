"""A date question whose record is dated only by its sentence's week, month or year is answered by the day
another sentence of the same article gives the act, when that day falls inside the record's span."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.asker import within

ARTICLE = (
    " date 2025-09-18\n\n"
    "Tajikistan asks Kyrgyzstan to explain border shutdown\n\n"
    "DUSHANBE, Sept 18 (Pamir Ledger) — Tajikistan on Thursday demanded that Kyrgyzstan explain why it "
    "closed its border crossings with Sughd region last week, leaving dozens of lorries stuck.\n\n"
    "The Tajik foreign ministry said it had summoned the Kyrgyz charge d'affaires and voiced concern over "
    "the closure of the Ak-Tash and Sary-Bulak crossings on September 9.\n\n"
    "Traders on both sides say prices of flour have risen since then.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"crossings.txt": ARTICLE})


def test_the_day_inside_the_records_week_answers(asker):
    answer = asker.answer("When did Kyrgyzstan close the Ak-Tash and Sary-Bulak crossings?")
    assert answer.known and answer.value == "2025-09-09", answer
    assert "September 9" in answer.citations[0].evidence


@pytest.mark.parametrize(
    ("day", "span", "inside"),
    [
        ("2026-01-14", "2026-W03", True),
        ("2026-01-19", "2026-W03", False),
        ("2025-09-09", "2025-09", True),
        ("2025-09-09", "2024", False),
        ("2025-09", "2025", False),
        ("2025-09-09", "2025-W99", False),
    ],
)
def test_within(day, span, inside):
    assert within(day, span) is inside
