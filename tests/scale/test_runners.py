"""The runners give the same analyses wherever the pipeline runs."""

from __future__ import annotations

import pytest

from bilat.models import Document
from bilat.scale import RUNNERS, get_runner

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
