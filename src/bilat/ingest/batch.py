"""A build's sources read and cleaned in one pass: documents (each text once), one error per bad input,
the copies dropped and warnings for inputs read with repairs. Nothing here analyses or stores."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bilat.ingest import dedupe, read_sources, to_document
from bilat.ingest.readers import MAX_TEXT_CHARS
from bilat.models import Document, IngestError, RawDocument
from bilat.resources import Resources


@dataclass
class Reading:
    """What reading a build's sources gave: documents (each text once), one error per bad input, the
    copies dropped and warnings about inputs read with repairs."""

    documents: list[Document] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    duplicates: int = 0
    warnings: list[IngestError] = field(default_factory=list)


def clean_item(
    item: RawDocument | IngestError, resources: Resources, published: str | None, reading: Reading
) -> Document | None:
    """One item read from a source as a document, or None with its error (unreadable, too long, cannot
    clean) or warning (bytes replaced) recorded in ``reading``. A build's stream and ``read_all`` share it."""
    if isinstance(item, IngestError):
        reading.errors.append(item)
        return None
    if len(item.text) > MAX_TEXT_CHARS:
        message = (
            f"too long: {len(item.text):,} characters (bilat analyses at most {MAX_TEXT_CHARS:,} a "
            "document; split it)"
        )
        reading.errors.append(IngestError(source_uri=item.source_uri, message=message))
        return None
    if item.replaced:
        reading.warnings.append(
            IngestError(
                source_uri=item.source_uri,
                message=f"{item.replaced} bytes not valid UTF-8, replaced by U+FFFD",
            )
        )
    try:
        return to_document(item, resources, published=published)
    except Exception as error:
        reading.errors.append(IngestError(source_uri=item.source_uri, message=f"cannot clean: {error}"))
        return None


def read_all(sources: Iterable[str], resources: Resources, *, published: str | None = None) -> Reading:
    """Read and clean every source (see ``Reading``). A text longer than ``MAX_TEXT_CHARS`` is refused."""
    reading = Reading()
    cleaned = (clean_item(item, resources, published, reading) for item in read_sources(sources))
    documents = [d for d in cleaned if d is not None]
    reading.documents = list(dedupe(documents))
    reading.duplicates = len(documents) - len(reading.documents)
    return reading
