"""Precision of the event coder: a headline's misread answer and a quoted trade figure are not acts.
Sentences written for these tests."""

from __future__ import annotations


def _dated(events):
    return {(e.root, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_headline_answer_retold_later_is_not_kept_on_the_lead_day(code):
    events = code(
        "Peru expels three Chilean diplomats, Santiago promises firm answer\n\n"
        "Peru on Monday ordered three Chilean diplomats to leave within seven days.\n\n"
        "Chile's foreign minister warned on Wednesday that Santiago would expel Peruvian diplomats "
        "in return.",
        published="2023-05-11",
    )
    threats = {d for d in _dated(events) if d[0] == "13" and d[1] == "CHL"}
    assert threats
    # The threat is Wednesday's, told by the body; the headline's copy on Monday is gone.
    assert all(d[3] == "2023-05-10" for d in threats)


def test_headline_act_the_body_tells_on_no_day_of_its_own_is_kept(code):
    events = code(
        "Peru expels three Chilean diplomats\n\nThe row has grown over recent months.",
        published="2023-05-11",
    )
    assert any(d[0] == "16" and d[1] == "PER" and d[2] == "CHL" for d in _dated(events))


def test_quoted_trade_figure_is_no_statement(code):
    events = code("Trade between Peru and Chile grew 9 percent last year, the Peruvian embassy said.")
    assert not any(d[0] == "01" for d in _dated(events))


def test_saying_with_a_message_to_the_other_side_stays_a_statement(code):
    events = code("Peru's foreign minister said on Monday that Chile must withdraw its troops.")
    assert any(d[1] == "PER" and d[2] == "CHL" for d in _dated(events))


def _statements(events):
    return {d for d in _dated(events) if d[0] == "01" and d[2] is not None}


def test_pair_named_only_inside_a_quotation_gives_no_addressee(code):
    events = code(
        "Peru's trade minister met Chile's foreign minister in Santiago on Monday.\n\n"
        '"Our two nations share the same ocean and the same worries," Peru\'s minister said.'
    )
    assert not _statements(events)


def test_saying_what_both_sides_will_do_is_told_to_neither(code):
    events = code(
        "Peru's trade minister met Chile's foreign minister in Santiago on Monday.\n\n"
        "Peru's minister said the two countries would jointly apply for funds from the development bank."
    )
    assert not _statements(events)


def test_statement_about_relations_still_addresses_the_partner(code):
    events = code(
        "Peru's trade minister met Chile's foreign minister in Santiago on Monday.\n\n"
        "Peru's minister said relations between the two countries had never been better."
    )
    assert ("01", "PER", "CHL") in {d[:3] for d in _statements(events)}


def test_only_a_body_act_days_from_the_headline_retells_it():
    from bilat.extract.events import _retold_near

    assert _retold_near("2023-05-10", {"2023-05-12"})
    # An agreement of the same sides years before is background, not the headline's act told again.
    assert not _retold_near("2023-05-10", {"2015", "2019-03-02"})
    assert not _retold_near("2023-05-10", {"2023-05-10"})
