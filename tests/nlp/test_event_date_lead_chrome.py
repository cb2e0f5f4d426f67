"""Lines above a story that close with no stop (a byline, a row of share buttons, a dateline the parser
cuts off) push no story sentence out of the lead: its acts are the news day's. Text written for this test."""

from __future__ import annotations

from bilat.models import Document


def test_lead_act_below_byline_and_share_line_is_dated(pipeline):
    text = (
        "Portugal expels two Moldovan diplomats over forged visas\n\n"
        "— by Rui Pinto, Lisbon correspondent, Atlantic Herald\n\n"
        "Share  Tweet  Email  Print\n\n"
        "LISBON — Portugal ordered two Moldovan diplomats to leave the country on Tuesday, accusing them of "
        "selling forged visas, and Chisinau promised a response.\n\n"
        "The foreign ministry said the two men had been declared persona non grata."
    )
    events = pipeline.analyze(Document(id="t", source_uri="mem", text=text, published="2024-02-07")).events
    ordered = [e for e in events if e.trigger == "ordered"]
    assert ordered and ordered[0].source.country == "PRT" and ordered[0].target.country == "MDA"
    assert ordered[0].date == "2024-02-06"
