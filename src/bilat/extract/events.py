"""The event coder: verb and noun patterns applied to the dependency parse.

For each trigger (a verb or noun with a pattern), find the source and the target among its syntactic
arguments, resolve them to actors, and code the event with the CAMEO table. Sentences are never read as
strings here: names are the actor index's job, dates the event dater's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date as Day

from spacy.attrs import POS
from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.tokens import Token

from bilat.extract.addressee import AIMED_ROOTS, NAMED_ONLY_ROOTS, addressed_act, aimed_at, bilateral
from bilat.extract.arguments import (
    antecedent,
    clause_subject,
    complement_objects,
    conjuncts,
    prep_objects,
    speaker_of_adjunct,
    told_addressee,
)
from bilat.extract.codebook import Code, load_codebook
from bilat.extract.dictionary import (
    Lexicon,
    at_home,
    fallback_pattern,
    load_lexicon,
    measured,
    quoted,
    real_parties,
    regular_lemma,
    states_own_act,
)
from bilat.extract.governed import GOVERNING_ROOTS, drop_governed
from bilat.extract.modality import (
    attribution,
    condition_clauses,
    conditional_consequence,
    in_condition,
    modality_of,
    refused,
    refused_ahead,
)
from bilat.extract.own_deeds import CLAIMED_RESPONSIBILITY, claims_own_deed
from bilat.extract.patterns import Pattern, Patterns, load_patterns
from bilat.extract.recoding import (
    DECIDED_ROOTS,
    INTENT,
    INTENT_ROOTS,
    OFFICIAL_FORM,
    REFUSAL,
    SECURITY_FORM,
    SECURITY_SECTORS,
    SPEECH_ACTS,
    decided,
    failed,
    official,
    refusable,
    wished,
)
from bilat.extract.speech import NAMING_VERBS, reported_judgements
from bilat.extract.statistics import reported_statistic, trade_statistic
from bilat.extract.venue import venue_host
from bilat.models import ActorRef, Event, Modality, Precision
from bilat.nlp.actors import country_pair
from bilat.nlp.doctext import cached, children_with, sentence_of, span_text, with_lemma, with_lower
from bilat.nlp.event_date import agented_act_before, date_event, occasion_day
from bilat.nlp.parsed import Parsed
from bilat.nlp.retold_date import RETELLING, finer_retold_day, retold_day
from bilat.resources import Resources

# Acts told as parts of a visit or a meeting (consult, cooperate, aid) share its day.
OCCASION_ROOTS = {"04", "05", "06", "07"}
MATERIAL_ACTS = {"15", "17", "18", "19", "20"}  # force shown or used, coercion: acts reported after the fact
# An alert status is in force when it is announced ("said on Monday it had put the army on alert"): dated
# by the saying, unlike the material acts a report tells after they happened.
ALERT_CODES = {"151", "152"}
RETELLABLE = {"unknown", "sentence", "present", "anaphoric"}  # dates no words of the act's own give
DYAD_WORDS = {"countries", "sides", "states", "nations", "peoples"}
# The words that make a statement one about the pair ("the two countries", "bilateral ties").
PAIR_WORDS = DYAD_WORDS | {"bilateral", "relations", "ties"}
COLLECTIVE_HEADS = {
    "ministers",
    "officials",
    "authorities",
    "delegations",
    "representatives",
    "heads",
    "government",
    "governments",
    "leaders",
    "leadership",
    "people",
    "peoples",
    "countries",
    "states",
    "ministries",
    "presidents",
    "sides",
}
DOCUMENT_NOUNS = {"note", "letter", "statement", "communique", "communiqué", "memorandum", "declaration"}
SPONSOR_NOUNS = {"initiative", "invitation", "auspices", "organization", "organisation", "support"}


@dataclass(frozen=True)
class Candidate:
    trigger: Token
    pattern: Pattern
    source: ActorRef
    target: ActorRef | None
    code: str
    place: str | None = None
    what: Token | None = None  # the object the event is about ("embassy"), which may carry its own date
    inferred: bool = False  # the parties are the article's pair, not named in the sentence


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
                    *_judged(token, parsed, resources, dyad),
                    *_conditional_threats(token, parsed, patterns, dyad),
                    *_retaliation_threats(token, parsed, dyad),
                ]
                if token.pos_ == "VERB"
                else []
            ),
        ]
    ]
    for candidate in drop_governed(found, _governing_words(parsed, patterns)):
        if candidate.code[:2] == "11" and claims_own_deed(
            candidate.trigger, candidate.source, lambda t: _resolve_one(t, parsed)
        ):
            # "claimed that it had attacked B": the claimant takes responsibility for the deed (which, as
            # the claim's content, it stands for), aimed at whom it was done to; nobody is accused.
            candidate = replace(candidate, code=CLAIMED_RESPONSIBILITY)
        event = _event(candidate, parsed, codes)
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
        pattern = _choose(options, token) if options else None
        if pattern is not None and pattern.code[:2] in GOVERNING_ROOTS:
            found.add(token.i)
    return frozenset(found)


JUDGEMENT = Pattern("judgement", None, ("obj",), "111", frozenset({"speech"}))


def _judged(token: Token, parsed: Parsed, resources: Resources, dyad) -> list[Candidate]:
    """Judgements in reported speech (bilat.extract.speech), as events of the speaker's side."""

    def resolve(t: Token) -> ActorRef | None:
        return _resolve_one(t, parsed)

    def aimed(verb: Token, source: ActorRef) -> ActorRef | None:
        return aimed_at(verb, source, _bilateral_pair(parsed, dyad), resolve, parsed.actors.state_ref)

    def partner(source: ActorRef) -> ActorRef | None:
        pair = _bilateral_pair(parsed, dyad)
        if not pair or source.country not in pair:
            return None
        return parsed.actors.state_ref(pair[1] if source.country == pair[0] else pair[0])

    return [
        Candidate(j.speech, JUDGEMENT, j.source, j.target, j.code, _place(j.speech, parsed))
        for j in reported_judgements([token], resolve, resources, aimed, partner)
    ]


CONDITIONAL_THREAT = Pattern("conditional threat", None, ("obj",), "130", frozenset({"speech"}))
THREAT_SPEECH = {"say", "tell", "state", "declare", "add", "warn", "insist", "stress"}
FUTURE = {"will", "would", "'ll", "shall"}
# A step the speaker's side says it "could" take on a condition is as much a threat as one it "will" take.
CONDITIONAL = FUTURE | {"could"}
SPEAKER_WORDS = {"we", "i", "us"}


def _conditional_threats(token: Token, parsed: Parsed, patterns: Patterns, dyad) -> list[Candidate]:
    """ "If they close the border, we will cut the gas supply," the minister said; "warned that if
    Oslo kept the quota, Iceland would close its ports …": a step the speaker's side says it will take on
    a condition is a threat (130) to the side the condition names, or else the article's other state.
    Only the speaker's own side taking the step counts, and not a step of cooperation ("if the talks
    succeed, we will sign"): a verb the patterns code as cooperation (roots 01-09) is a promise. A
    consequence the named side will suffer ("if the Netherlands does not apologise, it will pay a price")
    is a threat to that side too."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in THREAT_SPEECH:
        return []
    speakers = [c for c in token.children if c.dep_ == "nsubj"] or clause_subject(token)
    speaker = _resolve_one(speakers[0], parsed) if speakers else None
    clauses = [c for c in token.children if c.dep_ in {"ccomp", "parataxis"}]
    if token.dep_ == "parataxis" and token.head.pos_ in {"VERB", "AUX"}:
        clauses.append(token.head)  # "If they come back, he said, we will take the matter to the UN"
    found: list[Candidate] = []
    for clause in [*clauses, *(c for said in clauses for c in _said_conjuncts(said))]:
        act = clause
        conditions = _threat_conditions(clause)
        modal = any(c.dep_ == "aux" and c.lower_ in CONDITIONAL for c in clause.children)
        weighed = _weighed_step(clause)
        if not conditions and weighed is not None:
            # "said Brazzaville was considering suspending the ferry if the expulsions continued"
            act, conditions, modal = weighed, _threat_conditions(weighed), True
        if not conditions or not modal:
            continue
        options = patterns.verbs.get(act.lemma_.lower(), [])
        step = _choose(options, act) if options else None
        if step is not None and step.code[:2] < "10" and not _legal_recourse(act):
            continue
        firm = act is clause and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in clause.children)
        answer = act is not clause and step is None and _hostile_condition(conditions, patterns)
        if (
            not firm
            and not answer
            and not ((step is not None and step.code[:2] >= "10") or _legal_recourse(act))
        ):
            # "we could be back where we were": a step that "could" follow is a threat only when it is a
            # hostile one or a recourse to a court, not a possibility the speaker weighs.
            continue
        subjects = _clause_subjects(clause)
        if not subjects:
            continue
        named = [
            ref
            for c in conditions
            for t in c.subtree
            if (ref := _resolve_one(t, parsed)) is not None and ref.country is not None
        ]
        if subjects[0].lower_ in SPEAKER_WORDS:
            source = speaker
        else:
            actor = _resolve_one(subjects[0], parsed)
            if actor is None and subjects[0].lower_ in {"it", "they"}:
                # "if Japan does not withdraw, it will pay": the pronoun is the condition's subject.
                actor = next(
                    (
                        r
                        for c in conditions
                        for s in c.children
                        if s.dep_ == "nsubj"
                        if (r := _resolve_one(s, parsed))
                    ),
                    None,
                )
            source = actor if actor is not None and actor.kind == "state" else None
            if (
                source is not None
                and speaker is not None
                and speaker.country not in {None, source.country}
                and any(n.country == source.country for n in named)
            ):
                # "if the Netherlands does not apologise, it will pay a price": the named side suffers.
                found.append(
                    Candidate(token, CONDITIONAL_THREAT, speaker, source, "130", _place(token, parsed))
                )
                continue
            if source is not None and speaker is not None and speaker.country not in {None, source.country}:
                continue  # the speaker tells of another side's step
        if source is None or source.country is None:
            continue
        others = [n for n in named if n.country != source.country]
        if others:
            target = others[0]
        elif dyad and source.country in dyad:
            target = parsed.actors.state_ref(dyad[1] if source.country == dyad[0] else dyad[0])
        else:
            continue
        found.append(Candidate(token, CONDITIONAL_THREAT, source, target, "130", _place(token, parsed)))
    return found


# Taking the other side to a court or to arbitration on a condition is a threat, though the verb
# ("seek arbitration", "go to court") may read as accepting mediation on its own.
LEGAL_RECOURSE = {"arbitration", "court", "courts", "tribunal", "lawsuit", "litigation", "wto"}


def _legal_recourse(clause: Token) -> bool:
    """ "could seek arbitration if the ban goes ahead", "would take the case to court if …"."""
    return any(
        t.lower_ in LEGAL_RECOURSE for c in clause.children if c.dep_ in {"dobj", "prep"} for t in c.subtree
    )


# Verbs of weighing a step: the step weighed on a condition is held out as a threat like one promised.
WEIGHING = {"consider", "weigh", "mull", "study"}


def _weighed_step(clause: Token) -> Token | None:
    """ "is considering suspending the ferry": the step weighed (a gerund the weighing verb governs)."""
    if clause.lemma_.lower() not in WEIGHING:
        return None
    return next((c for c in clause.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)


def _hostile_condition(conditions: list[Token], patterns: Patterns) -> bool:
    """ "if the expulsions continued", "if the ban goes ahead": a condition that is the other side's
    hostile act (a word every pattern of which codes conflict, roots 10-20), so the step weighed in
    answer to it ("considering suspending the ferry") is retaliation held out."""
    for condition in conditions:
        for t in condition.subtree:
            options = (patterns.nouns if t.pos_ == "NOUN" else patterns.verbs).get(t.lemma_.lower(), [])
            if options and all(o.code[:2] >= "10" for o in options):
                return True
    return False


def _threat_conditions(clause: Token) -> list[Token]:
    """The clause's conditions, also one the parser hangs on a past participle describing its object
    ("could seek arbitration under the pact signed in 2021 if the ban goes ahead": a thing already done
    is promised on no condition; the step said is)."""
    described = [
        t
        for c in clause.children
        if c.dep_ in {"dobj", "prep"}
        for t in c.subtree
        if t.dep_ == "acl" and t.tag_ == "VBN"
    ]
    return condition_clauses(clause) + [c for t in described for c in condition_clauses(t)]


def _said_conjuncts(clause: Token) -> list[Token]:
    """ "said Riga had asked the EU to mediate and would take the case to court if …", "said trucks
    were waiting, and that Vilnius would complain if …": a later step of the same report, coordinated
    with (or under) the reported clause, is said by the same speaker."""
    return [
        t
        for t in clause.subtree
        if t is not clause and t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and condition_clauses(t)
    ]


def _clause_subjects(clause: Token) -> list[Token]:
    """The clause's subject, or for a coordinated verb with none, the subject of the verb it is
    coordinated with ("Riga had asked … and would take …")."""
    current = clause
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects or current.dep_ not in {"conj", "xcomp"} or current.head.i == current.i:
            return subjects
        current = current.head
    return []


# Words of a promised answer to the other side's step: "will respond", "will not go unanswered".
RETALIATION = {"respond", "retaliate", "response", "retaliation", "reciprocate", "unanswered"}


def _retaliation_threats(token: Token, parsed: Parsed, dyad) -> list[Candidate]:
    """ "Russia will respond," the spokeswoman said; "said the move would not go unanswered": a
    speaker's side promising an answer to the other side's step threatens it (130), in a story about
    the two."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in THREAT_SPEECH or not dyad:
        return []
    speakers = [c for c in token.children if c.dep_ == "nsubj"] or clause_subject(token)
    said_by = _resolve_one(speakers[0], parsed) if speakers else None
    clauses = [c for c in token.children if c.dep_ in {"ccomp", "parataxis"}]
    if token.dep_ == "parataxis" and token.head.pos_ in {"VERB", "AUX"}:
        clauses.append(token.head)  # "Our response will come, she said"
    for clause in clauses:
        speaker = said_by
        if speaker is None or speaker.country not in dyad:
            # "a spokesman, named with no country, said Minsk would respond": the state that answers.
            answering = [c for c in clause.children if c.dep_ == "nsubj"]
            speaker = _resolve_one(answering[0], parsed) if answering else None
            if speaker is None or speaker.kind != "state" or speaker.country not in dyad:
                continue
        if condition_clauses(clause):
            continue  # a conditional step is the conditional threats' to read
        # Not "would respond to questions": an answer to something named is no retaliation.
        words = {
            w
            for t in clause.subtree
            if not any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)
            # nor another side's response ("France's response was regrettable")
            and not any(c.dep_ == "poss" and c.ent_type_ for c in t.children)
            for w in (t.lemma_.lower(), t.lower_)
        }
        future = any(t.dep_ == "aux" and t.lower_ in FUTURE for t in clause.subtree)
        # "South Africa will not retaliate": an answer ruled out is no threat (but "would not go
        # unanswered" and "will not be long in coming" negate other words, and still are).
        negated = any(
            c.dep_ == "neg" for t in clause.subtree if t.lemma_.lower() in RETALIATION for c in t.children
        )
        if words & RETALIATION and (future or "unanswered" in words) and not negated:
            partner = dyad[1] if speaker.country == dyad[0] else dyad[0]
            target = parsed.actors.state_ref(partner)
            return [Candidate(token, CONDITIONAL_THREAT, speaker, target, "130", _place(token, parsed))]
    return []


def _resolve_one(token: Token, parsed: Parsed) -> ActorRef | None:
    refs = _resolve_all([token], parsed)
    return refs[0] if refs else None


def _bilateral_pair(parsed: Parsed, dyad):
    """The article's pair when the article is about that pair alone, else None."""
    if "bilateral" not in parsed.cache:
        parsed.cache["bilateral"] = bilateral(parsed.entities)
    return dyad if parsed.cache["bilateral"] else None


def main_dyad(parsed: Parsed) -> tuple[str, str] | None:
    """The two countries an article is about: the two most mentioned (a bilateral story's pair), in the
    order the story first names them. An act of "the two countries" has no direction of its own; the state
    the headline or lead names first is the story's protagonist, which a symmetric event starts from.
    Read once per document: every candidate event asks for it."""
    if "main_dyad" not in parsed.cache:
        parsed.cache["main_dyad"] = _main_dyad(parsed)
    return parsed.cache["main_dyad"]


def _main_dyad(parsed: Parsed) -> tuple[str, str] | None:
    pair = country_pair(parsed.entities)
    if pair is None:
        return None
    first = {}
    for mention in sorted(parsed.entities, key=lambda m: m.start):
        if mention.country in pair and mention.label in {"GPE", "NORP"}:
            first.setdefault(mention.country, mention.start)
    return pair if first.get(pair[0], 0) <= first.get(pair[1], 0) else (pair[1], pair[0])


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
    for candidate in _verb_candidates(token, pattern, parsed, dyad, aim=False):
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
    for candidate in _verb_candidates(token, alone, parsed, dyad):
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
        particles = [c.lower_ for c in token.children if c.dep_ == "prt" or _split_particle(c)]
        lemma = next((f"{lemma} {p}" for p in particles if f"{lemma} {p}" in patterns.verbs), lemma)
    if token.pos_ == "VERB" and _mentions_phone(parsed) and _by_phone(token):
        # "agreed the agenda by telephone", "spoke by phone with": whatever was done, they talked.
        yield from _verb_candidates(token, PHONE_CALL, parsed, dyad)
    if token.pos_ in {"VERB", "AUX"}:
        pattern = _choose(patterns.verbs[lemma], token) if lemma in patterns.verbs else None
        if pattern:
            found = list(_verb_candidates(token, pattern, parsed, dyad))
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
            if not _has_modifiers(token, pattern.trigger):
                continue
            objs = _noun_objects(token, pattern)
            if pattern.objects is None:
                yield from _noun_candidates(token, None, pattern, parsed)
                break
            if objs:
                # "the opening of offices in 2021 and of the embassy in 2023": one event per object.
                shared: list[Candidate] = []
                for obj in objs:
                    found = list(_noun_candidates(token, obj, pattern, parsed))
                    if not found and shared:
                        # Coordinated objects share the first one's parties.
                        found = [
                            Candidate(c.trigger, c.pattern, c.source, c.target, c.code, c.place, obj)
                            for c in shared
                        ]
                    shared = shared or found
                    yield from found
                break


def _split_particle(child: Token) -> bool:
    return child.dep_ == "prep" and child.lower_ == "out" and any(g.lower_ == "of" for g in child.children)


PHONE_CALL = Pattern("by phone", None, ("with", "obj"), "041", frozenset({"sym"}))
PHONE_WORDS = {"phone", "telephone"}


def _mentions_phone(parsed: Parsed) -> bool:
    """Whether the text names a telephone at all (a cheap test before each verb is looked at)."""
    if "phone" not in parsed.cache:
        parsed.cache["phone"] = bool(with_lower(parsed.doc, PHONE_WORDS))
    return parsed.cache["phone"]


def _by_phone(verb: Token) -> bool:
    """ "… by phone", "… by telephone", "… over the phone" (not "by video link", which also inaugurates)."""
    objects = _direct_objects(verb)
    # The parser may hang it on the object: "settled the programme of the visit by telephone".
    anchors = [verb, *objects, *prep_objects(objects, "of")]
    return any(
        o.lower_ in PHONE_WORDS or any(c.lower_ in PHONE_WORDS for c in o.children if c.dep_ == "compound")
        for a in anchors
        for p in a.children
        # "spoke by phone": the parser may read "by" as a passive's agent
        if p.dep_ in {"prep", "agent"} and p.lower_ in {"by", "over", "via"}
        for o in p.children
        if o.dep_ == "pobj"
    )


def _has_modifiers(noun: Token, trigger: str) -> bool:
    """A two-word noun trigger ("phone call") needs its first word as a modifier of the noun."""
    words = trigger.split()[:-1]
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
    return all(w in modifiers for w in words)


RELATIVE_OBJECTS = {"that", "which"}


def _direct_objects(token: Token) -> list[Token]:
    objs = children_with(token, {"dobj", "obj", "attr", "oprd"})
    if token.dep_ == "relcl":
        # "the ban on Japanese seafood that it imposed": the relative pronoun stands for the noun.
        objs = [token.head if o.lower_ in RELATIVE_OBJECTS else o for o in objs]
    return [o for obj in objs for o in conjuncts(obj)]


def _nationals(noun: Token) -> bool:
    """A plural demonym standing for people ("Rwandans", "1,240 DR Congolese", "Filipinos")."""
    return noun.ent_type_ == "NORP" and (noun.tag_ in {"NNS", "NNPS"} or _counted(noun))


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def _choose(options: list[Pattern], verb: Token) -> Pattern | None:
    """The first of ``options`` whose objects the verb's clause names; a verb's reading is asked for twice
    (the governing verbs, then the events), so it is kept per document."""
    doc = verb.doc
    if not cached(doc):
        return _chosen(options, verb)
    kept = doc.user_data.setdefault(_CHOSEN, {})
    key = (verb.i, id(options))
    if key not in kept:
        kept[key] = (options, _chosen(options, verb))  # the options held, so their id is not reused
    return kept[key][1]


_CHOSEN = "bilat.chosen_patterns"


def _chosen(options: list[Pattern], verb: Token) -> Pattern | None:
    direct = _direct_objects(verb)  # read once: each reading walks the verb's children and conjuncts
    objects = {o.lemma_.lower() for o in direct} | {o.lower_ for o in direct}
    # "a consulate general", "a trade office": the head alone may not say what the thing is.
    objects |= {c.lower_ for o in direct for c in o.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
    # "ordered them to leave", "gave the ambassador 72 hours to leave": the act the object is made to do.
    if any(p.objects and any(w.startswith("to:") for w in p.objects) for p in options):
        objects |= {f"to:{t.lemma_.lower()}" for t in _infinitives(verb)}
        # "told Beijing to withdraw the ship": any act the object is told to do.
        objects |= {"to:*"} if _infinitives(verb) else set()
        # "agreed to a ceasefire": the thing agreed to, told as a noun rather than a verb.
        objects |= {f"to:{o.lemma_.lower()}" for o in prep_objects([verb], "to") if o.pos_ == "NOUN"}
    # "handed over 700 kg of medicine", "received a team of inspectors": what the measure counts.
    objects |= {w for o in direct for p in measured(o) for w in (p.lemma_.lower(), p.lower_)}
    # "suspended the operations of its embassy", "a line of credit": the container names the thing.
    objects |= {
        p.lemma_.lower()
        for o in direct
        if o.lemma_.lower() in CONTAINER_NOUNS
        for p in prep_objects([o], "of")
    }
    # "welcomed Foreign Minister X", "welcomed his counterpart" (a guest) against "welcomed the decision".
    if any(_guest(o) for o in direct):
        objects.add("#person")
    # "arms arrived in B", "aircraft landed in B carrying weapons": a delivery, not a visit.
    objects |= _cargo(verb)
    # "expelled more than a thousand Rwandans", "expelled thousands of Congolese": people of a nationality.
    counted = [c for o in direct if o.ent_type_ == "CARDINAL" for c in prep_objects([o], "of")]
    if any(_nationals(m) for o in direct for m in [o, *_members(o), *measured(o)]) or any(
        _nationals(c) for c in counted
    ):
        objects.add("#nationals")
    # "sent soldiers to the border": where they go says what the sending is.
    if any(t.lemma_.lower() in BORDER_NOUNS for p in ("to", "along", "on") for t in prep_objects([verb], p)):
        objects.add("#border")
    # "placed its troops on high alert", "put the police on alert": a raised alert status.
    if any(t.lemma_.lower() in ALERT_NOUNS for t in prep_objects([verb], "on")):
        objects.add("#alert")
    # "declared the deal null and void": the verdict, however the parser hangs it.
    if verb.lemma_.lower() in VERDICT_VERBS and any(_verdict(t, verb) for t in verb.subtree):
        objects.add("#void")
    # "declared the ambassador persona non grata", which the parser reads as a clause "ambassador persona".
    # The parser may even take "persona" for the clause's verb, with "grata" its object.
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"}]
    objects |= {c.lower_ for c in clauses if c.pos_ == "NOUN" or c.lower_ == "persona"}
    small = [c for c in clauses if c.tag_ == "VB" and not any(a.dep_ in {"aux", "mark"} for a in c.children)]
    objects |= {o.lower_ for c in small for o in c.children if o.dep_ == "dobj"}
    # "released six of the crew", "five of the fishermen were freed": the group the part is taken from.
    objects |= {m.lower_ for o in direct for m in _members(o)}
    passive_subjects = {
        w
        for c in verb.children
        if c.dep_ == "nsubjpass"
        for m in _members(c)
        for w in (m.lemma_.lower(), m.lower_)
    }
    described = _described_noun(verb)
    if described is not None:
        passive_subjects |= {described.lemma_.lower(), described.lower_}
    for pattern in options:
        if pattern.objects is None or pattern.objects & (objects | passive_subjects):
            return pattern
    return None


# Nouns that stand for what their "of" names: "the operations of the embassy", "a line of credit".
CONTAINER_NOUNS = {"operation", "operations", "activity", "activities", "work", "functioning", "line"}
# A guest not named: "welcomed his counterpart", "received the visiting president".
GUEST_NOUNS = {
    "counterpart",
    "guest",
    "visitor",
    "delegation",
    "president",
    "premier",
    "minister",
    "chancellor",
    "king",
    "emir",
    "prince",
    "envoy",
    "leader",
}
VOID_WORDS = {"null", "void", "invalid"}
BORDER_NOUNS = {"border", "frontier", "boundary"}
ALERT_NOUNS = {"alert", "standby"}
FORCE_POSTURE = "15"  # CAMEO root: a show of force (alert, mobilisation, deployment)


def _at_border(verb: Token) -> bool:
    """ "on alert at the border crossings", "troops massed along the frontier": a show of force placed at
    a border (the noun itself or one it qualifies, "border posts") faces the state across it."""
    places = [t for p in ("at", "along", "on", "near", "to") for t in prep_objects([verb], p)]
    return any(
        w.lemma_.lower() in BORDER_NOUNS
        for t in places
        for w in (t, *(c for c in t.children if c.dep_ in {"compound", "amod"}))
    )


# What a state closes or reopens on a border: the line itself or a crossing on it.
BORDER_LINES = BORDER_NOUNS | {"crossing"}
# Who closes a border, named by a common noun: "the authorities closed the crossing".
BORDER_KEEPERS = {
    "government",
    "authority",
    "authorities",
    "army",
    "military",
    "police",
    "customs",
    "ministry",
    "guard",
    "guards",
    "force",
    "forces",
    "junta",
    "it",
    "they",
}


def _border_shut(verb: Token, pattern: Pattern, objects: list[Token]) -> bool:
    """ "closed the al-Qaim border crossing", "reopened the frontier": a line about a border whose object is
    a border or a crossing on it, not a port or the airspace, which face everyone. An infinitive ("the
    decision to close the border") is a plan the sentence reports, not a closure aimed by itself."""
    if pattern.objects is None or not pattern.objects & BORDER_LINES:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    # "Benin protests as Nigeria shuts Seme crossing", a headline the parser gives the subject "Benin
    # protests": only a state, a named body or a body that guards borders closes one.
    subjects = clause_subject(verb)
    if not any(t.pos_ == "PROPN" or t.lemma_.lower() in BORDER_KEEPERS for t in subjects):
        return False
    # The tagger takes "crossing" for a verb now and then ("the Kidira crossing"): its word, not its lemma.
    return bool(objects) and all(
        o.lemma_.lower() in BORDER_LINES or o.lower_.removesuffix("s") in BORDER_LINES for o in objects
    )


VERDICT_VERBS = {"declare", "call", "pronounce", "deem", "consider"}


def _verdict(token: Token, verb: Token) -> bool:
    """A verdict word of the verb's own clause (not of a clause below it), wherever the parser puts it."""
    if token.lower_ not in VOID_WORDS:
        return False
    head = token.head
    for _ in range(4):
        if head == verb:
            return True
        if head.pos_ in {"VERB", "AUX"} or head == head.head:
            return False
        head = head.head
    return False


ARMS = {"weapons", "weapon", "arms", "ammunition", "munitions", "missiles", "equipment", "weaponry"}
RELIEF = {"aid", "supplies", "relief", "assistance", "food", "medicine", "medicines", "vaccines"}
CARRIERS = {"aircraft", "plane", "planes", "flight", "flights", "ship", "ships", "vessel", "convoy"}


def _cargo(verb: Token) -> set[str]:
    """What an arrival brings: "#arms" or "#relief" when the subject is the cargo ("Egyptian arms
    arrived") or a carrier bringing it ("two aircraft landed carrying weapons")."""
    if verb.lemma_.lower() not in {"arrive", "land", "dock", "reach"}:
        return set()
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    words = {s.lemma_.lower() for s in subjects} | {s.lower_ for s in subjects}
    if words & CARRIERS:
        carried = [
            o
            for t in [verb, *subjects]
            for c in t.children
            if c.dep_ in {"advcl", "acl", "xcomp"} and c.lemma_.lower() in {"carry", "bring", "deliver"}
            for o in c.children
            if o.dep_ == "dobj"
        ]
        words |= {o.lemma_.lower() for o in carried} | {o.lower_ for o in carried}
    return {"#arms"} if words & ARMS else {"#relief"} if words & RELIEF else set()


def _guest(token: Token) -> bool:
    """A person as the object: a named person, a title ("the visiting president"), or a noun whose
    apposition names one ("his counterpart, X")."""
    return (
        token.ent_type_ == "PERSON"
        or token.lemma_.lower() in GUEST_NOUNS
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
    )


def _infinitives(verb: Token) -> list[Token]:
    """Infinitives the verb governs directly or through its objects, however the parser hangs them
    ("gave the ambassador 48 hours to leave": on the verb, on "hours" or on the ambassador)."""
    found = []
    for token in verb.subtree:
        if token.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            continue
        head = token.head
        for _ in range(3):
            if head == verb or head.pos_ in {"VERB", "AUX"}:
                break
            head = head.head
        if head == verb:
            found.append(token)
    return found


def _described_noun(verb: Token) -> Token | None:
    """The noun a participle without a subject of its own describes, which is its object: "diplomatic
    ties, established on January 28, 1992". The parser hangs the participle on that noun, or on the clause
    after a comma."""
    if verb.tag_ != "VBN" or verb.dep_ not in {"acl", "advcl"}:
        return None
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    if verb.dep_ == "acl":
        return verb.head
    doc, i = verb.doc, verb.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    return doc[i - 1] if doc[i - 1].pos_ in {"NOUN", "PROPN"} else None


def _resolved(token: Token, parsed: Parsed) -> ActorRef | None:
    """``parsed.actors.resolve(token)``, kept per token for the document: the actor index is complete
    before the events are coded and no event rule changes it, and each verb's subjects and objects are
    resolved again for every pattern, judgement and threat tried on it (11,572 readings of the 89 VOA
    stories' tokens)."""
    if not cached(parsed.doc):
        return parsed.actors.resolve(token)
    kept = parsed.cache.setdefault(_RESOLVED, {})
    if token.i not in kept:
        kept[token.i] = parsed.actors.resolve(token)
    return kept[token.i]


_RESOLVED = "resolved_actors"


def _expand_collective(tokens: list[Token]) -> list[Token]:
    """ "the governments of A and B" stands for A and B."""
    out: list[Token] = []
    for token in tokens:
        members = prep_objects([token], "of") if token.lower_ in COLLECTIVE_HEADS else []
        out.extend(members or [token])
    return out


def _country_pair(noun: Token, parsed: Parsed) -> list[ActorRef]:
    """Countries named in an event noun's own name: "US-China talks", "the Azerbaijan-Israel forum"."""
    tokens = [
        t
        for t in noun.subtree
        if (t.i != noun.i and t.dep_ in {"compound", "amod", "nmod", "appos"})
        or (t.head.dep_ == "appos" and t.dep_ in {"compound", "amod"})
        # "Uzbek and Turkish companies": the second nationality is a conjunct of the first.
        or (t.dep_ == "conj" and t.head.dep_ in {"amod", "compound", "nmod"} and t.head.head == noun)
    ]
    refs = [r for r in _resolve_all(tokens, parsed) if r.kind == "state"]
    return refs if len(refs) >= 2 else []


def _sponsors(verb: Token) -> list[Token]:
    """ "held on the initiative of X", "at the invitation of X": who made the event happen."""
    nouns = [
        o
        for o in prep_objects([verb], "on")
        + prep_objects([verb], "at")
        + prep_objects([verb], "with")
        + prep_objects([verb], "under")
        if o.lower_ in SPONSOR_NOUNS
    ]
    return prep_objects(nouns, "of")


def _resolve_all(tokens: list[Token], parsed: Parsed) -> list[ActorRef]:
    refs = []
    for token in _expand_collective(tokens):
        ref = _resolved(antecedent(token), parsed)
        if ref is None:
            # "Hundreds of UN troops withdrew", "kidnapped dozens of Filipino peacekeepers": a count that
            # is no actor stands for what it counts.
            counted = [r for o in measured(token) if (r := _resolved(o, parsed)) is not None]
            ref = counted[0] if len(counted) == 1 else None
        if ref and all(ref.actor_id != r.actor_id for r in refs):
            refs.append(ref)
    return refs


RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}


def _antecedent(subject: Token) -> Token:
    """ "Benali, who was received by his counterpart": a relative clause's pronoun stands for the noun the
    clause describes."""
    verb = subject.head
    # Only with the agent named ("who was received by B"): the act's two sides are both in the clause. A
    # bare passive ("traders who were arrested on Tuesday") is left to the rules for unnamed agents.
    agent = any(c.dep_ == "agent" for c in verb.children)
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.i != verb.i and agent:
        return verb.head
    return subject


def _targets(
    verb: Token, pattern: Pattern, parsed: Parsed, extra: list[Token], own: frozenset[str] = frozenset()
) -> list[ActorRef]:
    """The first slot that names a party of another side than ``own`` (the sources' countries): "called
    off a visit to Ankara by Sweden's defence minister" is aimed at Sweden, not at Turkey's capital."""
    own_side: list[ActorRef] = []
    for slot in pattern.target_from:
        if slot == "obj":
            # A passive's subject is the object, also beside a second object ("was handed a note").
            tokens = _direct_objects(verb) + [_antecedent(c) for c in verb.children if c.dep_ == "nsubjpass"]
        elif slot == "between":
            tokens = prep_objects([verb, *extra], "between")
        elif slot == "comp":
            tokens = complement_objects([verb, *extra])
        elif slot == "front":
            # "in front of the embassy"
            fronts = [t for t in prep_objects([verb, *extra], "in") if t.lower_ == "front"]
            tokens = prep_objects(fronts, "of")
        elif slot == "that":
            # "demanded that Iraq withdraw": the subject of the clause the verb governs. A passive's
            # subject is who the act is done to ("demanded that the mayor be freed"), not the addressee:
            # of a side's own people, the act is aimed at the other side (found by the addressee rules).
            tokens = [
                s
                for c in verb.children
                if c.dep_ in {"ccomp", "xcomp"}
                for s in c.children
                if s.dep_ == "nsubj" or (s.dep_ == "nsubjpass" and _foreign(s, own, parsed))
            ]
        else:
            # "with the support of X" names a sponsor, not a counterpart; "tariffs of 30 percent on X":
            # the object's measure may carry the preposition.
            anchors = [verb, *extra, *prep_objects(extra, "of")]
            # "the crossings on the border with Norway were closed": the passive's subject, and the
            # border or line it lies on, carry the preposition.
            patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
            anchors += patients + prep_objects(patients, "on") + prep_objects(patients, "along")
            tokens = [t for t in prep_objects(anchors, slot) if t.lower_ not in SPONSOR_NOUNS]
            # "to the border with B": the state across it.
            across = [prep_objects([t], "with") if t.lemma_.lower() in BORDER_NOUNS else [t] for t in tokens]
            tokens = [o for group in across for o in group] or tokens
        found = _resolve_all(tokens, parsed) or _resolve_all(
            [a for t in tokens if (a := _counted_antecedent(t)) is not None], parsed
        )
        found = found or _described_partner(tokens, own, parsed)
        refs = [r for r in found if r.country is None or r.country not in own]
        if refs:
            return refs
        # A domestic actor of the source's side ("Afghan officials accused the Taliban"), not its own
        # state named through what is its ("the Moroccan shepherds", "Iraqi airspace").
        own_side = own_side or [r for r in found if r.kind != "state"]
    # Only a domestic party named: kept, so the event is dropped as one side acting on itself rather
    # than aimed at a side the sentence does not name.
    return own_side


# "accused the Gulf state of …", "the neighbouring country": a state described, not named.
DESCRIBED_STATES = {"state", "country", "nation", "kingdom", "emirate", "republic"}
NOT_DESCRIPTIONS = {"own", "same", "whole", "entire", "other", "third", "member", "nation"}


def _described_partner(tokens: list[Token], own: frozenset[str], parsed: Parsed) -> list[ActorRef]:
    """ "Algeria … accused the Gulf state of financing …": in an article about two states alone, a
    definite described state that is the object of one side's act is the other side."""
    pair = _bilateral_pair(parsed, main_dyad(parsed))
    if not pair or len(own) != 1 or not own <= set(pair):
        return []
    for token in tokens:
        modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"}]
        if (
            token.lemma_.lower() in DESCRIBED_STATES
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and modifiers
            and not any(m.lower_ in NOT_DESCRIPTIONS for m in modifiers)
        ):
            other = pair[1] if pair[0] in own else pair[0]
            ref = parsed.actors.state_ref(other)
            return [ref] if ref is not None else []
    return []


RELATION_NOUNS = {"relations", "relationship", "ties", "relation"}
ANTECEDENT_REACH = 4  # sentences back in which "the six" finds "six Moroccan shepherds"


def _counted_antecedent(token: Token) -> Token | None:
    """The group a definite count stands for: "arrested the six", "detained the two men", "the 117 had
    been arrested" — the last group of that many named a few sentences before ("six Moroccan shepherds",
    "five of its nationals")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    number = token if token.like_num else next((c for c in token.children if c.dep_ == "nummod"), None)
    if number is None:
        return None
    doc = token.doc
    first = token.sent.start
    for _ in range(ANTECEDENT_REACH):
        first = doc[first - 1].sent.start if first > 0 else 0
    for earlier in reversed(doc[first : number.i]):
        if earlier.lower_ != number.lower_ or earlier.head == token:
            continue
        if earlier.dep_ == "nummod" and earlier.head.pos_ in {"NOUN", "PROPN"}:
            return _owner(earlier.head)
        members = [c for p in earlier.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
        if members:
            return _owner(members[0])
    return None


def _group_targets(verb: Token, objects: list[Token], own: frozenset[str], parsed: Parsed) -> list[ActorRef]:
    """The object (or a passive's subject) as the group named before with its nationality."""
    patients = [p for t in objects + [c for c in verb.children if c.dep_ == "nsubjpass"] for p in _members(t)]
    groups = [a for t in patients if (a := _group_antecedent(t)) is not None]
    # "Nine of them", the group the pronoun stands for told with its nationality ("14 Zambian drivers").
    counted = objects + [c for c in verb.children if c.dep_ == "nsubjpass"]
    pronouns = [
        c for t in counted for p in t.children if p.lower_ == "of" for c in p.children if c.lower_ == "them"
    ]
    groups += [g for t in pronouns if (g := _counted_pronoun_group(t)) is not None and _whose(g)]
    return [r for r in _resolve_all(groups, parsed) if r.country is not None and r.country not in own]


NATIONALITY_ENTITIES = {"NORP", "GPE"}
PARTITIVE_WORDS = {"some", "several", "most", "all", "many", "rest", "others"}


def _members(token: Token) -> list[Token]:
    """ "Five of the fishermen were released", "the rest of the detainees": the group a part is taken
    from stands for it; any other noun stands for itself."""
    if not (token.like_num or token.lower_ in PARTITIVE_WORDS):
        return [token]
    members = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
    members = [_counted_pronoun_group(m) or m for m in members]
    return members or [token]


# The slots a group "them" stands for is named in: the doer or the one done to, not a place or a part.
GROUP_SLOTS = {"dobj", "nsubj", "nsubjpass", "appos", "conj"}


def _counted_pronoun_group(token: Token) -> Token | None:
    """ "Nine of them were released" after "police accused the drivers of using their nets": the last
    plural noun a few sentences before that was a clause's subject or object (not "the tanks of their
    lorries") and is a group told with its nationality, there or before ("14 Zambian drivers")."""
    if token.lower_ != "them":
        return None
    doc = token.doc
    first = sentence_of(token).start
    for _ in range(ANTECEDENT_REACH):
        first = sentence_of(doc[first - 1]).start if first > 0 else 0
    for earlier in reversed(doc[first : token.i]):
        if earlier.tag_ != "NNS" or earlier.pos_ != "NOUN" or earlier.dep_ not in GROUP_SLOTS:
            continue
        if _whose(earlier) or _group_antecedent(earlier) is not None:
            return earlier
    return None


def _group_antecedent(token: Token) -> Token | None:
    """The group a plural noun with no nationality of its own stands for: "14 fishermen from the lake
    port had been arrested", "the boats were towed" after "Malawian fishermen", "three Guyanese fishing
    boats". The last mention of the same noun a few sentences before that names whose they are (a
    nationality or a country on the noun) is the same group; a noun with a name of its own is not."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or _whose(token):
        return None
    doc = token.doc
    first = sentence_of(token).start
    for _ in range(ANTECEDENT_REACH):
        first = sentence_of(doc[first - 1]).start if first > 0 else 0
    # Only the words of the same lemma are visited, found from the document's index of lemmas.
    same = [t for t in with_lemma(doc, {token.lemma_.lower()}) if first <= t.i < token.i]
    for earlier in reversed(same):
        if earlier.lemma_ == token.lemma_ and earlier.pos_ == "NOUN" and _whose(earlier):
            return earlier
    return None


def _whose(noun: Token) -> bool:
    """The noun says whose it is: "Malawian fishermen", "Iceland's sailors", "fishermen of Iceland"."""
    owners = [c for c in noun.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(o.ent_type_ in NATIONALITY_ENTITIES for o in owners)


def _owner(group: Token) -> Token:
    """ "five of its nationals": the state whose people they are, the subject of the clause saying so."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in group.children):
        return group
    verb = next((a for a in group.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subjects = clause_subject(verb) if verb is not None else []
    return subjects[0] if subjects else group


def _foreign(token: Token, own: frozenset[str], parsed: Parsed) -> bool:
    """The token names a party of another side than ``own`` ("that Ethiopian troops be withdrawn")."""
    ref = _resolve_one(token, parsed)
    return ref is not None and ref.country is not None and ref.country not in own


def _relation_parties(verb: Token, parsed: Parsed, dyad) -> list[ActorRef]:
    """The two parties of "relations between A and B improved"; for "the relationship" or "bilateral
    ties" with no parties named, the article's two countries."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in RELATION_NOUNS]
    if not subjects:
        return _relation_object_parties(verb, parsed)
    subject = subjects[0]
    named = _resolve_all(prep_objects([subject], "between") + prep_objects([subject], "with"), parsed)
    named += [
        r
        for r in _resolve_all([c for c in subject.children if c.dep_ in {"amod", "compound", "nmod"}], parsed)
        if r.kind == "state"
    ]
    if len(named) >= 2:
        return named[:2]
    if dyad and not named:
        return [parsed.actors.state_ref(dyad[0]), parsed.actors.state_ref(dyad[1])]
    return []


# What a relation verb's object may be for its subjects to be the relation's parties.
RELATION_OBJECTS = RELATION_NOUNS | {"partnership", "cooperation"}


def _relation_object_parties(verb: Token, parsed: Parsed) -> list[ActorRef]:
    """ "Peru and Chile deepened their ties", "Peru upgraded relations with Chile": the relation is the
    object, its parties the subjects and whom the relation is with. Only states: a relation is theirs."""
    objects = [o for o in _direct_objects(verb) if {o.lemma_.lower(), o.lower_} & RELATION_OBJECTS]
    if not objects:
        return []
    subjects = [c for s in clause_subject(verb) for c in conjuncts(s)]
    parties = _resolve_all(list(dict.fromkeys(subjects)), parsed) + _resolve_all(
        prep_objects(objects, "with") + prep_objects(objects, "between"), parsed
    )
    states = [p for p in parties if p.kind == "state"]
    return states[:2] if len(states) >= 2 and states[0].country != states[1].country else []


def _verb_candidates(
    verb: Token, pattern: Pattern, parsed: Parsed, dyad, aim: bool = True
) -> Iterator[Candidate]:
    if pattern.target_from == ("dyad",):
        parties = _relation_parties(verb, parsed, dyad)
        if len(parties) == 2:
            yield Candidate(verb, pattern, parties[0], parties[1], pattern.code, _place(verb, parsed))
        return
    if _expected_to_happen(verb, pattern):
        return
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    stance = passive and _stance(verb)
    # "fishermen detained by the coast guard", "citizens detained in Havana": a participle describing
    # the people an act of the host state is done to is a passive, whatever the clause's subject.
    participle = "host" in pattern.options and _described_noun(verb) is not None
    passive = (passive and not stance) or participle
    subject_tokens = (prep_objects([verb], "by") or _sponsors(verb)) if passive else clause_subject(verb)
    if stance:
        subject_tokens = [s for c in verb.children if c.dep_ == "nsubjpass" for s in conjuncts(c)]
    seat = None if passive else _seat_of(verb, subject_tokens, parsed)
    sources = [seat] if seat is not None else _resolve_all(subject_tokens, parsed)
    if not sources:
        # "Guyana's note demands that …", "a statement from Rabat accused …": the document's sender.
        documents = [t for t in subject_tokens if t.lemma_.lower() in DOCUMENT_NOUNS]
        senders = [c for d in documents for c in d.children if c.dep_ == "poss"]
        sources = _resolve_all(
            senders + prep_objects(documents, "from") + prep_objects(documents, "of"), parsed
        )
    if _reciprocal(verb):
        yield from _reciprocal_candidates(verb, pattern, parsed, dyad, sources, subject_tokens)
        return
    inferred = False
    relation_subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in RELATION_NOUNS]
    named_party = prep_objects([verb], "by") or prep_objects([verb], "with")
    # "an agreement would be signed next week", "is to be held": a plan, not the pair's act.
    planned = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)
    if "sym" in pattern.options and pattern.objects and not named_party and not planned:
        # "Four agreements were signed on Monday", "an accord and a memorandum were also signed": what the
        # pattern is about as a passive's subject, nobody named, is the pair's act like the participle below.
        relation_subjects += [
            c
            for s in verb.children
            if s.dep_ == "nsubjpass"
            for c in conjuncts(s)
            if c.lower_ in pattern.objects
        ]
    # A participle describing what the pattern is about, with nobody named ("the agreements signed on
    # Wednesday", "the documents signed at the meeting"): in a story about two states, between them.
    described = None if prep_objects([verb], "by") else _described_noun(verb)
    if described is not None and pattern.objects and described.lower_ in pattern.objects:
        relation_subjects.append(described)
    # Only when no parties are named ("relations were established between A and B" names them).
    passive_relations = bool(relation_subjects) and not prep_objects([verb, *relation_subjects], "between")
    if passive_relations and described is not None and not prep_objects([verb], "with"):
        # "under an agreement signed on Monday": the participle has no subject; the main clause's ("Italy
        # will lend …"), which the climb finds, is not who signed.
        sources = []
    named = {s.country for s in sources if s.country}
    if (
        (not sources or (_both_sides(subject_tokens) and len(named) < 2 and dyad and named <= set(dyad)))
        and dyad
        and "sym" in pattern.options
        and (_both_sides(subject_tokens) or passive_relations)
    ):
        # "The envoys of the two countries, A and B, met": named people with one country or none are
        # still both sides.
        # "the two countries established relations", "diplomatic relations were established": the pair.
        host = venue_host(verb, parsed.actors.gazetteer, dyad) if pattern.code.startswith("04") else None
        first, second = dyad[::-1] if host == dyad[1] else dyad
        sources = [parsed.actors.state_ref(first), parsed.actors.state_ref(second)]
        inferred = not _both_sides(subject_tokens)
    countries = {s.country for s in sources}
    if "sym" in pattern.options and dyad and len(countries) == 1 and countries <= set(dyad):
        # "A and his Iraqi counterpart, B, spoke by phone", A named without a country: the counterpart's
        # counterpart is the article's other state.
        counterparts = [t for t in subject_tokens if t.lemma_.lower() == "counterpart" and t.dep_ == "conj"]
        if counterparts:
            other = dyad[1] if sources[0].country == dyad[0] else dyad[0]
            sources = [parsed.actors.state_ref(other), sources[0]]
    sides = {s.country for s in sources if s.country}
    unplaced = [s for s in sources if s.country is None and s.kind == "person"]
    if (
        "sym" in pattern.options
        and pattern.code.startswith("05")
        and len(sources) == 2
        and len(unplaced) == 1
        and len(sides) == 1
        and _bilateral_pair(parsed, dyad)
        and sides <= set(dyad)
    ):
        # "Minister X and Ghana's ports minister Y signed a letter of intent", X given no country: in a
        # story about two states alone, who signs an agreement with one side's official is the other's.
        # (Only a signing: two people who meet may well be of one side, or of neither state.)
        placed = next(s for s in sources if s.country)
        other = dyad[1] if placed.country == dyad[0] else dyad[0]
        sources = [parsed.actors.state_ref(other), placed]
    if len(sources) == 1 and len(subject_tokens) == 1:
        # "Hungarian and Romanian officials agreed": one noun, two countries.
        pair = _country_pair(subject_tokens[0], parsed)
        if len(pair) >= 2:
            sources = pair
    objects = _direct_objects(verb)
    own = frozenset(s.country for s in sources if s.country)
    targets = _targets(verb, pattern, parsed, objects, own if len(own) == 1 else frozenset())
    if targets and (
        {t.actor_id for t in targets} <= {s.actor_id for s in sources}
        or _own_side_warned(pattern, targets, own)
    ):
        # "the army warned that it would respond": the doer named again is no addressee; the addressee
        # rules below find the side the act is aimed at.
        targets = []
    # "14 fishermen had been arrested on Monday" after "Malawian fishermen": whose they are is told
    # before; like parties taken from the article, such an event needs a date of its own to count.
    regrouped = False
    if not targets and "obj" in pattern.target_from:
        targets = _group_targets(verb, objects, own, parsed)
        regrouped = bool(targets)
    if not targets and participle:
        targets = _resolve_all([_described_noun(verb)], parsed)
    crowd = _crowd(subject_tokens)
    if "crowd" in pattern.options and not crowd:
        return  # "gather" is a protest only when a crowd gathers
    if not sources and targets and dyad and (_unnamed_agent(verb, pattern, passive) or crowd):
        # "the Russian ambassador was summoned to the ministry", "hundreds protested outside the
        # Swedish consulate": the state that hosts the envoy or mission, the article's other state.
        sources = _host_of(targets[0], dyad, parsed)
    if (
        not sources
        and targets
        and (
            (pattern.code[:2] in ADDRESSED_ROOTS and _bare_body(subject_tokens))
            or ("host" in pattern.options and _bare_body(subject_tokens, SECURITY_BODIES))
        )
        and _bilateral_pair(parsed, dyad)
    ):
        # "The ministry accused Rabat of …" in a story about Algeria and Morocco: a government body the
        # sentence gives no country, addressing one side of the pair, speaks for the other.
        sources = _host_of(targets[0], dyad, parsed)
    if targets and sources and _bilateral_pair(parsed, dyad) and _hosted(pattern, sources):
        # "the department of international relations summoned Rwanda's envoy", "Prime Minister X, named
        # with no country, received China's vice-minister": in a story about two states alone, who hosts
        # the other side's envoy or guest, or visits the other side, is of the first.
        sources = _host_of(targets[0], dyad, parsed) or sources
    if (
        pattern.code in GUEST_CODES
        and len(sources) == 1
        and all(_of_no_side(t) for t in targets)
        and _bilateral_pair(parsed, dyad)
        and (targets or _guest_named(verb, passive))
    ):
        # "X was received by Foreign Minister Y", the guest named with no country of his own (or "the
        # delegation of X"): in a story about two states alone, the host's guest is of the other state.
        targets = _host_of(sources[0], dyad, parsed) or targets
    if not targets and passive:
        pair = [
            r
            for subject in verb.children
            if subject.dep_ == "nsubjpass"
            for r in _country_pair(subject, parsed)
        ]
        if len(pair) >= 2:
            if not sources:
                sources, targets = pair[:1], pair[1:2]
            else:
                targets = [p for p in pair if p.country != sources[0].country][:1]
    if not targets and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "recognised X and established relations": coordinated verbs share their target.
        targets = _resolve_all(_direct_objects(verb.head), parsed)
    between = _resolve_all(prep_objects([verb, *objects], "between"), parsed)
    if not sources and len(between) >= 2:
        sources, targets = between[:1], between[1:2]
    if not targets and "sym" in pattern.options and len(sources) >= 2:
        # "France, Germany and Italy met": every pair of them met.
        place = _place(verb, parsed)
        for i, first in enumerate(sources):
            for second in sources[i + 1 :]:
                yield Candidate(verb, pattern, first, second, pattern.code, place, inferred=inferred)
        return
    if not targets and "speech" in pattern.options and dyad:
        targets = _dyad_partner(verb, sources, dyad, parsed)
    if targets and pattern.code[:2] == "10" and all(_of_no_side(t) for t in targets):
        # "demanded the reopening of the Bou Chebka crossing": a place or person of no country is what
        # the demand is about, not whom it is made of; the addressee rules find the side. (A body of
        # states, "criticised the Organisation of …", is a party in its own right.)
        targets = []
    # "will open a consulate in Stavanger": a city the gazetteers do not place is still abroad for the
    # state opening its mission there; the addressee rules give the pair's other side (and nobody when the
    # sentence names a third state).
    mission_abroad = not targets and _mission_in_unknown_place(verb, pattern, objects)
    if targets and own and _own_people_freed(pattern, objects, targets, own):
        # "demanded the release of a Polish citizen detained by …": aimed at who holds them.
        targets = []
    if not targets and pattern.code[:2] in AIMED_ROOTS:
        # "told the ambassador that … and demanded their return": said to the one told.
        targets = [r for r in _resolve_all(told_addressee(verb), parsed) if r.country not in own]
    # A government's protest is an official complaint (114), aimed like the other complaints (11x).
    official_protest = pattern.code[:2] in OFFICIAL_FORM and len(sources) == 1 and official(verb, sources[0])
    aimed_act = pattern.code[:2] in AIMED_ROOTS or conditional_consequence(verb) or official_protest
    # Forces put on alert or massed at a border face the state across it (the one named, or the pair's other).
    aimed_act = aimed_act or (pattern.code[:2] == FORCE_POSTURE and _at_border(verb)) or mission_abroad
    # A border or crossing closed or reopened, named with no neighbour ("closed the Dakola crossing until
    # further notice"), is shut against the state across it: the one named, or the pair's other side.
    aimed_act = aimed_act or _border_shut(verb, pattern, objects)
    held = _holds_unnamed(pattern, objects, parsed)
    # "expect the first projects to be announced": the one told or expected to act is the addressee, and
    # only it; an object that is no party is no demand of another side.
    object_only = pattern.objects == frozenset({"to:*"})
    if (
        aim
        and not object_only
        and not targets
        and len(sources) == 1
        and (aimed_act or held or pattern.code[:2] in NAMED_ONLY_ROOTS)
        and addressed_act(verb, sources[0])
    ):
        # "denied that its aircraft entered Sudanese airspace": the side the act is aimed at.
        aimed = aimed_at(
            verb,
            sources[0],
            _bilateral_pair(parsed, dyad),
            lambda t: _resolve_one(t, parsed),
            parsed.actors.state_ref,
            aimed_act or held,
        )
        targets = [aimed] if aimed is not None else []
    if not targets and own:
        # Aimed at nobody but the source's own state ("… demanded that Beijing remove them", with the
        # speaker taken for Beijing's): kept, so the event is dropped rather than recorded as one-sided.
        targets = _targets(verb, pattern, parsed, objects)
    if _pair_acts_on_third(pattern, subject_tokens, sources, targets, dyad):
        # "the two ministers condemned Chinese manoeuvres", "both leaders accused Algeria": the pair of the
        # story acts together on a third state, each side for itself.
        sources = [parsed.actors.state_ref(dyad[0]), parsed.actors.state_ref(dyad[1])]
    code = _refined(pattern, objects)
    place = _place(verb, parsed)
    what = objects[0] if objects else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    for source in sources:
        if not targets:
            if pattern.options & {"speech", "alone"}:
                yield Candidate(verb, pattern, source, None, code, place, what)
            continue
        for target in targets:
            # A participle's act is background to the sentence's own ("demanded the release of fishermen
            # detained …"): it counts only with a date of its own, like parties taken from the article (the
            # story's pair standing for a participle's unnamed doers: "deals reached with B").
            yield Candidate(
                verb, pattern, source, target, code, place, what, inferred=participle or regrouped or inferred
            )


def _pair_acts_on_third(
    pattern: Pattern, subjects: list[Token], sources: list[ActorRef], targets, dyad
) -> bool:
    """The subject is the story's pair ("the two leaders", "both governments"), at most one side of it
    resolved, and every target a state outside the pair."""
    if "sym" in pattern.options or not dyad or not targets or not _both_sides(subjects):
        return False
    sides = {s.country for s in sources if s.country}
    return len(sides) < 2 and sides <= set(dyad) and all(t.country and t.country not in dyad for t in targets)


def _expected_to_happen(verb: Token, pattern: Pattern) -> bool:
    """ "expected the remaining loans with X to be signed": a passive infinitive tells a thing expected to
    happen, not a party expected to act, whatever party its words name."""
    if pattern.objects != frozenset({"to:*"}):
        return False
    return any(
        c.dep_ in {"xcomp", "ccomp"} and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children
    )


# Holding people or boats, or setting them free: "the navy seized two fishing boats", "released four of
# the men". In a story about two states alone, whom one side's government holds or frees, named with no
# country, is the other side's (aimed_at still refuses when the sentence names a third state).
HOLDING_CODES = {"084", "171", "173"}


# Participles that are a stance of their subject, not an act done to it: "Chile is opposed to the plan".
STANCE_PARTICIPLES = {"oppose"}


def _stance(verb: Token) -> bool:
    """ "X is opposed to Y": the adjectival passive's subject holds the stance, "to" names what it is
    against; a passive with its agent ("was opposed by Y") stays a passive."""
    return (
        verb.lemma_.lower() in STANCE_PARTICIPLES
        and bool(prep_objects([verb], "to"))
        and not prep_objects([verb], "by")
    )


def _holds_unnamed(pattern: Pattern, objects: list[Token], parsed: Parsed) -> bool:
    return (
        pattern.code[:3] in HOLDING_CODES
        and bool(objects)
        and all(o.pos_ in {"NOUN", "NUM"} for o in objects)
        and not _resolve_all(objects, parsed)
    )


def _own_side_warned(pattern: Pattern, targets: list[ActorRef], own: frozenset[str]) -> bool:
    """ "the minister warned that Icelandic forces would respond": a threat whose clause names the
    speaker's own state's forces or government as the doer is aimed at the other side, not at them. Only
    for threats (13): a demand or an accusation of one's own side's body stays unrecorded."""
    return (
        pattern.code[:2] == "13"
        and len(own) == 1
        and all(t.country is not None and t.country in own for t in targets)
    )


INCIDENT_FORCE = {"15", "18", "19"}


def _with_seizure(trigger: Token) -> bool:
    """Whether a verb is coordinated with a taking of people or craft ("fired … and detained …")."""
    partners = [*trigger.conjuncts]
    return any(p.pos_ == "VERB" and p.lemma_.lower() in RETELLING for p in partners)


# A state's own missions abroad: wherever one is opened or kept, it is in another state.
MISSION_NOUNS = {"embassy", "consulate", "consulate-general", "consulates", "embassies"}


def _mission_in_unknown_place(verb: Token, pattern: Pattern, objects: list[Token]) -> bool:
    return (
        "place" in pattern.options
        and any(o.lemma_.lower() in MISSION_NOUNS or o.lower_ in MISSION_NOUNS for o in objects)
        and any(p.ent_type_ in {"GPE", "LOC"} for p in prep_objects([verb, *objects], "in"))
    )


def _of_no_side(ref: ActorRef) -> bool:
    return ref.country is None and ref.kind in {"place", "person"}


# What a side asks for its own people held by another: their release, return or freedom.
FREEING_NOUNS = {"release", "return", "freedom", "repatriation", "liberation", "handover"}


def _own_people_freed(
    pattern: Pattern, objects: list[Token], targets: list[ActorRef], own: frozenset[str]
) -> bool:
    """A demand or appeal for the release of the speaker's own people ("demanded the release of two
    Latvian drivers", "demanded their immediate return") names them, not the side asked: that is the
    side holding them, which the addressee rules find."""
    return (
        pattern.code[:2] in {"10", "02"}
        and all(t.country in own and t.kind != "state" for t in targets)
        and any(o.lemma_.lower() in FREEING_NOUNS for o in objects)
    )


RECIPROCALS = {("each", "other"), ("one", "another")}
RECIPROCAL_DEPS = {"det", "amod", "nummod"}


def _reciprocal(verb: Token) -> bool:
    """ "expelled each other's diplomats", "accused one another of …", "met with each other": the act's
    other party is the subject's other member."""
    objects = _direct_objects(verb)
    slots = [*objects, *(c for o in objects for c in o.children if c.dep_ == "poss")]
    slots += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(
        (c.lower_, t.lower_) in RECIPROCALS for t in slots for c in t.children if c.dep_ in RECIPROCAL_DEPS
    )


def _reciprocal_candidates(
    verb: Token,
    pattern: Pattern,
    parsed: Parsed,
    dyad,
    sources: list[ActorRef],
    subject_tokens: list[Token],
) -> Iterator[Candidate]:
    """Each side of a reciprocal act did it to the other: "A and B summoned each other's envoys" is A
    summoning B's and B summoning A's; "the two countries" are the article's pair."""
    sides = {s.country: s for s in sources if s.country}
    inferred = False
    if len(sides) < 2 and dyad and _both_sides(subject_tokens):
        sides = {c: parsed.actors.state_ref(c) for c in dyad}
        inferred = True
    if len(sides) != 2:
        return
    first, second = sides.values()
    code = _refined(pattern, _direct_objects(verb))
    place = _place(verb, parsed)
    for source, target in ((first, second), (second, first)):
        yield Candidate(verb, pattern, source, target, code, place, inferred=inferred)


CROWD_NOUNS = {
    "protesters",
    "protestors",
    "demonstrators",
    "marchers",
    "crowd",
    "crowds",
    "people",
    "hundreds",
    "thousands",
    "dozens",
    "supporters",
    "activists",
    "relatives",
}


def _crowd(subjects: list[Token]) -> bool:
    """A crowd that no side sends ("about 200 demonstrators", "several hundred people"): its protest at a
    foreign mission is the host country's people's protest against the mission's state. A count says
    whom it counts: "hundreds of troops" are troops, not a crowd."""
    return any(
        s.lower_ in CROWD_NOUNS and all(o.lower_ in CROWD_NOUNS for o in measured(s)) for s in subjects
    )


ADDRESSED_ROOTS = {"02", "10", "11", "12", "13"}
GOVERNMENT_BODIES = {"ministry", "government", "authorities", "presidency", "cabinet", "office"}


# Who arrests, detains or expels foreigners for the state they serve ("police arrested 14 Rwandans").
SECURITY_BODIES = GOVERNMENT_BODIES | {
    "police",
    "soldiers",
    "troops",
    "guards",
    "guard",
    "navy",
    "officials",
    # "security forces arrested five …", "migration officers detained …"
    "forces",
    "officers",
    "agents",
    "army",
    "coastguard",
}


def _bare_body(subjects: list[Token], bodies: set[str] = GOVERNMENT_BODIES) -> bool:
    """ "the ministry", "the foreign ministry": a government body with no country or name of its own."""
    return len(subjects) == 1 and (
        subjects[0].lower_ in bodies
        and not any(c.dep_ in {"poss", "compound", "amod"} and c.ent_type_ for c in subjects[0].children)
        and not prep_objects(subjects, "of")
    )


# Who speaks or acts for a government without naming it: "the foreign ministry", "the spokesperson".
SEAT_BODIES = GOVERNMENT_BODIES | {"spokesperson", "spokesman", "spokeswoman", "spokespeople"}


def _seat_of(verb: Token, subjects: list[Token], parsed: Parsed) -> ActorRef | None:
    """The state of the capital a government body with no country of its own speaks from: "the
    government spokesperson in Baghdad rejected …", "In Rabat, the foreign ministry said …". News
    names a government by its seat; the dateline or the outlet does not say whose body it is."""
    if not subjects or subjects[0].lower_ not in SEAT_BODIES:
        return None
    subject = subjects[0]
    if any(s.pos_ != "PROPN" for s in subjects[1:]):
        return None  # only the body and the name of who speaks for it ("…, Captain X,")
    if any(c.dep_ in {"poss", "compound", "amod"} and c.ent_type_ for c in subject.children):
        return None  # "Iraq's ministry", "the Iraqi spokesperson": the country is named
    # "the spokesman of the government in Ouagadougou": the body spoken for, which no country names.
    bodies = [b for b in prep_objects([subject], "of") if b.lower_ in GOVERNMENT_BODIES]
    if prep_objects([subject], "for") or len(bodies) != len(prep_objects([subject], "of")):
        return None  # "the spokesperson of the mission", "the spokesman for the army": another body
    if any(c.dep_ in {"poss", "compound", "amod"} and c.ent_type_ for b in bodies for c in b.children):
        return None
    # A setting told before the subject holds for the verbs coordinated with the first ("… and accused").
    clause = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    fronted = [p for p in prep_objects(clause, "in") if p.i < subject.i]
    places = prep_objects([subject, *bodies], "in") + fronted
    if len(places) != 1 or places[0].ent_type_ != "GPE":
        return None
    place = _resolve_one(places[0], parsed)
    if place is None or place.country is None:
        return None
    return parsed.actors.state_ref(place.country)


VISITS = {"042", "043"}  # a visit to a state, a guest received


def _hosted(pattern: Pattern, sources: list[ActorRef]) -> bool:
    """A host's act (a summons, a reception) or a visit, by parties none of which has a country."""
    return ("host" in pattern.options or pattern.code in VISITS) and all(s.country is None for s in sources)


GUEST_CODES = {"043"}  # a guest received: the host's visitor


def _guest_named(verb: Token, passive: bool) -> bool:
    """Whether the one received is a person or a delegation ("received X", "X's delegation was
    received"), not goods ("received a shipment of gas") nor a place."""
    deps = {"nsubjpass"} if passive else {"dobj"}
    guests = [c for c in verb.children if c.dep_ in deps]
    # "hosted NATO leaders", "received the Chinese delegation": a guest some body or country owns is that
    # one's, not the other side's for want of a name.
    owned = any(
        c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ not in {"", "PERSON"}
        for g in guests
        for c in g.children
    )
    return not owned and any(
        g.ent_type_ == "PERSON"
        or g.lemma_.lower() in GUEST_NOUNS
        or g.lower_ in GUEST_NOUNS
        or any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in g.children)
        for g in guests
    )


def _unnamed_agent(verb: Token, pattern: Pattern, passive: bool) -> bool:
    """ "The ambassador was summoned", with nobody named: only the state hosting the envoy summons him."""
    return "host" in pattern.options and passive and not prep_objects([verb], "by")


def _host_of(target: ActorRef, dyad: tuple[str, str], parsed: Parsed) -> list[ActorRef]:
    if target.country not in dyad:
        return []
    return [parsed.actors.state_ref(dyad[1] if target.country == dyad[0] else dyad[0])]


# "the two ministers", "both envoys", "the two men": people standing for the pair's two sides.
BOTH_SIDES_PEOPLE = {
    "governments",
    "leaders",
    "presidents",
    "ministers",
    "men",
    "women",
    "envoys",
    "chairmen",
    "chairs",
    "co-chairs",
    "delegations",
    "heads",
}


def _both_sides(tokens: list[Token]) -> bool:
    """ "the two countries", "both sides", "the two governments", "the authorities of the two countries"."""
    # "the heads of the two countries' security committees": through "of" and a possessive.
    owned = prep_objects(tokens, "of")
    owners = [c for t in [*tokens, *owned] for c in t.children if c.dep_ == "poss"]
    return any(
        t.lower_ in DYAD_WORDS | BOTH_SIDES_PEOPLE and any(c.lower_ in {"two", "both"} for c in t.children)
        for t in [*tokens, *owned, *owners]
    ) or any(_bare_pair(t) for t in tokens)


def _bare_pair(token: Token) -> bool:
    """ "X was received by Y, and the two signed …", "both agreed": a pronoun-like "the two" or "both"
    with no noun of its own stands for the pair just named, unless a group of two was counted before
    ("two Kenyan soldiers … the two were released")."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ == "prep" for c in token.children):
        return False
    if token.lower_ == "both":
        return token.pos_ == "PRON"
    return token.lower_ == "two" and token.pos_ == "NUM" and _counted_antecedent(token) is None


def _dyad_partner(verb: Token, sources: list[ActorRef], dyad, parsed: Parsed) -> list[ActorRef]:
    """A statement about "the two countries" or about the partner addresses the article's other state."""
    # Words of names do not count: "the United States" is not "the two states".
    words = {t.lower_ for t in verb.subtree if t.lower_ in PAIR_WORDS and not t.ent_type_ and not quoted(t)}
    if not words:
        return []
    if _both_sides_report(verb):
        return []
    partners = []
    for source in sources:
        if source.country in dyad:
            other = dyad[1] if source.country == dyad[0] else dyad[0]
            partners.append(parsed.actors.state_ref(other))
    return partners[:1]


def _both_sides_report(verb: Token) -> bool:
    """ "said both states would together apply to the fund", "said the two countries' leaders would talk":
    the saying reports what both sides do together; it is told to no one of them."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for subject in clause.children:
            if subject.dep_ in {"nsubj", "nsubjpass"} and _both_sides([subject]):
                return True
    return False


def _refined(pattern: Pattern, objects: list[Token]) -> str:
    modifiers = {c.lower_ for o in objects for c in o.children if c.dep_ in {"amod", "compound"}}
    for word, code in pattern.refine:
        if word in modifiers:
            return code
    return pattern.code


def _place(trigger: Token, parsed: Parsed) -> str | None:
    # "received B in Paris": the parser may hang the place on the object rather than the verb.
    for obj in prep_objects([trigger, *_direct_objects(trigger)], "in"):
        if obj.ent_type_ in {"GPE", "LOC", "FAC"}:
            return _entity_text(obj)
    return None


def _entity_text(token: Token) -> str:
    """The whole entity a token is in, read from its IOB tags (``doc.ents`` is rebuilt on every access,
    which made long texts quadratic)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _noun_objects(noun: Token, pattern: Pattern) -> list[Token]:
    if pattern.objects is None:
        return []
    # "the opening of offices in 2021, and the Embassy in 2023": the second object may be coordinated
    # with the trigger itself (the repeated noun is left out).
    candidates = [o for obj in _of_phrase(noun) for o in conjuncts(obj)]
    candidates += [c for c in noun.conjuncts if c.i > noun.i]
    return [o for o in candidates if o.lemma_.lower() in pattern.objects or o.lower_ in pattern.objects]


def _of_phrase(noun: Token) -> list[Token]:
    """What an act noun is of, also after its agent: "the closure by Eritrea of its border", where the
    parser hangs "of" on the agent. Only after a country's name, which has no "of" of its own ("a visit
    by a minister of Bolivia": the minister's)."""
    agents = [t for t in prep_objects([noun], "by") if t.ent_type_ == "GPE"]
    return prep_objects([noun], "of") or prep_objects(agents, "of")


def _noun_slot(slot: str, noun: Token, obj: Token | None, parsed: Parsed) -> list[ActorRef]:
    anchors = [noun] + ([obj] if obj is not None else [])
    if slot == "poss":
        tokens = [c for a in anchors for c in a.children if c.dep_ == "poss"]
    elif slot == "mod":
        tokens = [c for a in anchors for c in a.children if c.dep_ in {"amod", "compound"} and c.ent_type_]
    elif slot == "ctx":
        tokens = clause_subject(noun)
    elif slot == "of" and obj is not None:
        tokens = prep_objects([obj], "of")
    elif slot == "of":
        tokens = _of_phrase(noun)
        return _resolve_all(tokens, parsed) or _resolve_all(prep_objects(tokens, "of"), parsed)
    else:
        tokens = prep_objects(anchors, slot)
        # "a ban on imports of Kenyan milk": the goods name the side the measure is aimed at.
        return _resolve_all(tokens, parsed) or _resolve_all(prep_objects(tokens, "of"), parsed)
    return _resolve_all(tokens, parsed)


def _between_parties(noun: Token, obj: Token | None, parsed: Parsed) -> list[ActorRef]:
    """The two sides of "a phone call between A and B": the parser may hang "between" on the verb whose
    object the noun is ("followed a phone call last week between A and B"); "between the presidents of
    both countries" names the article's pair."""
    tokens = prep_objects([noun, *([obj] if obj is not None else [])], "between")
    if not tokens and noun.dep_ == "dobj":
        tokens = prep_objects([noun.head], "between")
    pair = _resolve_all(tokens, parsed)
    dyad = main_dyad(parsed)
    # People of both sides ("the presidents of both countries"), not the countries as such: "cooperation
    # between the two countries" is how relations are described, not an act.
    people = [t for t in tokens if t.lower_ not in DYAD_WORDS]
    if len(pair) < 2 and dyad and people and _both_sides(people):
        pair = [parsed.actors.state_ref(dyad[0]), parsed.actors.state_ref(dyad[1])]
    return pair


def _dated_elsewhere(noun: Token) -> bool:
    """An act told as the object of another word ("protested against the detention of Malawian fishermen
    by Tanzanian police on Wednesday", "conveyed concern over Russia's seizure of the boat") is an earlier
    act the sentence reacts to: the sentence's date is the reaction's, so the act needs a date of its own
    in its phrase ("the detention of the fishermen on Monday")."""
    if noun.dep_ not in {"dobj", "pobj", "obj"}:
        return False
    # Its own date hangs on the noun or on what it is of ("the detention of the men on Monday"); a date
    # deeper in the phrase is another thing's ("… on the river, the latest clash in a long-running row").
    anchors = [noun, *_of_phrase(noun)]
    dates = [c for a in anchors for c in a.children if c.dep_ in {"npadvmod", "tmod"}]
    preps = [p for a in anchors for p in a.children if p.dep_ == "prep"]
    dates += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    # "protested the detention of X by Y on Monday": the day the parser hung on the verb just after the
    # act told with its own agent is the act's.
    following = [p for p in noun.head.children if p.dep_ == "prep" and p.i == noun.right_edge.i + 1]
    dates += [
        o for p in following for o in p.children if agented_act_before(o.doc[p.i + 1 : o.i + 1]) is noun
    ]
    return not any(t.ent_type_ == "DATE" for t in dates)


def _noun_candidates(noun: Token, obj: Token | None, pattern: Pattern, parsed: Parsed) -> Iterator[Candidate]:
    if "own" in pattern.options and _dated_elsewhere(noun):
        return
    if "between" in pattern.source_from:
        pair = _between_parties(noun, obj, parsed)
        if len(pair) >= 2:
            yield Candidate(noun, pattern, pair[0], pair[1], pattern.code, _place(noun, parsed))
            return
    sources: list[ActorRef] = []
    for slot in pattern.source_from:
        sources = _noun_slot(slot, noun, obj, parsed)
        if sources:
            break
    targets: list[ActorRef] = []
    for slot in pattern.target_from:
        targets = _noun_slot(slot, noun, obj, parsed)
        if targets:
            break
    code = _refined(pattern, [noun])
    for source in sources[:1]:
        for target in targets:
            yield Candidate(noun, pattern, source, target, code, _place(noun, parsed), obj)


HISTORY_YEARS = 2  # an event this many years before the article is background, told as history


def _long_before(date: str | None, published: str | None) -> bool:
    if not date or not published or not date[:4].isdigit():
        return False
    return int(published[:4]) - int(date[:4]) >= HISTORY_YEARS


PERIOD_OPENERS = ("since", "so far")


def _tally_period(trigger: Token, when) -> bool:
    """Acts counted over a period the date opens ("have seized 23 boats since January", "110,000 have
    applied for asylum since April 2018", "the number of boats detained so far this year"): the month or
    year the count began is no act's date. Without a count, the period's start dates the change it
    opens ("relations have worsened since March"), and a day may be where an ongoing act began."""
    if not when.text or when.precision in {Precision.DAY, Precision.UNKNOWN}:
        return False
    if _ordinal_of_period(trigger):
        return True
    if when.date_end and when.date_end[:4] != when.date[:4] and _counted(trigger):
        return True  # "fought three wars between 1958 and 1976": acts counted over a span of years
    text, date = trigger.sent.text.lower(), when.text.lower()
    if not any(f"{o} {date}" in text or f"{o} the {date}" in text for o in PERIOD_OPENERS):
        return False
    return _counted(trigger)


ORDINAL_WORDS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
}


def _ordinal_of_period(trigger: Token) -> bool:
    """ "the third Portuguese boat seized off the coast this year": a participle describing the nth of
    its kind over a period counts acts; the period is no act's date."""
    return trigger.dep_ == "acl" and any(
        c.lower_ in ORDINAL_WORDS or c.ent_type_ == "ORDINAL" for c in trigger.head.children
    )


def _counted(verb: Token) -> bool:
    """The clause counts what it tells: a number on its subject or object ("seized 23 vessels", "fined
    crews 41 times"), or the verb describes what "the number of" counts."""
    if any(a.lemma_.lower() == "number" for a in list(verb.ancestors)[:3]):
        return True
    arguments = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "npadvmod"}]
    # "has given refuge to several opposition figures since 2023": a vague count counts too.
    arguments += prep_objects([verb], "to")
    return any(
        (t.like_num and t.ent_type_ not in {"DATE", "TIME"}) or t.lower_ in VAGUE_COUNTS
        for a in arguments
        for t in a.subtree
    )


VAGUE_COUNTS = {"several", "many", "numerous", "dozens", "hundreds", "thousands", "scores"}


def _phrase_text(token: Token | None, limit: int = 10) -> str | None:
    if token is None:
        return None
    words = [t for t in token.subtree if t.dep_ not in {"punct", "cc", "conj"} or t.i < token.i][:limit]
    return " ".join(t.text for t in words) or None


def _event(candidate: Candidate, parsed: Parsed, codes: dict[str, Code]) -> Event | None:
    code = codes[candidate.code]
    source, target = candidate.source, candidate.target
    if target is not None:
        if source.actor_id == target.actor_id:
            return None
        if source.country and source.country == target.country and "state" in {source.kind, target.kind}:
            return None
    if code.root != "01" and source.kind == "person" and source.sector in {"EDU", "MED", "NGO", "BUS"}:
        # Commentators speak about states; they do not act for them.
        return None
    trigger = candidate.trigger
    if code.root in OFFICIAL_FORM and official(trigger, source):
        code = codes[OFFICIAL_FORM[code.root]]
    if code.code in SECURITY_FORM and source.sector in SECURITY_SECTORS:
        code = codes[SECURITY_FORM[code.code]]
    if in_condition(trigger):
        return None  # "If Serbia recognises Kosovo, …": a condition, not an occurrence
    if trade_statistic(trigger):
        return None  # "exported goods worth 300 million USD to Peru": a period's total, not an act
    if code.root == "01" and reported_statistic(trigger):
        return None  # "trade reached 2 billion USD, the embassy said": a figure quoted, no statement to B
    sentence = parsed.sentence_at(trigger.idx)
    attributed = attribution(trigger, parsed)
    modality = modality_of(trigger, "stative" in candidate.pattern.options)
    if failed(trigger):
        return None  # "failed to reach agreement": no agreement happened
    if (refused(trigger) or refused_ahead(trigger)) and not refusable(code.root):
        return None  # "refused to condemn B", "declined to comment": the speech was not made
    if (refused(trigger) or refused_ahead(trigger)) and refusable(code.root):
        # "refused to meet B", "will not provide aid": CAMEO codes the rejection, not the act.
        code = codes[REFUSAL.get(code.root, "120")]
        modality = Modality.ASSERTED
    elif modality == Modality.PLANNED and code.root in DECIDED_ROOTS and decided(trigger):
        # "China will impose duties from Tuesday": a measure a state announces it will take, on no
        # condition, is coded as the measure (CAMEO codes the threat of it only when it is held out).
        pass
    elif (modality == Modality.PLANNED or conditional_consequence(trigger)) and code.root not in INTENT_ROOTS:
        # CAMEO codes a stated intention ("will build", "plans to send aid") as the intent, not the act;
        # an act promised on a condition ("would expel them if …") likewise: a threat, stated now.
        code = codes[INTENT.get(code.root, code.code)]
        modality = Modality.PLANNED
    elif modality == Modality.HOPED and code.root in INTENT and wished(trigger):
        code = codes[INTENT[code.root]]  # "wants to help B": the intent (recoding.wished)
    when = date_event(
        trigger,
        parsed,
        speech="speech" in candidate.pattern.options,
        reported=bool(attributed),
        planned=modality == Modality.PLANNED,
        speech_act=code.root in SPEECH_ACTS,
        material=code.root in MATERIAL_ACTS and code.code not in ALERT_CODES,
    )
    speech_verb = speaker_of_adjunct(trigger)
    if when.precision == Precision.UNKNOWN and speech_verb is not None:
        # "told a briefing that the decision was unfair, accusing Washington of …": the speaker's act is
        # dated by the speech it was made in.
        when = date_event(speech_verb, parsed, speech=True, speech_act=True)
    if (
        when.precision == Precision.UNKNOWN
        and code.root in OCCASION_ROOTS
        and modality == Modality.ASSERTED
        and not attributed
    ):
        # "The two leaders held talks", "The Indian side announced a line of credit", after the visit's
        # day was told: acts of a visit told in sequence happen on its day.
        when = occasion_day(trigger, parsed) or when
    if when.how == "own" and code.root == "17" and modality == Modality.ASSERTED and not attributed:
        # "journalists detained last week … were arrested on June 14": the week's act told with its day.
        when = finer_retold_day(trigger, parsed, when) or when
    elif when.how in RETELLABLE and code.root == "17" and modality == Modality.ASSERTED and not attributed:
        # "protested after the coast guard seized three boats. The boats were intercepted on Monday": the
        # seizure told again with its own day (nlp.retold_date) is dated better than by no date, the
        # news day or a date of the sentence's other clause ("summoned the envoy on Wednesday over …").
        when = retold_day(trigger, parsed) or when
    elif when.how in RETELLABLE and code.code == "166" and modality == Modality.ASSERTED:
        # "ordered three diplomats to leave, the ministry said on Thursday. … They were declared persona non
        # grata on Wednesday": the expulsion told again with its own day is dated by it.
        when = retold_day(trigger, parsed, expulsion=True) or when
    elif (
        when.how in RETELLABLE
        and code.root in INCIDENT_FORCE
        and modality == Modality.ASSERTED
        and not attributed
        and _with_seizure(trigger)
    ):
        # "a navy ship fired warning shots at the boats and detained one of them": force used in the same
        # incident as a seizure coordinated with it is dated like that seizure, told again with its day.
        when = retold_day(trigger, parsed) or when
    if candidate.what is not None and trigger.pos_ in {"NOUN", "PROPN"}:
        # The object's own date ("… and the Embassy in 2023") is the event's.
        own = date_event(candidate.what, parsed)
        if own.how == "own":
            when = own
    if modality == Modality.ASSERTED and _long_before(when.date_end or when.date, parsed.document.published):
        modality = Modality.HISTORICAL
    if "stative" not in candidate.pattern.options and _tally_period(trigger, when):
        return None  # "have seized 23 boats since January": acts counted over a period, not one act
    if candidate.inferred and when.how not in {"own", "occasion", "retold"}:
        # Parties taken from the article, not the sentence, need the sentence's own date to count (or the
        # date of the act's own retelling: a participle's seizure told again with its day).
        return None
    if "stative" in candidate.pattern.options and when.how != "own":
        # "Turkey has an embassy in Tashkent": a state with no date of its own is no event.
        return None
    if when.precision == Precision.UNKNOWN and target is not None and parsed.document.published:
        # In a dated story, an act aimed at another side that no date places is background, not a report
        # of an occurrence: a lasting state ("still hosts refugees"), a habit ("has always denied"), a
        # ruling told as history. Undated stories keep their acts: no date could be read in them at all.
        return None
    if when.precision == Precision.UNKNOWN and (trigger.pos_ in {"NOUN", "PROPN"} or attributed):
        # An undated noun ("the importance of the opening of the embassy") refers to an event told
        # elsewhere; an undated event in someone's words is their view, not a report of an occurrence.
        return None
    doc = parsed.document
    obj = candidate.what.i if candidate.what is not None else ""
    target_id = target.actor_id if target else ""
    key = f"{doc.id}|{sentence.index}|{trigger.i}|{obj}|{source.actor_id}|{target_id}|{code.code}"
    confidence = 0.5 + 0.15 * (target is not None) + 0.1 * candidate.pattern.specificity
    confidence += 0.1 * (when.precision != Precision.UNKNOWN) + 0.1 * (source.kind == "person")
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:16],
        doc_id=doc.id,
        source_uri=doc.source_uri,
        source=source,
        target=target,
        target_missing=None if target else "no addressee stated",
        cameo=code.code,
        root=code.root,
        quad=code.quad,
        goldstein=code.goldstein,
        plover=code.plover,
        mode=code.mode,
        trigger=trigger.text,
        what=_phrase_text(candidate.what),
        date=when.date,
        date_end=when.date_end,
        date_precision=when.precision,
        date_text=when.text,
        date_basis=when.basis,
        place=candidate.place,
        modality=modality,
        attributed_to=attributed if attributed and attributed != source.name else None,
        evidence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        sentence=sentence.index,
        confidence=round(min(confidence, 0.95), 2),
    )
