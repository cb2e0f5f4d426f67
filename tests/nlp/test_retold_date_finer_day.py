"""An arrest dated only to its week, told again with a day inside that week, happened on that day; a day
outside the week is another act. Text written for this test."""

from __future__ import annotations

from bilat.models import Document


def _arrests(pipeline, text: str):
    events = pipeline.analyze(Document(id="t", source_uri="mem", text=text, published="2024-03-13")).events
    return [e for e in events if e.root == "17" and e.source.country == "AZE" and e.trigger == "detained"]


def test_week_dated_arrest_takes_the_retold_day(pipeline):
    arrests = _arrests(
        pipeline,
        "BAKU — Georgia summoned Azerbaijan's envoy on Tuesday and demanded the release of three Georgian "
        "engineers detained in Ganja last week.\n\n"
        "The engineers were arrested on March 6 at a construction site, their employer said.",
    )
    assert arrests and arrests[0].target.country == "GEO"
    assert arrests[0].date == "2024-03-06"


def test_day_outside_the_week_is_not_taken(pipeline):
    arrests = _arrests(
        pipeline,
        "BAKU — Georgia summoned Azerbaijan's envoy on Tuesday and demanded the release of three Georgian "
        "engineers detained in Ganja last week.\n\n"
        "Two other engineers were arrested on February 2 at a construction site, their employer said.",
    )
    assert arrests and all(a.date != "2024-02-02" for a in arrests)
