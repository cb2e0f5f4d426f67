"""The rule the PostgreSQL and browser fixtures share: skip locally, fail in CI, when a part is absent."""

from __future__ import annotations

import pytest

from tests.pg_server import missing, postgres_bin_dir


def test_pg_server_missing_skips_locally(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no chromium"):
        missing("no chromium")


def test_pg_server_missing_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        missing("no chromium")


def test_pg_server_finds_binaries_when_installed():
    found = postgres_bin_dir()
    if found is not None:
        assert (found / "postgres").exists() and (found / "pg_ctl").exists()
    else:
        with pytest.raises(pytest.skip.Exception):
            missing("no PostgreSQL")
