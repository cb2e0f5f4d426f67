"""What a figure's own words say of it: its approximation set apart, a change told as a fall, names of
organisations blanked, a fine risked rather than imposed, people counted aboard who were held."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bilat.models import Quantity, Sentence
from bilat.nlp.date_attachment import clause_verb
from bilat.nlp.doctext import span_ents
from bilat.nlp.parsed import Parsed
from bilat.resources import Resources, read_lines

# "detained everyone on board", "arrested all those aboard", "held the crews on board": a seizure that
# took every person aboard the vessels.
ALL_ABOARD_HELD = re.compile(
    r"\b(?:detain|arrest|held|hold|holding|seiz)\w*\s+(?:everyone|everybody|all(?:\s+(?:those|the|their|its)"
    r"(?:\s+\w+)?|\s+\w+)?|the\s+crews?|their\s+crews?|its\s+crews?)\s+(?:on\s+board|aboard)\b",
    re.I,
)


ABOARD = re.compile(r"\b(?:aboard|on\s+board)\b", re.I)


def _held_aboard(parsed: Parsed, sentence: Sentence, clause: str) -> bool:
    """People counted aboard ("46 fishermen had been aboard the boats") in a story that told, before, of
    everyone aboard being held: the count is of the people held, told by whoever counted those aboard."""
    return bool(ABOARD.search(clause)) and bool(
        ALL_ABOARD_HELD.search(parsed.document.text, 0, sentence.start)
    )


# The words of a name say nothing of what a figure measures: "the Trade Bank of Jordan", "the World Trade
# Organization", "the Export Promotion Bureau".
NAMES = {"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"}


def _without_names(parsed: Parsed, sentence: Sentence) -> str:
    """The sentence with its names of organisations and the like blanked, offsets kept."""
    text = sentence.text
    span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    for entity in span_ents(span) if span is not None else []:
        if entity.label_ in NAMES:
            start = max(0, entity.start_char - sentence.start)
            end = min(len(text), entity.end_char - sentence.start)
            text = text[:start] + "_" * (end - start) + text[end:]
    return text


GROWTH = {"trade_growth", "change"}


def load_falls(resources: Resources) -> frozenset[str]:
    return frozenset(line.strip().lower() for _, line in read_lines(resources.path("facts/falls.txt")))


def _falls(span: Span | None, falls: frozenset[str]) -> bool:
    """A change told as a fall: the word the figure hangs on ("down 11 percent", "dropped 22 percent",
    "a decrease of 9 percent", "fell by 5%"), or one it modifies ("a 4 percent decline")."""
    if span is None:
        return False
    token = span.root
    words = [c for c in token.children if c.dep_ in {"advmod", "amod"}]
    for _ in range(3):
        if token.head == token:
            break
        token = token.head
        words.append(token)
        if token.lower_ not in {"of", "by"}:
            break
    return any(_forms(w) & falls for w in words)


def _forms(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


# The words of an approximation before a figure ("up to", "more than", "an estimated").
APPROX_WORDS = {
    "up",
    "to",
    "about",
    "around",
    "nearly",
    "almost",
    "more",
    "than",
    "over",
    "some",
    "roughly",
    "approximately",
    "at",
    "least",
    "less",
    "fewer",
    "under",
    "below",
    "above",
    "close",
    "an",
    "estimated",
    "exceeding",
}


def _without_approx(span: Span | None, quantity: Quantity) -> Span | None:
    """The figure without the approximation before it: "finance up to $1.2 billion of imports" hangs
    "up" on the verb as its particle, and the figure's noun and verb are read from the number's."""
    if span is None or not quantity.approx:
        return span
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in APPROX_WORDS:
        start += 1
    return span.doc[start : span.end]


# The words of a fine that may come or is the rule, not one imposed: "faces a fine that could reach",
# "are usually freed once they pay a fine of 900 euros".
RISKED = {"face", "risk"}


MAY = {"could", "may", "might", "would", "can"}


HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|routinely)\b", re.I)


def _fine_not_imposed(span: Span | None, quantity: Quantity, sentence: str) -> bool:
    """A fine is a fact when it was imposed on someone; one that a law allows ("up to"), that someone
    faces or risks ("faces a fine that could reach"), or that is the rule, is none."""
    if quantity.approx == "under" or HABITUAL.search(sentence):
        return True
    if span is None:
        return False
    verbs = [clause_verb(span.root)]
    if verbs[0].dep_ in {"relcl", "acl"}:
        verbs.append(clause_verb(verbs[0].head))  # the fine the relative clause tells of is faced
    return any(
        v.lemma_.lower() in RISKED or any(c.dep_ == "aux" and c.lower_ in MAY for c in v.children)
        for v in verbs
    )
