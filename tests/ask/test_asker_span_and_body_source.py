"""A span asked "within how many days" is read from the text with its act, never a record's count of
people; a source named as a body ("the Finnish border guard service") gives only its own sentence's
figure, not the lead's."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2022-06-08\n\n"
    "HELSINKI, June 8 (Nordic Ledger) - Finland and Estonia agreed on Tuesday to reopen a ferry link "
    "after 3,000 passengers a day were stranded in Tallinn last week.\n\n"
    "A joint board would review the ferry timetables within 45 days, the two transport ministers said.\n\n"
    "Estonian police turned back about 40 passengers at the port, according to the Finnish border guard "
    "service.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_ferry_link.txt": ARTICLE})


def test_within_how_many_days_is_a_span_of_the_act(asker):
    answer = asker.answer("Within how many days will the joint board review the ferry timetables?")
    assert not answer.known or "45" in answer.answer, answer
    assert "3,000" not in answer.answer, answer


def test_a_body_named_as_source_does_not_give_the_leads_figure(asker):
    answer = asker.answer(
        "According to the Finnish border guard service, how many passengers did Estonian police turn back?"
    )
    assert "3,000" not in answer.answer, answer
