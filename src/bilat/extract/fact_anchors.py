"""The words a figure hangs on: the nouns it measures, the verbs that say what happened to it, and the
subject and objects of its clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from bilat.nlp.counted_nouns import number_of
from bilat.nlp.date_attachment import clause_verb

NOUNS = {"NOUN", "PROPN"}


# How a figure hangs on the noun it measures: "a $2 million fine", "a 25% stake", "60% purity".
MODIFIER_DEPS = {"compound", "nmod", "amod", "nummod", "quantmod", "npadvmod"}


INCLUDING = {"including", "among"}


SUBJECTS = {"nsubj", "nsubjpass"}


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"}


def _measured_nouns(span: Span, unit_class: str) -> list[Token]:
    """The nouns the figure is attached to, nearest first, each followed by the nouns compounded
    into it ("$2 billion in tariff hikes" → hikes, tariff)."""
    root = span.root
    nouns = [root] if unit_class == "people" else []
    numbered = number_of(root) if unit_class == "people" else None
    if numbered is not None:
        nouns.append(numbered)  # "the number of refugees reached 1.2 million"
    # "the bodies of five soldiers and six civilians": the civilians hang on the bodies too; "25 deaths,
    # including six prisoners": the prisoners are among the deaths.
    attached = root
    while attached.head != attached and (
        attached.dep_ == "conj" or (attached.dep_ == "pobj" and attached.head.lower_ in INCLUDING)
    ):
        # A group the people are among says what they are ("deaths"); a noun they are coordinated
        # with says nothing of them ("five troops and six civilians").
        among = attached.dep_ == "pobj"
        attached = attached.head if attached.dep_ == "conj" else attached.head.head
        if among and attached.pos_ in NOUNS and unit_class == "people":
            nouns.append(attached)
    head = attached.head
    if unit_class == "people" and attached.dep_ == "appos" and head.pos_ in NOUNS and head not in span:
        # "one of the largest communities in Italy, about 400,000 people": what the people are is the
        # noun they stand beside.
        nouns.append(head)
    if head != attached and head not in span:
        if attached.dep_ in MODIFIER_DEPS and head.pos_ in NOUNS:
            nouns.append(head)  # "a $2 million fine"
        if attached.dep_ == "pobj" and head.lower_ in {"of", "on", "to"} and head.head.pos_ in NOUNS:
            # "a fine of $2 million", "tariffs on $28 billion of goods", "home to 770,000 Sikhs"
            nouns.append(head.head)
        if head.lower_ == "worth" and head.head.pos_ in NOUNS:
            nouns.append(head.head)  # "a contract worth $90 million"
        elif head.lower_ == "worth" and _set_off(head) is not None:
            nouns.append(_set_off(head))  # "…, on top of its aid program, worth $345 million a year"
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
            # "$3 billion in loans", "54 percent of the vote"
            nouns.extend(c for c in child.children if c.dep_ == "pobj" and c.pos_ in NOUNS)
    if unit_class == "money" and root.dep_ == "dobj":
        # "will provide $130 million in grants": the parse hangs "in grants" on the verb, not the sum.
        nouns.extend(
            c
            for p in root.head.children
            if p.dep_ == "prep" and p.lower_ == "in" and p.i == root.i + 1
            for c in p.children
            if c.dep_ == "pobj" and c.pos_ == "NOUN"
        )
    if unit_class == "people" and root.dep_ == "attr" and root.head.lemma_.lower() == "be":
        # "its population is about 18,000": the number is what the subject counts.
        nouns.extend(c for c in root.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN")
    if unit_class == "people":
        # "the bodies of five soldiers": what they are now outranks who they were.
        nouns = nouns[1:] + nouns[:1]
    with_compounds = []
    # "$20 billion worth of steel": "worth" says nothing of what is measured.
    for noun in (n for n in nouns if n.lower_ != "worth"):
        with_compounds.append(noun)
        if noun is not root:
            with_compounds.extend(c for c in noun.children if c.dep_ == "compound" and c.pos_ in NOUNS)
    return with_compounds


def _set_off(worth: Token) -> Token | None:
    """The noun a "worth" set off by a comma describes when the parse hangs it on the verb: the last
    common noun before the comma ("its development program for Indonesia, worth …")."""
    if worth.i == 0 or worth.doc[worth.i - 1].text != "," or worth.head.pos_ not in {"VERB", "AUX"}:
        return None
    for token in reversed(worth.doc[max(0, worth.i - 6) : worth.i - 1]):
        if token.pos_ == "NOUN":
            return token
        if token.pos_ in {"VERB", "AUX"} or token.text in {",", ";"}:
            return None
    return None


def _has_of(span: Span) -> bool:
    """ "40 percent of the budget": a share of something."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children)


def _governing_verbs(token: Token, joined: bool = False) -> list[Token]:
    """The verbs that say what happened to the thing counted: a participle or relative clause on it
    ("10,000 people displaced"), the verb it is an argument of ("40 soldiers were killed"), and the verb
    that verb completes ("were reported killed")."""
    # "10,000 people displaced", "17 injured people", "two dead militants"
    verbs = [c for c in token.children if (c.dep_ == "acl" and c.pos_ == "VERB") or c.dep_ == "amod"]
    # "detainees who were deported"; not "migrants, most of whom were sent home". A relative clause tells
    # what the people had been before ("sent home 288 soldiers who had fled"): it comes after their verb.
    relative = [
        c
        for c in token.children
        if c.dep_ == "relcl"
        and c.pos_ == "VERB"
        and not any(s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ not in {"WP", "WDT"} for s in c.children)
    ]
    current = token
    # "31 people, including 23 police officers, died": the officers share their group's verb.
    while current.dep_ in {"conj", "appos"} or (current.dep_ == "pobj" and current.head.lower_ in INCLUDING):
        current = current.head if current.dep_ != "pobj" else current.head.head
    head = current.head
    if current.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verbs.append(head.head)  # "enriched uranium to 60%", "raised tariffs to 20%"
    elif (
        current.dep_ == "pobj"
        and head.lower_ in {"to", "on", "against"}
        and head.head.dep_ == "dobj"
        and head.head.head.pos_ == "VERB"
    ):
        # "refused entry to four activists", "imposed sanctions on five officials": the verb of what they
        # were refused or dealt; "rejected new sanctions on four entities": the noun tells what was dealt
        verbs.extend([head.head.head, head.head] if head.lower_ != "to" else [head.head.head])
    elif current.dep_ == "pobj" and head.lower_ in {"on", "against"} and head.head.pos_ == "NOUN":
        # "rejected new sanctions on four entities": what is dealt them, told as the noun they are "on".
        verbs.append(head.head)
    elif current.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        verbs.append(head.head)  # "the extradition of 14 people": what is done to them, told as a noun
        if head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB":
            # "paid an advance of 25 million USD", "detained the crew of 12 sailors": what is done to
            # the thing the figure measures is done to the figure.
            verbs.append(head.head.head)
    elif current.dep_ == "npadvmod" and head.lower_ == "worth":
        # "bought rice worth $2 billion", "will donate equipment worth $1 million": the verb of the goods.
        goods = head.head
        if goods.pos_ in NOUNS and goods.dep_ in ARGUMENT_DEPS:
            goods = goods.head
        if goods.pos_ in {"VERB", "AUX"}:
            verbs.append(goods)
    elif current.dep_ in ARGUMENT_DEPS and head.pos_ in {"VERB", "AUX"}:
        verbs.append(head)
    elif current.dep_ == "nsubj" and head.pos_ == "ADJ":
        verbs.append(head)  # "leaving five people dead"
    for verb in list(verbs):
        verbs.extend(c for c in verb.children if c.dep_ in {"xcomp", "oprd"} and c.pos_ == "VERB")
    # "were forced onto buses and sent back": a verb joined to theirs, with no subject of its own, is
    # also done to the people or things counted; it is read after their own verb. (Not to a sum: "is
    # estimated at 2 billion USD, most of it re-exported" tells no trade flow of the whole.)
    if joined:
        verbs.extend(
            c
            for verb in list(verbs)
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
        )
    return verbs + relative


# The trade flows a clause's subject names, by its lemma.
TRADE_FLOWS = {
    "trade": "trade_turnover",
    "turnover": "trade_turnover",
    "trade_turnover": "trade_turnover",
    "export": "exports",
    "exports": "exports",
    "import": "imports",
    "imports": "imports",
}


def _trade_subject(token: Token) -> str | None:
    return "trade" if token.lemma_.lower() in {"trade", "turnover"} else None


def _clause_subjects(span: Span) -> list[Token]:
    verb = clause_verb(span.root)
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in NOUNS]


def _clause_nouns(span: Span) -> list[Token]:
    """The subject and objects of the figure's clause: "the fine came to $2 million"; a verb joined to
    another with no subject of its own shares that verb's ("remittances rose and reached $2 billion")."""
    verb = clause_verb(span.root)
    nouns = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS and c.pos_ in NOUNS and c not in span]
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        nouns += [c for c in verb.head.children if c.dep_ in SUBJECTS and c.pos_ in NOUNS]
    return nouns


def _next_verb(span: Span) -> list[Token]:
    """The verb right after the counted noun, past auxiliaries and adverbs ("Moroccans now live")."""
    for token in span.doc[span.end : span.end + 4]:
        # "800,000 Filipinos work in Kuwait": the tagger may take the verb for a noun they compound.
        if token.pos_ == "VERB" or (token.lower_ in {"work", "live"} and span[-1].dep_ == "compound"):
            return [token]
        if token.pos_ not in {"AUX", "ADV", "PART"}:
            break
    return []
