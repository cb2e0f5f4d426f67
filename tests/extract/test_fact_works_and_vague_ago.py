"""What a work is worth is an investment, whatever another clause says of trade; a year "more than a
decade ago" is no period of a figure; a sum its sentence calls a target is no fact (sentences of our own)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str) -> list[tuple[str, float, str | None]]:
    document = Document(id="wv", source_uri="mem", text=text, published="2024-10-02")
    return [(f.kind, f.value, f.period_start) for f in pipeline.analyze(document).facts]


def test_fact_a_work_worth_a_sum_is_an_investment(pipeline) -> None:
    text = "Ministers also discussed a Turkish-built cement plant near Sfax worth about 600 million USD."
    assert _facts(pipeline, text) == [("investment", 6e8, None)]


def test_fact_a_works_sum_takes_no_kind_from_the_trade_clause(pipeline) -> None:
    text = (
        "Trade between Chile and Korea was about 9 billion USD last year, and Korean firms are building the "
        "1.2 billion USD bridge over the Biobio."
    )
    assert ("investment", 1.2e9, None) in _facts(pipeline, text)


def test_fact_more_than_a_decade_ago_is_no_period(pipeline) -> None:
    text = (
        "Peru's exports to Cuba, which passed 90 million USD a year more than a decade ago, came to just "
        "about 8 million USD last year."
    )
    assert ("exports", 9e7, None) in _facts(pipeline, text)


def test_fact_a_sum_its_sentence_calls_a_target_is_no_fact(pipeline) -> None:
    text = "Korean firms have pledged to invest 8 billion USD in Chile over four years, a target set in 2021."
    assert _facts(pipeline, text) == []


def test_fact_a_sum_that_is_the_aim_of_a_visit_stays(pipeline) -> None:
    text = "Chile will invest 2 billion USD in Korean ports, the main aim of the visit."
    assert [k for k, _, _ in _facts(pipeline, text)] == ["investment"]
