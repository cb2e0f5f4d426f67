"""Payments, remittances, export credit, sums still owed or due, and "the same period" a paragraph back,
in sentences of our own."""

from __future__ import annotations

from bilat.models import Document


def _facts(
    pipeline, text: str, published: str = "2024-06-12"
) -> list[tuple[str, float, str | None, str | None]]:
    document = Document(id="p", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


def test_a_sum_paid_is_a_payment_and_what_remains_is_owed(pipeline):
    text = (
        "Minister Tendai Moyo said Malawi had paid 12 million USD of arrears to Zambia's power company "
        "and would clear the remaining 9 million USD by October."
    )
    assert ("payment", 12e6, None, None) in _facts(pipeline, text)
    # "by October" says when the rest is due: no period is measured.
    assert ("debt", 9e6, None, None) in _facts(pipeline, text)


def test_a_fine_each_paid_is_no_payment_between_states(pipeline):
    text = "The fishermen said each had paid a fine of 300 USD to the Tanzanian police before their release."
    assert [f for f in _facts(pipeline, text) if f[0] in {"payment", "fine"}] == []


def test_remittances_reached_a_sum_last_year(pipeline):
    text = "Remittances sent home by Nepalis in Qatar reached some 900 million USD last year, a study said."
    assert _facts(pipeline, text) == [("remittances", 9e8, "2023-01", "2023-12")]


def test_money_lent_through_an_export_credit_agency_is_a_loan(pipeline):
    text = "Norway will lend Ghana 50 million USD through its export credit agency, minister Lars Dahl said."
    assert [f[0] for f in _facts(pipeline, text)] == ["loan"]


def test_the_same_period_points_to_a_figure_a_paragraph_back(pipeline):
    text = (
        "Chad said 3,000 Sudanese had been deported since May 4, its minister Idriss Mahamat said.\n\n"
        "Sudan's foreign ministry summoned Chad's envoy on Monday.\n\n"
        "Chad's interior ministry said 900 people had been repatriated in the same period."
    )
    periods = {
        value: (start, end) for kind, value, start, end in _facts(pipeline, text) if kind == "deported"
    }
    assert periods[900] == periods[3000] == ("2024-05", "2024-06")


def test_a_figure_compared_with_keeps_no_date_of_the_other(pipeline):
    text = (
        "Kenya's exports to Somalia were worth about 90 million USD in 2023, the statistics bureau said, "
        "compared with barely 10 million USD while the border was closed."
    )
    # The figure compared with has no date of its own: a sum of no known span is left out, not dated.
    periods = {value: (start, end) for kind, value, start, end in _facts(pipeline, text) if kind == "exports"}
    assert periods == {9e7: ("2023-01", "2023-12")}
