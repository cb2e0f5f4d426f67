"""Who told a figure (the speaker of its sentence, or the source it cites) and what it counts."""

from __future__ import annotations

import re

from bilat.extract.modality import SPEECH_VERBS
from bilat.models import Quantity, Sentence
from bilat.nlp.parsed import Parsed

QUOTES = '"“”'


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
    return _according_to(parsed, sentence)


def _according_to(parsed: Parsed, sentence: Sentence) -> str | None:
    """The source a sentence cites when no one in it speaks: "According to the interior ministry, 40
    migrants were held" is the ministry's figure."""
    span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    for token in span if span is not None else []:
        if token.lower_ != "according":
            continue
        for prep in (c for c in token.children if c.lower_ == "to"):
            for source in (c for c in prep.children if c.dep_ == "pobj"):
                ref = parsed.actors.resolve(source)
                return ref.name if ref else " ".join(t.text for t in source.subtree)
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


def _before_date(parsed: Parsed, sentence: Sentence, match: re.Match[str]) -> str | None:
    """ "the establishment of relations on December 2" → without the date, which is the period's."""
    group = next((g for g in ("what", "what2", "what3") if match.group(g) is not None), None)
    if group is None:
        return None
    what_start = sentence.start + match.start(group)
    what_end = sentence.start + match.end(group)
    for timex in parsed.timexes_in(what_start, what_end):
        what_end = min(what_end, timex.start)
    text = parsed.document.text[what_start:what_end]
    return re.sub(r"\s+(?:on|in|at)\s*$", "", text.strip())
