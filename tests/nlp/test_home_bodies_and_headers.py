"""State bodies named without their state (``bilat.nlp.actors``, ``bilat.nlp.body_acts``), the dateline
below a story's header lines (``bilat.nlp.context``), names the model cut or misread
(``bilat.nlp.body_names``) and firms a common noun describes (``bilat.nlp.bodies``). Invented sentences."""

from __future__ import annotations

from spacy.tokens import Span

from bilat.nlp.actors import recognize_actors

HEADER = "Coastal Herald\n\nPosted: Monday, 3 March 2025\n\nFerry row deepens as talks stall\n\n"


def _organisations(nlp, resources, text, published="2025-03-03"):
    index = recognize_actors(nlp(text), resources, published)
    return {a.name: a.country for a in index.actors if a.kind == "organisation"}, index


def test_a_dateline_after_masthead_date_and_headline_lines_is_read(nlp, resources):
    text = HEADER + (
        "OSLO — Norway and Denmark agreed on Monday to share the cost of a new ferry route across the "
        "Skagerrak, and both governments said the first sailings would start before the end of the year."
    )
    _bodies, index = _organisations(nlp, resources, text)
    assert index.context is not None and index.context.country == "NOR"


def test_a_capital_inside_the_story_is_no_dateline(nlp, resources):
    long_lead = (
        "Norway and Denmark agreed on Monday to share the cost of a new ferry route across the Skagerrak, "
        "and both governments said the first sailings would start before the end of the year."
    )
    text = HEADER + long_lead + "\n\nOSLO — Officials gave no figure for the cost."
    _bodies, index = _organisations(nlp, resources, text)
    assert index.context is None


def test_a_court_named_without_its_state_is_the_datelines(nlp, resources):
    text = (
        "DUBLIN — Ireland and Portugal signed a fisheries accord on Tuesday, hours after the Supreme Court "
        "dismissed a challenge to the quota system brought by two trawler owners."
    )
    bodies, _index = _organisations(nlp, resources, text)
    assert bodies.get("Supreme Court") == "IRL"


def test_an_international_court_is_no_states(nlp, resources):
    text = (
        "DUBLIN — Ireland will ask the European Court to rule on the quota dispute, the foreign minister "
        "said on Tuesday."
    )
    bodies, _index = _organisations(nlp, resources, text)
    assert "IRL" not in {c for n, c in bodies.items() if "Court" in n}


def test_a_protection_authority_is_a_state_body(nlp, resources):
    text = (
        "WELLINGTON — New Zealand and Fiji agreed on Thursday to patrol their fishing grounds together. "
        "Fiji's boats landed 3,000 tonnes of tuna in New Zealand waters last year, according to the "
        "Marine Protection Authority."
    )
    bodies, _index = _organisations(nlp, resources, text)
    assert bodies.get("Marine Protection Authority") == "NZL"


def test_a_department_acting_on_the_datelines_own_people_gets_no_state(nlp, resources):
    text = (
        "LUSAKA — Relations between Zambia and Botswana soured on Monday over the treatment of traders. The "
        "Department of Immigration Control said 85 Zambians had been deported through Kazungula last week."
    )
    bodies, _index = _organisations(nlp, resources, text)
    assert bodies.get("Department of Immigration Control", "absent") in {None, "absent"}


def test_a_department_citing_a_home_figure_is_the_datelines(nlp, resources):
    text = (
        "LUSAKA — Zambia and Botswana renewed their labour agreement on Monday. About 9,000 Zambians work "
        "in Botswana, according to the Department of Labour Migration."
    )
    bodies, _index = _organisations(nlp, resources, text)
    assert bodies.get("Department of Labour Migration") == "ZMB"


def test_a_federal_department_is_the_one_federation_of_the_pair(nlp, resources):
    text = (
        "Austria and Italy disagree over the tunnel tolls. A spokesman for the Federal Department of "
        "Transport said Austria would not lower them before 2027."
    )
    bodies, _index = _organisations(nlp, resources, text)
    assert bodies.get("Federal Department of Transport") == "AUT"


def test_a_common_noun_body_is_named_with_its_states_possessive(nlp, resources):
    text = "Ghana's navy detained nine Togolese fishermen off Keta on Friday."
    bodies, index = _organisations(nlp, resources, text)
    navy = [a for a in index.actors if a.kind == "organisation" and "navy" in [a.name, *a.aliases]]
    assert navy, bodies
    assert all(a.country == "GHA" for a in navy)
    assert any(a.name == "Ghana's navy" for a in navy) or "Ghana's navy" in {
        alias for a in navy for alias in a.aliases
    }


def test_a_portfolio_with_its_article_ends_a_ministrys_name(nlp, resources):
    text = (
        "CORK — Catches of mackerel fell by a fifth, Ireland's Department of Tourism, Culture and the "
        "Gaeltacht said in a statement on Monday."
    )
    bodies, _index = _organisations(nlp, resources, text)
    assert any(name.endswith("and the Gaeltacht") for name in bodies), bodies


def test_a_firm_described_without_a_nationality_is_the_datelines(nlp, resources):
    text = (
        "SOFIA, May 3 — Bulgaria will raise transit fees next year. About 4 billion cubic metres of gas "
        "crossed the country in 2024, according to data from the operator Balkangaz."
    )
    bodies, _index = _organisations(nlp, resources, text)
    assert bodies.get("Balkangaz") == "BGR"


def test_a_firm_in_apposition_with_a_hyphenated_name(nlp, resources):
    text = (
        "VILNIUS — Lithuania imported more liquefied gas last year, according to the terminal operator, "
        "Klai-Terminal. The port expects more ships this year."
    )
    bodies, _index = _organisations(nlp, resources, text)
    assert bodies.get("Klai-Terminal") == "LTU"


def test_a_bank_named_in_one_word_the_model_read_as_a_place(nlp, resources):
    doc = nlp("Loans from Slovakia's Agrobank will finance the new grain silos, the minister said.")
    bank = next(t for t in doc if t.text == "Agrobank")
    # The model may read such a word as a place: the name is a bank's whatever its label.
    kept = [e for e in doc.ents if bank.i not in range(e.start, e.end)]
    doc.ents = [*kept, Span(doc, bank.i, bank.i + 1, "GPE")]
    index = recognize_actors(doc, resources, "2025-03-03")
    bodies = {a.name: (a.country, a.sector) for a in index.actors if a.kind == "organisation"}
    assert bodies.get("Agrobank") == ("SVK", "BUS")


def test_a_court_where_a_party_goes_to_law_gets_no_state_from_the_dateline(nlp, resources):
    text = (
        "VIENNA, June 2 — Austria and Slovenia signed a border accord on Monday. Slovenia's opposition said "
        "it would challenge the accord in the Supreme Court."
    )
    bodies, _index = _organisations(nlp, resources, text)
    assert bodies.get("Supreme Court") != "AUT"
