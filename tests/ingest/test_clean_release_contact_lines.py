"""A press release's foot: its place-and-date line above the issuing ministry (whose name lists its
portfolios after a comma) and the press office's contact lines. Text written for the test."""

from __future__ import annotations

from bilat.ingest import to_document
from bilat.models import RawDocument

RELEASE = (
    "PRESS RELEASE\n\nRepublic of Palau\n\nPalau and Fiji sign a fisheries agreement\n\n"
    "The Minister of State received the Fijian trade minister on Monday and the two signed an agreement "
    "on tuna licences.\n\n"
)


def _doc(text: str, resources):
    return to_document(RawDocument(source_uri="mem", text=text), resources)


def test_clean_release_date_above_ministry_and_contact_lines(resources):
    foot = (
        "Koror, 14 October 2024\nMinistry of State, Trade and Investment\n"
        "Tel: (680) 488 2509\nEmail: press@state.example\n"
    )
    doc = _doc(RELEASE + foot, resources)
    assert doc.published == "2024-10-14"
    assert "488 2509" not in doc.text


def test_clean_release_contact_word_inside_a_sentence_stays(resources):
    text = RELEASE + "Phone lines to the islands were cut for two days after the storm.\n"
    assert "Phone lines" in _doc(text, resources).text
