"""Credit and date forms of a page's head and foot, in articles written for the test: a stated date format
in words, a paper's name without a news word in a credit block, bylines with the places filed from, and
credits opened by other words than "By"."""

from __future__ import annotations

from bilat.ingest import to_document
from bilat.models import RawDocument

STORY = "Chile and Peru agreed on Monday to reopen two border crossings closed since the floods of March.\n"


def _doc(text: str, resources):
    return to_document(RawDocument(source_uri="mem", text=text), resources)


def test_a_numeric_date_with_its_format_in_words_and_a_local_time(resources):
    head = "Chile and Peru reopen crossings\n\nPublished 13/07/2023 (day/month/year), 17:12 Santiago time\n\n"
    doc = _doc(head + STORY, resources)
    assert (doc.published, doc.published_how) == ("2023-07-13", "stamp")
    assert "17:12" not in doc.text


def test_a_stated_month_first_format_in_words_reads_month_first(resources):
    head = "Chile and Peru reopen crossings\n\nPosted 07/04/2022 (month/day/year), 9:30 AM\n\n"
    assert _doc(head + STORY, resources).published == "2022-07-04"


def test_a_paper_named_without_a_news_word_in_a_credit_block(resources):
    head = "Chile and Peru reopen crossings\n\nAndes Current\nBy Marta Quispe\nMonday, 3 June 2024\n\n"
    doc = _doc(head + STORY, resources)
    assert (doc.outlet, doc.author, doc.published) == ("Andes Current", "Marta Quispe", "2024-06-03")
    assert "Andes Current" not in doc.text


def test_a_kicker_or_section_over_a_byline_is_no_paper(resources):
    for kicker in ("Analysis", "WORLD NEWS", "Latest Updates"):
        head = f"Chile and Peru reopen crossings\n\n{kicker}\nBy Marta Quispe\nMonday, 3 June 2024\n\n"
        doc = _doc(head + STORY, resources)
        assert doc.outlet is None, kicker
        assert doc.author == "Marta Quispe"


def test_a_byline_naming_where_each_writer_filed_from(resources):
    head = (
        "Chile and Peru reopen crossings\n\nBy Marta Quispe in Arica and Tomás Herrera in Tacna\n"
        "June 3, 2024\n\n"
    )
    assert _doc(head + STORY, resources).author == "Marta Quispe, Tomás Herrera"
    one = _doc(
        "Chile and Peru reopen crossings\n\nBy Marta Quispe in Arica\nJune 3, 2024\n\n" + STORY, resources
    )
    assert one.author == "Marta Quispe"


def test_a_story_credit_opened_by_another_word(resources):
    head = "Chile and Peru reopen crossings\n\nPosted: Monday, June 3, 2024\nStory: Marta Quispe\n\n"
    doc = _doc(head + STORY, resources)
    assert (doc.author, doc.published) == ("Marta Quispe", "2024-06-03")


def test_a_closing_reported_by_credit_with_its_paper_and_date(resources):
    foot = "\nReported by Marta Quispe | Andes Courier | 3 June 2024\n"
    doc = _doc("Chile and Peru reopen crossings\n\n" + STORY + foot, resources)
    assert (doc.author, doc.outlet, doc.published) == ("Marta Quispe", "Andes Courier", "2024-06-03")
    assert "Reported by" not in doc.text


def test_a_time_zone_abbreviation_between_the_time_and_the_stated_format(resources):
    head = "Chile and Peru reopen crossings\n\nPublished: 04/03/2024 09:20 CLT (day/month/year)\n\n"
    assert _doc(head + STORY, resources).published == "2024-03-04"


def test_a_byline_keeps_the_writer_and_drops_the_one_word_place_filed_from(resources):
    head = "Chile and Peru reopen crossings\n\nBy Marta Quispe, Arica\nMonday, 3 June 2024\n\n"
    assert _doc(head + STORY, resources).author == "Marta Quispe"
    head = "Chile and Peru reopen crossings\n\nBy Marta Quispe, Tomas Rojas\nMonday, 3 June 2024\n\n"
    assert _doc(head + STORY, resources).author == "Marta Quispe, Tomas Rojas"


def test_a_credit_led_by_a_dash_under_a_paper_name(resources):
    head = "Chile and Peru reopen crossings\n\nAndes Current\n— Marta Quispe, Arica\nJun 3, 2024\n\n"
    doc = _doc(head + STORY, resources)
    assert (doc.outlet, doc.author, doc.published) == ("Andes Current", "Marta Quispe", "2024-06-03")


def test_a_name_and_place_beside_the_time_stamp_is_the_credit(resources):
    head = "Chile and Peru reopen crossings\n\nJune 3, 2024 | 10:05 GMT\nMarta Quispe, Arica\n\n"
    doc = _doc(head + STORY, resources)
    assert (doc.author, doc.published) == ("Marta Quispe", "2024-06-03")
    assert "Marta Quispe" not in doc.text


def test_a_name_and_place_far_from_any_time_stamp_stays_in_the_text(resources):
    head = "Chile and Peru reopen crossings\n\nMarta Quispe, Arica\n\n"
    doc = _doc(head + STORY, resources)
    assert doc.author is None
