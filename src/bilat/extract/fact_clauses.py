"""The clause a figure sits in: its tokens, whether a date belongs to it rather than to another verb's
clause, and whether it has a subject of its own."""

from __future__ import annotations

from spacy.tokens import Span, Token

from bilat.models import Quantity
from bilat.nlp.counted_nouns import number_of
from bilat.nlp.date_attachment import clause_verb
from bilat.nlp.parsed import Parsed


def _clause_tokens(parsed: Parsed, quantity: Quantity) -> list[Token]:
    """The tokens of the clause a figure sits in, without the clauses nested in it."""
    span = parsed.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return []
    chain = [clause_verb(span.root)]
    while chain[-1].dep_ == "xcomp" and chain[-1].head != chain[-1]:
        # "aim to bring trade to $5 billion": the verb that governs the infinitive is part of the clause.
        chain.append(clause_verb(chain[-1].head))
    tokens = {t for t in chain[-1].subtree if clause_verb(t) in chain}
    # Its verbs' auxiliaries too: "trade would reach $8 billion" is a forecast, "trade reached" a figure.
    subtree = set(chain[-1].subtree)
    tokens |= {c for v in chain for c in v.children if c.dep_ in {"aux", "auxpass"} and c in subtree}
    return sorted(tokens, key=lambda t: t.i)


OWN_CLAUSES = {"ccomp", "parataxis", "relcl", "acl", "advcl", "csubj"}


def _finite(verb: Token) -> bool:
    """A clause with a subject or a tense of its own; "…came to $4 billion in 2019, rising by 11
    percent" is not: the participle shares its main clause's date."""
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return subject or (verb.tag_ not in {"VBG", "VBN"} and not infinitive)


def _same_clause(parsed: Parsed, start: int, end: int, quantity: Quantity, acted: bool = False) -> bool:
    """The date belongs to the figure's clause, not to another verb's ("a community of 100,000 people,
    descendants of those deported in 1937": 1937 is the deportation's). ``acted``: the figure's own verb
    tells what was done to the people ("released seven fishermen")."""
    doc = parsed.doc
    date_span = doc.char_span(start, end, alignment_mode="expand")
    figure_span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if date_span is None or figure_span is None:
        return True
    verb = clause_verb(date_span.root)
    figure_verb = clause_verb(figure_span.root)
    if (
        verb.dep_ == "conj"
        and verb.head == figure_verb
        and (verb.tag_ == figure_verb.tag_ or {verb.tag_, figure_verb.tag_} <= PAST)
        and not _own_subject_of(verb)
    ):
        # "were forced onto buses and sent back in March": the date of a verb sharing the figure's subject
        # and its form ("need help and have warned of" joins two statements, not one act)
        verb = figure_verb
    if verb.dep_ in {"relcl", "acl"} and verb.head in _counted(figure_span) and not acted:
        # "60,000 refugees who have fled since November": the clause tells when they became what is
        # counted; not when the figure's own verb tells what was done to them: "released seven fishermen
        # who had been held since January" are released, whenever they were taken.
        return True
    current = clause_verb(figure_span.root)
    # A date reaches the figures of its verb and of the verbs that complete or share it ("aims to
    # bring trade to $5 billion by 2030"), not those of a clause with its own event: "police said on
    # Friday that 31 people died in Tuesday's attack" (Friday is the saying's), "a trial opened on
    # Monday over the bombing that killed nine soldiers" (Monday is the trial's).
    while current != verb:
        if current.dep_ == "relcl" and _names_antecedent(date_span.root, current.head):
            # "the famine in 2011 that killed 260,000 people", "December, when an ambush killed four":
            # the date of the thing the relative clause tells of is the clause's date.
            return True
        if current.head == current or (current.dep_ in OWN_CLAUSES and _finite(current)):
            return False
        since = date_span.root.head.lower_ == "since" or any(c.lower_ == "since" for c in verb.children)
        if current.dep_ == "conj" and since:
            # "Poland has been an ally since February 2022 and hosts 960,000 refugees": how long one verb
            # has held is no date of the other's figure.
            return False
        if current.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            # "trade reached $8.9 billion in 2021, and companies have invested $3 billion": a
            # coordinated clause with a subject of its own is its own clause.
            return False
        current = current.head
    return True


PAST = {"VBD", "VBN"}  # "were forced … and sent back": a participle the parse may tag as a past tense


def _own_subject_of(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _counted(figure: Span) -> set[Token]:
    """The figure and the nouns it counts or measures, whose clauses tell what it is: "the number of vessels
    held so far this year rose to 27", "90 million USD of repayments that fall due in 2028"."""
    return {figure.root, number_of(figure.root)} | {
        o for p in figure.root.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    }


def _names_antecedent(date: Token, antecedent: Token) -> bool:
    """The date is the antecedent ("December, when …") or dates it ("the one in 2011 that …")."""
    if date == antecedent or date.head == antecedent:  # "December, when …", "the 2004 bombing that …"
        return True
    return date.dep_ == "pobj" and date.head.dep_ == "prep" and date.head.head == antecedent


# The subjects that refer back to a figure told before: "In 2024 it amounted to $2.7 billion", "the
# total reached $3 billion".
REFERRING = {"it", "this", "that", "which", "figure", "total", "amount", "sum", "value", "number", "level"}


def _own_subject(span: Span | None) -> bool:
    """The figure's clause has a subject of its own that names something ("each day of delay costs the
    hauliers about $2 million"): the figure is that thing's, not a continuation of the one before."""
    if span is None:
        return False
    head = span.root.head
    if span.root.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() not in REFERRING:
        return True  # "a one-way fare … costs 280 USD" misparsed with the sum set beside the fare
    verb = clause_verb(span.root)
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} and c.lemma_.lower() not in REFERRING
        for c in verb.children
    )
