"""Readers by versioned name, chosen by extension then by content: files, folders, globs, URLs, stdin.

Every unreadable input becomes one ``IngestError`` naming it; reading goes on with the others.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import httpx

from bilat.ingest.decode import DecodeError, decode
from bilat.models import IngestError, RawDocument

Item = RawDocument | IngestError
Reader = Callable[[str, str], Iterator[Item]]  # (source_uri, text) -> items

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".json", ".xml", ".rss", ".atom"}
MAX_URL_BYTES = 20_000_000
MIN_LETTERS = 20  # less than this is markup debris, not an article


def read_text(uri: str, text: str) -> Iterator[Item]:
    if not text.strip():
        yield IngestError(source_uri=uri, message="empty file")
        return
    yield RawDocument(source_uri=uri, text=text, format="text")


def read_html(uri: str, text: str) -> Iterator[Item]:
    import trafilatura

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or sum(c.isalpha() for c in body) < MIN_LETTERS:
        yield IngestError(source_uri=uri, message="malformed or empty HTML: no article text found")
        return
    date = getattr(extracted, "date", None)
    yield RawDocument(
        source_uri=uri,
        text=body,
        format="html",
        title=getattr(extracted, "title", None),
        published=date[:10] if date else None,
        outlet=getattr(extracted, "sitename", None),
        author=getattr(extracted, "author", None),
    )


TEXT_FIELDS = ("text", "body", "content")


def read_jsonl(uri: str, text: str) -> Iterator[Item]:
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        yield IngestError(source_uri=uri, message="empty file")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{uri}#L{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestError(source_uri=where, message=f"malformed JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(record, dict):
            yield IngestError(source_uri=where, message="JSON line is not an object")
            continue
        body = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)
        if not body or not body.strip():
            yield IngestError(source_uri=where, message="JSON record has no text field (text, body or content)")
            continue
        published = record.get("published") or record.get("date")
        yield RawDocument(
            source_uri=record.get("url") or where,
            text=body,
            format="jsonl",
            title=record.get("title"),
            published=str(published)[:10] if published else None,
            author=record.get("author"),
            outlet=record.get("outlet") or record.get("source"),
        )


def read_feed(uri: str, text: str) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        yield IngestError(source_uri=uri, message="malformed or empty feed: no entries")
        return
    outlet = feed.feed.get("title")
    for entry in feed.entries:
        content = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        body = content
        if "<" in content:
            items = list(read_html(entry.get("link", uri), f"<html><body><article>{content}</article></body></html>"))
            body = items[0].text if items and isinstance(items[0], RawDocument) else ""
        if not body.strip():
            yield IngestError(source_uri=entry.get("link", uri), message="feed entry has no text")
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        yield RawDocument(
            source_uri=entry.get("link", uri),
            text=body,
            format="feed",
            title=entry.get("title"),
            published="{:04d}-{:02d}-{:02d}".format(*parsed[:3]) if parsed else None,
            author=entry.get("author"),
            outlet=outlet,
        )


READERS: dict[str, Reader] = {
    "bilat.readers.text.v1": read_text,
    "bilat.readers.html.v1": read_html,
    "bilat.readers.jsonl.v1": read_jsonl,
    "bilat.readers.feed.v1": read_feed,
}

BY_SUFFIX = {
    ".html": "bilat.readers.html.v1",
    ".htm": "bilat.readers.html.v1",
    ".jsonl": "bilat.readers.jsonl.v1",
    ".json": "bilat.readers.jsonl.v1",
    ".rss": "bilat.readers.feed.v1",
    ".atom": "bilat.readers.feed.v1",
}


def sniff(text: str) -> str:
    """The reader for content whose name says nothing: feeds, HTML and JSON lines by their first bytes."""
    head = text.lstrip()[:500].lower()
    if head.startswith("<?xml") or "<rss" in head or "<feed" in head:
        return "bilat.readers.feed.v1"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "bilat.readers.html.v1"
    if head.startswith("{"):
        return "bilat.readers.jsonl.v1"
    return "bilat.readers.text.v1"


def choose_reader(name: str, text: str) -> Reader:
    key = BY_SUFFIX.get(Path(name.split("?")[0]).suffix.lower()) or sniff(text)
    return READERS[key]


def read_bytes(uri: str, data: bytes) -> Iterator[Item]:
    if not data.strip():
        yield IngestError(source_uri=uri, message="empty file")
        return
    try:
        text, _ = decode(data)
    except DecodeError as error:
        yield IngestError(source_uri=uri, message=str(error))
        return
    yield from choose_reader(uri, text)(uri, text)


def read_path(path: Path) -> Iterator[Item]:
    uri = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        yield IngestError(source_uri=uri, message=f"cannot read: {error.strerror}")
        return
    yield from read_bytes(uri, data)


def read_folder(folder: Path) -> Iterator[Item]:
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    if not files:
        yield IngestError(source_uri=str(folder), message="no articles in this folder")
        return
    for path in files:
        yield from read_path(path)


def read_url(url: str, client: httpx.Client) -> Iterator[Item]:
    try:
        response = client.get(url)
        response.raise_for_status()
    except httpx.HTTPStatusError as error:
        yield IngestError(source_uri=url, message=f"HTTP {error.response.status_code}")
        return
    except httpx.HTTPError as error:
        yield IngestError(source_uri=url, message=f"cannot fetch: {type(error).__name__}")
        return
    if len(response.content) > MAX_URL_BYTES:
        yield IngestError(source_uri=url, message="response too large")
        return
    yield from read_bytes(url, response.content)


def read_sources(sources: Iterable[str], *, client: httpx.Client | None = None) -> Iterator[Item]:
    """Every article in ``sources`` (files, folders, globs, URLs, ``-`` for stdin), or an error for it."""
    own_client = None
    try:
        for source in sources:
            if source.startswith(("http://", "https://")):
                if client is None:
                    client = own_client = httpx.Client(timeout=15.0, follow_redirects=True)
                yield from read_url(source, client)
            elif source == "-":
                yield from read_bytes("<stdin>", sys.stdin.buffer.read())
            elif Path(source).is_dir():
                yield from read_folder(Path(source))
            elif Path(source).exists():
                yield from read_path(Path(source))
            elif glob.has_magic(source):
                matches = sorted(glob.glob(source, recursive=True))
                if not matches:
                    yield IngestError(source_uri=source, message="no file matches this pattern")
                for match in matches:
                    yield from (read_folder(Path(match)) if Path(match).is_dir() else read_path(Path(match)))
            else:
                yield IngestError(source_uri=source, message="no such file or directory")
    finally:
        if own_client is not None:
            own_client.close()
