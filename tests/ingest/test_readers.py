"""Readers: every kind of input, and one clear error per bad input without stopping the others."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bilat.ingest import READERS, read_sources
from bilat.models import IngestError, RawDocument

ARTICLE = "Chile and Peru signed a fisheries agreement in Lima on Monday.\n\nThe deal covers ten years.\n"


def _split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, IngestError)]
    return docs, errors


def test_readers_registry_names():
    assert sorted(READERS) == [
        "bilat.readers.feed.v1", "bilat.readers.html.v1", "bilat.readers.jsonl.v1", "bilat.readers.text.v1",
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ],
)
def test_readers_bad_file_is_one_error(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    docs, errors = _split(read_sources([str(tmp_path / name), str(tmp_path / "good.txt")]))
    assert [e.source_uri for e in errors] == [str(tmp_path / name)]
    assert message in errors[0].message
    assert len(docs) == 1


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1251", "Министр иностранных дел Грузии посетил Баку во вторник. Стороны обсудили торговлю."),
        ("latin-1", "Le ministre français a rencontré son homologue à Genève. Les deux pays coopèrent."),
    ],
)
def test_readers_legacy_encoding_is_decoded(tmp_path, encoding, text):
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    docs, errors = _split(read_sources([str(path)]))
    assert not errors
    assert docs[0].text == text


def test_readers_missing_path_and_empty_folder(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    docs, errors = _split(read_sources([str(tmp_path / "nope.txt"), str(empty)]))
    assert not docs
    assert [e.message for e in errors] == ["no such file or directory", "no articles in this folder"]


def test_readers_folder_and_glob(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE.replace("Chile", "Bolivia"), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    docs, _ = _split(read_sources([str(tmp_path)]))
    assert len(docs) == 2
    docs, _ = _split(read_sources([str(tmp_path / "*.txt")]))
    assert [d.source_uri for d in docs] == [str(tmp_path / "a.txt")]


def test_readers_jsonl_bad_line_keeps_the_rest(tmp_path):
    path = tmp_path / "stories.jsonl"
    lines = [
        json.dumps({"id": "1", "title": "Talks", "published": "2024-02-01 10:00:00Z", "text": ARTICLE}),
        '{"id": "2", "text": "unterminated',
        json.dumps({"id": "3", "title": "No body"}),
        json.dumps({"url": "https://example.org/a", "body": ARTICLE, "author": "A Writer"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = _split(read_sources([str(path)]))
    assert [d.published for d in docs] == ["2024-02-01", None]
    assert docs[1].source_uri == "https://example.org/a"
    assert [e.source_uri for e in errors] == [f"{path}#L2", f"{path}#L3"]
    assert "malformed JSON" in errors[0].message
    assert "no text field" in errors[1].message


def test_readers_html_and_malformed_html(tmp_path):
    page = (
        "<html><head><title>Border talks</title><meta name='author' content='Jane Roe'>"
        "<meta property='article:published_time' content='2024-03-05'></head><body><article>"
        f"<h1>Border talks</h1><p>{ARTICLE} The ministers agreed to meet again in May.</p>"
        "<p>Both delegations praised the progress made so far in the negotiations.</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "broken.html").write_text("<html><body><div><<<>>></div>", encoding="utf-8")
    docs, errors = _split(read_sources([str(tmp_path / "page.html"), str(tmp_path / "broken.html")]))
    assert "fisheries agreement" in docs[0].text
    assert docs[0].published == "2024-03-05"
    assert errors[0].source_uri.endswith("broken.html")


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        routes = {
            "/article.txt": ("text/plain", ARTICLE),
            "/feed.xml": ("application/rss+xml", (
                "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
                "<item><title>One</title><link>http://x/1</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>"
                f"<description>{ARTICLE}</description></item></channel></rss>")),
        }
        if self.path not in routes:
            self.send_error(404)
            return
        kind, body = routes[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_readers_urls_feeds_and_dead_links(server):
    docs, errors = _split(read_sources([f"{server}/article.txt", f"{server}/feed.xml", f"{server}/gone",
                                        "http://127.0.0.1:9/nothing"]))
    assert docs[0].text == ARTICLE
    assert docs[1].format == "feed" and docs[1].published == "2024-03-05" and docs[1].outlet == "Wire"
    assert errors[0].message == "HTTP 404"
    assert errors[1].source_uri == "http://127.0.0.1:9/nothing" and "cannot fetch" in errors[1].message
