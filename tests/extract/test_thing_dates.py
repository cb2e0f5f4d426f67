"""A year that names a thing the act is about ("a 2016 ruling") does not date the act; a thing made by
the act, or an occasion, does. Sentences written for these tests."""

from __future__ import annotations


def _dated(events, root):
    return [e.date for e in events if e.root == root]


def test_the_year_of_a_ruling_does_not_date_its_rejection(code):
    events = code(
        "China on Monday rejected a 2016 arbitration ruling in favour of Vietnam.", published="2024-03-13"
    )
    assert _dated(events, "12") == ["2024-03-11"]


def test_the_year_of_a_protocol_does_not_date_a_demand(code):
    events = code(
        "Haiti on Wednesday demanded that the Dominican Republic respect a 1999 protocol on repatriations.",
        published="2024-03-08",
    )
    assert "1999" not in _dated(events, "10")


def test_an_agreement_named_by_its_year_dates_its_signing(code):
    events = code("Kenya signed the March 2019 agreement with Somalia.", published="2024-03-13")
    assert _dated(events, "05") == ["2019-03"]


def test_an_occasion_named_by_its_year_dates_what_is_done_at_it(code):
    events = code("At the 2019 summit Kenya signed an agreement with Somalia.", published="2024-03-13")
    assert _dated(events, "05") == ["2019"]
