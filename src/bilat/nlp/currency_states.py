"""Currency names several states share ("dirhams", "dinars", "pesos"): whose money a sum is.

A plain shared name is no currency by itself: a Moroccan story's "dirhams" are Moroccan dirhams, not the
UAE's. The state is the one an adjective right before the name gives ("Tunisian dinars"), else the one
state of the name's list the sentence names, else the one the article names; with none or more than one the
sum stays unread rather than guessed (resources/facts/shared_currencies.txt).
"""

from __future__ import annotations

from dataclasses import dataclass

from bilat.nlp.countries import load_gazetteer
from bilat.nlp.parsed import Parsed
from bilat.resources import ResourceError, Resources, read_lines


@dataclass(frozen=True)
class SharedCurrency:
    default: str | None  # the code the name means unless its sentence names another listed state
    by_state: dict[str, str]  # ISO3 of a state → its ISO 4217 code


def load_shared_currencies(resources: Resources) -> dict[str, SharedCurrency]:
    """Lower-case currency name → its states' codes."""
    shared: dict[str, SharedCurrency] = {}
    for n, line in read_lines(resources.path("facts/shared_currencies.txt")):
        fields = [f.strip() for f in line.split("|")]
        try:
            names, default, pairs = fields
            by_state = dict(pair.strip().split("=") for pair in pairs.split(","))
        except ValueError:
            raise ResourceError(
                f"facts/shared_currencies.txt:{n}: expected 'names | default | ISO3=code, ...'"
            ) from None
        currency = SharedCurrency(
            None if default == "-" else default, {k.strip(): v.strip() for k, v in by_state.items()}
        )
        for name in names.split(","):
            shared[name.strip().lower()] = currency
    return shared


def _one(codes: set[str]) -> str | None:
    return next(iter(codes)) if len(codes) == 1 else None


def shared_currency_code(
    currency: SharedCurrency, adjective: str | None, parsed: Parsed, sentence: int, resources: Resources
) -> str | None:
    """The code of a shared currency name in sentence ``sentence``, or None when the text does not say."""
    if adjective:
        gazetteer = resources.load("actors.gazetteer", load_gazetteer)
        state = gazetteer.country_of(adjective)
        if state is not None:
            # "Jordanian dinars"; a state the name is not the money of ("Panamanian dollars") is unknown.
            return currency.by_state.get(state)
    if currency.default is not None:
        # "dollars" in world news are US dollars: only a state's adjective ("Canadian dollars") or a name
        # the currency table lists ("New Zealand dollars") says otherwise, never a state the sentence names
        # ("trade with New Zealand is worth 310 million dollars").
        return currency.default
    mentions = parsed.actors.mentions
    in_sentence = {
        currency.by_state[m.country]
        for m in mentions
        if m.sentence == sentence and m.country in currency.by_state
    }
    if in_sentence:
        return _one(in_sentence)
    return _one({currency.by_state[m.country] for m in mentions if m.country in currency.by_state})
