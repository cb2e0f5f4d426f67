"""The rules that name a figure's kind (`resources/facts/kinds.txt`, `nouns.txt`, `verbs.txt`,
`recorded.txt`): loaded, and a word or a clause matched against them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from bilat.models import Quantity
from bilat.resources import ResourceError, Resources, read_lines

UNIT_CLASS = {"USD": "money", "people": "people", "percent": "percent"}


# "things": counted things other than people ("eight fishing boats"), named by facts/things.txt.
UNIT_CLASSES = {"money", "people", "percent", "things", "any"}


NO_FACT = "-"


@dataclass(frozen=True)
class KindRule:
    kind: str
    unit: str
    cue: re.Pattern[str]


@dataclass(frozen=True)
class WordRule:
    """A kind for a noun (or a verb) with, optionally, a word that must modify it (or be its object)."""

    kind: str
    unit: str
    head: str
    with_word: str | None


def load_kinds(resources: Resources) -> list[KindRule]:
    rules = []
    for n, line in read_lines(resources.path("facts/kinds.txt")):
        fields = [f.strip() for f in line.split("|", 2)]
        if len(fields) != 3 or fields[1] not in UNIT_CLASSES:
            raise ResourceError(f"facts/kinds.txt:{n}: expected 'kind | money|people|percent|any | cue'")
        try:
            rules.append(KindRule(fields[0], fields[1], re.compile(fields[2], re.I)))
        except re.error as error:
            raise ResourceError(f"facts/kinds.txt:{n}: bad regular expression: {error}") from None
    return rules


def _load_words(resources: Resources, name: str, second: str) -> list[WordRule]:
    rules = []
    for n, line in read_lines(resources.path(name)):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 3 or fields[1] not in UNIT_CLASSES or not re.fullmatch(r"[a-z_]+|-", fields[0]):
            raise ResourceError(f"{name}:{n}: expected 'kind | money|people|percent|any | words'")
        for entry in filter(None, (w.strip() for w in fields[2].split(","))):
            words = entry.split()
            if len(words) > 2 or entry != entry.lower():
                raise ResourceError(f"{name}:{n}: '{entry}': one lower-case word, or a {second} and a word")
            if len(words) == 2:
                # nouns: "military aid" (modifier, noun); verbs: "lose life" (verb, object).
                head, other = (words[1], words[0]) if second == "modifier" else (words[0], words[1])
            else:
                head, other = words[0], None
            rules.append(WordRule(fields[0], fields[1], head, other))
    return rules


def load_recorded(resources: Resources) -> dict[str, float | None]:
    """The kinds recorded as facts, each with the least value worth recording (None: any); the other
    kinds are recognised only to be told apart and left out."""
    kinds: dict[str, float | None] = {}
    for n, line in read_lines(resources.path("facts/recorded.txt")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) > 2 or not re.fullmatch(r"[a-z_]+", fields[0]):
            raise ResourceError(f"facts/recorded.txt:{n}: expected 'kind' or 'kind | least value'")
        try:
            kinds[fields[0]] = float(fields[1]) if len(fields) == 2 else None
        except ValueError:
            raise ResourceError(f"facts/recorded.txt:{n}: '{fields[1]}' is no number") from None
    return kinds


def load_nouns(resources: Resources) -> list[WordRule]:
    return _load_words(resources, "facts/nouns.txt", "modifier")


def load_verbs(resources: Resources) -> list[WordRule]:
    return _load_words(resources, "facts/verbs.txt", "verb and its object")


def _forms(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def _word_kind(
    token: Token, rules: list[WordRule], unit_class: str, related: set[str], forms: set[str] | None = None
) -> str | None:
    """The first rule for this word and unit class; a two-word rule needs its other word in ``related``.
    ``forms``: the word's forms when the parse misreads it (else its text and lemma)."""
    forms = forms or _forms(token)
    for rule in rules:
        fits = rule.unit in {unit_class, "any"} and rule.head in forms
        if fits and (rule.with_word is None or rule.with_word in related):
            return rule.kind
    return None


def _noun_kind(noun: Token, rules: list[WordRule], unit_class: str) -> str | None:
    # A compound shares its head's modifiers: "a concessional loan agreement" is a concessional loan.
    holders = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    modifiers = {
        f for h in holders for c in h.children if c.dep_ in {"compound", "amod", "nmod"} for f in _forms(c)
    }
    return _word_kind(noun, rules, unit_class, modifiers)


def _cue_kind(quantity: Quantity, text: str, rules: list[KindRule]) -> str:
    unit_class = UNIT_CLASS.get(quantity.unit, "any")
    for rule in rules:
        if rule.unit in {unit_class, "any"} and rule.cue.search(text):
            return rule.kind
    return "count"


def _first(tokens: list[Token], kind_of: Callable[[Token], str | None]) -> str | None:
    return next(filter(None, map(kind_of, tokens)), None)
