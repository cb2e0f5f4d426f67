"""Read-only views the web page, the report and the JSON API share, built on ``Store`` methods.

Every function returns plain dicts (JSON-ready); every event, fact and hit keeps its evidence sentence,
the document it came from and the sentence index, so a page can always link a record to its source.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

from bilat.models import Document, Event, Fact, SearchHit, period_label
from bilat.store import Store

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
TREND_WINDOW = 5
# How a page says where an event's date came from (``Event.date_basis``).
BASIS_SHOWN = {
    "text": "from the text",
    "context": "from the context",
    "publication": "publication date",
}


TITLE_WORDS = 12


def display_title(doc: Document) -> str:
    """The headline, else the opening words of the text: a reader knows a story by them, not by a path."""
    if doc.title:
        return doc.title
    words = doc.text.split()
    opening = " ".join(words[:TITLE_WORDS])
    return opening + ("…" if len(words) > TITLE_WORDS else "") if words else doc.source_uri


def _doc_meta(doc: Document | None) -> dict[str, Any]:
    if doc is None:
        return {"title": None, "source_uri": None, "published": None}
    return {"title": display_title(doc), "source_uri": doc.source_uri, "published": doc.published}


def event_view(event: Event, docs: dict[str, Document]) -> dict[str, Any]:
    """An event as the pages show it. ``plot_date`` is the event's date, else the date its document was
    published (``plot_basis`` says which): the chart needs a position, the record keeps ``date``.
    ``date_basis`` (text, context, publication) is the event's own: where its date came from."""
    row = event.model_dump(mode="json")
    doc = docs.get(event.doc_id)
    meta = _doc_meta(doc)
    row["doc_title"] = meta["title"]
    row["source_uri"] = row.get("source_uri") or meta["source_uri"]
    row["published"] = meta["published"]
    row["quad_label"] = QUADS.get(event.quad, str(event.quad))
    plot = event.date or (doc.published if doc else None)
    row["plot_date"] = _full_date(plot) if plot else None
    row["plot_basis"] = "event" if event.date else ("published" if plot else None)
    basis = BASIS_SHOWN.get(event.date_basis or "", "from the text")
    row["date_shown"] = (
        f"{period_label(event.date, event.date_precision)} ({basis})"
        if event.date
        else (f"unknown (reported {doc.published})" if doc and doc.published else "unknown")
    )
    row["label"] = f"{event.source.name} → {event.target.name if event.target else '?'}"
    return row


def fact_view(fact: Fact, docs: dict[str, Document]) -> dict[str, Any]:
    row = fact.model_dump(mode="json")
    meta = _doc_meta(docs.get(fact.doc_id))
    row["doc_title"] = meta["title"]
    row["source_uri"] = row.get("source_uri") or meta["source_uri"]
    return row


def _full_date(value: str) -> str:
    """A partial ISO date placed at the start of its period, for plotting only ("2021-07" → 2021-07-01)."""
    parts = value.split("-")
    if not parts[0].isdigit():
        return value
    return "-".join([parts[0], *([*parts[1:], "01", "01"])[:2]])


def _trend(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Moving mean of Goldstein over the last few dated events, one point per date (the value after the
    day's last event): the dyad's warmth over time."""
    dated = sorted((e for e in events if e["plot_date"]), key=lambda e: e["plot_date"])
    by_date: dict[str, float] = {}
    scores: list[float] = []
    for e in dated:
        scores.append(e["goldstein"])
        recent = scores[-TREND_WINDOW:]
        by_date[e["plot_date"]] = round(sum(recent) / len(recent), 2)
    return [{"plot_date": d, "trend": t} for d, t in by_date.items()]


def busiest_dyad(store: Store) -> tuple[str, str] | None:
    """The country pair with the most events (alphabetical on a tie); None when there is none."""
    dyads = store.dyad_totals()
    if not dyads:
        return None
    return min(dyads, key=lambda pair: (-dyads[pair][0], pair))


def overview(store: Store) -> dict[str, Any]:
    documents = store.documents()
    counts = store.counts()
    dyads = store.dyad_totals()
    return {
        "counts": {"documents": len(documents), **store.totals()},
        "documents": [
            {
                "id": d.id,
                "title": display_title(d),
                "source_uri": d.source_uri,
                "published": d.published,
                "outlet": d.outlet,
                "events": counts.get(d.id, {}).get("events", 0),
                "facts": counts.get(d.id, {}).get("facts", 0),
            }
            for d in documents
        ],
        "dyads": sorted(
            (
                {"a": a, "b": b, "events": count, "goldstein": round(total / count, 2)}
                for (a, b), (count, total) in dyads.items()
            ),
            key=lambda d: (-d["events"], d["a"], d["b"]),
        ),
    }


def dyad(store: Store, a: str, b: str, since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """A dyad's events (chart and list), facts, and the documents they come from."""
    a, b = a.upper() if len(a) == 3 else a, b.upper() if len(b) == 3 else b
    docs = {d.id: d for d in store.documents()}
    events = [event_view(e, docs) for e in store.events(between=(a, b), since=since, until=until)]
    facts = [fact_view(f, docs) for f in store.facts(between=(a, b))]
    used = {e["doc_id"] for e in events} | {f["doc_id"] for f in facts}
    quads = Counter(e["quad"] for e in events)
    return {
        "a": a,
        "b": b,
        "events": events,
        "trend": _trend(events),
        "facts": facts,
        "quads": {QUADS[q]: quads.get(q, 0) for q in QUADS},
        "goldstein": round(sum(e["goldstein"] for e in events) / len(events), 2) if events else None,
        "documents": [
            {"id": i, **_doc_meta(docs[i])} for i in sorted(used, key=lambda i: docs[i].source_uri)
        ],
    }


def known_side(store: Store, side: str) -> bool:
    """A side of a dyad bilat can speak of: an ISO 3166 alpha-3 code, or a country or actor stored."""
    if len(side) == 3 and side.isalpha():
        import pycountry

        if pycountry.countries.get(alpha_3=side.upper()) is not None:
            return True
        return any(a.country == side.upper() for a in store.actors())
    return bool(store.events(actor=side)) or any(side.lower() == a.name.lower() for a in store.actors())


def actor(store: Store, actor_id: str) -> dict[str, Any] | None:
    found = [x for x in store.actors() if x.id == actor_id]
    if not found:
        return None
    person = found[0]
    docs = {d.id: d for d in store.documents()}
    events = [event_view(e, docs) for e in store.events(actor=person.name)]
    roles = Counter(
        (e["source"] if e["source"]["name"] == person.name else e["target"] or {}).get("role") for e in events
    )
    return {
        "actor": person.model_dump(mode="json"),
        "roles": sorted(r for r in roles if r) or ([person.role] if person.role else []),
        "events": events,
        "documents": [{"id": i, **_doc_meta(docs[i])} for i in sorted({e["doc_id"] for e in events})],
    }


def actors(store: Store) -> list[dict[str, Any]]:
    return [a.model_dump(mode="json") for a in store.actors()]


def document(store: Store, doc_id: str, cited: tuple[int, int] | None = None) -> dict[str, Any] | None:
    """A document with its text cut into segments, each carrying the highlight classes of the spans
    (events' evidence, entities, time expressions, and the sentence an answer ``cited``) that cover it,
    from the stored character offsets."""
    analysis = store.analysis(doc_id)
    if analysis is None:
        return None
    text = analysis.document.text
    spans: list[tuple[int, int, str, str]] = []
    for e in analysis.events:
        spans.append(
            (
                e.start,
                e.end,
                "event",
                f"event {e.cameo} {e.source.name} → {e.target.name if e.target else '?'}",
            )
        )
    for m in analysis.entities:
        spans.append(
            (m.start, m.end, f"ent ent-{m.label}", f"{m.label}" + (f" {m.country}" if m.country else ""))
        )
    for t in analysis.timexes:
        spans.append((t.start, t.end, "timex", f"{t.type} {t.value}"))
    # The cited sentence is cut at its bounds, so that whole segments make it up (one <mark> on the page).
    bounds = [s.start for s in analysis.sentences] + (list(cited) if cited else [])
    docs = {doc_id: analysis.document}
    return {
        "document": analysis.document.model_dump(mode="json"),
        "segments": [
            {**segment, "cited": bool(cited) and cited[0] <= segment["start"] < cited[1]}
            for segment in segments(text, spans, bounds, [s.start for s in analysis.sentences])
        ],
        "events": [event_view(e, docs) for e in analysis.events],
        "facts": [fact_view(f, docs) for f in analysis.facts],
        "entities": [m.model_dump(mode="json") for m in analysis.entities],
        "timexes": [t.model_dump(mode="json") for t in analysis.timexes],
        "actors": [a.model_dump(mode="json") for a in analysis.actors],
    }


def segments(
    text: str, spans: list[tuple[int, int, str, str]], cuts_at: list[int], anchors: list[int] | None = None
) -> list[dict[str, Any]]:
    """Cut ``text`` at every span boundary and at ``cuts_at``: [{text, classes, titles, anchor, start}]
    in order, no overlaps; ``anchors`` (default ``cuts_at``) are the sentence starts."""
    anchors = cuts_at if anchors is None else anchors
    n = len(text)
    valid = [(max(0, s), min(n, e), c, t) for s, e, c, t in spans if 0 <= s < e <= n]
    cuts = sorted(
        {
            0,
            n,
            *(s for s, _, _, _ in valid),
            *(e for _, e, _, _ in valid),
            *(a for a in cuts_at if 0 <= a <= n),
        }
    )
    sentence_at = {a: i for i, a in enumerate(anchors)}
    out = []
    for left, right in itertools.pairwise(cuts):
        covering = [(c, t) for s, e, c, t in valid if s <= left and right <= e]
        out.append(
            {
                "text": text[left:right],
                "classes": " ".join(dict.fromkeys(c for c, _ in covering)),
                "title": "; ".join(dict.fromkeys(t for _, t in covering)),
                "anchor": sentence_at.get(left),
                "start": left,
            }
        )
    return out


def facts_and_conflicts(store: Store) -> dict[str, Any]:
    docs = {d.id: d for d in store.documents()}
    conflicts = []
    for c in store.conflicts():
        row = c.model_dump(mode="json")
        for claim in row["claims"]:
            claim["doc_title"] = _doc_meta(docs.get(claim["doc_id"]))["title"]
        conflicts.append(row)
    return {"facts": [fact_view(f, docs) for f in store.facts()], "conflicts": conflicts}


def search(
    store: Store,
    query: str,
    *,
    actor: str | None = None,
    between: tuple[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    code: str | None = None,
    limit: int = 20,
) -> list[SearchHit]:
    """Full-text hits, ranked by the store. Filters keep hits from documents that have an event matching
    the actor / country pair / CAMEO code; the date range applies to the document's published date."""
    if not query.strip():
        return []
    filtered = any((actor, between, code, since, until))
    hits = store.search(query, limit=limit * 10 if filtered else limit)
    if actor or between or code:
        wanted = {e.doc_id for e in store.events(between=between, actor=actor, code=code)}
        hits = [h for h in hits if h.doc_id in wanted]
    if since:
        hits = [h for h in hits if h.published and h.published >= since]
    if until:
        hits = [h for h in hits if h.published and h.published <= until + "\uffff"]
    return hits[:limit]
