"""A dyad's timeline rows read from the columns and JSON fields they show, not as whole records.

``bilat timeline`` of a busy dyad reads thousands of events; parsing each stored record into its pydantic
model was most of its time. The few fields a row shows that have no column of their own are extracted
by the database (SQLite ``json_extract``, PostgreSQL ``->>``), in the same order and with the same
filters as ``Store.events(between=...)`` and ``Store.facts(between=...)``, so the rows are the same.
"""

from __future__ import annotations

from sqlalchemy import select

from bilat.models import Event
from bilat.store import schema as s

_EVENT_FIELDS = ("date_precision", "date_basis", "modality", "evidence", "source_uri")
# A record always holds every field (written by ``model_dump``); were one without these two read, the
# model's defaults are what parsing it would give, where the database gives NULL.
_PRECISION = Event.model_fields["date_precision"].default
_MODALITY = Event.model_fields["modality"].default
_FACT_FIELDS = ("unit", "evidence", "source_uri")


def event_rows(conn, where) -> list[dict]:
    """Timeline rows of the events matching ``where``, ordered as ``Store.events`` orders them."""
    e = s.events.c
    query = (
        select(
            e.id,
            e.date,
            e.cameo,
            e.goldstein,
            e.source_name,
            e.target_name,
            *(e.data[name].as_string() for name in _EVENT_FIELDS),
        )
        .where(where)
        .order_by(e.date.is_(None), e.date, e.doc_id, e.id)
    )
    rows = conn.execute(query).all()
    return [
        {
            "kind": "event",
            "date": date,
            "date_precision": _PRECISION if precision is None else precision,
            "date_basis": basis,
            "code": cameo,
            "goldstein": goldstein,
            # target_name is NULL exactly when the event has no target (``store._event_row``)
            "what": f"{source} → {'?' if target is None else target}",
            "modality": _MODALITY if modality is None else modality,
            "evidence": evidence,
            "source_uri": uri,
            "id": id_,
        }
        for id_, date, cameo, goldstein, source, target, precision, basis, modality, evidence, uri in rows
    ]


def fact_rows(conn, parties: set[str]) -> list[dict]:
    """Timeline rows of the facts naming every one of ``parties``, ordered as ``Store.facts`` orders
    them (same statement shape, so facts tied on period and document keep their order too)."""
    f = s.facts.c
    query = select(f.id, f.kind, f.value, f.period_start, *(f.data[n].as_string() for n in _FACT_FIELDS))
    query = query.order_by(f.period_start, f.doc_id)
    for party in parties:
        query = query.where(f.id.in_(select(s.fact_parties.c.fact_id).where(s.fact_parties.c.party == party)))
    return [
        {
            "kind": "fact",
            "date": period_start,
            "date_precision": None,
            "date_basis": None,
            "code": kind,
            "goldstein": None,
            "what": f"{kind} {value:,.0f} {unit}",
            "modality": None,
            "evidence": evidence,
            "source_uri": uri,
            "id": id_,
        }
        for id_, kind, value, period_start, unit, evidence, uri in conn.execute(query)
    ]
