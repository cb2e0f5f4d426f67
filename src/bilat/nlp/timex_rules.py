"""Loader for the time-expression resources: named patterns, normalisation tables and rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from re import _constants as sre
from re import _parser

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
    # The same pattern behind a zero-width test of its first character (see first_characters): it finds
    # exactly the matches of ``regex``, but the engine gives up at most positions after one comparison
    # instead of trying every alternative of the rule there. None when no such test can be derived.
    scan: re.Pattern[str] | None = None

    def finditer(self, text: str, prefilter: bool = True) -> Iterator[re.Match[str]]:
        return (self.scan if prefilter and self.scan is not None else self.regex).finditer(text)


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


CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}


def _first(items: list) -> tuple[set[str] | None, bool]:
    """The character-class members that can open a match of the parsed sequence ``items`` and whether it
    can match the empty string. None: any character may open it (or a construct this does not read)."""
    first: set[str] = set()
    for op, av in items:
        if op in ZERO_WIDTH:
            # Lookarounds and anchors consume nothing: the next item still supplies the first character
            # (ignoring their condition only widens the set, which keeps the test safe).
            continue
        if op is sre.LITERAL:
            chars, empty = {re.escape(chr(av))}, False
        elif op is sre.IN:
            chars, empty = set(), False
            for kind, value in av:
                if kind is sre.LITERAL:
                    chars.add(re.escape(chr(value)))
                elif kind is sre.RANGE:
                    chars.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is sre.CATEGORY and value in CATEGORIES:
                    chars.add(CATEGORIES[value])
                else:  # a negated class, or one this does not read
                    return None, False
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:  # a scoped flag would change what the class means
                return None, False
            chars, empty = _first(sub.data)
        elif op is sre.ATOMIC_GROUP:
            chars, empty = _first(av.data)
        elif op is sre.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                part, part_empty = _first(branch.data)
                if part is None:
                    return None, False
                chars |= part
                empty = empty or part_empty
        elif op in REPEATS:
            low, high, sub = av
            chars, empty = _first(sub.data)
            if chars is None:
                return None, False
            empty = empty or low == 0 or high == 0
        else:  # any character, a back-reference, a conditional group: no test
            return None, False
        if chars is None:
            return None, False
        first |= chars
        if not empty:
            return first, False
    return first, True


def first_characters(pattern: str, flags: int) -> str | None:
    """A character class holding every character that can open a match of ``pattern``, or None. Under the
    same flags, ``(?=[class])(?:pattern)`` matches exactly what ``pattern`` does: a match must open with
    such a character, and the lookahead consumes nothing, so spans and groups are unchanged."""
    try:
        chars, empty = _first(_parser.parse(pattern, flags).data)
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if chars is None or empty or not chars:
        return None
    return "[" + "".join(sorted(chars)) + "]"


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
        expanded = _expand(pattern, named, where)
        try:
            regex = re.compile(expanded, re.IGNORECASE)
        except re.error as error:
            raise ResourceError(f"{where}: bad regular expression: {error}") from None
        opening = first_characters(expanded, re.IGNORECASE)
        scan = re.compile(f"(?={opening})(?:{expanded})", re.IGNORECASE) if opening else None
        rules.rules.append(Rule(name, kind, regex, normaliser, where, scan))
    names = {rule.name for rule in rules.rules}
    for rule_name, pattern_name in rules.tables.get("guard", {}).items():
        if rule_name not in names:
            raise ResourceError(f"time/normalization.txt: guard for unknown rule {rule_name}")
        if pattern_name not in named:
            raise ResourceError(f"time/normalization.txt: guard names unknown pattern %{pattern_name}")
        rules.guards[rule_name] = re.compile(rf"\b(?:{named[pattern_name]})\b", re.IGNORECASE)
    return rules
