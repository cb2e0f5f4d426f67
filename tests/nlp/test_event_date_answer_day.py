"""A paragraph that opens with the day a side answered dates the undated sayings that follow it.
Sentences written for these tests."""

from __future__ import annotations

from bilat.nlp.event_date import date_event
from tests.nlp.test_event_date import _parsed

TEXT = (
    "Riga recalls envoy from Vilnius\n\n"
    "Latvia recalled its ambassador to Lithuania for consultations on Wednesday, two days after "
    "Lithuanian customs seized a Latvian grain barge.\n\n"
    "Lithuania's foreign ministry answered on Thursday. Deputy Minister Rimas Jonaitis said the barge "
    "lacked its papers. He called the recall regrettable."
)


def test_saying_after_a_dated_answer_takes_its_day(nlp, resources):
    parsed = _parsed(nlp, resources, TEXT, published="2024-02-16")
    called = next(t for t in parsed.doc if t.text == "called")
    assert date_event(called, parsed, speech_act=True).date == "2024-02-15"
