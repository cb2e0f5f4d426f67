"""Quantitative facts: a quantity with its kind, parties, subject, period, approximation, speaker and
evidence; and anniversaries ("the 30th anniversary of diplomatic relations")."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from bilat.extract.events import main_dyad
from bilat.extract.modality import SPEECH_VERBS
from bilat.models import Fact, Quantity, Sentence
from bilat.nlp.parsed import Parsed
from bilat.resources import ResourceError, Resources, read_lines

UNIT_CLASS = {"USD": "money", "people": "people", "percent": "percent"}
DYAD_PHRASES = re.compile(r"\b(?:two countries|both countries|bilateral|between the two)\b", re.I)
ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?P<what>[^,.;]+)", re.I)
QUOTES = '"“”'


@dataclass(frozen=True)
class KindRule:
    kind: str
    unit: str
    cue: re.Pattern[str]


def load_kinds(resources: Resources) -> list[KindRule]:
    rules = []
    for n, line in read_lines(resources.path("facts/kinds.txt")):
        fields = [f.strip() for f in line.split("|", 2)]
        if len(fields) != 3 or fields[1] not in {"money", "people", "percent", "any"}:
            raise ResourceError(f"facts/kinds.txt:{n}: expected 'kind | money|people|percent|any | cue'")
        try:
            rules.append(KindRule(fields[0], fields[1], re.compile(fields[2], re.I)))
        except re.error as error:
            raise ResourceError(f"facts/kinds.txt:{n}: bad regular expression: {error}") from None
    return rules


def _kind(quantity: Quantity, sentence: str, rules: list[KindRule]) -> str:
    unit_class = UNIT_CLASS.get(quantity.unit, "any")
    for rule in rules:
        if rule.unit in {unit_class, "any"} and rule.cue.search(sentence):
            return rule.kind
    return "count"


def _parties(parsed: Parsed, sentence: Sentence, kind: str) -> list[str]:
    countries: list[str] = []
    for mention in parsed.entities:
        in_sentence = mention.sentence == sentence.index and mention.label in {"GPE", "NORP"}
        if in_sentence and mention.country and mention.country not in countries:
            countries.append(mention.country)
    dyad = parsed.cache.setdefault("dyad", main_dyad(parsed))
    # "the two countries", or trade with one side named: the article's pair.
    bilateral = DYAD_PHRASES.search(sentence.text) or kind.startswith("trade")
    if len(countries) < 2 and dyad and bilateral and (not countries or countries[0] in dyad):
        countries = list(dyad)
    return sorted(countries[:2])


def _period(parsed: Parsed, sentence: Sentence) -> tuple[str | None, str | None, str | None]:
    for timex in parsed.timexes_in(sentence.start, sentence.end):
        if timex.type != "DATE" or not re.match(r"^\d{4}", timex.value):
            continue
        if timex.rule in {"today", "present"}:
            continue
        if timex.begin and timex.end_value:
            return timex.begin, timex.end_value, timex.text
        return timex.value[:10], timex.value[:10], timex.text
    return None, None, None


def speaker(parsed: Parsed, sentence: Sentence) -> str | None:
    """Who said the sentence: the subject of a speech verb in it, or of the one that closes its quote."""
    sentences = [
        s for s in parsed.sentences if s.paragraph == sentence.paragraph and s.index >= sentence.index
    ]
    quoted = sentence.text.lstrip()[:1] in QUOTES or sentence.text.lstrip().startswith("'")
    for candidate in sentences if quoted else [sentence]:
        span = parsed.doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                if subjects:
                    ref = parsed.actors.resolve(subjects[0])
                    return ref.name if ref else " ".join(t.text for t in subjects[0].subtree)
    return None


def _subject(parsed: Parsed, quantity: Quantity) -> str | None:
    """What a count counts: "25,000 refugees living in Chad" → "refugees living in Chad"."""
    span = parsed.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or quantity.unit != "people":
        return None
    head = span[-1]
    numbers = [t.i for t in span if t.like_num or t.lower_ in {"thousand", "million", "billion"}]
    first = (max(numbers) + 1) if numbers else span.start
    timex_tokens = {
        t.i
        for x in parsed.timexes
        for t in (parsed.doc.char_span(x.start, x.end, alignment_mode="expand") or [])
    }
    words = []
    for token in head.subtree:
        if token.i < first and token.i != head.i:
            continue
        if token.i in timex_tokens or (token.dep_ == "prep" and token.lower_ in {"for", "since", "during"}):
            break
        words.append(token.text)
    text = " ".join(words[:10]).strip()
    return text or None


def _before_date(parsed: Parsed, sentence: Sentence, match: re.Match[str]) -> str:
    """ "the establishment of relations on December 2" → without the date, which is the period's."""
    what_start = sentence.start + match.start("what")
    what_end = sentence.start + match.end("what")
    for timex in parsed.timexes_in(what_start, what_end):
        what_end = min(what_end, timex.start)
    text = parsed.document.text[what_start:what_end]
    return re.sub(r"\s+(?:on|in|at)\s*$", "", text.strip())


def _fact_id(doc_id: str, start: int, kind: str) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{kind}".encode()).hexdigest()[:16]


def extract_facts(parsed: Parsed, resources: Resources) -> list[Fact]:
    rules = resources.load("facts.kinds", load_kinds)
    document = parsed.document
    facts: list[Fact] = []
    for quantity in parsed.quantities:
        sentence = parsed.sentences[quantity.sentence]
        kind = _kind(quantity, sentence.text, rules)
        start, end, period_text = _period(parsed, sentence)
        facts.append(
            Fact(
                id=_fact_id(document.id, quantity.start, kind),
                doc_id=document.id,
                source_uri=document.source_uri,
                kind=kind,
                subject=_subject(parsed, quantity),
                parties=_parties(parsed, sentence, kind),
                value=quantity.value,
                unit=quantity.unit,
                original_value=quantity.original_value,
                original_unit=quantity.original_unit,
                approx=quantity.approx,
                period_start=start,
                period_end=end,
                period_text=period_text,
                attributed_to=speaker(parsed, sentence),
                evidence=sentence.text,
                start=sentence.start,
                end=sentence.end,
                sentence=sentence.index,
            )
        )
    for sentence in parsed.sentences:
        for match in ANNIVERSARY.finditer(sentence.text):
            facts.append(
                Fact(
                    id=_fact_id(document.id, sentence.start + match.start(), "anniversary"),
                    doc_id=document.id,
                    source_uri=document.source_uri,
                    kind="anniversary",
                    subject=_before_date(parsed, sentence, match),
                    parties=_parties(parsed, sentence, "anniversary"),
                    value=float(match["n"]),
                    unit="years",
                    period_text=_period(parsed, sentence)[2],
                    attributed_to=speaker(parsed, sentence),
                    evidence=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                    sentence=sentence.index,
                )
            )
    return facts
