"""Loader for the time-expression resources: named patterns, normalisation tables and rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bilat.resources import ResourceError, Resources, read_lines

REFERENCE = re.compile(r"%([a-z]+)")
TYPES = {"DATE", "TIME", "DURATION", "SET"}


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    regex: re.Pattern[str]
    normaliser: str
    where: str


@dataclass
class TimeRules:
    rules: list[Rule] = field(default_factory=list)
    tables: dict[str, dict[str, str]] = field(default_factory=dict)
    # The named patterns of patterns.txt, expanded; the engine's passes use some (%rangeopen, %rangejoin).
    patterns: dict[str, str] = field(default_factory=dict)
    # Rule name → a pattern whose presence in the expression's sentence vetoes the rule (normalization.txt's
    # `guard` lines: "the third quarter" of a game report is no calendar quarter).
    guards: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def pattern(self, name: str) -> str:
        if name not in self.patterns:
            raise ResourceError(f"time/patterns.txt: the engine needs %{name}, which is not defined")
        return self.patterns[name]

    def number(self, text: str) -> str:
        """ "thirty-three" → "33", "10" → "10", "several" → "X"."""
        text = text.lower().strip()
        if re.fullmatch(r"\d+(?:\.\d+)?", text):
            return text.rstrip("0").rstrip(".") if "." in text else text
        table = self.tables["number"]
        if text in table:
            return table[text]
        total = 0
        for part in re.split(r"[- ]", text):
            value = table.get(part)
            if value is None or not value.isdigit():
                return "X"
            total = total * 100 if value == "100" and total else total + int(value)
        return str(total)


def _expand(pattern: str, named: dict[str, str], where: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in named:
            raise ResourceError(f"{where}: unknown pattern %{name}")
        return f"(?:{named[name]})"

    return REFERENCE.sub(replace, pattern)


def load_time_rules(resources: Resources, normalisers: set[str] | None = None) -> TimeRules:
    named: dict[str, str] = {}
    for n, line in read_lines(resources.path("time/patterns.txt")):
        name, sep, pattern = line.partition("=")
        name = name.strip()
        if not sep or not name.startswith("%"):
            raise ResourceError(f"time/patterns.txt:{n}: expected '%name = regex'")
        named[name[1:]] = _expand(pattern.strip(), named, f"time/patterns.txt:{n}")
    rules = TimeRules(patterns=named)
    for n, line in read_lines(resources.path("time/normalization.txt")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 3:
            raise ResourceError(f"time/normalization.txt:{n}: expected 'kind | surface | value'")
        rules.tables.setdefault(fields[0], {})[fields[1]] = fields[2]
    for n, line in read_lines(resources.path("time/rules.txt")):
        where = f"time/rules.txt:{n}"
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) != 4:
            raise ResourceError(f"{where}: expected 'name | type | pattern | normaliser'")
        name, kind, pattern, normaliser = fields
        if kind not in TYPES:
            raise ResourceError(f"{where}: unknown TIMEX3 type {kind}")
        if normalisers is not None and normaliser not in normalisers:
            raise ResourceError(f"{where}: unknown normaliser {normaliser}")
        try:
            regex = re.compile(_expand(pattern, named, where), re.IGNORECASE)
        except re.error as error:
            raise ResourceError(f"{where}: bad regular expression: {error}") from None
        rules.rules.append(Rule(name, kind, regex, normaliser, where))
    names = {rule.name for rule in rules.rules}
    for rule_name, pattern_name in rules.tables.get("guard", {}).items():
        if rule_name not in names:
            raise ResourceError(f"time/normalization.txt: guard for unknown rule {rule_name}")
        if pattern_name not in named:
            raise ResourceError(f"time/normalization.txt: guard names unknown pattern %{pattern_name}")
        rules.guards[rule_name] = re.compile(rf"\b(?:{named[pattern_name]})\b", re.IGNORECASE)
    return rules
