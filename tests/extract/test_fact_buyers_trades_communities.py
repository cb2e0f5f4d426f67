"""Goods bought from a state are the buyer's imports; people named by their trade or seat are counted when
something is done to them, and passed over otherwise; students enrolled abroad and nationalities the
tagger misses are communities; money paid towards a work is a share of it (sentences of our own)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str, published: str = "2024-03-05"):
    document = Document(id="bt", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


def test_engineers_arrested_are_detained(pipeline):
    text = "Four Peruvian engineers were arrested in La Paz last week, Lima said on Monday."
    assert [(kind, value) for kind, value, *_ in _facts(pipeline, text)] == [("detained", 4.0)]


def test_senators_refused_visas_are_kept_out(pipeline):
    text = "Fiji refused visas to three New Zealand senators on Monday, the ministry said."
    assert [(kind, value) for kind, value, *_ in _facts(pipeline, text)] == [("deported", 3.0)]


def test_engineers_with_nothing_done_to_them_are_no_count(pipeline):
    text = "Some 1,400 Omani engineers and workers were moved to other oil fields during the dispute."
    assert _facts(pipeline, text) == []


def test_students_enrolled_abroad_are_a_community(pipeline):
    text = "About 8,000 Kyrgyz students are enrolled at universities in Kazakhstan."
    assert [(kind, value) for kind, value, *_ in _facts(pipeline, text)] == [("population", 8000.0)]


def test_a_nationality_in_the_plural_is_counted_without_its_entity_tag(pipeline):
    text = "Officials in Lima said about 45,000 Argentines live in Peru."
    assert [(kind, value) for kind, value, *_ in _facts(pipeline, text)] == [("population", 45000.0)]


def test_money_paid_towards_a_work_is_a_share_of_it(pipeline):
    text = "Finland will pay about 300 million euros towards the undersea cable to Estonia, officials said."
    assert [kind for kind, *_ in _facts(pipeline, text)] == ["investment"]


def test_money_paid_towards_arrears_stays_a_payment(pipeline):
    text = "Malawi will pay Zambia 20 million USD towards its arrears, the finance ministry said."
    assert [kind for kind, *_ in _facts(pipeline, text)] == ["payment"]
