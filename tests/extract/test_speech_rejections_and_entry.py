"""Charges a speaker dismisses are a rejection (CAMEO 12) of the side that made them, whether the
speaker names them ("called the allegations baseless") or says what they are ("said the accusations
were absurd"); a statement read out on a day dates the rejection its speaker goes on to; travellers
refused entry are coerced (17), not a proposal rejected. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_charges_said_to_be_absurd_are_rejected(code):
    events = code(
        "Norway expelled two Russian diplomats on Monday. "
        'A Russian spokesman said on Tuesday that the accusations were "absurd and invented".'
    )
    assert ("12", "RUS", "NOR") in _brief(events)


def test_rejected_charges_stay_with_the_pair_when_a_third_state_is_named(code):
    events = code(
        "Norway expelled two Russian diplomats on Monday. "
        'A Russian spokesman on Tuesday called the allegations "baseless" and said London had pushed Oslo.'
    )
    brief = _brief(events)
    assert ("12", "RUS", "NOR") in brief
    assert not any(root == "12" and target == "GBR" for root, _, target in brief)


def test_a_report_called_accurate_is_no_rejection(code):
    events = code(
        "Chile and Peru argued on Monday. The Chilean minister said on Monday that the report was accurate."
    )
    assert not any(e.root in {"11", "12"} and e.trigger == "said" for e in events)


def test_a_statement_read_on_a_day_dates_the_rejection_that_follows(code):
    events = code(
        "Togo summoned Ghana's ambassador on Monday after Ghanaian soldiers killed three Togolese farmers. "
        "Ghana's account differs. In a statement read on national television on Tuesday, Defence Minister "
        'Kofi Mensah of Ghana said the soldiers had been attacked. He rejected the Togolese account as "a '
        'distortion of the facts".',
        published="2023-05-10",
    )
    rejections = [e for e in events if e.root == "12" and e.source.country == "GHA"]
    assert rejections and all(e.date == "2023-05-09" for e in rejections)


def test_refused_entry_is_a_coercion_of_the_travellers_side(code):
    events = code(
        "Moldova and Romania argued on Sunday. Romanian border police refused entry to three Moldovan "
        "journalists at Iasi airport on Sunday."
    )
    brief = _brief(events)
    assert ("17", "ROU", "MDA") in brief
    assert ("12", "ROU", "MDA") not in brief
