"""Commands over figures and disagreements, and questions: facts, conflicts, ask."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from bilat import api
from bilat.cli.app import app
from bilat.cli.options import FORMAT, STORE
from bilat.cli.render import Format, render
from bilat.serve import export as exports


@app.command()
def facts(
    between: Annotated[tuple[str, str] | None, typer.Option(help="Two countries (ISO3).")] = None,
    kind: Annotated[str | None, typer.Option(help="trade_turnover, population, aid, anniversary, …")] = None,
    store: str = STORE,
    format: Format = FORMAT,
) -> None:
    """Quantitative facts with their kind, value (USD for money), period, speaker and evidence."""
    columns = [
        "kind",
        "value",
        "unit",
        "approx",
        "parties",
        "period_start",
        "period_end",
        "attributed_to",
        "evidence",
    ]
    rows = api.list_facts(store, between=between, kind=kind)
    if format == Format.csv:  # as `bilat export --table facts`
        render([exports.fact_row(f) for f in rows], format, list(exports.FACT_COLUMNS))
        return
    render(rows, format, columns if format == Format.table else None)


@app.command()
def conflicts(store: str = STORE, format: Format = FORMAT) -> None:
    """Claims that disagree (when relations began, figures for one period), side by side with sources."""
    found = api.list_conflicts(store)
    if format in {Format.json, Format.jsonl}:
        render(found, format)
        return
    rows = [
        {
            "attribute": c.attribute,
            "value": claim.value,
            "source_uri": claim.source_uri,
            "derived_from": claim.derived_from,
            "evidence": claim.evidence,
        }
        for c in found
        for claim in c.claims
    ]
    # Table and CSV: one row per claim, the disagreeing values side by side under their attribute.
    render(rows, format, ["attribute", "value", "source_uri", "derived_from", "evidence"])


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in English.")],
    store: str = STORE,
    format: Format = FORMAT,
) -> None:
    """Answer a question from the store, citing the evidence: from the coded events and facts when they
    answer, else from the one stored sentence that does; "the store does not say" rather than a guess.

    Example: bilat ask "When did Spain open its embassy in Peru?"
    """
    answer = api.ask(question, store)
    if format == Format.table:
        if not answer.known:
            typer.echo("I do not know: the store does not say.")
            return
        kind = "the records" if answer.evidence == "record" else "the text"
        typer.echo(f"{answer.answer}  (from {kind}, confidence {answer.confidence:.2f})")
        for citation in answer.citations:
            typer.echo(f"  [{citation.source_uri}] {citation.evidence}")
        return
    typer.echo(json.dumps(answer.model_dump(mode="json"), ensure_ascii=False, indent=1))
