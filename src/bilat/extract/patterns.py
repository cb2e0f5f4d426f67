"""Verb and noun event patterns from resources/events/verbs.txt and nouns.txt."""

from __future__ import annotations

from dataclasses import dataclass, field

from bilat.extract.codebook import load_codebook
from bilat.resources import ResourceError, Resources, read_lines

TARGET_SLOTS = {
    "obj",
    "with",
    "to",
    "in",
    "of",
    "against",
    "on",
    "for",
    "from",
    "at",
    "into",
    "near",
    "between",
    "by",
    "comp",
    "dyad",
    "that",
    "outside",
    "towards",
    "front",
}
SOURCE_SLOTS = {"poss", "of", "by", "mod", "ctx", "between"}
# alone: an act with no addressee is kept; host: an act only the state hosting a foreign envoy or
# mission does (summoning, expelling), whose unnamed agent is the article's other state.
# crowd: fires only when a crowd is the subject ("demonstrators gathered outside the embassy").
# own (nouns): the act named inside another word ("protested the detention of …") is kept only with a
# date of its own, since the sentence's date is the other word's.
OPTIONS = {"sym", "place", "speech", "stative", "alone", "host", "crowd", "own", "dated"}


@dataclass(frozen=True)
class Pattern:
    trigger: str
    objects: frozenset[str] | None  # None: any object or none
    target_from: tuple[str, ...]
    code: str
    options: frozenset[str] = frozenset()
    refine: tuple[tuple[str, str], ...] = ()  # (modifier word, code)
    source_from: tuple[str, ...] = ()  # nouns only
    where: str = ""

    @property
    def specificity(self) -> int:
        return 0 if self.objects is None else 1


@dataclass
class Patterns:
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)


def _words(text: str, sets: dict[str, frozenset[str]], where: str) -> frozenset[str] | None:
    text = text.strip()
    if text == "*":
        return None
    words: set[str] = set()
    for item in (w.strip() for w in text.split(",")):
        if item.startswith("@"):
            if item not in sets:
                raise ResourceError(f"{where}: unknown set {item}")
            words |= sets[item]
        elif item:
            words.add(item.lower())
    return frozenset(words)


def _slots(text: str, allowed: set[str], where: str) -> tuple[str, ...]:
    slots = tuple(s.strip() for s in text.split(",") if s.strip())
    unknown = [s for s in slots if s not in allowed]
    if unknown:
        raise ResourceError(f"{where}: unknown slot {unknown[0]!r}")
    return slots


def _options(text: str, codes: dict, where: str) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    options, refine = set(), []
    for item in (o.strip() for o in text.split(",") if o.strip()):
        if item.startswith("mod:"):
            item = item[4:]
        if "=" in item:
            word, code = item.split("=", 1)
            if code not in codes:
                raise ResourceError(f"{where}: unknown CAMEO code {code}")
            refine.append((word.strip(), code.strip()))
        elif item in OPTIONS:
            options.add(item)
        else:
            raise ResourceError(f"{where}: unknown option {item!r}")
    return frozenset(options), tuple(refine)


def _read(resources: Resources, name: str, columns: int, codes: dict) -> list[tuple[str, list[str], dict]]:
    sets: dict[str, frozenset[str]] = {}
    rows = []
    for n, line in read_lines(resources.path(f"events/{name}")):
        where = f"events/{name}:{n}"
        if line.startswith("[@"):
            label, _, members = line[1:].partition("]")
            sets[label] = frozenset(w.strip().lower() for w in members.split(",") if w.strip())
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != columns:
            raise ResourceError(f"{where}: expected {columns} fields separated by '|', found {len(fields)}")
        rows.append((where, fields, sets))
    return rows


def _pattern(
    where: str,
    sets: dict,
    codes: dict,
    trigger: str,
    objects: str,
    target: str,
    code: str,
    options: str,
    source: str | None = None,
) -> Pattern:
    if code not in codes:
        raise ResourceError(f"{where}: unknown CAMEO code {code}")
    opts, refine = _options(options, codes, where)
    return Pattern(
        trigger.lower(),
        _words(objects, sets, where),
        _slots(target, TARGET_SLOTS, where),
        code,
        opts,
        refine,
        _slots(source, SOURCE_SLOTS, where) if source is not None else (),
        where=where,
    )


def load_patterns(resources: Resources) -> Patterns:
    codes = resources.load("events.codebook", load_codebook)
    patterns = Patterns()
    for where, (trigger, objects, target, code, options), sets in _read(resources, "verbs.txt", 5, codes):
        pattern = _pattern(where, sets, codes, trigger, objects, target, code, options)
        patterns.verbs.setdefault(pattern.trigger, []).append(pattern)
    for where, fields, sets in _read(resources, "nouns.txt", 6, codes):
        trigger, objects, source, target, code, options = fields
        pattern = _pattern(where, sets, codes, trigger, objects, target, code, options, source)
        # "phone call": filed under its head noun; the modifiers are checked on the parse.
        patterns.nouns.setdefault(pattern.trigger.split()[-1], []).append(pattern)
    for table in (patterns.verbs, patterns.nouns):
        for items in table.values():
            items.sort(key=lambda p: -p.specificity)
        # "mobilised", "normalisation": a line written in one spelling serves the other.
        for trigger in list(table):
            for variant in spelling_variants(trigger):
                table.setdefault(variant, table[trigger])
    return patterns


# British and American spellings of a word's verb-forming suffix: -ise/-ize, -yse/-yze, and the nouns
# formed from them (-isation/-ization).
SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("yse", "yze"))


def spelling_variants(phrase: str) -> list[str]:
    """The other spellings of a trigger whose first word ends in a spelling-variant suffix ("recognise"
    → recognize, "normalization" → normalisation); [] for any other word."""
    first, _, rest = phrase.partition(" ")
    variants = []
    for british, american in SPELLINGS:
        for old, new in ((british, american), (american, british)):
            if first.endswith(old) and len(first) > len(old) + 2:
                variants.append(" ".join(filter(None, (first[: -len(old)] + new, rest))))
    return variants
