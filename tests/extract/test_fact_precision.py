"""Figures that are not the pair's facts, or not the fact they seem: another state's story told as an
aside, a count that leaves out the person named beside it, a fine only risked, a goal told as trade; and
the facts they must not hide: people held, a fine imposed, aid for a year (sentences of our own)."""

from __future__ import annotations

from bilat.extract.facts import figures
from bilat.models import Document


def _facts(pipeline, text: str, published: str = "2024-06-12"):
    document = Document(id="p", source_uri="mem", text=text, published=published)
    return pipeline.analyze(document).facts


STORY = (
    "Kenya accused Tanzania on Monday of detaining 14 Kenyan fishermen on Lake Victoria. "
    "Tanzania said the Kenyan boats had entered its waters. "
)


def test_an_aside_about_a_third_state_gives_no_fact_of_the_pair(pipeline):
    text = STORY + "Uganda's police separately said on Sunday they had arrested nine Rwandan traders."
    facts = _facts(pipeline, text)
    assert [(f.kind, f.value) for f in facts] == [("detained", 14.0)]


def test_an_aside_about_the_pair_keeps_its_figures(pipeline):
    text = STORY + "Tanzania separately said it had released four Kenyan fishermen last week."
    assert ("released", 4.0) in [(f.kind, f.value) for f in _facts(pipeline, text)]


def test_people_held_are_detained(pipeline):
    text = "Ghana's foreign minister said 17 Ghanaian traders were being held by Togolese police in Lomé."
    assert [(f.kind, f.value) for f in _facts(pipeline, text)] == [("detained", 17.0)]


def test_a_count_beside_a_named_person_is_no_count_of_the_group(pipeline):
    text = (
        "Kenyan police seized a Tanzanian trawler on Monday. The skipper, Juma Mrisho, and three deckhands "
        "remain in custody in Kisumu."
    )
    assert [f for f in _facts(pipeline, text) if f.value == 3] == []


def test_a_fine_imposed_is_recorded_with_its_currency(pipeline):
    text = "A Norwegian court fined the owner of a Russian trawler 400,000 euros for fishing off Svalbard."
    facts = [f for f in _facts(pipeline, text) if f.kind == "fine"]
    assert [(f.original_value, f.original_unit) for f in facts] == [(400000.0, "EUR")]


def test_a_fine_only_risked_is_no_fact(pipeline):
    text = "The Russian owner faces a fine that could reach 500,000 euros, Norwegian prosecutors said."
    assert [f for f in _facts(pipeline, text) if f.kind == "fine"] == []


def test_aid_for_a_year_has_that_year_as_its_period(pipeline):
    text = "Japan has pledged 40 million dollars in humanitarian aid to Yemen for 2024, its embassy said."
    facts = [f for f in _facts(pipeline, text) if f.kind == "aid"]
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [(40e6, "2024-01", "2024-12")]


def test_a_goal_for_trade_is_a_target_not_trade_and_not_recorded(pipeline, resources):
    texts = [
        "Chile and Peru aimed to lift bilateral trade to 8 billion dollars by 2030, the minister said.",
        "The Peruvian minister said she hoped bilateral trade would reach 8 billion dollars in a few years.",
        "The leaders set a goal of 8 billion USD in bilateral trade by 2030.",
    ]
    for text in texts:
        document = Document(id="p", source_uri="mem", text=text, published="2024-06-12")
        kinds = [f.kind for f in figures(pipeline.parse(document), resources)]
        assert kinds == ["trade_target"], text
        assert _facts(pipeline, text) == [], text


def test_a_date_of_an_apposition_is_not_the_figures(pipeline):
    text = (
        "Gabon demanded on Friday that Equatorial Guinea free five fishermen whose three boats were seized "
        "by its navy off Cap Esterias, the fourth such seizure this year."
    )
    boats = [f for f in _facts(pipeline, text) if f.value == 3]
    assert [(f.kind, f.period_start) for f in boats] == [("detained", None)]


def test_what_a_project_could_cost_is_no_sum_between_states(pipeline):
    text = (
        "Chile and Bolivia agreed to study a railway to Arica, a line engineers say could cost 1.2 billion "
        "dollars."
    )
    assert _facts(pipeline, text) == []


def test_a_contribution_to_works_built_together_is_investment(pipeline):
    text = (
        "Malawi said it would contribute 12 million USD to the construction of the new bridge with "
        "Mozambique, and Japan pledged 5 million USD in aid to Malawi."
    )
    kinds = {(f.kind, f.value) for f in _facts(pipeline, text)}
    assert kinds == {("investment", 12e6), ("aid", 5e6)}
