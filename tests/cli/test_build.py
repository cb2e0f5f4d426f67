"""`bilat build` options for scale: --quiet and piped output stay silent, an unreachable scheduler is
one error line and nothing stored is touched."""

from __future__ import annotations

import json
import re

import dask
import distributed  # noqa: F401  (its defaults must be in dask's config before the override below)
from typer.testing import CliRunner

from bilat.cli.app import app
from tests.articles import write_articles

runner = CliRunner()


def test_cli_build_piped_or_quiet_prints_only_the_summary(tmp_path):
    folder = write_articles(tmp_path / "in")
    store = str(tmp_path / "s.db")
    result = runner.invoke(app, ["build", str(folder / "a_visit.txt"), "--store", store, "--quiet"])
    assert result.exit_code == 0, result.output
    (line,) = result.output.strip().splitlines()  # the summary alone: no bar, no other line
    assert re.fullmatch(
        r"1 added, 0 already stored, 0 duplicates dropped, 0 failed; \d+ events, \d+ facts", line
    )
    assert "1 added, 0 already stored, 0 duplicates dropped, 0 failed" in result.output


def test_cli_build_unreachable_scheduler_is_one_error_line(tmp_path):
    folder = write_articles(tmp_path / "in")
    store = str(tmp_path / "s.db")
    assert runner.invoke(app, ["build", str(folder / "a_visit.txt"), "--store", store]).exit_code == 0
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = runner.invoke(
            app, ["build", str(folder), "--store", store, "--scheduler", "tcp://127.0.0.1:9"]
        )
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "tcp://127.0.0.1:9" in errors[0], result.output
    listed = runner.invoke(app, ["documents", "--store", store, "--format", "json"])
    assert listed.exit_code == 0 and len(json.loads(listed.output)) == 1
