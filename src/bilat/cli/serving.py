"""Commands that serve the record: search, export, report, serve."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from bilat import api
from bilat.cli.app import app, fail
from bilat.cli.options import FORMAT, STORE, checked_date
from bilat.cli.render import Format, render

BETWEEN = typer.Option(help="Two countries (ISO3) or actor names.")
SINCE = typer.Option(help="From this date (YYYY[-MM[-DD]]).", callback=checked_date)
UNTIL = typer.Option(help="Up to this date.", callback=checked_date)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find in sentences.")],
    actor: Annotated[
        str | None, typer.Option(help="Only documents with an event involving this actor.")
    ] = None,
    between: Annotated[tuple[str, str] | None, BETWEEN] = None,
    since: Annotated[
        str | None, typer.Option(help="Documents published from this date.", callback=checked_date)
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Documents published up to this date.", callback=checked_date)
    ] = None,
    code: Annotated[
        str | None, typer.Option(help="Only documents with an event of this CAMEO code/prefix.")
    ] = None,
    limit: Annotated[int, typer.Option(help="How many hits at most.")] = 20,
    store: str = STORE,
    format: Format = FORMAT,
) -> None:
    """Full-text search over sentences, ranked, matches in [brackets]. Example: bilat search embassy"""
    hits = api.search(
        query, store, actor=actor, between=between, since=since, until=until, code=code, limit=limit
    )
    if format == Format.table:
        # In the table the matches are shown in bold, as styled text: never as markup rich would parse.
        rows = [{**h.model_dump(mode="json"), "snippet": marked(h.snippet)} for h in hits]
        render(rows, format, ["score", "snippet", "published", "source_uri", "sentence"])
    else:
        render(hits, format)


def marked(snippet: str) -> Text:
    """A snippet with its "[matches]" in bold yellow and the brackets gone; all else literal."""
    text = Text()
    position = 0
    for match in re.finditer(r"\[([^\[\]]*)\]", snippet):
        text.append(snippet[position : match.start()])
        text.append(match.group(1), style="bold yellow")
        position = match.end()
    text.append(snippet[position:])
    return text


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="The file to write.")],
    format: Annotated[
        str,
        typer.Option("--format", "-f", help="csv, jsonl, json, parquet, gdelt (or bilat.export.FORMAT.v1)."),
    ] = "csv",
    table: Annotated[
        str, typer.Option(help="events, facts, documents or actors (gdelt: events).")
    ] = "events",
    between: Annotated[tuple[str, str] | None, BETWEEN] = None,
    actor: Annotated[str | None, typer.Option(help="An actor on either side (events).")] = None,
    since: Annotated[str | None, SINCE] = None,
    until: Annotated[str | None, UNTIL] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or prefix (events).")] = None,
    store: str = STORE,
) -> None:
    """Write the store, or a filtered part, to a file. Example: bilat export ev.parquet --format parquet"""
    try:
        written = api.export(
            out,
            store,
            format=format,
            table=table,
            between=between,
            actor=actor,
            since=since,
            until=until,
            code=code,
        )
    except ValueError as error:
        fail(str(error))
    Console(stderr=True).print(f"{written} {table} written to {out}", markup=False, highlight=False)


@app.command()
def report(
    out: Annotated[Path, typer.Argument(help="The HTML file to write.")],
    between: Annotated[
        tuple[str, str] | None,
        typer.Option(help="The dyad: two countries (ISO3) or actor names; default the busiest pair."),
    ] = None,
    store: str = STORE,
) -> None:
    """One self-contained HTML file (chart, events, facts, evidence) that opens offline.
    Example: bilat report aze-isr.html --between AZE ISR"""
    try:
        path = api.report(out, *(between or (None, None)), store=store)
    except ValueError as error:
        fail(str(error))
    Console(stderr=True).print(f"report written to {path}", markup=False, highlight=False)


@app.command()
def serve(
    store: str = STORE,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[
        str | None, typer.Option(envvar="BILAT_TOKEN", help="Bearer token that write endpoints require.")
    ] = None,
) -> None:
    """The web app: overview, dyad timelines, actors, documents, facts, search; JSON under /api.
    Read-only unless a token is given. Example: bilat serve --port 8000"""
    import uvicorn

    if host not in {"127.0.0.1", "localhost", "::1"}:
        Console(stderr=True).print(
            f"note: listening on {host}: anyone who can reach it can read the store",
            markup=False,
            highlight=False,
        )
    from bilat.serve.app import create_app
    from bilat.store import open_store

    # A read-only server never creates a store; one that accepts writes may start empty.
    opened = open_store(store, create=token is not None)
    application = create_app(opened, token=token, write=api.Writer(opened) if token else None)
    Console(stderr=True).print(
        f"bilat serving {_shown(store)} on http://{host}:{port}/", markup=False, highlight=False
    )
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _shown(store: str) -> str:
    """The store as it may be printed: a server URL without its password."""
    if "://" not in store:
        return store
    from sqlalchemy.engine import make_url

    return make_url(store).render_as_string(hide_password=True)
