"""People a state orders to leave are expelled; troops ordered out stay troops; a crew taken somewhere
after their boat was seized is held with it; "N X and a Y" are N+1 people (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.models import Document


def _facts(pipeline, text: str) -> list[tuple[str, float]]:
    document = Document(id="oo", source_uri="mem", text=text, published="2024-09-12")
    return [(f.kind, f.value) for f in pipeline.analyze(document).facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "QUITO — Ecuador on Tuesday ordered two Bolivian diplomats to leave by Friday.",
            [("deported", 2.0)],
        ),
        ("TALLINN — Estonia told 14 Belarusian diplomats to leave within a week.", [("deported", 14.0)]),
        ("Niamey ordered the 1,500 Belgian soldiers to leave by the end of the year.", [("troops", 1500.0)]),
        ("Peru urged Chile to tell its nine diplomats to leave.", []),
    ],
)
def test_fact_ordered_out_is_an_expulsion(pipeline, text: str, expected: list) -> None:
    assert _facts(pipeline, text) == expected


def test_fact_crew_taken_after_their_boat_was_seized_are_detained(pipeline) -> None:
    text = (
        "The coast guard said a cutter stopped three Peruvian trawlers on Sunday and seized one. Six crew "
        "members were taken to Puerto Montt, the regional capital."
    )
    assert ("detained", 6.0) in _facts(pipeline, text)


def test_fact_passengers_taken_after_a_sinking_are_not_detained(pipeline) -> None:
    text = "A ferry sank off the coast on Monday. Thirty passengers were taken to Lampedusa."
    assert [k for k, _ in _facts(pipeline, text)] != ["detained"]


def test_fact_one_more_person_joined_by_and_is_counted(pipeline) -> None:
    text = "SANTIAGO — Chilean police arrested three Bolivian citizens and a Peruvian national on Monday."
    assert _facts(pipeline, text) == [("detained", 4.0)]


def test_fact_two_numbered_groups_stay_two_counts(pipeline) -> None:
    text = "The clashes of 1995, in which 120 Peruvian and 80 Ecuadorian soldiers were killed, still weigh."
    assert sorted(_facts(pipeline, text)) == [("casualties", 80.0), ("casualties", 120.0)]
