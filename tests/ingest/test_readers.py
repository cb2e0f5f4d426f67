"""Readers: every kind of input, and one clear error per bad input without stopping the others."""

from __future__ import annotations

import io
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
        "bilat.readers.feed.v1",
        "bilat.readers.html.v1",
        "bilat.readers.jsonl.v1",
        "bilat.readers.text.v1",
        "bilat.readers.url.v1",
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
        "<p>Both delegations praised the progress made so far in the negotiations.</p>"
        "</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "broken.html").write_text("<html><body><div><<<>>></div>", encoding="utf-8")
    docs, errors = _split(read_sources([str(tmp_path / "page.html"), str(tmp_path / "broken.html")]))
    assert "fisheries agreement" in docs[0].text
    assert docs[0].published == "2024-03-05"
    assert errors[0].source_uri.endswith("broken.html")


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # http.server's name
        routes = {
            "/article.txt": ("text/plain", ARTICLE),
            "/feed.xml": (
                "application/rss+xml",
                (
                    "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
                    "<item><title>One</title><link>http://x/1</link>"
                    "<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>"
                    f"<description>{ARTICLE}</description></item></channel></rss>"
                ),
            ),
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
    docs, errors = _split(
        read_sources(
            [f"{server}/article.txt", f"{server}/feed.xml", f"{server}/gone", "http://127.0.0.1:9/nothing"]
        )
    )
    assert docs[0].text == ARTICLE
    assert docs[1].format == "feed" and docs[1].published == "2024-03-05" and docs[1].outlet == "Wire"
    assert errors[0].message == "HTTP 404 Not Found"
    assert errors[1].source_uri == "http://127.0.0.1:9/nothing" and "cannot fetch" in errors[1].message


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (
            "\ufeffMalta and Tunisia agreed to patrol the sea together.".encode(),
            "Malta and Tunisia agreed to patrol the sea together.",
        ),
        (
            "Oman’s envoy met Yemeni officials in Muscat.".encode("utf-16"),
            "Oman’s envoy met Yemeni officials in Muscat.",
        ),
        (
            "The minister called the talks “very productive” – a rare step.".encode("cp1252"),
            "The minister called the talks “very productive” – a rare step.",
        ),
        (
            "Посол Украины встретился с министром иностранных дел Молдовы в Кишиневе.".encode("cp1251"),
            "Посол Украины встретился с министром иностранных дел Молдовы в Кишиневе.",
        ),
    ],
)
def test_readers_encodings_are_read_not_rejected(tmp_path, data, text):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    docs, errors = _split(read_sources([str(path)]))
    assert not errors and docs[0].text == text


def test_readers_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    docs, _ = _split(read_sources(["-"]))
    assert docs[0].source_uri == "<stdin>" and docs[0].text == ARTICLE


def test_readers_content_sniffing_without_extension(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Port deal</title></head><body><article><p>"
        "Djibouti and Ethiopia signed a port access deal on Friday, officials in both capitals said. "
        "The agreement runs for twenty years.</p></article></body></html>"
    )
    (tmp_path / "page").write_text(page, encoding="utf-8")
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Horn Desk</title><item><title>Deal</title>"
        "<link>https://example.org/deal</link><description>Somalia objected to the deal.</description>"
        "</item></channel></rss>"
    )
    (tmp_path / "wire.xml").write_text(feed, encoding="utf-8")
    (tmp_path / "lines").write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    docs, errors = _split(read_sources([str(tmp_path / n) for n in ("page", "wire.xml", "lines")]))
    assert not errors
    assert [d.format for d in docs] == ["html", "feed", "jsonl"]
    assert docs[1].source_uri == "https://example.org/deal" and docs[1].outlet == "Horn Desk"


def test_readers_jsonl_fields_and_line_numbers(tmp_path):
    path = tmp_path / "wire.jsonl"
    record = {
        "id": "x1",
        "title": "Talks",
        "date": "2022-11-30",
        "author": "Ana Lima",
        "source": "Lusa",
        "content": ARTICLE,
    }
    path.write_text("\n" + json.dumps(record) + "\n[1, 2]\n{oops}\n", encoding="utf-8")
    docs, errors = _split(read_sources([str(path)]))
    raw = docs[0]
    assert (raw.source_uri, raw.title, raw.published, raw.author, raw.outlet) == (
        f"{path}#L2",
        "Talks",
        "2022-11-30",
        "Ana Lima",
        "Lusa",
    )
    assert [e.source_uri for e in errors] == [f"{path}#L3", f"{path}#L4"]
    assert "not an object" in errors[0].message and "line 4" in errors[1].message


def test_readers_json_array_file(tmp_path):
    path = tmp_path / "stories.json"
    path.write_text(json.dumps([{"text": ARTICLE}, {"body": ARTICLE.replace("Chile", "Ecuador")}], indent=2))
    docs, errors = _split(read_sources([str(path)]))
    assert not errors and [d.source_uri for d in docs] == [f"{path}#1", f"{path}#2"]


def test_readers_folder_skips_other_files_and_bad_glob(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "story.md").write_text(ARTICLE, encoding="utf-8")
    docs, errors = _split(read_sources([str(tmp_path), str(tmp_path / "*.doc")]))
    assert [d.source_uri for d in docs] == [str(tmp_path / "story.md")]
    assert errors[0].message == "no file matches this pattern"


def test_readers_folder_skips_its_readme_and_licence(tmp_path):
    (tmp_path / "README.md").write_text("# About these stories\n\nThey are fiction, written for tests.\n")
    (tmp_path / "LICENSE.txt").write_text("Dedicated to the public domain.\n")
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    docs, errors = _split(read_sources([str(tmp_path)]))
    assert [d.source_uri for d in docs] == [str(tmp_path / "story.txt")] and not errors
    named, _ = _split(read_sources([str(tmp_path / "README.md")]))
    assert len(named) == 1  # named on its own, it is read
