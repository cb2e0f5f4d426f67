"""Which of a verb's patterns its clause reads as, and the tests on its objects that decide it (a guest
received, a border shut, a verdict, cargo carried, a call by phone)."""

from __future__ import annotations

from spacy.tokens import Token

from bilat.extract.arguments import (
    clause_subject,
    prep_objects,
)
from bilat.extract.clause_parts import direct_objects, tells_a_count
from bilat.extract.dictionary import (
    measured,
)
from bilat.extract.parties import BORDER_NOUNS, members_of
from bilat.extract.patterns import Pattern
from bilat.nlp.doctext import cached, with_lower
from bilat.nlp.parsed import Parsed


def split_particle(child: Token) -> bool:
    return child.dep_ == "prep" and child.lower_ == "out" and any(g.lower_ == "of" for g in child.children)


PHONE_CALL = Pattern("by phone", None, ("with", "obj"), "041", frozenset({"sym"}))
PHONE_WORDS = {"phone", "telephone"}


def mentions_phone(parsed: Parsed) -> bool:
    """Whether the text names a telephone at all (a cheap test before each verb is looked at)."""
    if "phone" not in parsed.cache:
        parsed.cache["phone"] = bool(with_lower(parsed.doc, PHONE_WORDS))
    return parsed.cache["phone"]


def by_phone(verb: Token) -> bool:
    """ "… by phone", "… by telephone", "… over the phone" (not "by video link", which also inaugurates)."""
    objects = direct_objects(verb)
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


def has_modifiers(noun: Token, trigger: str) -> bool:
    """A two-word noun trigger ("phone call") needs its first word as a modifier of the noun."""
    words = trigger.split()[:-1]
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
    return all(w in modifiers for w in words)


def _nationals(noun: Token) -> bool:
    """A plural demonym standing for people ("Rwandans", "1,240 DR Congolese", "Filipinos")."""
    # tells_a_count is the clause's count test: a noun-only test ("a number on the noun") once stood beside
    # it under the same name in events.py, shadowed and never run; the test that ran is the one kept.
    return noun.ent_type_ == "NORP" and (noun.tag_ in {"NNS", "NNPS"} or tells_a_count(noun))


def choose(options: list[Pattern], verb: Token) -> Pattern | None:
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
    direct = direct_objects(verb)  # read once: each reading walks the verb's children and conjuncts
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
    if any(_nationals(m) for o in direct for m in [o, *members_of(o), *measured(o)]) or any(
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
    objects |= {m.lower_ for o in direct for m in members_of(o)}
    passive_subjects = {
        w
        for c in verb.children
        if c.dep_ == "nsubjpass"
        for m in members_of(c)
        for w in (m.lemma_.lower(), m.lower_)
    }
    described = described_noun(verb)
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
ALERT_NOUNS = {"alert", "standby"}
FORCE_POSTURE = "15"  # CAMEO root: a show of force (alert, mobilisation, deployment)


def at_border(verb: Token) -> bool:
    """ "on alert at the border crossings", "troops massed along the frontier": a show of force placed at
    a border (the noun itself or one it qualifies, "border posts") faces the state across it."""
    places = [t for p in ("at", "along", "on", "near", "to") for t in prep_objects([verb], p)]
    return any(
        w.lemma_.lower() in BORDER_NOUNS
        for t in places
        for w in (t, *(c for c in t.children if c.dep_ in {"compound", "amod"}))
    )


# What a state closes or reopens on a border: the line itself or a crossing or checkpoint on it.
BORDER_LINES = BORDER_NOUNS | {"crossing", "checkpoint"}
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


def border_shut(verb: Token, pattern: Pattern, objects: list[Token]) -> bool:
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
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            continue
        # The tagger now and then takes an infinitive for an adjective ("expected B to clear the mines",
        # "clear" ADJ); a clausal complement with its "to" and an object is still an infinitive.
        if token.pos_ != "VERB" and not (
            token.dep_ in {"ccomp", "xcomp"} and any(c.dep_ == "dobj" for c in token.children)
        ):
            continue
        head = token.head
        for _ in range(3):
            if head == verb or head.pos_ in {"VERB", "AUX"}:
                break
            head = head.head
        if head == verb:
            found.append(token)
    return found


def described_noun(verb: Token) -> Token | None:
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
