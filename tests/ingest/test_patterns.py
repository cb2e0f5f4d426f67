"""Ingest resource files: the shipped ones load; a bad line names its file and line."""

from __future__ import annotations

import shutil

import pytest

from bilat.ingest.patterns import load_ingest_patterns
from bilat.resources import DEFAULT_ROOT, ResourceError, Resources


def test_patterns_shipped_files_load(resources):
    patterns = load_ingest_patterns(resources)
    assert patterns.months["sept"] == 9 and patterns.weekdays["thursday"] == 3
    assert patterns.outlet("thomson reuters") == "Reuters" and patterns.outlet("Anything.Ge") == "Anything.Ge"
    assert patterns.outlet("John Smith") is None
    assert patterns.is_debris("+ ↺ − 16 px") and not patterns.is_debris("Iran and Iraq met.")
    assert len(patterns.stamps) >= 5 and len(patterns.datelines) >= 2 and patterns.cites


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("debris.txt", "(unclosed", "ingest/debris.txt:"),
        ("dates.txt", "broken | (?P<day>\\d+)", "lacks groups"),
        ("dates.txt", "odd | %nosuchmacro", "unknown macro %nosuchmacro"),
        ("months.txt", "month | 13 | Undecember", "bad month number"),
        ("cites.txt", "pattern | reported by", "lacks %name"),
        ("datelines.txt", "no pipe here", "expected 2 fields"),
        ("credits.txt", "byline | by\\s+\\w+", "needs the group 'name'"),
        ("credits.txt", "footer | x", "kind must be byline, signoff or copyright"),
    ],
)
def test_patterns_bad_line_names_file_and_line(tmp_path, name, line, message):
    shutil.copytree(DEFAULT_ROOT / "ingest", tmp_path / "ingest")
    path = tmp_path / "ingest" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, line]) + "\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=message) as error:
        load_ingest_patterns(Resources(tmp_path))
    assert f"{name}:{len(lines) + 1}" in str(error.value)
