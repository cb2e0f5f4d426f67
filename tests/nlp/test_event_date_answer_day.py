"""A paragraph that opens with the day a side answered dates the undated sayings that follow it.
Sentences written for these tests."""

from __future__ import annotations

from bilat.models import Document
from bilat.nlp.actors import recognize_actors
from bilat.nlp.event_date import date_event
from bilat.nlp.parsed import Parsed
from bilat.nlp.sentences import sentences_of
from bilat.nlp.timex import tag_timexes

TEXT = (
    "Riga recalls envoy from Vilnius\n\n"
    "Latvia recalled its ambassador to Lithuania for consultations on Wednesday, two days after "
    "Lithuanian customs seized a Latvian grain barge.\n\n"
    "Lithuania's foreign ministry answered on Thursday. Deputy Minister Rimas Jonaitis said the barge "
    "lacked its papers. He called the recall regrettable."
)


def _parsed(nlp, resources, text, published="2024-02-16"):
    doc = nlp(text)
    sentences = sentences_of(doc)
    document = Document(id="t", source_uri="mem", text=text, published=published)
    return Parsed(
        document,
        doc,
        sentences,
        tag_timexes(text, published, resources, sentences),
        recognize_actors(doc, resources),
    )


def test_saying_after_a_dated_answer_takes_its_day(nlp, resources):
    parsed = _parsed(nlp, resources, TEXT)
    called = next(t for t in parsed.doc if t.text == "called")
    assert date_event(called, parsed, speech_act=True).date == "2024-02-15"
