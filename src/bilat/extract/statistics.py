"""Trade flows and investment stocks told as figures are statistics, not events.

"Chile exported goods worth 300 million USD to Peru last year", "Trade between the two reached 2 billion
USD", "Spanish firms have invested 4 billion euros in Morocco": CAMEO codes acts between states, and a
volume of trade or a stock of investment is neither an act nor dated as one (it is a period's total,
usually quoted from a statistics office). A decision about trade ("will export gas to …", "banned imports
from …") names no figure of a flow and stays an event.
"""

from __future__ import annotations

from spacy.tokens import Token

FLOWS = {"export", "import", "trade", "reexport"}
STOCKS = {"invest"}
FIGURE_ENTITIES = {"MONEY", "QUANTITY", "PERCENT"}
# Clauses of their own under the trigger: their figures are not the flow's.
OTHER_CLAUSES = {"conj", "ccomp", "advcl", "parataxis", "relcl", "xcomp", "cc"}
# "Trade … reached / totalled / rose to …": verbs that give a flow its figure.
AMOUNT_VERBS = {"reach", "total", "rise", "fall", "grow", "climb", "drop", "stand", "amount", "exceed", "hit"}


def _figure_in(word: Token) -> bool:
    """A figure among ``word``'s own arguments: an amount of money, a quantity, "worth"."""
    for child in word.children:
        if child.dep_ in OTHER_CLAUSES:
            continue
        for t in child.subtree:
            if t.ent_type_ in FIGURE_ENTITIES or t.lower_ == "worth":
                return True
    return False


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


# Verbs of arriving or receiving whose figure is a volume: "exports came to 1.1 billion USD", "received
# 1.04 billion cubic metres of gas", as against "came to Rome", "received the minister".
VOLUME_VERBS = {"come", "receive"}
# Visits counted by the thousand are travel figures: "150,000 citizens visited Turkey last year".
VISITOR_VERBS = {"visit", "travel"}
CROWD_FIGURE = 1000


def _volume(verb: Token) -> bool:
    """ "came to about 5 billion USD", "received 2 million tonnes of grain": the verb's own object (or
    its "to") is a figure."""
    slots = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to")]
    return any(t.ent_type_ in FIGURE_ENTITIES or t.lower_ in VOLUME_WORDS for s in slots for t in s.subtree)


VOLUME_WORDS = {"million", "billion", "trillion", "tonnes", "tons", "barrels", "metres", "meters"}


def _visitor_figure(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for t in (t for s in subjects for t in s.subtree):
        if t.like_num and t.text.replace(",", "").isdigit() and int(t.text.replace(",", "")) >= CROWD_FIGURE:
            return True
    return False


def trade_statistic(trigger: Token) -> bool:
    """Whether ``trigger`` tells a volume of trade or a stock of investment rather than an act."""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "VERB":
        if lemma in FLOWS:
            return _figure_in(trigger)
        if lemma in VOLUME_VERBS:
            return _volume(trigger)
        if lemma in VISITOR_VERBS:
            return _visitor_figure(trigger)
        return lemma in STOCKS and _perfect(trigger) and _figure_in(trigger)
    if lemma in FLOWS | {"investment"} and trigger.dep_ in {"nsubj", "nsubjpass"}:
        head = trigger.head
        return head.lemma_.lower() in AMOUNT_VERBS and _figure_in(head)
    return False


# Reported clauses of a saying: "said (that) trade reached …", "Trade grew …, the embassy said".
REPORTED = {"ccomp", "parataxis"}
FLOW_NOUNS = FLOWS | {"investment", "assistance", "aid"}


def _amount_clause(verb: Token) -> bool:
    """``verb`` gives a flow its figure: "trade reached 2 billion USD", "assistance amounted to …"."""
    if verb.lemma_.lower() not in AMOUNT_VERBS or not _figure_in(verb):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in FLOW_NOUNS for c in verb.children)


def reported_statistic(saying: Token) -> bool:
    """Whether a saying only reports a figure of trade or aid ("bilateral trade had reached 1.6 billion USD,
    the ambassador said"): the speaker quotes a statistic, it makes no statement to the other state."""
    clauses = [c for c in saying.children if c.dep_ in REPORTED and c.pos_ in {"VERB", "AUX"}]
    return bool(clauses) and all(_amount_clause(c) for c in clauses)
