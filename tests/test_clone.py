"""A newcomer's first minutes, on the repository alone: `make demo` and the README's Python example run in
a copy of the repository's files with no ../shared beside it (the installed venv is reused, not rebuilt)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _clone(target: Path) -> Path:
    """The files a clone would have: tracked ones and new ones not ignored (so a change under test, not
    yet committed, is in it), copied from this checkout."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    if sys.prefix == sys.base_prefix:
        pytest.skip("needs the project's venv to reuse")
    root = tmp_path_factory.mktemp("newcomer")  # nothing named "shared" beside the clone
    return _clone(root / "bilat")


def _env(clone: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BILAT_")}
    env["PYTHONPATH"] = str(clone / "src")
    env["BILAT_SHARED"] = str(clone.parent / "shared")  # where a newcomer has nothing
    return env


def test_clone_make_demo_on_the_repository_alone(clone):
    assert not (clone.parent / "shared").exists()
    result = subprocess.run(
        ["make", "-o", "install", "demo", f"VENV={sys.prefix}", "STORE=make-demo.db"],
        cwd=clone,
        env=_env(clone),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "12 added, 0 already stored, 0 duplicates dropped, 0 failed" in result.stderr
    assert "FIN – EST" in result.stdout and "Traceback" not in result.stderr
    assert len(re.findall(r"\b166\b", result.stdout)) == 2  # both expulsions on the timeline


def test_clone_readme_python_example_is_real_output(clone):
    readme = (clone / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API") :]
    start = section.index("```python") + len("```python")
    example = section[start : section.index("```", start)]
    script = (
        "import doctest, sys\n"
        f"test = doctest.DocTestParser().get_doctest({example!r}, {{}}, 'README', 'README.md', 0)\n"
        "runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)\n"
        "runner.run(test)\n"
        "sys.exit(1 if runner.failures or not runner.tries else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=clone,
        env=_env(clone),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
