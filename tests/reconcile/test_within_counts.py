"""One article's sources counting one thing differently: a bare count of a named thing ("lorries",
"stalls") read on either side, never the dead against the wounded, nor two countries' own people."""

from __future__ import annotations

from bilat import api
from bilat.models import Fact
from bilat.reconcile import find_conflicts

from .builders import fact, stores_built_both_ways


def _count(value: float, unit: str, speaker: str, start: int, parties: tuple[str, ...] = ()) -> Fact:
    return fact("w", value, "count", unit=unit, parties=list(parties), attributed_to=speaker, start=start)


def test_two_sources_counting_one_named_thing_differently_disagree():
    # "the hauliers said 900 lorries were stuck" / "the border agency said 250 lorries were waiting".
    hauliers = _count(900, "lorries", "the hauliers' union", 0, ("GHA",))
    agency = _count(250, "Ghanaian lorries", "the border agency", 80, ("TGO",))
    (conflict,) = find_conflicts([], [hauliers, agency])
    assert conflict.attribute == "within:w:count:GHA-TGO"
    assert sorted(c.value for c in conflict.claims) == ["250 Ghanaian lorries", "900 lorries"]


def test_counts_of_people_of_different_things_or_one_source_are_no_conflict():
    assert find_conflicts([], [_count(7000, "people", "a", 0), _count(2500, "people", "b", 80)]) == []
    assert find_conflicts([], [_count(900, "lorries", "a", 0), _count(250, "stalls", "b", 80)]) == []
    assert find_conflicts([], [_count(900, "lorries", "a", 0), _count(250, "lorries", "a", 80)]) == []
    three = _count(250, "lorries", "b", 80, ("GHA", "NGA"))
    assert find_conflicts([], [_count(900, "lorries", "a", 0, ("TGO",)), three]) == []  # three countries


def _told(value: float, speaker: str, start: int, subject: str, evidence: str = "…") -> Fact:
    return fact(
        "w",
        value,
        "casualties",
        unit="people",
        parties=["BFA", "NER"],
        attributed_to=speaker,
        subject=subject,
        evidence=evidence,
        start=start,
    )


def test_the_wounded_of_one_account_are_not_set_against_the_dead_of_the_other():
    said = "The army said raiders shot dead two guards and wounded six near the post."
    dead = _told(2, "the army", 0, "guards", said)
    hurt = _told(6, "the army", 0, "six", said)
    other = _told(5, "the governor", 90, "guards", "The governor said five guards had been killed.")
    (conflict,) = find_conflicts([], [dead, hurt, other])
    assert sorted(c.value for c in conflict.claims) == ["2 people", "5 people"]


def test_counts_of_two_nations_people_are_two_groups():
    # One side's "12 Nigerien diplomats" expelled and the other's "15 Burkinabe diplomats" in return.
    ours = _told(12, "the junta", 0, "Nigerien embassy staff , whom the Burkinabe police named")
    theirs = _told(15, "the foreign ministry", 90, "employees of the Burkinabe embassy")
    assert find_conflicts([], [ours, theirs]) == []
    # Where they were held says nothing of whose they are.
    held = _told(9, "the foreign ministry", 90, "traders on the Nigerien bank")
    (conflict,) = find_conflicts([], [_told(14, "the junta", 0, "Burkinabe traders"), held])
    assert sorted(c.value for c in conflict.claims) == ["14 people", "9 people"]


ARTICLES = {
    "a_lorries.txt": (
        " date 2024-06-12\n\nGhana protested to Togo on Tuesday over the closure of the Aflao crossing. The "
        "Ghanaian hauliers' union said about 900 lorries were stranded at the border.\n\n"
        "Togo's customs service insisted on Wednesday that no more than 250 lorries were queuing at the "
        "crossing.\n"
    ),
}


def test_a_count_of_lorries_told_two_ways_is_a_conflict_whatever_the_order_of_builds(tmp_path, resources):
    _, once, step = stores_built_both_ways(tmp_path, ARTICLES, resources)
    for store in (once, step):
        facts = {f.value: f for f in api.list_facts(str(store)) if f.kind == "count"}
        assert facts[250].approx == "under"  # "no more than 250", not "more than 250"
        (conflict,) = [c for c in api.list_conflicts(str(store)) if c.attribute.startswith("within:")]
        assert sorted(c.value.split()[0] for c in conflict.claims) == ["250", "900"]


def test_people_counted_by_where_they_come_from_may_be_the_nationals_counted_by_the_other_side():
    base = {"kind": "detained", "parties": ["ERI", "YEM"], "unit": "people"}
    origin = fact("w", 14, subject="fishermen from Hodeidah", attributed_to="the ministry", start=0, **base)
    other = fact("w", 9, subject="Yemenis", attributed_to="the navy", start=90, **base)
    (conflict,) = find_conflicts([], [origin, other])
    assert sorted(c.value for c in conflict.claims) == ["14 people", "9 people"]
    eritreans = other.model_copy(update={"subject": "Eritreans"})
    nationals = origin.model_copy(update={"subject": "Yemeni fishermen"})
    assert find_conflicts([], [nationals, eritreans]) == []
