"""Currency names several states share (sentences of our own): "dirhams", "dinars", "pesos" take the
state their adjective, sentence or article gives, and stay unread when none or two could be theirs."""

from __future__ import annotations

from bilat.models import Document


def _money(pipeline, text: str):
    document = Document(id="d", source_uri="mem", text=text, published="2024-04-18")
    return [
        (q.original_value, q.original_unit) for q in pipeline.analyze(document).quantities if q.unit == "USD"
    ]


def test_a_moroccan_sentences_dirhams_are_moroccan(pipeline):
    text = "Moroccan exports to Senegal rose to 1.4 billion dirhams last year, the agency said."
    assert _money(pipeline, text) == [(1.4e9, "MAD")]


def test_the_adjective_names_the_dinar(pipeline):
    text = "Amman lent Baghdad 30 million Jordanian dinars for the pipeline, said minister Karim Haddad."
    assert _money(pipeline, text) == [(3e7, "JOD")]


def test_the_article_names_the_state_when_the_sentence_does_not(pipeline):
    text = (
        "Kenya and Ethiopia opened a new border post on Monday.\n\n"
        "Traders paid 2 million shillings in fees in its first week, officials said."
    )
    assert _money(pipeline, text) == [(2e6, "KES")]


def test_two_states_with_dinars_leave_the_sum_unread(pipeline):
    text = "Tunisia and Algeria signed a gas deal. The fund will hold 500 million dinars, officials said."
    assert _money(pipeline, text) == []


def test_dollars_are_us_dollars_unless_an_adjective_names_another(pipeline):
    assert _money(pipeline, "Canada will give Haiti 15 million dollars for schools.") == [(1.5e7, "USD")]
    assert _money(pipeline, "Ottawa will give Haiti 15 million Canadian dollars.") == [(1.5e7, "CAD")]
