"""The answer of the type a question wants, taken from one sentence: a person (or office holder), a
place, a date (the sentence's time expressions, already resolved against its article's date at their
precision), a number with its unit, or the noun phrase a verb acts on. ``None`` when the sentence holds
no such answer: the caller then tries the next sentence or abstains.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from bilat.ask.question import Question, content_words, date_words, money_words, stem
from bilat.models import Quantity, Timex
from bilat.nlp.quantities import WORD_NUMBERS

SUBJECT_SIDE = {"nsubj", "agent", "csubj"}
OWNER = {"compound", "amod", "poss", "nmod"}
TITLE_WORDS = {"minister", "president", "prime", "foreign", "defense", "defence", "ambassador", "secretary"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MONEY = {"USD", "EUR", "GBP", "AZN", "ILS", "RUB", "TRY", "CNY", "JPY", "INR", "UAH", "GEL", "KZT", "CHF"}
CURRENCY = re.compile(
    r"[$€£¥]|(?-i:\b[A-Z]{3}\b)|dollar|euro|pound|yen|yuan|rouble|ruble|rupee|lira|manat|franc|won\b", re.I
)
# Prepositions that say where or when, not what: "built a farm (in the region)".
CIRCUMSTANCE = {"in", "at", "on", "during", "after", "before", "since", "from", "by", "near", "amid"}


def anchor(sentence: Doc, question: Question, synonyms: dict[str, str]) -> Token | None:
    """The sentence's word for the question's act: its verb, or a synonym ("held talks" for "meet"), or
    the noun a light verb's act is named by ("talks" for "hold talks")."""
    verb = question.act or question.verb
    if not verb:
        return None
    asked = {stem(verb), synonyms.get(stem(verb), stem(verb))}
    nouns = {synonyms.get(n, n) for n in question.act_nouns}
    found = None
    for token in sentence:
        if token.pos_ not in {"VERB", "NOUN"} and not (token.pos_ == "AUX" and verb in {"be", "have"}):
            continue
        own = synonyms.get(stem(token.lemma_), stem(token.lemma_))
        if own in asked or stem(token.text) in asked:
            return token
        if found is None and own in nouns:
            found = token
    if found is None and question.kind == "place":
        # "Where did X attend a security meeting?" told as "a visit … for a security meeting": the
        # thing asked about stands for the act when the verb is not there.
        things = {synonyms.get(o, o) for o in question.objects}
        found = next((t for t in sentence if synonyms.get(stem(t.text), stem(t.text)) in things), None)
    return found


def other_doer(act: Token, question: Question) -> bool:
    """The sentence's act is done by another country than the one the question asks about ("prompting
    France to recall its ambassador" for "when did Turkey recall …")."""
    if not question.subject_country:
        return False
    # The subject word itself and the words that say whose it is ("Egyptian President X", "France's"),
    # not everything said about it.
    words = [t for d in doers(act) for t in [d, *(c for c in d.children if c.dep_ in OWNER)]]
    named = {t.ent_id_ for t in words if t.ent_id_ and t.ent_id_ != "-" and t.ent_type_}
    return bool(named) and question.subject_country not in named


def done_before(act: Token) -> bool:
    """The act is told as done ("helped Mauritius build"), not as to come ("will cooperate in building"):
    no answer to a question about what will be done."""
    node = act
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in node.children):
            return False
        if node.tag_ == "VBD":
            return True
        if node.head.i == node.i or node.head.pos_ not in {"VERB", "AUX"}:
            return False
        node = node.head
    return False


def _side(token: Token, act: Token) -> str:
    """Whether ``token`` is on the doer's side of ``act`` or on the side acted upon."""
    if token.i in {t.i for t in act.subtree} and token.i != act.i:
        node, by = token, False
        while node.head.i != act.i and node.head.i != node.i:
            node = node.head
            by = by or (node.lower_ == "by" and node.dep_ in {"prep", "agent"})
        # "was summoned to the ministry by the Secretary General": the parser often hangs a passive's
        # "by" on the nearest noun; in a passive clause any "by" phrase off the subject names the doer.
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in act.children)
        if by and passive and node.dep_ not in {"nsubjpass", "nsubj"}:
            return "subject"
        return "subject" if node.dep_ in SUBJECT_SIDE else "object"
    # Outside the act: its doer only when in the subject of the clause it belongs to ("X held talks with
    # Y", "X arrived and met Y"); anyone else in the sentence ("an ally of Erdogan, who …") is neither.
    return "subject" if any(token.i in {t.i for t in d.subtree} for d in doers(act)) else "other"


def doers(act: Token) -> list[Token]:
    """The subjects of an act: its own, or for a noun, an infinitive or a second verb the clause's
    ("Norway held talks", "prompting France to recall", "arrived and met")."""
    node = act
    for _ in range(6):
        own = [c for c in node.children if c.dep_ in {"nsubj", "agent"}]
        if own:
            return own
        if (
            node.dep_ == "conj"
            and node.head.dep_ == "ccomp"
            and any(c.dep_ == "ccomp" for c in node.children)
        ):
            # "X said that A was B and denied that C": the parser hangs the second saying on the first's
            # clause; a verb that takes a clause of its own is said by the one who said the first.
            node = node.head.head
            continue
        if node.dep_ == "xcomp":
            controller = [c for c in node.head.children if c.dep_ == "dobj"]  # "prompting France to …"
            if controller:
                return controller
        if node.head.i == node.i or (node.pos_ == "VERB" and node.dep_ not in {"conj", "xcomp", "pcomp"}):
            return []
        node = node.head
    return []


def _named(text: str, question: Question) -> bool:
    lowered = text.lower()
    return any(n.split()[-1].lower() in lowered for n in question.names) or lowered in question.text.lower()


def _is_asked(token: Token, question: Question) -> bool:
    """The token names a party the question names ("Chile", "Ferreyra")."""
    return _named(token.text, question) or (bool(token.ent_id_) and token.ent_id_ in question.countries)


def _has_title(ent: Span, offices: tuple[str, ...], article: str) -> bool:
    """The person holds one of the offices asked about: the sentence says so, or the article did when it
    first named them ("Foreign Minister Mevlut Cavusoglu", later "Cavusoglu")."""
    before = ent.doc[max(0, ent.start - 5) : ent.start].text.lower()
    around = ent.root.head.subtree if ent.root.dep_ == "appos" else []
    around_text = " ".join(t.lower_ for t in around)
    after = ent.doc[ent.end : ent.end + 4].text.lower()
    last = re.escape(ent.text.split()[-1])
    for office in offices:
        said = re.compile(rf"\b{re.escape(office)}\b")
        if said.search(before) or said.search(around_text) or (after.startswith(",") and said.search(after)):
            return True
        if re.search(rf"\b{re.escape(office)}\b(?:\s+[A-Z][\w'’.-]*){{0,4}}\s+{last}\b", article, re.I):
            return True
    return False


def person(
    sentence: Doc,
    question: Question,
    act: Token | None,
    article: str = "",
    known: frozenset[str] = frozenset(),
    roles: dict[str, tuple[str, ...]] | None = None,
) -> list[str]:
    """The people the question asks for: not those it names, on the asked side of its act, holding the
    office it names. ``known``: surnames of the people in the store, which the model may tag otherwise."""
    people = [
        e
        for e in sentence.ents
        if (e.label_ == "PERSON" or (e.label_ in {"ORG", "GPE"} and e.text.split()[-1] in known))
        and not (e.ent_id_ and e.ent_id_ != "-")
        and not _named(e.text, question)
    ]
    if question.title:
        offices = (roles or {}).get(question.title, (question.title,))
        people = [e for e in people if _has_title(e, offices, article)]
        # An office has one holder: the nearest to the act, or the first named.
        people = sorted(people, key=lambda e: abs(e.root.i - act.i) if act is not None else e.start)[:1]
    elif act is None:
        return []
    if act is not None and question.kind == "person":
        wanted = "subject" if question.wh_subject else "object"
        people = [e for e in people if _side(e.root, act) == wanted]
    # "Modi's special envoy, Ravi Menon, spoke …": the envoy acted, not the one whose envoy he is.
    people = [e for e in people if e.root.dep_ != "poss"] or people
    return list(dict.fromkeys(_without_title(e) for e in people))


def _without_title(ent: Span) -> str:
    """ "Minister Rustem Umerov" → "Rustem Umerov": the model sometimes takes the title into the name."""
    words = ent.text.split()
    while len(words) > 2 and words[0].lower() in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def place(sentence: Doc, question: Question, act: Token | None, countries: frozenset[str]) -> str | None:
    """The place named in the sentence that the question does not already name, nearest its act: a
    city, region or building; a country (``countries``) only as where the act goes or happens ("travel to
    Canada"), and never one the question asks about."""
    places = [
        e
        for e in sentence.ents
        if e.label_ in PLACE_LABELS
        and not _named(e.text, question)
        and (
            e.text.removeprefix("the ") not in countries
            or (
                e.root.dep_ == "pobj"
                and e.root.head.lower_ in {"to", "in", "at"}
                and e.ent_id_ not in question.countries
            )
        )
    ]
    if act is None:
        return None
    if not places:
        # A place the model does not know ("in Agalega"): a proper name after "in" or "at" in the act.
        # A noun act ("a visit to Quetta for a security meeting") is placed by the phrase it hangs on.
        holder = act
        if act.pos_ == "NOUN":
            holder = act.head
            while holder.pos_ == "ADP" and holder.head.i != holder.i:
                holder = holder.head
        scope = holder.subtree
        places = [
            sentence[t.i : t.i + 1]
            for t in scope
            if t.dep_ == "pobj"
            and t.pos_ == "PROPN"
            and (
                (t.head.lower_ in {"in", "at"} and t.ent_type_ in {"", "PERSON", "ORG"})
                or (t.head.lower_ == "to" and t.ent_type_ in {"", "ORG"})  # "a visit to Quetta"
            )
            and not _named(t.text, question)
            and t.text not in countries
        ]
    if not places:
        return None
    inside = [e for e in places if e.root.i in {t.i for t in act.subtree}]
    best = min(inside or places, key=lambda e: abs(e.root.i - act.i))
    return best.text


def is_calendar(timex: Timex) -> bool:
    """A date on the calendar ("2021-05", "1993"), not a duration, a set or "now"."""
    return timex.type == "DATE" and bool(re.match(r"^\d{4}", timex.value))


def date(timexes: list[Timex], question: Question, act_at: int | None) -> Timex | None:
    """The sentence's calendar date nearest its act (``act_at``: the act's character offset in it)."""
    dates = [t for t in timexes if is_calendar(t)]
    if not dates:
        return None
    # A year the question itself names is the setting, not the answer ("when in 2019 did …").
    dates = [t for t in dates if t.value[:4] not in question.years or len(t.value) > 4] or dates
    if act_at is None:
        return dates[0] if len(dates) == 1 else None
    return min(dates, key=lambda t: abs(t.start - act_at))


def figure(sentence: Doc, quantities: list[Quantity], question: Question) -> tuple[str, str] | None:
    """(value, words) of a number with its unit: things counted for "how many", money for "how much"."""
    lowered = question.text.lower()
    counting = lowered.lstrip().startswith("how many") and not re.search(
        r"\b(?:dollars?|euros?|money|usd)\b", lowered
    )
    counted = content_words(
        re.split(r"\b(?:did|do|does|were|was|are|is|have|has|will|would)\b", lowered[8:], maxsplit=1)[0]
    )
    for quantity in quantities:
        if quantity.unit in {"years", "percent"} and "percent" not in lowered and "%" not in lowered:
            continue
        if counting:
            if quantity.unit in MONEY:
                continue
            after = sentence.char_span(quantity.start, len(sentence.text), alignment_mode="expand")
            near = content_words(" ".join(t.text for t in after[:5])) if after is not None else set()
            if counted and not counted & near:
                continue
        elif quantity.unit not in MONEY and re.search(r"\bhow\s+much\b", lowered):
            continue
        if quantity.unit in MONEY:
            words = money_words(
                quantity.value, quantity.unit, quantity.original_value, quantity.original_unit
            )
            words = f"{quantity.approx} {words}" if quantity.approx else words
            # The sum as the sentence writes it ("5,000 euros"), then bilat's reading of it.
            written = quantity.text.strip()
            return f"{quantity.value:g}", f"{written} ({words})" if written and written != words else words
        return f"{quantity.value:g}", _counted_phrase(sentence, quantity.start, quantity.text)
    return _counted_number(sentence, counted) if counting else None


def _counted_number(sentence: Doc, counted: set[str]) -> tuple[str, str] | None:
    """ "42 Chilean truck drivers": a number written in figures that counts the things asked about."""
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
        if counted and not counted & content_words(" ".join(t.text for t in phrase)):
            continue
        return str(written), _counted_phrase(sentence, token.idx, token.text)
    return None


def _entity_text(token: Token) -> str:
    return next((e.text for e in token.doc.ents if e.start <= token.i < e.end), token.text)


def _counted_phrase(sentence: Doc, start: int, written: str) -> str:
    """ "180 K2 tanks": the number with the things it counts, as the sentence writes them."""
    for chunk in sentence.noun_chunks:
        if chunk.start_char <= start < chunk.end_char:
            return sentence.text[start : chunk.end_char]
    return written


def thing(sentence: Doc, question: Question, act: Token | None) -> str | None:
    """What the act is done to: its object ("urged restraint"), or what it says should happen ("urged
    both sides to resume talks"), or the clause it reports ("announced that …")."""
    if act is None:
        return None
    if act.pos_ == "NOUN":
        # "Lima's purchase of Korea's patrol boats": what "of" names.
        objects = [o for c in act.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        return _phrase(sentence, objects[:1], question) if objects else None
    if act.pos_ != "VERB":
        return None
    objects = [c for c in act.children if c.dep_ in {"dobj", "obj", "attr"}]
    clauses = [c for c in act.children if c.dep_ in {"xcomp", "ccomp"}]
    if objects and (objects[0].pos_ == "PRON" or (_is_asked(objects[0], question) and not clauses)):
        # "accusing it of providing support", "praised Ethiopia for its support": the thing is what
        # "of" or "for" names, not the party the question already names.
        objects = [
            o
            for c in act.children
            if c.dep_ == "prep" and c.lower_ in {"of", "for", "with"}
            for o in c.children
            if o.dep_ in {"pobj", "pcomp"}
        ]
    if clauses and objects and _is_asked(objects[0], question):
        # "What did X urge Chile to do?": the one urged is asked already; what they should do is not.
        objects = []
    if not objects and not clauses:
        return None
    return _phrase(sentence, objects[:1] + clauses[:1], question, drop_to=not objects)


def _phrase(sentence: Doc, heads: list[Token], question: Question, drop_to: bool = False) -> str | None:
    """The words of ``heads``' subtrees, without where, when and relative clauses ("a farm (in the
    region)"), and without the infinitive's "to" when ``drop_to``."""
    kept: set[int] = set()
    for head in heads:
        cut = {
            t.i
            for c in head.children
            if c.dep_ in {"relcl", "acl", "advcl"} or (c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE)
            for t in c.subtree
        }
        kept |= {t.i for t in head.subtree if t.i not in cut and t.dep_ != "mark"}
        if drop_to:
            kept -= {t.i for t in head.children if t.dep_ == "aux" and t.lower_ == "to"}
    tokens = [sentence[i] for i in sorted(kept)]
    if not tokens:
        return None
    value = sentence[tokens[0].i : tokens[-1].i + 1].text.strip(" ,.;:\"“”'")
    # An answer that only repeats the question's words is no answer.
    return value if value and value.lower() not in question.text.lower() else None


def when_words(timex: Timex) -> str:
    return date_words(timex.value)
