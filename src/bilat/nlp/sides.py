"""Which side an official is on, read from what they do to a state: the state they urge, accuse or warn is
not theirs, and the capital they fly in from is.

A dateline says where a story was written, not whose officials it quotes: "BANGKOK — … Prime Minister X
urged Bangkok to reopen the border" quotes the other side. These clues are read before the dateline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from bilat.nlp.affiliation import Affiliation
from bilat.nlp.doctext import doc_text

if TYPE_CHECKING:
    from bilat.nlp.actor_index import ActorIndex
    from bilat.nlp.people import Person

# "urged Bangkok", "accused Abuja of", "called on Lima to", "warned Tokyo against": the state acted upon.
ADDRESSED_PREPOSITIONS = {"on", "against", "at"}
# "urged the Polish government": a state's government named by its people's adjective.
GOVERNMENTS = {"government", "authorities", "leadership", "cabinet", "side"}
# "dismissed the Armenian version", "rejected Chinese accusations": a state's own account, acted upon.
UNWELCOME = "persona non grata"
# Verbs whose object, marked by a nationality, is another state's people ("accused Greek trawlers").
ACCUSING = {"accuse", "blame"}
ACCOUNTS = {"version", "account", "claim", "accusation", "allegation", "narrative"}
# "who flew in from Asmara", "arrived from Doha on Monday": where a visitor comes from.
ARRIVING = {"fly", "arrive", "come", "travel", "jet"}


def _first_mentions(index: ActorIndex) -> dict[int, int]:
    """For each person (by ``id``), the token where the article first names them."""
    first: dict[int, int] = {}
    for i, person in index.person_at.items():
        first[id(person)] = min(first.get(id(person), i), i)
    return first


def _state_of(token: Token, index: ActorIndex) -> str | None:
    ref = index.by_token.get(token.i)
    return ref.country if ref is not None and ref.kind == "state" else None


def _own_verb(token: Token) -> Token | None:
    """The verb the person's name is the subject of ("Prime Minister X urged …"), or of the relative
    clause on their name ("General X, who accused Lima of …")."""
    node = token
    while node.dep_ in {"compound", "flat", "appos", "amod"} and node.head.i != node.i:
        node = node.head
    if node.dep_ != "nsubj" or node.head.pos_ not in {"VERB", "AUX"}:
        return _relative_verb(node)
    return node.head


def _relative_verb(token: Token) -> Token | None:
    """ "X, who accused …": the verb of a relative clause whose subject is "who" and which hangs on the
    name itself (not on a title in apposition, which may be someone else's)."""
    for clause in (c for c in token.children if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"}):
        if any(s.dep_ == "nsubj" and s.lower_ == "who" for s in clause.children):
            return clause
    return None


def addressed_states(token: Token, index: ActorIndex) -> set[str]:
    """The states the person's own act is aimed at: its direct object or the object of "on", "against"
    or "at" (never what their words say of a state: "said Mexico would respond" is often their own)."""
    verb = _own_verb(token)
    if verb is None:
        return set()
    # "announced the measures, accusing Havana of …", "denied it and rejected claims from Dakar": a
    # participle or a second verb without a subject of its own is theirs too.
    acts = [
        verb,
        *(
            c
            for c in verb.children
            if (c.dep_ == "advcl" and c.tag_ == "VBG")
            or (c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_ == "nsubj" for s in c.children))
        ),
        # "denied that the men had been beaten and rejected claims from Dakar": a finite verb the parser
        # joined to the reported clause cannot share its auxiliaries, so it is the speaker's own.
        *(
            c
            for clause in verb.children
            if clause.dep_ == "ccomp"
            for c in clause.children
            if c.dep_ == "conj"
            and c.tag_ in {"VBD", "VBZ"}
            and not any(s.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for s in c.children)
        ),
    ]
    # "dismissed what she called insults that change nothing and accused the other navy of …": a
    # past-tense verb with no subject the parser joined to a present-tense verb of a relative clause
    # inside their act cannot share its tense, so it is the speaker's own.
    acts += [
        c
        for c in verb.subtree
        if c.dep_ == "conj"
        and c.tag_ == "VBD"
        and verb.tag_ == "VBD"
        and c.head.dep_ == "relcl"
        and c.head.tag_ in {"VBP", "VBZ"}
        and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
    ]
    # "demanding an apology and warning that …": a second participle joined to the first, which the
    # parser may tag as a noun.
    acts += [
        c
        for act in acts[1:]
        for c in act.children
        if c.dep_ == "conj" and act.tag_ == "VBG" and not any(s.dep_ == "nsubj" for s in c.children)
    ]
    # "said she had called in Peru's ambassador": the speaker reporting their own act, by a pronoun of
    # their own as its subject, is acting.
    acts += [
        c
        for act in acts
        for c in act.children
        if c.dep_ == "ccomp"
        and c.pos_ in {"VERB", "AUX"}
        and any(s.dep_ == "nsubj" and s.lower_ in {"he", "she"} for s in c.children)
    ]
    found: set[str] = set()
    for act in acts:
        if act.lemma_.lower() in REBUTTING:
            found |= _rebutted_what_called(act, index)
    for dep, child in (pair for act in acts for pair in _objects_read(act)):
        if dep == "ccomp":
            found |= _threatened(child, index)
            found |= _demanded_of(child, index)
        if dep == "dobj":
            # The object itself ("urged Bangkok"), its government ("urged the Polish government", "Poland's
            # government") or whose claims they reject ("rejected claims from Dakar") — not a word inside it
            # ("urged Thai traders").
            heads = [child, *(c for c in child.children if c.dep_ in {"compound", "flat"})]
            if not _counted_people(child):
                found |= {s for s in (_state_of(t, index) for t in heads) if s}
            # A state's possessive on anything else is the speaker's own side as often: "conveyed India's
            # concern", "reiterated Chile's position" (its government or account is read below).
            # "expelled the Croatian first secretary", "summoned the Greek ambassador": another state's
            # official acted upon is that state acted upon.
            official = index.gazetteer is not None and child.lower_ in index.gazetteer.titles
            # "recalled Tunisia's ambassador in Rabat": a state recalls only its own envoys.
            official = official and child.head.lemma_.lower() not in RECALLING
            # "accused Chilean crews of …": whose people they accuse is a state acted upon.
            accused = child.head.lemma_ in ACCUSING
            if child.lemma_.lower() in GOVERNMENTS | ACCOUNTS or official or accused:
                state = index.nationality_of(child)
                found |= {state} if state else set()
            for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "from"):
                found |= {s for s in (_state_of(c, index) for c in prep.children if c.dep_ == "pobj") if s}
        elif dep == "prep" and child.lower_ in ADDRESSED_PREPOSITIONS:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                state = _state_of(obj, index)
                if state:
                    found.add(state)
        elif dep == "ccomp" and UNWELCOME in " ".join(t.lower_ for t in child.subtree):
            # "announced that the Croatian first secretary was now persona non grata": the state whose
            # diplomat they declare unwelcome.
            for subject in (c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}):
                state = index.nationality_of(subject)
                found |= {state} if state else set()
    return found


def _counted_people(token: Token) -> bool:
    """ "deported 640 Mozambicans", "repatriated 300 Peruvians": a number of a nationality's people, whom
    either side may act upon (expelling them or taking them home), not their state."""
    return token.ent_type_ == "NORP" and any(c.dep_ == "nummod" for c in token.children)


# Acts a state does to its own officials only: "recalled Peru's ambassador" is Peru's act.
RECALLING = {"recall"}


# "rejected that account", "dismissed the protest": an answer to what the other side said last.
REBUTTING = {"reject", "deny", "dismiss", "refute", "dispute", "rebuff"}
ANSWERED = ACCOUNTS | {"protest", "charge", "complaint", "demand", "statement", "report", "note", "criticism"}


def _rebutted_what_called(act: Token, index: ActorIndex) -> set[str]:
    """ "rejected what she called loudspeaker politics from Harare": the state whose words they reject,
    named after the free relative the parser reads as the verb's clause."""
    found: set[str] = set()
    for called in (c for c in act.children if c.dep_ == "ccomp" and c.lemma_.lower() == "call"):
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in called.children):
            continue
        heads = [called, *(c for c in called.children if c.dep_ == "oprd")]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
            found |= {s for s in (_state_of(c, index) for c in prep.children if c.dep_ == "pobj") if s}
    return found


def rebuts_unowned_account(token: Token, index: ActorIndex) -> bool:
    """Whether the person's own act rejects an account, protest or charge the words leave unowned ("rejected
    that account", "dismissed the protest"): one the story has just reported from the other side, so the
    state that made it is not theirs. Owned ones ("rejected Peru's protest") are read as states acted upon."""
    verb = _own_verb(token)
    if verb is None or verb.lemma_.lower() not in REBUTTING:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ANSWERED):
        owners = [c for c in obj.children if c.dep_ in {"poss", "amod", "compound", "nmod", "prep", "relcl"}]
        if not owners and any(c.lower_ in {"the", "that", "this", "those", "these"} for c in obj.children):
            return True
    return False


# Verbs whose particle the parser may read as a preposition: "called in the envoy", "sent back the
# diplomats", "kicked out the attaché" act upon the official named after it.
PARTICLE_VERBS = {("call", "in"), ("send", "back"), ("kick", "out"), ("throw", "out"), ("send", "home")}


def _objects_read(act: Token) -> list[tuple[str, Token]]:
    """The act's children with their relation, the object of a particle the parser read as a
    preposition ("called in Peru's ambassador") standing as its direct object."""
    found: list[tuple[str, Token]] = []
    for child in act.children:
        particle = (act.lemma_.lower(), child.lower_) in PARTICLE_VERBS
        if child.dep_ == "prep" and child.i == act.i + 1 and particle:
            found += [("dobj", c) for c in child.children if c.dep_ == "pobj"]
            continue
        found.append((child.dep_, child))
    return found


# Verbs by which a speaker demands that another do something: "demanded that Lima withdraw its troops".
DEMANDING = {"demand", "urge", "insist", "ask", "call"}


def _demanded_of(clause: Token, index: ActorIndex) -> set[str]:
    """ "demanded that Lima withdraw its troops", "urged that Quito reopen the border": the state a demand
    is made of is acted upon. Only a clause in the subjunctive or with "should" ("that Lima withdraw"): a
    reported fact ("insisted that Lima had agreed") is no demand."""
    if clause.head.lemma_.lower() not in DEMANDING:
        return set()
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return set()
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if clause.tag_ != "VB" and not auxiliaries & {"should", "must"}:
        return set()
    found: set[str] = set()
    for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
        state = _state_of(subject, index)
        found |= {state} if state else set()
    return found


# The conjunctions of a condition: "if Lima does not apologise, it will pay a price".
CONDITIONS = {"if", "unless"}


def _threatened(clause: Token, index: ActorIndex) -> set[str]:
    """ "warned that if Lima does not apologise, it will pay a price": the state a condition in the
    speaker's words is put to is the one they threaten, not their own."""
    found: set[str] = set()
    for condition in (c for c in clause.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in condition.children):
            continue
        # "if more Kenyans are expelled": a nationality's people undergoing the condition are not the state
        # it is put to (whoever expels them is); only a state as its acting subject is.
        for subject in (c for c in condition.children if c.dep_ == "nsubj" and c.ent_type_ != "NORP"):
            state = _state_of(subject, index)
            found |= {state} if state else set()
    return found


def _next_acts(doc: Doc, token: Token, index: ActorIndex) -> set[str]:
    """ "Minister X rejected the criticism. He accused Harare of …": what the person does in the next
    sentence of the paragraph, when it opens with "he" or "she" and they were the subject before."""
    if _own_verb(token) is None or token.sent.end >= len(doc):
        return set()
    following = doc[token.sent.end].sent
    if "\n" in doc_text(doc)[token.sent.start_char : following.start_char][len(token.sent.text.rstrip()) :]:
        return set()  # a new paragraph
    pronoun = next((t for t in following if not t.is_space), None)
    if pronoun is None or pronoun.lower_ not in {"he", "she"}:
        return set()
    others = [
        i
        for i in index.person_at
        if token.sent.start <= i < token.sent.end and index.person_at[i] is not index.person_at[token.i]
    ]
    if any(_subject_of_clause(doc[i]) for i in others):
        # "he" might be someone else the sentence made a subject; one it named as an object ("said after
        # meeting the ambassador, X") is not who the next sentence goes on about.
        return set()
    return addressed_states(pronoun, index)


def _subject_of_clause(token: Token) -> bool:
    """Whether a name is the subject of a clause, directly or through its title or apposition."""
    node = token
    while node.dep_ in {"compound", "flat", "appos", "amod"} and node.head.i != node.i:
        node = node.head
    return node.dep_ in {"nsubj", "nsubjpass"}


def origin_state(token: Token, index: ActorIndex) -> str | None:
    """ "Foreign Minister X, who flew in from Asmara", "X arrived from Doha": the state they come from."""
    verbs = [t for t in token.sent if t.lemma_.lower() in ARRIVING]
    for verb in verbs:
        # "X, who flew in from Asmara": the relative clause hangs on the name; "X arrived from Doha".
        on_person = verb.dep_ == "relcl" and verb.head.i in {token.i, *(a.i for a in token.ancestors)}
        if not on_person and _own_verb(token) is not verb:
            continue
        for prep in (c for c in verb.children if c.lower_ == "from"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                state = _state_of(obj, index)
                if state:
                    return state
    return None


def read_sides(
    doc: Doc,
    index: ActorIndex,
    home: str | None,
    dyad: tuple[str, str] | None,
    third_state: Callable[[Span], bool],
    answered: Callable[[Token], str | None] | None = None,
) -> set[int]:
    """Give the people their state from where they came from, or from the home state they act upon; the
    ``id`` of each person the dateline's state must not be given to. ``answered``: the state whose words
    the story reported last before a word (the paragraph's or the one before it), which an official
    rejecting "that account" or "the protest" answers."""
    not_home: set[int] = set()
    people: dict[int, Person] = {id(p): p for p in index.people}
    for key, i in _first_mentions(index).items():
        person = people.get(key)
        token = doc[i]
        framed = person is not None and person.basis == "framing"
        acted_upon = addressed_states(token, index) | _next_acts(doc, token, index)
        if answered is not None:
            # "Ruiz rejected that charge on Thursday", at any mention: each answers the other side.
            mentions = sorted(j for j, p in index.person_at.items() if id(p) == key)
            rebuttal = next((doc[j] for j in mentions if rebuts_unowned_account(doc[j], index)), None)
            state = answered(rebuttal) if rebuttal is not None else None
            acted_upon |= {state} if state else set()
        if framed and person.country in acted_upon:
            # The state the paragraph turned to is the one they act upon, not theirs.
            person.country, person.basis = None, None
        if person is None or person.country is not None:
            continue
        origin = origin_state(token, index)
        if origin is not None:
            person.affiliate(Affiliation(origin, "origin"))
            continue
        # "Kariuki welcomed the aid but pressed London to …": what they do to a state at a later mention
        # says as much as at the first, where the sentence names no third state.
        later = _later_acts(doc, index, key, i, third_state)
        if home is None:
            # No dateline or publisher speaks: in a story about two states, an official who acts upon
            # one of them (and no other state) is the other's.
            _addressee_of_pair(person, acted_upon, token.sent, dyad, third_state)
            if person.country is None and not acted_upon and later:
                _addressee_of_pair(person, later, token.sent, dyad, lambda _: False)
            continue
        if home not in acted_upon | later:
            continue
        not_home.add(key)
        sentence: Span = token.sent
        if dyad is not None and home in dyad and not third_state(sentence):
            other = dyad[1] if dyad[0] == home else dyad[0]
            person.affiliate(Affiliation(other, "addressee"))
    return not_home


def _later_acts(
    doc: Doc, index: ActorIndex, key: int, first: int, third_state: Callable[[Span], bool]
) -> set[str]:
    """The states a person's own acts are aimed at (``addressed_states``) at the mentions after the first,
    in sentences that name no third state."""
    found: set[str] = set()
    for j, person in index.person_at.items():
        if id(person) != key or j <= first or index.person_at.get(j - 1) is person:
            continue  # another's, the first mention, or not a mention's first word
        if not third_state(doc[j].sent):
            found |= addressed_states(doc[j], index)
    return found


def _addressee_of_pair(
    person: Person,
    acted_upon: set[str],
    sentence: Span,
    dyad: tuple[str, str] | None,
    third_state: Callable[[Span], bool],
) -> None:
    """ "Foreign Minister Ana Ruiz said she had called in Peru's ambassador" in a story about Chile and
    Peru with no dateline: the one state of the pair they act upon is not theirs, so the other is; a
    sentence naming a third state, or acts upon both, say nothing."""
    if dyad is None or len(acted_upon) != 1 or third_state(sentence) or person.title is None:
        return
    (target,) = acted_upon
    if target in dyad and person.title.state_actor:
        person.affiliate(Affiliation(dyad[1] if dyad[0] == target else dyad[0], "addressee"))
