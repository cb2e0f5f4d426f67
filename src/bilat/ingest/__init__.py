"""Ingest: sources → ``RawDocument`` → cleaned ``Document`` with metadata; duplicates dropped."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from bilat.ingest.clean import document_id, to_document
from bilat.ingest.readers import READERS
from bilat.ingest.sources import read_sources
from bilat.models import Document

__all__ = ["READERS", "dedupe", "document_id", "read_sources", "to_document"]


QUOTES = str.maketrans({**dict.fromkeys("’‘‛`", "'"), **dict.fromkeys("“”„«»", '"')})


def _fingerprint(text: str) -> str:
    """The text up to case, quote style, dash style and spacing: copies of one story share it."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES).lower()
    text = re.sub(r"[‐‑‒–—―]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def dedupe(documents: Iterable[Document]) -> Iterator[Document]:
    """Each text once: exact duplicates by id, near-exact ones by text up to case, quotes and spacing."""
    seen: set[str] = set()
    for document in documents:
        keys = {document.id, _fingerprint(document.text)}
        if keys & seen:
            continue
        seen |= keys
        yield document
