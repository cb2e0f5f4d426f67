"""Trade targets named by their noun or wanted, trade balances, holdings at a year's end, fiscal years
named by one year, permit holders, studies and a price set beside its noun
(sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.extract.fiscal import FiscalStart, fiscal_spans
from bilat.models import Document

Row = tuple[str, float, str | None, str | None]


def _facts(pipeline, text: str, published: str = "2025-03-12") -> list[Row]:
    document = Document(id="t", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil, Egypt set 3 billion USD trade target",
        "Ghana and Chile agreed on Monday to open an embassy, and set a 2 billion USD annual trade goal.",
    ],
)
def test_a_target_named_by_its_noun_is_no_trade(pipeline, text: str) -> None:
    assert _facts(pipeline, text) == []


def test_a_figure_the_sides_want_trade_to_pass_is_no_trade(pipeline) -> None:
    facts = _facts(
        pipeline,
        "Trade between Peru and Norway reached about 640 million USD in 2024, and the ministers said "
        "they wanted it to pass 2 billion USD.",
    )
    assert facts == [("trade_turnover", 6.4e8, "2024-01", "2024-12")]


def test_a_trade_deficit_is_a_balance_not_the_trade(pipeline) -> None:
    facts = _facts(
        pipeline,
        "Brazil bought about 12 billion USD of Argentine goods in 2023, according to the customs agency, "
        "and its trade deficit with Argentina was roughly 3 billion USD that year.",
    )
    assert ("trade_deficit", 3e9, "2023-01", "2023-12") in facts
    assert not any(kind == "trade_turnover" for kind, *_ in facts)


def test_a_holding_at_the_end_of_a_year_is_a_stock(pipeline) -> None:
    facts = _facts(
        pipeline,
        "Norwegian direct investment in Peru stood at about 2.4 billion USD at the end of 2023, "
        "according to Peru's central bank.",
    )
    assert facts == [("investment", 2.4e9, None, None)]


def test_a_fiscal_year_named_before_its_name(pipeline) -> None:
    # Japan names its year by the year it begins in; the United States by the year it ends in.
    japan = _facts(
        pipeline,
        "Japanese development loans to Laos totalled about 300 million USD in the 2022 fiscal year, "
        "the foreign ministry in Tokyo said.",
    )
    assert japan == [("loan", 3e8, "2022-04", "2023-03")]
    us = _facts(
        pipeline,
        "US aid to Yemenis in need totalled about 900 million USD in the 2021 fiscal year, "
        "according to the State Department.",
    )
    assert us == [("aid", 9e8, "2020-10", "2021-09")]


def test_a_fiscal_year_named_by_its_end_or_its_start() -> None:
    (span,) = fiscal_spans("in the 2021 fiscal year", None, FiscalStart(10))
    assert (span.first, span.last) == ("2020-10", "2021-09")
    (span,) = fiscal_spans("in the 2021 fiscal year", None, FiscalStart(4, named_by_start=True))
    assert (span.first, span.last) == ("2021-04", "2022-03")


def test_permit_holders_are_a_community(pipeline) -> None:
    facts = _facts(pipeline, "About 80,000 Nepalis hold Qatari work permits.")
    assert facts == [("population", 8e4, None, None)]


def test_people_who_studied_somewhere_are_no_fact(pipeline) -> None:
    text = "About 12,000 Nigerian students have studied at Ghanaian universities since 1995."
    assert _facts(pipeline, text) == []


def test_people_studying_in_a_country_in_a_year_are_a_count(pipeline) -> None:
    text = "About 41,000 Nepali students were studying in Australia last year, officials said."
    assert [kind for kind, *_ in _facts(pipeline, text)] == ["count"]


def test_a_price_set_beside_its_noun_does_not_continue_the_trade(pipeline) -> None:
    facts = _facts(
        pipeline,
        "Bilateral trade reached about 2.1 billion USD in 2022, according to Peru's statistics agency. "
        "A one-way fare from Asunción to Cancún costs about 190 USD in March.",
    )
    assert facts == [("trade_turnover", 2.1e9, "2022-01", "2022-12")]


def test_a_volume_of_aid_sent_in_a_year_is_that_years(pipeline) -> None:
    facts = _facts(pipeline, "Kenya had also sent 800 tonnes of food aid to Somalia in 2021.")
    assert facts == [("aid", 800.0, "2021-01", "2021-12")]
