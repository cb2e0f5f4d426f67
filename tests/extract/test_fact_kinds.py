"""The kind of a figure comes from the noun it counts and the verb of its clause (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.extract.fact_kind_rules import load_nouns, load_verbs
from bilat.extract.facts import figures
from bilat.models import Document
from bilat.resources import ResourceError, load_resources


def _facts(pipeline, text: str, published: str = "2024-04-18") -> list[tuple[str, float]]:
    """Every figure with the kind it is told apart as, whether bilat records that kind or not."""
    document = Document(id="k", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value) for f in figures(pipeline.parse(document), pipeline.resources)]


def _periods(pipeline, text: str, published: str = "2024-04-18") -> dict[str, tuple[str | None, str | None]]:
    document = Document(id="k", source_uri="mem", text=text, published=published)
    return {f.kind: (f.period_start, f.period_end) for f in pipeline.analyze(document).facts}


def test_fact_kinds_noun_the_sum_modifies_outranks_trade_in_the_sentence(pipeline):
    text = "Over its trade with Iran, a Danish court gave the shipping firm a $4 million fine."
    assert _facts(pipeline, text) == [("fine", 4e6)]


def test_fact_kinds_verb_of_a_sum(pipeline):
    text = "A court in Bergen fined the Polish trawler's owner $250,000 for fishing in closed waters."
    assert _facts(pipeline, text) == [("fine", 250000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya has taken on some $3 billion in loans from Chinese banks.", ("loan", 3e9)),
        ("Denmark will send $250 million in military aid to Ukraine.", ("aid", 2.5e8)),
        # A concessional loan is still a loan, to be repaid.
        ("Japan granted Laos a concessional loan agreement worth $90 million.", ("loan", 9e7)),
        ("France pledged a $40 million aid package to Haiti.", ("aid", 4e7)),
        ("Britain froze $2 billion of assets held by Russian banks.", ("sanctions_value", 2e9)),
        ("Ottawa imposed tariffs on $15 billion worth of American steel.", ("tariffed_trade", 1.5e10)),
        ("Beijing answered with tariffs on $60 billion of Brazilian exports.", ("tariffed_trade", 6e10)),
    ],
)
def test_fact_kinds_money_named_by_its_noun(pipeline, text, expected):
    assert _facts(pipeline, text) == [expected]


def test_fact_kinds_verb_outranks_the_noun_of_people(pipeline):
    killed = _facts(pipeline, "Forty Malian soldiers were killed in the ambush near Gao.")
    deployed = _facts(pipeline, "Chad deployed 1,200 soldiers along its border with Sudan.")
    assert killed == [("casualties", 40.0)]
    assert deployed == [("troops", 1200.0)]


def test_fact_kinds_people_rescued_are_not_casualties(pipeline):
    text = "Coast guards rescued 85 migrants off Lampedusa after a storm that killed three fishermen."
    # The 85 rescued are no casualties; the three the storm killed are.
    assert sorted(_facts(pipeline, text)) == [("casualties", 3.0), ("rescued", 85.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The floods displaced 12,000 people in northern Mozambique.", ("refugees", 12000.0)),
        ("Police in Dhaka arrested 300 protesters on Sunday.", ("detained", 300.0)),
        ("Algeria deported 450 Malian migrants across the desert border.", ("deported", 450.0)),
        ("Some 2,000 people evacuated from the coast returned home.", ("evacuated", 2000.0)),
        ("Pirates took 19 sailors hostage off the Somali coast.", ("hostages", 19.0)),
        ("At least 60 passengers suffered injuries when the bus overturned.", ("casualties", 60.0)),
        ("About 40,000 Filipinos live in Kuwait, the embassy says.", ("population", 40000.0)),
        ("The drought touched most of Kenya's 55 million people.", ("population", 55e6)),
    ],
)
def test_fact_kinds_people_by_what_happened_to_them(pipeline, text, expected):
    assert expected in _facts(pipeline, text)


def test_fact_kinds_bodies_are_casualties_whoever_they_were(pipeline):
    text = "Searchers found the bodies of six tourists and two soldiers near the pass."
    assert _facts(pipeline, text) == [("casualties", 6.0), ("casualties", 2.0)]


def test_fact_kinds_only_the_relative_pronoun_shares_the_relative_clause(pipeline):
    text = "The camp held 300 detainees, many of whom were later deported to Guatemala."
    assert _facts(pipeline, text) == [("detained", 300.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors said Iran had enriched uranium to 60% purity.", ("enrichment", 60.0)),
        ("The governing party won 41 percent of the vote in Sunday's election.", ("vote_share", 41.0)),
        ("Mexico imposed tariffs of 30% on Brazilian chicken exports.", ("tariff_rate", 30.0)),
        ("About 65% of the residents of the island are of Tamil origin.", ("share", 65.0)),
    ],
)
def test_fact_kinds_percentages_never_pose_as_trade(pipeline, text, expected):
    assert _facts(pipeline, text) == [expected]


def test_fact_kinds_price_of_one_unit_is_not_a_total(pipeline):
    price = _facts(pipeline, "Rice exports from Vietnam to the Philippines sold at $600 per ton.")
    total = _facts(pipeline, "Trade between Vietnam and the Philippines is worth $7 billion a year.")
    assert price == [("price", 600.0)]
    assert total == [("trade_turnover", 7e9)]


def test_fact_kinds_a_sum_or_share_nothing_names_is_no_fact(pipeline):
    text = "The Nikkei closed 4% below its peak as Japan and Korea signed a trade pact."
    assert _facts(pipeline, text) == []


def test_fact_kinds_reported_clause_keeps_its_own_date(pipeline):
    text = "Officials said in April that 19 people died in mine collapses in Peru in March."
    assert _periods(pipeline, text) == {"casualties": ("2024-03", "2024-03")}


def test_fact_kinds_a_day_dates_a_toll_and_is_no_period(pipeline):
    text = "Officials said on Friday that 19 people died in Wednesday's mine collapse in Peru."
    assert _periods(pipeline, text) == {"casualties": (None, None)}


def test_fact_kinds_since_a_month_runs_to_the_article(pipeline):
    text = "Some 8,000 Sudanese refugees who have crossed into Chad since January live in two camps."
    assert _periods(pipeline, text) == {"refugees": ("2024-01", "2024-04")}


def test_fact_kinds_a_relative_clause_takes_the_date_of_what_it_tells_of(pipeline):
    text = "Aid agencies fear a famine like the one in 2017 that killed about 3,000 herders in Kenya."
    assert _periods(pipeline, text) == {"casualties": ("2017-01", "2017-12")}


def test_fact_kinds_relative_clause_is_not_dated_by_the_main_clause(pipeline):
    text = "A trial opened in Lyon on Monday over the attack that killed 14 Algerian workers."
    assert _periods(pipeline, text) == {"casualties": (None, None)}


def test_fact_kinds_participle_shares_its_main_clause_date(pipeline):
    text = "Trade between Chile and Japan reached $11 billion in 2023, growing by 6 percent on 2022."
    periods = _periods(pipeline, text)
    assert periods["trade_growth"] == ("2023-01", "2023-12")


def test_fact_kinds_words_load_and_a_bad_line_names_its_place(tmp_path):
    resources = load_resources()
    assert any(r.kind == "casualties" and r.head == "kill" for r in load_verbs(resources))
    assert any(r.kind == "aid" and r.with_word == "military" for r in load_nouns(resources))
    bad = tmp_path / "facts"
    bad.mkdir()
    (bad / "nouns.txt").write_text("# schema: bilat.facts.nouns/1\n# FORMAT: x\nfine | cash | fine\n")
    with pytest.raises(ResourceError, match=r"facts/nouns.txt:3:"):
        load_nouns(load_resources(tmp_path))


def test_fact_kinds_a_trade_minister_names_no_trade_flow(pipeline):
    text = "During the visit of Ghana's trade minister to Lagos, firms signed deals worth $500 million."
    assert _facts(pipeline, text) == []  # a sum of deals nothing else names
    trade = "Trade between Ghana and Nigeria reached $800 million."
    assert _facts(pipeline, trade) == [("trade_turnover", 8e8)]


def test_fact_kinds_parties_are_those_of_the_figures_own_clause(pipeline):
    text = "Peru and Chile face new tariffs, while the duty on Bolivian soybeans was raised to 15%."
    document = Document(id="k", source_uri="mem", text=text, published="2024-04-18")
    parties = {f.value: f.parties for f in figures(pipeline.parse(document), pipeline.resources)}
    assert parties == {15.0: ["BOL"]}


def test_fact_kinds_what_could_happen_to_people_counts_nobody(pipeline):
    assert _facts(pipeline, "The new camp could hold 5,000 migrants, officials in Rome said.") == []
    assert _facts(pipeline, "The camp held 5,000 migrants last winter.") == [("migrants", 5000.0)]


def test_fact_kinds_vessels_a_state_seizes_are_detained(pipeline):
    text = "The Omani coast guard seized four Yemeni fishing boats and towed them to Salalah."
    assert ("detained", 4.0) in _facts(pipeline, text)


def test_fact_kinds_vessels_merely_named_are_no_fact(pipeline):
    document = Document(id="k", source_uri="mem", text="Six vessels took part in the joint drill off Goa.")
    assert pipeline.analyze(document).facts == []


def test_fact_kinds_protests_lodged_since_a_month(pipeline):
    text = "Since the start of March the ministry has lodged 32 protests with Hanoi over the shoal."
    document = Document(id="k", source_uri="mem", text=text, published="2024-05-02")
    facts = pipeline.analyze(document).facts
    assert [(f.kind, f.value, f.period_start, f.period_end) for f in facts] == [
        ("count", 32.0, "2024-03", "2024-05")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What the sum is, after the verb's object: "provide $40 million in grants".
        ("Poland will provide 40 million USD in grants for schools in Moldova.", ("aid", 4e7)),
        ("Last year Seoul extended 25 million USD in budget support to Laos.", ("aid", 2.5e7)),
        # The flow the subject names, not a part a later phrase names.
        (
            "Trade between the two countries reached 900 million USD in 2022, most of it Chilean "
            "exports of copper.",
            ("trade_turnover", 9e8),
        ),
        # Money lodged with a central bank, or imports paid for now and owed later, are lent.
        ("Qatar will place a deposit of 2 billion USD with Egypt's central bank.", ("loan", 2e9)),
        ("Riyadh will finance up to 800 million USD of Egyptian fuel imports.", ("loan", 8e8)),
        # A repayment is no new loan; a state's reserves are no figure between two states.
        ("Kyiv asked Warsaw to repay 50 million USD of the credit.", ("repayment", 5e7)),
        ("Egypt's reserves fell to 30 billion USD as imports rose.", ("reserves", 3e10)),
    ],
)
def test_fact_kinds_aid_loans_and_trade_flows(pipeline, text, expected):
    assert expected in _facts(pipeline, text)


def test_fact_kinds_worth_set_off_by_a_comma_is_the_noun_before_it(pipeline):
    text = (
        "Minister Lee said that Korea will provide a soft loan of 90 million USD for ports in Tonga, on "
        "top of Korea's existing development assistance program for Tonga, worth about 12 million USD a year."
    )
    assert _facts(pipeline, text) == [("loan", 9e7), ("aid", 1.2e7)]


def test_fact_kinds_an_aid_programme_is_aid_not_a_project(pipeline):
    assert _facts(pipeline, "Seoul announced an aid programme worth 20 million USD for Laos.") == [
        ("aid", 2e7)
    ]
