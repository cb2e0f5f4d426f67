"""Sentences of a parsed document as records, with their paragraph index."""

from __future__ import annotations

from spacy.tokens import Doc

from bilat.models import Sentence


def sentences_of(doc: Doc) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    previous_end = 0
    for span in doc.sents:
        text = span.text.strip()
        if not text:
            continue
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        if sentences and "\n\n" in doc.text[previous_end:start]:
            paragraph += 1
        end = start + len(text)
        sentences.append(Sentence(index=len(sentences), start=start, end=end, text=text, paragraph=paragraph))
        previous_end = end
    return sentences
