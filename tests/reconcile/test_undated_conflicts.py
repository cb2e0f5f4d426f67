"""Figures with no date that still disagree: two reports of a standing amount (troops withdrawn, troops
posted in a mission) with no period, and one article's running total ("since March") against another
source's figure of the story's day — never undated counts of incidents, figures of other years or of
other places, nor a running total against an earlier month's incident."""

from __future__ import annotations

from bilat import api
from bilat.models import Fact
from bilat.reconcile import find_conflicts

from .builders import fact, stores_built_both_ways

ARTICLES = {
    "a_troops.txt": (
        " date 2024-05-03\n\nChad summoned the French ambassador on Thursday. France withdrew about 900 "
        "troops from Chad in 2023, according to the French defence ministry.\n"
    ),
    "b_troops.txt": (
        " date 2024-06-11\n\nThe Chadian government said the last of the 1,400 French soldiers based in the "
        "country left Chad in 2023.\n"
    ),
    "c_custody.txt": (
        " date 2024-07-20\n\nGhana protested to Togo on Friday. Ghana's foreign ministry spokesperson Kofi "
        "Asante said 38 Ghanaians had been detained in Togo since March.\n\nTogo's interior minister, Yawa "
        "Kpade, said only 12 Ghanaian nationals were being held by Togolese police.\n"
    ),
    # A story's undated expulsion, and another report's figure for the month the story came out.
    "d_expels.txt": (
        " date 2024-09-12\n\nMoldova expels three Russian diplomats over spying\n\nMoldova's foreign "
        "ministry on Wednesday gave three Russian diplomats 72 hours to quit the country.\n"
    ),
    "e_praise.txt": (
        " date 2024-10-20\n\nVisiting foreign minister Karl Tamm praised Moldova for last month's expulsion "
        "of seven Russian diplomats accused of spying.\n"
    ),
}


def _fact(doc: str, value: float, kind: str = "troops", **fields) -> Fact:
    return fact(doc, value, kind, **({"parties": ["FRA", "TCD"], "unit": "people"} | fields))


def test_undated_figures_of_a_standing_amount_from_two_reports_disagree():
    (conflict,) = find_conflicts([], [_fact("a", 900, approx="about"), _fact("b", 1400)])
    assert conflict.attribute == "troops:FRA-TCD:undated"
    assert sorted(c.value for c in conflict.claims) == ["1400 people", "900 people"]
    assert find_conflicts([], [_fact("a", 900, approx="about"), _fact("b", 910)]) == []  # rounding


def test_undated_figures_of_incidents_years_or_one_article_are_no_conflict():
    # Two undated arrests are two incidents; a sum of aid is one package of many.
    assert find_conflicts([], [_fact("a", 5, "detained"), _fact("b", 3, "detained")]) == []
    assert find_conflicts([], [_fact("a", 5e6, "aid", unit="USD"), _fact("b", 3e7, "aid", unit="USD")]) == []
    left = _fact("a", 900, evidence="France withdrew 900 troops in 2021.")
    assert find_conflicts([], [left, _fact("b", 1400, evidence="1,400 troops served there in 2024.")]) == []
    assert find_conflicts([], [_fact("a", 900), _fact("a", 1400, start=40)]) == []  # one article's parts
    dated = _fact("b", 1400, period_start="2023-01", period_end="2023-12")
    assert find_conflicts([], [_fact("a", 900), dated]) == []  # when the undated one is, is unknown


def test_one_countrys_undated_figures_disagree_only_about_the_same_place():
    mission = _fact("a", 2500, parties=["KEN"], subject="troops in the regional force")
    told = "Some 4,100 Kenyan soldiers serve in the regional force, the ministry said."
    (conflict,) = find_conflicts([], [mission, _fact("b", 4100, parties=["KEN"], evidence=told)])
    assert conflict.attribute == "troops:KEN:undated"
    elsewhere = _fact("b", 4100, parties=["KEN"], evidence="Kenya keeps 4,100 troops on its northern border.")
    assert find_conflicts([], [mission, elsewhere]) == []
    bare = _fact("a", 2500, parties=["KEN"], subject="Kenyan troops")
    assert find_conflicts([], [bare, _fact("b", 4100, parties=["KEN"], evidence=told)]) == []


def _told(value: float, speaker: str, start: int, **fields) -> Fact:
    return _fact("w", value, "detained", parties=["GHA", "TGO"], attributed_to=speaker, start=start, **fields)


def test_a_running_total_and_another_sources_figure_of_the_story_disagree():
    since = _told(
        38,
        "the spokesperson",
        0,
        period_start="2024-03",
        period_end="2024-07",
        period_text="March",
        evidence="The spokesperson said 38 Ghanaians had been detained since March.",
    )
    (conflict,) = find_conflicts([], [since, _told(12, "the interior minister", 80)])
    assert conflict.attribute == "within:w:detained:GHA-TGO"
    assert sorted(c.value for c in conflict.claims) == ["12 people", "38 people"]


def test_an_earlier_months_incident_is_not_the_storys_figure():
    march = _told(
        5,
        "the fishermen's association",
        0,
        period_start="2024-03",
        period_end="2024-03",
        period_text="March",
        evidence="In March, the navy detained five fishermen, the fishermen's association said.",
    )
    assert find_conflicts([], [march, _told(12, "the army", 80)]) == []


def test_undated_conflicts_are_found_whatever_the_order_of_builds(tmp_path, resources):
    _, once, step = stores_built_both_ways(tmp_path, ARTICLES, resources)
    for store in (once, step):
        conflicts = sorted(api.list_conflicts(str(store)), key=lambda c: c.attribute)
        assert [c.attribute.split(":")[0] for c in conflicts] == ["deported", "troops", "within"]
        expelled, troops, within = conflicts
        assert expelled.attribute == "deported:MDA-RUS:2024-09..2024-09"
        assert {c.source_uri.rsplit("/", 1)[-1]: c.value for c in expelled.claims} == {
            "d_expels.txt": "3 people",
            "e_praise.txt": "7 people",
        }
        assert troops.attribute == "troops:FRA-TCD:undated"
        assert sorted(c.value for c in troops.claims) == ["1400 people", "900 people"]
        assert {c.source_uri.rsplit("/", 1)[-1] for c in troops.claims} == {"a_troops.txt", "b_troops.txt"}
        assert sorted(c.value for c in within.claims) == ["12 people", "38 people"]


def test_figures_an_order_of_magnitude_apart_are_a_whole_and_a_part_not_one_figure():
    total = _fact("w", 100_000, "casualties", parties=["GHA", "TGO"], attributed_to="the UN", start=0)
    incident = _fact("w", 3, "casualties", parties=["GHA", "TGO"], attributed_to="the army", start=80)
    assert find_conflicts([], [total, incident]) == []
    year = {"period_start": "2023-01", "period_end": "2023-12"}
    whole = _fact("a", 12e6, "refugees", **year)
    reports = [_fact("b", 1.2e6, "refugees", **year), _fact("c", 0.9e6, "refugees", **year)]
    (conflict,) = find_conflicts([], [whole, *reports])
    assert sorted(c.value for c in conflict.claims) == ["1.2e+06 people", "900000 people"]


def test_a_storys_undated_incident_is_set_against_another_reports_figure_for_its_month():
    month = {"period_start": "2024-09", "period_end": "2024-09"}
    told = _fact("b", 7, "deported", parties=["MDA", "RUS"], **month)
    undated = _fact("a", 3, "deported", parties=["MDA", "RUS"])
    (conflict,) = find_conflicts([], [undated, told], {"a": "2024-09-12", "b": "2024-10-20"})
    assert conflict.attribute == "deported:MDA-RUS:2024-09..2024-09"
    assert sorted(c.doc_id for c in conflict.claims) == ["a", "b"]
    # A story of another month, a year's total, an undated sum, or no known day: no figure to set it against.
    assert find_conflicts([], [undated, told], {"a": "2024-11-02"}) == []
    year = _fact("b", 70, "deported", parties=["MDA", "RUS"], period_start="2024-01", period_end="2024-12")
    assert find_conflicts([], [undated, year], {"a": "2024-09-12"}) == []
    deal = _fact("a", 5e9, "arms_deal", parties=["KOR", "POL"], unit="USD")
    dated = _fact("b", 12e9, "arms_deal", parties=["KOR", "POL"], unit="USD", **month)
    assert find_conflicts([], [deal, dated], {"a": "2024-09-12"}) == []
    assert find_conflicts([], [undated, told]) == []


def test_undated_populations_disagree_only_counting_the_same_people():
    pair = {"kind": "population", "parties": ["NLD", "TUR"]}
    origin = _fact("a", 420_000, subject="people of Turkish origin", **pair)
    assert len(find_conflicts([], [origin, _fact("b", 300_000, subject="Turks", **pair)])) == 1
    assert find_conflicts([], [origin, _fact("b", 30_000, subject="Dutch citizens", **pair)]) == []
    assert find_conflicts([], [origin, _fact("b", 300_000, subject="people", **pair)]) == []


def test_one_countrys_communities_disagree_only_where_both_sentences_name_the_same_place():
    here = {"kind": "population", "parties": ["QAT"]}
    one = _fact(
        "a",
        150_000,
        subject="Kenyans",
        evidence="Some 150,000 Kenyans live in Qatar, the ministry said.",
        **here,
    )
    other = _fact(
        "b",
        210_000,
        subject="Kenyans",
        evidence="About 210,000 Kenyans work in Qatar, officials say.",
        **here,
    )
    (conflict,) = find_conflicts([], [one, other])
    assert conflict.attribute == "population:QAT:undated"
    # Another people, or sentences naming no common place, count two communities.
    ugandans = other.model_copy(
        update={"subject": "Ugandans", "evidence": "About 210,000 Ugandans live in Qatar."}
    )
    assert find_conflicts([], [one, ugandans]) == []
    abroad = other.model_copy(update={"evidence": "About 210,000 Kenyans are abroad in the Gulf."})
    assert find_conflicts([], [one, abroad]) == []
    troops = [f.model_copy(update={"kind": "troops"}) for f in (one, other)]
    assert find_conflicts([], troops) == []
