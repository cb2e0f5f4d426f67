"""The web app: server-rendered pages (Jinja2) and JSON under /api, over one open store.

Read-only unless a token is configured; write endpoints then need ``Authorization: Bearer <token>``.
Chart libraries are vendored under static/vendor and served from here: the page works with no internet.
"""

from __future__ import annotations

import hmac
import threading
from pathlib import Path
from typing import Any, Protocol

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

from bilat.models import Answer
from bilat.serve import queries
from bilat.serve.templating import environment
from bilat.store import Store, StoreError

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"


class Written(Protocol):
    added: int
    skipped: int
    events: int
    facts: int


class Writer(Protocol):
    def __call__(self, text: str, *, source_uri: str, published: str | None) -> Written: ...


class TextIn(BaseModel):
    text: str
    source_uri: str = "<web>"
    published: str | None = None


def _date() -> Any:
    """since/until: an ISO date at any precision; anything else is a 422, not a silently empty answer.
    (A new ``Query`` per parameter: FastAPI keeps only one of two parameters sharing one.)"""
    return Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD")


def _pair(a: str | None, b: str | None) -> tuple[str, str] | None:
    return (a, b) if a and b else None


def _one_side(a: str | None, b: str | None, actor: str | None) -> str | None:
    """``a`` (or ``b``) alone filters as an actor or country on either side."""
    return actor or (None if a and b else a or b)


def _span(cite: str | None) -> tuple[int, int] | None:
    """ "120-245" → (120, 245): the characters of a cited sentence; anything else is no citation."""
    parts = (cite or "").split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts) and int(parts[0]) < int(parts[1]):
        return int(parts[0]), int(parts[1])
    return None


def _with_links(answer: Answer) -> dict[str, Any]:
    data = answer.model_dump(mode="json")
    for citation in data["citations"]:
        anchor = f"#s{citation['sentence']}" if citation.get("sentence") is not None else ""
        citation["url"] = f"/document/{citation['doc_id']}?cite={citation['start']}-{citation['end']}{anchor}"
    return data


def create_app(store: Store, token: str | None = None, write: Writer | None = None) -> FastAPI:
    """The app over an open store. ``write`` analyses and stores one posted text (``bilat.api.Writer``,
    given by the CLI): the web layer itself never analyses; without it, or without ``token``, the app
    only reads."""
    app = FastAPI(title="bilat", docs_url="/api/docs", openapi_url="/api/openapi.json", redoc_url=None)
    app.state.store = store
    pipeline_lock = threading.Lock()
    templates = Jinja2Templates(env=environment())
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.exception_handler(StoreError)
    def store_error(request: Request, error: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=503)

    def asked(question: str) -> Answer:
        from bilat.ask import open_asker
        from bilat.resources import load_resources

        # One asker per app, made on the first question (loading spaCy takes seconds); it only reads.
        with pipeline_lock:
            if getattr(app.state, "asker", None) is None:
                app.state.asker = open_asker(store, load_resources())
        return app.state.asker.answer(question)

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"links": True, **context})

    def require_token(request: Request) -> None:
        if not token:
            raise HTTPException(
                403, "read-only: start bilat serve with --token (or BILAT_TOKEN) to allow writes"
            )
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            raise HTTPException(401, "a bearer token is required", headers={"WWW-Authenticate": "Bearer"})

    # --- pages ------------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def overview_page(request: Request):
        return page(request, "overview.html", data=queries.overview(store))

    def known_dyad(a: str, b: str) -> None:
        unknown = [side for side in (a, b) if not queries.known_side(store, side)]
        if unknown:
            raise HTTPException(404, f"unknown country or actor: {', '.join(unknown)}")

    @app.get("/dyad/{a}/{b}", response_class=HTMLResponse)
    def dyad_page(request: Request, a: str, b: str, since: str | None = _date(), until: str | None = _date()):
        known_dyad(a, b)
        return page(request, "dyad.html", data=queries.dyad(store, a, b, since=since, until=until))

    @app.get("/actor/{actor_id}", response_class=HTMLResponse)
    def actor_page(request: Request, actor_id: str):
        data = queries.actor(store, actor_id)
        if data is None:
            raise HTTPException(404, f"no actor {actor_id}")
        return page(request, "actor.html", data=data)

    @app.get("/actors", response_class=HTMLResponse)
    def actors_page(request: Request):
        return page(request, "actors.html", actors=queries.actors(store))

    @app.get("/document/{doc_id}", response_class=HTMLResponse)
    def document_page(request: Request, doc_id: str, cite: str | None = None):
        data = queries.document(store, doc_id, cited=_span(cite))
        if data is None:
            raise HTTPException(404, f"no document {doc_id}")
        return page(request, "document.html", data=data)

    @app.get("/facts", response_class=HTMLResponse)
    def facts_page(request: Request):
        return page(request, "facts.html", data=queries.facts_and_conflicts(store))

    @app.get("/search", response_class=HTMLResponse)
    def search_page(
        request: Request,
        q: str = "",
        actor: str | None = None,
        a: str | None = None,
        b: str | None = None,
        since: str | None = None,
        until: str | None = None,
        code: str | None = None,
    ):
        hits = (
            queries.search(
                store,
                q,
                actor=_one_side(a, b, actor) or None,
                between=_pair(a, b),
                since=since or None,
                until=until or None,
                code=code or None,
                limit=50,
            )
            if q
            else []
        )
        form = {
            "q": q,
            "actor": actor or "",
            "a": a or "",
            "b": b or "",
            "since": since or "",
            "until": until or "",
            "code": code or "",
        }
        return page(request, "search.html", hits=hits, form=form)

    @app.get("/ask", response_class=HTMLResponse)
    def ask_page(request: Request, q: str = ""):
        answer = _with_links(asked(q)) if q.strip() else None
        return page(request, "ask.html", q=q, answer=answer)

    # --- JSON -------------------------------------------------------------------------------------------

    @app.get("/api/overview")
    def api_overview():
        return queries.overview(store)

    @app.get("/api/dyad/{a}/{b}")
    def api_dyad(a: str, b: str, since: str | None = _date(), until: str | None = _date()):
        known_dyad(a, b)
        return queries.dyad(store, a, b, since=since, until=until)

    @app.get("/api/events")
    def api_events(
        a: str | None = None,
        b: str | None = None,
        actor: str | None = None,
        since: str | None = _date(),
        until: str | None = _date(),
        code: str | None = None,
    ):
        events = store.events(
            between=_pair(a, b), actor=_one_side(a, b, actor), since=since, until=until, code=code
        )
        return [e.model_dump(mode="json") for e in events]

    @app.get("/api/actors")
    def api_actors():
        return queries.actors(store)

    @app.get("/api/actors/{actor_id}")
    def api_actor(actor_id: str):
        data = queries.actor(store, actor_id)
        if data is None:
            raise HTTPException(404, f"no actor {actor_id}")
        return data

    @app.get("/api/documents")
    def api_documents():
        return queries.overview(store)["documents"]

    @app.get("/api/documents/{doc_id}")
    def api_document(doc_id: str):
        data = queries.document(store, doc_id)
        if data is None:
            raise HTTPException(404, f"no document {doc_id}")
        data.pop("segments")
        return data

    @app.get("/api/facts")
    def api_facts():
        return queries.facts_and_conflicts(store)["facts"]

    @app.get("/api/conflicts")
    def api_conflicts():
        return queries.facts_and_conflicts(store)["conflicts"]

    @app.get("/api/search")
    def api_search(
        q: str,
        actor: str | None = None,
        a: str | None = None,
        b: str | None = None,
        since: str | None = _date(),
        until: str | None = _date(),
        code: str | None = None,
        limit: int = 20,
    ):
        hits = queries.search(
            store,
            q,
            actor=_one_side(a, b, actor),
            between=_pair(a, b),
            since=since,
            until=until,
            code=code,
            limit=min(limit, 200),
        )
        return [h.model_dump(mode="json") for h in hits]

    @app.get("/api/ask")
    def api_ask(q: str):
        """An answer from the store with its evidence (the same as `bilat ask`); each citation also
        gives ``url``, the cited sentence highlighted in its document."""
        return _with_links(asked(q))

    @app.post("/api/build", dependencies=[Depends(require_token)])
    def api_build(item: TextIn):
        if write is None:
            raise HTTPException(403, "this server was started without a writer: it only reads")
        # One write at a time: the writer holds one pipeline (loading spaCy takes seconds).
        with pipeline_lock:
            try:
                report = write(item.text, source_uri=item.source_uri, published=item.published)
            except ValueError as error:
                raise HTTPException(422, str(error)) from None
        return JSONResponse(
            {
                "added": report.added,
                "skipped": report.skipped,
                "events": report.events,
                "facts": report.facts,
            },
            status_code=201 if report.added else 200,
        )

    return app
