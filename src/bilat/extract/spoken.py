"""Acts done by saying: judgements in reported speech, threats on a condition and promised retaliation,
as candidate events of the speaker's side."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.extract.addressee import aimed_at
from bilat.extract.arguments import (
    clause_subject,
)
from bilat.extract.candidate import Candidate
from bilat.extract.choice import choose
from bilat.extract.clause_parts import place_of
from bilat.extract.modality import (
    condition_clauses,
)
from bilat.extract.pair import bilateral_pair
from bilat.extract.parties import resolve_one
from bilat.extract.patterns import Pattern, Patterns
from bilat.extract.speech import reported_judgements
from bilat.models import ActorRef
from bilat.nlp.parsed import Parsed
from bilat.resources import Resources

JUDGEMENT = Pattern("judgement", None, ("obj",), "111", frozenset({"speech"}))


def judged(token: Token, parsed: Parsed, resources: Resources, dyad) -> list[Candidate]:
    """Judgements in reported speech (bilat.extract.speech), as events of the speaker's side."""

    def resolve(t: Token) -> ActorRef | None:
        return resolve_one(t, parsed)

    def aimed(verb: Token, source: ActorRef) -> ActorRef | None:
        return aimed_at(verb, source, bilateral_pair(parsed, dyad), resolve, parsed.actors.state_ref)

    def partner(source: ActorRef) -> ActorRef | None:
        pair = bilateral_pair(parsed, dyad)
        if not pair or source.country not in pair:
            return None
        return parsed.actors.state_ref(pair[1] if source.country == pair[0] else pair[0])

    return [
        Candidate(j.speech, JUDGEMENT, j.source, j.target, j.code, place_of(j.speech, parsed))
        for j in reported_judgements([token], resolve, resources, aimed, partner)
    ]


CONDITIONAL_THREAT = Pattern("conditional threat", None, ("obj",), "130", frozenset({"speech"}))
THREAT_SPEECH = {"say", "tell", "state", "declare", "add", "warn", "insist", "stress"}
FUTURE = {"will", "would", "'ll", "shall"}
# A step the speaker's side says it "could" take on a condition is as much a threat as one it "will" take.
CONDITIONAL = FUTURE | {"could"}
SPEAKER_WORDS = {"we", "i", "us"}


def conditional_threats(token: Token, parsed: Parsed, patterns: Patterns, dyad) -> list[Candidate]:
    """ "If they close the border, we will cut the gas supply," the minister said; "warned that if
    Oslo kept the quota, Iceland would close its ports …": a step the speaker's side says it will take on
    a condition is a threat (130) to the side the condition names, or else the article's other state.
    Only the speaker's own side taking the step counts, and not a step of cooperation ("if the talks
    succeed, we will sign"): a verb the patterns code as cooperation (roots 01-09) is a promise. A
    consequence the named side will suffer ("should Denmark refuse to apologise, it will pay dearly")
    is a threat to that side too."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in THREAT_SPEECH:
        return []
    speakers = [c for c in token.children if c.dep_ == "nsubj"] or clause_subject(token)
    speaker = resolve_one(speakers[0], parsed) if speakers else None
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
        step = choose(options, act) if options else None
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
            if (ref := resolve_one(t, parsed)) is not None and ref.country is not None
        ]
        if subjects[0].lower_ in SPEAKER_WORDS:
            source = speaker
        else:
            actor = resolve_one(subjects[0], parsed)
            if actor is None and subjects[0].lower_ in {"it", "they"}:
                # "if Japan does not withdraw, it will pay": the pronoun is the condition's subject.
                actor = next(
                    (
                        r
                        for c in conditions
                        for s in c.children
                        if s.dep_ == "nsubj"
                        if (r := resolve_one(s, parsed))
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
                # "should Denmark refuse to apologise, it will pay dearly": the named side suffers.
                found.append(
                    Candidate(token, CONDITIONAL_THREAT, speaker, source, "130", place_of(token, parsed))
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
        found.append(Candidate(token, CONDITIONAL_THREAT, source, target, "130", place_of(token, parsed)))
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


def retaliation_threats(token: Token, parsed: Parsed, dyad) -> list[Candidate]:
    """ "Russia will respond," the spokeswoman said; "said the move would not go unanswered": a
    speaker's side promising an answer to the other side's step threatens it (130), in a story about
    the two."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in THREAT_SPEECH or not dyad:
        return []
    speakers = [c for c in token.children if c.dep_ == "nsubj"] or clause_subject(token)
    said_by = resolve_one(speakers[0], parsed) if speakers else None
    clauses = [c for c in token.children if c.dep_ in {"ccomp", "parataxis"}]
    if token.dep_ == "parataxis" and token.head.pos_ in {"VERB", "AUX"}:
        clauses.append(token.head)  # "Our response will come, she said"
    for clause in clauses:
        speaker = said_by
        if speaker is None or speaker.country not in dyad:
            # "a spokesman, named with no country, said Minsk would respond": the state that answers.
            answering = [c for c in clause.children if c.dep_ == "nsubj"]
            speaker = resolve_one(answering[0], parsed) if answering else None
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
            return [Candidate(token, CONDITIONAL_THREAT, speaker, target, "130", place_of(token, parsed))]
    return []
