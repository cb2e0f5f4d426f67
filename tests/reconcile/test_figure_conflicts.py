"""Figures that disagree across reports: the same period, or a period inside another's whose figure is
the larger; never a part and its whole, nor one article's own figures."""

from __future__ import annotations

from bilat import api
from bilat.models import Fact
from bilat.reconcile import find_conflicts

from .builders import fact

WITHDRAWALS = {
    # A month's figure larger than the year's in another report: both can't be right.
    "a_month.txt": (
        " date 2024-03-02\n\nGermany deported 2,400 Chadian migrants in November 2023, officials said.\n"
    ),
    "b_year.txt": (
        " date 2024-05-10\n\nGermany deported about 1,800 Chadian migrants in 2023, according to the German "
        "interior ministry.\n"
    ),
    # A smaller figure for a month of that year is a part of the year's, not another report of it.
    "c_part.txt": (
        " date 2024-06-01\n\nGermany deported 600 Chadian migrants in March 2023, the ministry said.\n"
    ),
}


def _fact(doc: str, value: float, start: str, end: str, kind: str = "troops", unit: str = "people") -> Fact:
    return fact(doc, value, kind, parties=["DEU", "TCD"], unit=unit, period_start=start, period_end=end)


def test_figure_for_a_shorter_period_larger_than_the_whole_is_a_conflict():
    (conflict,) = find_conflicts(
        [], [_fact("a", 2400, "2023-11", "2023-11"), _fact("b", 1800, "2023-01", "2023-12")]
    )
    assert conflict.attribute == "troops:DEU-TCD:2023-01..2023-12"
    assert [(c.value, c.doc_id) for c in conflict.claims] == [("1800 people", "b"), ("2400 people", "a")]


def test_part_of_a_period_update_and_own_article_are_no_conflict():
    year = _fact("b", 1800, "2023-01", "2023-12")
    assert find_conflicts([], [year, _fact("c", 600, "2023-03", "2023-03")]) == []  # a part of the year
    assert find_conflicts([], [year, _fact("c", 2400, "2024-03", "2024-03")]) == []  # a later period
    assert find_conflicts([], [year, _fact("b", 2400, "2023-11", "2023-11")]) == []  # one article
    assert find_conflicts([], [year, _fact("c", 1830, "2023-11", "2023-11")]) == []  # within rounding
    growth = [
        _fact(d, v, s, e, "trade_growth", "percent")
        for d, v, s, e in (("a", 9, "2023-01", "2023-12"), ("c", 30, "2023-03", "2023-03"))
    ]
    assert find_conflicts([], growth) == []  # a month's growth may be faster than the year's


def test_nested_figures_conflict_whatever_the_order_of_builds(tmp_path, resources):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in WITHDRAWALS.items():
        (folder / name).write_text(text, encoding="utf-8")
    once = tmp_path / "once.db"
    api.build([str(folder)], str(once), resources=resources)
    step = tmp_path / "step.db"
    for name in sorted(WITHDRAWALS, reverse=True):  # each reconcile sees one new document
        api.build([str(folder / name)], str(step), resources=resources)
    # The part was read as a figure of the same kind, pair and year, and left out.
    periods = sorted((f.value, f.period_start) for f in api.list_facts(str(once)) if f.kind == "deported")
    assert periods == [(600, "2023-03"), (1800, "2023-01"), (2400, "2023-11")]
    for store in (once, step):
        (conflict,) = api.list_conflicts(str(store))
        assert conflict.attribute == "deported:DEU-TCD:2023-01..2023-12"
        assert sorted(c.value for c in conflict.claims) == ["1800 people", "2400 people"]
        assert {c.source_uri.rsplit("/", 1)[-1] for c in conflict.claims} == {"a_month.txt", "b_year.txt"}


def test_approximations_that_agree_are_no_conflict():
    def told(doc: str, value: float, approx: str | None) -> Fact:
        fact = _fact(doc, value, "2023-01", "2023-12")
        fact.approx = approx
        return fact

    assert find_conflicts([], [told("a", 5000, "over"), told("b", 5400, None)]) == []
    assert find_conflicts([], [told("a", 8100, "about"), told("b", 7900, None)]) == []
    assert find_conflicts([], [told("a", 900, "almost"), told("b", 850, None)]) == []
    assert len(find_conflicts([], [told("a", 350, "over"), told("b", 320, "about")])) == 1
    assert len(find_conflicts([], [told("a", 130, "about"), told("b", 120, None)])) == 1
    assert len(find_conflicts([], [told("a", 3.1, None), told("b", 3.56, None)])) == 1
