"""Long texts through spaCy in pieces: cut at paragraph breaks, parsed one piece at a time, joined back
into one ``Doc`` whose character offsets are those of the whole text.

spaCy refuses a text over ``nlp.max_length`` (E088) and its memory grows with the length of what it
parses at once; pieces of a few pages keep both bounded. A sentence never spans a paragraph break here
(``bilat_paragraphs`` ends sentences there), so cutting at breaks loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

CHUNK_CHARS = 50_000  # a piece of this size parses in well under a second and a few tens of MB
BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


def pieces(text: str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """Consecutive pieces of ``text`` (joined, they are the text) of at most about ``size`` characters,
    each ending after a paragraph break when there is one in reach, else a line break, a sentence end
    or a space; a run with none of these is cut where it must be."""
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = 0
        for pattern in BREAKS:
            ends = [m.end() for m in pattern.finditer(window, size // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or size
        yield text[start : start + cut]
        start += cut
    if start < len(text):
        yield text[start:]


def parse(nlp: Language, text: str, size: int = CHUNK_CHARS) -> Doc:
    """``nlp(text)``, in pieces when the text is long; the offsets are those of ``text``."""
    if len(text) <= size:
        return nlp(text)
    docs = list(nlp.pipe(pieces(text, size), batch_size=1))
    # Each piece keeps its own trailing whitespace, so the joined text is the text, character for character.
    return Doc.from_docs(docs, ensure_whitespace=False)
