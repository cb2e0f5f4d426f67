"""A paragraph that goes back to a past month sets the date of the undated past acts told just after."""

from __future__ import annotations

from bilat.models import Document, Precision
from bilat.nlp.actors import recognize_actors
from bilat.nlp.event_date import date_event
from bilat.nlp.parsed import Parsed
from bilat.nlp.sentences import sentences_of
from bilat.nlp.timex import tag_timexes


def _parsed(nlp, resources, text, published="2024-06-14"):
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


LEAD = "Norway and Chile held talks in Oslo on Tuesday.\n\n"


def test_undated_past_act_after_a_past_month_is_of_that_month(nlp, resources):
    text = (
        LEAD + "In October 2022 Chile expelled two Norwegian engineers from a mine. "
        "Oslo condemned the expulsion in strong terms."
    )
    parsed = _parsed(nlp, resources, text)
    when = date_event(_token(parsed, "condemned"), parsed, speech_act=True)
    assert (when.date, when.precision, when.how) == ("2022-10", Precision.MONTH, "setting")


def test_a_new_paragraph_is_not_set_by_the_one_before(nlp, resources):
    text = LEAD + "In October 2022 Chile expelled two Norwegian engineers.\n\nOslo condemned the expulsion."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "condemned"), parsed, speech_act=True).how != "setting"


def test_a_date_of_this_month_sets_nothing(nlp, resources):
    text = LEAD + "In June 2024 Chile expelled two Norwegian engineers. Oslo condemned the expulsion."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "condemned"), parsed, speech_act=True).how != "setting"


def test_a_present_tense_act_is_not_set_by_the_past(nlp, resources):
    text = LEAD + "In October 2022 Chile expelled two Norwegian engineers. Oslo condemns such expulsions."
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "condemns"), parsed, speech_act=True).how != "setting"


def test_the_month_a_visit_is_invited_for_sets_nothing(nlp, resources):
    text = (
        LEAD + "Chile invited the Norwegian minister to Santiago in March to review the mine project. "
        "The two ministers agreed to resume talks on fisheries."
    )
    parsed = _parsed(nlp, resources, text)
    assert date_event(_token(parsed, "agreed"), parsed).how != "setting"
