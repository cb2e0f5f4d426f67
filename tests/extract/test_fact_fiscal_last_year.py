"""Fiscal years told without their years ("the last financial year") or ending within a month ("the year
to mid-July"), in sentences of our own."""

from __future__ import annotations

import pytest

from bilat.extract.fiscal import FiscalStart, fiscal_spans
from bilat.models import Document


def _facts(pipeline, text: str, published: str) -> list[tuple[str, float, str | None, str | None]]:
    document = Document(id="f", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


@pytest.mark.parametrize(
    ("published", "start", "expected"),
    [
        # India's year runs April to March: in November 2025 the last one ended in March 2025.
        ("2025-11-10", FiscalStart(4), ("2024-04", "2025-03")),
        # In March itself that year has not ended yet.
        ("2025-03-10", FiscalStart(4), ("2023-04", "2024-03")),
        # A year from mid-July touches July at both ends.
        ("2024-10-01", FiscalStart(7, mid=True), ("2023-07", "2024-07")),
        ("2024-10-01", FiscalStart(7), ("2023-07", "2024-06")),
    ],
)
def test_the_last_fiscal_year_is_the_latest_that_ended_before_the_article(published, start, expected):
    (span,) = fiscal_spans("in the last financial year", published, start)
    assert (span.first, span.last) == expected


def test_a_calendar_fiscal_year_is_no_span_of_its_own():
    assert fiscal_spans("in the previous fiscal year", "2024-10-01", FiscalStart(1)) == []


def test_a_year_to_the_middle_of_a_month_touches_thirteen_months():
    (span,) = fiscal_spans("in the fiscal year to mid-July 2019", "2019-09-01", None)
    assert (span.first, span.last) == ("2018-07", "2019-07")


def test_last_financial_year_of_the_sentences_country(pipeline):
    text = (
        "India's envoy in Colombo, Arun Mehra, said bilateral trade had reached about "
        "5.2 billion USD in the last financial year."
    )
    assert ("trade_turnover", 5.2e9, "2024-04", "2025-03") in _facts(pipeline, text, "2025-10-14")


def test_year_to_mid_month_for_both_flows(pipeline):
    text = (
        "Nepal's imports from India reached about 8.1 billion USD in the fiscal year to mid-July 2019, "
        "while its exports to India were only around 700 million USD."
    )
    facts = _facts(pipeline, text, "2019-09-02")
    assert ("imports", 8.1e9, "2018-07", "2019-07") in facts
    assert ("exports", 7e8, "2018-07", "2019-07") in facts
