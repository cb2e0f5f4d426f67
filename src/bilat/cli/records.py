"""Commands over the record: build, documents, annotate, events, actors, timeline."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console

from bilat import api
from bilat.cli.app import app, fail
from bilat.cli.options import FORMAT, STORE, checked_date
from bilat.cli.render import Format, render
from bilat.progress import progress_bar
from bilat.serve import export as exports

EVENT_COLUMNS = [
    "date",
    "date_basis",
    "cameo",
    "source.name",
    "source.country",
    "target.name",
    "target.country",
    "modality",
    "goldstein",
    "evidence",
]


@app.command()
def build(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs or feeds; - for stdin.")],
    store: str = STORE,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for all inputs.")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes analysing on this machine.")] = 1,
    scheduler: Annotated[
        str | None, typer.Option(help="An existing Dask cluster's scheduler, tcp://HOST:PORT.")
    ] = None,
    runner: Annotated[str, typer.Option(help="Where analysis runs: local, pool or dask.")] = "local",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Ingest, analyse and store articles. Example: bilat build ../shared/corpus/seeds --workers 2"""
    err = Console(stderr=True)
    try:
        with progress_bar("building", err, quiet=quiet) as update:
            report = api.build(
                sources,
                store,
                published=published,
                progress=update,
                runner=runner,
                workers=workers,
                scheduler=scheduler,
            )
    except ValueError as error:
        fail(str(error))
    except OSError as error:  # a scheduler that cannot be reached
        fail(f"{scheduler or runner}: {error}")
    for warning in report.warnings:
        typer.echo(f"warning: {warning.source_uri}: {warning.message}", err=True)
    for failure in report.failed:
        typer.echo(f"error: {failure.source_uri}: {failure.message}", err=True)
    if report.reconcile_error:
        typer.echo(f"error: {report.reconcile_error} (documents kept; the next build retries)", err=True)
    typer.echo(
        f"{report.added} added, {report.skipped} already stored, {report.duplicates} duplicates dropped, "
        f"{len(report.failed)} failed; {report.events} events, {report.facts} facts",
        err=True,
    )
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def documents(store: str = STORE, format: Format = FORMAT) -> None:
    """The stored documents with their dates (and how they were found), outlets and authors."""
    columns = ["source_uri", "published", "published_how", "outlet", "author", "events", "facts"]
    render(api.list_documents(store), format, columns if format == Format.table else None)


@app.command()
def annotate(
    source: Annotated[str, typer.Argument(help="A file, or - for standard input.")],
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
) -> None:
    """Analyse one document without a store and print everything found, as JSON."""
    try:
        analysis = api.annotate(source, published=published)
    except ValueError as error:
        fail(str(error))
    sys.stdout.write(json.dumps(analysis.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n")


@app.command()
def events(
    between: Annotated[
        tuple[str, str] | None, typer.Option(help="Two countries (ISO3) or actor names.")
    ] = None,
    actor: Annotated[str | None, typer.Option(help="An actor on either side.")] = None,
    since: Annotated[
        str | None, typer.Option(help="From this date (YYYY[-MM[-DD]]).", callback=checked_date)
    ] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.", callback=checked_date)] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or prefix (04, 043).")] = None,
    source: Annotated[str | None, typer.Option(help="The source actor or country.")] = None,
    store: str = STORE,
    format: Format = FORMAT,
) -> None:
    """Coded events with actors, dates, modality and evidence. Example: bilat events --between AZE ISR"""
    rows = api.list_events(
        store, between=between, actor=actor, since=since, until=until, code=code, source=source
    )
    if format == Format.csv:  # the columns `bilat export` writes, so one CSV reader reads both
        render([exports.event_row(e) for e in rows], format, list(exports.EVENT_COLUMNS))
        return
    render(rows, format, EVENT_COLUMNS if format == Format.table else None)


@app.command()
def actors(
    country: Annotated[str | None, typer.Option(help="ISO3 country code.")] = None,
    kind: Annotated[str | None, typer.Option(help="person, state or organisation.")] = None,
    store: str = STORE,
    format: Format = FORMAT,
) -> None:
    """People, states and organisations, with aliases, roles and sectors."""
    columns = ["name", "kind", "country", "role", "sector", "aliases", "mentions"]
    rows = api.list_actors(store, country=country, kind=kind)
    if format == Format.csv:  # as `bilat export --table actors`: aliases joined with ";"
        render([exports.actor_row(a) for a in rows], format, list(exports.ACTOR_COLUMNS))
        return
    render(rows, format, columns if format == Format.table else None)


@app.command()
def timeline(
    a: Annotated[str, typer.Argument(help="A country (ISO3) or actor.")],
    b: Annotated[str, typer.Argument(help="The other country or actor.")],
    store: str = STORE,
    format: Format = FORMAT,
) -> None:
    """The dyad's events and facts in date order, with a moving Goldstein average (trend)."""
    columns = ["date", "date_basis", "kind", "code", "what", "goldstein", "trend", "evidence"]
    render(
        api.timeline(a, b, store),
        format,
        columns if format == Format.table else None,
        title=f"{a.upper()} – {b.upper()}",
    )
