"""The event coder: verb and noun patterns applied to the dependency parse.

For each trigger (a verb or noun with a pattern), find the source and the target among its syntactic
arguments, resolve them to actors, and code the event with the CAMEO table. Sentences are never read as
strings here: names are the actor index's job, dates the event dater's.

This module holds the stage's entry point (``code_events``), the trigger words and the choice between
bilat's own lines and the PETRARCH dictionary; the candidates of verbs (verb_candidates.py), of nouns
(noun_candidates.py) and of reported speech (spoken.py) are read in their own modules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date as Day

from spacy.attrs import POS
from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.tokens import Token

from bilat.extract.arguments import (
    clause_subject,
    prep_objects,
)
from bilat.extract.candidate import Candidate
from bilat.extract.choice import (
    PHONE_CALL,
    by_phone,
    choose,
    has_modifiers,
    mentions_phone,
    split_particle,
)
from bilat.extract.codebook import load_codebook
from bilat.extract.dictionary import (
    Lexicon,
    at_home,
    fallback_pattern,
    load_lexicon,
    real_parties,
    regular_lemma,
    states_own_act,
)
from bilat.extract.event_record import to_event
from bilat.extract.governed import GOVERNING_ROOTS, drop_governed
from bilat.extract.noun_candidates import noun_candidates, noun_objects
from bilat.extract.own_deeds import CLAIMED_RESPONSIBILITY, claims_own_deed
from bilat.extract.pair import main_dyad
from bilat.extract.parties import resolve_one
from bilat.extract.patterns import Pattern, Patterns, load_patterns
from bilat.extract.speech import NAMING_VERBS
from bilat.extract.spoken import conditional_threats, judged, retaliation_threats
from bilat.extract.verb_candidates import verb_candidates
from bilat.models import Event
from bilat.nlp.doctext import sentence_of, span_text, with_lemma
from bilat.nlp.parsed import Parsed
from bilat.resources import Resources


def code_events(parsed: Parsed, resources: Resources) -> list[Event]:
    patterns = resources.load("events.patterns", load_patterns)
    codes = resources.load("events.codebook", load_codebook)
    dyad = main_dyad(parsed)
    dictionary = _dictionary(parsed, resources)
    events: dict[tuple, Event] = {}
    found = [
        c
        for token in _trigger_words(parsed)
        for c in [
            *_candidates(token, parsed, patterns, dyad, dictionary),
            # Judgements and conditional threats are verbs' only: no closures built for other words.
            *(
                [
                    *judged(token, parsed, resources, dyad),
                    *conditional_threats(token, parsed, patterns, dyad),
                    *retaliation_threats(token, parsed, dyad),
                ]
                if token.pos_ == "VERB"
                else []
            ),
        ]
    ]
    for candidate in drop_governed(found, _governing_words(parsed, patterns)):
        if candidate.code[:2] == "11" and claims_own_deed(
            candidate.trigger, candidate.source, lambda t: resolve_one(t, parsed)
        ):
            # "claimed that it had attacked B": the claimant takes responsibility for the deed (which, as
            # the claim's content, it stands for), aimed at whom it was done to; nobody is accused.
            candidate = replace(candidate, code=CLAIMED_RESPONSIBILITY)
        event = to_event(candidate, parsed, codes)
        if event is None:
            continue
        key = (
            event.sentence,
            event.source.actor_id,
            event.target.actor_id if event.target else None,
            event.root,
            event.date,
        )
        kept = events.get(key)
        # Keep the most specific code ("125" over "120"), then the most confident reading.
        if kept is None or (event.cameo[-1] != "0", event.confidence) > (
            kept.cameo[-1] != "0",
            kept.confidence,
        ):
            events[key] = event
    kept_events = _headline_retold(_told_acts(list(events.values())), parsed)
    return sorted(kept_events, key=lambda e: (e.start, e.cameo))


def _headline_retold(events: list[Event], parsed: Parsed) -> list[Event]:
    """A headline sums up acts the story then tells with their own days ("Latvia expels four diplomats,
    Moscow vows a response" above "… said Moscow would respond"): its present tense dates them all to the
    news day, so the act the body tells again between the same sides in the same direction (same root) is
    the body's record, not a second one on another day. (In a tit-for-tat story the body's act the other
    way is the other expulsion.)"""
    headline = story_headline(parsed)
    if headline is None:
        return events

    def key(e: Event) -> tuple:
        return (e.source.country, e.target.country if e.target else None, e.root)

    body = [e for e in events if e.sentence != headline.index]
    # Only a retelling dated by its own words replaces the headline's act; a body act of the headline's own
    # day is the same record told twice, and nothing to correct.
    same_day = {(key(e), e.date) for e in body}
    told: dict[tuple, set[str | None]] = {}
    for e in body:
        if e.date_basis == "text":
            told.setdefault(key(e), set()).add(e.date)

    def kept(e: Event) -> bool:
        if e.sentence != headline.index:
            return True
        # Only a retelling of the headline's year: "signed a peace agreement in 1998" is background the
        # story recalls, not the headline's act.
        retold = {d for d in told.get(key(e), set()) if d and e.date and d[:4] == e.date[:4]}
        if retold and (key(e), e.date) not in same_day:
            return False
        # A headline act dated by its own words stands; one the body retells a few days off is the body's.
        return e.date_basis == "text" or not _retold_near(e.date, told.get(key(e)))

    return [e for e in events if kept(e)]


RETELLING_DAYS = 7  # a body act of the same kind further from the headline's day is background, not it


def _retold_near(day: str | None, told: set[str | None] | None) -> bool:
    """The body tells the act on another day close to ``day``: the days after a headline's lead, not an
    earlier agreement or expulsion between the same sides that the story recalls."""
    if not day or not told or day in told or len(day) != 10:
        return False
    when = Day.fromisoformat(day)
    near = [t for t in told if t and len(t) == 10]
    return any(abs((Day.fromisoformat(t) - when).days) <= RETELLING_DAYS for t in near)


def story_headline(parsed: Parsed):
    """The story's headline: its first line, a paragraph of one sentence with no closing stop."""
    if len(parsed.sentences) < 2:
        return None
    first, second = parsed.sentences[0], parsed.sentences[1]
    if second.paragraph == first.paragraph or first.text.rstrip().endswith((".", "?", "!")):
        return None
    return first


# Parts of speech a trigger can have: every other word yields no candidate (``_candidates`` and the verbs' own
# readings look at verbs, auxiliaries and nouns only).
TRIGGER_POS = {VERB, AUX, NOUN, PROPN}


def _trigger_words(parsed: Parsed) -> Iterator[Token]:
    """The verbs, auxiliaries and nouns of the text, in order, found from one array: no Python object is
    made for the other words."""
    doc = parsed.doc
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos in TRIGGER_POS:
            yield doc[i]


def _told_acts(events: list[Event]) -> list[Event]:
    """ "summoned the ambassador and told him …", "told the envoy that … and demanded …": telling a side
    what the same sentence codes as another act of the pair is the vehicle of that act, not a second
    event. So is a plain statement beside such an act ("accused Cotonou of … and said Niger would …",
    "ordered the diplomats to leave and announced …"): the sentence's news between the two sides is the
    coded act. It stays the speaker's statement, with no addressee (or goes, when that record exists)."""
    acts = {
        (e.sentence, frozenset((e.source.country, e.target.country)))
        for e in events
        if e.target is not None and e.root != "01"
    }
    told = [
        e
        for e in events
        if e.cameo == "010"
        and e.target is not None
        and (e.sentence, frozenset((e.source.country, e.target.country))) in acts
    ]
    bare = {(e.sentence, e.source.actor_id) for e in events if e.cameo == "010" and e.target is None}
    out = [e for e in events if e not in told]
    for e in told:
        if (e.sentence, e.source.actor_id) not in bare:
            out.append(
                e.model_copy(update={"target": None, "target_missing": "told as the vehicle of an act"})
            )
    return out


def _governing_words(parsed: Parsed, patterns: Patterns) -> frozenset[int]:
    """Verbs bilat's lines code as acts that name another act (demands, appeals, threats)."""
    found = set()
    for token in with_lemma(parsed.doc, patterns.verbs):
        options = patterns.verbs.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
        pattern = choose(options, token) if options else None
        if pattern is not None and pattern.code[:2] in GOVERNING_ROOTS:
            found.add(token.i)
    return frozenset(found)


def _dictionary(parsed: Parsed, resources: Resources) -> Lexicon | None:
    """The PETRARCH verb dictionary, unless the article is one its discard list rules out (sports…)."""
    lexicon = resources.load("petrarch.lexicon", load_lexicon)
    return None if lexicon.discards.hit(parsed.document.text, story=True) else lexicon


def _dictionary_candidates(token: Token, parsed: Parsed, lexicon: Lexicon, dyad) -> Iterator[Candidate]:
    """Precedence: reached only when none of bilat's own lines codes the verb (extract/dictionary.py)."""
    if not states_own_act(token) or not _may_name_a_party(token):
        return
    pattern = fallback_pattern(token, lexicon.verbs)
    if pattern is None or not lexicon.allows(span_text(sentence_of(token))):
        return
    # The dictionary's broad synonym sets ("claim", "insist", "charge") are not sure enough of an act
    # to aim it at a side the sentence does not name.
    for candidate in verb_candidates(token, pattern, parsed, dyad, aim=False):
        if real_parties(candidate.source, candidate.target):
            yield candidate
        elif at_home(candidate.source, candidate.target, candidate.code):
            yield replace(candidate, target=None)


def _may_name_a_party(verb: Token) -> bool:
    """A cheap test before the actors are resolved: a subject (or agent) with a name or a pronoun in it."""
    subjects = clause_subject(verb) + prep_objects([verb], "by")
    near = [t for s in subjects for c in (s, *s.children) for t in (c, *c.children)]
    return any(t.ent_type_ or t.lower_ in {"he", "she", "it", "they"} for t in near)


def _reread(pattern: Pattern, verb: Token) -> bool:
    """Whether the dictionary may read a verb bilat's own line found no party for: not a statement, a
    stance or a meeting (their lines decide), nor a naming verb ("called the decision groundless" is a
    judgement, speech.py)."""
    if pattern.code.startswith("01") or pattern.options & {"speech", "stative", "sym"}:
        return False
    return verb.lemma_.lower() not in NAMING_VERBS


def _one_sided(token: Token, pattern: Pattern, parsed: Parsed, dyad) -> Iterator[Candidate]:
    """An act of bilat's own lines whose addressee is not named ("Greece demanded that its partners …")
    is kept as a one-sided record of a state's act, under the dictionary's guards; statements are not."""
    if pattern.code.startswith("01") or pattern.options & {"speech", "stative", "sym"}:
        return
    slots = {
        c.lower_
        for c in token.children
        if c.dep_ in {"prep", "prt"} and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
    }
    naming = token.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "dobj" for c in token.children)
    if naming and not slots & set(pattern.target_from):
        return  # "call on B" is an appeal; "called the decision groundless" is a judgement (speech.py)
    alone = replace(pattern, options=pattern.options | {"alone"})
    for candidate in verb_candidates(token, alone, parsed, dyad):
        if candidate.target is None and real_parties(candidate.source, None) and states_own_act(token):
            yield candidate


def _candidates(
    token: Token, parsed: Parsed, patterns: Patterns, dyad, dictionary: Lexicon | None = None
) -> Iterator[Candidate]:
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"}:
        lemma = regular_lemma(token, patterns.verbs)
        # A phrasal verb ("pull out", "turn down") is looked up before the bare verb.
        # "forced the agency out of the country" is "forced out": a particle split from its verb by the object
        # is parsed as the preposition before "of".
        particles = [c.lower_ for c in token.children if c.dep_ == "prt" or split_particle(c)]
        lemma = next((f"{lemma} {p}" for p in particles if f"{lemma} {p}" in patterns.verbs), lemma)
    if token.pos_ == "VERB" and mentions_phone(parsed) and by_phone(token):
        # "agreed the agenda by telephone", "spoke by phone with": whatever was done, they talked.
        yield from verb_candidates(token, PHONE_CALL, parsed, dyad)
    if token.pos_ in {"VERB", "AUX"}:
        pattern = choose(patterns.verbs[lemma], token) if lemma in patterns.verbs else None
        if pattern:
            found = list(verb_candidates(token, pattern, parsed, dyad))
            # "Kenyan protesters blocked roads in Nairobi", "Uganda banned opposition candidates": an act of
            # dissent, force or coercion at home, whose only other party is the actor's own state, is its
            # one-sided record (as for the dictionary's acts), not an act aimed at its own state.
            found = [replace(c, target=None) if at_home(c.source, c.target, c.code) else c for c in found]
            yield from found
            if not found and dictionary is not None:
                # "endorsed an association agreement with the EU": bilat's line finds no party where the
                # dictionary's pattern for the same verb does (the object's prepositions, its own slots);
                # a reading of the same kind of act comes before keeping bilat's act as one-sided.
                read = [
                    c
                    for c in (
                        _dictionary_candidates(token, parsed, dictionary, dyad)
                        if _reread(pattern, token)
                        else ()
                    )
                    if c.code[:2] == pattern.code[:2]
                ]
                yield from read or _one_sided(token, pattern, parsed, dyad)
        elif dictionary is not None:
            yield from _dictionary_candidates(token, parsed, dictionary, dyad)
    elif token.pos_ in {"NOUN", "PROPN"} and (lemma in patterns.nouns or token.lower_ in patterns.nouns):
        for pattern in patterns.nouns.get(token.lower_) or patterns.nouns[lemma]:
            if not has_modifiers(token, pattern.trigger):
                continue
            objs = noun_objects(token, pattern)
            if pattern.objects is None:
                yield from noun_candidates(token, None, pattern, parsed)
                break
            if objs:
                # "the opening of offices in 2021 and of the embassy in 2023": one event per object.
                shared: list[Candidate] = []
                for obj in objs:
                    found = list(noun_candidates(token, obj, pattern, parsed))
                    if not found and shared:
                        # Coordinated objects share the first one's parties.
                        found = [
                            Candidate(c.trigger, c.pattern, c.source, c.target, c.code, c.place, obj)
                            for c in shared
                        ]
                    shared = shared or found
                    yield from found
                break
