"""The PETRARCH-2 CAMEO verb dictionary (resources/petrarch/verbs.txt) matched on spaCy's dependency parse.

Precedence, as the event coder applies it: bilat's own lines (resources/events/verbs.txt, nouns.txt)
decide first; only a verb they do not cover, or whose object none of their lines accepts, is looked up
here. Within the dictionary: a pattern written for this very verb (its note names it) matching the most
words (subject-side nouns, object-side nouns, prepositional phrases); else the verb's own code; else a
pattern written for another verb of its block (the block's verbs are only near-synonyms); else the
block's code. Of two patterns of the same words the later wins, as in the vendor's reader. A pattern coded
``---`` (or a block with no code) means the verb is no event: the dictionary's own guard against its broad
verbs ("foil a plot", "oust a ruler"). A verb form the tagger mislemmatises ("staged" → "stag") is looked
up by its regular stems.

PETRARCH matched constituency parses; here "subject-side" is the verb's clause subject (a passive's
agent), "object-side" the direct object (or passive subject; a verb with none shares its next conjunct's),
particles and attributes, each with its left modifiers, never a governed verb, and a prepositional phrase
a ``prep`` child of the verb or its object with its object noun (or gerund).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from bilat.extract.arguments import clause_subject
from bilat.extract.codebook import Code, load_codebook
from bilat.extract.patterns import TARGET_SLOTS, Pattern, spelling_variants
from bilat.models import ActorRef
from bilat.nlp.alternation import trie_of_atoms
from bilat.nlp.doctext import cached, doc_sentences, sentence_of, span_text
from bilat.resources import ResourceError, Resources, read_lines

VERBS_FILE = "petrarch/verbs.txt"
OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "nsubjpass", "dative", "xcomp"}
PREP_OBJECT_DEPS = {"pobj", "pcomp"}
INFLECTED = {"VBD", "VBG", "VBN", "VBZ"}

Element = tuple[str, ...]  # a phrase, head last; a word starting with "&" is a synonym set
# Words a pattern may name as its "object" that are the verb's particle, not a noun it acts on.
PARTICLES = {"off", "out", "up", "down", "away", "back", "over", "in", "on", "around", "about"}


@dataclass(frozen=True)
class DictPattern:
    subjects: tuple[Element, ...]
    objects: tuple[Element, ...]
    preps: tuple[tuple[str, Element], ...]  # (preposition, object phrase or () for the bare preposition)
    code: str | None  # None: no event
    where: str
    verb: str | None = None  # the verb of its block it was written for (its note), None: any
    words: frozenset[str] = frozenset()  # every plain word: a sentence lacking one cannot match
    sets: frozenset[str] = frozenset()  # every synonym set named
    size: int = field(init=False)  # words the pattern names: the more, the more specific
    content: int = field(init=False)  # of them, nouns and sets: what the clause is about

    def __post_init__(self) -> None:
        # Computed once: the matcher compares it for every pattern of a block at every verb.
        size = sum(len(e) for e in (*self.subjects, *self.objects)) + sum(1 + len(e) for _, e in self.preps)
        object.__setattr__(self, "size", size)
        named = [w for e in (*self.subjects, *self.objects, *(o for _, o in self.preps)) for w in e]
        object.__setattr__(self, "content", sum(w not in PARTICLES for w in named))

    @property
    def shape(self) -> tuple:
        """What the pattern asks of a clause, without its code."""
        return (self.subjects, self.objects, self.preps, self.verb)


@dataclass
class VerbDictionary:
    synsets: dict[str, tuple[Element, ...]] = field(default_factory=dict)
    blocks: dict[str, str | None] = field(default_factory=dict)  # block → default code
    verbs: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # lemma → (block, code)
    own: set[str] = field(default_factory=set)  # verbs whose line gives their own code
    forms: dict[str, str] = field(default_factory=dict)  # irregular form → lemma
    patterns: dict[str, list[DictPattern]] = field(default_factory=dict)
    heads: dict[str, frozenset[str]] = field(default_factory=dict)  # set → its members' last words
    members: dict[str, set[str]] = field(default_factory=dict)  # block → its verbs (first words)


@dataclass(frozen=True)
class Match:
    lemma: str
    code: str | None  # None: the dictionary says the verb is no event here
    where: str
    preps: tuple[str, ...]  # prepositions the matched pattern names: where its target is found
    specificity: int  # words the pattern matched (0: the verb alone)
    own: bool = False  # the code is the verb's own (its line gives one), not its block's


def _code(text: str, codes: dict[str, Code], where: str) -> str | None:
    """A dictionary code as a code of bilat's CAMEO table: a finer code bilat does not list counts as
    its nearest listed parent (``1121`` → ``112``)."""
    text = text.strip()
    if text in {"-", ""}:
        return None
    if not text.isdigit():
        raise ResourceError(f"{where}: bad CAMEO code {text!r}")
    for candidate in (text, text[:3], text[:2] + "0"):
        if candidate in codes:
            return candidate
    raise ResourceError(f"{where}: unknown CAMEO code {text}")


def _element(text: str, synsets: dict[str, tuple[Element, ...]], where: str) -> Element:
    words = tuple(text.split())
    for word in words:
        if word.startswith("&") and word not in synsets:
            raise ResourceError(f"{where}: unknown synonym set {word}")
    return words


def parse_verbs(
    lines: list[tuple[int, str]], codes: dict[str, Code], name: str = VERBS_FILE
) -> VerbDictionary:
    table = VerbDictionary()
    seen: dict[tuple, int] = {}  # (block, pattern shape) → its place in the block's list
    for number, line in lines:
        where = f"{name}:{number}"
        fields = [f.strip() for f in line.split("|")]
        kind = fields[0]
        expected = {"S": 3, "B": 3, "V": 5, "P": 7}.get(kind)
        if expected is None or len(fields) != expected:
            raise ResourceError(f"{where}: expected a line of kind S, B, V or P with its fields")
        if kind == "S":
            members = tuple(tuple(m.split()) for m in fields[2].split(",") if m.strip())
            table.synsets[fields[1]] = members
            table.heads[fields[1]] = frozenset(m[-1] for m in members)
        elif kind == "B":
            table.blocks[fields[1]] = _code(fields[2], codes, where)
        elif kind == "V":
            lemma, block, code, forms = fields[1:]
            if block not in table.blocks:
                raise ResourceError(f"{where}: verb of an undeclared block {block!r}")
            table.verbs[lemma] = (block, _code(code, codes, where) if code else table.blocks[block])
            if code:
                table.own.add(lemma)
            table.members.setdefault(block, set()).add(lemma.split()[0])
            for form in (f.strip() for f in forms.split(",")):
                if form:
                    table.forms.setdefault(form, lemma.split()[0])
        else:
            block, subjects, objects, preps, code, note = fields[1:]
            if block not in table.blocks:
                raise ResourceError(f"{where}: pattern of an undeclared block {block!r}")
            prep_items = []
            for item in (p.strip() for p in preps.split(",") if p.strip()):
                prep, _, obj = item.partition(":")
                prep_items.append((prep, tuple(w for w in obj.split() if w != "^")))
            subject_items = tuple(_element(s, table.synsets, where) for s in subjects.split(",") if s.strip())
            object_items = tuple(_element(o, table.synsets, where) for o in objects.split(",") if o.strip())
            every = [w for e in (*subject_items, *object_items, *(o for _, o in prep_items)) for w in e]
            pattern = DictPattern(
                subject_items,
                object_items,
                tuple(prep_items),
                _code(code, codes, where),
                where,
                _note_verb(note, block, table),
                frozenset(w for w in every if not w.startswith("&")) | {p for p, _ in prep_items},
                frozenset(w for w in every if w.startswith("&")),
            )
            # The vendor's reader keeps the last of two patterns of the same words: so does this one.
            patterns = table.patterns.setdefault(block, [])
            key = (block, *pattern.shape)
            if key in seen:
                patterns[seen[key]] = pattern
            else:
                seen[key] = len(patterns)
                patterns.append(pattern)
    return table


def _note_verb(note: str, block: str, table: VerbDictionary) -> str | None:
    """The verb a pattern was written for: its note names it ("SET", "PAID", "RULED_OUT"), as the
    vendor's format recommends. A note naming no verb of the block leaves the pattern to every verb."""
    words = note.lower().replace("_", " ").replace("+", "").split()
    if not words:
        return None
    word = table.forms.get(words[0], words[0])
    members = table.members.get(block, set())
    if word in members:
        return word
    return next((stem for stem in _stems(word) if stem in members), None)


def _stems(form: str) -> list[str]:
    """The lemmas a regular inflected form may have: "staged" → stage, stag; "stepped" → step;
    "carries" → carry. The dictionary decides which exists: the tagger's lemma is sometimes wrong."""
    stems: list[str] = []
    for suffix in ("ing", "ed", "es", "s", "d"):
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            stem = form[: -len(suffix)]
            stems.append(stem)
            if suffix in {"ing", "ed"}:
                stems.append(stem + "e")
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    stems.append(stem[:-1])  # "stepped" → step
            if suffix in {"ed", "es"} and stem.endswith("i"):
                stems.append(stem[:-1] + "y")  # "carried" → carry
    return stems


def regular_lemma(token: Token, known: dict) -> str:
    """The lemma under which ``known`` (a table of verb lemmas) lists an inflected verb the tagger
    mislemmatises ("staged" → "stag"): its own lemma when listed, else the first of its regular stems that
    is."""
    lemma = token.lemma_.lower()
    if lemma in known or token.tag_ not in INFLECTED:
        return lemma
    return next((s for s in _stems(token.lower_) if s in known), lemma)


def load_verb_dictionary(resources: Resources) -> VerbDictionary:
    codes = resources.load("events.codebook", load_codebook)
    return parse_verbs(read_lines(resources.path(VERBS_FILE)), codes)


def _word_matches(word: str, token: Token, synsets: dict[str, tuple[Element, ...]]) -> bool:
    if word.startswith("&"):
        return any(_phrase_at(member, token, synsets) for member in synsets.get(word, ()))
    lemma = token.lemma_.lower()
    return word in {token.lower_, lemma} or _plural_of(word, lemma)


def _plural_of(word: str, lemma: str) -> bool:
    """A pattern's plural noun read on the singular ("exercises" of "a military exercise", "elections"
    of "an election"): the dictionary writes the number news uses most, not the only one."""
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and len(lemma) > 2
        and word in {lemma + "s", lemma + "es"}
    )


def _phrase_at(phrase: Element, head: Token, synsets: dict[str, tuple[Element, ...]]) -> bool:
    """``phrase`` ends at ``head``; its earlier words are the head's left modifiers (in any order)."""
    if not phrase or not _word_matches(phrase[-1], head, synsets):
        return False
    left = [t for t in head.subtree if t.i < head.i]
    return all(any(_word_matches(w, t, synsets) for t in left) for w in phrase[:-1])


def _matches_any(phrase: Element, heads: list[Token], synsets) -> bool:
    return any(_phrase_at(phrase, h, synsets) for h in heads)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _subject_heads(verb: Token) -> list[Token]:
    """The subject-side nouns: the agent of a passive ("was expelled by Norway"), else the clause's
    subject."""
    if _passive(verb):
        return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return clause_subject(verb)


def _object_heads(verb: Token) -> list[Token]:
    heads = [c for c in verb.children if c.dep_ in OBJECT_DEPS or c.dep_ == "prt"]
    if not any(h.dep_ != "prt" for h in heads):
        # "donated and delivered goods": a verb with no object shares the next conjunct's.
        heads += [c for v in verb.conjuncts if v.i > verb.i for c in v.children if c.dep_ in {"dobj", "obj"}]
    heads += [c for h in list(heads) for c in h.conjuncts]
    # "provided 25,000 tons of food aid", "sent dozens of troops": a measure's "of" object is what the
    # verb acts on (PETRARCH's noun phrase held both words).
    heads += [o for h in list(heads) if _measure(h) for o in _of_objects(h)]
    heads += _light_compounds(heads)
    # The patterns name nouns, never other verbs: "wants to attack" is no "attack" object.
    heads = [h for h in heads if h.pos_ not in {"VERB", "AUX"}]
    # "accused them of spying": the object noun's own compounds and modifiers are reached by _phrase_at.
    return heads


# Nouns that count or measure what follows them ("tons of aid", "a number of troops", "part of the town").
MEASURES = {
    "ton",
    "tonne",
    "kg",
    "kilogram",
    "team",
    "mission",
    "delegation",
    "worth",
    "number",
    "thousand",
    "hundred",
    "million",
    "billion",
    "dozen",
    "part",
    "series",
    "batch",
    "shipment",
    "consignment",
    "group",
    "unit",
    "contingent",
    "package",
    "kind",
    "amount",
    "quantity",
    "load",
    "convoy",
    "wave",
    "round",
    "most",
    "some",
    "all",
    "many",
    "several",
}


# Nouns that name the form an act takes, not the act: "suspended aid deliveries", "launched a mediation
# effort", "a peace mission". The noun before them is what the verb acts on, and the pattern names it (a
# pattern's noun is its phrase's head; news puts the act's own noun before such a head).
LIGHT_NOUNS = {
    "effort",
    "bid",
    "attempt",
    "initiative",
    "mission",
    "process",
    "delivery",
    "shipment",
    "flight",
    "convoy",
    "operation",
    "programme",
    "program",
    "campaign",
    "activity",
    "work",
}


def _light_compounds(heads: list[Token]) -> list[Token]:
    """The compound noun before a light head ("aid" of "aid deliveries"), which a pattern names."""
    return [
        c
        for h in heads
        if h.lemma_.lower() in LIGHT_NOUNS
        for c in h.children
        if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and c.i == h.i - 1
    ]


def _measure(noun: Token) -> bool:
    return noun.like_num or noun.lemma_.lower() in MEASURES or noun.tag_ == "CD"


def measured(noun: Token) -> list[Token]:
    """What a measure or a group noun counts ("700 kg of medicine", "a team of inspectors"), else []."""
    return _of_objects(noun) if _measure(noun) else []


def _of_objects(noun: Token) -> list[Token]:
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _prep_phrases(verb: Token, objects: list[Token]) -> list[tuple[str, list[Token]]]:
    phrases = []
    for anchor in [verb, *objects]:
        for prep in anchor.children:
            if prep.dep_ in {"prep", "agent"}:
                nouns = [c for c in prep.children if c.dep_ in PREP_OBJECT_DEPS]
                phrases.append((prep.lower_, nouns + _light_compounds(nouns)))
            elif prep.dep_ == "prt" and prep.lower_ in {"on", "to", "with", "against", "from"}:
                phrases.append((prep.lower_, []))
    return phrases


# The dependencies of the word after a verb in a two-word dictionary entry that is no particle: an object
# noun ("take note", "wage war"), or a predicate adjective ("set free").
BARE_COMPLEMENT_DEPS = {"dobj", "obj", "oprd", "acomp"}


def verb_lemma(token: Token, table: VerbDictionary) -> str | None:
    """The dictionary verb ``token`` is: its lemma (with its particle for a phrasal verb), or the lemma
    of an irregular form the tagger left unlemmatised."""
    lemma = token.lemma_.lower()
    if lemma not in table.verbs and token.lower_ in table.forms:
        lemma = table.forms[token.lower_]
    if lemma not in table.verbs and token.tag_ in INFLECTED:
        # "staged" lemmatised as "stag": the regular stems of the form, then the word as written.
        lemma = next((s for s in (*_stems(token.lower_), token.lower_) if s in table.verbs), lemma)
    if lemma not in table.verbs:
        # "penalised", "finalising": the dictionary writes the American spelling.
        lemma = next((v for v in spelling_variants(lemma) if v in table.verbs), lemma)
    for child in token.children:
        if child.dep_ in {"prt", "prep"} and f"{lemma} {child.lower_}" in table.verbs:
            return f"{lemma} {child.lower_}"
        # "took note of", "waged war on", "set them free": a verb whose dictionary entry holds a bare noun
        # or adjective after it (no determiner: "took the note" is no "take note").
        if (
            child.dep_ in BARE_COMPLEMENT_DEPS
            and not any(c.dep_ in {"det", "poss", "nummod"} for c in child.children)
            and f"{lemma} {child.lower_}" in table.verbs
        ):
            return f"{lemma} {child.lower_}"
    return lemma if lemma in table.verbs else None


def match_verb(token: Token, table: VerbDictionary) -> Match | None:
    """The dictionary's reading of a verb in its clause, or None if the verb is not in the dictionary."""
    lemma = verb_lemma(token, table)
    if lemma is None:
        return None
    block, own = table.verbs[lemma]
    synsets = table.synsets
    subjects = _subject_heads(token)
    objects = _object_heads(token)
    preps = _prep_phrases(token, [o for o in objects if o.dep_ != "prt"])
    mine = {None, lemma.split()[0]}
    best: DictPattern | None = None
    best_rank = (False, -1, -1)
    # A cheap first pass: the sentence must hold every plain word and a member of every set named.
    bag = _sentence_bag(token)
    for pattern in table.patterns.get(block, []):
        # A pattern written for this very verb outranks one written for another verb of its block; of
        # two that name as many words, the one naming more nouns: "broke off relations with B" is the
        # severing of relations (RELATIONS), not a bare "(WITH)" or "OFF" reading of "break".
        rank = (pattern.verb in mine, pattern.size, pattern.content)
        if rank <= best_rank:
            continue
        if not pattern.words <= bag or not all(table.heads[name] & bag for name in pattern.sets):
            continue
        if not all(_matches_any(e, subjects, synsets) for e in pattern.subjects):
            continue
        if not all(_matches_any(e, objects, synsets) for e in pattern.objects):
            continue
        if not all(
            any(p == prep and (not obj or _matches_any(obj, heads, synsets)) for p, heads in preps)
            for prep, obj in pattern.preps
        ):
            continue
        best, best_rank = pattern, rank
    # Precedence: a pattern of this verb; else the verb's own code; else a pattern another verb of its
    # block was written for (the block's verbs are synonyms "close enough" only); else the block's code.
    if best is not None and (best_rank[0] or lemma not in table.own):
        return Match(lemma, best.code, best.where, tuple(p for p, _ in best.preps), best.size)
    return Match(lemma, own, f"{VERBS_FILE}: verb {lemma}", (), 0, lemma in table.own)


# Where a dictionary verb's target is looked for after its direct object and the prepositions its pattern
# names: the prepositions that introduce the party an act is aimed at.
TARGET_PREPS = ("against", "on", "to", "with", "at", "into", "from", "toward", "towards")
# CAMEO actor kinds that act for a state or an organisation of states. Commentators, companies and
# unnamed people are left to bilat's own lines: the dictionary's broad verbs need real parties.
# Roots whose act is aimed at the state on whose ground it is done when no party is named: protest (14),
# military posture (15), assault and fighting (18-20). A meeting in Geneva is not aimed at Switzerland.
PLACE_ROOTS = {"14", "15", "18", "19", "20"}
STATE_SECTORS = {None, "GOV", "MIL", "DIP", "LEG", "JUD", "COP", "IGO", "REB", "OPP"}


def fallback_pattern(token: Token, table: VerbDictionary) -> Pattern | None:
    """The dictionary's reading of a verb as a bilat ``Pattern``, or None when the verb is not in the
    dictionary, the dictionary codes no event, or the reading is too weak to trust (see ``trusted``)."""
    if token.pos_ != "VERB" or verb_lemma(token, table) is None or quoted(token):
        return None
    match = match_verb(token, table)
    if match is None or match.code is None or not trusted(match) or _support_verb(token, match):
        return None
    preps = tuple(p for p in match.preps if p in TARGET_SLOTS and p not in {"by", "of"})
    # "demanded that Iraq withdraw": the subject of the clause the verb governs, when nothing closer is.
    slots = ("obj", *preps, *(p for p in TARGET_PREPS if p in TARGET_SLOTS), "that")
    if match.code[:2] in PLACE_ROOTS:
        # "staged a protest in Beijing", "held exercises in Belarus": an act of force or dissent aimed
        # at no party named is aimed at the state where it is done, as PETRARCH codes its location.
        slots = (*slots, "in")
    options = frozenset({"alone"})
    return Pattern(match.lemma, None, tuple(dict.fromkeys(slots)), match.code, options, where=match.where)


# Nouns that carry the meaning of the verb they follow ("took steps", "has taken measures", "took office"):
# the verb is only their support, and its own dictionary code ("take" is seizing) says nothing of the act.
SUPPORT_OBJECTS = {
    "step",
    "measure",
    "action",
    "part",
    "place",
    "note",
    "office",
    "look",
    "turn",
    "stand",
    "position",
    "view",
    "decision",
    "lead",
    "charge",
    "care",
    "advantage",
    "effect",
    "shape",
    "form",
}


def _sentence_bag(token: Token) -> frozenset[str]:
    """The words of ``token``'s sentence (forms, lemmas, and the nouns' lemmas with a plural ending), for
    the patterns' first pass; made once per sentence, as every verb of the sentence asks for it."""
    sentence = sentence_of(token)
    bags = token.doc.user_data.setdefault(_BAGS, {}) if cached(token.doc) else {}
    bag = bags.get(sentence.start)
    if bag is None:
        words = {w for t in sentence for w in (t.lower_, t.lemma_.lower())}
        words |= {t.lemma_.lower() + end for t in sentence if t.pos_ == "NOUN" for end in ("s", "es")}
        bag = bags[sentence.start] = frozenset(words)
    return bag


_BAGS = "bilat.sentence_bags"


def _support_verb(verb: Token, match: Match) -> bool:
    """A verb read alone (no pattern, no two-word entry) whose direct object is a noun that carries the
    act: no event of the verb's own."""
    return (
        match.specificity == 0
        and " " not in match.lemma
        and any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in SUPPORT_OBJECTS for c in verb.children)
    )


def trusted(match: Match) -> bool:
    """Which dictionary readings bilat codes. Statements (01x) are left to bilat's own speech lines. A
    verb matched by no pattern carries its block's code, which for the cooperative and demand blocks
    is a guess ("consider", "plan", "need" sit in blocks coded 040, 030, 100): only a verb with a code
    of its own, or a block of conflict (11–20: "bombard", "deport"), is coded on the verb alone."""
    root = (match.code or "")[:2]
    if root in {"", "01"}:
        return False
    return match.specificity > 0 or match.own or root >= "11"


def quoted(token: Token) -> bool:
    """Inside a quotation of its sentence: a speaker's words ("X needs Y") are a judgement, not a reported
    act, and "'our two nations …,' he said" speaks of the pair to the readers, not to the partner."""
    doc = token.doc
    if not cached(doc):
        return _quoted_in(token.sent, token)
    # ``token.sent`` walks the tokens to the sentence's edges at every call (a Python object each), and the
    # event rules ask of every word of a verb's subtree: the quoted positions are read once per document.
    inside = doc.user_data.get(_QUOTED)
    if inside is None:
        inside = doc.user_data[_QUOTED] = _quoted_positions(doc)
    return token.i in inside


_QUOTED = "bilat.quoted"
QUOTE_MARKS = ('"', "“", "”", "``")
_MARKS = re.compile("|".join(re.escape(mark) for mark in QUOTE_MARKS))


def _quoted_in(sentence: Span, token: Token) -> bool:
    return _odd_marks(sentence.text[: token.idx - sentence.start_char])


def _odd_marks(before: str) -> bool:
    """An odd number of quotation marks in ``before``: what follows is inside a quotation."""
    return sum(before.count(mark) for mark in QUOTE_MARKS) % 2 == 1


def _quoted_positions(doc: Doc) -> frozenset[int]:
    """The positions of the tokens ``_quoted_in`` their sentence (none where no quotation mark is)."""
    found: list[int] = []
    for sentence in doc_sentences(doc):
        text = span_text(sentence)
        if any(mark in text for mark in QUOTE_MARKS):
            # Where each mark ends, read once: the marks before a token are those ending by its offset (the
            # same count as ``_odd_marks`` on the text before it, without a slice and a count per token).
            ends = [m.end() for m in _MARKS.finditer(text)]
            start = sentence.start_char
            found.extend(t.i for t in sentence if bisect_right(ends, t.idx - start) % 2 == 1)
    return frozenset(found)


def real_parties(source: ActorRef, target: ActorRef | None) -> bool:
    """A dictionary event is kept only between two actors of different states (or an organisation of
    states), or as a one-sided act of such an actor with no addressee (an event of no dyad): PETRARCH's
    patterns are broad, and a wrong event is worse than a missing one.

    A one-sided act of a people's own group with a nationality ("French farmers blocked the bridge",
    "Algerian landowners began a hunger strike") is a record of no dyad: it names the group's country
    and sector, and is kept; a group still needs its nationality, a person an office."""
    if target is None:
        return _state_side(source) or _nationals(source)
    if not _state_side(source) or source.country == target.country:
        return False
    # "a Tunisian court jailed a Nigerian student": an act of a state's body on another state's
    # nationals is between the two states, whatever the nationals' own sector.
    return _state_side(target) or _nationals(target) or _region_side(target)


def _region_side(ref: ActorRef) -> bool:
    """A state's province or federal unit as the party acted on ("military exercises in Alaska"): its
    government is on its state's side (resources/actors/regions.txt), so an act aimed at it from abroad is
    aimed at that state."""
    return ref.kind == "organisation" and ref.sector == "LOC" and bool(ref.country)


# Acts of dissent, force and coercion (14, 15, 17-20), and a state's investigation of its own people (09):
# done on the actor's own ground they are a domestic act, not one aimed at its own state.
DOMESTIC_ROOTS = {"09", "14", "15", "17", "18", "19", "20"}


def at_home(source: ActorRef, target: ActorRef | None, code: str) -> bool:
    """A dictionary act of force, coercion or dissent whose only party besides its actor is the actor's
    own state ("Afghan guerrillas blew up power lines into Kabul", "the British government outlawed a
    group in Northern Ireland"): kept as the actor's one-sided record, with no addressee, rather than
    dropped as an act aimed at its own state. Speech acts are not: "demanded that Beijing …" with the
    speaker taken for Beijing's is a misread speaker, not a domestic act."""
    return (
        target is not None
        and target.kind == "state"
        and bool(source.country)
        and target.country == source.country
        and code[:2] in DOMESTIC_ROOTS
        and real_parties(source, None)
    )


def _state_side(ref: ActorRef) -> bool:
    """An actor that acts for a state (or an organisation of states): a state sector, a country (or an
    organisation of states), and for a person an office, not a nationality alone."""
    if ref.sector not in STATE_SECTORS or (ref.kind == "person" and ref.sector is None):
        return False
    return bool(ref.country) or ref.sector == "IGO"


def _nationals(ref: ActorRef) -> bool:
    """A group of a state's people named with their nationality ("Nigerian students", "Filipino
    peacekeepers"), not a person: a person's country needs an office (see ``real_parties``). Companies
    are left out: "wanted Korean firms to invest" is business, not an act between two states."""
    return ref.kind == "group" and bool(ref.country) and ref.sector not in {None, "BUS"}


def states_own_act(verb: Token) -> bool:
    """A dictionary act (and a one-sided act) needs its actor named as the verb's own subject, or as the
    subject of the verb whose infinitive it is ("Norway agreed to withdraw"); a gerund after a preposition
    ("accusing them of spying", "focus on ending the war") or a participle describing a noun is not an act
    the parse can give an actor to."""
    current = verb
    # "it is prepared to impose martial law": through the adjective to the copula whose subject it is.
    while current.dep_ in {"xcomp", "conj", "acomp"} and current.head.i != current.i:
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            return True
        current = current.head
    return any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in current.children) and current.dep_ not in {
        "pcomp",
        "acl",
        "relcl",
        "advcl",
        "pobj",
    }


@dataclass(frozen=True)
class Discards:
    """Phrases that make a sentence (or a story) uncodable, as one pattern each: a stem matches a word's
    start ("basketball" for "basketballs"), a whole phrase only whole words."""

    sentence: re.Pattern[str]
    story: re.Pattern[str]

    def hit(self, text: str, story: bool = False) -> bool:
        return bool((self.story if story else self.sentence).search(text.lower()))


def _discard_pattern(items: list[tuple[str, bool]]) -> re.Pattern[str]:
    """Each phrase from a word's start, its spaces any run of spaces, a whole phrase to a word's end. The
    phrases are one tree of their shared openings (``bilat.nlp.alternation``): five hundred of them, tried
    one by one at every word of a sentence, were a tenth of the dictionary's cost. ``hit`` asks only
    whether any matches, which the tree answers as the plain alternation did."""
    sequences = [
        [r"\s+" if char == " " else re.escape(char) for char in phrase] + ([r"\b"] if whole else [])
        for phrase, whole in items
    ]
    return re.compile(r"\b" + trie_of_atoms(sequences) if sequences else r"(?!)")


def load_discards(resources: Resources) -> Discards:
    sentence, story = [], []
    for number, line in read_lines(resources.path("petrarch/discards.txt")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 3 or fields[1] not in {"sentence", "story"} or fields[2] not in {"word", "stem"}:
            raise ResourceError(
                f"petrarch/discards.txt:{number}: expected 'phrase | sentence/story | word/stem'"
            )
        item = (fields[0], fields[2] == "word")
        (story if fields[1] == "story" else sentence).append(item)
    # A story discard also discards each of its sentences.
    return Discards(_discard_pattern(sentence + story), _discard_pattern(story))


@dataclass(frozen=True)
class Lexicon:
    """What the event coder consults after bilat's own lines: the verb dictionary and the discards."""

    verbs: VerbDictionary
    discards: Discards

    def allows(self, sentence: str) -> bool:
        return not self.discards.hit(sentence)


def load_lexicon(resources: Resources) -> Lexicon:
    return Lexicon(
        resources.load("petrarch.verbs", load_verb_dictionary),
        resources.load("petrarch.discards", load_discards),
    )
