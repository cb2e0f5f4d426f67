"""A sign-off that names whom the reporter filed for, and a date alone after its semicolon."""

from __future__ import annotations

from bilat.ingest.clean import to_document
from bilat.models import RawDocument

STORY = (
    "Norway protests Swedish fishing quota\n\n"
    "OSLO — Norway sent a protest note to Sweden on Tuesday over the quota set for the Skagerrak.\n\n"
)


def _doc(text: str, resources):
    return to_document(RawDocument(source_uri="story.txt", text=text), resources)


def test_signoff_for_a_paper_with_a_date_after_the_semicolon(resources):
    doc = _doc(STORY + "Reporting by Ingrid Berg for Nordic Crossings; March 14, 2023\n", resources)
    assert (doc.author, doc.outlet, doc.published) == ("Ingrid Berg", "Nordic Crossings", "2023-03-14")
    assert "Reporting" not in doc.text


def test_signoff_for_an_office_is_no_paper(resources):
    doc = _doc(STORY + "Reporting by Ingrid Berg for the Ministry of Fisheries; March 14, 2023\n", resources)
    assert doc.outlet is None and doc.published == "2023-03-14"
