"""Code tables and patterns load, cover every code, and reject a bad line with its line number."""

from __future__ import annotations

import shutil

import pytest

from bilat.extract.codebook import load_codebook
from bilat.extract.patterns import load_patterns
from bilat.resources import DEFAULT_ROOT, ResourceError, load_resources


def test_codebook_every_root_and_plover(resources):
    codes = load_codebook(resources)
    assert {c.root for c in codes.values()} == {f"{n:02d}" for n in range(1, 21)}
    assert all(-10 <= c.goldstein <= 10 and c.quad in (1, 2, 3, 4) for c in codes.values())
    # Public statements are no PLOVER events; every other code has a PLOVER type.
    assert {c.root for c in codes.values() if c.plover is None} == {"01"}
    assert (codes["043"].goldstein, codes["043"].quad, codes["043"].plover) == (2.8, 1, "CONSULT")
    assert [codes[c].plover for c in ("057", "084", "081", "163", "192")] == [
        "SUPPORT",
        "RETREAT",
        "CONCEDE",
        # The manual's text over its 2021 table: international sanctions are SANCTION, an occupation
        # goes with its cue category (19, ASSAULT).
        "SANCTION",
        "ASSAULT",
    ]
    assert codes["190"].quad == 4


def test_patterns_codes_exist(resources):
    codes = load_codebook(resources)
    patterns = load_patterns(resources)
    assert all(p.code in codes for items in patterns.verbs.values() for p in items)
    assert "meeting" in patterns.nouns


@pytest.mark.parametrize(
    ("file", "line", "message"),
    [
        ("events/cameo.txt", "999 | Nothing | 0.0 | 9", "events/cameo.txt:"),
        ("events/verbs.txt", "meet | * | obj | 9999 |", "unknown CAMEO code 9999"),
        ("events/verbs.txt", "meet | @nowhere | obj | 040 |", "unknown set @nowhere"),
    ],
)
def test_codebook_bad_line_names_file_and_line(tmp_path, file, line, message):
    root = tmp_path / "resources"
    shutil.copytree(DEFAULT_ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with (root / file).open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    resources = load_resources(root)
    with pytest.raises(ResourceError, match=message):
        load_patterns(resources)


def test_codebook_sanctions_coded_as_plover_sanction(code):
    events = code("Canada imposed sanctions on Belarus on Tuesday.")
    assert ("163", "SANCTION", "discontinue", "CAN", "BLR") in {
        (e.cameo, e.plover, e.mode, e.source.country, e.target.country if e.target else None) for e in events
    }
