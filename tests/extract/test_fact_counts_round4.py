"""Counts told by a joined verb, hyphened modifiers, volumes of trade, listed things and trade goals
(sentences written for the tests)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str, published: str = "2023-06-22"):
    document = Document(id="r4", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


def test_a_joined_verb_tells_what_was_done_and_when(pipeline):
    text = (
        "Peru's interior minister said 2,310 Bolivian citizens had been forced onto buses and sent back "
        "to La Paz between March 3 and March 19."
    )
    assert _facts(pipeline, text) == [("deported", 2310.0, "2023-03", "2023-03")]


def test_refused_entry_to_people_is_a_deportation(pipeline):
    text = "Chilean border police refused entry to 45 Peruvian activists at Santiago airport on Sunday."
    assert [f[:2] for f in _facts(pipeline, text)] == [("deported", 45.0)]


def test_a_hyphened_modifier_keeps_the_counted_thing(pipeline):
    text = "A spokesman said 41 Kenyan-registered lorries had been torched near the border on Tuesday."
    assert [f[:2] for f in _facts(pipeline, text)] == [("count", 41.0)]


def test_a_volume_is_a_fact_only_when_traded(pipeline):
    imported = "Poland imported about 2.2 million tonnes of wheat from Ukraine in the first half of 2022."
    assert _facts(pipeline, imported) == [("imports", 2.2e6, "2022-01", "2022-06")]
    assert _facts(pipeline, "Customs officers seized 14 tonnes of pork at the Peruvian border in May.") == []
    assert _facts(pipeline, "The new wall stands 300 metres from the border with Peru.") == []


def test_listed_things_are_counted(pipeline):
    text = "Between 2015 and 2018, the agency recorded 73 intrusions by Chinese ships into Philippine waters."
    assert _facts(pipeline, text) == [("count", 73.0, "2015-01", "2018-12")]
    doses = "A further 120,000 doses of vaccine donated by Japan arrived in Vientiane on Monday."
    assert [f[:2] for f in _facts(pipeline, doses)] == [("aid", 120000.0)]


def test_a_trade_aim_is_no_turnover(pipeline):
    text = "Chile said the two presidents set a goal of 9 billion USD in bilateral trade by 2028."
    assert [f[0] for f in _facts(pipeline, text)] == []
