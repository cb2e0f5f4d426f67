"""A figure told in a relative clause on a noun set beside a country's name is that country's: "beyond
Germany, its biggest buyer, which bought …" — the buyer is Germany. Sentences written for the test."""

from __future__ import annotations

from bilat.models import Document


def _parties(pipeline, text: str) -> list[list[str]]:
    document = Document(id="f", source_uri="mem", text=text, published="2024-10-01")
    return [f.parties for f in pipeline.analyze(document).facts if f.unit == "USD"]


def test_the_country_an_apposed_noun_stands_beside_is_the_figures_party(pipeline):
    text = (
        "Kenya and Ghana held talks on Monday. Nairobi hopes to sell more tea beyond the United Kingdom, its "
        "biggest buyer, which bought about 2.3 billion USD of Kenyan goods in 2023, the central bank said."
    )
    assert _parties(pipeline, text) == [["GBR", "KEN"]]


def test_a_noun_set_after_a_countrys_name_and_a_comma_stands_for_it_however_parsed(pipeline):
    text = (
        "Kenya and Ghana held talks on Monday. Nairobi wants to sell more outside the United "
        "Kingdom, its largest single tea buyer, which bought some 2.3 billion USD of Kenyan goods in 2023, "
        "according to the central bank."
    )
    assert _parties(pipeline, text) == [["GBR", "KEN"]]
