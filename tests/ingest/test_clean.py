"""Cleaning and metadata of the plain-text article format."""

from __future__ import annotations

import pytest

from bilat.ingest import dedupe, read_sources, to_document
from bilat.models import RawDocument


def _doc(text: str, resources, **kwargs):
    return to_document(RawDocument(source_uri="mem", text=text), resources, **kwargs)


def test_clean_header_debris_and_byline(resources):
    text = (
        " date 2022-05-10 By Reuters\n\nBy John Smith\n\n+ ↺ − 16 px\n\n"
        "Greece and Cyprus held talks in Athens.\n\n\n\n"
        "The ministers met for two hours.\n"
    )
    doc = _doc(text, resources)
    assert doc.published == "2022-05-10" and doc.published_how == "header"
    assert doc.outlet == "Reuters" and doc.author == "John Smith"
    assert doc.text == "Greece and Cyprus held talks in Athens.\n\nThe ministers met for two hours."


def test_clean_stamp_line_gives_the_date(resources):
    text = (
        "Kenya and Uganda sign rail deal\n\n09:40 - 21/06/2022 Tuesday\nThe two presidents signed the deal.\n"
    )
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


def test_clean_seed_cites(seeds, resources):
    docs = {}
    for raw in read_sources([str(seeds)]):
        docs[raw.source_uri.rsplit("/", 1)[-1][:3]] = to_document(raw, resources)
    assert docs["000"].cites == ["Trend"]
    assert docs["002"].cites == ["Azernews", "MFA"] and docs["002"].outlet is None


def test_clean_byline_person_and_outlet_together(resources):
    doc = _doc(
        "By Maria Koval, Ukrinform\n\nUkraine and Poland discussed grain transit on Monday.\n", resources
    )
    assert (doc.author, doc.outlet) == ("Maria Koval", "Ukrinform")


def test_clean_byline_outlet_by_pattern(resources):
    doc = _doc(
        " date 2021-02-02 By Caspian Wire News Agency\n\nKazakhstan and Turkmenistan met.\n", resources
    )
    assert (doc.outlet, doc.author) == ("Caspian Wire News Agency", None)
    doc = _doc("Kazakhstan and Turkmenistan met.\n\nDilnoza Karimova\n\nSteppe.Kz\n", resources)
    assert (doc.outlet, doc.author) == ("Steppe.Kz", "Dilnoza Karimova")


def test_clean_debris_lines_go_and_text_stays(resources):
    text = (
        "Share\n\nFacebook | Twitter | Telegram\n\nWe use cookies to improve your experience.\n\n"
        "Jordan and Egypt agreed to expand gas exports.\n\nRead more\n\n»\n\n"
        "The deal was signed in Amman.   \n\nTags: Jordan, Egypt, gas\n\n"
        "© 2023 Levant Media. All rights reserved.\n"
    )
    doc = _doc(text, resources)
    assert doc.text == "Jordan and Egypt agreed to expand gas exports.\n\nThe deal was signed in Amman."


def test_clean_title_only_when_short_unpunctuated_first_line(resources):
    doc = _doc("Bahrain, Qatar restore flights\n\nBahrain and Qatar restored direct flights.\n", resources)
    assert doc.title == "Bahrain, Qatar restore flights"
    assert doc.text.startswith("Bahrain, Qatar restore flights\n\n")
    assert _doc("Bahrain and Qatar restored flights.\n\nMore later.\n", resources).title is None
    assert (
        _doc("Bahrain, Qatar restore flights\nBahrain and Qatar restored flights.\n", resources).title is None
    )


def test_clean_unicode_nfc_and_quotes_kept(resources):
    doc = _doc("Cafe\u0301 owners in Tiraspol said “we are tired” of the blockade.\n", resources)
    assert doc.text == "Café owners in Tiraspol said “we are tired” of the blockade."


def test_clean_cites_outlets_not_people(resources):
    text = (
        "Kuwait will host the summit, KUNA reported, citing the Foreign Ministry. According to Ahmed Saleh, "
        "preparations are on track, the minister told Al Jazeera, and Gulf Daily Times has reported the date."
    )
    doc = _doc(text, resources)
    assert doc.cites == ["KUNA", "Foreign Ministry", "Al Jazeera", "Gulf Daily Times"]
    assert doc.outlet is None


def test_clean_outlet_is_not_cited(resources):
    doc = _doc("By Reuters\n\nChad and Niger signed a pact, Reuters reported.\n", resources)
    assert doc.outlet == "Reuters" and doc.cites == []


def test_clean_metadata_from_container(resources):
    raw = RawDocument(
        source_uri="x",
        text="Peru and Chile met.\n",
        format="jsonl",
        published="2020-02-02",
        outlet="Ridge Wire",
        author="Rosa Diaz",
        title="Talks",
    )
    doc = to_document(raw, resources)
    assert (doc.published, doc.published_how, doc.outlet, doc.author, doc.title) == (
        "2020-02-02",
        "metadata",
        "Ridge Wire",
        "Rosa Diaz",
        "Talks",
    )


def test_clean_id_is_sha256_prefix_of_clean_text(resources):
    import hashlib

    doc = _doc("  Peru and Chile met.  \n\n\n\nThey agreed.\r\n", resources)
    assert doc.text == "Peru and Chile met.\n\nThey agreed."
    assert doc.id == hashlib.sha256(doc.text.encode()).hexdigest()[:16]


def test_clean_dedupe_near_exact_quotes_and_spacing(resources):
    a = _doc("The envoy said “progress” was made.\n", resources)
    b = _doc('The  envoy said "progress" was made.\n', resources)
    c = _doc("The envoy said progress was slow.\n", resources)
    assert [d.id for d in dedupe([a, a, b, c])] == [a.id, c.id]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2021-04-09T10:00:00+02:00", "2021-04-09"), ("April 9, 2021", "2021-04-09"), ("soon", None)],
)
def test_clean_container_date_is_read_or_dropped(resources, value, expected):
    raw = RawDocument(source_uri="x", text="Peru and Chile met.\n", format="jsonl", published=value)
    doc = to_document(raw, resources)
    assert doc.published == expected and doc.published_how == ("metadata" if expected else None)


def test_clean_nothing_left_is_an_error(resources):
    with pytest.raises(ValueError, match="no article text"):
        _doc("Share\n\n+ ↺ − 16 px\n", resources)


def test_clean_signoff_lines_give_author_and_go(resources):
    text = (
        "Morocco and Spain agreed to reopen customs posts.\n\nThe posts had been closed for three years.\n\n"
        "Reporting by Nadia Benali in Rabat; Editing by Tom Price\n"
    )
    doc = _doc(text, resources)
    assert doc.author == "Nadia Benali"
    assert doc.text.endswith("closed for three years.")
    doc = _doc("Morocco and Spain met.\n\n(Editing by Tom Price)\n", resources)
    assert doc.author is None and doc.text == "Morocco and Spain met."


def test_clean_sentence_starting_with_by_is_not_a_byline(resources):
    doc = _doc("by then the talks had stalled.\n\nBy the way officials spoke.\n", resources)
    assert doc.author is None and "By the way officials spoke." in doc.text


@pytest.mark.parametrize(
    ("signature", "author"),
    [
        ("Ayşe Nur Demir", "Ayşe Nur Demir"),
        ("Jean-Luc O’Neil", "Jean-Luc O’Neil"),
        ("Mehmet Öz", "Mehmet Öz"),
        ("NEWS DESK", None),
        ("The talks ended", None),
    ],
)
def test_clean_signature_person_line_shapes(resources, signature, author):
    doc = _doc(f"Turkey and Syria held talks.\n\n{signature}\n\nNews.Az\n", resources)
    assert doc.author == author and doc.outlet == "News.Az"


def test_clean_impossible_header_date_is_dropped(resources):
    doc = _doc(" date 2023-02-30 By Azeri Daily News\n\nGeorgia and Armenia met.\n", resources)
    assert doc.published is None and doc.outlet == "Azeri Daily News"
    assert doc.text == "Georgia and Armenia met."


def test_clean_header_outlet_without_by_and_dateline_credit(resources):
    doc = _doc(" date 2022-08-01 Anadolu Agency\n\nAnkara and Baghdad discussed water.\n", resources)
    assert (doc.published, doc.outlet) == ("2022-08-01", "Anadolu Agency")
    doc = _doc(" date 2022-08-01\n\nBEIRUT, Aug 1 (Reuters) - Lebanon and Cyprus met.\n", resources)
    assert (doc.published, doc.published_how, doc.outlet) == ("2022-08-01", "header", "Reuters")


def test_clean_masthead_line_is_the_outlet(resources):
    text = " date 2024-05-02\n\nAndes Courier\n\nBy Lucia Quispe\n\nChile and Peru met in Lima on Monday.\n"
    document = _doc(text, resources)
    assert (document.outlet, document.author) == ("Andes Courier", "Lucia Quispe")
    assert "Andes Courier" not in document.text


def test_clean_headline_is_not_a_masthead(resources):
    text = " date 2024-05-02\n\nChile Courts Peru\n\nChile and Peru met in Lima on Monday.\n"
    assert _doc(text, resources).outlet is None


def test_clean_dateline_agency_named_like_an_outlet(resources):
    text = "LIMA, May 3 (Andean Press) — Chile and Peru met in Lima on Monday.\n"
    assert _doc(text, resources).outlet == "Andean Press"


STORY = (
    "The foreign ministers of Chile and Peru met on Monday to discuss a new fisheries agreement and the "
    "reopening of two border crossings closed since the spring."
)


def test_clean_masthead_after_the_headline(resources):
    doc = _doc(f"Chile and Peru talk fisheries\n\nAndes Courier\n\n{STORY}\n", resources)
    assert doc.outlet == "Andes Courier" and doc.title == "Chile and Peru talk fisheries"
    assert "Andes Courier" not in doc.text


def test_clean_short_first_line_before_the_story_is_the_headline(resources):
    doc = _doc(f"Fisheries News Today\n\n{STORY}\n", resources)
    assert doc.outlet is None and doc.title == "Fisheries News Today"


def test_clean_place_and_date_line_of_a_press_release(resources):
    text = f"COMMUNIQUE ON FISHERIES\n\nLima, 4 March 2024\n\n{STORY}\n\nMinistry of Foreign Affairs\n"
    doc = _doc(text, resources)
    assert (doc.published, doc.published_how) == ("2024-03-04", "stamp")
    # An office of state signing its release is not an outlet.
    assert doc.outlet is None and "Lima, 4 March" not in doc.text


def test_clean_closing_outlet_and_date_line(resources):
    doc = _doc(f"{STORY}\n\nReporting by Ana Soto\nPacific Herald, 5 March 2024\n", resources)
    assert (doc.published, doc.outlet, doc.author) == ("2024-03-05", "Pacific Herald", "Ana Soto")
    assert doc.text == STORY


def test_clean_closing_author_and_outlet_on_one_line(resources):
    doc = _doc(f" date 2024-03-05\n\n{STORY}\n\nAna Soto; Gazeta do Sul\n", resources)
    assert (doc.outlet, doc.author) == ("Gazeta do Sul", "Ana Soto")


def test_clean_copyright_year_completes_a_dateline(resources):
    text = f"SANTIAGO, March 4 (Ridge Wire) — {STORY}\n\n(c) 2024 Ridge Wire\n"
    doc = _doc(text, resources)
    assert (doc.published, doc.published_how, doc.outlet) == ("2024-03-04", "dateline", "Ridge Wire")
    assert "(c)" not in doc.text


def test_clean_dateline_without_any_year_stays_undated(resources):
    doc = _doc(f"SANTIAGO, March 4 (Ridge Wire) — {STORY}\n", resources)
    assert doc.published is None


def test_clean_stamp_line_with_parts(resources):
    doc = _doc(f"Published: 5 March 2024 | Updated: 14:20\n\n{STORY}\n", resources)
    assert (doc.published, doc.published_how) == ("2024-03-05", "stamp")
    assert doc.text == STORY


def test_clean_closing_place_date_and_bracketed_outlet(resources):
    doc = _doc(f"{STORY}\n\nLima, 5 March 2024 (Pacific Ledger)\n", resources)
    assert (doc.published, doc.outlet) == ("2024-03-05", "Pacific Ledger")


def test_clean_masthead_before_sharing_buttons_and_tags(resources):
    text = (
        f"Chile and Peru talk fisheries\n\nAndes Sentinel\n\nShare on Facebook | Share on X | Print\n\n"
        f"{STORY}\n\nTags: Chile, Peru, fisheries\n"
    )
    doc = _doc(text, resources)
    assert doc.outlet == "Andes Sentinel" and doc.text.endswith("since the spring.")


def test_clean_outlet_in_a_datelines_brackets(resources):
    text = (
        "Tallinn and Riga argue over a pipeline\n\n"
        "TALLINN, March 3 (Baltic Desk) — Estonia said on Monday it objected.\n"
    )
    doc = _doc(text, resources)
    assert doc.outlet == "Baltic Desk"


def test_clean_masthead_named_for_what_it_prints(resources):
    text = (
        "Lisbon welcomes Cape Verde's president\n\nAtlantic Standard\nBy Rui Pacheco\n"
        "Monday, 4 March 2019\n\n"
        "LISBON — Portugal received the president of Cape Verde on Monday for two days of talks.\n"
    )
    doc = _doc(text, resources)
    assert (doc.outlet, doc.author, doc.published) == ("Atlantic Standard", "Rui Pacheco", "2019-03-04")


def test_clean_outlet_beside_the_stamp_and_fused_news_words(resources):
    text = (
        "Chile and Peru settle a fishing dispute\n\nMay 7, 2024 | Andean Rim Report\n\n"
        "SANTIAGO — Chile and Peru signed a fisheries accord on Tuesday after two years of talks.\n"
    )
    doc = _doc(text, resources)
    assert (doc.outlet, doc.published) == ("Andean Rim Report", "2024-05-07")
    text = "By Ana Ruiz, Pampas Newswire\n\nArgentina and Uruguay met on Friday.\n"
    assert _doc(text, resources).outlet == "Pampas Newswire"


def test_clean_update_part_of_a_stamp_is_no_outlet(resources):
    text = (
        "Published: 16 June 2023 | Updated: 14:20\n\nGhana and Togo agreed to reopen the border crossing.\n"
    )
    doc = _doc(text, resources)
    assert doc.published == "2023-06-16" and doc.outlet is None


def test_clean_copyright_forms_give_the_year(resources):
    body = "RIGA, March 3 (Amber Wire) — Latvia and Lithuania signed a power link deal on Friday.\n\n"
    doc = _doc(body + "Copyright © 2022 Amber Wire. Not for redistribution.\n", resources)
    assert (doc.published, doc.outlet) == ("2022-03-03", "Amber Wire")
    doc = _doc(body + "(c) Amber Wire 2021\n", resources)
    assert doc.published == "2021-03-03" and "2021" not in doc.text


def test_clean_closing_credit_with_paper_and_date(resources):
    story = (
        "Norway protests Swedish fishing quota\n\n"
        "OSLO — Norway sent a protest note to Sweden on Tuesday over the quota set for the Skagerrak.\n\n"
    )
    doc = _doc(story + "Reporting by Ingrid Berg, Fjord Courier, 14 March 2023\n", resources)
    assert (doc.author, doc.outlet, doc.published) == ("Ingrid Berg", "Fjord Courier", "2023-03-14")
    doc = _doc(story + "Ingrid Berg, Fjord Courier, March 14, 2023\n", resources)
    assert (doc.author, doc.outlet, doc.published) == ("Ingrid Berg", "Fjord Courier", "2023-03-14")
    assert "Fjord Courier" not in doc.text


def test_clean_signoff_with_bars_gives_author_paper_and_date(resources):
    story = (
        "Norway protests Swedish fishing quota\n\n"
        "OSLO — Norway sent a protest note to Sweden on Tuesday over the quota set for the Skagerrak.\n\n"
        "The fisheries ministry said the quota would cut Norwegian catches by a third next season.\n\n"
        "Swedish officials said the quota followed scientific advice and would not be changed.\n\n"
        "The two governments are due to meet in Gothenburg next month to discuss the wider agreement.\n\n"
        "Fishing groups on both sides of the border have asked for an independent review.\n\n"
        "Norway's coastal towns depend on the Skagerrak catch for much of their income.\n\n"
    )
    doc = _doc(story + "Reporting by Ingrid Berg in Bergen | Fjord Courier | 14 March 2023\n", resources)
    assert (doc.author, doc.outlet, doc.published) == ("Ingrid Berg", "Fjord Courier", "2023-03-14")
    assert "Fjord Courier" not in doc.text


def test_clean_masthead_above_the_headline(resources):
    text = (
        " date 2024-01-09\n\nNordic Observer\n\nFinland recalls its envoy after border closure\n\n"
        "HELSINKI — Finland recalled its ambassador from Moscow on Monday after all the eastern crossings "
        "closed.\n"
    )
    doc = _doc(text, resources)
    assert (doc.outlet, doc.title) == ("Nordic Observer", "Finland recalls its envoy after border closure")
    label = text.replace("Nordic Observer", "PRESS RELEASE")
    assert _doc(label, resources).outlet is None


def test_clean_headlines_under_a_related_heading_are_other_stories(resources):
    text = (
        "Chile and Peru signed a fishing accord in Lima on Monday.\n\n"
        "The accord runs for five years.\n\n"
        "Related stories:\n"
        "- Floods: 2 million Peruvians need shelter, UN says\n"
        "- Chile recalls envoy from Caracas\n"
    )
    doc = _doc(text, resources)
    assert "Floods" not in doc.text and "Caracas" not in doc.text
    assert (
        doc.text
        == "Chile and Peru signed a fishing accord in Lima on Monday.\n\nThe accord runs for five years."
    )


def test_clean_dateline_place_with_accents(resources):
    body = "BOGOTÁ, Feb 9 (Ridge Wire) — Colombia and Ecuador reopened the Rumichaca crossing on Friday.\n\n"
    doc = _doc(body + "© 2024 Ridge Wire. All rights reserved.\n", resources)
    assert (doc.published, doc.outlet) == ("2024-02-09", "Ridge Wire")
    doc = _doc(body.replace("BOGOTÁ", "ŁÓDŹ"), resources, published=None)
    assert doc.outlet == "Ridge Wire"


def test_clean_dateline_filed_from_two_cities(resources):
    # Wires file a story from two capitals as "PARIS/BERLIN, ..."; the slash must not lose the date.
    body = "QUITO/LIMA, Mar 4 (Ridge Wire) — Ecuador and Peru agreed on Thursday to reopen a river port.\n\n"
    doc = _doc(body + "© 2023 Ridge Wire\n", resources, published=None)
    assert (doc.published, doc.outlet) == ("2023-03-04", "Ridge Wire")


def test_clean_signoff_with_paper_and_date_after_a_semicolon(resources):
    story = (
        "Norway protests Swedish fishing quota\n\n"
        "OSLO — Norway sent a protest note to Sweden on Tuesday over the quota set for the Skagerrak.\n\n"
    )
    closing = "Reporting by Ingrid Berg; Fjord Courier, March 14, 2023\n\nShare: Facebook | Line | X\n"
    doc = _doc(story + closing, resources)
    assert (doc.author, doc.outlet, doc.published) == ("Ingrid Berg", "Fjord Courier", "2023-03-14")
    doc = _doc(
        story + "Reporting by Ingrid Berg; editing by Ola Dahl\n\nShare this story: Facebook | X\n", resources
    )
    assert doc.author == "Ingrid Berg" and "Share" not in doc.text


def test_clean_release_date_above_its_issuing_office(resources):
    text = (
        "PRESS RELEASE\n\nGhana and Togo sign a transit agreement\n\n"
        "The foreign ministers of Ghana and Togo signed a transit agreement in Accra on Tuesday.\n\n"
        "Accra, 12 March 2024\n\nPublic Affairs Directorate\n"
        "Ministry of Foreign Affairs and Regional Integration\n"
    )
    doc = _doc(text, resources)
    assert doc.published == "2024-03-12"
    assert "Directorate" not in doc.text and doc.text.rstrip().endswith("on Tuesday.")
    story_end = text.replace("Accra, 12 March 2024\n\n", "")
    assert "Ministry of Foreign Affairs" not in _doc(story_end, resources).text


def test_clean_signoff_with_the_place_filed_from(resources):
    # "Reporting by <person>, <paper>, <place>, <date>": the place is neither the author nor the paper.
    doc = _doc(
        f"{STORY}\n\nReporting by Ana Soto Ruiz, Andes Ledger, Puerto Montt, March 5, 2024\n", resources
    )
    assert (doc.published, doc.outlet, doc.author) == ("2024-03-05", "Andes Ledger", "Ana Soto Ruiz")
    assert doc.text == STORY
    doc = _doc(f"{STORY}\n\nReporting by Ana Soto, Arica, March 5, 2024\n", resources)
    assert (doc.published, doc.outlet, doc.author) == ("2024-03-05", None, "Ana Soto")


def test_clean_dateline_after_a_page_age_line_and_the_headline(resources):
    text = (
        " date 2024-03-05 09:10 GMT\n\nUpdated 2 hours ago | 4 min read\n\nChile and Peru talk fisheries\n\n"
        f"LIMA, March 5 (Ridge Wire) — {STORY}\n"
    )
    doc = _doc(text, resources)
    assert (doc.published, doc.outlet, doc.title) == (
        "2024-03-05",
        "Ridge Wire",
        "Chile and Peru talk fisheries",
    )
    assert "hours ago" not in doc.text


def test_clean_masthead_above_the_headline_and_its_byline(resources):
    text = " date 2024-03-05\n\nPacific Review\n\nChile and Peru talk fisheries\n\nBy Ana Soto\n\n" + STORY
    doc = _doc(text, resources)
    assert (doc.outlet, doc.author, doc.title) == (
        "Pacific Review",
        "Ana Soto",
        "Chile and Peru talk fisheries",
    )


def test_clean_byline_naming_the_outlet_beside_the_author(resources):
    text = (
        f" date 2024-03-05\n\nBy Ana Soto | Andes Horizon\n\nLIMA, March 5, 2024 (Andes Horizon) — {STORY}\n"
    )
    doc = _doc(text, resources)
    assert (doc.outlet, doc.author) == ("Andes Horizon", "Ana Soto")


def test_clean_signoff_may_name_where_it_was_filed(resources):
    story = (
        "Norway protests Swedish fishing quota\n\n"
        "OSLO — Norway sent a protest note to Sweden on Tuesday over the quota set for the Skagerrak.\n\n"
    )
    doc = _doc(story + "Reporting by Ingrid Berg, Fjord Courier, Tromso, March 15, 2023\n", resources)
    assert (doc.author, doc.outlet, doc.published) == ("Ingrid Berg", "Fjord Courier", "2023-03-15")
    assert doc.text.endswith("Skagerrak.")


def test_clean_communique_closing_place_and_date_is_the_date(resources):
    # A communiqué's closing formula "Done at PLACE, DATE" dates the release; the formula is not a name.
    text = (
        "PRESS RELEASE\n\nThe Ministry announces that the Ambassador of Ruritania was summoned this Tuesday"
        " to discuss the conditions at the border crossing near the northern river.\n\n"
        "Done at Westhaven, 4 March 2025\n\nThe Directorate of Communication"
    )
    doc = _doc(text, resources)
    assert doc.published == "2025-03-04"
    assert "Done at Westhaven" not in doc.text


def test_clean_link_to_another_story_is_debris_and_the_date_above_it_counts(resources):
    # "Related: …" and "Read more: …" carry another story's headline; dropped, the closing date line above
    # them becomes the last line and dates the story.
    text = (
        "The two governments said on Monday that the ferry service across the bay would resume next month"
        " after a year of repairs to both harbours.\n\nApril 14, 2025\n\n"
        "Related: Harbour strike ends after pay deal\n\nRead more: Ferry operator buys two new vessels"
    )
    doc = _doc(text, resources)
    assert doc.published == "2025-04-14"
    assert "Harbour strike" not in doc.text and "Ferry operator" not in doc.text


def test_clean_share_row_with_copy_link_is_debris(resources):
    text = (
        "The two governments said on Monday that the ferry service across the bay would resume next month"
        " after a year of repairs to both harbours.\n\nShare this:  Facebook | X | Copy link"
    )
    assert "Facebook" not in _doc(text, resources).text


def test_clean_dateline_that_names_its_wire_and_no_date(resources):
    story = "HARBOURTON (Coast Wire) — Estonia and Latvia opened a joint border post on Thursday.\n"
    doc = _doc("Baltic neighbours open border post\n\n" + story, resources)
    assert (doc.outlet, doc.published) == ("Coast Wire", None)
    # A sentence that opens with a name and a bracket is not a dateline: the place must be in capitals.
    doc = _doc("Tallinn (the capital) — a city of ferries — met a Latvian minister.\n", resources)
    assert doc.outlet is None


def test_clean_barred_byline_gives_people_paper_and_date(resources):
    story = "\n\nRIGA — Latvia and Lithuania signed a rail agreement on Monday before both ministers.\n"
    doc = _doc("By Marta Ozola | Amber Monitor | Riga | 3 June 2024" + story, resources)
    assert (doc.author, doc.outlet, doc.published) == ("Marta Ozola", "Amber Monitor", "2024-06-03")
    doc = _doc("By Marta Ozola | Updated: 14:32 | 4 min read" + story, resources)
    assert doc.author == "Marta Ozola"
    doc = _doc("Amber Monitor | By Marta Ozola | 3 June 2024" + story, resources)
    assert (doc.author, doc.outlet) == ("Marta Ozola", "Amber Monitor")
    doc = _doc("By Marta Ozola and Jonas Petraitis" + story, resources)
    assert doc.author == "Marta Ozola, Jonas Petraitis"


def test_clean_closing_byline_above_copyright_and_published_by(resources):
    story = "VILNIUS — Lithuania summoned the Belarusian envoy on Friday over a border incident.\n\n"
    doc = _doc(story + "By Jonas Petraitis\n© 2025 Amber Monitor\n", resources)
    assert (doc.author, doc.outlet) == ("Jonas Petraitis", "Amber Monitor")
    assert "Petraitis" not in doc.text
    doc = _doc(story + "Published by Baltic Correspondent\n", resources)
    assert doc.outlet == "Baltic Correspondent"


def test_clean_paper_words_in_other_languages_and_genre_labels(resources):
    story = "LISBON — Portugal and Spain agreed on Monday to share the cost of a bridge over the Guadiana.\n"
    doc = _doc("By Rita Sousa, Gazeta Ibérica\n\n" + story, resources)
    assert (doc.author, doc.outlet) == ("Rita Sousa", "Gazeta Ibérica")
    doc = _doc("By Rita Sousa, Diário do Sul\n\n" + story, resources)
    assert (doc.author, doc.outlet) == ("Rita Sousa", "Diário do Sul")
    doc = _doc("PRESS RELEASE\n\n" + story, resources)
    assert doc.outlet is None


def test_clean_page_chrome_above_the_headline_keeps_the_dateline(resources):
    text = (
        "Last updated 09:10 · 4 min read\nLatvia and Estonia agree on a rail timetable\n\n"
        "TARTU, June 4 (Coast Wire) — Latvia and Estonia agreed on Tuesday to run four daily trains.\n"
    )
    doc = _doc(text, resources)
    assert doc.outlet == "Coast Wire"
    assert "updated" not in doc.text


def test_clean_stamp_with_a_dot_before_the_time(resources):
    text = "Home > World > Africa\n\nGhana and Togo reopen border\n\nPosted 04.03.2022 · 08:15\n\n" + (
        "Ghana and Togo reopened their shared border on Friday after two years of closure, officials said.\n"
    )
    doc = _doc(text, resources)
    assert (doc.published, doc.published_how) == ("2022-03-04", "stamp")
    assert doc.title == "Ghana and Togo reopen border"  # the breadcrumb trail is no title


def test_clean_release_place_date_above_end_mark_and_contact(resources):
    text = (
        "PRESS RELEASE\n\nLaos and Cambodia agree on river patrols\n\n"
        "The two foreign ministers agreed in Vientiane on Monday to hold joint patrols on the Mekong.\n\n"
        "Vientiane, 9 March 2020\n\n- ENDS -\n\nMedia contact: Press Office, +856 21 000 000\n"
    )
    doc = _doc(text, resources)
    assert (doc.published, doc.published_how) == ("2020-03-09", "stamp")
    assert "ENDS" not in doc.text and "Media contact" not in doc.text


def test_clean_masthead_with_romance_links_above_headline(resources):
    text = (
        "Diario de la Frontera\n\nChile and Bolivia resume talks on water\n\nPosted: 05/06/2024\n\n"
        "SANTIAGO — Chile and Bolivia resumed talks on the shared Silala river on Tuesday, diplomats said.\n"
    )
    doc = _doc(text, resources)
    assert doc.outlet == "Diario de la Frontera"
    assert doc.published == "2024-06-05"


def test_clean_capitals_masthead_under_a_stamp_but_not_a_section_label(resources):
    story = (
        "The Czech and Slovak premiers met in Bratislava on Monday to discuss a new rail link, aides said.\n"
    )
    paper = _doc(
        "Tuesday 3 May 2022\n\nVLTAVA MORNING HERALD\n\n"
        "Czechs and Slovaks plan rail link\n\nBy Jana Novak\n\n" + story,
        resources,
    )
    assert paper.outlet == "VLTAVA MORNING HERALD" and paper.author == "Jana Novak"
    assert paper.title == "Czechs and Slovaks plan rail link"
    section = _doc(
        "Tuesday 3 May 2022\n\nWORLD NEWS\n\nCzechs and Slovaks plan rail link\n\nBy Jana Novak\n\n" + story,
        resources,
    )
    assert section.outlet is None


def test_clean_credit_for_a_paper(resources):
    story = "Peru and Ecuador signed a border trade accord in Lima on Thursday, both governments said.\n\n"
    doc = _doc(story + "Reporting by Rosa Quispe for Andean Courier\n", resources)
    assert (doc.author, doc.outlet) == ("Rosa Quispe", "Andean Courier")
    byline = _doc("By Rosa Quispe for Andean Courier\n\n" + story, resources)
    assert (byline.author, byline.outlet) == ("Rosa Quispe", "Andean Courier")


def test_clean_business_paper_beside_the_date(resources):
    text = (
        "Portugal and Brazil sign tax treaty\n\nBy Inês Carvalho\nGazeta Económica | 14/09/2021\n\n"
        "LISBON — Portugal and Brazil signed a treaty on Monday to avoid double taxation, ministers said.\n"
    )
    doc = _doc(text, resources)
    assert (doc.outlet, doc.author, doc.published) == ("Gazeta Económica", "Inês Carvalho", "2021-09-14")


def test_clean_closing_credit_with_by_and_bracketed_paper(resources):
    story = "Kenya and Tanzania agreed on Friday to remove eleven trade barriers, officials said.\n\n"
    credit = _doc(story + "By Amina Salim, The Coastal Monitor, Mombasa, March 3, 2022\n", resources)
    assert (credit.author, credit.outlet, credit.published) == (
        "Amina Salim",
        "The Coastal Monitor",
        "2022-03-03",
    )
    bracketed = _doc(story + "(Savanna Evening Post)\n", resources)
    assert bracketed.outlet == "Savanna Evening Post"


def test_clean_release_signatory_above_role_and_office(resources):
    story = (
        "PRESS STATEMENT\n\nThe ministers of Malawi and Zambia met in Lilongwe on Monday for trade talks.\n\n"
    )
    signed = _doc(
        story
        + "Issued by:\nGrace Phiri (Ms)\nSpokesperson, Ministry of Foreign Affairs\nLilongwe, 4 April 2022\n",
        resources,
    )
    assert (signed.author, signed.published) == ("Grace Phiri", "2022-04-04")
    assert "Grace Phiri" not in signed.text and "Issued by" not in signed.text
    office = _doc(story + "Press Office\nMinistry of Foreign Affairs\n", resources)
    assert office.author is None  # an office above the ministry signs no person's name


def test_clean_dashed_signoff_for_the_paper_gives_author_outlet_and_date(resources):
    # A closing credit led by a dash, naming the paper after "for the" and the date after a comma.
    text = (
        "Farmers block a border road\n\n"
        "Farmers from both sides of the river blocked the main road to the crossing for a second day "
        "on Friday, "
        "officials in the provincial capital said.\n\n"
        "— Reporting by Tomas Lindqvist for the Riverside Courier, 4 March 2024\n"
    )
    doc = _doc(text, resources)
    assert (doc.published, doc.published_how) == ("2024-03-04", "stamp")
    assert doc.outlet == "Riverside Courier" and doc.author == "Tomas Lindqvist"
    assert "Reporting by" not in doc.text


def test_clean_bar_credit_line_opened_by_a_paper_without_news_word(resources):
    text = (
        "Ports agree on a ferry timetable\n\n"
        "Northern Coast Trade Monthly | By Ilse Marten | 12 June 2022\n\n"
        "The two port authorities agreed on Thursday to run a daily ferry between the harbours "
        "from the autumn, "
        "their directors said.\n"
    )
    doc = _doc(text, resources)
    assert doc.outlet == "Northern Coast Trade Monthly" and doc.author == "Ilse Marten"
    assert doc.published == "2022-06-12"


@pytest.mark.parametrize(
    "opening", ["Port Harbour", "WEST RIVER PROVINCE", "Middle East", "World Politics Analysis"]
)
def test_clean_bar_credit_line_opened_by_a_place_or_section_names_no_outlet(resources, opening):
    # A place the reporter filed from (short or in capitals) or a section label is no paper's name.
    text = (
        "Ports agree on a ferry timetable\n\n"
        f"{opening} | By Ilse Marten | 12 June 2022\n\n"
        "The two port authorities agreed on Thursday to run a daily ferry between the harbours "
        "from the autumn, "
        "their directors said.\n"
    )
    doc = _doc(text, resources)
    assert doc.outlet is None and doc.author == "Ilse Marten" and doc.published == "2022-06-12"
