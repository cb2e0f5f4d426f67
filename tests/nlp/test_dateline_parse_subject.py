"""A dateline the parser takes for the lead's subject: the apposition after the dash is the subject.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _subject(nlp, text: str) -> str:
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    return next(c.text for c in root.children if c.dep_ == "nsubj")


def test_dateline_parse_subject_after_the_dash(nlp):
    text = "VILNIUS, Mar 4 — Lithuania on Wednesday accused Belarus of flying balloons over the border."
    assert _subject(nlp, text) == "Lithuania"


@pytest.mark.parametrize(
    "dateline",
    [
        "VILNIUS, Mar 4 — ",
        "VILNIUS, Mar. 4, 2026 -- ",
        "VILNIUS, March 4, 2026 — ",
        "VILNIUS, Mar 4, 2026 — ",
    ],
)
def test_dateline_parse_lead_accusation_coded(pipeline, dateline):
    from bilat.models import Document

    text = dateline + "Lithuania on Wednesday accused Belarus of flying balloons over the border."
    events = pipeline.analyze(Document(id="t", source_uri="mem", text=text, published="2026-03-04")).events
    assert ("11", "LTU", "BLR") in {(e.root, e.source.country, e.target.country) for e in events}


def test_dateline_parse_subject_hyphenated_name_untouched(nlp):
    doc = nlp("The envoy, Maria Lopes-Ferreira, said the talks had failed.")
    said = next(t for t in doc if t.lower_ == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["envoy"]


def test_dateline_parse_lead_event_coded(pipeline):
    from bilat.models import Document

    text = "VILNIUS, Mar 4 — Lithuania on Wednesday expelled a Belarusian diplomat."
    events = pipeline.analyze(Document(id="t", source_uri="mem", text=text, published="2026-03-04")).events
    assert ("16", "LTU", "BLR") in {(e.root, e.source.country, e.target.country) for e in events}
