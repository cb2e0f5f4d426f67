"""Answers that are numbers: a count, a sum of money or a measure with its unit, the one a sentence ties
to the asked act and the asked thing.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from bilat.ask import day_fit
from bilat.ask.figure_fit import counts_sources, of_asked_flow, of_asked_topic, of_asked_year
from bilat.ask.part_sums import part_sum
from bilat.ask.question import (
    Question,
    asked_part,
    content_words,
    money_words,
    stem,
)
from bilat.ask.totals import asks_total, prefer_totals
from bilat.ask.typed import CURRENCY, MONEY, PEOPLE
from bilat.models import Quantity
from bilat.nlp.number_words import WORD_NUMBERS

# Units of the measures a "how far", "how long" or "how much <stuff>" question asks for, by dimension.
UNITS = {
    "distance": r"(?:nautical\s+miles?|kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)",
    "duration": r"(?:hours?|days?|weeks?|months?|years?)",
    "amount": r"(?:tonnes?|tons?|barrels?|cubic\s+met(?:re|er)s?|litres?|liters?|megawatts?|MW"
    r"|gigawatts?|GW|(?:kilo|mega|giga|tera)watt[\s-]hours?|[kMGT]Wh|kilograms?|kg)",
}
# "How far …", "How long …": the dimension asked for, by the words that ask.
ASKED_DIMENSION = {"far": "distance", "deep": "distance", "wide": "distance", "long": "duration"}
MEASURE_NUMBER = (
    r"(?:\d[\d,]*(?:\.\d+)?|"
    + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
    # "21 billion cubic metres": a scale word between the number and its unit.
    + r")(?:\s+(?:thousand|million|billion|trillion))?"
)


def measure(
    sentence: Doc, dimension: str, act: Token | None, of: str | None = None
) -> tuple[str, str] | None:
    """ "two kilometres", "48 hours", "50,000 tonnes of wheat": a number with a unit of the dimension
    asked for; with ``of``, only a measure of that stuff (stemmed). Of several, the one the act's own
    clause holds; else the only one; else none (a guess among several is no answer)."""
    pattern = re.compile(
        rf"\b(?:(?:about|some|nearly|almost|around|more\s+than|up\s+to|at\s+least)\s+)?"
        # "tonnes of Ugandan sugar": the stuff's noun may follow a word or two that qualify it.
        rf"{MEASURE_NUMBER}(?:\s+|-)(?:{UNITS[dimension]})\b(?:\s+of\s+((?:[a-z-]+\s+){{0,2}}[a-z]+))?",
        re.I,
    )
    found, bare = [], []
    for match in pattern.finditer(sentence.text):
        if of is not None and match.group(1) is None:
            # "the bulk of Chile's lithium heads west: about 90,000 tonnes left by sea …": a measure of no
            # stuff, in a sentence that named the stuff before it.
            if of in {stem(w) for w in re.findall(r"[a-z]+", sentence.text[: match.start()].lower())}:
                bare.append((match.group(0), match.start()))
            continue
        if of is not None and of not in {stem(w) for w in match.group(1).split()}:
            continue
        words = match.group(0)
        if of is not None:
            words = re.sub(r"\s+of\s*$", "", words[: match.start(1) - match.start()])  # "50 tonnes"
        found.append((words, match.start()))
    # A measure of the stuff told with "of" comes first; one the sentence leaves bare answers alone.
    found = found or bare
    own = [f for f in found if _governed_by(sentence, f[1], act)]
    chosen = own or found
    if len({w.lower() for w, _ in chosen}) != 1:
        return None
    words = chosen[0][0]
    return words, words


# "how much wheat did …", "how much Algerian gas did …": the stuff is the last word before the verb;
# "how much Russian gas reached …": before the stuff's own verb, in the past tense.
ASKED_STUFF = re.compile(
    r"\s*how\s+much\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:did|do|does|was|were|is|are|has|have|had|will|[a-z]{2,}ed)\b"
)


def _asked_stuff(lowered: str) -> str | None:
    """ "how much wheat did …" → "wheat": a stuff measured, not a currency ("how much money")."""
    stuff = ASKED_STUFF.match(lowered)
    return stuff.group(1) if stuff is not None and not CURRENCY.search(stuff.group(1)) else None


def asks_measure(question: Question) -> bool:
    """ "How far …", "How long …", "How much wheat …": a distance, a duration or an amount of a stuff,
    which no record (a sum of money or a count) gives."""
    lowered = asked_part(question.text).lower()
    if re.match(r"\s*how\s+(far|deep|wide|long)\b", lowered):
        return True
    return _asked_stuff(lowered) is not None


def asked_stuff(question: Question) -> str | None:
    """ "How much drinking water …" → "water": the stuff whose amount is asked, if any."""
    return _asked_stuff(asked_part(question.text).lower())


def asks_dimension(question: Question) -> bool:
    """ "How far …", "How long …": a distance or a duration, never a sum or a count."""
    return re.match(r"\s*how\s+(far|deep|wide|long)\b", asked_part(question.text).lower()) is not None


def _measured(sentence: Doc, question: Question, act: Token | None) -> tuple[str, str] | bool | None:
    """The measure a "how far/long" or "how much <stuff>" question asks for; False when the question
    asks for no measure (a count or a sum)."""
    lowered = asked_part(question.text).lower()
    asked = re.match(r"\s*how\s+(far|deep|wide|long)\b", lowered)
    if asked is not None and asked.group(1) == "long":
        # "How long were they given …" asks a duration, "how long is the canal …" a length: the
        # sentence's one measure of either answers; one of each leaves it open.
        spans = [measure(sentence, d, act) for d in ("duration", "distance")]
        told = [s for s in spans if s is not None]
        return told[0] if len(told) == 1 else None
    if asked is not None:
        return measure(sentence, ASKED_DIMENSION[asked.group(1)], act)
    stuff = _asked_stuff(lowered)
    if stuff is not None:
        # "How much wheat …": tonnes of it when the sentence says so; else the sum it is worth.
        return measure(sentence, "amount", act, of=stem(stuff)) or False
    return False


def figure(
    sentence: Doc,
    quantities: list[Quantity],
    question: Question,
    act: Token | None = None,
    kinds: dict[str, frozenset[str]] | None = None,
    excluded: Collection[Quantity] = (),
) -> tuple[str, str] | None:
    """(value, words) of a number with its unit: things counted for "how many", money for "how much".
    Of several, the one the act itself counts ("53 soldiers have been killed", not "2,400 soldiers are
    deployed" in the same sentence) when the sentence tells the act. ``excluded``: figures that answer
    no such question (told of another day), read only for what the others count."""
    measured = _measured(sentence, question, act)
    if measured is not False:
        return measured or None
    lowered = asked_part(question.text).lower()
    counting = lowered.lstrip().startswith("how many") and not re.search(
        r"\b(?:dollars?|euros?|money|usd)\b", lowered
    )
    things = re.split(
        r"\b(?:did|do|does|were|was|are|is|have|has|had|will|would)\b", lowered[8:], maxsplit=1
    )[0]
    counted = content_words(things)
    # The noun counted ("boats" of "Chinese fishing boats"): a number of other things that share only
    # a modifier with it ("three Chinese trawlers") counts something else.
    heads = set(question.counted)
    if heads & PEOPLE:
        counted |= PEOPLE  # "how many Nigerians": counted as people
    if counting and act is not None and PARTITIVE.match(lowered):
        # "How many of the traders were freed?" told "eight of the twelve were freed": the part the
        # act counts, whatever words the whole is written in.
        part = _part_told(act)
        if part is not None:
            return part
    # "How many tankers did X ask Y to remove?" told "asked Y to remove 12 named vessels": the general
    # word a report uses for the things counted, but only for a number the act itself governs.
    general = {k for h in heads for k in (kinds or {}).get(h, ())} if counting else set()
    fitting = []
    for quantity in (q for q in quantities if q not in excluded):
        # "By how much did X cut …": a change, which a share may measure ("by 15 percent").
        change = quantity.unit == "percent" and re.match(r"\s*by\s+how\s+much\b", question.text, re.I)
        if (
            quantity.unit in {"years", "percent"}
            and "percent" not in lowered
            and "%" not in lowered
            and not change
        ):
            continue
        if counting:
            if quantity.unit in MONEY or counts_sources(sentence, quantity, question.verb):
                continue
            after = sentence.char_span(quantity.start, len(sentence.text), alignment_mode="expand")
            near = content_words(" ".join(t.text for t in after[:5])) if after is not None else set()
            # "3.6 million registered Syrian refugees": the quantity's own words hold what it counts.
            near |= content_words(quantity.text)
            # "312 Egyptians …, and 140 of them were deported": the part counts what the whole counts.
            near |= content_words(day_fit.group_words(sentence.text, quantity, quantities))
            # "two officers of the State Border Guard": the body the counted people belong to says what
            # they are ("border guards"), however far it runs.
            near |= content_words(_of_phrase(sentence, quantity))
            if general & near and not heads & near and _governed_by(sentence, quantity.start, act):
                fitting.append(quantity)
                continue
            if counted and not counted & near:
                continue
            if heads and not heads & near and not (heads & PEOPLE and quantity.unit == "people"):
                continue
        elif quantity.unit not in MONEY and not change and re.search(HOW_MUCH, lowered):
            # "How much …", "What did X say the bridge would cost?", "How large is the loan?": a sum of
            # money, not a count nor a load ("420,000 tonnes" is no port's size).
            continue
        fitting.append(quantity)
    # "fell to 61 million last year from 180 million in 2021", "exports … while imports …": the figure
    # of the asked flow, then of the asked year (the other flow's may be the only one told with it).
    fitting = of_asked_flow(sentence.text, fitting, question.words)
    fitting = of_asked_topic(sentence.text, fitting, question.text)
    fitting = of_asked_year(sentence.text, fitting, question.years)
    if not counting:
        # "How large is the deposit …" told "signed a $300 million loan and pledged a $250 million
        # deposit": the sum of the thing the question names, before a sum of another thing.
        named = [q for q in fitting if _sum_of(sentence, q) & question.words]
        fitting = named or fitting
    if asks_total(question.text):
        # "How much … in total?": the figure told as the whole, never a sum "a further" added to it.
        fitting = prefer_totals(sentence, fitting)
    own = [q for q in fitting if _governed_by(sentence, q.start, act)]
    if not own and not counting and (part := part_sum(sentence, quantities, act)) is not None:
        return part  # "2 billion USD, of which Ruritania is to give 700 million": the act's part
    for quantity in own or fitting:
        if quantity.unit in MONEY:
            words = money_words(
                quantity.value, quantity.unit, quantity.original_value, quantity.original_unit
            )
            words = f"{quantity.approx} {words}" if quantity.approx else words
            # The sum as the sentence writes it ("5,000 euros"), then bilat's reading of it.
            written = quantity.text.strip()
            return f"{quantity.value:g}", f"{written} ({words})" if written and written != words else words
        if (part := _part_of_quantity(sentence, quantity)) is not None:
            # "granted only 60 of the 700 requests": the act counts the part, not the whole.
            return part.text.replace(",", ""), _counted_phrase(sentence, part.idx, part.text)
        return f"{quantity.value:g}", _counted_phrase(sentence, quantity.start, quantity.text)
    if not counting:
        return None
    found = _counted_number(sentence, counted, act, heads) or _number_of(sentence, counted, heads)
    if found is not None and any(
        f"{q.value:g}" == found[0] for q in quantities if counts_sources(sentence, q, question.verb)
    ):
        return None  # "…, two diplomats said": the number counts who told it
    return found


def _of_phrase(sentence: Doc, quantity: Quantity) -> str:
    """The words of the "of" phrase the counted noun takes ("officers of the State Border Guard")."""
    span = sentence.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    noun = span[-1]
    return " ".join(t.text for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree)


# Figure questions that ask for a sum when they ask for no measure (see _measured).
HOW_MUCH = r"\bhow\s+much\b|^\s*what\b|^\s*how\s+(?:large|big)\b"
# "How many of the traders …", "how many of them …": a part of a group the article told before.
PARTITIVE = re.compile(r"\s*how\s+many\s+of\s+(?:the|them|those|these|their)\b")


def _part_told(act: Token) -> tuple[str, str] | None:
    """ "eight of the twelve were freed", "freed nine of them": the number that is the act's own subject
    or object and counts a part "of" a whole (a number, a pronoun or a noun); None when there is none,
    or several."""
    found = []
    for token in act.children:
        if token.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        written = WORD_NUMBERS.get(token.lower_) or token.text.replace(",", "")
        if not re.fullmatch(r"\d+", str(written)) or token.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(o.dep_ == "pobj" for o in of.children):
            found.append((str(written), " ".join(t.text for t in token.subtree)))
    return found[0] if len(found) == 1 else None


def _sum_of(sentence: Doc, quantity: Quantity) -> set[str]:
    """The stem of the noun a sum is of: the noun right after it ("a $250 million deposit") or the one
    it follows with "of" ("a deposit of $250 million"); empty when it names none."""
    span = sentence.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return set()
    for token in sentence[span.end : span.end + 3]:
        if token.pos_ in {"NOUN", "PROPN"}:
            return {stem(token.text)}
        if token.pos_ not in {"ADJ", "NUM", "SYM", "PUNCT"} or token.text in {",", ";"}:
            break
    before = sentence[span.start - 2 : span.start] if span.start >= 2 else None
    if before is not None and before[1].lower_ == "of" and before[0].pos_ == "NOUN":
        return {stem(before[0].text)}
    return set()


def _number_of(sentence: Doc, counted: set[str], heads: set[str]) -> tuple[str, str] | None:
    """ "The arrests raise to 37 the number of sailors held", "the number of migrants rose to 600":
    the one figure "to" or "at" names in a sentence that gives the number of the things asked about."""
    for token in sentence:
        if token.lower_ != "number":
            continue
        things = [o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if not things:
            continue
        noun = things[0]
        phrase = [t for t in noun.lefts if t.dep_ in {"compound", "amod"}] + [noun]
        said = content_words(" ".join(t.text for t in phrase))
        if (counted and not counted & said) or (heads and not heads & (said | PEOPLE)):
            continue
        figures = [
            t
            for t in sentence
            if t.like_num
            and t.dep_ == "pobj"
            and t.head.lower_ in {"to", "at"}
            and t.ent_type_ not in {"DATE", "TIME", "PERCENT", "MONEY"}
        ]
        if len(figures) == 1:
            written = WORD_NUMBERS.get(figures[0].lower_) or figures[0].text.replace(",", "")
            if re.fullmatch(r"\d+", str(written)):
                return str(written), f"{figures[0].text} {sentence[phrase[0].i : noun.i + 1].text}"
    return None


# Verbs that grant a span of time for an act: "was given 15 days to explain", "allowed 48 hours to leave".
GRANTING = frozenset({"give", "grant", "allow"})


def _granted_for(sentence: Doc, start: int, act: Token) -> bool:
    """ "had been given 15 days to explain the incursion": the span granted is the act's own time,
    though the granting verb governs the number and the act is its purpose clause."""
    if act.dep_ not in {"advcl", "xcomp"} or act.head.lemma_ not in GRANTING:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return False
    return _governed_by(sentence, start, act.head)


def _governed_by(sentence: Doc, start: int, act: Token | None) -> bool:
    """The number at character ``start`` belongs to the act's own clause: the first verb above it is
    the act."""
    if act is None:
        return False
    span = sentence.char_span(start, min(start + 1, len(sentence.text)), alignment_mode="expand")
    if span is None or not len(span):
        return False
    node = span[0]
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node.i == act.i
        if node.i == act.i:
            return True
    return False


def _counted_number(
    sentence: Doc, counted: set[str], act: Token | None = None, heads: set[str] | None = None
) -> tuple[str, str] | None:
    """ "42 Chilean truck drivers": a number written in figures that counts the things asked about."""
    found = []
    for token in sentence:
        written = WORD_NUMBERS.get(token.lower_) or token.text.replace(",", "")
        if token.dep_ != "nummod" or not re.fullmatch(r"\d+", str(written)):
            continue
        if token.ent_type_ in {"DATE", "TIME", "PERCENT"}:
            continue  # "July 27" is a day, not 27 things
        if token.ent_type_ == "MONEY" and CURRENCY.search(_entity_text(token)):
            continue  # money, not things (the model also calls "three accords" money)
        noun = token.head
        # The things counted are the noun the number modifies, with its own modifiers ("K2 tanks").
        phrase = [t for t in noun.lefts if t.dep_ in {"compound", "amod"}] + [noun]
        said = content_words(" ".join(t.text for t in phrase))
        if (counted and not counted & said) or (heads and not heads & (said | PEOPLE)):
            continue
        part = _part_of(noun)
        if part is not None:
            # "granted only 60 of the 700 requests": the act counts the part, not the whole.
            token, written = part, part.text.replace(",", "")
        found.append((str(written), token))
    own = [(w, t) for w, t in found if _governed_by(sentence, t.idx, act)]
    for written, token in own or found:
        return written, _counted_phrase(sentence, token.idx, token.text)
    return None


def _part_of_quantity(sentence: Doc, quantity: Quantity) -> Token | None:
    """The part a count of things is the whole of ("60" of "60 of the 700 requests"), or None."""
    span = sentence.char_span(quantity.start, quantity.end, alignment_mode="expand")
    number = next((t for t in span if t.like_num), None) if span is not None else None
    if number is None or number.dep_ != "nummod":
        return None
    return _part_of(number.head)


def _part_of(noun: Token) -> Token | None:
    """The number that counts a part of the things ("60" of "60 of the 700 requests"), or None."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    part = of.head
    return part if part.like_num and re.fullmatch(r"[\d,]+", part.text) else None


def _name_span(name: Token) -> Span:
    """The proper name a token ends: its entity, or the name and the compounds before it."""
    ent = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    if ent is not None:
        return ent
    first = min([name.i, *(t.i for c in name.lefts if c.dep_ == "compound" for t in c.subtree)])
    return name.doc[first : name.i + 1]


def _entity_text(token: Token) -> str:
    return next((e.text for e in token.doc.ents if e.start <= token.i < e.end), token.text)


def _counted_phrase(sentence: Doc, start: int, written: str) -> str:
    """ "180 K2 tanks": the number with the things it counts, as the sentence writes them."""
    for chunk in sentence.noun_chunks:
        if chunk.start_char <= start < chunk.end_char:
            return sentence.text[start : chunk.end_char]
    return written
