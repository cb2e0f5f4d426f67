"""Readers by versioned name, chosen by extension then by content: text, HTML, JSON lines, feeds, URLs.

A reader turns one ``Input`` (a source address and, for content readers, its decoded text) into
``RawDocument``s. Every unreadable input becomes one ``IngestError`` naming it; reading goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import httpx

from bilat.ingest.decode import DecodeError, decode
from bilat.models import IngestError, RawDocument

Item = RawDocument | IngestError


@dataclass(frozen=True)
class Input:
    uri: str
    text: str = ""
    media_type: str = ""  # from an HTTP Content-Type, lower case, without parameters
    client: httpx.Client | None = None  # present when reading from the web: feeds follow entry links


Reader = Callable[[Input], Iterator[Item]]
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")

MIN_LETTERS = 20  # less than this is markup debris, not an article
# Size limits (README "Limits"): a file is refused unread beyond MAX_FILE_BYTES; markup (HTML, a feed) is
# refused beyond MAX_MARKUP_CHARS before it is parsed; one document's text beyond MAX_TEXT_CHARS is refused
# before analysis (texts above nlp.chunks.CHUNK_CHARS are analysed in pieces).
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MARKUP_CHARS = 10_000_000
MAX_TEXT_CHARS = 500_000
TEXT_FIELDS = ("text", "body", "content")
# Dates from the page's metadata only: htmldate's extensive search would guess from the text.
DATE_PARAMS = {"original_date": True, "extensive_search": False}


def metadata_date(value: object) -> str | None:
    """An ISO day from a container's date field; other spellings pass on for cleaning to read or drop."""
    text = str(value).strip() if value else ""
    return text[:10] if ISO_DAY.match(text) else text or None


def read_text(source: Input) -> Iterator[Item]:
    if not source.text.strip():
        yield IngestError(source_uri=source.uri, message="empty file")
        return
    yield RawDocument(source_uri=source.uri, text=source.text, format="text")


def _extract_html(html: str, uri: str) -> RawDocument | None:
    import trafilatura  # imported on first use: it is slow to import and most inputs are plain text

    extracted = trafilatura.bare_extraction(
        html,
        url=uri if uri.startswith("http") else None,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=DATE_PARAMS,
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or sum(c.isalpha() for c in body) < MIN_LETTERS:
        return None
    # trafilatura puts one paragraph per line; bilat's texts separate paragraphs by a blank line.
    body = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    published = getattr(extracted, "date", None)
    return RawDocument(
        source_uri=uri,
        text=body,
        format="html",
        title=getattr(extracted, "title", None),
        published=metadata_date(published),
        outlet=getattr(extracted, "sitename", None),
        author=getattr(extracted, "author", None),
    )


def _too_much_markup(source: Input, what: str) -> IngestError | None:
    if len(source.text) <= MAX_MARKUP_CHARS:
        return None
    return IngestError(
        source_uri=source.uri,
        message=f"{what} too large: {len(source.text):,} characters (at most {MAX_MARKUP_CHARS:,})",
    )


def read_html(source: Input) -> Iterator[Item]:
    refused = _too_much_markup(source, "HTML page")
    if refused:
        yield refused
        return
    try:
        found = _extract_html(source.text, source.uri)
    except (ValueError, RecursionError, MemoryError) as error:  # lxml on pathological markup
        yield IngestError(source_uri=source.uri, message=f"malformed HTML: {type(error).__name__}")
        return
    if found is None:
        yield IngestError(source_uri=source.uri, message="malformed or empty HTML: no article text found")
        return
    yield found


def _record(record: object, where: str) -> Item:
    if not isinstance(record, dict):
        return IngestError(source_uri=where, message="JSON record is not an object")
    body = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if not body or not body.strip():
        return IngestError(source_uri=where, message="JSON record has no text field (text, body or content)")
    published = record.get("published") or record.get("date")
    url = record.get("url")

    def text(key: str) -> str | None:
        value = record.get(key)
        return str(value).strip() or None if value is not None else None

    return RawDocument(
        source_uri=url if isinstance(url, str) and url else where,
        text=body,
        format="jsonl",
        title=text("title"),
        published=metadata_date(published),
        author=text("author"),
        outlet=text("outlet") or text("source"),
    )


def read_jsonl(source: Input) -> Iterator[Item]:
    """One JSON object per line; a whole-file JSON object or array is read as well."""
    uri, text = source.uri, source.text
    if not text.strip():
        yield IngestError(source_uri=uri, message="empty file")
        return
    if text.lstrip().startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as error:
            yield IngestError(source_uri=uri, message=f"malformed JSON: {error.msg} at line {error.lineno}")
            return
        except RecursionError:
            yield IngestError(source_uri=uri, message="malformed JSON: nested too deeply")
            return
        for number, record in enumerate(records if isinstance(records, list) else [records], start=1):
            yield _record(record, f"{uri}#{number}")
        return
    lines = text.splitlines()
    if len([line for line in lines if line.strip()]) > 1 and not lines[0].rstrip().endswith("}"):
        try:  # a pretty-printed single object spans several lines
            yield _record(json.loads(text), uri)
            return
        except (json.JSONDecodeError, RecursionError):
            pass
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{uri}#L{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestError(
                source_uri=where,
                message=f"malformed JSON on line {number}: {error.msg} at column {error.colno}",
            )
            continue
        except RecursionError:
            yield IngestError(source_uri=where, message=f"malformed JSON on line {number}: nested too deeply")
            continue
        yield _record(record, where)


def read_feed(source: Input) -> Iterator[Item]:
    """One document per RSS/Atom entry; an entry with only a summary is fetched from its link."""
    import feedparser

    refused = _too_much_markup(source, "feed")
    if refused:
        yield refused
        return
    feed = feedparser.parse(source.text)
    if not feed.entries:
        yield IngestError(source_uri=source.uri, message="malformed or empty feed: no entries")
        return
    outlet = feed.feed.get("title")
    for entry in feed.entries:
        link = entry.get("link") or source.uri
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        meta = {
            "title": entry.get("title"),
            "published": "{:04d}-{:02d}-{:02d}".format(*parsed[:3]) if parsed else None,
            "author": entry.get("author"),
            "outlet": outlet,
        }
        full = (entry.get("content") or [{}])[0].get("value")
        fetched: list[Item] = []
        if not full and source.client is not None and link.startswith(("http://", "https://")):
            fetched = list(read_url(Input(uri=link, client=source.client)))
            docs = [i for i in fetched if isinstance(i, RawDocument)]
            if docs:
                # The entry's own fields are the feed's metadata; the page fills what they lack.
                yield docs[0].model_copy(update={k: v for k, v in meta.items() if v} | {"format": "feed"})
                continue
        # No page (offline, dead link): the entry's summary is the best text there is.
        body = _entry_text(full or entry.get("summary") or "", link)
        if not body.strip():
            errors = [i for i in fetched if isinstance(i, IngestError)]
            yield errors[0] if errors else IngestError(source_uri=link, message="feed entry has no text")
            continue
        yield RawDocument(source_uri=link, text=body, format="feed", **meta)


def _entry_text(content: str, uri: str) -> str:
    if "<" not in content:
        return content
    found = _extract_html(f"<html><body><article>{content}</article></body></html>", uri)
    return found.text if found else ""


MAX_URL_BYTES = 20_000_000
TIMEOUT = httpx.Timeout(15.0, connect=5.0)


def read_url(source: Input) -> Iterator[Item]:
    """Fetch an http(s) address (redirects followed, size capped) and read the body by its type."""
    if source.client is None:
        with httpx.Client(timeout=TIMEOUT, follow_redirects=True) as client:
            yield from read_url(replace(source, client=client))
        return
    fetched = _fetch(source.uri, source.client)
    if isinstance(fetched, IngestError):
        yield fetched
        return
    data, media_type, charset = fetched
    yield from read_bytes(replace(source, media_type=media_type), data, charset)


def _fetch(url: str, client: httpx.Client) -> tuple[bytes, str, str | None] | IngestError:
    too_large = IngestError(source_uri=url, message=f"response larger than {MAX_URL_BYTES} bytes")
    try:
        with client.stream("GET", url) as response:
            response.raise_for_status()
            if int(response.headers.get("content-length") or 0) > MAX_URL_BYTES:
                return too_large
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_URL_BYTES:  # the server may not say, or lie, so count while reading
                    return too_large
                chunks.append(chunk)
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return b"".join(chunks), media_type, response.charset_encoding
    except httpx.HTTPStatusError as error:
        return IngestError(
            source_uri=url,
            message=f"HTTP {error.response.status_code} {error.response.reason_phrase}".strip(),
        )
    except httpx.TimeoutException:
        return IngestError(source_uri=url, message="cannot fetch: timed out")
    except httpx.HTTPError as error:
        return IngestError(source_uri=url, message=f"cannot fetch: {type(error).__name__}")


READERS: dict[str, Reader] = {
    "bilat.readers.text.v1": read_text,
    "bilat.readers.html.v1": read_html,
    "bilat.readers.jsonl.v1": read_jsonl,
    "bilat.readers.feed.v1": read_feed,
    "bilat.readers.url.v1": read_url,
}

BY_SUFFIX = {
    ".txt": "bilat.readers.text.v1",
    ".text": "bilat.readers.text.v1",
    ".md": "bilat.readers.text.v1",
    ".html": "bilat.readers.html.v1",
    ".htm": "bilat.readers.html.v1",
    ".jsonl": "bilat.readers.jsonl.v1",
    ".json": "bilat.readers.jsonl.v1",
    ".rss": "bilat.readers.feed.v1",
    ".atom": "bilat.readers.feed.v1",
}
BY_MEDIA_TYPE = {
    "text/html": "bilat.readers.html.v1",
    "application/xhtml+xml": "bilat.readers.html.v1",
    "application/rss+xml": "bilat.readers.feed.v1",
    "application/atom+xml": "bilat.readers.feed.v1",
    "application/json": "bilat.readers.jsonl.v1",
    "application/x-ndjson": "bilat.readers.jsonl.v1",
    "application/jsonl": "bilat.readers.jsonl.v1",
}
ARTICLE_SUFFIXES = {*BY_SUFFIX, ".xml"}
# Content sniffing, in order: the first marker found in the opening characters names the reader.
SNIFF = (
    (("<rss", "<feed", "<rdf:rdf"), "bilat.readers.feed.v1"),
    (("<!doctype html", "<html", "<body", "<article", "<p>", "<div"), "bilat.readers.html.v1"),
)


def sniff(text: str) -> str:
    """The reader for content whose name says nothing: feeds, HTML and JSON by their first characters."""
    head = text.lstrip()[:1000].lower()
    for markers, name in SNIFF:
        if any(marker in head for marker in markers):
            return name
    return "bilat.readers.jsonl.v1" if head.startswith(("{", "[{")) else "bilat.readers.text.v1"


def choose_reader(source: Input) -> str:
    """Extension first (``.xml`` says nothing), then the HTTP media type, then the content itself."""
    suffix = Path(source.uri.split("?")[0].split("#")[0]).suffix.lower()
    return BY_SUFFIX.get(suffix) or BY_MEDIA_TYPE.get(source.media_type) or sniff(source.text)


def read_bytes(source: Input, data: bytes, charset: str | None = None) -> Iterator[Item]:
    if not data.strip():
        yield IngestError(source_uri=source.uri, message="empty file")
        return
    try:
        decoded = decode(data, charset)
    except DecodeError as error:
        yield IngestError(source_uri=source.uri, message=str(error))
        return
    source = replace(source, text=decoded.text)
    how = {"encoding": decoded.encoding, "encoding_how": decoded.how, "replaced": decoded.replaced}
    for item in READERS[choose_reader(source)](source):
        # A page a feed entry links to was decoded on its own: it keeps its own encoding.
        if isinstance(item, RawDocument) and item.encoding is None:
            item = item.model_copy(update=how)
        yield item
