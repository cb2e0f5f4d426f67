"""Goods carried to another state and the crew of a seized boat (sentences written for the tests)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str, published: str = "2023-06-22"):
    document = Document(id="oc", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


def test_goods_carried_to_a_state_are_exports(pipeline):
    text = "The pipeline carried about 4.2 billion cubic metres of Bolivian gas to Brazil in 2021."
    assert _facts(pipeline, text) == [("exports", 4.2e9, "2021-01", "2021-12")]


def test_goods_carried_to_a_place_that_is_no_state_are_no_exports(pipeline):
    text = "The lorries were carrying about 300 tonnes of Peruvian coffee to the port of Arica."
    assert [f for f in _facts(pipeline, text) if f[0] == "exports"] == []


def test_the_crew_of_a_seized_boat_is_counted(pipeline):
    text = "Chile protested on Monday over the seizure of a Peruvian trawler and its nine crew members."
    assert [f[:2] for f in _facts(pipeline, text)] == [("detained", 9.0)]


def test_people_named_before_are_no_new_count(pipeline):
    text = "Two Peruvian fishermen were arrested on Monday. The two men were released on Friday."
    assert ("released", 2.0) not in [f[:2] for f in _facts(pipeline, text)]


def test_a_figure_dated_from_an_unknown_day_of_writing_is_left_out(pipeline):
    text = "About 7,000 migrants reached Chile from Peru last year, according to the ministry."
    assert _facts(pipeline, text, published=None) == []
    assert _facts(pipeline, text) == [("migrants", 7000.0, "2022-01", "2022-12")]
