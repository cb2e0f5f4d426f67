"""The lead's news day is the day of its own act, not a day inside the thing the act is about (a charge
after "of", an infinitive on a noun, an "after" clause); a joint dateline's date is the report's day. Texts
written for these tests."""

from __future__ import annotations

from bilat.models import Document


def _dates(pipeline, text: str, published: str, trigger: str) -> set[str | None]:
    events = pipeline.analyze(Document(id="t", source_uri="mem", text=text, published=published)).events
    return {e.date for e in events if e.trigger == trigger}


def test_a_charge_of_an_overnight_act_leaves_the_news_day_to_the_publication(pipeline):
    text = (
        "Estonia accuses Latvia of overnight incursion\n\n"
        "Estonia accused Latvia of flying a drone over Valga overnight, the ministry said.\n\n"
        "Tallinn also demanded an explanation from Riga."
    )
    assert _dates(pipeline, text, "2024-03-14", "demanded") == {"2024-03-14"}


def test_a_decision_to_close_a_crossing_dates_the_closure_not_the_rejection(pipeline):
    text = (
        "Uruguay rejects the decision of the Argentine authorities to close the Fray Bentos bridge on "
        "Saturday.\n\n"
        "Uruguay calls on Argentina to reopen the bridge."
    )
    assert _dates(pipeline, text, "2024-06-11", "calls") == {"2024-06-11"}


def test_an_agreement_signed_on_a_day_is_still_the_news(pipeline):
    text = (
        "MONTEVIDEO — Brazil will lend Uruguay 90 million USD for a rail line under an agreement signed on "
        "Monday.\n\n"
        "The two governments also agreed to study a second line."
    )
    assert _dates(pipeline, text, "2024-06-12", "agreed") == {"2024-06-10"}


def test_a_joint_dateline_is_the_report_day(pipeline):
    text = (
        "SOFIA/ATHENS, May 9 (Balkan Desk) — Bulgaria expelled a Greek diplomat on Tuesday, the foreign "
        "ministry said."
    )
    assert _dates(pipeline, text, "2024-05-09", "expelled") == {"2024-05-07"}


def test_a_protest_of_a_detention_by_named_guards_is_not_dated_by_the_detention_day(pipeline):
    text = "Armenia protested the detention of three Armenian shepherds by Georgian border guards on Sunday."
    assert _dates(pipeline, text, "2024-07-10", "protested") == {"2024-07-10"}
