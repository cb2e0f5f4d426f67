"""The serving commands through the real CLI: search, export, report (serve is exercised in tests/serve)."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from bilat.cli import app
from tests.serve.fixtures import build_articles_store


@pytest.fixture(scope="module")
def built_store(tmp_path_factory, resources) -> str:
    return build_articles_store(tmp_path_factory.mktemp("serving"), resources)


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_serving_search_prints_hits_with_snippets(built_store):
    result = _run("search", "embassy", "--store", built_store, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.output.splitlines()]
    assert hits and all("[embassy]" in h["snippet"].lower() for h in hits)
    table = _run("search", "embassy", "--store", built_store)
    assert table.exit_code == 0 and "embassy" in table.output and "rows" in table.output


def test_serving_search_filters(built_store):
    result = _run(
        "search",
        "embassy",
        "--between",
        "KEN",
        "ETH",
        "--since",
        "2030-01-01",
        "--store",
        built_store,
        "--format",
        "json",
    )
    assert result.exit_code == 0 and json.loads(result.output) == []


def test_serving_export_formats(built_store, tmp_path):
    events = json.loads(_run("events", "--store", built_store, "--format", "json").output)
    for fmt, name in (("csv", "e.csv"), ("parquet", "e.parquet"), ("gdelt", "e.tsv"), ("jsonl", "e.jsonl")):
        result = _run("export", str(tmp_path / name), "--format", fmt, "--store", built_store)
        assert result.exit_code == 0, result.output
    with (tmp_path / "e.csv").open(newline="") as handle:
        assert len(list(csv.DictReader(handle))) == len(events)
    assert pq.read_table(tmp_path / "e.parquet").num_rows == len(events)
    assert len((tmp_path / "e.tsv").read_text().splitlines()) == len(events) + 1
    docs = _run(
        "export",
        str(tmp_path / "d.jsonl"),
        "--format",
        "jsonl",
        "--table",
        "documents",
        "--store",
        built_store,
    )
    assert docs.exit_code == 0 and len((tmp_path / "d.jsonl").read_text().splitlines()) == 3


def test_serving_export_rejects_unknown_format(built_store, tmp_path):
    result = _run("export", str(tmp_path / "x"), "--format", "xml", "--store", built_store)
    assert result.exit_code == 1 and "unknown export format" in result.output


def test_serving_report_writes_one_file(built_store, tmp_path):
    out = tmp_path / "dyad.html"
    result = _run("report", str(out), "--between", "KEN", "ETH", "--store", built_store)
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert html.startswith("<!doctype html>") and "KEN – ETH" in html and "vegaEmbed" in html


def test_serving_serve_runs_read_only_and_takes_the_token_from_the_environment(built_store):
    import os
    import subprocess
    import sys
    import time

    import httpx

    from tests.pg_server import free_port

    port = free_port()
    command = [
        sys.executable,
        "-c",
        "from bilat.cli import main; main()",
        "serve",
        "--store",
        built_store,
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, env={**os.environ, "BILAT_TOKEN": "t0ken"}, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                overview = httpx.get(f"{base}/api/overview", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "bilat serve did not start"
                time.sleep(0.2)
        assert overview.status_code == 200 and overview.json()["counts"]["documents"] == 3
        assert httpx.get(f"{base}/dyad/KEN/ETH").status_code == 200
        assert httpx.post(f"{base}/api/build", json={"text": "x"}).status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=20)
