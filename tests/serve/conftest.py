"""The store the serve tests read (built once per session, read-only: copy it to modify), and chromium,
which is skipped locally when missing but fails the tests in CI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.pg_server import missing
from tests.serve.fixtures import ARTICLES, build_articles_store

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def articles() -> Path:
    return ARTICLES


@pytest.fixture(scope="session")
def built_store(tmp_path_factory, resources) -> str:
    return build_articles_store(tmp_path_factory.mktemp("served"), resources)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    found = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not found:
        missing("Debian's chromium not found; apt-get install chromium")
    return found


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so fixtures can tell whether the test failed."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
