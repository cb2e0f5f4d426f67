"""Event verbs and dates added after a development round: expectations as demands, accords revoked, fines,
shootings, answers ruled out, tallies by ordinal, expulsions told again in the passive, "N months after",
a finer date inside a coarser one, a participle of the day's news and a story's date header. Sentences
written for these tests."""

from __future__ import annotations


def _codes(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_expecting_the_other_side_to_act_is_a_demand(code):
    text = "Lithuania expected Belarus to return the detained lorries, the ministry said on Tuesday."
    assert ("100", "LTU", "BLR", "2024-03-12") in _codes(code(text, published="2024-03-13"))


def test_expecting_a_thing_to_happen_is_no_demand(code):
    text = (
        "Officials in Vilnius expect the first lorries to be inspected within a week, Lithuania's "
        "transport ministry said on Tuesday after talks with Belarus."
    )
    assert not any(e.root == "10" for e in code(text, published="2024-03-13"))


def test_revoking_an_accord_with_a_state_reduces_relations(code):
    text = "On Monday Chad revoked its defence accord with France, the government said."
    assert ("160", "TCD", "FRA", "2024-03-11") in _codes(code(text, published="2024-03-13"))


def test_a_crew_fined_with_no_agent_is_fined_by_the_host_state(code):
    text = (
        "VIGO — Two Portuguese fishermen were fined 5,000 euros "
        "each in Vigo on Tuesday, Spain's fisheries ministry said."
    )
    assert ("173", "ESP", "PRT", "2024-03-12") in _codes(code(text, published="2024-03-15"))


def test_a_court_fining_a_crew_is_legal_action(code):
    text = (
        "LISBON — Portugal protested on Wednesday after a "
        "Spanish court fined the crew of a Portuguese trawler on Tuesday."
    )
    assert ("173", "ESP", "PRT", "2024-03-12") in _codes(code(text, published="2024-03-15"))


def test_a_sum_fined_is_no_party(code):
    text = "Portuguese trawler captain fined 40,000 euros as Lisbon protests the detention"
    assert not any(e.cameo == "173" and e.target is not None for e in code(text, published="2024-03-13"))


def test_a_shooting_by_a_state_force_is_force_used_on_the_other_side(code):
    text = (
        "The shooting of two Malawian fishermen by Zambian "
        "soldiers on Lake Tanganyika on 3 March 2024 left one man dead."
    )
    found = _codes(code(text, published="2024-03-05"))
    assert ("190", "ZMB", "MWI", "2024-03-03") in found


def test_an_answer_ruled_out_is_no_threat(code):
    text = (
        "NAIROBI — The presidency said on Monday that Kenya will not retaliate after "
        "Uganda expelled its envoy."
    )
    assert not any(e.root == "13" for e in code(text, published="2024-03-15"))


def test_an_answer_promised_is_still_a_threat(code):
    text = (
        "NAIROBI — Kenya will retaliate for the expulsion of "
        "its ambassador from Uganda, the presidency said on Monday."
    )
    assert ("130", "KEN", "UGA", "2024-03-11") in _codes(code(text, published="2024-03-15"))


def test_the_nth_vessel_detained_this_year_is_a_tally(code):
    text = (
        "Estonia protested on Monday. It was the third Finnish boat detained in Estonian waters this "
        "year, the ministry said."
    )
    assert not any(e.root == "17" and e.date == "2024" for e in code(text, published="2024-03-12"))


def test_an_expulsion_told_again_in_the_passive_takes_its_day(code):
    text = (
        "Mali has ordered two Algerian diplomats to leave at once, the foreign "
        "ministry announced on Friday. The pair was declared persona non grata by decree on Thursday."
    )
    found = _codes(code(text, published="2024-03-15"))
    assert ("166", "MLI", "DZA", "2024-03-14") in found
    assert ("166", "MLI", "DZA", "2024-03-15") not in found


def test_another_states_expulsion_does_not_date_the_first(code):
    text = (
        "Latvia expelled a Russian diplomat on Monday, and Moscow responded by ordering a Latvian "
        "diplomat to leave. Estonia expelled two Russian diplomats in April last year."
    )
    found = _codes(code(text, published="2024-03-14"))
    assert not any(c[0] == "166" and c[1] == "RUS" and c[3] and c[3].startswith("2023-04") for c in found)


def test_months_after_counts_back_from_the_main_clause_day(code):
    text = (
        "Chad and France agreed on Sunday that French troops will leave by June 30, three months after "
        "Chad's government revoked a defence accord with Paris."
    )
    found = _codes(code(text, published="2024-05-20"))
    assert ("160", "TCD", "FRA", "2024-02") in found
    assert not any(c[0] == "160" and c[3] == "2024-05-19" for c in found)


def test_a_day_inside_a_month_on_the_same_verb_dates_the_act(code):
    text = (
        "Norway summoned Russia's ambassador for the third time this month on Wednesday over the "
        "detention of a Norwegian fisherman."
    )
    found = _codes(code(text, published="2024-03-14"))
    assert ("111", "NOR", "RUS", "2024-03-13") in found
    assert not any(c[0] == "111" and c[3] == "2024-03" for c in found)


def test_a_participle_shares_the_day_of_the_news_it_explains(code):
    text = (
        "BAMAKO, March 15 (Wire) — Mali's authorities have ordered two Algerian diplomats to leave "
        "within two days, accusing them of meddling in local politics, the foreign ministry said on Friday."
    )
    found = _codes(code(text, published="2024-03-15"))
    assert any(c[0].startswith("11") and c[3] == "2024-03-15" for c in found)


def test_a_date_header_line_is_not_the_day_of_the_news(code):
    text = (
        "Poland summons Belarusian envoy over border incident\n\n"
        "Friday, 15 March 2024 — Riverside Daily\n\n"
        "WARSAW — Poland's foreign ministry summoned the Belarusian charge d'affaires on Thursday over "
        "a helicopter that crossed the border.\n\n"
        "The ministry accused Belarusian authorities of provoking incidents and demanded an explanation."
    )
    found = _codes(code(text, published="2024-03-15"))
    assert ("112", "POL", "BLR", "2024-03-14") in found


def test_a_thing_expected_to_happen_names_no_party_expected_to_act(code):
    text = (
        "The minister said he expected the last credit lines with Dutch state banks, among them the "
        "export agency, to be approved by the autumn."
    )
    assert not any(e.root == "10" for e in code(text, published="2024-03-13"))
