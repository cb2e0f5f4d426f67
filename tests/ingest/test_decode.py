"""Decoding: strict UTF-8; UTF-8 with a few bad bytes stays UTF-8 (replaced, counted, warned); a legacy
encoding only when the bytes are not UTF-8-like, and the document says how it was read."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bilat import api
from bilat.cli.app import app
from bilat.ingest.decode import DecodeError, decode

STORY = (
    " date 2024-02-06\n\nPortugal’s foreign minister met his Brazilian counterpart in São Paulo on Monday. "
    "The two ministers signed a memorandum on consular cooperation, the ministry’s spokesman said.\n"
)


def test_decode_valid_utf8_is_strict():
    decoded = decode(STORY.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.how, decoded.replaced) == (STORY, "utf-8", "strict", 0)


def test_decode_a_few_bad_bytes_stay_utf8_and_are_counted():
    data = STORY.encode("utf-8").replace(b"met his", b"met\xff his", 1)
    decoded = decode(data)
    assert decoded.how == "replaced" and decoded.replaced == 1 and decoded.encoding == "utf-8"
    assert "Portugal’s" in decoded.text and "São Paulo" in decoded.text and "\ufffd" in decoded.text


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_decode_legacy_bytes_are_detected(encoding):
    text = STORY.replace("’", "'")
    decoded = decode(text.encode(encoding))
    assert decoded.how == "detected" and "São Paulo" in decoded.text and "Săo" not in decoded.text


def test_decode_binary_is_refused():
    with pytest.raises(DecodeError):
        decode(b"\x00\x01\x02PK\x03\x04" * 100)


def test_decode_is_in_the_document_and_the_warning_names_the_input(tmp_path, resources):
    good = tmp_path / "good.txt"
    good.write_bytes(STORY.encode("utf-8"))
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(
        STORY.replace("Portugal", "Spain").encode("utf-8").replace(b"met his", b"met\xc3 his")
    )
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(STORY.replace("’", "'").replace("Portugal", "Angola").encode("latin-1"))
    reading = api.read([str(tmp_path)], resources)
    how = {d.source_uri: (d.encoding, d.encoding_how) for d in reading.documents}
    assert how[str(good)] == ("utf-8", "strict")
    assert how[str(damaged)] == ("utf-8", "replaced")
    assert how[str(legacy)][1] == "detected"
    assert "São Paulo" in next(d.text for d in reading.documents if d.source_uri == str(legacy))
    assert [(w.source_uri, w.message) for w in reading.warnings] == [
        (str(damaged), "1 bytes not valid UTF-8, replaced by U+FFFD")
    ]
    result = CliRunner().invoke(app, ["build", str(tmp_path), "--store", str(tmp_path / "s.db")])
    assert result.exit_code == 0
    assert f"warning: {damaged}: 1 bytes not valid UTF-8, replaced by U+FFFD" in result.output
