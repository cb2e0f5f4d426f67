"""Source expansion: files, folders (recursive), globs, http(s) addresses and ``-`` for stdin.

Each source becomes the items its reader yields, or one ``IngestError`` naming it.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

from bilat.ingest.readers import ARTICLE_SUFFIXES, READERS, TIMEOUT, Input, Item, read_bytes
from bilat.models import IngestError


def read_path(path: Path) -> Iterator[Item]:
    uri = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        yield IngestError(source_uri=uri, message=f"cannot read: {error.strerror or error}")
        return
    yield from read_bytes(Input(uri=uri), data)


def _is_article(path: Path, folder: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
    return not hidden and path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file()


def read_folder(folder: Path) -> Iterator[Item]:
    files = sorted(p for p in folder.rglob("*") if _is_article(p, folder))
    if not files:
        yield IngestError(source_uri=str(folder), message="no articles in this folder")
        return
    for path in files:
        yield from read_path(path)


def _read_local(source: str) -> Iterator[Item]:
    path = Path(source).expanduser()
    if path.is_dir():
        yield from read_folder(path)
    elif path.exists():
        yield from read_path(path)
    elif glob.has_magic(source):
        matches = sorted(glob.glob(str(path), recursive=True))
        if not matches:
            yield IngestError(source_uri=source, message="no file matches this pattern")
        for match in matches:
            yield from (read_folder(Path(match)) if Path(match).is_dir() else read_path(Path(match)))
    else:
        yield IngestError(source_uri=source, message="no such file or directory")


def read_sources(sources: Iterable[str], *, client: httpx.Client | None = None) -> Iterator[Item]:
    """Every article in ``sources`` (files, folders, globs, URLs, ``-`` for stdin), or an error for it.

    ``client`` is used for web addresses; without one, a client with timeouts and redirects is made on
    the first address and closed at the end.
    """
    own: httpx.Client | None = None
    try:
        for source in sources:
            if source.startswith(("http://", "https://")):
                if client is None:
                    client = own = httpx.Client(timeout=TIMEOUT, follow_redirects=True)
                yield from READERS["bilat.readers.url.v1"](Input(uri=source, client=client))
            elif source == "-":
                yield from read_bytes(Input(uri="<stdin>"), sys.stdin.buffer.read())
            else:
                yield from _read_local(source)
    finally:
        if own is not None:
            own.close()
