"""Loader for the ingest resource files: debris lines, known outlets, time-stamp formats."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilat.resources import ResourceError, Resources, read_lines

DOMAIN_LIKE = re.compile(r"^[A-Z][\w\-]*\.(?:[A-Za-z]{2,4})$")


@dataclass(frozen=True)
class IngestPatterns:
    debris: tuple[re.Pattern[str], ...]
    outlets: dict[str, str]  # lower-case spelling → reported name
    stamps: tuple[re.Pattern[str], ...]

    def is_debris(self, line: str) -> bool:
        stripped = line.strip()
        return bool(stripped) and any(p.fullmatch(stripped) for p in self.debris)

    def outlet(self, name: str) -> str | None:
        name = name.strip().strip(".,;:")
        known = self.outlets.get(name.lower())
        if known:
            return known
        return name if DOMAIN_LIKE.match(name) else None


def _compile(where: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as error:
        raise ResourceError(f"{where}: bad regular expression: {error}") from None


def load_ingest_patterns(resources: Resources) -> IngestPatterns:
    debris_path = resources.path("ingest/debris.txt")
    debris = tuple(
        _compile(f"ingest/debris.txt:{n}", line, re.IGNORECASE) for n, line in read_lines(debris_path)
    )
    outlets: dict[str, str] = {}
    for n, line in read_lines(resources.path("ingest/outlets.txt")):
        name, _, others = line.partition("|")
        name = name.strip()
        if not name:
            raise ResourceError(f"ingest/outlets.txt:{n}: empty outlet name")
        for spelling in [name, *others.split(",")]:
            if spelling.strip():
                outlets[spelling.strip().lower()] = name
    stamps = []
    for n, line in read_lines(resources.path("ingest/dates.txt")):
        name, sep, pattern = line.partition("|")
        if not sep:
            raise ResourceError(f"ingest/dates.txt:{n}: expected 'name | pattern'")
        regex = _compile(f"ingest/dates.txt:{n}", pattern.strip(), re.IGNORECASE)
        missing = {"day", "month", "year"} - set(regex.groupindex)
        if missing:
            raise ResourceError(f"ingest/dates.txt:{n}: pattern {name.strip()} lacks groups {sorted(missing)}")
        stamps.append(regex)
    return IngestPatterns(debris=debris, outlets=outlets, stamps=tuple(stamps))
