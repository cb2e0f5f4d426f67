"""Reviewed data files (code tables, patterns, rules) and the one object that loads them.

Each component owns the loader for its files and asks ``Resources.load`` for the parsed result, so a
file is parsed once per process and components stay independent of each other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

DEFAULT_ROOT = Path(__file__).resolve().parent


class ResourceError(ValueError):
    """A resource file is malformed. The message starts with ``file:line:`` so it can be fixed."""


class Resources:
    """The read-only knowledge bilat applies: call ``load_resources()`` once and pass it in."""

    def __init__(self, root: Path = DEFAULT_ROOT) -> None:
        self.root = Path(root)
        self._cache: dict[str, Any] = {}

    def path(self, relative: str) -> Path:
        return self.root / relative

    def load(self, name: str, loader: Callable[[Resources], T]) -> T:
        """The parsed resource ``name``; ``loader(self)`` runs the first time only."""
        if name not in self._cache:
            self._cache[name] = loader(self)
        return self._cache[name]


def load_resources(root: Path | str | None = None) -> Resources:
    return Resources(Path(root) if root else DEFAULT_ROOT)


def read_lines(path: Path) -> list[tuple[int, str]]:
    """Non-blank, non-comment lines of a resource file with their 1-based line numbers.

    Every resource file opens with ``# schema: <kind>/<n>`` and a ``# FORMAT:`` line; ``#`` starts a
    comment line. Inline comments are not stripped here because some formats use ``#`` in values.
    """
    if not path.exists():
        raise ResourceError(f"{path}: resource file not found")
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith("# schema:"):
        raise ResourceError(f"{path}:1: missing '# schema: <kind>/<n>' header")
    out = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            out.append((number, stripped))
    return out
