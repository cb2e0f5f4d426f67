"""A stamp line or a dateline without its year takes the year of the copyright line at the page's foot."""

from __future__ import annotations

from bilat.ingest import to_document
from bilat.models import RawDocument

BODY = (
    "ORLOVA — Kestria lodged a complaint with Varnholm on Monday over the seizure of two fishing boats "
    "in the bay the two countries share, the foreign ministry said.\n\n"
)


def test_dates_yearless_stamp_line_takes_copyright_year(resources):
    text = "Boats seized in the bay\n\nNorthern Tide Review\nBy Ilse Brandt\nMarch 4\n\n" + BODY
    doc = to_document(RawDocument(source_uri="mem", text=text + "© 2018 Northern Tide Review\n"), resources)
    assert (doc.published, doc.published_how) == ("2018-03-04", "stamp")
    assert "March 4" not in doc.text
    # Without a copyright year the date stays unknown: nothing is guessed.
    bare = to_document(RawDocument(source_uri="mem", text=text), resources)
    assert bare.published is None


def test_dates_copyright_word_and_sign_together(resources):
    text = "ORLOVA, 9 May — " + BODY.removeprefix("ORLOVA — ") + "Copyright (c) 2017 Northern Tide Review\n"
    doc = to_document(RawDocument(source_uri="mem", text=text), resources)
    assert (doc.published, doc.outlet) == ("2017-05-09", "Northern Tide Review")


def test_dates_closing_places_and_year_date_the_dateline(resources):
    text = "ORLOVA, Nov 3 — " + BODY.removeprefix("ORLOVA — ") + "By Ilse Brandt\nOrlova and Kessel, 2016\n"
    doc = to_document(RawDocument(source_uri="mem", text=text), resources)
    assert (doc.published, doc.author) == ("2016-11-03", "Ilse Brandt")
    assert "2016" not in doc.text
