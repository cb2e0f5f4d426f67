"""A definite count ("the six", "the two men") stands for the group of that many named just before, and
takes its country. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_the_six_are_the_six_shepherds_named_before(code):
    events = code(
        "RABAT — Morocco on Thursday demanded that Algeria free six Moroccan shepherds held near the border. "
        "A spokesman said Algerian soldiers had arrested the six on Tuesday.",
        published="2025-03-08",
    )
    assert ("17", "DZA", "MAR") in _brief(events)


def test_the_two_men_are_the_two_citizens(code):
    events = code(
        "Israel on Tuesday demanded that Turkey free two Israeli citizens held in Istanbul. "
        "Turkish police detained the two men in raids on Sunday.",
        published="2025-03-08",
    )
    assert ("17", "TUR", "ISR") in _brief(events)


def test_five_of_its_nationals_are_the_speaking_states(code):
    events = code(
        "Niger demanded on Thursday the release of five of its nationals held in Benin. "
        "Beninese police detained the five on Wednesday.",
        published="2025-03-08",
    )
    assert ("17", "BEN", "NER") in _brief(events)


def test_a_count_with_no_group_before_it_finds_nobody(code):
    events = code("Beninese police detained the five on Wednesday.", published="2025-03-08")
    assert not any(e.root == "17" and e.target for e in events)
