"""Publication dates: time-stamp lines and datelines, day-first against month-first, nothing guessed."""

from __future__ import annotations

import pytest

from bilat.ingest import to_document
from bilat.ingest.dates import parse_stamp
from bilat.ingest.patterns import load_ingest_patterns
from bilat.models import RawDocument


@pytest.fixture(scope="module")
def patterns(resources):
    return resources.load("ingest", load_ingest_patterns)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("08:05 - 02/11/2022 Wednesday", "2022-11-02"),
        ("08:05 - 02/11/2022 Friday", "2022-02-11"),  # 2 November was a Wednesday, 11 February a Friday
        ("25.12.2021, 10:30", "2021-12-25"),
        ("12/25/2021", "2021-12-25"),  # day > 12: only month-first is a date
        ("05/06/2021", "2021-06-05"),  # both valid, no weekday: day-first
        ("Friday, 05/06/2021", None),  # 5 June 2021 was a Saturday, 6 May a Thursday: neither fits
        ("14 February 2024 09:12 (UTC+04:00)", "2024-02-14"),
        ("Monday, 3rd June 2024", "2024-06-03"),
        ("Sept. 9, 2022 4:15 PM", "2022-09-09"),
        ("Published: 1 Aug 2020", "2020-08-01"),
        ("Updated on 2019-03-07T10:00:00Z", "2019-03-07"),
        ("18:40, 30 April 2021", "2021-04-30"),
        ("31/02/2023", None),
        ("The talks lasted 3 hours on 5 May 2021 in Rome.", None),  # a sentence, not a stamp line
    ],
)
def test_dates_stamp_lines(patterns, line, expected):
    assert parse_stamp(line, patterns) == expected


def _doc(text, resources, uri="mem"):
    return to_document(RawDocument(source_uri=uri, text=text), resources)


def test_dates_dateline_with_year_and_agency(resources):
    doc = _doc("ANKARA, March 4, 2022 (Reuters) - Turkey and Greece agreed to resume talks.\n", resources)
    assert (doc.published, doc.published_how, doc.outlet) == ("2022-03-04", "dateline", "Reuters")


def test_dates_dateline_year_from_address(resources):
    text = "NAIROBI, June 9 (AFP) — Kenya and Ethiopia opened a new border post on Thursday.\n"
    doc = _doc(text, resources, uri="https://news.example.org/africa/2022/06/09/border-post")
    assert (doc.published, doc.published_how) == ("2022-06-09", "dateline")


def test_dates_dateline_year_from_text(resources):
    text = (
        "Border post opens\n\nNAIROBI, 9 June - Kenya and Ethiopia opened a new border post.\n\n"
        "The post was first promised on 9 June 2021 by both governments.\n"
    )
    doc = _doc(text, resources)
    assert (doc.published, doc.published_how, doc.title) == ("2021-06-09", "dateline", "Border post opens")


def test_dates_dateline_without_year_stays_unknown(resources):
    doc = _doc("HANOI, Oct. 3 (Kyodo) - Vietnam and Japan held security talks.\n", resources)
    assert doc.published is None and doc.published_how is None
    assert doc.outlet == "Kyodo"


def test_dates_no_date_is_none(resources):
    doc = _doc("Vietnam and Japan held security talks in 2019 and again on May 5, 2021.\n", resources)
    assert doc.published is None and doc.published_how is None


def test_dates_header_beats_stamp_and_dateline(resources):
    text = " date 2020-01-15\n\n10:00 - 14/01/2020 Tuesday\n\nQUITO, Jan 14 (EFE) - Ecuador and Peru met.\n"
    doc = _doc(text, resources)
    assert (doc.published, doc.published_how) == ("2020-01-15", "header")
    assert "10:00" not in doc.text and doc.text.startswith("QUITO")


def test_dates_sentence_opening_is_not_a_dateline(resources):
    doc = _doc("In a statement on Monday, May 5, 2021 - the ministry said talks went well.\n", resources)
    assert doc.published is None


@pytest.mark.parametrize(
    ("opening", "published", "outlet"),
    [
        ("BAKU, Azerbaijan, Feb. 21, 2022. Azerbaijan and Hungary signed a gas deal.", "2022-02-21", None),
        ("(May 2, 2021 / JNS) Israel and Morocco opened liaison offices.", "2021-05-02", "JNS"),
        ("SEOUL, 14 March 2023 (Yonhap) -- South Korea and Japan held talks.", "2023-03-14", "Yonhap"),
    ],
)
def test_dates_dateline_forms(resources, opening, published, outlet):
    doc = _doc(opening + "\n", resources)
    assert (doc.published, doc.published_how, doc.outlet) == (published, "dateline", outlet)


@pytest.mark.parametrize(
    "opening",
    [
        "Almaty, April 18, 2023, KAZINFORM – Kazakhstan and Kyrgyzstan agreed on water sharing.",
        "Almaty. 18 April 2023. Kazinform/ Kazakhstan and Kyrgyzstan agreed on water sharing.",
    ],
)
def test_dates_dateline_agency_after_date(resources, opening):
    doc = _doc(opening + "\n", resources)
    assert (doc.published, doc.outlet) == ("2023-04-18", "Kazinform")


def test_dates_copyright_year_below_page_chrome_dates_the_dateline(resources):
    body = (
        "QUITO, Oct 15 (Condor Wire) — Ecuador and Colombia agreed on Tuesday to reopen a border bridge, "
        "officials said, after talks between the two foreign ministers.\n\n"
    )
    chrome = (
        "Copyright 2024 Condor Wire. All rights reserved.\n\nTags: Ecuador, Colombia\n\nShare\n\nPrint\n\n"
    )
    chrome += "Back to top\n"  # page chrome under the copyright line
    doc = to_document(RawDocument(source_uri="mem", text=body + chrome), resources)
    assert (doc.published, doc.published_how) == ("2024-10-15", "dateline")
    ranged = to_document(RawDocument(source_uri="mem", text=body + "© 2019-2024 Condor Wire\n"), resources)
    assert ranged.published == "2024-10-15"  # the latest year of a range
    assert (
        to_document(RawDocument(source_uri="mem", text=body + "© All rights reserved\n"), resources).published
        is None
    )
