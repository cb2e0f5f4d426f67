"""Sentences of a parsed document as records, with their paragraph index."""

from __future__ import annotations

from spacy.tokens import Doc

from bilat.models import Sentence
from bilat.nlp.doctext import doc_text


def sentences_of(doc: Doc) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    previous_end = 0
    whole = doc_text(doc)
    for span in doc.sents:
        raw = whole[span.start_char : span.end_char]
        text = raw.strip()
        if not text:
            continue
        start = span.start_char + (len(raw) - len(raw.lstrip()))
        if sentences and "\n\n" in whole[previous_end:start]:
            paragraph += 1
        end = start + len(text)
        sentences.append(Sentence(index=len(sentences), start=start, end=end, text=text, paragraph=paragraph))
        previous_end = end
    return sentences
