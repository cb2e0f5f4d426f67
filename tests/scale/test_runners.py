"""The runners give the same analyses wherever the pipeline runs."""

from __future__ import annotations

import pytest

from bilat.models import Document
from bilat.scale import RUNNERS, get_runner
from bilat.scale.runners import even_tail_chunks

TEXTS = [
    "Norway and Finland signed a border cooperation agreement in Oslo on Monday.",
    "The Chilean foreign minister visited Peru last week to discuss fishing rights.",
]


def _documents() -> list[Document]:
    return [
        Document(id=f"d{i}", source_uri=f"mem:{i}", text=text, published="2024-05-02")
        for i, text in enumerate(TEXTS)
    ]


def test_runners_registry_names():
    assert sorted(RUNNERS) == ["dask", "local", "pool"]


def test_runners_unknown_name_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown runner 'spark'"):
        get_runner("spark")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["pool", "dask"])
def test_runners_match_local(name, resources):
    local = {a.document.id: a for a in get_runner("local")(_documents(), resources)}
    kwargs = {"workers": 2}
    remote = {a.document.id: a for a in get_runner(name)(_documents(), resources, **kwargs)}
    assert remote.keys() == local.keys()
    for doc_id, analysis in local.items():
        assert remote[doc_id].model_dump() == analysis.model_dump()


def test_even_tail_chunks_keep_every_document_in_order():
    for count in (0, 1, 5, 16, 31, 33, 48, 89, 100):
        for parts in (1, 2, 4):
            found = list(even_tail_chunks(range(count), 16, parts))
            assert [item for chunk in found for item in chunk] == list(range(count))
            assert all(0 < len(chunk) <= 16 for chunk in found)


def test_even_tail_chunks_split_the_last_ones_between_the_workers():
    # 89 documents on two workers: full chunks, then the last 25 as 12 and 13 instead of 16 and 9
    assert [len(c) for c in even_tail_chunks(range(89), 16, 2)] == [16, 16, 16, 16, 12, 13]
    assert [len(c) for c in even_tail_chunks(range(5), 16, 2)] == [2, 3]
    # one worker: plain chunks, the last one the remainder
    assert [len(c) for c in even_tail_chunks(range(40), 16, 1)] == [16, 16, 8]
