"""Another source "puts the number at" another value for the count the story has just told: the retold
figure takes that count's kind and unit and its own speaker, so the two reports can be set side by side
(sentences written for the tests)."""

from __future__ import annotations

from bilat.models import Document
from bilat.reconcile import find_conflicts

TOLD = (
    "Malawi closed its border with Zambia on Monday. The Zambian Road Transporters Association said about "
    "900 Zambian lorries were stranded at the Mchinji crossing. Malawi's revenue authority put the number "
    "at roughly 350, most of them empty."
)


def _facts(pipeline, text: str):
    document = Document(id="pa", source_uri="mem", text=text, published="2025-03-10")
    return pipeline.analyze(document).facts


def test_the_number_put_at_another_value_is_the_same_count_told_by_another(pipeline):
    facts = _facts(pipeline, TOLD)
    told, retold = sorted(facts, key=lambda f: f.sentence)
    assert (retold.kind, retold.unit, retold.value, retold.approx) == (told.kind, told.unit, 350.0, "about")
    assert "revenue authority" in (retold.attributed_to or "")
    (conflict,) = find_conflicts([], facts)
    assert sorted(c.value for c in conflict.claims) == ["350 zambian lorries", "900 zambian lorries"]


def test_no_count_before_or_two_counts_before_give_nothing_to_retell(pipeline):
    alone = "Malawi closed its border with Zambia on Monday. The revenue authority put the number at 350."
    assert _facts(pipeline, alone) == []
    two = (
        "Some 900 Zambian lorries and 40 Zambian buses were stranded at the Mchinji crossing, the Zambian "
        "Road Transporters Association said. Malawi's revenue authority put the number at roughly 350."
    )
    assert all(f.value != 350 for f in _facts(pipeline, two))
