"""Building a store: bad inputs reported one line each, finished documents kept, reruns resume."""

from __future__ import annotations

import pytest

from bilat import api
from bilat.store import open_store
from tests.articles import ARTICLES, write_articles


def test_build_bad_inputs_do_not_stop_the_build(tmp_path, resources):
    folder = write_articles(tmp_path / "in")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "cyrillic.txt").write_bytes("Президент Грузии посетил Ереван в понедельник.".encode("cp1251"))
    (folder / "latin.txt").write_bytes("Le président a visité Lisbonne lundi dernier.".encode("latin-1"))
    (tmp_path / "empty_dir").mkdir()
    report = api.build(
        [str(folder), str(tmp_path / "missing.txt"), str(tmp_path / "empty_dir")],
        str(tmp_path / "s.db"),
        resources=resources,
    )
    failed = {f.source_uri.rsplit("/", 1)[-1]: f.message for f in report.failed}
    assert failed == {
        "empty.txt": "empty file",
        "binary.txt": "binary file, not text",
        "missing.txt": "no such file or directory",
        "empty_dir": "no articles in this folder",
    }
    assert report.added == 5 and not report.ok
    texts = [d.text for d in open_store(tmp_path / "s.db").documents()]
    assert "Президент Грузии посетил Ереван в понедельник." in texts


def test_build_interrupted_keeps_finished_documents_and_resumes(tmp_path, resources):
    folder = write_articles(tmp_path / "in")
    store = str(tmp_path / "s.db")

    def stop_after_two(done: int, total: int, label: str) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        api.build([str(folder)], store, progress=stop_after_two, resources=resources)
    assert len(open_store(store).documents()) == 2
    report = api.build([str(folder)], store, resources=resources)
    assert (report.added, report.skipped) == (1, 2)
    assert len(open_store(store).documents()) == len(ARTICLES)


def test_build_same_text_twice_is_stored_once(tmp_path, resources):
    folder = write_articles(tmp_path / "in")
    (folder / "copy.txt").write_text(ARTICLES["a_visit.txt"], encoding="utf-8")
    report = api.build([str(folder)], str(tmp_path / "s.db"), resources=resources)
    assert report.added == len(ARTICLES)
