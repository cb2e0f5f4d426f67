"""The rules quantities are read with (`resources/facts/currencies.txt`, `people.txt`, `things.txt`,
`shared_currencies.txt`): currencies and their rates, nouns of people and of things, and the patterns of
a sum, a count, a share and a bare number built from them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilat.nlp.alternation import trie_alternation
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.currency_states import SharedCurrency, load_shared_currencies
from bilat.nlp.number_words import APPROX, APPROX_RE, NUMBER, SCALE, _opening_with
from bilat.resources import ResourceError, Resources, read_lines


@dataclass(frozen=True)
class QuantityRules:
    money: re.Pattern[str]
    count: re.Pattern[str]
    percent: re.Pattern[str]
    currencies: dict[str, tuple[str, float]]  # surface (lower) → (code, USD rate)
    shared: dict[str, SharedCurrency]  # a name several states' currencies share → their codes
    people: frozenset[str]
    things: dict[str, str]
    number: re.Pattern[str]  # counted noun (plural) → fact kind
    # Nationalities in the plural as the gazetteer spells them ("Argentines"): people even when the
    # entity tagger leaves the word untagged.
    plural_demonyms: frozenset[str] = frozenset()


def load_quantity_rules(resources: Resources) -> QuantityRules:
    currencies: dict[str, tuple[str, float]] = {}
    for n, line in read_lines(resources.path("facts/currencies.txt")):
        fields = [f.strip() for f in line.split("|")]
        try:
            code, names, rate = fields
            value = float(rate)
        except ValueError:
            raise ResourceError(f"facts/currencies.txt:{n}: expected 'code | names | rate'") from None
        for name in [code, *names.split(",")]:
            if name.strip():
                currencies[name.strip().lower()] = (code, value)
    people = frozenset(line.lower() for _, line in read_lines(resources.path("facts/people.txt")))
    things: dict[str, str] = {}
    for n, line in read_lines(resources.path("facts/things.txt")):
        fields = [f.strip() for f in line.split("|")]
        if (
            len(fields) != 2
            or not re.fullmatch(r"[a-z]+", fields[0])
            or not re.fullmatch(r"[a-z_]+|-", fields[1])
        ):
            raise ResourceError(f"facts/things.txt:{n}: expected 'noun | kind'")
        things[fields[0]] = fields[1]
    shared = load_shared_currencies(resources)
    for currency in shared.values():
        for code in {*currency.by_state.values(), currency.default} - {None}:
            if code.lower() not in currencies:
                raise ResourceError(
                    f"facts/shared_currencies.txt: {code} has no rate in facts/currencies.txt"
                )
    # Longest name first, as trees of the names' openings (``bilat.nlp.alternation``): the money pattern
    # is tried at almost every letter, and two hundred names one by one were most of its cost.
    names = [*currencies, *shared]
    symbol = trie_alternation(n for n in names if not n.isalpha())
    word = trie_alternation(n for n in names if n.isalpha() or " " in n)
    money = _opening_with(
        [*APPROX, *currencies, *shared],
        APPROX_RE
        + r"(?:(?P<cur>"
        + symbol
        + r"|\b(?:"
        + word
        + r"))\s?)?"
        + NUMBER
        + SCALE
        # A state's adjective may stand between the number and a shared name: "2 billion Jordanian dinars".
        + r"(?:\s+(?:(?P<adj>(?-i:[A-Z][\w'’-]+))\s+)?(?P<cur2>"
        + word
        + r")\b)?",
        re.IGNORECASE,
    )
    # A number inside a name is no count: "FA-50 fighters", "the G-20 leaders". The optional words before
    # the noun ("300 Azerbaijani students", "12 Ugandan bus drivers") count only when the parse says they
    # modify a noun after them: otherwise "212 pilgrims on" would read "on" as the noun.
    count = _opening_with(
        list(APPROX),
        # A quote may open on the noun: nine "individuals without papers". A state told by its initials may
        # describe the noun: "1,000 U.S. troops", "40 U.K. nationals".
        APPROX_RE
        + r"(?<![\w./-])"
        + NUMBER
        + SCALE
        + r"\s+[\"“‘]?(?P<noun>(?:(?:[a-z][a-z-]*|(?:[a-z]\.){2,})\s+){0,4}[a-z]+)",
        re.IGNORECASE,
    )
    percent = _opening_with(
        list(APPROX), APPROX_RE + r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.IGNORECASE
    )
    # A figure with no noun of its own, counted by its clause's subject: "the number of visitors rose to
    # nearly 14,000".
    number = _opening_with(
        list(APPROX),
        APPROX_RE + r"(?<![\w./-])" + NUMBER + SCALE + r"(?!\s*(?:%|percent\b|per cent\b))",
        re.I,
    )
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    # "Argentine" → "Argentines", "Ivorian" → "Ivorians"; "Chinese", "French", "Swiss" have no -s plural.
    plural_demonyms = frozenset(
        f"{d}s"
        for d in gazetteer.demonyms
        if d[:1].isupper() and not d.endswith(("ese", "ch", "sh", "s", "i"))
    ) | frozenset(d for d in gazetteer.demonyms if d.endswith("is") and d[:-1] in gazetteer.demonyms)
    return QuantityRules(money, count, percent, currencies, shared, people, things, number, plural_demonyms)
