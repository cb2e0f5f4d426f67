"""Source expansion: files, folders (recursive), globs, http(s) addresses and ``-`` for stdin.

Each source becomes the items its reader yields, or one ``IngestError`` naming it.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

from bilat.ingest.readers import ARTICLE_SUFFIXES, MAX_FILE_BYTES, READERS, TIMEOUT, Input, Item, read_bytes
from bilat.models import IngestError


def read_path(path: Path) -> Iterator[Item]:
    uri = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:  # refused unread: reading it would cost the memory the limit protects
            yield IngestError(
                source_uri=uri,
                message=f"too large: {size:,} bytes "
                f"(bilat reads at most {MAX_FILE_BYTES // 2**20} MB a file; split it)",
            )
            return
        data = path.read_bytes()
    except OSError as error:
        yield IngestError(source_uri=uri, message=f"cannot read: {error.strerror or error}")
        return
    yield from _guarded(uri, read_bytes(Input(uri=uri), data))


# A folder's README, licence or change log describes its articles; it is not one of them (named on its
# own, such a file is read like any other).
ABOUT_FILES = ("readme", "license", "licence", "copying", "changelog", "notice")


def read_stdin() -> Iterator[Item]:
    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)  # no more than the limit is ever held
    if len(data) > MAX_FILE_BYTES:
        yield IngestError(source_uri="<stdin>", message=f"too large: more than {MAX_FILE_BYTES // 2**20} MB")
        return
    yield from read_bytes(Input(uri="<stdin>"), data)


def _is_article(path: Path, folder: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
    about = path.stem.lower().startswith(ABOUT_FILES)
    return not hidden and not about and path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file()


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


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """A reader that fails in a way nobody foresaw costs its input, never the build: one error line."""
    try:
        yield from items
    except Exception as error:
        yield IngestError(source_uri=source, message=f"cannot read: {type(error).__name__}: {error}"[:300])


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
                yield from _guarded(source, READERS["bilat.readers.url.v1"](Input(uri=source, client=client)))
            elif source == "-":
                yield from _guarded(source, read_stdin())
            else:
                yield from _guarded(source, _read_local(source))
    finally:
        if own is not None:
            own.close()
