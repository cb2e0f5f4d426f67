"""Quantitative facts: a quantity with its kind, parties, subject, period, approximation, speaker and
evidence; and anniversaries ("the 30th anniversary of diplomatic relations")."""

from __future__ import annotations

import hashlib
import re

from bilat.extract.disaster import hazard_toll
from bilat.extract.domestic import home_affair
from bilat.extract.fact_acts import called_a_goal, one_more_joined
from bilat.extract.fact_attribution import _before_date, _subject, speaker
from bilat.extract.fact_clauses import _clause_tokens, _own_subject
from bilat.extract.fact_dates import _still_to_come
from bilat.extract.fact_kind_rules import load_kinds, load_recorded
from bilat.extract.fact_kinds import fact_kind
from bilat.extract.fact_neighbours import (
    _breakdowns,
    _carry_over,
    _headline_figures_retold,
    _parts_take_their_whole,
    _undated_bases,
)
from bilat.extract.fact_parties import _another_story, _of_no_pair, _parties, _party_clause
from bilat.extract.fact_periods import SAME_PERIOD, _compared_base, _period, _period_before
from bilat.extract.fact_spans import (
    MANY_DEALS,
    ONE_OFF,
    OWED,
    STANDING,
    STOCKS,
    _a_span,
    _a_years_aid,
    _dated_from_writing,
    _for_a_year_to_come,
    _for_the_year,
    _period_unknowable,
    _posted,
    _stock_at,
    census_year,
)
from bilat.extract.fact_sums import a_years_arms_sales, airliners_bought
from bilat.extract.fact_verb_kinds import acts_on, participle_act_only
from bilat.extract.fact_wording import (
    GROWTH,
    NAMES,
    _falls,
    _fine_not_imposed,
    _held_aboard,
    _without_approx,
    _without_names,
    load_falls,
)
from bilat.extract.fiscal import load_fiscal_starts
from bilat.extract.put_at import figures_put_at
from bilat.extract.third_party import not_between_states
from bilat.models import Fact, Quantity
from bilat.nlp.parsed import Parsed
from bilat.nlp.quantity_rules import load_quantity_rules
from bilat.resources import Resources

__all__ = ["extract_facts", "figures", "load_kinds", "speaker"]


ANNIVERSARY = re.compile(
    # "will mark the 60th anniversary this year": what it is of may go unsaid.
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b(?:\s+of\s+(?P<what>[^,.;]+))?"
    # "celebrate 30 years of diplomatic ties": an anniversary told as a span of years.
    r"|\b(?:celebrat|mark|commemorat)\w*\s+(?:the\s+)?(?P<n2>\d{1,3})\s+years\s+(?:of|since)\s+(?P<what2>[^,.;]+)"
    # "this year is the 40th year of diplomatic relations": the year of relations counted.
    r"|\b(?P<n3>\d{1,3})(?:st|nd|rd|th)\s+year\s+of\s+(?P<what3>(?:diplomatic\s+)?(?:relations|ties)\b[^,.;]*)",
    re.I,
)


def _fact_id(doc_id: str, start: int, kind: str) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{kind}".encode()).hexdigest()[:16]


def extract_facts(parsed: Parsed, resources: Resources) -> list[Fact]:
    """The figures of the kinds bilat records: a fine, a price or a duty rate is told apart from trade
    and counts by ``figures``, then left out (resources/facts/recorded.txt)."""
    recorded = resources.load("facts.recorded", load_recorded)
    facts = [
        f
        for f in figures(parsed, resources)
        if f.kind in recorded and (recorded[f.kind] is None or f.value >= recorded[f.kind])
    ]
    facts = _headline_figures_retold(parsed, facts)
    return facts + figures_put_at(parsed, facts)


def figures(parsed: Parsed, resources: Resources) -> list[Fact]:
    """Every figure of the text that something names, with its kind, recorded or not."""
    document = parsed.document
    facts: list[Fact] = []
    read: list[tuple[Quantity, Fact]] = []
    own: set[str] = set()
    bases: set[str] = set()  # figures something is compared with: their period is their own
    parsed.cache["fiscal_starts"] = resources.load("facts.fiscal_years", load_fiscal_starts)
    for quantity in parsed.quantities:
        sentence = parsed.sentences[quantity.sentence]
        if _another_story(parsed, sentence):
            continue
        # The figure's own clause names what it measures ("trade reached $8.9 billion, and companies have
        # invested $3 billion"); the whole sentence only when the clause says nothing.
        clause_tokens = _clause_tokens(parsed, quantity)
        clause = " ".join("_" if t.ent_type_ in NAMES else t.text for t in clause_tokens)
        span = _without_approx(
            parsed.doc.char_span(quantity.start, quantity.end, alignment_mode="expand"), quantity
        )
        kind = fact_kind(span, quantity, clause, _without_names(parsed, sentence), resources)
        if kind is None or (kind == "arms_deal" and airliners_bought(sentence.text)):
            continue
        if kind == "fine" and _fine_not_imposed(span, quantity, sentence.text):
            continue
        if quantity.unit == "USD" and called_a_goal(document.text[: sentence.end], quantity.end):
            continue  # "promised 2 billion euros over four years, a target fixed in 2021"
        if kind == "count" and quantity.unit == "people" and _held_aboard(parsed, sentence, clause):
            kind = "detained"
        if home_affair(span, kind, clause_tokens, sentence.text):
            continue  # a state's own police arresting protesters at home: no count between two states
        if hazard_toll(kind, sentence.text):
            continue  # "the earthquake killed 14 people": the hazard's toll, not one state's act on the other
        if not_between_states(span, kind):
            continue  # money pledged to an agency or a scheme, or only asked for
        if kind == "catch" and len(_parties(parsed, sentence, kind)) < 2:
            continue  # a fleet's catch is a fact between states in another's waters, not its own landings
        value = quantity.value
        if quantity.unit == "people" and span is not None:
            people = resources.load("facts.quantity_rules", load_quantity_rules).people
            value += one_more_joined(span.root, people)  # "two Germans and a Chinese national": three
        if kind in GROWTH and value > 0 and _falls(span, resources.load("facts.falls", load_falls)):
            value = -value
        acted = quantity.unit == "people" and span is not None and acts_on(span.root, resources)
        # A participle on the people that alone tells what was done to them is their act: its date counts.
        by_participle = acted and span is not None and participle_act_only(span.root, resources)
        # Money owed "by the end of June" is due then: a deadline, no span (as a deal's or a pledge's).
        start, end, period_text, point = _period(
            parsed, sentence, quantity, acted, kind in ONE_OFF | OWED, by_participle
        )
        # "in the same period" may close the figure's clause: '4,800 "foreigners" had been repatriated in
        # the same period'.
        clause_end = max([quantity.end, *(t.idx + len(t) for t in clause_tokens)])
        if start is None and SAME_PERIOD.search(document.text, quantity.end, clause_end):
            start, end, period_text, point = _period_before(parsed, quantity)
        if (
            start is None and _period_unknowable(document.published, document.text[quantity.end : clause_end])
        ) or (_dated_from_writing(document.published, document.text, quantity.end)):
            continue  # "53,000 migrants arrived last year" in a story of no known date: no period is wrong
        if kind == "arms_deal" and a_years_arms_sales(span, sentence.text, point):
            kind = "exports"
        one_off = kind in ONE_OFF and not (
            len(point or "") == 4 and MANY_DEALS.search(clause) and _a_span(sentence.text, period_text)
        )
        if kind == "aid" and len(point or "") == 4 and _a_years_aid(span):
            # "gave Chad 90 million USD in aid in 2022": aid told as a mass given over a year is that
            # year's total, not one grant dated by it.
            one_off = False
        if kind == "count" and _posted(span):
            # "will send 60 more instructors early next year": people posted abroad are where they are
            # sent, as troops are; the date is the move's, no span they are counted over.
            start = end = period_text = point = None
        if kind in OWED | STOCKS and period_text and _stock_at(document.text, period_text, sentence):
            # "owed foreign creditors 7 billion USD at the close of March": a stock on a day, no span summed.
            start = end = period_text = point = None
        if point and _for_a_year_to_come(period_text, point, _still_to_come(parsed, quantity)):
            one_off = False
        if point and _for_the_year(sentence.text, period_text, point):
            # "pledged $30 million in aid to Laos for 2024": the year the money is for is its period.
            one_off = False
        if point and (one_off or (kind == "investment" and len(point) > 4) or len(point) > 7):
            # A deal, a target or a pledge is dated, not measured over a period: "signed last year a
            # contract worth $250 million" has no period; "invested $6.7 billion between 2005 and 2021" has.
            # Many deals told as a year's total are that year's: "in 2022 alone Poland signed contracts
            # worth $12 billion", "extended $4 billion in loans during the crisis in 2022"; "last year
            # Armenia signed contracts worth $250 million" dates them.
            # A day or a week dates an incident's toll ("wounded two farmers on Sunday"); it is no period
            # a figure is measured over.
            start = end = period_text = None
        facts.append(
            Fact(
                id=_fact_id(document.id, quantity.start, kind),
                doc_id=document.id,
                source_uri=document.source_uri,
                kind=kind,
                subject=_subject(parsed, quantity),
                parties=_parties(parsed, sentence, kind, _party_clause(clause_tokens, span)),
                value=value,
                unit=quantity.unit,
                original_value=quantity.original_value,
                original_unit=quantity.original_unit,
                approx=quantity.approx,
                period_start=start,
                period_end=end,
                period_text=period_text,
                attributed_to=speaker(parsed, sentence),
                evidence=sentence.text,
                start=sentence.start,
                end=sentence.end,
                sentence=sentence.index,
            )
        )
        read.append((quantity, facts[-1]))
        if _own_subject(span):
            own.add(facts[-1].id)
        if _compared_base(parsed, sentence, quantity):
            bases.add(facts[-1].id)
    _parts_take_their_whole(read, document.text)
    parts = _breakdowns(read, document.text) | _undated_bases(read, document.text)
    facts = [f for f in facts if id(f) not in parts]
    _carry_over(facts, parsed.sentences, own, bases)
    for fact in facts:
        if fact.kind in STANDING:
            # Troops are where they are at a time: "pulled 1,100 troops out in 2023", "has kept 4,000
            # troops there since 2019" date a move or a stay; the count is no total over a period. (After
            # the parts take their whole's kind: "649 Argentine and 255 British servicemen were killed".)
            fact.period_start = fact.period_end = fact.period_text = None
            year = census_year(fact.evidence) if fact.kind == "population" else None
            if year is not None:
                # A population a census counted was counted in the census year: that year dates it.
                fact.period_start, fact.period_end, fact.period_text = f"{year}-01", f"{year}-12", year
    # One person told to leave, held or freed is an event's party, no figure of two states' relations
    # ("one of its diplomats was told to leave"); one killed or wounded is still a toll.
    facts = [f for f in facts if not (f.unit == "people" and f.value == 1 and f.kind != "casualties")]
    # A sum or a share that nothing names is no fact: "$69 a month", "10% below its record high".
    facts = [f for f in facts if f.kind != "count" or f.unit not in {"USD", "percent"}]
    # A community is of one state's people in another: "about 2,800 inhabitants" of an island, or a
    # people no state is named for living in a town, is no quantity of two states' people.
    facts = [f for f in facts if f.kind != "population" or f.parties]
    facts = [f for f in facts if not _of_no_pair(parsed, f)]
    for sentence in parsed.sentences:
        for match in ANNIVERSARY.finditer(sentence.text):
            facts.append(
                Fact(
                    id=_fact_id(document.id, sentence.start + match.start(), "anniversary"),
                    doc_id=document.id,
                    source_uri=document.source_uri,
                    kind="anniversary",
                    subject=_before_date(parsed, sentence, match),
                    parties=_parties(parsed, sentence, "anniversary"),
                    value=float(match["n"] or match["n2"] or match["n3"]),
                    unit="years",
                    period_text=_period(parsed, sentence)[2],
                    attributed_to=speaker(parsed, sentence),
                    evidence=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                    sentence=sentence.index,
                )
            )
    return facts
