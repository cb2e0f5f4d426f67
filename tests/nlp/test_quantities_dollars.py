"""Dollars of other countries (sentences of our own): a prefix the table knows is read as its currency; one
it does not know is never read as US dollars."""

from __future__ import annotations

from bilat.models import Document


def _money(pipeline, text: str):
    document = Document(id="d", source_uri="mem", text=text, published="2024-04-18")
    return [q for q in pipeline.analyze(document).quantities if q.unit == "USD"]


def test_fijian_dollars_keep_the_texts_us_dollars(pipeline):
    text = "Suva will give FJ$4 million (about US$1.8 million) to Tuvalu for its schools."
    (money,) = _money(pipeline, text)
    assert (money.value, money.original_value, money.original_unit) == (1.8e6, 4e6, "FJD")


def test_an_unknown_prefix_is_no_us_dollar_sum(pipeline):
    assert _money(pipeline, "Apia pledged WS$3 million for the new wharf in Tonga.") == []
