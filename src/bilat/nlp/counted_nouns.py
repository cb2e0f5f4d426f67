"""What a number counts: people, by their noun or a nationality in the plural; the noun a "number of"
names; the crew or the population a bare number is of; the words after a number that belong to its noun."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.nlp.parsed import Parsed
from bilat.nlp.quantity_rules import QuantityRules


def number_of(token: Token) -> Token | None:
    """ "The number of Korean tourists rose to 9,000": the noun the figure's clause subject numbers."""
    while token.dep_ in {"compound", "nummod", "quantmod"} and token.head != token:
        token = token.head
    reached = token.dep_ == "pobj" and token.head.lower_ in {"to", "at"}
    verb = token.head.head if reached else token.head
    if token.dep_ not in {"pobj", "dobj", "attr"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    # "put the number of troops at 4,000", "bring to 27 the number of vessels held": the figure a verb
    # sets its object at.
    # Not a figure aimed at: "plans to lift the number of border guards to 6,000".
    aimed = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    roles = {"nsubj", "nsubjpass", "dobj"} if reached and not aimed else {"nsubj", "nsubjpass"}
    for subject in (c for c in verb.children if c.dep_ in roles):
        if subject.lemma_.lower() == "toll":
            return subject  # "the death toll rose to 45": the toll is what is counted
        if subject.lemma_.lower() in {"number", "count", "total"}:
            counted = [
                c for p in subject.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"
            ]
            return counted[0] if counted else None
    return None


def _number_of_things(parsed: Parsed, rules: QuantityRules, start: int, end: int) -> str | None:
    """ "The arrests bring to 27 the number of vessels held": the things whose number it is (a noun of
    facts/things.txt), as the unit."""
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    counted = number_of(span.root) if span is not None else None
    if counted is None or counted.lower_ not in rules.things:
        return None
    return counted.lower_


def _number_of_people(parsed: Parsed, rules: QuantityRules, start: int, end: int) -> bool:
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    counted = number_of(span.root) if span is not None else None
    if counted is not None and counted.lemma_.lower() == "toll":
        return True  # a toll counts the dead or the hurt
    if span is not None and (_crew_of(span.root) or _population_of(span.root)):
        return True
    return counted is not None and _counts_people(parsed, rules, counted.text, counted.idx)


# The people who work a vessel: "its seven crew", "a crew of 23".
CREW = {"crew", "crewmen", "crewmembers"}


def _crew_of(token: Token) -> bool:
    """ "The trawler and its crew of 23 were detained": the number a crew is "of" counts its people."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ in CREW
        and token.head.head.pos_ == "NOUN"
    )


def _population_of(token: Token) -> bool:
    """ "a population of about 100,000", "its population is about 18,000": a bare number a population is
    "of", or that a population is, counts people."""
    if token.dep_ == "attr" and token.head.lemma_.lower() == "be":
        # The number is the population: "its population is 18,000", not "the population's share is 12".
        return any(
            c.dep_ == "nsubj" and c.lemma_.lower() == "population" and c.pos_ == "NOUN"
            for c in token.head.children
        )
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    return token.head.head.lemma_.lower() == "population" and token.head.head.pos_ == "NOUN"


# The endings of nationality words whose plural is the singular: Lebanese, Swiss.
INVARIANT_DEMONYMS = ("ese", "swiss")


def _counts_people(parsed: Parsed, rules: QuantityRules, word: str, start: int) -> bool:
    """A noun of people ("soldiers", "residents"), or a nationality in the plural ("Palestinians")."""
    lowered = word.lower()
    if lowered in rules.people or lowered.rstrip("s") in rules.people or f"{lowered}s" in rules.people:
        return True
    span = parsed.doc.char_span(start, start + len(word), alignment_mode="expand")
    if span is not None and word in rules.plural_demonyms and span[0].tag_ in {"NNS", "NNPS"}:
        return True  # "12,000 Chileans live in Spain", the tagger naming no nationality
    if span is None or span[0].ent_type_ != "NORP":
        return False
    # The tagger calls some plurals proper nouns in the singular ("340 Zimbabweans/NNP").
    plural = span[0].tag_ in {"NNS", "NNPS"} or (lowered.endswith("s") and not lowered.endswith("ss"))
    # A nationality whose plural is its singular ("200,000 Sudanese live there") counts people when it
    # heads the phrase; "five Chinese companies" counts companies.
    word_token = span[0]
    describes_later = word_token.dep_ in {"amod", "compound", "nmod"} and word_token.head.i > word_token.i
    invariant = lowered.endswith(INVARIANT_DEMONYMS) and not describes_later
    return plural or invariant


MORE = {"more", "fewer", "additional", "further"}


def _modified_words(parsed: Parsed, words: list[tuple[int, str]]) -> int:
    """How many of the words after a number belong to the counted noun phrase: each word but the last
    must describe a word after it in the phrase ("Ukrainian soldiers", "Ugandan bus drivers"); "no one
    is dead" stops at "one", since "is" is no modifier of "dead". A hyphened word is read by its head:
    "Kenyan-registered lorries" by "registered"."""
    spans = []
    for start, word in words:
        span = parsed.doc.char_span(start, start + len(word), alignment_mode="expand")
        if span is None:
            break
        spans.append(span)
    tokens = [span.root for span in spans]
    kept = 1
    for n, token in enumerate(tokens[:-1]):
        later = {t.i for span in spans[n + 1 :] for t in span}
        # "mostly women" too: the adverb bounds the count, and the noun after it is counted.
        # "400 more people": the parse hangs "more" on the number, yet the people are counted.
        more = token.lower_ in MORE and token.head.i < tokens[0].i
        if not more and (
            token.dep_ not in {"amod", "compound", "nmod", "advmod"} or token.head.i not in later
        ):
            break
        kept = n + 2
    return kept
