"""Cleaning and metadata of the plain-text article format."""

from __future__ import annotations

import pytest

from bilat.ingest import dedupe, read_sources, to_document
from bilat.models import RawDocument


def _doc(text: str, resources, **kwargs):
    return to_document(RawDocument(source_uri="mem", text=text), resources, **kwargs)


def test_clean_header_debris_and_byline(resources):
    text = (" date 2022-05-10 By Reuters\n\nBy John Smith\n\n+ ↺ − 16 px\n\nGreece and Cyprus held talks in Athens.\n\n\n\n"
            "The ministers met for two hours.\n")
    doc = _doc(text, resources)
    assert doc.published == "2022-05-10" and doc.published_how == "header"
    assert doc.outlet == "Reuters" and doc.author == "John Smith"
    assert doc.text == "Greece and Cyprus held talks in Athens.\n\nThe ministers met for two hours."


def test_clean_stamp_line_gives_the_date(resources):
    text = "Kenya and Uganda sign rail deal\n\n09:40 - 21/06/2022 Tuesday\nThe two presidents signed the deal.\n"
    doc = _doc(text, resources)
    assert (doc.published, doc.published_how) == ("2022-06-21", "stamp")
    assert doc.title == "Kenya and Uganda sign rail deal"
    assert "09:40" not in doc.text


def test_clean_weekday_settles_day_and_month_order(resources):
    # 03/04/2023 is a Monday as 3 April and a Saturday as 4 March.
    assert _doc("10:00 - 03/04/2023 Saturday\nText of the story here.\n", resources).published == "2023-03-04"
    assert _doc("10:00 - 03/04/2023 Monday\nText of the story here.\n", resources).published == "2023-04-03"


def test_clean_signature_outlet_and_author(resources):
    text = "Armenia and Georgia agreed to reopen a crossing.\n\nLeyla Mammadova\n\nReport.az\n"
    doc = _doc(text, resources)
    assert (doc.outlet, doc.author) == ("Report.az", "Leyla Mammadova")
    assert doc.text == "Armenia and Georgia agreed to reopen a crossing."


def test_clean_unknown_is_null_and_cites_are_kept(resources):
    doc = _doc("Serbia recalled its envoy, Reuters reported, citing officials.\n", resources)
    assert doc.published is None and doc.outlet is None and doc.author is None
    assert doc.cites == ["Reuters"]


def test_clean_given_date_overrides(resources):
    doc = _doc(" date 2022-05-10\n\nText.\n", resources, published="2022-05-11")
    assert (doc.published, doc.published_how) == ("2022-05-11", "given")


def test_clean_same_text_same_id_and_dedupe(resources):
    a = _doc("Peru and Chile met.\n", resources)
    b = _doc("Peru and Chile met.\n\n\n", resources)
    c = _doc("peru and  chile met.\n", resources)
    assert a.id == b.id
    assert [d.id for d in dedupe([a, b, c])] == [a.id]


@pytest.mark.parametrize(
    ("name", "published", "how", "outlet", "author"),
    [
        ("000_b0fd68e011cac847.txt", "2021-12-03", "header", "Azernews", "Ayya Lmahamad"),
        ("001_90711fa9265f7d20.txt", "2020-07-02", "header", "News.Az", None),
        ("002_5b64e1d3295df88d.txt", "2023-03-30", "header", None, None),
        ("003_68aecc16d4db32ab.txt", "2023-07-13", "stamp", None, None),
        ("004_a8bfd68d7dd6c9ec.txt", "2024-04-07", "header", "News.Az", "Sabina Alizade"),
    ],
)
def test_clean_seed_metadata(seeds, resources, name, published, how, outlet, author):
    raw = next(iter(read_sources([str(seeds / name)])))
    doc = to_document(raw, resources)
    assert (doc.published, doc.published_how, doc.outlet, doc.author) == (published, how, outlet, author)
    assert "16 px" not in doc.text and "\n\n\n" not in doc.text
