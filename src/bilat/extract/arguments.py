"""Syntactic arguments of a trigger: clause subjects, conjuncts, prepositional objects."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.nlp.doctext import children_with, dependency_tree

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
RELATIVE = {"who", "which", "that", "whom"}
# A pronoun subject of a reported clause is the reporter ("Syria said it would withdraw").
PRONOUNS = {"it", "they", "he", "she", "we"}
FIRST_PERSON = {"we", "i"}
CLIMB = {
    "xcomp",
    "conj",
    "advcl",
    "acl",
    "relcl",
    "pcomp",
    "pobj",
    "prep",
    "attr",
    "dobj",
    "ccomp",
    "appos",
    "acomp",
}


def conjuncts(token: Token) -> list[Token]:
    """ "A and B" as [A, B]: the token and its coordinated siblings."""
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def with_appositions(tokens: list[Token]) -> list[Token]:
    """ "A, B meet C" in headlines: a name in apposition to the subject is a second subject; so is a
    country in apposition to a country, which is how lists of three or more are often parsed."""
    out = list(tokens)
    for token in tokens:
        for c in token.children:
            if c.dep_ != "appos" or c in out:
                continue
            if c.ent_type_ == "PERSON":
                out.append(c)
            elif c.ent_type_ == "GPE" and token.ent_type_ == "GPE":
                # "The US, Russia, and Switzerland met": the parser hangs the list on an apposition.
                out.extend(o for o in conjuncts(c) if o not in out)
    return out


# "The minister said that the government rejects …": in a speaker's words, their own side's institution.
OWN_SIDE_NOUNS = {"government", "country", "ministry", "authorities", "nation", "cabinet"}


def _own_side(subject: Token) -> bool:
    """An institution named by its kind alone ("the government"), with nothing saying whose."""
    if subject.lower_ not in OWN_SIDE_NOUNS:
        return False
    children = list(subject.children)
    return all(c.dep_ == "det" and c.lower_ in {"the", "our"} for c in children) and bool(children)


# Acts of speaking a reporter adds to what he said: "said that X and denied that Y".
REPORTER_ACTS = {
    "deny",
    "accuse",
    "reject",
    "dismiss",
    "warn",
    "urge",
    "demand",
    "insist",
    "blame",
    "criticize",
}
REPORTING = {"say", "state", "tell", "add", "announce", "inform"}


def _reporter_act(verb: Token) -> Token | None:
    """ "X said that the closures were lawful and denied that Ghana targets Y": the parser may join the
    denial to the reported clause; a speech act with a "that" clause of its own is the reporter's."""
    head = verb.head
    if _past_beside_subjunctive(verb):
        reporters = [c for c in head.head.children if c.dep_ == "nsubj"]
        return min(reporters, key=lambda c: abs(head.head.i - c.i)) if reporters else None
    if verb.dep_ == "conj" and head.dep_ in {"advcl", "conj"} and _after_comma_and(verb):
        # "said the traders were turned back because they lacked papers, and denied any motive": joined
        # deeper still, to a clause inside the reported one; the comma before "and" closes the report.
        while head.dep_ in {"advcl", "conj"} and head.head is not head and head.i > head.head.i:
            head = head.head
    if not (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in REPORTER_ACTS
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in REPORTING
        and not any(c.dep_ in SUBJECTS for c in verb.children)
        # A named subject of the reported clause may well be the one who denies ("said Serbia was
        # revoking the measure and urged …"): only a clause about things is left for the reporter.
        and not any(c.dep_ in SUBJECTS and c.ent_type_ in {"GPE", "NORP"} for c in head.children)
        # "X told the envoy that … and demanded …": joined to a speech act of its own subject, it is hers.
        and head.lemma_.lower() not in REPORTING | TELLING
    ):
        return None
    reporters = [c for c in head.head.children if c.dep_ == "nsubj"]
    return min(reporters, key=lambda c: abs(head.head.i - c.i)) if reporters else None


TELLING = {"tell", "inform", "warn", "remind", "assure"}


def _after_comma_and(verb: Token) -> bool:
    """ "…, and denied": the coordinated verb follows a comma and "and" (its own cc)."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].lower_ == "and" and doc[verb.i - 2].text == ","


def _bare_subjunctive(verb: Token) -> bool:
    """ "that London reverse": a base form, or one tagged present with a singular noun subject, which
    only a subjunctive takes."""
    if verb.tag_ == "VB":
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.tag_ == "VBP" and len(subjects) == 1 and subjects[0].tag_ in {"NN", "NNP"}


def _past_beside_subjunctive(verb: Token) -> bool:
    """ "X demanded that Paris lift the ban and rejected the request …": the parser may join the
    second act to the demanded clause, but a simple past cannot share a clause with a bare subjunctive
    ("reverse", no auxiliary): it is coordinated with the demand, and the demander's."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and _bare_subjunctive(head)
        and head.head.tag_ == "VBD"
        and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def told_addressee(verb: Token) -> list[Token]:
    """ "X told the ambassador that the men were farmers and demanded their return": a speech act the
    parser joins to what was told is said to the one told."""
    reporter = _reporter_act(verb)
    if reporter is None:
        return []
    telling = verb.head.head
    if telling.lemma_.lower() not in TELLING:
        return []
    return [o for c in telling.children if c.dep_ in {"dobj", "dative"} for o in conjuncts(c)]


def _split_coordination(subjects: list[Token], nearest: Token) -> Token | None:
    """ "Marwan and Iraqi Prime Minister Sami Noor discussed": the parser may hang "and" on the first
    name and make both names subjects of the verb. The first, left holding an "and" before the
    nearest subject, is the first of the coordinated pair (so the one who acts first), not a misparse."""
    for other in subjects:
        if other.i >= nearest.i:
            continue
        if any(c.dep_ == "cc" and c.lower_ in {"and", "&"} and c.i > other.i for c in other.children):
            return other
    return None


def clause_subject(token: Token, depth: int = 5) -> list[Token]:
    """The subject of the clause a trigger belongs to, climbing through infinitives, coordination and
    relative clauses ("the minister, who is on a visit": the visitor is the minister)."""
    reporter = _reporter_act(token)
    if reporter is not None:
        return with_appositions(conjuncts(reporter))
    current = token
    for _ in range(depth):
        subjects = children_with(current, {"nsubj", "csubj"})
        if subjects:
            # Two subjects is a misparse, most often of a dateline ("TASHKENT, March 30 — Uzbek companies
            # signed"): the one nearest the verb is the subject.
            subject = min(subjects, key=lambda c: abs(current.i - c.i))
            split = _split_coordination(subjects, subject)
            if split is not None:
                return with_appositions([split, *conjuncts(subject)])
            if subject.lower_ in RELATIVE and current.dep_ == "relcl":
                return conjuncts(current.head)
            # A pronoun of a reported clause is the reporter; of an adverbial clause ("summoned the
            # envoy a day after it lodged a protest"), the main clause's subject.
            if (
                (subject.lower_ in PRONOUNS or _own_side(subject))
                and current.dep_ in {"ccomp", "advcl"}
                and current.head.pos_ in {"VERB", "AUX"}
            ):
                reporters = [
                    c for c in current.head.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS
                ]
                if not reporters and subject.lower_ in FIRST_PERSON:
                    # '"We demand their release," she told parliament': "she" is who "we" are.
                    reporters = [c for c in current.head.children if c.dep_ == "nsubj"]
                if reporters:
                    # The nearest, as above: a dateline may be misparsed as a second subject.
                    reporter = min(reporters, key=lambda c: abs(current.head.i - c.i))
                    return with_appositions(conjuncts(reporter))
            return with_appositions(conjuncts(subject))
        if (
            current.dep_ in {"relcl", "acl"}
            and current.head.dep_ == "attr"
            and current.head.head.lemma_ == "be"
        ):
            # "Turkey was the first country to recognise X": the copula's subject acts.
            copula_subjects = [c for c in current.head.head.children if c.dep_ == "nsubj"]
            if copula_subjects:
                return conjuncts(copula_subjects[0])
        if current.dep_ == "relcl" and current.head.pos_ in {"NOUN", "PROPN"}:
            return conjuncts(current.head)
        if _predicate_of_root_noun(current):
            return with_appositions(conjuncts(current.head))
        if current.dep_ == "xcomp" and current.head.pos_ in {"VERB", "AUX"}:
            # "X is scheduled to attend", "X was asked by Y to leave": the infinitive of a passive is done
            # by the passive's subject.
            raised = [c for c in current.head.children if c.dep_ == "nsubjpass"]
            if raised and not any(c.dep_ in {"nsubj", "csubj"} for c in current.head.children):
                return with_appositions(conjuncts(raised[0]))
        if (
            current.dep_ == "conj"
            and current.head.pos_ in {"VERB", "AUX"}
            and current.head.dep_ in {"ROOT", "conj"}
            and not any(c.dep_ in {"nsubj", "csubj"} for c in current.head.children)
        ):
            # "X was received by Y and urged Z to …": a verb coordinated with a passive shares its subject,
            # who is the doer of the second verb (not the passive's agent). Not a passive in a reported
            # clause ("said the sailors were beaten and demanded …": the parser may hang the
            # speaker's second verb there).
            shared = [c for c in current.head.children if c.dep_ == "nsubjpass"]
            if shared and not _passive_like(current):
                return with_appositions(conjuncts(shared[0]))
        if current.dep_ not in CLIMB or current.head.i == current.i:
            return []
        current = speaker_of_adjunct(current) or current.head
    return []


# Verbs of a speaker's own act, said in a participle after what they said ("…, accusing Lima of …").
SPEAKER_ACTS = {"accuse", "blame", "urge", "warn", "call", "demand", "criticise", "criticize", "condemn"}
REPORTING = {"say", "tell", "state", "declare", "add", "insist", "stress", "note"}


def speaker_of_adjunct(verb: Token) -> Token | None:
    """ "told reporters that the decision was a mistake, accusing Lima of …": a participle of a
    speaker's act hung on the reported clause is the speaker's, when that clause's subject is a thing
    (a decision, a ruling) that cannot accuse. Returns the speech verb to climb to, else None."""
    clause = verb.head
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEAKER_ACTS):
        return None
    speech = clause.head
    if clause.dep_ == "relcl" and clause.head.dep_ == "dobj" and _that_clause(clause):
        # "told a briefing that the decision was …": a reported clause misread as the audience's relative.
        speech = clause.head.head
    elif clause.dep_ != "ccomp":
        return None
    if speech.lemma_.lower() not in REPORTING:
        return None
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if not subjects or any(s.pos_ != "NOUN" or s.ent_type_ for s in subjects):
        return None
    return speech


def _that_clause(clause: Token) -> bool:
    """A clause opened by "that" as a conjunction, with a subject of its own."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in SUBJECTS for c in clause.children
    )


def _passive_like(verb: Token) -> bool:
    """ "was detained and deported", "had been called in and handed a note": a participle coordinated
    with a passive shares its auxiliaries, so it is a passive too; its subject is its patient."""
    return verb.tag_ == "VBN"


# A finite or participle verb that can be a sentence's predicate (not an infinitive or a gerund).
PREDICATE_TAGS = {"VBD", "VBN", "VBZ"}


def _predicate_of_root_noun(verb: Token) -> bool:
    """ "Chile's foreign minister, Ana Soto, denied on Monday that …": the parser may make the subject
    the sentence's root and hang the verb on it as a reduced relative. A sentence has a predicate: a
    verb of this form that says something (it has an object or a clause) is the root noun's predicate,
    and the noun its subject. A headline's passive ("Ambassador summoned over ban") has no object and
    keeps the parse."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in PREDICATE_TAGS
        and head.dep_ == "ROOT"
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i < verb.i
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
        and any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)
    )


def prep_objects(anchors: list[Token], preposition: str) -> list[Token]:
    """Objects of ``preposition`` attached to any anchor: "with B", "to Israel", "between A and B"."""
    tree = dependency_tree(anchors[0].doc) if anchors else None
    if tree is None:
        return _prep_objects_walked(anchors, preposition)
    # The event rules ask this of most verbs and nouns, several prepositions each: the children are read
    # from the document's tree, a Token made only for an object found.
    found: list[Token] = []
    doc = anchors[0].doc
    deps, kids = tree.deps, tree.children
    for anchor in anchors:
        for child in kids[anchor.i]:
            dep = deps[child]
            if preposition == "to" and dep == "dative" and tree.pos[child] in {"PROPN", "NOUN"}:
                found.extend(o for o in conjuncts(doc[child]) if o not in found)
                continue
            if dep in {"prep", "agent", "dative"} and tree.lowers[child] == preposition:
                for obj in kids[child]:
                    if deps[obj] in {"pobj", "dobj"}:
                        found.extend(o for o in conjuncts(doc[obj]) if o not in found)
    return found


def _prep_objects_walked(anchors: list[Token], preposition: str) -> list[Token]:
    found: list[Token] = []
    for anchor in anchors:
        for child in anchor.children:
            if preposition == "to" and child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN"}:
                # "gave Tanzania a grant": the indirect object is the recipient "to" would name.
                found.extend(o for o in conjuncts(child) if o not in found)
                continue
            if child.dep_ in {"prep", "agent", "dative"} and child.lower_ == preposition:
                for obj in child.children:
                    if obj.dep_ in {"pobj", "dobj"}:
                        found.extend(o for o in conjuncts(obj) if o not in found)
    return found


# Verbs whose clause names who is enabled to act: "help Kabul settle", "assist them to rebuild".
ENABLING_VERBS = {"help", "assist", "enable"}


def complement_objects(anchors: list[Token]) -> list[Token]:
    """Objects of an infinitive hanging off the anchors: "its willingness to involve Israel" → Israel."""
    found: list[Token] = []
    for anchor in anchors:
        for child in anchor.children:
            # "offered to help Kabul": the parser may hang the infinitive as an adverbial clause.
            infinitive = child.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            )
            if (child.dep_ in {"acl", "xcomp", "relcl"} or infinitive) and child.pos_ == "VERB":
                for obj in child.children:
                    if obj.dep_ in {"dobj", "obj"}:
                        found.extend(o for o in conjuncts(obj) if o not in found)
                # "offered to help Pakistan and Afghanistan settle the dispute": who is helped to act.
                if child.lemma_.lower() in ENABLING_VERBS:
                    helped = [
                        s
                        for c in child.children
                        if c.dep_ in {"ccomp", "xcomp"}
                        for s in c.children
                        if s.dep_ == "nsubj"
                    ]
                    found.extend(o for h in helped for o in conjuncts(h) if o not in found)
                # "threatened to cut off electricity to Armenia": the party the act is aimed at.
                for preposition in ("to", "against", "on", "with"):
                    found.extend(o for o in prep_objects([child], preposition) if o not in found)
    return found


OBJECT_PRONOUNS = {"them", "him", "her", "it"}


def antecedent(token: Token) -> Token:
    """The noun an object pronoun of a participle clause stands for: in "expelled two diplomats,
    accusing them of spying" the accused are the expelled. Other tokens are returned unchanged."""
    if token.lower_ not in OBJECT_PRONOUNS or token.dep_ != "dobj":
        return token
    clause = token.head
    if clause.dep_ not in {"advcl", "xcomp", "conj"} or clause.tag_ not in {"VBG", "VBN"}:
        return token
    objects = [c for c in clause.head.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ != "PRON"]
    return objects[0] if objects else token
