"""Loader for the time-expression resources: named patterns, normalisation tables and rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

# re's own parser (private, stable since 3.11, which pyproject requires): the opening test and the
# required strings are read off the pattern exactly as the engine that runs it reads it.
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
    # The same pattern behind a zero-width test of its opening characters (see opening_test): it finds
    # exactly the matches of ``regex``, but the engine leaves most positions after a class test or two
    # instead of trying every alternative of the rule there. None when no such test can be derived.
    scan: re.Pattern[str] | None = None
    # Sets of lowercase strings (required_strings): a text lacking every string of any one set cannot match.
    needs: tuple[frozenset[str], ...] = ()

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
# How many opening characters the test looks at: two tell "Ja"/"Ju" apart from every other "J" word and
# "a " from "ap"/"au", which one cannot; more would multiply the alternatives the test has to try.
OPENING = 2
# Past this many openings a rule is too open for the test to save anything (and the derivation stops).
MOST_OPENINGS = 400

Atom = frozenset[str]  # the members of one character class: "a", "0-9", "\\d"
Openings = set[tuple[Atom, ...]]


class _NoTest(Exception):
    """The pattern holds a construct the derivation does not read, or opens too many ways."""


def _concat(left: Openings, right: Openings) -> Openings:
    out = {p if len(p) >= OPENING else (p + q)[:OPENING] for p in left for q in right}
    if len(out) > MOST_OPENINGS:
        raise _NoTest
    return out


def _atom(op: object, av: object) -> Atom:
    if op is sre.LITERAL:
        return frozenset({re.escape(chr(av))})
    members = set()
    for kind, value in av:
        if kind is sre.LITERAL:
            members.add(re.escape(chr(value)))
        elif kind is sre.RANGE:
            members.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind is sre.CATEGORY and value in CATEGORIES:
            members.add(CATEGORIES[value])
        else:  # a negated class, or one this does not read
            raise _NoTest
    return frozenset(members)


def _openings(items: list) -> Openings:
    """Every way a match of the parsed sequence ``items`` can open: tuples of up to OPENING character
    classes, one per character; a shorter tuple is a whole match."""
    result: Openings = {()}
    for op, av in items:
        if all(len(p) >= OPENING for p in result):
            break
        if op in ZERO_WIDTH:
            # Lookarounds and anchors consume nothing: the next items still supply the characters
            # (ignoring their condition only widens the test, which keeps it safe).
            continue
        if op is sre.LITERAL or op is sre.IN:
            part = {(_atom(op, av),)}
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:  # a scoped flag would change what a class means
                raise _NoTest
            part = _openings(sub.data)
        elif op is sre.ATOMIC_GROUP:
            part = _openings(av.data)
        elif op is sre.BRANCH:
            part = set().union(*(_openings(branch.data) for branch in av[1]))
        elif op in REPEATS:
            # n copies for n from the least to OPENING cover every count: past OPENING copies the first
            # characters are those of OPENING copies.
            low, high, sub = av
            one, power, part = _openings(sub.data), {()}, set()
            for n in range(min(high, OPENING) + 1):
                if n >= min(low, OPENING):
                    part |= power
                power = _concat(power, one)
        else:  # any character, a back-reference, a conditional group: no test
            raise _NoTest
        result = _concat(result, part)
    return result


def _klass(atom: Atom) -> str:
    return "[" + "".join(sorted(atom)) + "]"


def opening_test(pattern: str, flags: int) -> str | None:
    """A lookahead that every match of ``pattern`` passes at its start, or None. Under the same flags,
    ``test + (?:pattern)`` finds exactly the matches of ``pattern`` (the test consumes nothing, so spans and
    groups are unchanged), but the engine leaves most positions after a class test or two instead of trying
    every alternative of the rule there. Derived with re's own parser, so it reads the pattern as the
    engine that runs it does."""
    try:
        openings = _openings(_parser.parse(pattern, flags).data)
    except (_NoTest, re.error, TypeError, ValueError, AttributeError):
        return None
    if not openings or () in openings:  # it can match nothing: every position is a candidate
        return None
    firsts = frozenset().union(*(opening[0] for opening in openings))
    if any(len(opening) == 1 for opening in openings):
        return f"(?={_klass(firsts)})"
    return f"(?={_klass(firsts)}{_klass(frozenset().union(*(opening[1] for opening in openings)))})"


# Required words. A rule that cannot match without one of a few strings ("quarter", a month name, "ago")
# need not scan a text that holds none of them; the strings come from the pattern itself, so no rule
# declares them. Every string is lowercase ASCII, checked against the text folded the same way.
MOST_EXACT = 64  # strings a part may spell before it counts as open ("Jan", "Jan.", "January"...)
NEEDS_KEPT = 3  # the most selective sets of a rule, all of which must be met
# The only characters outside ASCII that IGNORECASE matches to an ASCII letter (tests/nlp checks this
# against every code point): folded to that letter, so "ſeconds" still holds "seconds".
ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

Spelled = tuple[set[str] | None, list[set[str]]]  # every string a part matches, or None; its needs


def fold(text: str) -> str:
    """``text`` as the required strings are written: lowercase, with the odd letters IGNORECASE matches
    to ASCII ones turned into those."""
    # translate() maps character by character in Python objects: only worth it when one of them is there.
    if not text.isascii() and any(chr(c) in text for c in ASCII_FOLD):
        text = text.translate(ASCII_FOLD)
    return text.lower()


def _usable(strings: set[str] | None) -> bool:
    return strings is not None and "" not in strings


def _best(needs: list[set[str]]) -> set[str] | None:
    """The most selective set: its shortest string longest, then the fewest strings."""
    return max(needs, key=lambda n: (min(map(len, n)), -len(n))) if needs else None


def _spell_one(op: object, av: object) -> Spelled:
    if op in ZERO_WIDTH:  # consumes nothing: the strings around it meet
        return {""}, []
    if op is sre.LITERAL:
        return ({chr(av).lower()} if chr(av).isascii() else None), []
    if op is sre.IN:
        chars = {chr(v).lower() for k, v in av if k is sre.LITERAL and chr(v).isascii()}
        small = all(k is sre.LITERAL and chr(v).isascii() for k, v in av) and len(chars) <= 8
        return (chars if small else None), []
    if op is sre.SUBPATTERN:
        return _spell(av[3].data)
    if op is sre.BRANCH:
        parts = [_spell(branch.data) for branch in av[1]]
        exact = None
        if all(e is not None for e, _ in parts):
            exact = set().union(*(e for e, _ in parts))
            exact = exact if len(exact) <= MOST_EXACT else None
        # Every alternative must bring a need of its own, or the branch needs nothing.
        own = [_best(n) or (e if _usable(e) else None) for e, n in parts]
        return exact, ([set().union(*own)] if all(o is not None for o in own) else [])
    if op in REPEATS:
        low, high, sub = av
        exact, needs = _spell(sub.data)
        if low == 0:
            return ({*exact, ""} if exact is not None and high == 1 else None), []
        # At least one copy: the copy's needs hold.
        own = _best(needs) or (exact if _usable(exact) else None)
        return (exact if low == high == 1 else None), ([own] if own else [])
    return None, []


def _spell(items: list) -> Spelled:
    """The strings a parsed sequence can match (when few), and sets of strings one of each of which every
    match holds: runs of parts that spell few strings ("quarter", "Jan"/"Jan."/"January"), or a part's
    own needs."""
    run: set[str] = {""}
    needs: list[set[str]] = []
    whole = True
    for op, av in items:
        exact, own = _spell_one(op, av)
        needs += own
        if exact is not None and len(joined := {a + b for a in run for b in exact}) <= MOST_EXACT:
            run = joined
            continue
        whole = False
        if _usable(run):
            needs.append(run)
        run = exact if exact is not None else {""}
    if _usable(run):
        needs.append(run)
    return (run if whole else None), needs


def required_strings(pattern: str, flags: int) -> tuple[frozenset[str], ...]:
    """Sets of lowercase strings one of each of which every match of ``pattern`` holds (folded with
    ``fold``); empty when nothing is required or the pattern cannot be read."""
    try:
        _, needs = _spell(_parser.parse(pattern, flags).data)
    except (re.error, TypeError, ValueError, AttributeError):
        return ()
    distinct = sorted({frozenset(n) for n in needs}, key=lambda n: (min(map(len, n)), -len(n), sorted(n)))
    return tuple(distinct[::-1][:NEEDS_KEPT])


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
        test = opening_test(expanded, re.IGNORECASE)
        scan = re.compile(f"{test}(?:{expanded})", re.IGNORECASE) if test else None
        needs = required_strings(expanded, re.IGNORECASE)
        rules.rules.append(Rule(name, kind, regex, normaliser, where, scan, needs))
    names = {rule.name for rule in rules.rules}
    for rule_name, pattern_name in rules.tables.get("guard", {}).items():
        if rule_name not in names:
            raise ResourceError(f"time/normalization.txt: guard for unknown rule {rule_name}")
        if pattern_name not in named:
            raise ResourceError(f"time/normalization.txt: guard names unknown pattern %{pattern_name}")
        rules.guards[rule_name] = re.compile(rf"\b(?:{named[pattern_name]})\b", re.IGNORECASE)
    return rules
