"""Volumes of goods told by a noun or a verb of supply, money a fund provides, visits counted over a
span, sanctioned bodies, and the figures that are no quantity of the article's pair (a third state's
count, a headline retelling a body's sum): sentences written for the tests."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str, published: str | None = "2023-06-12"):
    document = Document(id="v", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


def test_a_state_supplied_with_a_volume_is_the_sellers_market(pipeline):
    facts = _facts(
        pipeline, "Kenya will supply Uganda with 300,000 tonnes of sugar this year under the new deal."
    )
    assert facts == [("exports", 300_000, "2023-01", "2023-12")]


def test_a_daily_pace_of_supply_is_no_volume(pipeline):
    assert _facts(pipeline, "Kenya will keep supplying Uganda with 8,000 barrels of diesel a day.") == []


def test_a_volume_received_from_abroad_is_the_sellers_exports(pipeline):
    facts = _facts(pipeline, "In 2022 Hungary received 2.3 billion cubic metres of Qatari gas.")
    assert facts == [("exports", 2.3e9, "2022-01", "2022-12")]


def test_a_volume_named_by_its_flow_noun(pipeline):
    facts = _facts(pipeline, "Brazilian coffee exports to Egypt came to about 410,000 tonnes in 2022.")
    assert facts == [("exports", 410_000, "2022-01", "2022-12")]


def test_a_yearly_supply_until_a_year_has_no_period(pipeline):
    text = "The firms signed a contract for the supply of 2 billion cubic metres of Norwegian gas "
    text += " a year until 2031."
    assert _facts(pipeline, text) == [("exports", 2e9, None, None)]


def test_a_volume_of_nothing_traded_stays_unread(pipeline):
    assert (
        _facts(pipeline, "Rescuers cleared 400 tonnes of debris from the road to the Peruvian border.") == []
    )


def test_money_a_fund_provides_is_aid(pipeline):
    text = "The Kuwait Fund for Arab Economic Development will provide 20 million USD"
    text += " to rebuild clinics in Jordan."
    assert [f[:2] for f in _facts(pipeline, text)] == [("aid", 20e6)]


def test_a_loan_provided_stays_a_loan(pipeline):
    assert [f[:2] for f in _facts(pipeline, "Kenya will provide Uganda with a loan of 20 million USD.")] == [
        ("loan", 20e6)
    ]


def test_people_who_visited_the_other_state_are_counted_over_the_span(pipeline):
    facts = _facts(
        pipeline, "Some 200,000 Georgian citizens visited Armenia last year, the tourism office said."
    )
    assert facts == [("count", 200_000, "2022-01", "2022-12")]


def test_bodies_under_sanctions_are_counted(pipeline):
    text = "Chile on Monday rejected new Peruvian sanctions on three entities linked to its mining sector."
    assert [f[:2] for f in _facts(pipeline, text)] == [("sanctioned", 3)]


def test_bodies_named_in_passing_are_no_fact(pipeline):
    assert (
        _facts(pipeline, "The Chilean delegation to Peru included 40 entities from the private sector.") == []
    )


def test_a_crowd_drawn_is_no_fact(pipeline):
    assert (
        _facts(
            pipeline,
            "The protest outside the Peruvian embassy in Santiago, which drew about 40 people, was peaceful.",
        )
        == []
    )


def test_people_displaced_by_no_state_are_no_fact(pipeline):
    assert _facts(pipeline, "The conflict has displaced more than 3 million people.") == []


def test_a_third_states_count_in_a_story_of_two_others_is_no_fact(pipeline):
    text = (
        "Chile expelled a Peruvian diplomat on Monday, and Lima promised to respond.\n\n"
        "Peru accused Chile of spying on its navy. Chile denied it.\n\n"
        "According to Bolivia, its guards turned back more than 300 migrants at the frontier in one night."
    )
    assert all(f[1] != 300 for f in _facts(pipeline, text))


def test_a_headline_retelling_a_body_sum_in_another_word_is_dropped(pipeline):
    text = (
        "Qatar pledges $3 billion for Kenyan ports\n\n"
        "NAIROBI — Qatar will invest 3 billion USD in two ports in Kenya under agreements signed on Monday."
    )
    assert [f[:2] for f in _facts(pipeline, text)] == [("investment", 3e9)]


def test_a_figure_dated_from_writing_in_an_undated_story_is_left_out(pipeline):
    text = "Peruvian exports to Chile fell to 45 million EUR last year from 120 million EUR in 2020."
    document = Document(id="v", source_uri="mem", text=text, published=None)
    facts = pipeline.analyze(document).facts
    assert [(f.original_value, f.period_start) for f in facts] == [(120e6, "2020-01")]
