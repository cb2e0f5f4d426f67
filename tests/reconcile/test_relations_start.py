"""When relations began, told outright ("established diplomatic relations in 1992") and by an anniversary;
two reports that disagree are a conflict, a state of the relations since a year is no start."""

from __future__ import annotations

from bilat import api
from bilat.reconcile import find_conflicts

TOLD = " date 2024-05-01\n\nPortugal and Mongolia established diplomatic relations in 1974, officials said.\n"


def _claims(text: str, resources) -> list[tuple[str, str]]:
    return [(c.attribute, c.value) for c in api.annotate(text, resources=resources).claims]


def test_relations_start_told_outright(resources):
    assert _claims(TOLD, resources) == [("relations_start:MNG-PRT", "1974")]
    passive = (
        " date 2024-05-01\n\nDiplomatic ties between Portugal and Mongolia were forged on June 5, 1975.\n"
    )
    assert _claims(passive, resources) == [("relations_start:MNG-PRT", "1975")]
    # The day the ties were set up is not the day the sentence speaks from: 30 years back from it is no start.
    participle = (
        " date 2005-06-05\n\nThis week Portugal and Mongolia celebrate 30 years of diplomatic ties, "
        "established on June 5, 1975.\n"
    )
    assert _claims(participle, resources) == [("relations_start:MNG-PRT", "1975")]
    strained = " date 2024-05-01\n\nRelations between Portugal and Mongolia have been tense since 2019.\n"
    assert _claims(strained, resources) == []


def test_relations_start_reports_disagree(resources):
    marked = (
        " date 2025-06-05\n\nToday marks the 50th anniversary of the establishment of diplomatic relations "
        "between Portugal and Mongolia.\n"
    )
    claims = [c for text in (TOLD, marked) for c in api.annotate(text, resources=resources).claims]
    (conflict,) = find_conflicts(claims, [])
    assert conflict.attribute == "relations_start:MNG-PRT"
    assert sorted(c.value for c in conflict.claims) == ["1974", "1975"]
