"""An act done in a statement takes the day the statement came out; a paragraph that opens on an occasion
told before dates its undated past acts by that occasion. Sentences written for these tests."""

from __future__ import annotations

LEAD = (
    "Kenya protests seizure of lorry\n\n"
    "NAIROBI — Kenya has protested to Uganda over the seizure of a lorry at the Busia crossing.\n\n"
    "The lorry was carrying maize. Its driver has been held since Sunday. Traders say the crossing is slow. "
    "Queues stretched for miles.\n\n"
)


def _dated(events):
    return {(e.root, e.source.country, e.target.country if e.target else None): e.date for e in events}


def test_a_rejection_in_a_statement_takes_the_statements_day(code):
    text = LEAD + "Kenya summoned the Ugandan ambassador on Tuesday.\n\n"
    text += "Uganda's foreign ministry rejected the protest in a statement released on Wednesday."
    dated = _dated(code(text, published="2023-05-12"))
    assert dated[("12", "UGA", "KEN")] == "2023-05-10"


def test_a_statement_without_a_publishing_verb_does_not_lend_its_clause_date(code):
    # "in a statement about the raid on Monday": the date is the raid's, not the rejection's.
    text = LEAD + "Uganda rejected the protest in a statement about the raid it carried out on Monday."
    dated = _dated(code(text, published="2023-05-12"))
    assert dated.get(("12", "UGA", "KEN")) != "2023-05-08"


def test_a_call_in_a_paragraph_opening_on_the_meeting_takes_its_day(code):
    text = LEAD + "Kenya summoned the Ugandan ambassador on Tuesday.\n\n"
    text += (
        "During the meeting, Deputy Foreign Minister Jane Wanjiru handed the ambassador a note of protest. "
        "She called on the Ugandan authorities to release the driver."
    )
    dated = _dated(code(text, published="2023-05-12"))
    assert dated[("02", "KEN", "UGA")] == "2023-05-09"


def test_a_quoted_today_is_the_day_of_the_saying_not_of_the_article(code):
    text = (
        "NAIROBI — Kenya summoned the Ugandan ambassador on Tuesday over the seizure of a lorry.\n\n"
        '"We demand the release of the driver today," Deputy Foreign Minister Jane Wanjiru told reporters.'
    )
    dated = _dated(code(text, published="2023-05-12"))
    assert dated[("10", "KEN", "UGA")] == "2023-05-09"


def test_an_unquoted_today_is_the_articles_day(code):
    dated = _dated(code("Kenya demanded today that Uganda release the driver.", published="2023-05-12"))
    assert dated[("10", "KEN", "UGA")] == "2023-05-12"


def test_a_day_that_names_a_thing_does_not_date_the_act(code):
    # "a row over Monday's election": Monday is the election's day, not the expulsion's.
    text = "Kenya has expelled Ugandan diplomats, deepening a row over the result of Monday's election."
    dated = _dated(code(text, published="2023-05-12"))
    assert dated[("16", "KEN", "UGA")] != "2023-05-08"


def test_a_day_that_names_the_acts_occasion_still_dates_it(code):
    dated = _dated(code("Kenya expelled Ugandan diplomats at Monday's meeting.", published="2023-05-12"))
    assert dated[("16", "KEN", "UGA")] == "2023-05-08"
