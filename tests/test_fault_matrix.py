"""The fault matrix: bad inputs of every kind mixed with good ones in one `bilat build`. Every good document
is stored, each bad input is one `error:` line naming it, the exit code is 1, and nothing prints a
traceback. (Sizes stay modest here; benchmarks/robustness.py feeds 50 MB inputs and prints peak memory.)"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from bilat import api
from bilat.cli import app
from bilat.ingest.readers import MAX_FILE_BYTES, MAX_TEXT_CHARS
from tests.articles import ARTICLES

PARAGRAPH = (
    "Kenyan Foreign Minister Grace Wanjiru met her Ugandan counterpart in Kampala on Tuesday. "
    "The two ministers discussed the railway and the border crossing at Malaba.\n\n"
)


def _write_matrix(folder):
    good = {name: text for name, text in ARTICLES.items()}
    for name, text in good.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><title>Ghana and Togo</title></head><body><article><p>Ghana's president received "
        "the Togolese foreign minister in Accra on Friday to discuss cross-border trade.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    (folder / "lines.jsonl").write_text(
        json.dumps(
            {
                "text": "Peru and Chile signed a fisheries agreement in Lima on Monday.",
                "published": "2024-05-06",
            }
        )
        + "\n{not json\n",
        encoding="utf-8",
    )
    damaged = " date 2024-02-01\n\nSpain’s minister visited Rabat on Monday and met Morocco’s envoy.\n"
    (folder / "damaged.txt").write_bytes(damaged.encode().replace(b"visited", b"vis\xffited"))
    (folder / "legacy.txt").write_bytes(
        " date 2024-02-02\n\nPortugal's minister met Brazil's envoy in São Paulo on Friday.\n".encode(
            "latin-1"
        )
    )
    (folder / "long.txt").write_text(
        " date 2024-03-05\n\n" + PARAGRAPH * 400, encoding="utf-8"
    )  # parsed in pieces
    bad = {
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "empty.txt": b"",
        "blank.txt": b"   \n\n\t\n",
        "broken.json": b'[{"text": "unfinished',
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        "deep.html": b"<html><body>" + b"<div>" * 50_000 + b"</div>" * 50_000 + b"</body></html>",
        "nothing.html": b"<html><body><nav>Home</nav></body></html>",
        "feed.rss": b"<rss><channel><title>Empty</title></channel></rss>",
        "too-long.txt": ("Words without end. " * (MAX_TEXT_CHARS // 19 + 100)).encode(),
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.txt").open("wb") as handle:  # sparse: refused by its size, never read
        handle.truncate(MAX_FILE_BYTES + 1)
    bad_names = [*bad, "huge.txt"]
    return bad_names


def test_fault_matrix_build_goes_on_past_every_bad_input(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    bad = _write_matrix(folder)
    missing = tmp_path / "missing.txt"
    store = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["build", str(folder), str(missing), "--store", store])
    output = result.output
    assert result.exit_code == 1
    assert "Traceback" not in output and "Error:" not in output
    errors = [line for line in output.splitlines() if line.startswith("error: ")]
    for name in bad:
        named = [line for line in errors if line.startswith(f"error: {folder / name}:")]
        assert len(named) == 1, (name, output)
    assert sum(line.startswith(f"error: {folder / 'lines.jsonl'}#L2:") for line in errors) == 1
    assert any(line.startswith(f"error: {missing}: no such file") for line in errors)
    assert len(errors) == len(bad) + 2
    assert f"warning: {folder / 'damaged.txt'}: 1 bytes not valid UTF-8" in output
    stored = {d["source_uri"].rsplit("/", 1)[-1].split("#")[0] for d in api.list_documents(store)}
    assert stored == {*ARTICLES, "page.html", "lines.jsonl", "damaged.txt", "legacy.txt", "long.txt"}
    legacy = next(d for d in api.list_documents(store) if d["source_uri"].endswith("legacy.txt"))
    assert legacy["encoding_how"] == "detected"
    long_events = [e for e in api.list_events(store) if e.source_uri.endswith("long.txt")]
    assert (
        long_events and max(e.start for e in long_events) > len(PARAGRAPH) * 300
    )  # offsets of the whole text
    from bilat.store import open_store

    with open_store(store, create=False) as opened:
        text = opened.document(long_events[0].doc_id).text
    assert all(text[e.start : e.end] == e.evidence for e in long_events)
