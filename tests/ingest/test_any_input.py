"""No input breaks a build: random bytes, random text, deeply nested and large markup or JSON each give a
stored document or one error naming the input, never an exception."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilat import api
from bilat.models import Analysis
from bilat.store import open_store

SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".rss", ".xml", ".md", ""]
ANALYSED_CHARS = 20_000  # keeps the run short; every input is still read
SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    opened = open_store(tmp_path_factory.mktemp("any") / "any.db")
    yield opened
    opened.close()


def _nested(kind: str, depth: int) -> bytes:
    if kind == "html":
        return (
            b"<html><body>" + b"<div>" * depth + b"Norway hosted Chile's minister." + b"</div>" * depth
        ).rstrip()
    if kind == "json-array":
        return b"[" * depth + b"]" * depth
    if kind == "json-object":
        return b'{"text": ' * depth + b'"x"' + b"}" * depth
    return b'{"text": "Peru and Chile met.", "meta": ' + b"[" * depth + b"]" * depth + b"}\n"


def _large(kind: str, repeat: int) -> bytes:
    paragraph = "Kenya and Uganda agreed on Tuesday to build a railway. "
    if kind == "html":
        return ("<html><body>" + f"<p>{paragraph}</p>\n" * repeat + "</body></html>").encode()
    if kind == "jsonl":
        return ('{"text": "' + paragraph * repeat + '"}\n').encode()
    return (paragraph * repeat).encode()


inputs = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(
        st.sampled_from(["html", "json-array", "json-object", "json-line"]), st.integers(1, 200_000)
    ).map(lambda kd: _nested(*kd)),
    st.tuples(st.sampled_from(["html", "jsonl", "text"]), st.integers(1, 20_000)).map(lambda kr: _large(*kr)),
)


@SETTINGS
@given(data=inputs, suffix=st.sampled_from(SUFFIXES))
def test_any_input_is_a_document_or_one_error(tmp_path_factory, pipeline, resources, store, data, suffix):
    folder: Path = tmp_path_factory.mktemp("input")
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    reading = api.read([str(path)], resources)  # raises nothing, whatever the bytes
    assert reading.documents or reading.errors
    assert all(e.source_uri.startswith(str(path)) and e.message for e in reading.errors)
    for document in reading.documents:
        if len(document.text) > ANALYSED_CHARS:
            continue  # long texts are analysed in tests/test_fault_matrix.py, a few at a time
        result = pipeline.analyze_or_fail(document)
        assert isinstance(result, Analysis), result  # analysis itself must not break on any text
        store.add_analysis(result)
        assert store.has_document(document.id)
