"""A claim of a deed of the claimant's own side is a claim of responsibility (015), not an allegation
against whom the deed was done to; a claim of another's deed stays an allegation. A lead sentence in the
present progressive tells the news of the day and is dated by it. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_claiming_ones_own_strike_is_claiming_responsibility(code):
    events = code("The Chilean government claimed that they had shelled Peru.")
    assert ("015", "CHL", "PER") in _brief(events)
    assert not any(e.root == "11" for e in events)


def test_claiming_a_deed_of_ones_own_forces_is_claiming_responsibility(code):
    events = code("Norway claimed that its navy had seized a Danish trawler.")
    assert ("015", "NOR", "DNK") in _brief(events)
    assert not any(e.root == "11" for e in events)


def test_claiming_another_states_deed_stays_an_allegation(code):
    events = code("Chile claimed that Peru had bombed its border posts.")
    assert ("110", "CHL", "PER") in _brief(events)
    assert not any(e.cameo == "015" for e in events)


def test_claiming_to_have_been_attacked_is_no_claim_of_responsibility(code):
    events = code("Chile claimed that it had been attacked by Peru.")
    assert not any(e.cameo == "015" for e in events)


def test_a_lead_in_the_present_progressive_is_dated_by_the_news_day(code):
    events = code("Peru is conducting military exercises in Bolivia.", published="2023-05-10")
    drills = [e for e in events if e.root == "15"]
    assert drills and drills[0].date == "2023-05-10"


def test_a_perfect_progressive_lead_is_not_dated_by_the_news_day(code):
    events = code("Peru has been conducting military exercises in Bolivia.", published="2023-05-10")
    assert not any(e.root == "15" and e.date == "2023-05-10" for e in events)
