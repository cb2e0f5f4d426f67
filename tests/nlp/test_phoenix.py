"""The Phoenix actor tables: office holders by date (to 2014, after bilat's leaders.txt), organisations,
armed groups and agent nouns, consulted where bilat's own tables are silent. Sentences are our own."""

from __future__ import annotations

from bilat.models import Document
from bilat.nlp import phoenix
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.leaders import load_leaders


def test_phoenix_office_holder_by_date(resources):
    holder = phoenix.office_holder("Barack Obama", "2012-05-01", resources)
    assert (holder.country, holder.sector) == ("USA", "GOV")
    # The Phoenix file ends in early 2014: an open term says nothing about later years.
    assert phoenix.office_holder("Barack Obama", "2020-05-01", resources) is None
    assert phoenix.office_holder("Barack Obama", "2005-05-01", resources) is None  # not yet in office


def test_phoenix_fills_in_where_leaders_txt_is_silent(resources):
    leaders = load_leaders(resources)
    # Hamid Karzai is not in leaders.txt's years; the Phoenix table knows his term.
    term = leaders.holder("Hamid Karzai", "2010-03-01")
    assert term is not None and term.country == "AFG"
    assert leaders.holder("Hamid Karzai", "2019-03-01") is None


def test_phoenix_organisations_and_groups(resources):
    league = phoenix.organisation("the Arab League", resources)
    assert (league.country, league.sector) == (None, "IGO")
    hamas = phoenix.organisation("Hamas", resources)
    assert (hamas.country, hamas.sector) == ("PSE", "REB")
    assert phoenix.organisation("Ruritanian Chess Club", resources) is None


def test_phoenix_agents_give_a_sector(resources):
    assert phoenix.agent("militias", resources) == "REB"
    assert phoenix.agent("militia", resources) == "REB"
    assert phoenix.agent("ambassador", resources) == "GOV"
    # Government nouns stay with bilat's titles.txt: the gazetteer takes only the other sectors.
    assert load_gazetteer(resources).groups["militias"].sector == "REB"
    assert "ambassador" not in load_gazetteer(resources).groups


def test_phoenix_agent_with_a_nationality_is_an_actor_of_that_country(pipeline):
    text = "Iraqi militias fired rockets at a Turkish base on Monday."
    analysis = pipeline.analyze(Document(id="m", source_uri="mem", text=text, published="2023-05-10"))
    sources = {(e.source.country, e.source.sector) for e in analysis.events}
    assert ("IRQ", "REB") in sources
