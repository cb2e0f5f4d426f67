"""A "since" date starts a period a sentence measures against; it dates no act of the sentence, except
the one its when-clause tells. Sentences written for these tests."""

from __future__ import annotations

from bilat.models import Document
from bilat.nlp.actors import recognize_actors
from bilat.nlp.event_date import date_event
from bilat.nlp.parsed import Parsed
from bilat.nlp.sentences import sentences_of
from bilat.nlp.timex import tag_timexes


def _parsed(nlp, resources, text, published="2022-11-17"):
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


def _token(parsed, word):
    return next(t for t in parsed.doc if t.text == word)


def test_first_visit_since_a_year_is_not_dated_by_that_year(nlp, resources):
    text = (
        "Uganda welcomed Kenya's foreign minister to Kampala for a two-day visit, "
        "the first by a Kenyan foreign minister since 2017."
    )
    parsed = _parsed(nlp, resources, text, published=None)
    assert date_event(_token(parsed, "welcomed"), parsed).date != "2017"


def test_the_when_clause_after_since_keeps_its_date(nlp, resources):
    text = "The closure is the first since March 2019, when Kenya shut its border after a dispute over sugar."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "shut"), parsed).date == "2019-03"
