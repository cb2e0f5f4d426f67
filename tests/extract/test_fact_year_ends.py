"""Years that end within a month, a trade part told beside its total's fiscal year, money owed, and
incidents counted at a border (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.extract.fiscal import FiscalStart, fiscal_spans
from bilat.models import Document


def _facts(
    pipeline, text: str, published: str = "2024-09-20"
) -> list[tuple[str, float, str | None, str | None]]:
    document = Document(id="y", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year that ends on the 20th runs from the 21st of the same month a year before: both months.
        (
            "Trade between Iraq and Iran came to about 9.1 billion USD in the Iranian year that "
            "ended on March 20, customs officials said.",
            ("trade_turnover", 9.1e9, "2023-03", "2024-03"),
        ),
        (
            "Ethiopia sold about 70 million USD of coffee to Sudan in the 2022/23 fiscal year, "
            "which ended on July 7.",
            ("exports", 7e7, "2022-07", "2023-07"),
        ),
        # The month's last day closes an ordinary year.
        (
            "Trade between Kenya and Uganda came to 1.1 billion USD in the fiscal year that ended "
            "on June 30, 2023.",
            ("trade_turnover", 1.1e9, "2022-07", "2023-06"),
        ),
    ],
)
def test_year_ends_within_a_month_touch_thirteen_months(pipeline, text, expected):
    assert expected in _facts(pipeline, text)


def test_year_ends_in_the_month_a_fiscal_year_begins_in():
    # A country whose fiscal year begins in July and that ends one "to July" runs mid-July to mid-July.
    (span,) = fiscal_spans("in the fiscal year to July", "2024-11-07", FiscalStart(7))
    assert (span.first, span.last) == ("2023-07", "2024-07")
    (span,) = fiscal_spans("in the fiscal year to June", "2024-11-07", FiscalStart(7))
    assert (span.first, span.last) == ("2023-07", "2024-06")


def test_year_ends_a_part_beside_its_total_takes_the_fiscal_year(pipeline):
    text = (
        "Trade between Nepal and Bhutan stayed small, at about 52 million USD in the fiscal year to "
        "July, with Nepal's exports of about 21 million USD."
    )
    facts = _facts(pipeline, text, published="2024-11-07")
    assert ("trade_turnover", 5.2e7, "2023-07", "2024-07") in facts
    assert ("exports", 2.1e7, "2023-07", "2024-07") in facts


def test_year_ends_arrears_and_principal_are_debt(pipeline):
    text = (
        "Chad said Niger owed it 140 million USD in arrears of pipeline fees. Under the accord, "
        "about 75 million USD of principal will be rescheduled."
    )
    kinds = {(kind, value) for kind, value, _, _ in _facts(pipeline, text)}
    assert ("debt", 1.4e8) in kinds
    assert ("debt", 7.5e7) in kinds


def test_year_ends_a_debt_to_a_lender_is_its_loans(pipeline):
    text = "Fiji's outstanding debt to the Asian Development Bank stood at about 90 million USD in May."
    kinds = [kind for kind, *_ in _facts(pipeline, text)]
    assert kinds == ["loan"]


def test_year_ends_attempts_and_incidents_at_a_border_are_counted(pipeline):
    text = (
        "Poland's border guard said it had recorded more than 3,100 attempts to cross the border "
        "illegally from Belarus since the start of the year. Troops logged 45 incidents of shots fired."
    )
    facts = _facts(pipeline, text)
    assert ("count", 3100.0, "2024-01", "2024-09") in facts
    assert any(kind == "count" and value == 45.0 for kind, value, _, _ in facts)


def test_year_ends_a_nationality_may_name_whose_fiscal_year_it_is(pipeline):
    text = (
        "Ethiopia earned about 80 million USD from power sales to Djibouti in the 2022/23 Ethiopian "
        "fiscal year, which ended on July 7."
    )
    assert ("exports", 8e7, "2022-07", "2023-07") in _facts(pipeline, text)


def test_year_ends_goods_sold_to_a_country_are_exports(pipeline):
    text = (
        "Turkey is Iraq's main supplier: Turkish goods sold to Iraq were worth about 9 billion USD in 2022."
    )
    assert ("exports", 9e9, "2022-01", "2022-12") in _facts(pipeline, text)


def test_year_ends_a_credit_line_due_before_a_season_has_no_period(pipeline):
    text = (
        "Kazakhstan said it would extend a line of credit of 25 million USD to Kyrgyz importers "
        "before the summer."
    )
    assert _facts(pipeline, text) == [("loan", 2.5e7, None, None)]


def test_year_ends_smugglers_killed_are_casualties(pipeline):
    text = "Iraqi border guards killed three smugglers in a clash near the frontier with Iran on Monday."
    assert [f[:2] for f in _facts(pipeline, text)] == [("casualties", 3.0)]


def test_year_ends_soldiers_taken_prisoner_are_detained(pipeline):
    text = "Eritrea has never said what became of the 17 Ethiopian soldiers taken prisoner at Zalambessa."
    assert [f[:2] for f in _facts(pipeline, text)] == [("detained", 17.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 40,000 Sudanese live in Egypt's capital, officials said.", [("population", 40000.0)]),
        ("Five Japanese companies signed contracts with Vietnam on Monday.", []),
    ],
)
def test_year_ends_a_nationality_whose_plural_is_its_singular_counts_people(pipeline, text, expected):
    assert [f[:2] for f in _facts(pipeline, text)] == expected


def test_year_ends_people_who_applied_for_asylum_are_refugees(pipeline):
    text = "About 22,000 Sudanese have applied for asylum in Chad since April, officials said."
    assert _facts(pipeline, text) == [("refugees", 22000.0, "2024-04", "2024-09")]


def test_year_ends_people_beside_a_community_are_its_population(pipeline):
    text = "Poles are the largest foreign community in Ireland, about 120,000 people."
    assert [f[:2] for f in _facts(pipeline, text)] == [("population", 120000.0)]


def test_year_ends_islanders_are_people(pipeline):
    text = (
        "About 1,900 Cook Islanders worked in New Zealand at the end of June, officials in Wellington said."
    )
    assert [f[:2] for f in _facts(pipeline, text)] == [("count", 1900.0)]


def test_year_ends_a_part_of_seized_things_is_seized_over_the_same_period(pipeline):
    text = (
        "Since January, the Malaysian coast guard has seized 31 foreign fishing boats off Sabah, "
        "22 of them from the Philippines, officials said."
    )
    facts = _facts(pipeline, text)
    assert ("detained", 31.0, "2024-01", "2024-09") in facts
    assert ("detained", 22.0, "2024-01", "2024-09") in facts


def test_year_ends_a_sum_compared_with_one_just_told_keeps_its_currency(pipeline):
    text = "Hungarian exports to Serbia rose to about 3.1 billion USD last year from 2.4 billion in 2021."
    facts = _facts(pipeline, text, published="2024-03-01")
    assert ("exports", 3.1e9, "2023-01", "2023-12") in facts
    assert ("exports", 2.4e9, "2021-01", "2021-12") in facts


def test_year_ends_a_bare_number_of_tonnes_is_no_sum(pipeline):
    text = "Kenya's tea exports to Pakistan rose to 550 million USD in 2023 from 2 billion tonnes of leaf."
    assert [f[1] for f in _facts(pipeline, text)] == [5.5e8]


def test_year_ends_exporters_selling_to_a_country_leave_a_credit_line_a_loan(pipeline):
    text = (
        "Spain will raise the credit line that insures its exporters selling to Morocco to the "
        "equivalent of about 1.5 billion USD, the minister said."
    )
    assert [f[:2] for f in _facts(pipeline, text)] == [("loan", 1.5e9)]


def test_year_ends_the_size_of_a_delegation_is_no_fact(pipeline):
    text = "Ghana's foreign minister arrived in Abuja on Monday at the head of a delegation of 45 officials."
    assert _facts(pipeline, text) == []
