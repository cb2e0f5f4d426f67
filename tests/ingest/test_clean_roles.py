"""Bylines with the writer's job, copyright holders without a news word, release header rows."""

from __future__ import annotations

import pytest

from bilat.ingest import to_document
from bilat.models import RawDocument

STORY = (
    "Peru and Ecuador agreed on Monday to reopen two border crossings closed since the floods of March, "
    "the foreign ministries of both countries said in a joint statement.\n"
)


def _doc(text: str, resources):
    return to_document(RawDocument(source_uri="mem", text=text), resources)


@pytest.mark.parametrize(
    "byline",
    [
        "By Tomas Quispe, Andean Correspondent — Sierra Gazette",
        "by Tomas Quispe, Lima correspondent | Sierra Gazette",
        "By Tomas Quispe, diplomatic editor, Sierra Gazette",
    ],
)
def test_byline_job_is_neither_author_nor_outlet(resources, byline):
    doc = _doc(f"Border crossings to reopen\n\n12 April 2024\n{byline}\n\n{STORY}", resources)
    assert (doc.author, doc.outlet) == ("Tomas Quispe", "Sierra Gazette")


@pytest.mark.parametrize("byline", ["By Staff Reporter", "By Our Correspondent", "By Staff Writers"])
def test_desk_byline_names_nobody(resources, byline):
    doc = _doc(f"Border crossings to reopen\n\n{byline}\n\n{STORY}", resources)
    assert (doc.author, doc.outlet) == (None, None)


def test_capitalised_job_alone_stays_a_paper(resources):
    # Without a paper named beside it, "Harbour Reporter" is the paper's own name.
    doc = _doc(f"Border crossings to reopen\n\nBy Tomas Quispe, Harbour Reporter\n\n{STORY}", resources)
    assert (doc.author, doc.outlet) == ("Tomas Quispe", "Harbour Reporter")


def test_stamp_line_byline_of_two_people(resources):
    credit = "April 12, 2024 | Sierra Gazette | By Ana Torres and Luis Vega"
    text = f"Border crossings to reopen\n\n{credit}\n\n{STORY}"
    doc = _doc(text, resources)
    assert (doc.published, doc.outlet, doc.author) == (
        "2024-04-12",
        "Sierra Gazette",
        "Ana Torres, Luis Vega",
    )


def test_copyright_holder_without_news_word_is_the_outlet(resources):
    doc = _doc(f"{STORY}\n(c) 2024 La Hoja del Valle\n", resources)
    assert doc.outlet == "La Hoja del Valle"


@pytest.mark.parametrize(
    "line", ["(c) 2024 Ministry of Foreign Affairs", "(c) 2024 all rights reserved", "(c) 2024 Ana Torres"]
)
def test_copyright_holder_office_or_phrase_is_no_outlet(resources, line):
    assert _doc(f"{STORY}\n{line}\n", resources).outlet is None


@pytest.mark.parametrize(
    ("row", "published"),
    [
        ("Ref: NR-0457    Date: 21/10/2023 (DD/MM/YYYY)", "2023-10-21"),
        ("Ref: NR-0457\tDate: 04/10/2023 (MM/DD/YYYY)", "2023-04-10"),
        ("Ref: NR-0457    Tel: 21/10/2023", None),
    ],
)
def test_release_header_row_date_field(resources, row, published):
    doc = _doc(f"PRESS RELEASE\n\n{row}\n\nBorder crossings to reopen\n\n{STORY}", resources)
    assert doc.published == published
