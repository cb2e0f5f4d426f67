"""A natural hazard's toll is no count between two states; a toll of one state's fire on the other stays."""

from __future__ import annotations

from bilat.extract.disaster import hazard_toll
from bilat.models import Document

STORY = "Portugal sent a rescue team to Morocco on Tuesday after talks between the two governments. "


def _facts(pipeline, text: str) -> list[tuple[str, float]]:
    document = Document(id="z", source_uri="mem", text=STORY + text, published="2024-02-14")
    return [(f.kind, f.value) for f in pipeline.analyze(document).facts]


def test_people_killed_by_an_earthquake_are_no_dyadic_count(pipeline):
    facts = _facts(pipeline, "The rescuers landed in Agadir two days after the earthquake killed 37 people.")
    assert ("casualties", 37) not in facts


def test_damage_from_floods_is_no_dyadic_figure(pipeline):
    facts = _facts(
        pipeline, "Damage from the floods has been estimated at 90 million USD by the regional bank."
    )
    assert all(value != 90_000_000 for _, value in facts)


def test_people_killed_by_the_other_sides_fire_stay(pipeline):
    facts = _facts(
        pipeline, "Three Moroccan fishermen were killed when Portuguese guards opened fire on their boat."
    )
    assert ("casualties", 3) in facts


def test_a_hazard_beside_an_act_of_force_keeps_the_toll():
    assert not hazard_toll(
        "casualties", "Soldiers shelled the village during the storm, killing four people."
    )
    assert hazard_toll("casualties", "The cyclone killed nine people on the coast.")
    assert not hazard_toll("aid", "The cyclone relief grant was 5 million USD.")
