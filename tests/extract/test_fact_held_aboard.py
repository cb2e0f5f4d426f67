"""People counted aboard seized boats, in a story that told of everyone aboard being held, are a count of
the people held: one source's arrests and another's count of those aboard are two tellings of one count.
Sentences written for the test."""

from __future__ import annotations

from bilat.models import Document
from bilat.reconcile.conflicts import within_article_conflicts

SEIZURE = (
    "The Indonesian navy seized two Philippine fishing boats near Sulawesi on Sunday and {held}, the navy "
    "said on Monday.\n\nIts spokesman, Admiral Budi Santoso, said 21 fishermen had been arrested.\n\nIn "
    "Manila, foreign ministry spokeswoman Maria Reyes said on Tuesday that 29 fishermen from Mindanao had "
    "been aboard the boats."
)


def _facts(pipeline, text: str):
    document = Document(id="f", source_uri="mem", text=text, published="2024-10-01")
    return [f for f in pipeline.analyze(document).facts if f.unit == "people"]


def test_people_aboard_boats_whose_crews_were_all_held_are_the_people_held(pipeline):
    facts = _facts(pipeline, SEIZURE.format(held="detained everyone on board"))
    assert sorted((f.kind, f.value) for f in facts) == [("detained", 21.0), ("detained", 29.0)]
    (conflict,) = within_article_conflicts(facts)
    assert sorted(c.value for c in conflict.claims) == ["21 people", "29 people"]


def test_people_aboard_are_no_count_of_the_held_when_the_story_holds_not_all(pipeline):
    facts = _facts(pipeline, SEIZURE.format(held="towed them to port"))
    assert ("detained", 29.0) not in [(f.kind, f.value) for f in facts]
    assert within_article_conflicts(facts) == []
