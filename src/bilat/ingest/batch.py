"""A build's sources read and cleaned in one pass: documents (each text once), one error per bad input,
the copies dropped and warnings for inputs read with repairs. Nothing here analyses or stores."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bilat.ingest import dedupe, read_sources, to_document
from bilat.ingest.readers import MAX_TEXT_CHARS
from bilat.models import Document, IngestError
from bilat.resources import Resources


@dataclass
class Reading:
    """What reading a build's sources gave: documents (each text once), one error per bad input, the
    copies dropped and warnings about inputs read with repairs."""

    documents: list[Document] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    duplicates: int = 0
    warnings: list[IngestError] = field(default_factory=list)


def read_all(sources: Iterable[str], resources: Resources, *, published: str | None = None) -> Reading:
    """Read and clean every source (see ``Reading``). A text longer than ``MAX_TEXT_CHARS`` is refused."""
    reading = Reading()
    documents = []
    for item in read_sources(sources):
        if isinstance(item, IngestError):
            reading.errors.append(item)
            continue
        if len(item.text) > MAX_TEXT_CHARS:
            reading.errors.append(
                IngestError(
                    source_uri=item.source_uri,
                    message=f"too long: {len(item.text):,} characters (bilat analyses at most "
                    f"{MAX_TEXT_CHARS:,} a document; split it)",
                )
            )
            continue
        if item.replaced:
            reading.warnings.append(
                IngestError(
                    source_uri=item.source_uri,
                    message=f"{item.replaced} bytes not valid UTF-8, replaced by U+FFFD",
                )
            )
        try:
            documents.append(to_document(item, resources, published=published))
        except Exception as error:
            reading.errors.append(IngestError(source_uri=item.source_uri, message=f"cannot clean: {error}"))
    reading.documents = list(dedupe(documents))
    reading.duplicates = len(documents) - len(reading.documents)
    return reading
