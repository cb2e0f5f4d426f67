"""The countries a figure is about: those its own clause names, else its sentence's, else the article's
pair's; and the asides that tell of another story, whose figures are not the pair's."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bilat.extract.pair import main_dyad
from bilat.models import Fact, Sentence
from bilat.nlp.parsed import Parsed

# Kinds of people counted by what a state's forces did to them.
DONE_TO = {"casualties", "detained", "released", "deported", "abducted", "hostages", "prisoners"}


DYAD_PHRASES = re.compile(r"\b(?:two countries|both countries|bilateral|between the two)\b", re.I)


def _parties(parsed: Parsed, sentence: Sentence, kind: str, clause: set[int] | None = None) -> list[str]:
    """The countries a figure is about: those its own clause names ("a 10% duty on Chinese exports",
    not the Canada and Mexico of the main clause), else those of its sentence."""
    countries: list[str] = []
    in_clause: list[str] = []
    money = [(q.start, q.end) for q in parsed.quantities if q.unit == "USD"]
    for mention in parsed.entities:
        in_sentence = mention.sentence == sentence.index and mention.label in {"GPE", "NORP"}
        if any(start <= mention.start < end for start, end in money):
            continue  # "8.2 billion US dollars" names a currency, not a party
        if not in_sentence or not mention.country:
            continue
        if mention.country not in countries:
            countries.append(mention.country)
        # A country named again in the figure's clause is the clause's, though named first elsewhere:
        # "Peru, which borders Chile, deported 300 Chileans".
        in_figure = clause is not None and _token_at(parsed, mention.start) in clause
        if in_figure and mention.country not in in_clause:
            in_clause.append(mention.country)
    countries = in_clause or countries
    owner = _owner_before(parsed, sentence, clause)
    if owner and owner not in countries and len(countries) < 2:
        countries.insert(0, owner)
    dyad = parsed.cache.setdefault("dyad", main_dyad(parsed))
    # "the two countries", or trade with one side named: the article's pair. So too people one side's
    # forces did something to: "nearly 50,000 Borovians were deported" in a story of the Dominican
    # Republic and Haiti are the pair's, whichever side the sentence leaves unsaid.
    bilateral = DYAD_PHRASES.search(sentence.text) or kind.startswith("trade") or kind in DONE_TO
    if len(countries) < 2 and dyad and bilateral and (not countries or countries[0] in dyad):
        countries = list(dyad)
    return sorted(countries[:2])


# Words that open another story inside an article: "Malaysia's maritime agency separately said it had
# arrested six Vietnamese fishermen", "the Spanish coast guard, meanwhile, rescued 140 migrants".
ASIDE = re.compile(
    r"\b(?:separately|meanwhile|in\s+a\s+separate\s+(?:incident|case|development|move))\b", re.I
)


def _another_story(parsed: Parsed, sentence: Sentence) -> bool:
    """The sentence tells, as an aside, of a state that is not one of the article's pair: its figures are
    that other story's, not the pair's. An aside about the pair ("Vietnam separately pledged $30 million
    to Laos") keeps its figures."""
    if not ASIDE.search(sentence.text):
        return False
    dyad = parsed.cache.setdefault("dyad", main_dyad(parsed))
    if not dyad:
        return False
    named = {
        m.country
        for m in parsed.entities
        if m.sentence == sentence.index and m.label in {"GPE", "NORP"} and m.country
    }
    return bool(named - set(dyad))


def _owner_before(parsed: Parsed, sentence: Sentence, clause: set[int] | None) -> str | None:
    """ "Ruritania lost further buyers as well. Its trade with Poland fell to $2.1 billion": the "its" that
    owns the figure's subject is the state the sentence before (in the same paragraph) is about."""
    if clause is None or sentence.index == 0:
        return None
    before = parsed.sentences[sentence.index - 1]
    owners = [
        t
        for t in parsed.doc[min(clause) : max(clause) + 1]
        if t.i in clause and t.dep_ == "poss" and t.lower_ == "its" and t.head.dep_ in {"nsubj", "nsubjpass"}
    ]
    if not owners or before.paragraph != sentence.paragraph:
        return None
    # The subject itself is a state's name ("Belarus", "the United States"), not a word in its phrase.
    subjects = [t.idx for t in _sentence_root(parsed, before).children if t.dep_ in {"nsubj", "nsubjpass"}]
    countries = {
        m.country
        for m in parsed.entities
        if m.sentence == before.index
        and m.label == "GPE"
        and m.country
        and any(m.start <= i < m.end for i in subjects)
    }
    return countries.pop() if len(countries) == 1 else None


def _sentence_root(parsed: Parsed, sentence: Sentence) -> Token:
    return parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand").root


def _party_clause(clause_tokens: list[Token], span: Span | None) -> set[int]:
    """The tokens whose countries are the figure's: its clause's, those of the clauses on what it counts
    (``_described``), and the noun a relative clause it sits in stands for ("sales to China, which
    bought goods worth $12 billion from Mongolia": China bought them)."""
    tokens = {t.i for t in clause_tokens} | _described(span)
    for verb in (t for t in clause_tokens if t.tag_ == "VBG" and t.dep_ in {"advcl", "acl"}):
        # "Norway is now its largest source, supplying Poland 8 billion cubic metres": a participle with
        # no subject of its own is done by the subject of the clause it hangs on (or of the verb whose
        # complement it describes: "become its main supplier, selling …").
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        main = verb.head if verb.dep_ == "advcl" else verb.head.head if verb.head.dep_ == "attr" else None
        subjects = [c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}] if main is not None else []
        tokens |= {i for s in subjects for i in range(s.left_edge.i, s.i + 1)}
    verbs = {t for t in clause_tokens if t.dep_ == "relcl"}
    for verb in verbs:
        if any(c.tag_ in {"WDT", "WP"} and c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            tokens.add(verb.head.i)
            tokens |= _apposed(verb.head)
    return tokens


def _apposed(noun: Token) -> set[int]:
    """The tokens of the name a noun stands beside ("sales to the Gulf state, its largest buyer, which
    bought …": the buyer is the Gulf state), up to that name's head."""
    found: set[int] = set()
    while noun.dep_ == "appos" and noun.head != noun:
        noun = noun.head
        found |= set(range(noun.left_edge.i, noun.i + 1))
    # The parser may hang the phrase elsewhere ("beyond the Gulf state, its largest buyer, which …" read as
    # two objects): a place's name then a comma right before the phrase sets the two side by side still.
    edge = noun.left_edge.i
    doc = noun.doc
    if not found and edge >= 2 and doc[edge - 1].text == "," and doc[edge - 2].ent_type_ == "GPE":
        name = edge - 2
        while name > 0 and doc[name - 1].ent_type_ == "GPE":
            name -= 1
        found |= set(range(name, edge - 1))
    return found


def _described(span: Span | None) -> set[int]:
    """The tokens of the clauses that tell what the counted people or things are: "900,000 refugees who
    have crossed into Chad", "4,000 nationals deported from Kuwait". The countries they name are the
    figure's own, though the figure's clause is another's."""
    if span is None:
        return set()
    return {t.i for c in span.root.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}


def _token_at(parsed: Parsed, char: int) -> int | None:
    span = parsed.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].i if span is not None else None


def _of_no_pair(parsed: Parsed, fact: Fact) -> bool:
    """People displaced with no state at all ("the war has displaced 12 million people"): a war's toll
    on no two states; or people counted with one state only that is neither of the article's pair
    ("Latvia turned back 300 people"): another story's aside. A count with no state named ("around
    15,000 commute across the border") is the pair's, as the story is."""
    if fact.unit != "people" or fact.kind in {"population", "troops"}:
        return False
    if not fact.parties:
        return fact.kind == "refugees"
    dyad = parsed.cache.setdefault("dyad", main_dyad(parsed))
    return bool(dyad) and len(fact.parties) == 1 and fact.parties[0] not in dyad
