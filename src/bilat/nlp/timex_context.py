"""Passes over the tagged expressions of a text that need their neighbours: the direction a bare month or
weekday points to, ranges ("from March to June 2022"), clock times dated by the day next to them, and
anaphoric expressions ("the same day", "two days later") resolved against the last date mentioned.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from bilat.models import Timex
from bilat.nlp.timex_rules import TimeRules

# Words that put an expression in the future when they stand close to it ("talks will resume in March",
# "In March, talks may resume"). Only a few words either side count: a future verb elsewhere in a long
# sentence says nothing about this expression.
FUTURE = re.compile(
    # "may" in lower case only: "May 10" in a dateline is a month, not a modal.
    # "plan" after a determiner is the noun ("condemned the plan on Thursday"): it tells no tense, unless
    # an infinitive follows ("announced a plan to vote in June").
    r"\b(?:will|shall|would|(?-i:may)|might|could|expected|expects|"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bthis\s)(?<!\bthat\s)plans?|plans?\s+to|"
    r"planned|planning|scheduled|upcoming|"
    r"due|going to|to be held|aims?|set to|intends?|hop(?:es|ed)? to|'ll|wo?n't|forecasts?|outlook|guidance|"
    r"the next|next (?:week|month|year)|on course|on track|expect|beginning|starting|effective|again)\b",
    re.I,
)
# Future-in-the-past and possibility ("said it would leave in February") keep a month after the article's
# in this year, but only a firm future ("will meet in January") moves a month into next year.
WEAK_FUTURE = re.compile(r"\b(?:would|could|might|(?-i:may)|hop(?:es|ed)? to)\b", re.I)
# Past wording right before the expression ("told reporters on Wednesday that…", "was named in May") ties
# it to that past verb, whatever future a later clause speaks of. Any "-ed" word counts unless it is a
# future cue ("scheduled", "expected").
PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|wrote|met|held|took|made|began|ended|ago|recently|last(?!\s+(?:until|till|through|for|into|beyond)\b)|earlier|previously|"
    r"struck|fell|rose|came|went|left|broke|spoke|gave|won|lost|saw|ran|sank|swept|tore|caught|kept|sent|"
    r"brought|drove|flew|froze|grew|led|shook|stood|threw|woke|wore)\b"
    # An "-ed" word is past unless a bare "be" carries it ("is due to be published in May").
    r"|(?<!\bbe )(?<!\bis )(?<!\bare )\b\w{3,}ed\b",
    re.I,
)
# A later clause speaks of its own time: the words after the expression stop at the first clause word.
CLAUSE = re.compile(r"\b(?:that|which|who|because|but|while|although|when|after|before|if|as)\b", re.I)
WINDOW_BEFORE, WINDOW_AFTER = 8, 6
CLAUSE_WORDS = 16  # the longest stretch back to a clause's start that still counts as near
# "a.m.", "p.m." and "U.S." end no sentence ("at 3:40 a.m. local time (1940 GMT Wednesday)").
SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<![A-Z]\.[A-Z])[.!?][\"”’\')]*\s|\n")
CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
PERIOD = re.compile(r"^\d{4}-(?:Q[1-4]|H[12]|\d{2})$")
# Expressions that take the day the text last named ("that day", "later in the day", "a second straight day").
BACK_TO_LAST = {"same_day", "the_day", "that_time", "consecutive"}
MONTH_ONLY = {"month_bare", "month_part", "month_day", "day_month", "month_relative"}
# A clock time next to its day: "10 a.m. local time on Friday", "Friday at 10 a.m.", "May 3, 8:00".
CLOCK_THEN_DAY = re.compile(
    r"^\s*(?:\(?(?:local time|GMT|UTC|[A-Z]{2,4})?\s?(?:[+\-−–]\s?\d{1,2}(?::?\d{2})?)?\)?\s*)?,?\s*"
    r"(?:on\s+)?(?:the\s+)?$"
)
CLOCKS = {"time_clock", "clock_ampm", "clock_military", "clock_naval", "clock_oclock"}
DAY_THEN_CLOCK = re.compile(r"^\s*,?\s*(?:at\s+|from\s+|around\s+)?$")
ANAPHORIC_SHIFT = {
    "the next day": 1,
    "the following day": 1,
    "a day after": 1,
    "a day later": 1,
    "the day before": -1,
    "the day after": 1,
    "the previous day": -1,
}


def _window(text: str, start: int, end: int) -> tuple[str, str]:
    """A few words before and after the expression, inside its sentence. Before it, the words back to the
    start of its clause count too ("Chile will host a round of talks in Santiago with Peru and Bolivia on
    Friday": the clause's verb is far from "Friday" but governs it)."""
    left = text[max(0, start - 200) : start]
    ends = list(SENTENCE_END.finditer(left))
    left = left[ends[-1].end() :] if ends else left
    right = text[end : end + 160]
    stop = SENTENCE_END.search(right)
    right = right[: stop.start() + 1] if stop else right
    words = left.split()
    opening = max(
        [i + 1 for i, w in enumerate(words) if CLAUSE.fullmatch(w) or w.endswith((",", ";", ":"))] or [0]
    )
    keep = max(WINDOW_BEFORE, min(len(words) - opening, CLAUSE_WORDS))
    return " ".join(words[-keep:]), " ".join(right.split()[:WINDOW_AFTER])


# Words that make a clause a habit rather than an event ("usually peaks in February"; not "we would normally
# expect in mid-December", which measures this year against the habit).
HABIT = re.compile(
    r"(?<!\bwould\s)(?<!\bcould\s)\b(?:usually|typically|normally|generally|traditionally|customarily)\b",
    re.I,
)


def habitual(text: str, start: int, end: int) -> bool:
    """The clause around the expression tells what usually happens."""
    before, after = _window(text, start, end)
    return bool(
        HABIT.search(" ".join(before.split()[-8:])) or HABIT.search(CLAUSE.split(after, maxsplit=1)[0])
    )


ATTRIBUTION = re.compile(r"\b(?:said|told\s+\w+|added|wrote)\s*[.\"”’]*$", re.I)


def past_after(text: str, start: int, end: int) -> bool:
    """Past wording follows the expression in its clause ("In January, sales fell")."""
    _, after = _window(text, start, end)
    # The clause ends at a comma too: "as early as the end of the year, the chief executive said".
    clause = re.split(r"[,;:]", CLAUSE.split(after.lstrip(" ,"), maxsplit=1)[0], maxsplit=1)[0]
    if ATTRIBUTION.search(clause):
        # "…as early as the end of the year, its chair said.": who said it, not when it happens.
        return False
    return bool(PAST.search(clause))


def looks_back(text: str, start: int, end: int, clause: bool = True) -> bool:
    """Past wording stands right before the expression ("peaked by the end of the year", "struck at 1940
    GMT Wednesday")."""
    before, _ = _window(text, start, end)
    near = " ".join(before.split()[-4:])
    if PAST.search(near) and not FUTURE.search(near):
        return True
    if not clause:
        return False
    # The clause's verb further back ("made landfall at 3:40 a.m. local time (1940 GMT Wednesday)").
    return bool(PAST.search(before)) and not FUTURE.search(before)


def looks_ahead(text: str, start: int, end: int) -> str:
    """How firmly the words close to the expression look ahead: "firm" ("elections will take place in
    June"), "weak" ("said it would leave in June") or "" (no future wording, or past wording closer)."""
    before, after = _window(text, start, end)
    after = CLAUSE.split(after, maxsplit=1)[0]
    near = " ".join(before.split()[-4:])
    if PAST.search(near) and not FUTURE.search(near):
        return ""
    if PAST.search(before) and not FUTURE.search(before):
        # The clause's own verb is past ("fired its engine for 40 minutes on Wednesday, putting it on
        # course…"): a future word after the expression belongs to what followed.
        return ""
    cues = [m.group(0) for m in FUTURE.finditer(f"{before} {after}")]
    if not cues:
        return ""
    return "weak" if all(WEAK_FUTURE.fullmatch(c) for c in cues) else "firm"


# A measure that starts with its count: "three months", "a decade" (not "the past year", "recent weeks").
COUNTED = re.compile(r"(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)", re.I)


def widen_modifiers(found: list[Timex], text: str, rules: TimeRules) -> None:
    """TIMEX3 keeps the words that bound or approximate a measure inside the tag: "more than five years",
    "about 0815", "nearly 30 years ago", "late last year"; so does a determiner before a counted span ("the
    three months to June 30"). The value stays; only the start moves back."""
    approx = re.compile(rf"\b(?:{rules.pattern('approx')})\s+$", re.I)
    clock = re.compile(rf"\b(?:{rules.pattern('approxclock')})\s+$", re.I)
    edge = re.compile(rf"\b(?:{rules.pattern('edge')})\s*$", re.I)
    the = re.compile(r"\bthe\s+$", re.I)
    bound = re.compile(r"\b(?:at\s+least|at\s+most|more\s+than|less\s+than|nearly|almost|up\s+to)\s+$", re.I)
    for i, timex in enumerate(found):
        floor = found[i - 1].end if i else 0
        left = text[max(floor, timex.start - 30) : timex.start]
        counted = bool(COUNTED.match(timex.text))
        match = None
        if (timex.type == "DURATION" and counted) or timex.rule == "ago":
            match = approx.search(left)
            if match is None and timex.rule == "duration" and timex.text[:1].lower() != "a":
                match = the.search(left)
        elif timex.type == "DURATION" and re.match(
            r"the\s+(?:next|past|last|coming|first|following)\s", timex.text, re.I
        ):
            # "at least the next 12 months" (not "over the past year": "over" is a preposition there).
            match = bound.search(left)
        elif timex.type == "TIME":
            match = clock.search(left)
        elif timex.type == "DATE" and re.match(r"(?:last|this|next)\b", timex.text, re.I):
            match = edge.search(left)
        if match:
            timex.start -= len(left) - match.start()
            timex.text = text[timex.start : timex.end]


def guarded(text: str, start: int, end: int, veto: re.Pattern[str]) -> bool:
    """The expression's sentence holds a word that vetoes its rule."""
    left = text[max(0, start - 300) : start]
    ends = list(SENTENCE_END.finditer(left))
    left = left[ends[-1].end() :] if ends else left
    right = text[end : end + 300]
    stop = SENTENCE_END.search(right)
    right = right[: stop.start()] if stop else right
    return bool(veto.search(left) or veto.search(right))


def join_ranges(found: list[Timex], text: str, rules: TimeRules) -> None:
    """ "from 2019 to 2021", "between May and July", "2021-2022": both ends get the range's bounds; a
    month without its year ("from March to June 2022") takes the year of the other end."""
    opener = re.compile(
        rf"\b(?:{rules.pattern('rangeopen')})\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", re.I
    )
    joiner = re.compile(
        rf"^\s*(?:{rules.pattern('rangejoin')})\s*(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", re.I
    )
    for first, second in pairwise(found):
        if first.type != "DATE" or second.type != "DATE":
            continue
        if first.value.startswith("XXXX-") and first.rule in MONTH_ONLY and CALENDAR.match(second.value):
            # No article date to place "January" by: the other end's year ("January–September 2024").
            first.value = second.value[:4] + first.value[4:]
        a, b = CALENDAR.match(first.value), CALENDAR.match(second.value)
        gap = text[first.end : second.start]
        if not a or not b or not joiner.match(gap):
            continue
        if first.rule in MONTH_ONLY and second.rule not in MONTH_ONLY and b.group(2) and a.group(2):
            # "in April and May 2019", "from March to June 2022": the year written once serves both.
            year = int(b.group(1)) - (1 if int(a.group(2)) > int(b.group(2)) else 0)
            first.value = f"{year:04d}{first.value[4:]}"
        dash = gap.strip() in {"-", "–", "—"}
        if not dash and not opener.search(text[max(0, first.start - 30) : first.start]):
            continue
        begin, end = first.begin or first.value, second.end_value or second.value
        for timex in (first, second):
            timex.begin, timex.end_value = begin, end


def date_clocks(found: list[Timex], text: str) -> None:
    """A clock time takes the day written next to it instead of the article's; a day right after it, with
    nothing between ("7 p.m. tonight", "6:30 p.m. March 15", "4 o'clock this morning"), joins its tag."""
    joined: list[Timex] = []
    for i, timex in enumerate(found):
        if timex.type != "TIME" or timex.rule not in CLOCKS:
            continue
        after = found[i + 1] if i + 1 < len(found) else None
        if after and DAY.match(after.value) and text[timex.end : after.start].isspace():
            timex.value = f"{after.value[:10]}T{timex.value.partition('T')[2]}"
            timex.end = after.end
            timex.text = text[timex.start : timex.end]
            joined.append(after)
            continue
        clock = timex.value.partition("T")[2]
        day = None
        after = found[i + 1] if i + 1 < len(found) else None
        before = found[i - 1] if i else None
        if after and DAY.match(after.value) and CLOCK_THEN_DAY.match(text[timex.end : after.start]):
            day = after.value[:10]
        elif before and DAY.match(before.value) and DAY_THEN_CLOCK.match(text[before.end : timex.start]):
            day = before.value[:10]
        if day:
            timex.value = f"{day}T{clock}"
    for timex in joined:
        found.remove(timex)


def _shift(anchor: str, n: int, unit: str) -> str | None:
    """``anchor`` moved by ``n`` units, at the precision of the unit ("two weeks later" is a week)."""
    m = CALENDAR.match(anchor)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if unit == "year":
        return f"{y + n:04d}"
    if unit == "month" and mo:
        k = int(mo) - 1 + n
        return f"{y + k // 12:04d}-{k % 12 + 1:02d}"
    if unit in {"day", "week"} and d:
        moved = date(y, int(mo), int(d)) + timedelta(days=n * (7 if unit == "week" else 1))
        if unit == "week":
            wy, w, _ = moved.isocalendar()
            return f"{wy}-W{w:02d}"
        return moved.isoformat()
    return None


# "The following month" names a time after the one last named; "over the following month" measures one.
FOLLOWING = re.compile(r"the\s+following\s+(?P<unit>year|month|week)$", re.I)
LASTING = re.compile(r"\b(?:over|for|during|within|throughout|across)\s+$", re.I)
BEFORE_EVENT = re.compile(r"the\s+day\s+(?:before|after)$", re.I)


def _anchor_after(timex: Timex, following: Timex | None, text: str) -> str | None:
    """ "a day after the vote on 4 June": the day the phrase counts from is the date of its object, when
    that object is dated in the same clause."""
    if following is None or not timex.text.lower().endswith(("after", "before")):
        return None
    between = text[timex.end : following.start]
    if not between[:1].isspace() or len(between) > 60 or re.search(r"[.;:!?]", between):
        return None
    return following.value[:10] if DAY.match(following.value) else None


# "the previous year", "the following year" count from the year last named, not from the article's.
RELATIVE_BACK = re.compile(r"the\s+(?:previous|prior|following)\s+year\b", re.I)
COUNT_UNIT = re.compile(r"(?P<n>(?:\S+[- ])?\S+)\s+(?P<unit>\w+)$")


def _anchor_comparative(
    timex: Timex, text: str, rules: TimeRules, last: str | None, period: Timex | None
) -> None:
    """ "a year earlier", "four years earlier", "a week later": TIMEX3 tags the phrase whole as the DATE it
    leads to, counted from the date last named, at the precision of the period under discussion ("a year
    earlier" than a second quarter is that quarter a year before). "two hours later" after a clock time, or
    a vague count ("days later"), stays a measure with the day it leads to as its bounds."""
    count = COUNT_UNIT.search(timex.text)
    after = re.match(r"\s+(later|earlier)\b(?!\s+than)", text[timex.end :], re.I)
    if count is None or after is None:
        return
    n = rules.number(count.group("n"))
    if not n.isdigit():
        n = rules.number(count.group("n").split()[-1].split("-")[-1])
    if not n.isdigit():
        return
    sign = -1 if after.group(1).lower() == "earlier" else 1
    unit = count.group("unit").lower().rstrip("s")
    if unit == "year" and period is not None:
        year = int(period.value[:4]) + sign * int(n)
        value = f"{year:04d}{period.value[4:]}"
        begin = f"{year:04d}{period.begin[4:]}" if period.begin else None
        end = f"{year:04d}{period.end_value[4:]}" if period.end_value else None
    elif last is not None:
        moved = _shift(last[:10], sign * int(n), unit)
        if moved is None:
            return
        if unit == "week" and DAY.match(last):
            # "a week later" than a day is that day a week on, not a week.
            moved = (date.fromisoformat(last[:10]) + timedelta(weeks=sign * int(n))).isoformat()
        value, begin, end = moved, None, None
    else:
        return
    timex.type, timex.value, timex.begin, timex.end_value = "DATE", value, begin, end
    timex.end += after.end()
    timex.text = text[timex.start : timex.end]


# A bare month or season: the year the story speaks of, when it named another year just before.
NARRATIVE = {"month_bare", "month_part", "season_bare", "season_in"}
YEAR_NAMED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def narrative_year(found: list[Timex], text: str) -> None:
    """ "Losses in 2019 came after a dry winter and a summer heat wave": a month or season without its year,
    in a sentence that named a year other than the article's before it, with past wording between the two or
    after it, is that year's ("the deal, agreed in 2015, expires in June" keeps its own direction). A winter
    is the one ending in that year: TIMEX3 writes a winter by the year it starts. The article's own year is
    no narrative: the normaliser's direction stands there."""
    ends = [m.end() for m in SENTENCE_END.finditer(text)]

    def sentence(position: int) -> int:
        return sum(1 for e in ends if e <= position)

    named: tuple[int, str, int] | None = None  # sentence, year, where its mention ends
    for timex in found:
        here = sentence(timex.start)
        if (
            timex.rule in NARRATIVE
            and named
            and here == named[0]
            and not looks_ahead(text, timex.start, timex.end)
            and (PAST.search(text[named[2] : timex.start]) or past_after(text, timex.start, timex.end))
            and not re.search(r"\d", timex.text)
            and re.match(r"^\d{4}", timex.value)
            and timex.value[:4] != named[1]
        ):
            year = int(named[1]) - (1 if timex.value.endswith("-WI") else 0)
            timex.value = f"{year:04d}{timex.value[4:]}"
            if timex.begin and timex.end_value:
                shift = year - int(timex.begin[:4])
                timex.begin = f"{int(timex.begin[:4]) + shift:04d}{timex.begin[4:]}"
                timex.end_value = f"{int(timex.end_value[:4]) + shift:04d}{timex.end_value[4:]}"
        elif (
            timex.type == "DATE"
            and YEAR_NAMED.match(timex.value)
            and timex.rule not in NARRATIVE
            and (len(timex.value) == 4 or re.search(r"\d{4}", timex.text))
        ):
            # A year written ("in 2022", "May 2019") or a year named relative to the article ("last year");
            # not a day counted from the article ("last Tuesday"), whose year is the article's.
            named = (here, timex.value[:4], timex.end)


def resolve_anaphora(found: list[Timex], rules: TimeRules, text: str) -> None:
    """ "The same day", "the next day", "two days later": relative to the last date mentioned before."""
    last: str | None = None
    # "the same day", "the next day" count from the last day named: a month named in between ("since
    # January") is background, not the day the story has reached.
    last_day: str | None = None
    last_year: str | None = None
    last_period: str | None = None
    # The quarter or half the text speaks of, while no other date has been named since.
    last_period_timex: Timex | None = None
    for i, timex in enumerate(found):
        if timex.rule in {"md_that_year", "month_that_year"} and last_year:
            # "August 3 of that year": the year last named, or unknown.
            timex.value = last_year + timex.value[4:]
        if timex.rule == "same_period":
            # "the same period last year": the quarter, half or month named before, a year back.
            if last_period:
                timex.value = f"{int(last_period[:4]) - 1:04d}{last_period[4:]}"
        elif timex.rule in BACK_TO_LAST:
            shift = ANAPHORIC_SHIFT.get(" ".join(timex.text.lower().split()), 0)
            after = _anchor_after(timex, found[i + 1] if i + 1 < len(found) else None, text)
            anchor = after or last_day
            if (
                after is None
                and BEFORE_EVENT.match(timex.text)
                and re.match(r"\s+[A-Za-z]", text[timex.end :])
            ):
                # "the day before the son reported him missing": "before" opens an event with no date of its
                # own; TIMEX3 tags "the day", a day of the year last named.
                timex.end = timex.start + len(timex.text.split()[0]) + 4
                timex.text = text[timex.start : timex.end]
                timex.value = f"{last_year or 'XXXX'}-XX-XX"
            elif anchor and DAY.match(anchor):
                timex.value = (date.fromisoformat(anchor[:10]) + timedelta(days=shift)).isoformat()
            elif shift:
                # "A day after the vote" with no date for the vote: the day is unknown, not the article's.
                timex.value = "XXXX-XX-XX"
        elif timex.rule == "night_before" and last and DAY.match(last) and DAY.match(timex.value):
            # "overnight" is the night before the article's day (the normaliser's value); after another day
            # the text names ("gunmen struck on Friday … overnight"), that day's night.
            if last[:10] != (date.fromisoformat(timex.value[:10]) + timedelta(days=1)).isoformat():
                timex.value = last[:10] + timex.value[10:]
        elif timex.rule in {"part_in", "part_that", "part_word"} and last and DAY.match(last):
            timex.value = last[:10] + timex.value[10:]
        elif timex.rule == "year_relative" and last_year and RELATIVE_BACK.match(timex.text):
            # "a loss in 2008, against a profit the previous year": the year before the one last named.
            step = -1 if "previous" in timex.text.lower() or "prior" in timex.text.lower() else 1
            if timex.value[:4].isdigit() and len(timex.value) == 4:
                timex.value = f"{int(last_year) + step:04d}"
        elif timex.rule == "later" and (last or last_period):
            _anchor_comparative(timex, text, rules, last, last_period_timex)
        elif timex.rule == "past_unit" and last and (following := FOLLOWING.match(timex.text)):
            # "in April 2023 … The following month, they signed": the month after the one last named, a date.
            moved = _shift(last, 1, following.group("unit").lower())
            if moved is not None and not LASTING.search(text[max(0, timex.start - 12) : timex.start]):
                timex.type, timex.value = "DATE", moved
        if timex.type == "DATE" and PERIOD.match(timex.value) and timex.rule not in {"same_period", "later"}:
            last_period = timex.value
            last_period_timex = timex if re.search(r"-[QH]\d$", timex.value) else None
        elif timex.type == "DATE" and CALENDAR.match(timex.value[:10]) and last_period_timex is not None:
            # A date inside the period ("the three months to June 30") still speaks of it; any other ends it.
            bounds = (last_period_timex.begin or "", last_period_timex.end_value or "")
            if not bounds[0] <= timex.value[:7] <= bounds[1]:
                last_period_timex = None
        dated = timex.type == "DATE" or (timex.type == "TIME" and timex.rule in {"weekday_part", "today"})
        if dated and CALENDAR.match(timex.value[:10]) and timex.rule != "named_period":
            last = timex.value[:10]
            last_year = timex.value[:4]
            if DAY.match(last):
                last_day = last
        elif timex.rule == "later" and timex.begin:
            last = timex.begin
            if DAY.match(last):
                last_day = last
        elif timex.rule == "later" and timex.type == "DATE" and CALENDAR.match(timex.value):
            last = timex.value
            last_year = timex.value[:4]
            if DAY.match(last):
                last_day = last
