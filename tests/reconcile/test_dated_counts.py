"""Two documents' counts of one people doing one thing between a pair in one period, told differently,
disagree; counts of other people, of another act, of another period or of one article do not."""

from __future__ import annotations

from bilat import api
from bilat.models import Fact
from bilat.reconcile import find_conflicts

from .builders import fact, stores_built_both_ways

ARTICLES = {
    "a_arrivals.txt": (
        " date 2024-02-10\n\nHonduras and Mexico held migration talks in Tegucigalpa on Friday. Some 9,000 "
        "Hondurans entered Mexico by land last year, according to the International Organization for "
        "Migration.\n"
    ),
    "b_arrivals.txt": (
        " date 2024-03-22\n\nMexico's interior ministry said on Thursday that 12,300 Hondurans entered "
        "Mexico by land in 2023, the largest number in a decade.\n"
    ),
}


def _count(doc: str, value: float, evidence: str, subject: str, start: str = "2023-01", **fields) -> Fact:
    return fact(
        doc,
        value,
        "count",
        parties=["HND", "MEX"],
        unit="people",
        subject=subject,
        evidence=evidence,
        period_start=start,
        period_end=start[:4] + "-12",
        **fields,
    )


ONE = _count(
    "a", 9000, "Some 9,000 Hondurans entered Mexico last year, the IOM said.", "Hondurans", approx="about"
)
OTHER = _count("b", 12300, "In 2023, 12,300 Hondurans entered Mexico, the ministry said.", "Hondurans")


def test_two_reports_of_one_people_doing_one_thing_in_one_year_disagree():
    (conflict,) = find_conflicts([], [ONE, OTHER])
    assert conflict.attribute == "count:HND-MEX:2023-01..2023-12"
    assert [(c.value, c.doc_id) for c in conflict.claims] == [("12300 people", "b"), ("9000 people", "a")]


def test_counts_of_another_act_people_period_or_article_are_no_conflict():
    deported = _count("b", 12300, "In 2023, 12,300 Hondurans were deported from Mexico.", "Hondurans")
    mexicans = _count("b", 12300, "In 2023, 12,300 Mexicans entered Honduras, the ministry said.", "Mexicans")
    later = _count(
        "b", 12300, "In 2022, 12,300 Hondurans entered Mexico, the ministry said.", "Hondurans", "2022-01"
    )
    same_article = _count("a", 12300, "In 2023, 12,300 Hondurans entered Mexico, it said.", "Hondurans")
    unnamed = _count("b", 12300, "In 2023, 12,300 people entered Mexico, the ministry said.", "people")
    rounded = _count("b", 9100, "In 2023, 9,100 Hondurans entered Mexico, the ministry said.", "Hondurans")
    for other in (deported, mexicans, later, same_article, unnamed, rounded):
        assert find_conflicts([], [ONE, other]) == [], other.evidence


def test_dated_counts_conflict_whatever_the_order_of_builds(tmp_path, resources):
    _, once, step = stores_built_both_ways(tmp_path, ARTICLES, resources)
    for store in (once, step):
        (conflict,) = api.list_conflicts(str(store))
        assert conflict.attribute == "count:HND-MEX:2023-01..2023-12"
        assert {c.source_uri.rsplit("/", 1)[-1]: c.value for c in conflict.claims} == {
            "a_arrivals.txt": "9000 people",
            "b_arrivals.txt": "12300 people",
        }
