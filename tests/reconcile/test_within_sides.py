"""One article's dead of the two sides of a fight: a state's forces and the armed men fighting them are two
groups, while civilians or "smugglers" may be either side's telling of the same dead."""

from __future__ import annotations

from bilat import api
from bilat.models import Fact
from bilat.reconcile import find_conflicts

from .builders import fact, stores_built_both_ways


def _dead(value: float, speaker: str, start: int, subject: str) -> Fact:
    return fact(
        "w",
        value,
        "casualties",
        unit="people",
        parties=["GIN", "MLI"],
        attributed_to=speaker,
        subject=subject,
        start=start,
    )


def test_soldiers_and_insurgents_killed_are_two_groups():
    soldiers = _dead(6, "the government", 0, "soldiers")
    insurgents = _dead(30, "the army", 90, "the insurgents")
    assert find_conflicts([], [soldiers, insurgents]) == []


def test_civilians_against_armed_men_or_soldiers_against_soldiers_disagree():
    # "eight villagers were shot" against "five armed smugglers were killed": one toll told two ways.
    villagers = _dead(8, "the government", 0, "villagers")
    smugglers = _dead(5, "the army", 90, "armed smugglers")
    (conflict,) = find_conflicts([], [villagers, smugglers])
    assert sorted(c.value for c in conflict.claims) == ["5 people", "8 people"]
    (conflict,) = find_conflicts([], [_dead(6, "a", 0, "soldiers"), _dead(2, "b", 90, "its troops")])
    assert sorted(c.value for c in conflict.claims) == ["2 people", "6 people"]
    # Gunmen against villagers: either side's word for the same dead.
    (conflict,) = find_conflicts([], [_dead(8, "a", 0, "villagers"), _dead(3, "b", 90, "gunmen")])
    assert sorted(c.value for c in conflict.claims) == ["3 people", "8 people"]


ARTICLES = {
    "a_raid.txt": (
        " date 2024-03-06\n\nGuinea closed its border with Mali on Tuesday after a raid on a frontier post. "
        "Guinea's defence ministry said the attack killed six Guinean soldiers.\n\n"
        "The Guinean army said on Wednesday that 30 insurgents had been killed in the fighting that "
        "followed.\n"
    ),
}


def test_a_fights_two_tolls_in_one_article_are_no_conflict(tmp_path, resources):
    _, once, step = stores_built_both_ways(tmp_path, ARTICLES, resources)
    for store in (once, step):
        dead = sorted(f.value for f in api.list_facts(str(store)) if f.kind == "casualties")
        assert dead == [6, 30]
        assert [c for c in api.list_conflicts(str(store)) if c.attribute.startswith("within:")] == []
