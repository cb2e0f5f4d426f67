"""Disagreements beyond one kind's own figures: a flow of trade larger than the turnover it is part of,
two figures each told "about" yet far apart, and one article's two sources telling one count
differently — never one source's figures, nor figures of different parties."""

from __future__ import annotations

from bilat import api
from bilat.models import Fact
from bilat.reconcile import find_conflicts

from .builders import fact, stores_built_both_ways

ARTICLES = {
    # Two sources in one article count the same arrests differently.
    "a_arrests.txt": (
        " date 2024-02-10\n\nGhana summoned the Togolese ambassador on Friday. Foreign Minister Ama Mensah "
        "said 16 Ghanaian traders had been arrested by Togolese gendarmes near Aflao on Wednesday.\n\n"
        "Togo gave another account. The interior ministry in Lomé said on Thursday that 9 Ghanaians had "
        "been detained by Togolese customs officers for smuggling fuel.\n"
    ),
    # One report's exports exceed another's turnover for the same pair and year.
    "b_trade.txt": (
        " date 2024-03-02\n\nTrade between Chile and Peru reached 4.2 billion USD in 2023, according to "
        "Chile's customs service.\n"
    ),
    "c_flow.txt": (
        " date 2024-04-20\n\nChilean exports to Peru were worth 5.5 billion USD in 2023, the Peruvian "
        "statistics office said.\n"
    ),
}


def _fact(doc: str, value: float, kind: str = "trade_turnover", **fields) -> Fact:
    usual = {"parties": ["CHL", "PER"], "unit": "USD", "period_start": "2023-01", "period_end": "2023-12"}
    return fact(doc, value, kind, **(usual | fields))


def test_two_figures_told_about_far_apart_disagree():
    about = [_fact("a", 24e9, approx="about"), _fact("b", 27e9, approx="about")]
    assert len(find_conflicts([], about)) == 1
    close = [_fact("a", 24e9, approx="about"), _fact("b", 24.8e9, approx="about")]
    assert find_conflicts([], close) == []


def test_a_flow_larger_than_another_reports_turnover_is_a_conflict():
    (conflict,) = find_conflicts([], [_fact("a", 4.2e9), _fact("b", 5.5e9, "exports")])
    assert conflict.attribute == "trade_turnover:CHL-PER:2023-01..2023-12"
    assert sorted((c.doc_id, c.value) for c in conflict.claims) == [
        ("a", "4.2e+09 USD"),
        ("b", "5.5e+09 USD (exports)"),
    ]
    # The December flow of a year's turnover is inside its period: still more than the whole.
    month = _fact("b", 5.5e9, "imports", period_start="2023-12", period_end="2023-12")
    assert len(find_conflicts([], [_fact("a", 4.2e9), month])) == 1


def test_a_flow_that_fits_its_turnover_or_another_year_is_no_conflict():
    turnover = _fact("a", 4.2e9)
    assert find_conflicts([], [turnover, _fact("b", 2.5e9, "exports")]) == []  # a part of the whole
    assert find_conflicts([], [turnover, _fact("a", 5.5e9, "exports", start=40)]) == []  # one article
    later = _fact("b", 5.5e9, "exports", period_start="2024-01", period_end="2024-12")
    assert find_conflicts([], [turnover, later]) == []
    other_pair = _fact("b", 5.5e9, "exports", parties=["CHL", "BOL"])
    assert find_conflicts([], [turnover, other_pair]) == []


def _told(value: float, speaker: str | None, start: int, parties: tuple[str, ...] = ("GHA", "TGO")) -> Fact:
    return Fact(
        id=f"w{start}",
        doc_id="w",
        kind="detained",
        parties=list(parties),
        value=value,
        unit="people",
        attributed_to=speaker,
        evidence="…",
        start=start,
        end=start + 10,
    )


def test_two_sources_of_one_article_disagreeing_on_a_count_are_a_conflict():
    (conflict,) = find_conflicts([], [_told(16, "the minister", 0), _told(9, "the police", 50)])
    assert conflict.attribute == "within:w:detained:GHA-TGO"
    assert [c.value for c in conflict.claims] == ["16 people", "9 people"]


def test_one_articles_figures_by_one_source_or_none_or_of_other_parties_are_no_conflict():
    assert find_conflicts([], [_told(16, "the police", 0), _told(9, "the police", 50)]) == []
    assert find_conflicts([], [_told(16, "the ministry of justice", 0), _told(9, "the ministry", 50)]) == []
    assert find_conflicts([], [_told(16, "the minister", 0), _told(9, None, 50)]) == []
    assert find_conflicts([], [_told(16, "the minister", 0), _told(9, "the police", 0)]) == []  # a sentence
    other = _told(9, "the police", 50, ("TGO",))
    assert find_conflicts([], [_told(16, "the minister", 0, ("GHA",)), other]) == []
    assert find_conflicts([], [_told(16, "the minister", 0), _told(16, "the police", 50)]) == []


def test_told_conflicts_are_found_whatever_the_order_of_builds(tmp_path, resources):
    folder, once, step = stores_built_both_ways(tmp_path, ARTICLES, resources)
    api.build([str(folder / "a_arrests.txt")], str(step), resources=resources)  # again: no second copy
    for store in (once, step):
        conflicts = sorted(api.list_conflicts(str(store)), key=lambda c: c.attribute)
        assert [c.attribute.split(":")[0] for c in conflicts] == ["trade_turnover", "within"]
        flow, within = conflicts
        assert sorted(c.value for c in flow.claims) == ["4.2e+09 USD", "5.5e+09 USD (exports)"]
        assert {c.source_uri.rsplit("/", 1)[-1] for c in flow.claims} == {"b_trade.txt", "c_flow.txt"}
        assert sorted(c.value for c in within.claims) == ["16 people", "9 people"]
        assert {c.source_uri.rsplit("/", 1)[-1] for c in within.claims} == {"a_arrests.txt"}


def test_a_source_naming_one_side_of_the_incident_the_other_names_both_sides_of_disagrees():
    # "the minister said 16 Ghanaians were arrested by Togo" and "the Togolese police said 9 were held":
    # the police's sentence names only its own country, yet tells of the same arrests.
    police = _told(9, "the Togolese police", 50, ("TGO",))
    police.subject = "people"
    (conflict,) = find_conflicts([], [_told(16, "the minister", 0), police])
    assert conflict.attribute == "within:w:detained:GHA-TGO"
    assert [c.value for c in conflict.claims] == ["16 people", "9 people"]


def test_one_articles_sums_of_money_naming_fewer_parties_are_parts_not_a_conflict():
    package = _fact("w", 3e7, "aid", parties=["SOM", "TUR"], period_start=None, period_end=None)
    total = _fact(
        "w", 1e9, "aid", parties=["TUR"], period_start=None, period_end=None, approx="over", start=60
    )
    package.attributed_to, total.attributed_to = "the prime minister", "officials"
    assert find_conflicts([], [package, total]) == []


def test_a_count_naming_fewer_parties_but_whose_people_it_counts_is_its_own_group():
    # "the Czech premier expelled 18 Russian staff" and "Slovakia said it would expel 3 Russian diplomats".
    police = _told(9, "the Togolese police", 50, ("TGO",))
    police.subject = "Togolese traders at the market"
    assert find_conflicts([], [_told(16, "the minister", 0), police]) == []
