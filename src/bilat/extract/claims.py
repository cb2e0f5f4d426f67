"""Claims: statements of an attribute that other articles may contradict.

The start of a dyad's relations is claimed in many ways — "the 30th anniversary of diplomatic relations"
on a known day, "relations for 30 years", "a thirty-three-year period of diplomatic relations" — each giving
a year by arithmetic against the date it is said on (kept in ``derived_from``); or told outright:
"established diplomatic relations in 1992".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from bilat.extract.missions import mission_claims
from bilat.extract.pair import main_dyad
from bilat.models import Claim, Event, Fact, Sentence
from bilat.nlp.parsed import Parsed
from bilat.resources import Resources

RELATIONS = re.compile(r"\b(?:diplomatic\s+)?(?:relations|ties)\b", re.I)
ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?"
    r"(?:establishment\s+of\s+)?(?:diplomatic\s+)?(?:relations|ties)\b",
    re.I,
)


RELATION_WORDS = {"relations", "ties", "relationship"}


def _relation_noun(timex_root: Token) -> Token | None:
    """The relations a duration measures: "relations for 30 years", "30 years of relations", "a 33-year
    period of diplomatic relations", "the 25 years since relations were set up"."""
    for token in [timex_root, *timex_root.children]:
        for pobj in [c for prep in token.children if prep.lower_ in {"of", "since"} for c in prep.children]:
            nouns = [pobj, *[c for p in pobj.children if p.lower_ == "of" for c in p.children]]
            for noun in nouns:
                if noun.lower_ in RELATION_WORDS:
                    return noun
    current = timex_root
    for _ in range(4):
        current = current.head
        if current.lower_ in RELATION_WORDS:
            return current
        if current.pos_ in {"VERB", "AUX"}:
            for child in current.children:
                if child.dep_ in {"dobj", "nsubj", "nsubjpass"} and child.lower_ in RELATION_WORDS:
                    return child
            return None
    return None


def _parties(noun: Token, parsed: Parsed) -> list[str]:
    """ "relations between Turkey and Israel": the countries the relations noun itself names."""
    tokens = [c for p in noun.children if p.lower_ in {"between", "with"} for c in p.children]
    tokens = [t for tok in tokens for t in [tok, *tok.conjuncts]]
    tokens += [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
    countries = []
    for token in tokens:
        ref = parsed.actors.resolve(token)
        if ref and ref.kind == "state" and ref.country and ref.country not in countries:
            countries.append(ref.country)
    return countries


def _dyad(parsed: Parsed, sentence: Sentence, noun: Token | None = None) -> str | None:
    named = _parties(noun, parsed) if noun is not None else []
    if len(named) == 2:
        return "-".join(sorted(named))
    countries = sorted(
        {
            m.country
            for m in parsed.entities
            if m.sentence == sentence.index and m.country and m.label in {"GPE", "NORP"}
        }
    )
    if len(countries) != 2:
        pair = parsed.cache.setdefault("dyad", main_dyad(parsed))
        if not pair:
            return None
        countries = sorted(pair)
    return "-".join(countries)


ESTABLISH = {"establish", "forge"}


def _established(timex_root: Token) -> Token | None:
    """The relations a date tells the start of: "established diplomatic relations in 1992", "ties were
    forged on June 9, 1992", "the establishment of relations in July 1956". Not "since": "ties have been
    strained since 2019" tells how long a state of them has lasted, not when they began."""
    prep = timex_root.head
    if timex_root.dep_ != "pobj" or prep.lower_ not in {"in", "on"}:
        return None
    head = prep.head
    if head.lemma_.lower() in ESTABLISH and head.pos_ == "VERB":
        for child in head.children:
            if child.dep_ in {"dobj", "nsubjpass"} and child.lower_ in RELATION_WORDS:
                return child
        # "30 years of ties, established on January 28, 1992", "relations, which were established in 1949"
        if head.dep_ in {"acl", "relcl"} and head.head.lower_ in RELATION_WORDS:
            return head.head
        if head.dep_ == "advcl" and head.tag_ == "VBN" and not any("subj" in c.dep_ for c in head.children):
            # The parse hangs the participle on the main verb: "celebrate 30 years of ties, established …".
            own = set(head.subtree)
            nouns = [t for t in head.head.subtree if t not in own and t.lower_ in RELATION_WORDS]
            return nouns[0] if nouns else None
    if head.lower_ == "establishment":
        for of in (c for c in head.children if c.lower_ == "of"):
            for noun in of.children:
                if noun.lower_ in RELATION_WORDS:
                    return noun
    return None


def _said_on(parsed: Parsed, sentence: Sentence) -> str | None:
    """The day the sentence speaks of; the day the relations were established is no such day ("30 years
    of ties, established on January 28, 1992")."""
    for timex in parsed.timexes_in(sentence.start, sentence.end):
        if timex.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
            span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None or _established(span.root) is None:
                return timex.value
    return parsed.document.published


def _claim(parsed: Parsed, sentence: Sentence, attribute: str, value: str, how: str) -> Claim:
    return Claim(
        attribute=attribute,
        value=value,
        doc_id=parsed.document.id,
        source_uri=parsed.document.source_uri,
        evidence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        derived_from=how,
    )


def _years_before(
    parsed: Parsed, sentence: Sentence, attribute: str, said: str, years: int, text: str
) -> Claim:
    """The relations began ``years`` before the day the sentence speaks of."""
    start = int(said[:4]) - years
    return _claim(parsed, sentence, attribute, str(start), f"{years} years before {said} ({text})")


def extract_claims(
    parsed: Parsed, events: list[Event], facts: list[Fact], resources: Resources
) -> list[Claim]:
    claims: list[Claim] = []
    for sentence in parsed.sentences:
        claims += mission_claims(parsed, sentence)
        if not RELATIONS.search(sentence.text):
            continue
        dyad = _dyad(parsed, sentence)
        said = _said_on(parsed, sentence)
        if dyad is None or said is None:
            continue
        attribute = f"relations_start:{dyad}"
        found = False
        for match in ANNIVERSARY.finditer(sentence.text):
            claims.append(_years_before(parsed, sentence, attribute, said, int(match["n"]), match.group(0)))
            found = True
        for timex in parsed.timexes_in(sentence.start, sentence.end):
            span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            year = re.match(r"\d{4}", timex.value) if timex.type == "DATE" else None
            noun = _established(span.root) if span is not None and year else None
            if noun is not None and year is not None:
                pair = _dyad(parsed, sentence, noun)
                how = f"established {timex.text}"
                claims.append(_claim(parsed, sentence, f"relations_start:{pair}", year.group(), how))
                found = True
        if found:
            continue
        for timex in parsed.timexes_in(sentence.start, sentence.end):
            years = re.fullmatch(r"P(\d+)Y", timex.value)
            span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            noun = _relation_noun(span.root) if span is not None else None
            if timex.type == "DURATION" and years and noun is not None:
                attribute = f"relations_start:{_dyad(parsed, sentence, noun)}"
                claims.append(
                    _years_before(parsed, sentence, attribute, said, int(years.group(1)), timex.text)
                )
                break
    return claims
