"""The opening-character scan of the time rules is a pure speed-up: it must tag exactly what the plain
patterns tag, on sentences written for this test and on every text of the timex2 benchmark set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bilat.nlp.timex import tag_timexes
from bilat.nlp.timex_rules import ASCII_FOLD, fold, opening_test, required_strings

TIMEX2 = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "timex2"
# Sentences that reach many rules at once, in odd casing and spacing, so a rule whose opening characters
# were derived too narrowly would lose a match here.
OWN = [
    "THE TALKS WILL RESUME IN JULY, a spokesman said on Tuesday morning at 10:30 a.m. GMT.",
    "Output fell in the third quarter of 2019 and rose in Q4 '20; the first half of next year looks weak.",
    "From March to June 2022 the ferry ran every Monday, then twice daily during the summer of 2023.",
    "Shelling began at 0430 GMT Saturday, two days later than planned, and lasted three and a half hours.",
    "The pact, signed on 4 June 1994 after the Gulf War, held until the mid-2000s and the late '90s.",
    "Results for fiscal year 2021/22 came on 2021-11-30; the same period a year earlier was worse.",
    "Overnight, rescuers worked by dawn; earlier in the day, at that time, nothing moved for weeks.",
    "a 5-year-old girl and a 12-day-long strike, 30 minutes before noon Friday, on 05.06.2020 at 2:04:11",
    "in recent years, lately, in the near future, the past decade, the 21st century, this spring",
    "Christmas Eve falls on a Sunday; the vote is due on Nov. 3, with Sept 9th and 9 September too.",
    # Letters IGNORECASE matches to ASCII ones: the required-word check must still see "seven days ago".
    "It ended \u017feven days ago, \u0130N MAY, at t\u0131me of the \u212aick-off last \u017fpring.",
    "",
    "No time here at all, only words and 1,984 people.",
]


def _tag(text: str, resources, prefilter: bool) -> list[tuple]:
    found = []
    for dct in ("2020-06-15", None):
        for t in tag_timexes(text, dct, resources, prefilter=prefilter):
            found.append((t.start, t.end, t.text, t.type, t.value, t.rule, t.begin, t.end_value))
    return found


@pytest.mark.parametrize("text", OWN)
def test_scan_agrees_with_plain_patterns_on_own_sentences(text: str, resources) -> None:
    assert _tag(text, resources, True) == _tag(text, resources, False)


def test_scan_agrees_with_plain_patterns_on_the_timex2_texts(resources) -> None:
    paths = sorted(TIMEX2.glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        plain = _tag(text, resources, False)
        assert plain, path.name
        assert _tag(text, resources, True) == plain, path.name


def test_every_rule_gets_a_scan(resources) -> None:
    from bilat.nlp.timex import NORMALISERS
    from bilat.nlp.timex_rules import load_time_rules

    rules = load_time_rules(resources, set(NORMALISERS))
    assert [r.name for r in rules.rules if r.scan is None] == []


@pytest.mark.parametrize(
    ("pattern", "test", "texts"),
    [
        (r"\b(?:early\s+)?(?:May|June)", "(?=[JMe][au])", ["early May", "june", "in Early June"]),
        (r"(?<!\d)(?P<n>\d+)-day", r"(?=[\d][\-\d])", ["a 12-day strike", "3-day"]),
        (r"(?:the\s+)?(?:spring|X)", "(?=[Xst])", ["Spring", "the spring", "x"]),  # "X" ends a match
        (r"x?", None, [""]),  # can match nothing: no test
        (r"[^a]b", None, ["bb"]),  # a negated class: no test
    ],
)
def test_opening_test(pattern: str, test: str | None, texts: list[str]) -> None:
    assert opening_test(pattern, re.IGNORECASE) == test
    if test:
        scan = re.compile(f"{test}(?:{pattern})", re.IGNORECASE)
        for text in texts:
            plain = re.search(pattern, text, re.IGNORECASE)
            assert scan.search(text).span() == plain.span()


def test_fold_covers_every_letter_ignorecase_matches_to_ascii() -> None:
    everything = "".join(map(chr, range(0x80, 0x110000)))
    found = {m.group(0) for m in re.finditer("[a-z]", everything, re.IGNORECASE)}
    assert {chr(c) for c in ASCII_FOLD} == found
    for char in found:
        assert re.fullmatch(fold(char), char, re.IGNORECASE)


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\b(?P<t>\d+\s+years?\s+ago)\b", [{"ago"}, {"year", "years"}]),
        (r"(?:the\s+)?[Cc]entury", [{"century"}]),
        (r"(?:Jan\.?|June)\s+\d", [{"jan", "jan.", "june"}]),
        (r"\d+(?:st|nd)?", []),  # digits only: nothing to look for
        (r"(?:x|\d)y?", []),  # one alternative requires no string
    ],
)
def test_required_strings(pattern: str, needs: list[set[str]]) -> None:
    # re's parser factors alternatives ("J(?:an|une)"), which may add sets of word ends; the sets named
    # here must be among those found, and nothing may be found where nothing is required.
    found = [set(n) for n in required_strings(pattern, re.IGNORECASE)]
    assert all(n in found for n in needs)
    assert bool(found) == bool(needs)
