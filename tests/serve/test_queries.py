from __future__ import annotations

from bilat.serve import queries
from bilat.store import open_store


def test_queries_overview_counts_and_dyads(built_store):
    with open_store(built_store) as store:
        data = queries.overview(store)
    assert data["counts"]["documents"] == 3
    assert data["counts"]["events"] >= 3
    assert {"a": "ETH", "b": "KEN"}.items() <= data["dyads"][0].items()


def test_queries_dyad_events_link_to_their_documents(built_store):
    with open_store(built_store) as store:
        data = queries.dyad(store, "ken", "eth")
        doc_ids = {d.id for d in store.documents()}
    assert data["a"] == "KEN" and data["events"]
    for event in data["events"]:
        assert event["doc_id"] in doc_ids and event["evidence"] and event["source_uri"]
        assert {event["source"]["country"], event["target"]["country"]} == {"KEN", "ETH"}
    dated = [e for e in data["events"] if e["plot_date"]]
    assert len(data["trend"]) == len({e["plot_date"] for e in dated})
    assert all(-10 <= t["trend"] <= 10 for t in data["trend"])


def test_queries_document_segments_rebuild_text_and_mark_spans(built_store):
    with open_store(built_store) as store:
        doc = next(d for d in store.documents() if "embassy" in d.text)
        data = queries.document(store, doc.id)
    assert "".join(s["text"] for s in data["segments"]) == doc.text
    classes = " ".join(s["classes"] for s in data["segments"])
    assert "event" in classes and "ent-GPE" in classes and "timex" in classes
    assert data["segments"][0]["anchor"] == 0


def test_queries_segments_nest_overlapping_spans():
    parts = queries.segments(
        "Ruto met Abiy today.", [(0, 20, "event", "e"), (0, 4, "ent", "p"), (14, 19, "timex", "t")], [0]
    )
    assert [(p["text"], p["classes"]) for p in parts] == [
        ("Ruto", "event ent"),
        (" met Abiy ", "event"),
        ("today", "event timex"),
        (".", "event"),
    ]


def test_queries_search_filters(built_store):
    with open_store(built_store) as store:
        plain = queries.search(store, "embassy")
        assert plain and all("embassy" in h.text.lower() for h in plain)
        assert "[embassy]" in plain[0].snippet
        assert queries.search(store, "embassy", between=("KEN", "ETH"))
        assert queries.search(store, "embassy", since="2024-06-01", until="2024-06-30")
        assert queries.search(store, "embassy", since="2025-01-01") == []
        assert queries.search(store, "embassy", code="19") == []
        assert queries.search(store, "   ") == []
