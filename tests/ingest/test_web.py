"""Web sources against a real HTTP server on 127.0.0.1: pages, feeds, redirects, limits, dead links."""

from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from bilat.ingest import read_sources, readers, to_document
from bilat.models import IngestError, RawDocument

STORY = (
    "Norway and Iceland signed a fisheries agreement in Reykjavik on Tuesday, the two foreign "
    "ministries said.\n\nThe accord sets quotas for mackerel and herring for the next five years."
)
PAGE = (
    "<html><head><title>Nordic fisheries accord</title>"
    "<meta property='article:published_time' content='2023-09-12T08:00:00Z'>"
    "<meta name='author' content='Ingrid Berg'></head><body><nav>Home | World</nav><article>"
    "<h1>Nordic fisheries accord</h1>"
    + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    + "<p>Officials from both sides described the talks as constructive and said further rounds "
    "would follow in the spring.</p></article><footer>Share</footer></body></html>"
)


def _rss(base: str) -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Nordic Wire</title>"
        f"<item><title>Fisheries accord</title><link>{base}/story</link>"
        "<pubDate>Tue, 12 Sep 2023 09:00:00 GMT</pubDate><description>Short teaser.</description></item>"
        f"<item><title>Offline item</title><link>{base}/missing</link>"
        "<pubDate>Wed, 13 Sep 2023 09:00:00 GMT</pubDate>"
        "<description>Sweden and Finland agreed on Wednesday to link their power grids more "
        "closely, officials said.</description></item>"
        "</channel></rss>"
    )


ATOM = (
    "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
    "<title>Baltic Desk</title>"
    "<entry><title>Grid link</title><link href='http://127.0.0.1:9/never-fetched'/>"
    "<updated>2023-10-02T10:00:00Z</updated><author><name>Anna Kask</name></author>"
    "<content type='html'>&lt;p&gt;Estonia and Latvia opened a new power interconnector on Monday, "
    "the grid operators said.&lt;/p&gt;</content></entry></feed>"
)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # http.server's name
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/story")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.0)
        routes = {
            "/story": ("text/html; charset=utf-8", PAGE.encode()),
            "/rss": ("application/rss+xml", _rss(base).encode()),
            "/atom": ("application/atom+xml", ATOM.encode()),
            "/cyrillic": (
                "text/plain; charset=windows-1251",
                "Посол Казахстана прибыл в Ташкент.".encode("cp1251"),
            ),
            "/big": ("text/plain", b"Big news. " * 500),
            "/big-unsized": ("text/plain", b"Big news. " * 500),
            "/slow": ("text/plain", STORY.encode()),
            "/empty": ("text/plain", b""),
        }
        if self.path not in routes:
            self.send_error(404)
            return
        kind, data = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if self.path != "/big-unsized":  # without a length the reader must count while reading
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        # The client may give up (timeout, size limit), as the tests want.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, IngestError)]


def test_web_html_page_by_media_type_and_metadata(server, resources):
    docs, errors = _split(read_sources([f"{server}/story"]))
    assert not errors
    raw = docs[0]
    assert raw.format == "html" and raw.title == "Nordic fisheries accord"
    assert "mackerel and herring" in raw.text and "\n\n" in raw.text
    doc = to_document(raw, resources)
    assert (doc.published, doc.published_how) == ("2023-09-12", "metadata")


def test_web_redirect_is_followed(server):
    docs, _ = _split(read_sources([f"{server}/old"]))
    assert "Reykjavik" in docs[0].text


def test_web_rss_entry_without_content_fetches_its_link(server):
    docs, errors = _split(read_sources([f"{server}/rss"]))
    assert not errors
    fetched, offline = docs
    assert fetched.source_uri == f"{server}/story" and "mackerel" in fetched.text
    assert (fetched.format, fetched.title, fetched.published, fetched.outlet) == (
        "feed",
        "Fisheries accord",
        "2023-09-12",
        "Nordic Wire",
    )
    # A dead entry link leaves the entry's own summary as its text.
    assert offline.text.startswith("Sweden and Finland") and offline.published == "2023-09-13"


def test_web_atom_entry_with_content_is_not_fetched(server):
    docs, errors = _split(read_sources([f"{server}/atom"]))
    assert not errors
    assert docs[0].text.startswith("Estonia and Latvia") and docs[0].author == "Anna Kask"
    assert docs[0].outlet == "Baltic Desk" and docs[0].published == "2023-10-02"


def test_web_declared_charset_is_used(server):
    docs, _ = _split(read_sources([f"{server}/cyrillic"]))
    assert docs[0].text == "Посол Казахстана прибыл в Ташкент."


def test_web_errors_one_per_source_and_reading_goes_on(server, monkeypatch):
    monkeypatch.setattr(readers, "MAX_URL_BYTES", 1000)
    bad = [
        f"{server}/gone",
        "http://127.0.0.1:9/closed",
        f"{server}/big",
        f"{server}/big-unsized",
        f"{server}/empty",
    ]
    docs, errors = _split(read_sources([*bad, f"{server}/story"]))
    assert [e.source_uri for e in errors] == bad
    assert errors[0].message == "HTTP 404 Not Found"
    assert errors[1].message.startswith("cannot fetch")
    assert "larger than 1000 bytes" in errors[2].message and "larger than 1000 bytes" in errors[3].message
    assert errors[4].message == "empty file"
    assert len(docs) == 1


def test_web_timeout_is_an_error(server):
    with httpx.Client(timeout=0.2) as client:
        docs, errors = _split(read_sources([f"{server}/slow"], client=client))
    assert not docs and errors[0].message == "cannot fetch: timed out"
