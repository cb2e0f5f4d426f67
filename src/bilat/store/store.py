"""The store: SQLite by default (WAL, FTS5), PostgreSQL for teams — one document per transaction.

Readers return the pydantic records of ``bilat.models``; no SQL row leaves this module.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, Text, and_, create_engine, event, func, insert, or_, select, text, type_coerce
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from bilat.models import (
    Actor,
    Analysis,
    Claim,
    Conflict,
    Document,
    Event,
    Fact,
    Mention,
    Quantity,
    SearchHit,
    Sentence,
    Timex,
)
from bilat.store import schema as s
from bilat.store import timeline
from bilat.store.bulk import add_actors, add_fact_parties, fill_fact_parties
from bilat.store.checks import StoreError, check_sqlite_file, report_damage
from bilat.store.columns import add_missing_columns
from bilat.store.indexes import create_missing_indexes
from bilat.store.partitions import actor_from_row
from bilat.store.search import search_sentences, setup_search
from bilat.store.windows import add_fact_windows, fill_fact_windows

# Any fixed 64-bit number: the advisory lock that serialises schema creation on a PostgreSQL server.
_SCHEMA_LOCK = 0x62696C6174


def store_url(location: str | Path) -> str:
    text_location = str(location)
    if text_location.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text_location.split("://", 1)[1]
    if "://" in text_location:
        return text_location
    return f"sqlite:///{Path(text_location).expanduser()}"


class Store:
    def __init__(self, location: str | Path, *, create: bool = True) -> None:
        """Open the store at ``location``; ``create=False`` (every read) refuses to make a new one."""
        self.location = str(location)
        url = store_url(location)
        if url.startswith("sqlite:///"):
            check_sqlite_file(Path(url.removeprefix("sqlite:///")), create=create)
        self.engine: Engine = create_engine(url, future=True)
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            report_damage(self.engine, self.location)
        try:
            self._prepare(create)
        except (DatabaseError, OperationalError) as error:
            self.engine.dispose()
            reason = str(error.orig).splitlines()[0] if error.orig else str(error)
            raise StoreError(f"{self.location}: cannot open store ({reason})") from None

    def _prepare(self, create: bool) -> None:
        if self.dialect == "postgresql":
            # PostgreSQL's DDL is transactional: concurrent first opens take one lock, and the second
            # finds every table, index and the version row made ("CREATE ... IF NOT EXISTS" alone races
            # on the catalogue's unique keys).
            with self.engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
                tables = self._check_tables(conn, create)
                s.metadata.create_all(conn)
                self._finish(conn, tables)
            return
        with self.engine.begin() as conn:
            tables = self._check_tables(conn, create)
        # Concurrent first opens of one SQLite file race to create tables; the loser finds them made.
        try:
            s.metadata.create_all(self.engine)
        except (IntegrityError, OperationalError, DatabaseError):
            if not set(self.engine.dialect.get_table_names(self.engine.connect())) >= set(s.metadata.tables):
                raise
        with self.engine.begin() as conn:
            self._finish(conn, tables)

    def _check_tables(self, conn, create: bool) -> set[str]:
        tables = set(self.engine.dialect.get_table_names(conn))
        if tables and "meta" not in tables:
            raise StoreError(f"{self.location}: not a bilat store (it has other tables); left untouched")
        if not create and "meta" not in tables:
            raise StoreError(f"{self.location}: no bilat store here; build one first with bilat build")
        if "meta" in tables:
            version = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema_version")).scalar()
            # None: another process made the tables a moment ago and writes the version next.
            if version is not None and version != str(s.SCHEMA_VERSION):
                raise StoreError(
                    f"{self.location}: store schema version {version}, this bilat reads {s.SCHEMA_VERSION}"
                )
        return tables

    def _finish(self, conn, tables: set[str]) -> None:
        if "facts" in tables and "fact_parties" not in tables:
            fill_fact_parties(conn)  # a store from before the table: its facts, once
        if "facts" in tables and "fact_windows" not in tables:
            fill_fact_windows(conn)  # likewise reconcile's keys of its facts
        add_missing_columns(conn)
        create_missing_indexes(conn)
        setup_search(conn, self.dialect)
        _insert_ignore(
            conn, self.dialect, s.meta, [{"key": "schema_version", "value": str(s.SCHEMA_VERSION)}]
        )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(s.documents.c.id).where(s.documents.c.id == doc_id)).first() is not None
            )

    def add_analysis(self, analysis: Analysis) -> bool:
        """Write a document and all its records in one transaction; False when it was stored already."""
        return self.add_analyses([analysis])[0]

    def add_analyses(self, analyses: list[Analysis]) -> list[bool]:
        """Write documents and their records in ONE transaction (the build's writer commits in batches);
        for each, False when it was stored already. Each is marked pending for reconcile."""
        with self.engine.begin() as conn:
            return [self._write(conn, analysis) for analysis in analyses]

    def _write(self, conn, analysis: Analysis) -> bool:
        doc = analysis.document
        inserted = _insert_ignore(
            conn,
            self.dialect,
            s.documents,
            [
                {
                    "id": doc.id,
                    "source_uri": doc.source_uri,
                    "published": doc.published,
                    "outlet": doc.outlet,
                    "author": doc.author,
                    "title": doc.title,
                    "data": doc.model_dump(mode="json"),
                }
            ],
        )
        if not inserted:
            return False
        rows = [
            {
                "doc_id": doc.id,
                "idx": x.index,
                "start": x.start,
                "end": x.end,
                "paragraph": x.paragraph,
                "text": x.text,
            }
            for x in analysis.sentences
        ]
        if rows:
            conn.execute(insert(s.sentences), rows)
            setup_search(conn, self.dialect, rows=rows)
        conn.execute(
            insert(s.annotations),
            [
                {
                    "doc_id": doc.id,
                    "entities": [m.model_dump(mode="json") for m in analysis.entities],
                    "timexes": [t.model_dump(mode="json") for t in analysis.timexes],
                    "quantities": [q.model_dump(mode="json") for q in analysis.quantities],
                }
            ],
        )
        add_actors(conn, self.dialect, doc.id, analysis.actors)
        if analysis.events:
            conn.execute(insert(s.events), [_event_row(e) for e in analysis.events])
        if analysis.facts:
            conn.execute(
                insert(s.facts),
                [
                    {
                        "id": f.id,
                        "doc_id": doc.id,
                        "kind": f.kind,
                        "value": f.value,
                        "period_start": f.period_start,
                        "period_end": f.period_end,
                        "data": f.model_dump(mode="json"),
                    }
                    for f in analysis.facts
                ],
            )
            add_fact_parties(conn, analysis.facts)
            add_fact_windows(conn, analysis.facts, doc.published)
        if analysis.claims:
            conn.execute(
                insert(s.claims),
                [
                    {
                        "doc_id": doc.id,
                        "attribute": c.attribute,
                        "value": c.value,
                        "data": c.model_dump(mode="json"),
                    }
                    for c in analysis.claims
                ],
            )
        conn.execute(insert(s.pending), [{"doc_id": doc.id}])
        return True

    # --- reading ----------------------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.documents.c.data).order_by(s.documents.c.source_uri)).scalars()
            return [Document.model_validate(r) for r in rows]

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.documents.c.data).where(s.documents.c.id == doc_id)).scalar()
            return Document.model_validate(row) if row else None

    def counts(self) -> dict[str, dict[str, int]]:
        """Per document: how many events and facts it gave."""
        out: dict[str, dict[str, int]] = {}
        with self.engine.connect() as conn:
            for table, name in ((s.events, "events"), (s.facts, "facts")):
                for doc_id, n in conn.execute(select(table.c.doc_id, func.count()).group_by(table.c.doc_id)):
                    out.setdefault(doc_id, {})[name] = n
        return out

    def totals(self) -> dict[str, int]:
        """How many events, facts, actors (canonical) and conflicts the store holds, counted in SQL."""
        a = s.actors.c
        canonical = or_(a.canonical_id.is_(None), a.canonical_id == a.id)
        queries = {
            "events": select(func.count()).select_from(s.events),
            "facts": select(func.count()).select_from(s.facts),
            "actors": select(func.count()).select_from(s.actors).where(canonical),
            "conflicts": select(func.count()).select_from(s.conflicts),
        }
        with self.engine.connect() as conn:
            return {name: conn.execute(query).scalar_one() for name, query in queries.items()}

    def dyad_totals(self) -> dict[tuple[str, str], tuple[int, float]]:
        """Per country pair (alphabetical): the number of events between two different states and the sum
        of their Goldstein scores, aggregated in SQL so the store's events never sit in memory."""
        e = s.events.c
        query = (
            select(e.source_country, e.target_country, func.count(), func.sum(e.goldstein))
            .where(e.source_country.is_not(None), e.target_country.is_not(None))
            .where(e.source_country != e.target_country)
            .group_by(e.source_country, e.target_country)
        )
        totals: dict[tuple[str, str], tuple[int, float]] = {}
        with self.engine.connect() as conn:
            for source, target, count, goldstein in conn.execute(query):
                pair = (min(source, target), max(source, target))
                before = totals.get(pair, (0, 0.0))
                totals[pair] = (before[0] + count, before[1] + float(goldstein))
        return totals

    def sentences(self, doc_id: str | None = None) -> list[Sentence]:
        query = select(s.sentences).order_by(s.sentences.c.doc_id, s.sentences.c.idx)
        if doc_id:
            query = query.where(s.sentences.c.doc_id == doc_id)
        with self.engine.connect() as conn:
            return [
                Sentence(
                    index=r["idx"], start=r["start"], end=r["end"], text=r["text"], paragraph=r["paragraph"]
                )
                for r in conn.execute(query).mappings()
            ]

    def analysis(self, doc_id: str) -> Analysis | None:
        document = self.document(doc_id)
        if document is None:
            return None
        with self.engine.connect() as conn:
            ann = (
                conn.execute(select(s.annotations).where(s.annotations.c.doc_id == doc_id)).mappings().first()
            )
            actor_ids = (
                conn.execute(select(s.actor_documents.c.actor_id).where(s.actor_documents.c.doc_id == doc_id))
                .scalars()
                .all()
            )
        return Analysis(
            document=document,
            sentences=self.sentences(doc_id),
            entities=[Mention.model_validate(m) for m in (ann["entities"] if ann else [])],
            timexes=[Timex.model_validate(t) for t in (ann["timexes"] if ann else [])],
            quantities=[Quantity.model_validate(q) for q in (ann["quantities"] if ann else [])],
            actors=[a for a in self.actors() if a.id in set(actor_ids)],
            events=self.events(doc_id=doc_id),
            facts=self.facts(doc_id=doc_id),
            claims=[c for c in self.claims() if c.doc_id == doc_id],
        )

    def events(
        self,
        between: tuple[str, str] | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        code: str | None = None,
        source: str | None = None,
        doc_id: str | None = None,
    ) -> list[Event]:
        e = s.events.c
        query = select(_raw(e.data), e.cluster_id)
        if between:
            query = query.where(_between(between))
        if actor:
            query = query.where(or_(_side(actor, "source"), _side(actor, "target")))
        if source:
            query = query.where(_side(source, "source"))
        if since:
            query = query.where(e.date >= since)
        if until:
            query = query.where(e.date <= until + "\uffff")
        if code:
            query = query.where(e.cameo.startswith(code))
        if doc_id:
            query = query.where(e.doc_id == doc_id)
        query = query.order_by(e.date.is_(None), e.date, e.doc_id, e.id)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        with _collector_paused():
            events = [_record(Event, data) for data, _ in rows]
        for event_, (_, cluster) in zip(events, rows, strict=True):
            event_.cluster_id = cluster  # decided after the event is written, by reconciliation
        return events

    def actors(self, country: str | None = None, kind: str | None = None) -> list[Actor]:
        # Actors merged into another by reconciliation are listed under their canonical actor.
        query = (
            select(s.actors)
            .order_by(s.actors.c.kind, s.actors.c.name)
            .where(or_(s.actors.c.canonical_id.is_(None), s.actors.c.canonical_id == s.actors.c.id))
        )
        if country:
            query = query.where(s.actors.c.country == country.upper())
        if kind:
            query = query.where(s.actors.c.kind == kind)
        with self.engine.connect() as conn:
            return [actor_from_row(r) for r in conn.execute(query).mappings()]

    def actor_documents(self, actor_id: str) -> list[str]:
        """The documents an actor (or any actor merged into it) appears in."""
        ids = select(s.actors.c.id).where(or_(s.actors.c.id == actor_id, s.actors.c.canonical_id == actor_id))
        query = select(s.actor_documents.c.doc_id).where(s.actor_documents.c.actor_id.in_(ids)).distinct()
        with self.engine.connect() as conn:
            return sorted(conn.execute(query).scalars())

    def facts(
        self, kind: str | None = None, doc_id: str | None = None, between: tuple[str, str] | None = None
    ) -> list[Fact]:
        query = select(_raw(s.facts.c.data)).order_by(s.facts.c.period_start, s.facts.c.doc_id)
        if kind:
            query = query.where(s.facts.c.kind == kind)
        if doc_id:
            query = query.where(s.facts.c.doc_id == doc_id)
        # The same statement shape as ``timeline.fact_rows``: facts tied on period and document come in
        # the order the database gives, and both must give the same.
        for party in {x.upper() for x in between or ()}:
            with_party = select(s.fact_parties.c.fact_id).where(s.fact_parties.c.party == party)
            query = query.where(s.facts.c.id.in_(with_party))
        with self.engine.connect() as conn, _collector_paused():
            found = [_record(Fact, r) for r in conn.execute(query).scalars()]
        if between:
            wanted = {x.upper() for x in between}
            found = [f for f in found if wanted <= set(f.parties)]
        return found

    def timeline_rows(self, between: tuple[str, str]) -> tuple[list[dict], list[dict]]:
        """A dyad's event rows and fact rows for ``api.timeline``, in the orders of ``events(between=)``
        and ``facts(between=)``, read without parsing whole records (``bilat.store.timeline``)."""
        with self.engine.connect() as conn:
            events = timeline.event_rows(conn, _between(between))
            facts = timeline.fact_rows(conn, {x.upper() for x in between})
        # ``facts(between=)`` also keeps only facts whose parties hold both countries: fact_parties holds
        # each fact's parties as written, and the SQL above matched both, so nothing is left to drop.
        return events, facts

    def claims(self) -> list[Claim]:
        with self.engine.connect() as conn:
            return [
                Claim.model_validate(r)
                for r in conn.execute(select(s.claims.c.data).order_by(s.claims.c.id)).scalars()
            ]

    def conflicts(self) -> list[Conflict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.conflicts.c.data).order_by(s.conflicts.c.attribute)).scalars()
            return [Conflict.model_validate(r) for r in rows]

    def search(
        self, query: str, limit: int = 20, prefixes: bool = False, any_word: bool = False
    ) -> list[SearchHit]:
        """Sentences holding every word of ``query``; ``prefixes``: each word may begin a longer one;
        ``any_word``: sentences holding any of the words, those with more (and rarer) ones first."""
        with self.engine.connect() as conn:
            hits = search_sentences(conn, self.dialect, query, limit, prefixes, any_word)
            docs = self._documents_by_id(conn, {h.doc_id for h in hits})
        for hit in hits:
            doc = docs.get(hit.doc_id)
            if doc:
                hit.source_uri, hit.published, hit.title = doc.source_uri, doc.published, doc.title
        return hits

    def _documents_by_id(self, conn, ids: set[str]) -> dict[str, Document]:
        # Only the hits' documents: reading every document per search is slow on a large store.
        if not ids:
            return {}
        rows = conn.execute(select(s.documents.c.data).where(s.documents.c.id.in_(sorted(ids)))).scalars()
        return {d.id: d for d in (Document.model_validate(r) for r in rows)}

    def annotations(self, doc_id: str) -> tuple[list[Mention], list[Timex], list[Quantity]]:
        """A document's entities, time expressions and quantities, as analysed (without the rest)."""
        with self.engine.connect() as conn:
            ann = (
                conn.execute(select(s.annotations).where(s.annotations.c.doc_id == doc_id)).mappings().first()
            )
        if ann is None:
            return [], [], []
        return (
            [Mention.model_validate(m) for m in ann["entities"]],
            [Timex.model_validate(t) for t in ann["timexes"]],
            [Quantity.model_validate(q) for q in ann["quantities"]],
        )


def _raw(column):
    """A JSON column read as its text: pydantic parses and validates it in one pass, several times faster
    than decoding it to Python objects first (a busy dyad's timeline reads thousands of events)."""
    return type_coerce(column, Text)


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector paused while records are parsed in bulk. The records hold no
    reference cycles (reference counting frees them), but their allocations set the collector off, and
    a full pass over a process that holds a language model (``ask``, ``serve``) took 70-80 ms: one in ten
    reads of a busy dyad's 1,132 events. Paused, such a read takes 18 ms CPU (median; p95 20) instead of
    22 (p95 94). The collector runs again as soon as the parse ends, so garbage waits no longer."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _record(model, value):
    # PostgreSQL's driver hands JSON over decoded; SQLite gives the text.
    return model.model_validate_json(value) if isinstance(value, str) else model.model_validate(value)


def _between(between: tuple[str, str]):
    """Events between two sides in either direction (country codes or actor names)."""
    return or_(
        and_(_side(between[0], "source"), _side(between[1], "target")),
        and_(_side(between[1], "source"), _side(between[0], "target")),
    )


def _side(value: str, side: str):
    """A country code (AZE), or an actor's name, on the source or target side."""
    column_country = s.events.c[f"{side}_country"]
    column_name = s.events.c[f"{side}_name"]
    if len(value) == 3 and value.isalpha():
        return column_country == value.upper()
    return func.lower(column_name).contains(value.lower())


def _event_row(e: Event) -> dict:
    return {
        "id": e.id,
        "doc_id": e.doc_id,
        "cameo": e.cameo,
        "root": e.root,
        "source_name": e.source.name,
        "source_country": e.source.country,
        "target_name": e.target.name if e.target else None,
        "target_country": e.target.country if e.target else None,
        "date": e.date,
        "goldstein": e.goldstein,
        "cluster_id": e.cluster_id,
        "data": e.model_dump(mode="json"),
    }


def _insert_ignore(conn, dialect: str, table, rows: list[dict]) -> int:
    """Insert rows that are not there yet (by primary key); how many went in."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        # Count the rows RETURNING gives back: rowcount is -1 here (psycopg), which read as "inserted" and
        # let two concurrent builds both write the same document.
        keys = table.primary_key.columns
        return len(
            conn.execute(pg_insert(table).values(rows).on_conflict_do_nothing().returning(*keys)).all()
        )
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return conn.execute(sqlite_insert(table).on_conflict_do_nothing(), rows).rowcount


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def open_store(location: str | Path, *, create: bool = True) -> Store:
    return Store(location, create=create)


__all__ = ["Store", "StoreError", "open_store", "store_url"]
