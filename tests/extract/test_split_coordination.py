"""A coordinated pair of subjects the parser splits ("and" hung on the first name, both names made
subjects of the verb) still acts with the first name first. Sentences written for these tests."""

from __future__ import annotations

STORY = (
    "DAMASCUS — Syria and Lebanon agreed on a new road. Lebanese President Nadia Haddad met the "
    "delegation on Monday. Haddad and Syrian Prime Minister Karim al-Hamwi discussed the renewal in a "
    "telephone call on Sunday, Haddad's office said, and agreed to build a new road."
)


def _acts(events):
    return {(e.root, e.source.country, e.target.country if e.target else None, e.date) for e in events}


def test_the_first_of_a_split_pair_is_the_source(code):
    acts = _acts(code(STORY, published="2025-03-11"))
    assert ("04", "LBN", "SYR", "2025-03-09") in acts
    assert ("03", "LBN", "SYR", "2025-03-09") in acts
    assert not any(
        root in {"03", "04"} and source == "SYR" and date == "2025-03-09" for root, source, _, date in acts
    )


def test_a_dateline_read_as_a_second_subject_is_still_no_actor(code):
    # No "and" on the dateline: the nearest subject alone acts, as before.
    acts = _acts(
        code("ANKARA, March 4 — Turkish officials met Greek diplomats on Tuesday.", published="2025-03-05")
    )
    assert ("04", "TUR", "GRC", "2025-03-04") in acts
