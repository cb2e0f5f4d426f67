from __future__ import annotations

import json
import re

from bilat import api


def test_report_is_self_contained(built_store, tmp_path):
    out = api.report(tmp_path / "r.html", "KEN", "ETH", built_store)
    html = out.read_text(encoding="utf-8")
    markup = re.sub(r"(<script[^>]*>).*?(</script>)", r"\1\2", html, flags=re.S)  # the HTML, scripts emptied
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", markup), (
        "report must not load anything"
    )
    assert markup.count("<script>") == 5 and "vegaEmbed" in html
    data = json.loads(
        re.search(r'<script type="application/json" id="bilat-data">(.*?)</script>', html, re.S)[1]
    )
    assert data["a"] == "KEN" and data["events"]
    assert all(e["evidence"] in html or e["evidence"].replace("'", "&#39;") in html for e in data["events"])


def test_report_escapes_text_that_would_break_out_of_the_page(built_store):
    from bilat.serve import queries
    from bilat.serve.report import render_report
    from bilat.store import open_store

    with open_store(built_store) as store:
        data = queries.dyad(store, "KEN", "ETH")
    hostile = 'He wrote "</script><script>alert(1)</script>" & left.'
    data["events"][0]["evidence"] = hostile
    html = render_report(data, generated="now")
    assert "<script>alert(1)" not in html
    embedded = re.search(r'<script type="application/json" id="bilat-data">(.*?)</script>', html, re.S)[1]
    assert json.loads(embedded)["events"][0]["evidence"] == hostile
