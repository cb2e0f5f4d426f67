"""Quantities in text: money (normalised to USD, original kept), counts of people, percentages.

Numbers that are dates, times, durations, ordinals or page debris ("16 px") are not quantities: anything
overlapping a time expression is left to the time tagger.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from spacy.attrs import LOWER, POS
from spacy.symbols import NUM
from spacy.tokens import Doc, Token

from bilat.models import Quantity
from bilat.nlp.alternation import trie_alternation
from bilat.nlp.currency_states import SharedCurrency, load_shared_currencies, shared_currency_code
from bilat.nlp.doctext import doc_text, positions
from bilat.nlp.parsed import Parsed
from bilat.resources import ResourceError, Resources, read_lines

SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "several": None,
    "dozens": None,
    "hundreds": None,
}
APPROX = {
    "almost": "almost",
    "nearly": "almost",
    "close to": "almost",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "over": "over",
    "more than": "over",
    "above": "over",
    "at least": "over",
    "exceeding": "over",
    # "no more than 300 trucks" bounds the figure from above; the match starting leftmost wins over
    # "more than" inside it.
    "no more than": "under",
    "not more than": "under",
    "at most": "under",
    "no fewer than": "over",
    "no less than": "over",
    "up to": "under",
    "under": "under",
    "less than": "under",
    "below": "under",
    "fewer than": "under",
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen")
NUMBER_WORDS = (*(f"{t}-{u}" for t in TENS for u in UNITS), *UNITS, *TEENS, "nineteen", *TENS)
NUMBER = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    # Number words stand alone: "ten" in "often" or "tens" is none; "thirty-two" is one number (tried
    # before "thirty": longest first, as a tree of the words' openings, ``bilat.nlp.alternation``).
    r"|\b" + trie_alternation(NUMBER_WORDS) + r"\b"
    # "more than a million Moldovans", "half a million refugees": "a" is a number only before its scale,
    # and not as a part of it ("a quarter of a million people").
    r"|\b(?<!of\s)(?:half\s+a|a)(?=\s+(?:hundred|thousand|million|billion|trillion)\b))"
)
SCALE = r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|mln|bln|bn|tn)\b|(?P<short>[mbk])\b)?"
ANAPHORIC = re.compile(r"\b(?:the|these|those|both|our|their|its|his|her|all)\s+$", re.I)
# "a trawler and its eleven crew": a group a thing just named holds is counted for the first
# time; "their two leaders" (people named before) stays a reference.
OF_A_THING = re.compile(
    r"\b(?:boat|ship|vessel|trawler|tanker|plane|aircraft|lorry|lorrie|truck|bus)s?\s+and\s+(?:its|their)\s+$",
    re.I,
)
RANGE_SCALE = re.compile(
    r"\s*(?:-|–|to)\s*\S{0,3}\s?\d+(?:\.\d+)?\s*(?P<scale>million|billion|trillion|bn|mln|bln)\b", re.I
)
# As a tree of the words' openings (``bilat.nlp.alternation``): the same matches, longest word first.
APPROX_RE = r"(?:(?P<approx>" + trie_alternation(APPROX) + r")\s+)?"
NUMBER_FIRSTS = "0123456789otfsenha"  # what a number in NUMBER opens with: a digit or a number word's letter


def _opening_with(words: list[str], pattern: str, flags: re.RegexFlag) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for the characters a match of it can open with (an optional word of
    ``words``, else the number): the engine tries the long alternations only where a match can begin,
    not at every character of the text (the money pattern took 2% of the build). Matches are the same."""
    firsts = {w[0] for w in words if w} | set(NUMBER_FIRSTS)
    return re.compile("(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" + pattern, flags)


@dataclass(frozen=True)
class QuantityRules:
    money: re.Pattern[str]
    count: re.Pattern[str]
    percent: re.Pattern[str]
    currencies: dict[str, tuple[str, float]]  # surface (lower) → (code, USD rate)
    shared: dict[str, SharedCurrency]  # a name several states' currencies share → their codes
    people: frozenset[str]
    things: dict[str, str]
    number: re.Pattern[str]  # counted noun (plural) → fact kind


def load_quantity_rules(resources: Resources) -> QuantityRules:
    currencies: dict[str, tuple[str, float]] = {}
    for n, line in read_lines(resources.path("facts/currencies.txt")):
        fields = [f.strip() for f in line.split("|")]
        try:
            code, names, rate = fields
            value = float(rate)
        except ValueError:
            raise ResourceError(f"facts/currencies.txt:{n}: expected 'code | names | rate'") from None
        for name in [code, *names.split(",")]:
            if name.strip():
                currencies[name.strip().lower()] = (code, value)
    people = frozenset(line.lower() for _, line in read_lines(resources.path("facts/people.txt")))
    things: dict[str, str] = {}
    for n, line in read_lines(resources.path("facts/things.txt")):
        fields = [f.strip() for f in line.split("|")]
        if (
            len(fields) != 2
            or not re.fullmatch(r"[a-z]+", fields[0])
            or not re.fullmatch(r"[a-z_]+|-", fields[1])
        ):
            raise ResourceError(f"facts/things.txt:{n}: expected 'noun | kind'")
        things[fields[0]] = fields[1]
    shared = load_shared_currencies(resources)
    for currency in shared.values():
        for code in {*currency.by_state.values(), currency.default} - {None}:
            if code.lower() not in currencies:
                raise ResourceError(
                    f"facts/shared_currencies.txt: {code} has no rate in facts/currencies.txt"
                )
    # Longest name first, as trees of the names' openings (``bilat.nlp.alternation``): the money pattern
    # is tried at almost every letter, and two hundred names one by one were most of its cost.
    names = [*currencies, *shared]
    symbol = trie_alternation(n for n in names if not n.isalpha())
    word = trie_alternation(n for n in names if n.isalpha() or " " in n)
    money = _opening_with(
        [*APPROX, *currencies, *shared],
        APPROX_RE
        + r"(?:(?P<cur>"
        + symbol
        + r"|\b(?:"
        + word
        + r"))\s?)?"
        + NUMBER
        + SCALE
        # A state's adjective may stand between the number and a shared name: "2 billion Jordanian dinars".
        + r"(?:\s+(?:(?P<adj>(?-i:[A-Z][\w'’-]+))\s+)?(?P<cur2>"
        + word
        + r")\b)?",
        re.IGNORECASE,
    )
    # A number inside a name is no count: "FA-50 fighters", "the G-20 leaders". The optional words before
    # the noun ("300 Azerbaijani students", "12 Ugandan bus drivers") count only when the parse says they
    # modify a noun after them: otherwise "212 pilgrims on" would read "on" as the noun.
    count = _opening_with(
        list(APPROX),
        # A quote may open on the noun: nine "individuals without papers". A state told by its initials may
        # describe the noun: "1,000 U.S. troops", "40 U.K. nationals".
        APPROX_RE
        + r"(?<![\w./-])"
        + NUMBER
        + SCALE
        + r"\s+[\"“‘]?(?P<noun>(?:(?:[a-z][a-z-]*|(?:[a-z]\.){2,})\s+){0,4}[a-z]+)",
        re.IGNORECASE,
    )
    percent = _opening_with(
        list(APPROX), APPROX_RE + r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.IGNORECASE
    )
    # A figure with no noun of its own, counted by its clause's subject: "the number of visitors rose to
    # nearly 14,000".
    number = _opening_with(
        list(APPROX),
        APPROX_RE + r"(?<![\w./-])" + NUMBER + SCALE + r"(?!\s*(?:%|percent\b|per cent\b))",
        re.I,
    )
    return QuantityRules(money, count, percent, currencies, shared, people, things, number)


def _number(text: str) -> float | None:
    text = text.lower()
    if re.fullmatch(r"half\s+a", text):
        return 0.5
    if text in WORD_NUMBERS:
        return WORD_NUMBERS[text]
    tens, _, units = text.partition("-")
    if units and WORD_NUMBERS.get(tens) and WORD_NUMBERS.get(units):
        return WORD_NUMBERS[tens] + WORD_NUMBERS[units]  # "thirty-two"
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None  # a token that only looks like a number ("million" alone, "twenty-odd"): no figure


def _scale(match: re.Match[str]) -> float:
    word = (match.groupdict().get("scale") or match.groupdict().get("short") or "").lower()
    return SCALES.get(word, 1.0)


def find_quantities(parsed: Parsed, resources: Resources) -> list[Quantity]:
    rules = resources.load("facts.quantity_rules", load_quantity_rules)
    text = parsed.document.text
    taken = [(t.start, t.end) for t in parsed.timexes]
    found: list[Quantity] = []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    def add(
        match: re.Match[str],
        value: float,
        unit: str,
        original_unit: str | None = None,
        original_value: float | None = None,
        end: int | None = None,
        approx: str | None = None,
    ) -> None:
        start, end = match.start(), end or match.end()
        approx_word = (match.group("approx") or "").lower()
        sentence = parsed.sentence_at(start)
        found.append(
            Quantity(
                text=text[start:end].strip(),
                start=start,
                end=end,
                value=value,
                unit=unit,
                sentence=sentence.index,
                approx=approx or APPROX.get(approx_word),
                original_value=original_value,
                original_unit=original_unit,
            )
        )
        taken.append((start, end))

    for match in rules.money.finditer(text):
        currency = match.group("cur") or match.group("cur2")
        number = _number(match.group("num"))
        if not currency or number is None or not free(*match.span("num")):
            continue
        if currency.endswith("$") and text[max(0, match.start("cur") - 1) : match.start("cur")].isalpha():
            # "WS$2 million": another country's dollars, whose prefix the table does not list; never USD.
            continue
        if currency.lower() in rules.shared:
            sentence = parsed.sentence_at(match.start()).index
            adjective = match.group("adj") if match.group("cur2") else None
            code = shared_currency_code(
                rules.shared[currency.lower()], adjective, parsed, sentence, resources
            )
            if code is None:
                continue  # "dinars" in a story naming no state, or two, whose dinars they could be
            rate = rules.currencies[code.lower()][1]
        else:
            code, rate = rules.currencies[currency.lower()]
        scale = _scale(match)
        shared = RANGE_SCALE.match(text, match.end()) if scale == 1.0 else None
        if shared:
            # "$6-8 billion", "$6 to $8 billion": the first end of a range takes the scale of the second,
            # and is a floor ("at least"), not the figure.
            scale = SCALES[shared.group("scale").lower()]
        original = number * scale
        add(match, round(original * rate, 2), "USD", code, original, approx="over" if shared else None)
    _drop_converted(found, text)
    for match in rules.percent.finditer(text):
        if free(*match.span()):
            add(match, float(match.group("num")), "percent")
    for match in _from_each_number(rules.count, text):
        number = _number(match.group("num"))
        if number is None or not free(*match.span("num")) or _looks_like_year(match.group("num"), match):
            continue
        before = text[max(0, match.start() - 12) : match.start()]
        held = OF_A_THING.search(text[max(0, match.start() - 40) : match.start()]) or (
            # "escorted to port with its seven crew": a vessel's crew, counted for the first time (not
            # "beat its ten crew members": the crew of a boat told before).
            before.lower().endswith("with its ") and match.group("noun").split()[0].lower() in CREW
        )
        thing = any(w.lower() in rules.things for w in match.group("noun").split())
        if (
            match.group("num").isalpha()
            and not match.group("approx")
            and ANAPHORIC.search(before)
            and not thing
            and not held
        ):
            # "the two men", "our two peoples": people named before, not a count; "the more than one
            # million refugees" is one.
            continue
        # "40 Ukrainian soldiers" counts its last word; "40 soldiers were killed" its first.
        noun_at = match.start("noun")
        words = [(noun_at + m.start(), m.group()) for m in re.finditer(r"\S+", match.group("noun"))]
        words = words[: _modified_words(parsed, words)]
        counted = [start + len(word) for start, word in words if _counts_people(parsed, rules, word, start)]
        if counted:
            add(match, number * _scale(match), "people", end=counted[-1])
            continue
        # "2,400 ceasefire violations", "30 outposts": a thing whose number is a fact; the unit is the
        # thing as the text names it. Other counts ("16 px", "3 of the") are too often not facts.
        last_at, last = words[-1]
        if last.lower() in rules.things:
            unit = " ".join(w for _, w in words).lower()
            add(match, number * _scale(match), unit, end=last_at + len(last))
    for match in rules.number.finditer(text):
        number = _number(match.group("num"))
        if number is None or not free(*match.span()) or _looks_like_year(match.group("num"), match):
            continue
        if _number_of_people(parsed, rules, match.start("num"), match.end()):
            add(match, number * _scale(match), "people")
        elif (thing := _number_of_things(parsed, rules, match.start("num"), match.end())) is not None:
            add(match, number * _scale(match), thing)
    found.extend(_elided_sums(parsed, found, free))
    found.extend(_compared_counts(parsed, found, free))
    found.extend(_elided_counts(parsed, found, free))
    found.extend(_counts_of_a_group(parsed, found, free))
    found.extend(_partitive_counts(parsed, found, free))
    found.extend(_shared_noun_counts(parsed, found, free))
    found.extend(_possessive_counts(parsed, rules, free))
    found.extend(_ordinal_tallies(parsed, rules, free))
    found.sort(key=lambda q: q.start)
    return found


def _from_each_number(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches that may overlap past their number: the words read after "six tourists and two" leave
    "two soldiers" to be read too."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.end("num")


# A sum compared with one just told, its currency left out: "fell to 280 million USD from 2 billion in
# 2021", "3.1 billion euros, against 2.6 billion a year earlier". The number must end its phrase (a
# period's preposition or a stop follows): "from 2 billion tonnes" is no sum.
ELIDED_SUM = re.compile(
    r"\b(?:from|than|against|versus|compared\s+(?:with|to))\s+"
    + APPROX_RE
    + r"(?<![\w./-])"
    + NUMBER
    + r"\s*(?P<scale>million|billion|trillion|bn)\b"
    + r"(?=\s*(?:[,.;)]|$|(?:in|a|an|the|last|at|on|for|during|over|earlier|before)\b|"
    # "down from 310 million six years earlier": the span back to the figure compared with
    + r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|decades?)"
    + r"\s+(?:earlier|before|ago)\b))",
    re.I,
)
# A year between the two sums is the first one's date, no figure between them: "fell to 310 million EUR in
# 2022, according to the central bank, down from 520 million five years earlier".
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _elided_sums(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """A bare sum after a sum in the same sentence, compared with it, is in the same currency."""
    text = parsed.document.text
    elided: list[Quantity] = []
    for money in [q for q in found if q.unit == "USD"]:
        sentence = parsed.sentence_at(money.start)
        rest = text[money.end : min(sentence.end, money.end + 100)]
        match = ELIDED_SUM.search(rest)
        if (
            match is None
            or ";" in rest[: match.start()]
            or re.search(r"\d", YEAR.sub("", rest[: match.start("num")]))
        ):
            continue  # another figure stands between them, or another clause
        start, end = money.end + match.start("num"), money.end + match.end("scale")
        value = _number(match.group("num"))
        if value is None or not free(start, end):
            continue
        original = value * SCALES[match.group("scale").lower()]
        rate = money.value / money.original_value if money.original_value else 1.0
        elided.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                value=round(original * rate, 2),
                unit="USD",
                sentence=money.sentence,
                approx=APPROX.get((match.group("approx") or "").lower()),
                original_value=original if money.original_unit else None,
                original_unit=money.original_unit,
            )
        )
    return elided


# A count compared with one just told, its noun left out: "514 balloons entered … in October, against 97
# in September", "2,000 arrests, up from 1,400 a year earlier". The number ends its phrase.
COMPARED_COUNT = re.compile(
    r"\b(?:from|than|against|versus|compared\s+(?:with|to))\s+"
    + APPROX_RE
    + r"(?<![\w./-])"
    + NUMBER
    # The whole number or none: "than 400,000 since May" must not end its phrase at "400".
    + r"(?![.,]\d)"
    + SCALE
    + r"(?=\s*(?:[,.;)]|$|(?:in|a|the|last|at|on|for|during|over|earlier|before)\b))",
    re.I,
)


def _compared_counts(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """A bare number compared with a count of people or things in the same sentence counts the same."""
    text = parsed.document.text
    compared: list[Quantity] = []
    for count in [q for q in found if q.unit not in {"USD", "percent"}]:
        sentence = parsed.sentence_at(count.start)
        rest = text[count.end : min(sentence.end, count.end + 160)]
        match = COMPARED_COUNT.search(rest)
        if match is None or ";" in rest[: match.start()]:
            continue  # another clause
        start, end = count.end + match.start("num"), count.end + match.end()
        if any(count.end <= q.start < start for q in found):
            continue  # another figure stands between them: the number is compared with that one
        value = _number(match.group("num"))
        if value is None or _looks_like_year(match.group("num"), match) or not free(start, end):
            continue
        compared.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                value=value * _scale(match),
                unit=count.unit,
                sentence=count.sentence,
                approx=APPROX.get((match.group("approx") or "").lower()),
            )
        )
    return compared


def _elided_counts(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """ "Two soldiers were killed and four were wounded", "one soldier dead and three wounded": a bare
    number joined by "and" to a count of people counts the same people, the noun left out."""
    elided: list[Quantity] = []
    for count in [q for q in found if q.unit == "people"]:
        sentence = parsed.sentence_at(count.start)
        if count.end >= sentence.end:
            continue  # a count that closes its sentence (or runs past a split the parser made in it)
        span = parsed.doc.char_span(count.end, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.lower_ in {".", ";", "but", "while", "when", "after", "because"}:
                break  # another clause: its numbers are its own
            if not token.like_num or token.pos_ != "NUM" or not free(token.idx, token.idx + len(token)):
                continue
            between = doc_text(parsed.doc)[count.end : token.idx].lower()
            nouns = [c for c in (token.head, *token.children) if c.pos_ in {"NOUN", "PROPN"}]
            # "… and demanded it cut its staff to 25": a number a verb brings things to is no count.
            if token.dep_ == "pobj":
                continue
            if " and " not in f" {between} " or nouns or token.head.pos_ == "NOUN":
                continue
            read = _token_figure(token)
            if read is None:
                continue
            value, start, end = read
            elided.append(
                Quantity(
                    text=doc_text(parsed.doc)[start:end],
                    start=start,
                    end=end,
                    value=value,
                    unit="people",
                    sentence=count.sentence,
                )
            )
            break
    return elided


# The words a number standing for people named before may take: "the other five", "all 12".
GROUP_WORDS = {"the", "other", "remaining", "all", "these", "those"}


def _counts_of_a_group(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """ "Guards released nine of them; the other five remain in custody", "eight of the twelve were freed",
    "Nine sailors were let go; four are still held": a number with no noun of its own that is a
    verb's subject or object, or "of them" / "of the twelve", counts part of the people just counted (in
    its sentence or the one before), when it is fewer than them. A figure of anything else is left: no
    count of people comes before it, or it is not less than that count."""
    doc, parts = parsed.doc, []
    counts = [q for q in found if q.unit == "people"]
    numbers = positions(doc, POS, NUM)  # only the numbers are visited, found from one array
    for sentence in parsed.sentences:
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        inside = numbers[bisect_left(numbers, span.start) : bisect_left(numbers, span.end)]
        for token in (doc[i] for i in inside):
            if not token.like_num or token.pos_ != "NUM" or not free(token.idx, token.idx + len(token)):
                continue
            read = _token_figure(token)
            whole = _group_of(token)
            if read is None or whole is False:
                continue
            value, start, end = read
            if any(q.start < end and start < q.end for q in [*found, *parts]):
                continue  # read already ("23 were killed and 11 captured": an elided count)
            earlier = [q for q in [*counts, *parts] if q.start < start]
            if whole is not None:
                # "eight of the twelve" is of twelve people counted before, however far back.
                if value < whole and whole in {q.value for q in earlier}:
                    parts.append(_people_at(doc, start, end, value, sentence.index))
                continue
            # "Nine of them" points back further than a bare "six remain": past a sentence that tells more
            # of the same people without counting them ("Police accused the drivers of smuggling fuel").
            back = 2 if _of_them(token) else 1
            near = [q for q in earlier if sentence.index - back <= q.sentence]
            if any(value < q.value for q in near):
                parts.append(_people_at(doc, start, end, value, sentence.index))
    return parts


def _of_them(token: Token) -> bool:
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in {"them", "those"} for o in p.children)
        for p in token.children
    )


def _people_at(doc, start: int, end: int, value: float, sentence: int) -> Quantity:
    return Quantity(
        text=doc_text(doc)[start:end], start=start, end=end, value=value, unit="people", sentence=sentence
    )


def _group_of(token: Token) -> float | bool | None:
    """How ``token`` (a bare number) stands for people named before: the whole it is "of" ("of the
    twelve": 12.0), None for "of them" or a number that is itself a verb's subject or object ("six
    remain"), False when it is no such number (it has a noun, or another role)."""
    if token.dep_ not in {"nsubj", "nsubjpass", "dobj"} or token.head.pos_ not in {"VERB", "AUX"}:
        return False
    if token.head.lemma_.lower() == "be":
        return False  # "of whom 140 are students": what some of them are, told of a count
    whole: float | None = None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if len(objects) != 1:
                return False
            if objects[0].lower_ == "them":
                continue
            if not objects[0].like_num or any(c.lower_ != "the" for c in objects[0].children):
                return False
            whole = _number(objects[0].text)
            if whole is None:
                return False
        elif child.dep_ in {"punct", "acl", "relcl"}:
            continue  # "the other five, accused of smuggling, remain …": a clause on them
        elif child.dep_ in {"advmod", "quantmod"} and child.lower_ in APPROX:
            continue  # "about 110,000 remain"
        elif child.lower_ not in GROUP_WORDS or child.dep_ not in {"det", "amod", "predet"}:
            return False
    return whole


SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion"}


def _token_figure(token: Token) -> tuple[float, int, int] | None:
    """The figure a number token opens or closes, with its character span: "four" is 4, "1.2 million" and
    "a million" are read whole whichever of their tokens the parse calls the number. A scale word with no
    number before it ("millions") is no figure."""
    doc = token.doc
    if token.lower_ in SCALE_WORDS:
        before = doc[token.i - 1] if token.i > 0 else None
        number = _number(before.text) if before is not None else None
        if before is None or number is None:
            return None
        return number * SCALES[token.lower_], before.idx, token.idx + len(token)
    number = _number(token.text)
    if number is None:
        return None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.lower_ in SCALE_WORDS:
        return number * SCALES[after.lower_], token.idx, after.idx + len(after)
    return number, token.idx, token.idx + len(token)


PARTITIVE = re.compile(
    APPROX_RE + r"(?<![\w./-])" + NUMBER + SCALE + r"\s+of\s+(?:the|these|those)\s+$", re.IGNORECASE
)


# "354 passengers were freed, 37 of whom were injured"; not "four were hurt, one of them with a broken
# arm", which tells of one of them rather than counting.
OF_THEM = _opening_with(list(APPROX), APPROX_RE + r"(?<![\w./-])" + NUMBER + SCALE + r"\s+of\s+whom\b", re.I)
# A part of a count of things: "seized 23 foreign vessels, 17 of them Vietnamese".
THINGS_OF_THEM = _opening_with(
    list(APPROX), APPROX_RE + r"(?<![\w./-])" + NUMBER + SCALE + r"\s+of\s+(?:them|which)\b", re.I
)


# What a match of each must hold: a text without it is not scanned (the scans tried the long opening of
# both at almost every letter of every text, for a handful of matches in a hundred stories).
OF_THEM_NEEDS = re.compile(r"of\s+whom\b", re.I)
THINGS_OF_THEM_NEEDS = re.compile(r"of\s+(?:them|which)\b", re.I)


def _partitive_counts(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """ "19 of the 31 fishermen were flown home", "354 were freed, 37 of whom were injured": a part of a
    count of people counts the same people; "seized 23 vessels, 17 of them Vietnamese" the same things."""
    text = parsed.document.text
    parts: list[Quantity] = []
    counts = [q for q in found if q.unit == "people"]
    matches = [(count, PARTITIVE.search(text, max(0, count.start - 60), count.start)) for count in counts]
    for match in OF_THEM.finditer(text) if OF_THEM_NEEDS.search(text) else ():
        before = [
            q
            for q in counts
            if q.end <= match.start() and q.sentence == parsed.sentence_at(match.start()).index
        ]
        if before:
            matches.append((before[-1], match))
    things = [q for q in found if q.unit not in {"USD", "percent", "people"}]
    for match in THINGS_OF_THEM.finditer(text) if THINGS_OF_THEM_NEEDS.search(text) else ():
        before = [
            q
            for q in things
            if q.end <= match.start() and q.sentence == parsed.sentence_at(match.start()).index
        ]
        if before:
            matches.append((before[-1], match))
    for count, match in matches:
        if match is None or not free(*match.span("num")) or _looks_like_year(match.group("num"), match):
            continue
        value = _number(match.group("num"))
        if value is None:
            continue
        end = match.end("scale") if match.group("scale") else match.end("num")
        parts.append(
            Quantity(
                text=text[match.start() : end],
                start=match.start(),
                end=end,
                value=value * _scale(match),
                unit=count.unit,
                sentence=count.sentence,
                approx=APPROX.get((match.group("approx") or "").lower()),
            )
        )
    return parts


SHARED_NOUN = re.compile(
    APPROX_RE + r"(?<![\w./-])" + NUMBER + SCALE + r"\s+(?P<word>[A-Z][\w-]+)\s+and\s+$", re.IGNORECASE
)


def _shared_noun_counts(parsed: Parsed, found: list[Quantity], free) -> list[Quantity]:
    """ "312 Chilean and 140 Peruvian soldiers": the first number counts the noun of the second."""
    text = parsed.document.text
    shared: list[Quantity] = []
    for count in [q for q in found if q.unit == "people"]:
        match = SHARED_NOUN.search(text, max(0, count.start - 60), count.start)
        if match is None or not free(*match.span("num")) or _looks_like_year(match.group("num"), match):
            continue
        word = parsed.doc.char_span(match.start("word"), match.end("word"), alignment_mode="expand")
        value = _number(match.group("num"))
        # A nationality, which the tagger may call a proper noun ("Argentine/NNP").
        if (
            word is None
            or value is None
            or word[0].ent_type_ != "NORP"
            or word[0].pos_ not in {"ADJ", "PROPN"}
        ):
            continue
        shared.append(
            Quantity(
                text=text[match.start() : match.end("word")],
                start=match.start(),
                end=match.end("word"),
                value=value * _scale(match),
                unit="people",
                sentence=count.sentence,
                approx=APPROX.get((match.group("approx") or "").lower()),
            )
        )
    return shared


# "five of its nationals", "three of their soldiers", "three of the attackers": a number of a group the
# text names by whose it is, or has named before.
POSSESSIVE = _opening_with(
    list(APPROX),
    APPROX_RE
    + r"(?<![\w./-])"
    + NUMBER
    + SCALE
    + r"\s+of\s+(?:its|their|our|his|her|the|these|those)\s+(?P<noun>(?:[a-z][a-z-]*\s+)?[a-z]+)\b",
    re.IGNORECASE,
)


def _possessive_counts(parsed: Parsed, rules: QuantityRules, free) -> list[Quantity]:
    """ "the release of five of its nationals": people counted among a group of a country's own."""
    text = parsed.document.text
    counts: list[Quantity] = []
    for match in POSSESSIVE.finditer(text):
        number = _number(match.group("num"))
        if number is None or not free(*match.span()) or _looks_like_year(match.group("num"), match):
            continue
        # "its nationals arrested", "its border guards": the first word of people ends the count.
        words = [
            (match.start("noun") + w.start(), w.group()) for w in re.finditer(r"\S+", match.group("noun"))
        ]
        ends = [at + len(word) for at, word in words if _counts_people(parsed, rules, word, at)]
        if not ends:
            continue
        counts.append(
            Quantity(
                text=text[match.start() : ends[0]],
                start=match.start(),
                end=ends[0],
                value=number * _scale(match),
                unit="people",
                sentence=parsed.sentence_at(match.start()).index,
                approx=APPROX.get((match.group("approx") or "").lower()),
            )
        )
    return counts


ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
ORDINAL_FIGURE = re.compile(r"(\d{1,3})(?:st|nd|rd|th)", re.I)


def _ordinals(doc: Doc) -> Iterator[tuple[Token, int]]:
    """The ordinal words and figures of the document ("fourth", "21st") with their values, in text order:
    each distinct word is read once, and no Python object is made for the other tokens."""
    strings = doc.vocab.strings
    lowers = doc.to_array(LOWER).tolist()
    values: dict[int, int | None] = {}
    for word in set(lowers):
        text = strings[word]
        figure = ORDINAL_FIGURE.fullmatch(text)
        values[word] = ORDINALS.get(text) or (int(figure.group(1)) if figure else None)
    for i, word in enumerate(lowers):
        if values[word]:
            yield doc[i], values[word]


def _ordinal_tallies(parsed: Parsed, rules: QuantityRules, free) -> list[Quantity]:
    """ "It was the fourth Greek trawler seized in Libyan waters this year": an ordinal on a thing or a
    person something was done to, over a span the sentence dates, tallies that many (four trawlers
    seized this year). Not "the second such expulsion" (nothing done to a thing counted) nor "the
    third vessel seized" with no span to count over."""
    doc = parsed.doc
    found = []
    for token, value in _ordinals(doc):
        noun = token.head
        if not value or value < 2 or token.dep_ != "amod" or noun.pos_ != "NOUN" or noun.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        done = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if not done or not free(token.idx, noun.idx + len(noun)):
            continue
        sentence = parsed.sentence_at(token.idx)
        after = [t for t in parsed.timexes_in(done[0].idx, sentence.end) if t.type == "DATE"]
        if not after:
            continue
        lemma = noun.lemma_.lower()
        plural = f"{lemma[:-3]}men" if lemma.endswith("man") else f"{lemma}s"  # fisherman → fishermen
        words = [t.text.lower() for t in doc[token.i + 1 : noun.i]]
        if plural in rules.things:
            unit = " ".join([*words, plural])
        elif plural in rules.people:
            unit = "people"
        else:
            continue
        start, end = token.idx, noun.idx + len(noun)
        found.append(
            Quantity(
                text=doc_text(doc)[start:end],
                start=start,
                end=end,
                value=float(value),
                unit=unit,
                sentence=sentence.index,
            )
        )
    return found


def number_of(token: Token) -> Token | None:
    """ "The number of Japanese visitors rose to 14,000": the noun the figure's clause subject numbers."""
    while token.dep_ in {"compound", "nummod", "quantmod"} and token.head != token:
        token = token.head
    reached = token.dep_ == "pobj" and token.head.lower_ in {"to", "at"}
    verb = token.head.head if reached else token.head
    if token.dep_ not in {"pobj", "dobj", "attr"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    # "put the number of troops at 4,000", "bring to 27 the number of vessels held": the figure a verb
    # sets its object at.
    # Not a figure aimed at: "plans to lift the number of border guards to 6,000".
    aimed = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    roles = {"nsubj", "nsubjpass", "dobj"} if reached and not aimed else {"nsubj", "nsubjpass"}
    for subject in (c for c in verb.children if c.dep_ in roles):
        if subject.lemma_.lower() == "toll":
            return subject  # "the death toll rose to 45": the toll is what is counted
        if subject.lemma_.lower() in {"number", "count", "total"}:
            counted = [
                c for p in subject.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"
            ]
            return counted[0] if counted else None
    return None


def _number_of_things(parsed: Parsed, rules: QuantityRules, start: int, end: int) -> str | None:
    """ "The arrests bring to 27 the number of vessels held": the things whose number it is (a noun of
    facts/things.txt), as the unit."""
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    counted = number_of(span.root) if span is not None else None
    if counted is None or counted.lower_ not in rules.things:
        return None
    return counted.lower_


def _number_of_people(parsed: Parsed, rules: QuantityRules, start: int, end: int) -> bool:
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    counted = number_of(span.root) if span is not None else None
    if counted is not None and counted.lemma_.lower() == "toll":
        return True  # a toll counts the dead or the hurt
    if span is not None and (_crew_of(span.root) or _population_of(span.root)):
        return True
    return counted is not None and _counts_people(parsed, rules, counted.text, counted.idx)


# The people who work a vessel: "its seven crew", "a crew of 23".
CREW = {"crew", "crewmen", "crewmembers"}


def _crew_of(token: Token) -> bool:
    """ "The trawler and its crew of 23 were detained": the number a crew is "of" counts its people."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ in CREW
        and token.head.head.pos_ == "NOUN"
    )


def _population_of(token: Token) -> bool:
    """ "a population of about 100,000": a bare number a population is "of" counts people."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    return token.head.head.lemma_.lower() == "population" and token.head.head.pos_ == "NOUN"


# What joins a sum to its own equivalent in another currency: "70 billion yen, or about $630 million",
# "46 million pesos (2.2 million dollars)".
EQUIVALENT = re.compile(r"\s*(?:,\s*(?:or\s+)?|\(\s*|\s+or\s+|\s*-{1,2}\s*|\s*—\s*)$")


def _drop_converted(found: list[Quantity], text: str) -> None:
    """A sum the text also gives in dollars keeps the text's dollars, not bilat's conversion at a fixed
    rate: one figure, told twice."""
    money = sorted((q for q in found if q.unit == "USD"), key=lambda q: q.start)
    for first, second in pairwise(money):
        if not EQUIVALENT.fullmatch(text[first.end : second.start]):
            continue
        dollars = [q for q in (first, second) if q.original_unit == "USD"]
        if len(dollars) == 1:
            other = second if dollars[0] is first else first
            if other in found and dollars[0] in found:
                found.remove(other)
                # The sum as the text first gives it stays its original: "NZ$25 million (US$15 million)".
                original = {"original_value": other.original_value, "original_unit": other.original_unit}
                found[found.index(dollars[0])] = dollars[0].model_copy(update=original)


# The endings of nationality words whose plural is the singular: Lebanese, Swiss.
INVARIANT_DEMONYMS = ("ese", "swiss")


def _counts_people(parsed: Parsed, rules: QuantityRules, word: str, start: int) -> bool:
    """A noun of people ("soldiers", "residents"), or a nationality in the plural ("Palestinians")."""
    lowered = word.lower()
    if lowered in rules.people or lowered.rstrip("s") in rules.people or f"{lowered}s" in rules.people:
        return True
    span = parsed.doc.char_span(start, start + len(word), alignment_mode="expand")
    if span is None or span[0].ent_type_ != "NORP":
        return False
    # The tagger calls some plurals proper nouns in the singular ("340 Zimbabweans/NNP").
    plural = span[0].tag_ in {"NNS", "NNPS"} or (lowered.endswith("s") and not lowered.endswith("ss"))
    # A nationality whose plural is its singular ("200,000 Sudanese live there") counts people when it
    # heads the phrase; "five Chinese companies" counts companies.
    word_token = span[0]
    describes_later = word_token.dep_ in {"amod", "compound", "nmod"} and word_token.head.i > word_token.i
    invariant = lowered.endswith(INVARIANT_DEMONYMS) and not describes_later
    return plural or invariant


MORE = {"more", "fewer", "additional", "further"}


def _modified_words(parsed: Parsed, words: list[tuple[int, str]]) -> int:
    """How many of the words after a number belong to the counted noun phrase: each word but the last
    must describe a word after it in the phrase ("Ukrainian soldiers", "Ugandan bus drivers"); "no one
    is dead" stops at "one", since "is" is no modifier of "dead". A hyphened word is read by its head:
    "Kenyan-registered lorries" by "registered"."""
    spans = []
    for start, word in words:
        span = parsed.doc.char_span(start, start + len(word), alignment_mode="expand")
        if span is None:
            break
        spans.append(span)
    tokens = [span.root for span in spans]
    kept = 1
    for n, token in enumerate(tokens[:-1]):
        later = {t.i for span in spans[n + 1 :] for t in span}
        # "mostly women" too: the adverb bounds the count, and the noun after it is counted.
        # "400 more people": the parse hangs "more" on the number, yet the people are counted.
        more = token.lower_ in MORE and token.head.i < tokens[0].i
        if not more and (
            token.dep_ not in {"amod", "compound", "nmod", "advmod"} or token.head.i not in later
        ):
            break
        kept = n + 2
    return kept


def _looks_like_year(number: str, match: re.Match[str]) -> bool:
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", number)) and not match.group("scale")
