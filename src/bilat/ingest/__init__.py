"""Ingest: sources → ``RawDocument`` → cleaned ``Document`` with metadata; duplicates dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bilat.ingest.clean import document_id, to_document
from bilat.ingest.readers import READERS, read_sources
from bilat.models import Document

__all__ = ["READERS", "dedupe", "document_id", "read_sources", "to_document"]


def _fingerprint(text: str) -> str:
    text = text.lower().replace("’", "'").replace("“", '"').replace("”", '"')
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
