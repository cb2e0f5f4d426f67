"""Counts of a state's home affairs are no counts between two states; those naming the other side stay."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str):
    document = Document(id="h", source_uri="mem", text=text, published="2023-05-10")
    return pipeline.analyze(document).facts


STORY = "Norway summoned the Peruvian ambassador on Monday over the dispute. "


def _counts(pipeline, text: str) -> list[tuple[str, float]]:
    return [(f.kind, f.value) for f in _facts(pipeline, STORY + text) if f.unit == "people"]


def test_own_police_arresting_opposition_at_home_is_no_dyadic_count(pipeline):
    counts = _counts(pipeline, "Police detained 42 members of a student union at a rally in Lima on Sunday.")
    assert ("detained", 42) not in counts


def test_people_held_since_protests_began_are_home_affairs(pipeline):
    counts = _counts(pipeline, "Officials say 260 people were detained after the street protests started.")
    assert ("detained", 260) not in counts


def test_soldiers_taking_part_in_an_uprising_are_no_deployment(pipeline):
    counts = _counts(pipeline, "About 300 soldiers took part in the failed uprising in the capital.")
    assert all(value != 300 for _, value in counts)


def test_nationals_of_the_other_side_arrested_by_police_stay(pipeline):
    counts = _counts(pipeline, "Police in Lima arrested 14 Norwegian nationals suspected of smuggling.")
    assert ("detained", 14) in counts


def test_people_suspected_of_acting_for_the_other_state_stay(pipeline):
    counts = _counts(pipeline, "Police detained 9 people suspected of spying on behalf of Norway.")
    assert ("detained", 9) in counts


def test_soldiers_killed_by_the_other_side_stay(pipeline):
    text = "Peruvian troops opened fire on a Norwegian patrol, killing three soldiers, the army said."
    assert ("casualties", 3) in _counts(pipeline, text)


def _sums(pipeline, text: str) -> list[tuple[str, float]]:
    return [(f.kind, round(f.value)) for f in _facts(pipeline, STORY + text) if f.unit == "USD"]


def test_money_pledged_to_an_agency_is_no_aid_between_states(pipeline):
    text = "Norway also pledged 12 million USD to the UN agency for displaced people this year."
    assert not [kind for kind, _ in _sums(pipeline, text) if kind == "aid"]


def test_a_loan_only_sought_is_none(pipeline):
    text = "Peru said it would seek a loan of about 70 million USD from a regional development bank."
    assert not [kind for kind, _ in _sums(pipeline, text) if kind == "loan"]


def test_aid_to_the_other_state_stays(pipeline):
    text = "Norway will give Peru 12 million USD to help rebuild schools."
    assert ("aid", 12_000_000) in _sums(pipeline, text)
