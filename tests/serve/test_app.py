from __future__ import annotations

import re
import shutil

import pytest
from fastapi.testclient import TestClient

from bilat import api
from bilat.serve.app import create_app
from bilat.store import open_store


@pytest.fixture(scope="module")
def client(built_store):
    with TestClient(create_app(open_store(built_store))) as c:
        yield c


def test_app_pages_render(client):
    overview = client.get("/")
    assert overview.status_code == 200 and "/dyad/ETH/KEN" in overview.text
    dyad = client.get("/dyad/KEN/ETH")
    assert dyad.status_code == 200
    assert 'src="/static/vendor/vega-lite.min.js"' in dyad.text and "cdn" not in dyad.text.lower()
    assert dyad.text.count('class="event q') >= 3
    for path in ("/actors", "/facts", "/search?q=embassy"):
        assert client.get(path).status_code == 200, path


def test_app_every_event_links_to_its_evidence(client):
    page = client.get("/dyad/KEN/ETH").text
    links = re.findall(r'href="(/document/[0-9a-f]+#s\d+)"', page)
    assert links
    target, anchor = links[0].split("#")
    document = client.get(target).text
    assert f'id="{anchor}"' in document and 'class="event' in document


def test_app_search_page_highlights_matches(client):
    page = client.get("/search", params={"q": "embassy", "a": "KEN", "b": "ETH"}).text
    assert "<mark>embassy</mark>" in page
    assert "<mark>" not in client.get("/search", params={"q": "embassy", "since": "2030-01-01"}).text


def test_app_json_endpoints(client):
    dyad = client.get("/api/dyad/KEN/ETH").json()
    assert dyad["events"] and all(e["evidence"] for e in dyad["events"])
    hits = client.get("/api/search", params={"q": "embassy"}).json()
    assert hits and "[embassy]" in hits[0]["snippet"]
    doc_id = client.get("/api/documents").json()[0]["id"]
    assert client.get(f"/api/documents/{doc_id}").json()["document"]["id"] == doc_id
    actor = client.get("/api/actors").json()[0]
    assert client.get(f"/api/actors/{actor['id']}").json()["actor"]["name"] == actor["name"]
    assert client.get(f"/actor/{actor['id']}").status_code == 200
    assert client.get("/api/events", params={"a": "KEN", "b": "ETH"}).json()
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/static/vendor/vega.min.js").status_code == 200


def test_app_writes_need_the_token(built_store, tmp_path, resources):
    store = tmp_path / "w.db"
    shutil.copy(built_store, store)
    body = {
        "text": "Chile and Peru signed a fisheries agreement in Lima on Tuesday.",
        "source_uri": "memo.txt",
        "published": "2024-05-07",
    }
    with TestClient(create_app(open_store(str(store)))) as read_only:
        assert read_only.post("/api/build", json=body).status_code == 403
    opened = open_store(str(store))
    with TestClient(create_app(opened, token="s3cret", write=api.Writer(opened, resources))) as client:
        assert client.post("/api/build", json=body).status_code == 401
        assert (
            client.post("/api/build", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
        )
        ok = client.post("/api/build", json=body, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 201 and ok.json()["added"] == 1
        again = client.post("/api/build", json=body, headers={"Authorization": "Bearer s3cret"})
        assert again.json() == {"added": 0, "skipped": 1, "events": 0, "facts": 0}
        assert len(client.get("/api/documents").json()) == 4


def test_app_ask_answers_with_evidence(client):
    answer = client.get("/api/ask", params={"q": "When did Ethiopia open its embassy in Kenya?"}).json()
    assert answer["known"] and answer["value"].startswith("2024-06")
    assert answer["citations"][0]["source_uri"].endswith("02_embassy.txt")
    unknown = client.get("/api/ask", params={"q": "When did Peru sanction Norway?"}).json()
    assert unknown["known"] is False


def test_app_dyad_of_unknown_codes_is_404(client):
    assert client.get("/dyad/XXX/YYY").status_code == 404
    assert client.get("/api/dyad/KEN/QQQ").status_code == 404
    # A real country pair with nothing stored is an empty page, not an error.
    assert client.get("/dyad/FRA/PER").status_code == 200


def test_app_events_one_side_filters_and_bad_dates_are_422(client):
    everything = client.get("/api/events").json()
    kenya = client.get("/api/events", params={"a": "KEN"}).json()
    assert kenya and len(kenya) <= len(everything)
    assert all("KEN" in {e["source"]["country"], (e["target"] or {}).get("country")} for e in kenya)
    assert client.get("/api/events", params={"a": "FRA"}).json() == []
    assert client.get("/api/events", params={"since": "notadate"}).status_code == 422
    assert client.get("/api/dyad/KEN/ETH", params={"until": "May 2020"}).status_code == 422
    assert client.get("/api/events", params={"since": "2020-05"}).status_code == 200


def test_app_events_say_where_their_dates_came_from(client):
    events = client.get("/api/events").json()
    dated = [e for e in events if e["date"]]
    assert dated and {e["date_basis"] for e in dated} <= {"text", "context", "publication"}
    assert all(e["date_basis"] is None for e in events if not e["date"])
    page = client.get("/dyad/KEN/ETH").text
    assert "date basis: " in page and ("from the text" in page or "publication date" in page)


def test_app_ask_answers_from_the_text_and_links_the_cited_sentence(client):
    answer = client.get("/api/ask", params={"q": "What did Ruto praise Ethiopia for?"}).json()
    assert answer["known"] and answer["evidence"] == "text" and 0 < answer["confidence"] <= 1
    assert "regional peace talks" in answer["answer"]
    citation = answer["citations"][0]
    assert citation["url"].startswith(f"/document/{citation['doc_id']}?cite=")
    document = client.get(citation["url"]).text
    # One mark around the cited sentence, whatever entities and dates are highlighted inside it.
    assert document.count('<mark class="cited"') == 1
    cited = re.search(r'<mark class="cited"[^>]*>(.*?)</mark>', document, re.S)
    assert cited and re.sub(r"<[^>]+>", "", cited.group(1)) == citation["evidence"]
    assert f'id="s{citation["sentence"]}"' in document
    page = client.get("/ask", params={"q": "What did Ruto praise Ethiopia for?"}).text
    assert (
        answer["answer"] in page and "from the text" in page and citation["url"].replace("&", "&amp;") in page
    )


def test_app_ask_keeps_records_first_and_abstains(client):
    record = client.get("/api/ask", params={"q": "When did Ethiopia open its embassy in Nairobi?"}).json()
    assert record["evidence"] == "record" and record["value"] == "2024-06-03"
    unknown = client.get("/api/ask", params={"q": "Whom did Kenya summon?"}).json()
    assert not unknown["known"] and unknown["citations"] == [] and unknown["evidence"] is None
    assert "the store does not say" in client.get("/ask", params={"q": "Whom did Kenya summon?"}).text
