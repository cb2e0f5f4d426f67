"""Whether a figure sums a span or is dated at a point, by its kind and wording: a deal or a pledge is
dated, a stock or a debt told at a day, a year's aid summed, people posted abroad where they are sent,
a span told from the day of writing unknowable in a story of no date."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bilat.models import Sentence
from bilat.nlp.date_attachment import clause_verb


def _for_the_year(text: str, period_text: str | None, point: str) -> bool:
    """The sum is given for a year ("aid to Laos for 2024", "for the year 2019"), not dated by one."""
    if not period_text or len(point) != 4:
        return False
    return bool(re.search(rf"\bfor\s+(?:the\s+(?:year\s+)?)?{re.escape(period_text)}\b", text))


# A year named from the story's own: "this year", "next year".
OWN_YEAR = re.compile(r"^(?:this|next|the\s+coming)\s+year$", re.I)


def _for_a_year_to_come(period_text: str | None, point: str, to_come: bool) -> bool:
    """ "agreed to give Latvia 7 million euros this year", "will lend Tonga 15 million USD next year":
    money still to be given in the story's year or the next is that year's, as "for 2024" is; a grant
    already made "this year" is dated by it."""
    return to_come and len(point) == 4 and bool(period_text and OWN_YEAR.match(period_text.strip()))


def _a_span(text: str, period_text: str | None) -> bool:
    """The year is told as a span the figure sums: "in 2022 alone", "during the crisis in 2022"."""
    if not period_text:
        return False
    at = text.find(period_text)
    if at < 0:
        return False
    before, after = text[max(0, at - 40) : at], text[at + len(period_text) : at + len(period_text) + 8]
    return bool(
        re.search(r"\b(?:during|throughout|over)\b[^,.;]*$", before) or re.match(r"\s+alone\b", after)
    )


ONE_OFF = {"arms_deal", "trade_target", "aid", "loan"}


# Troops and a community are where they are at a time ("some 150,000 nationals live there", "4,000
# troops are massed on the border"): a stock, never a total over a period.
STANDING = {"troops", "population"}


# A census names the year its count was taken: "about 36 million people according to its 2021 census",
# "the 2011 census counted 53,000"; "the census of 2011".
CENSUS_YEAR = re.compile(
    r"\b(?:(?P<year>(?:19|20)\d\d)\s+(?:national\s+|population\s+)?census|census\s+(?:of|in)\s+(?P<year2>(?:19|20)\d\d))\b",
    re.I,
)


def census_year(text: str) -> str | None:
    """The year of the one census the sentence names, which dates a population counted by it: a head
    count taken in a year is that year's (a community "living there" with no census stays undated)."""
    years = {m["year"] or m["year2"] for m in CENSUS_YEAR.finditer(text)}
    return years.pop() if len(years) == 1 else None


# Money owed: a date after "by" or "before" says when it falls due ("arrears of 14 million USD to be
# cleared by the end of June"), not a span it was counted over.
OWED = {"debt"}


# A stock told at a day: "at the end of June 2024", "as of March".
# A holding told at a day ("direct investment stood at 4 billion USD at the end of 2021") is a stock, as
# a debt is: no span it was summed over.
STOCKS = {"investment"}


STOCK_AT = re.compile(r"\b(?:at\s+the\s+end\s+of|as\s+(?:of|at))\s+$", re.I)


def _stock_at(text: str, period_text: str, sentence: Sentence) -> bool:
    """The figure is told at a day ("at the end of June", "as of March"), the date read with or without
    its edge ("the end of 2022" when only a year is named)."""
    at = _at(text, period_text, sentence)
    edge = EDGE_OF.match(period_text)
    return STOCK_AT.search(text[max(0, at - 30) : at] + (edge[0] if edge else "")) is not None


EDGE_OF = re.compile(r"the\s+end\s+of\s+", re.I)


# Verbs that give aid as it flows, not promise it: a pledge is dated by its year, not summed over it.
GIVING = {"give", "provide", "send", "spend", "disburse", "deliver"}


def _a_years_aid(span: Span | None) -> bool:
    """The sum is aid told as a mass ("$90 million in aid") that a verb of giving, not of pledging, gave."""
    if span is None:
        return False
    root = span.root
    verb = clause_verb(root)
    # "$90 million in aid"; "800 tonnes of food aid", a volume given as it is a sum
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}]
    if root.dep_ == "dobj":
        preps += [
            c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == root.i + 1
        ]
    mass = any(
        o.dep_ == "pobj" and o.lemma_.lower() in {"aid", "assistance"} for p in preps for o in p.children
    )
    if verb.lemma_.lower() in GIVING and (mass or _this_years(verb)):
        return True
    # "Finnish development assistance to Nepal came to 25 million USD last year": the aid is the subject
    # whose sum a verb of amounting gives, a year's total as trade's is, not a grant the year dates.
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return verb.lemma_.lower() in AID_TOTALS and any(s.lemma_.lower() in AID_NOUNS for s in subjects)


def _this_years(verb: Token) -> bool:
    """ "will provide Chad with 30 million USD this year": aid still to be given over the year it is in."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall"} for c in verb.children) and any(
        t.lower_ == "this" and t.head.lower_ == "year" for t in verb.subtree
    )


# Verbs that give a flow of aid its sum: "came to", "amounted to", "totalled", "reached", "stood at".
AID_TOTALS = {"come", "amount", "total", "reach", "stand", "exceed"}


AID_NOUNS = {"aid", "assistance", "support", "funding"}


# Verbs that post people somewhere: "will send 60 instructors to the mission".
POSTING_VERBS = {"send", "post", "dispatch", "second"}


# Particles that make a verb of posting one of sending back: "sent home", "sent back".
RETURNING = {"back", "home"}


def _posted(span: Span | None) -> bool:
    """The people counted are sent somewhere by their clause's verb, not sent back."""
    if span is None or span.root.dep_ != "dobj":
        return False
    verb = span.root.head
    return verb.lemma_.lower() in POSTING_VERBS and not any(c.lower_ in RETURNING for c in verb.children)


def _at(text: str, period_text: str, sentence: Sentence) -> int:
    """Where the period's words open in the sentence (its end when they are not found)."""
    at = text.find(period_text, sentence.start, sentence.end)
    return at if at >= 0 else sentence.start


MANY_DEALS = re.compile(r"\b(?:contracts|deals|loans|credit lines|grants|purchases)\b", re.I)


# A span told from the day of writing: with no date for the story, the figure's period cannot be known.
RELATIVE_SPAN = re.compile(
    r"\b(?:(?:last|this|past)\s+(?:year|month|quarter)|so\s+far\s+this\s+year|a\s+year\s+(?:earlier|ago))\b",
    re.I,
)


def _period_unknowable(published: str | None, after: str) -> bool:
    """The figure's own clause dates it from the day of writing ("reached Italy last year"), and the
    story has no date: any period (or none) given it would be a guess."""
    return not published and bool(RELATIVE_SPAN.search(after))


def _dated_from_writing(published: str | None, text: str, at: int) -> bool:
    """ "fell to 30 million EUR last year from 70 million EUR in 2019": the words right after the figure
    date it from the day of writing, and the story has no date; the year told later is the other figure's."""
    return not published and bool(RIGHT_AFTER.match(text, at))


RIGHT_AFTER = re.compile(r"\s*,?\s*(?:in\s+)?" + RELATIVE_SPAN.pattern, re.I)
