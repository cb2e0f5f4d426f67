"""What a sum or a volume is by its wording: a price of one unit, a debt still owed, a share of works,
duties paid, grants and loans together, a trade flow told by a noun or by the side a sentence takes."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bilat.extract.fact_anchors import ARGUMENT_DEPS, NOUNS, _clause_subjects
from bilat.extract.fact_kind_rules import _cue_kind, _first
from bilat.extract.fact_people import _possible_only
from bilat.models import Quantity
from bilat.nlp.date_attachment import clause_verb
from bilat.nlp.doctext import doc_text

# The determiners of a single unit: "a barrel sold for $83" is a price.
ONE = {"a", "an", "one", "each", "every", "per"}


EACH = {"each", "every"}


# Units of a rate that is still a total ("$2 billion a year" is a year's trade, not a price); "$15 an
# hour" and "$90 a night" are prices.
TIME_UNITS = {"year", "month", "week", "day", "quarter", "annum"}


PER_UNIT = re.compile(r"^\s*(?:(?:per|a|an|each)\s+(?P<unit>[a-z]+)|/\s*(?P<unit2>[a-z]+)|each\b)", re.I)


# What a state puts its own money into with another: works built together, or a fund they share.
WORKS = {"construction", "building", "fund", "upgrade", "upgrading", "rehabilitation", "expansion", "project"}


STILL_OWED = {"remaining", "outstanding", "unpaid", "overdue"}


def _of_an_object(token: Token) -> bool:
    """The sum measures the object of its verb: "paid an advance of 25 million USD"."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "dobj"


def _still_owed(span: Span) -> bool:
    """A sum left to pay: "the remaining 40 million USD", "its outstanding $2 billion"."""
    return any(c.dep_ == "amod" and c.lower_ in STILL_OWED for c in span.root.children)


def _a_share_of_works(span: Span) -> bool:
    """A sum a state contributes to works or a fund ("contribute $35 million to the construction of the
    post", "a fund each side pays $15 million into") is its investment, not aid to
    the other: the money stays in what both build."""
    verb = clause_verb(span.root)
    lemma = verb.lemma_.lower()
    if lemma not in {"contribute", "pay"}:
        return False
    # "will pay 1.4 billion EUR towards the cable": a share of a work both build; "pay to" a state is
    # a payment to it.
    toward = {"to", "towards", "toward"} if lemma == "contribute" else {"towards", "toward"}
    # The parse may hang "towards" on the sum itself: "pay [1.4 billion euros towards the cable]".
    heads = [verb, span.root] if lemma == "pay" else [verb]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in toward):
        for target in (c for c in prep.children if c.dep_ == "pobj"):
            if target.tag_ == "WDT" and verb.dep_ == "relcl":
                target = verb.head  # "a fund, to which each government will contribute"
            if target.lemma_.lower() in WORKS | BUILT:
                return True
    return False


# Works two states build that a share of money is paid towards: "towards the cable", "towards the bridge".
BUILT = {
    "cable",
    "bridge",
    "railway",
    "railroad",
    "pipeline",
    "dam",
    "tunnel",
    "canal",
    "interconnector",
    "road",
}


def _per_unit(span: Span) -> bool:
    """A price of one thing ("$5 per kilogram", "$80 a barrel", "$500 each"), not a total; a rate per
    span of time stays a total of its kind ("$2 billion a year")."""
    rest = doc_text(span.doc)[span.end_char : span.end_char + 30]
    match = PER_UNIT.match(rest)
    if not match:
        return False
    unit = (match.group("unit") or match.group("unit2") or "").lower()
    if re.match(r"\s+(?:earlier|before|ago|later)\b", rest[match.end() :], re.I):
        return False  # "60 million USD ten years before": when, not what one thing costs
    return unit.rstrip("s") not in TIME_UNITS


# A volume told per day, week or month, past what it is of: "400 tonnes of coal every week".
DAILY = re.compile(
    r"^(?:\s+of(?:\s+[\w-]+){1,3})?\s+(?:a|per|each|every)\s+(?:day|week|month|fortnight)\b", re.I
)


def _a_daily_volume(span: Span) -> bool:
    return bool(DAILY.match(doc_text(span.doc)[span.end_char : span.end_char + 60]))


LEVIES = {"tariff", "duty", "levy"}


def _sum_in(span: Span, lemmas: set[str]) -> bool:
    """The sum is told "in" these nouns ("$9 billion in duties"), on the sum or, as the parse may hang
    it, on its verb right after it."""
    root = span.root
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"]
    if root.dep_ == "dobj":
        preps += [
            c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == root.i + 1
        ]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in lemmas for p in preps for o in p.children)


def _still_to_trade(volume: Token) -> bool:
    """ "3 tonnes of shrimp to be sold", "ordered the catch, 3 tonnes of shrimp, to be sold": an infinitive
    on the volume, or on the verb whose object it stands beside, tells a trade still to come."""
    clauses = [c for c in volume.children if c.dep_ in {"relcl", "acl"}]
    if volume.dep_ == "appos" and volume.head.dep_ == "dobj":
        clauses += [c for c in volume.head.head.children if c.dep_ == "xcomp"]
    return any(any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in clauses)


# A sum made of grants and loans together is aid as a whole: "a package of grants and soft loans".
MIXED_FUNDS = {"grant", "loan"}


def _grants_and_loans(span: Span) -> bool:
    """The sum's nouns name both grants and loans ("a 90 million USD package of grants and loans",
    "$40 million in loans and grants")."""
    root = span.root
    near = [root, root.head] if root.head.pos_ in NOUNS else [root]
    pobjs = [
        o
        for n in near
        for p in n.children
        if p.dep_ == "prep" and p.lower_ in {"of", "in"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    lemmas = {t.lemma_.lower() for o in pobjs for t in [o, *o.conjuncts]}
    return lemmas >= MIXED_FUNDS


def _one_subject(span: Span, words: set[str]) -> bool:
    """The clause's subject is a single one of something: "a barrel of its crude sold for $83", "each
    prisoner was given $40"."""
    verb = clause_verb(span.root)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "acl":
        subjects.append(verb.head)  # "a barrel of its crude sold for $83"
    # "each had paid": the subject is the word itself.
    alone = any(s.lower_ in words and s.pos_ in {"PRON", "DET"} for s in subjects)
    return alone or any(
        d.dep_ in {"det", "nummod"} and d.lower_ in words for s in subjects for d in s.children
    )


def _trade_by_verb(span: Span, kind: str, quantity: Quantity, clause: str, sentence: str, cues) -> str:
    """A sum bought or sold: an arms deal when arms are bought ("Poland bought 250 tanks worth $4.75
    billion"); a price when one unit is ("a barrel sold for $83"); told from the side the sentence
    takes when it names only the other flow ("Iraq, one of Turkey's largest export markets, bought $11
    billion of Turkish goods" are Turkey's exports)."""
    if _cue_kind(quantity, clause or sentence, cues) == "arms_deal":
        return "arms_deal"
    if _one_subject(span, ONE):
        return "price"
    other = "exports" if kind == "imports" else "imports"
    if FLOW_WORDS[other].search(sentence) and not FLOW_WORDS[kind].search(sentence):
        return other
    return kind


# The words that name a flow from one side: "Ardenia's copper sales to Borovia, which bought …" tells the
# sum as Mongolia's exports.
FLOW_WORDS = {
    "exports": re.compile(r"\bexport|\bsales\s+(?:\w+\s+)?to\b|\bsold\s+to\b|\bshipments\s+to\b", re.I),
    "imports": re.compile(r"\bimport|\bpurchases\s+(?:\w+\s+)?from\b|\bbought\s+from\b", re.I),
}


# Nouns a volume of goods is "of" that name it a flow to another state: "the supply of 2 billion cubic
# metres of gas a year", "deliveries of 300,000 tonnes of wheat".
SUPPLY_NOUNS = {
    "supply": "exports",
    "delivery": "exports",
    "shipment": "exports",
    "export": "exports",
    "import": "imports",
}


def _volume_flow(span: Span) -> str | None:
    """The flow a volume is, told by a noun rather than a verb: the noun it is "of" ("the supply of
    2 billion cubic metres"), or its clause's subject ("rice exports to Egypt came to 410,000 tonnes")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        flow = SUPPLY_NOUNS.get(root.head.head.lemma_.lower())
        if flow:
            return flow
    # The volume is what the flow came to ("came to", "reached", "totalled"), not a base it is compared
    # with ("rose to 550 million USD from 2 billion tonnes").
    if root.dep_ not in {"dobj", "attr"} and not (root.dep_ == "pobj" and root.head.lower_ in {"to", "at"}):
        return None
    flows = {"export": "exports", "import": "imports"}
    return _first(_clause_subjects(span), lambda s: flows.get(s.lemma_.lower()))


def _not_done(noun: Token) -> bool:
    """Things a verb could act on, or one still to come ("to produce 260 missiles")."""
    verb = noun.head
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return _possible_only(noun) or (noun.dep_ in ARGUMENT_DEPS and infinitive)


# Airliners and the carriers that fly them: their purchase is a fleet's, not arms.
AIRLINERS = re.compile(
    r"\b(?:airliners?|(?:passenger|commercial|civil(?:ian)?)\s+(?:jets?|aircraft|planes?)|airlines?|airways)\b",
    re.I,
)
# Arms named beside the aircraft keep a deal an arms deal ("the airline and the air force ordered jets and
# missiles").
ARMS_BESIDE = re.compile(
    r"\b(?:arms|weapons|fighters?|military|air\s+force|artillery|missiles?|rockets?|launchers?|drones?|"
    r"ammunition|tanks|howitzers|warships?|frigates?|submarines?|helicopters?|defen[cs]e)\b",
    re.I,
)


def airliners_bought(sentence: str) -> bool:
    """ "The flag carrier will buy 20 airliners, a deal worth about 3 billion USD": aircraft bought by or
    for a carrier are no arms deal, though the arms cue reads "jets" as arms (the carrier's own name is
    blanked before the cues are read, so the sentence is read whole here)."""
    return AIRLINERS.search(sentence) is not None and ARMS_BESIDE.search(sentence) is None


# Words of one deal: a sum they name is that deal's, however it was sold.
ONE_DEAL = re.compile(r"\b(?:contracts?|deals?|orders?|agreements?|tenders?|purchases?)\b", re.I)


def a_years_arms_sales(span: Span | None, sentence: str, point: str | None) -> bool:
    """ "Ruritania sold defence goods worth about 5 million USD to Borovia last year": arms a state sold
    over a year, told by the verb of selling and dated by the year with no deal named, are that year's
    exports, not one arms deal."""
    if span is None or point is None or len(point) != 4 or ONE_DEAL.search(sentence):
        return False
    return clause_verb(span.root).lemma_.lower() in {"sell", "export"}
