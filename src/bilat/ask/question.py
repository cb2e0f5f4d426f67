"""Understanding a question: its form (what kind of answer it wants), its verb, the things it acts on,
and the actors, countries and dates it names. Also the words in which answers are written."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from bilat.ask.verbs import BE, INVERTING, described_act, hyphened, inverted_verb, relative_act
from bilat.extract.patterns import Patterns
from bilat.extract.recoding import INTENT, INTENT_ROOTS
from bilat.models import Actor
from bilat.nlp.countries import Gazetteer
from bilat.nlp.people import ARTICLE_PREFIX
from bilat.resources import ResourceError, Resources, read_lines

KINDS = {"date", "person", "role", "figure", "thing", "place"}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Words that carry no content of their own in a question: they neither retrieve nor rank sentences.
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "to",
        "and",
        "did",
        "does",
        "do",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "what",
        "when",
        "who",
        "whom",
        "which",
        "how",
        "since",
        "its",
        "their",
        "his",
        "her",
        "will",
        "would",
        "has",
        "have",
        "had",
        "between",
        "with",
        "for",
        "on",
        "at",
        "by",
        "first",
        "much",
        "many",
        "large",
        "where",
        "whose",
        "that",
        "this",
        "these",
        "those",
        "from",
        "into",
        "about",
        "there",
        "than",
        "any",
        "some",
        # Words that only join the question's clauses ("summoned after the clash"): the sentence that
        # answers need not repeat them.
        "after",
        "before",
        "during",
        "over",
        "against",
        "near",
        "while",
        "also",
        "under",
        # "How much will X pay each year": a rate's words, which a sentence writes "a year", "per year".
        "each",
        "every",
        "per",
    ]
)


# Clauses that set the act in its circumstances or describe one of its parties: their subject does not
# do the act asked about.
CLAUSES_OF_CIRCUMSTANCE = frozenset({"advcl", "relcl", "acl"})

# Verbs whose object names the act ("hold talks", "pay a visit"): the noun is what a sentence will say.
LIGHT_VERBS = frozenset({"hold", "have", "make", "take", "give", "pay", "conduct", "carry", "do"})


@dataclass(frozen=True)
class Form:
    name: str
    regex: re.Pattern[str]
    kind: str


def load_synonyms(resources: Resources) -> dict[str, str]:
    """Each word's group head (both stemmed), so synonyms compare equal."""
    table: dict[str, str] = {}
    for _, line in read_lines(resources.path("ask/synonyms.txt")):
        words = [stem(w.strip()) for w in line.split(",") if w.strip()]
        for word in words:
            table[word] = words[0]
    return table


@dataclass(frozen=True)
class Phrase:
    """Other words for a verb's act: ``words`` widen the full-text query, ``regex`` finds the act."""

    verb: str  # stemmed
    words: tuple[str, ...]
    regex: re.Pattern[str]


def load_phrases(resources: Resources, name: str = "ask/phrases.txt") -> list[Phrase]:
    """Phrases of ``name``: ask/phrases.txt (other words for an act) or ask/converses.txt (words for the
    act seen from its other party, whose doer is the one the act is done to)."""
    phrases = []
    for n, line in read_lines(resources.path(name)):
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) != 3 or not fields[0]:
            raise ResourceError(f"{name}:{n}: expected 'verb | words | regex'")
        try:
            regex = re.compile(fields[2], re.I)
        except re.error as error:
            raise ResourceError(f"{name}:{n}: bad regular expression: {error}") from None
        words = tuple(w.strip() for w in fields[1].split(",") if w.strip())
        phrases.append(Phrase(stem(fields[0]), words, regex))
    return phrases


def phrase_acts(text: str, phrases: list[Phrase]) -> list[tuple[int, str]]:
    """(character offset, stemmed verb) of each act a sentence tells in a phrase's words."""
    return [(m.start(), p.verb) for p in phrases for m in p.regex.finditer(text)]


def load_roles(resources: Resources) -> dict[str, tuple[str, ...]]:
    """Each role a question may ask for → the offices that hold it, itself first."""
    table: dict[str, tuple[str, ...]] = {}
    for n, line in read_lines(resources.path("ask/roles.txt")):
        role, sep, offices = line.partition("|")
        if not sep or not role.strip():
            raise ResourceError(f"ask/roles.txt:{n}: expected 'role | offices'")
        held = [o.strip().lower() for o in offices.split(",") if o.strip()]
        table[role.strip().lower()] = tuple(dict.fromkeys([role.strip().lower(), *held]))
    return table


def load_synonym_groups(resources: Resources) -> dict[str, list[str]]:
    """Each word (lower case, as written) → every word of its group, to widen a full-text query."""
    table: dict[str, list[str]] = {}
    for _, line in read_lines(resources.path("ask/synonyms.txt")):
        words = [w.strip().lower() for w in line.split(",") if w.strip()]
        for word in words:
            table[word] = words
    return table


def load_forms(resources: Resources) -> list[Form]:
    forms = []
    for n, line in read_lines(resources.path("ask/questions.txt")):
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) != 3 or fields[2] not in KINDS:
            raise ResourceError(
                f"ask/questions.txt:{n}: expected 'form | regex | date|person|role|figure|thing|place'"
            )
        try:
            forms.append(Form(fields[0], re.compile(fields[1], re.I), fields[2]))
        except re.error as error:
            raise ResourceError(f"ask/questions.txt:{n}: bad regular expression: {error}") from None
    return forms


@dataclass
class Question:
    text: str
    form: Form | None
    match: re.Match[str] | None
    words: set[str]
    verb: str | None
    root: str | None
    countries: set[str] = field(default_factory=set)
    people: list[Actor] = field(default_factory=list)
    subject_country: str | None = None  # "When did Azerbaijan open …": the doer asked about
    objects: set[str] = field(default_factory=set)  # stems of what the verb acts on ("embassy")
    object_set: frozenset[str] = frozenset()  # words the verb's pattern treats alike (embassy, mission …)
    names: list[str] = field(default_factory=list)  # people and places named, as written ("Kang Sung-min")
    plain: list[str] = field(default_factory=list)  # content words as written, for full-text retrieval
    years: set[str] = field(default_factory=set)  # years the question names ("in 2019")
    wh_subject: bool = False  # "Who received X": the asked person is the verb's subject
    act: str | None = None  # the verb the asked thing belongs to ("help Mauritius build" → build)
    places: list[str] = field(default_factory=list)  # "… in Washington": where the act is asked about
    strangers: list[str] = field(default_factory=list)  # people it names whom no record knows
    # "Where is the farmer X being held?": the people the act is told of, as its subject (not a speaker
    # who says it would be done): a sentence that answers names them.
    persons: list[str] = field(default_factory=list)
    # "When was the aid worker X arrested?": a person named after the words that describe them, the act's
    # subject; a sentence need not repeat the description ("X, 34, was arrested …").
    appositive: list[str] = field(default_factory=list)
    # "How many Chinese fishing boats …": the nouns counted (stems), not the words that modify them.
    counted: frozenset[str] = frozenset()
    future: bool = False  # "Where will X open …": asks about what is to come
    act_nouns: set[str] = field(default_factory=set)  # "hold talks": the noun that names a light verb's act
    title: str | None = None  # "Which minister …", "Who is X's ambassador …": the office asked about
    doers: list[str] = field(default_factory=list)  # people named as the act's doer ("received by X")
    act_word: str | None = None  # the act as written: the model lemmatises "wound" as "wind"
    stranded: str | None = None  # "What was X charged with?": the preposition whose object is asked
    source: list[str] = field(default_factory=list)  # "according to the ombudsman's office": its words
    # "… after shells landed in X", "… when she received Y": stems of the clauses that set the act in
    # its circumstances, which the sentence that tells the act need not repeat.
    context: set[str] = field(default_factory=set)
    asked_noun: str | None = None  # "Which patrol ship intercepted …": the stem of the kind asked for
    asked_words: set[str] = field(default_factory=set)  # … and of the words that ask for it
    asked_country: str | None = None  # "Which Jordanian minister …": the state of the one asked for
    counted_country: str | None = None  # "How many Syrian soldiers …": the state of the things counted
    # "Whom did Chile's trade minister call?": the subject that names the doer by office (lower case), and
    # the state it is of; the doer so described is not whom the question asks for.
    doer_office: str = ""
    doer_country: str | None = None
    located: str | None = None  # "Where is Egypt's military factory …": the stem of the thing placed
    # "Who rejected the Hungarian prime minister's idea?": the nouns (as written, lower case) of what the
    # act is done to that the question names by a state's people or possessive, by that state; an
    # article that has named the state goes on to call the thing "the idea".
    told_again: dict[str, set[str]] = field(default_factory=dict)

    @property
    def kind(self) -> str | None:
        return self.form.kind if self.form else None


def _asked_country(words: Span) -> str | None:
    """The one state the words before the asked noun name ("Which Jordanian minister"): whose the one
    asked for is, when the question names the other state's people too."""
    states = {t.ent_id_ for t in words if t.ent_type_ in {"GPE", "NORP"} and t.ent_id_ and t.ent_id_ != "-"}
    return states.pop() if len(states) == 1 else None


def stem(word: str) -> str:
    """A crude stem, enough to meet "opened" with "open" and "meetings" with "meet"."""
    word = word.lower()
    if re.fullmatch(r"[a-z]{2,}i(?:es|ed)", word):
        # "ferries" and "ferry", "carried" and "carry": the y that spelling turns into an i is the stem's.
        return stem(word[:-3] + "y")
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if suffix == "s" and word.endswith("ss"):
            break  # "press", "cross": no plural, and "pressed" must meet it
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    # "urge" and "urged", "trade" and "traded": the silent e is not part of the stem.
    if word.endswith("e") and len(word) >= 4:
        word = word[:-1]
    return word[:6]


def _titled_person(noun: Token) -> bool:
    """ "received Kuwait's deputy foreign minister X": the noun is the title of a person the question
    names, who is a party, not a thing the act is done to."""
    return any(c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON" for c in noun.children)


def _word_stem(text: str) -> str:
    """The stem of a token's last word of letters: "d'affaires" → "affair", as content_words reads it
    in a sentence, so the thing asked about meets the sentence's word."""
    words = re.findall(r"[a-z]+", text.lower())
    return stem(words[-1]) if words else stem(text)


def asked_part(text: str) -> str:
    """ "According to the central bank, how much …" → "how much …": the source said first is no part of
    the question's form."""
    # "According to X, as reported by the Y Observer, how much …": the outlet that carried the account is
    # a source too, no part of the form.
    text = re.sub(
        r"^\s*according\s+to\s+[^,?]+,\s*(?:as\s+(?:reported|cited|quoted)\s+by\s+[^,?]+,\s*)?",
        "",
        text,
        flags=re.I,
    )
    # "For how many places …", "By how much …": the preposition says what the number is to the act.
    return re.sub(r"^\s*(?:by|for|to|of|with|from|in|on)\s+(?=how\s)", "", text, flags=re.I)


# ", according to Defence Minister X?" at the end of a question: whose account is asked for.
# The comma may be left out ("What were X's sales worth according to figures cited by …?").
TRAILING_SOURCE = re.compile(r"(?:,\s*|\s+)according\s+to\s+[^,?]+(?=\?*\s*$)", re.I)


def without_source(text: str) -> str:
    """The question without the source whose account it asks for, first or last ("According to the
    chamber, what …", "…, according to the minister?"): the source names no party of the act, and its
    words ("according") are not the act's; the asker checks the source on its own."""
    return TRAILING_SOURCE.sub("", asked_part(text))


def source_words(text: str) -> list[str]:
    """The content words, as written, of the source a question names ("the ombudsman's office"): a
    sentence that names it is likely the one that gives its account, though it need not."""
    lead = re.match(r"^\s*according\s+to\s+([^,?]+),", text, re.I)
    trail = TRAILING_SOURCE.search(text)
    said = " ".join(m.group(1) if m is lead else m.group(0) for m in (lead, trail) if m is not None)
    said = re.sub(r"\baccording\s+to\b", " ", said, flags=re.I)
    return [w for w in re.findall(r"\w+", said) if w.lower() not in STOP and len(w) > 2]


def unhyphened(text: str) -> str:
    """ "vice-president" → "vice president": offices are written both ways."""
    return re.sub(r"(?<=\w)\s*-\s*(?=\w)", " ", text)


def content_words(text: str) -> set[str]:
    # Letters of any alphabet, without their accents: "Kičevo" is one word, not "ki" and "evo", and the
    # "chargé" of a report meets the "charge" of a question.
    plain = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))
    return {stem(w) for w in re.findall(r"[^\W\d_]+", plain) if w not in STOP and len(w) > 2}


def date_words(value: str) -> str:
    """ "2023-03" → "March 2023 (2023-03)": the date as people write it and as ISO."""
    parts = value.split("-")
    if len(parts) == 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]} ({value})"
    if len(parts) == 3 and parts[1].isdigit() and parts[2][:2].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{MONTHS[int(parts[1]) - 1]} {int(parts[2][:2])}, {parts[0]} ({value})"
    return value


def _scaled(amount: float) -> str:
    """ "2.5 billion": the amount in the largest scale word it reaches."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(amount) >= size:
            return f"{amount / size:.2f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{amount:g}"


def money_words(value: float, unit: str, original_value: float | None, original_unit: str | None) -> str:
    amount, currency = (original_value, original_unit) if original_value is not None else (value, unit)
    # An amount under a million is written in full figures ("1,500 trucks", "60,000 EUR"), never "1.5
    # thousand" or "60 thousand": news writes such sums in digits, and an answer in a scale word its
    # article did not use reads as another figure. Millions and more keep their scale words.
    money = bool(re.fullmatch(r"[A-Z]{3}", currency or ""))
    plain = abs(amount) < 1e6 and (amount == int(amount) or (money and abs(amount) >= 1e3))
    text = f"{amount:,.0f}" if plain else _scaled(amount)
    if currency == "USD":
        return f"${text}"
    if currency == "people":
        return f"{text} people ({amount:.0f})"
    return f"{text} {currency}"


OWNER_EDGES = {"compound", "amod", "poss", "nmod"}


def _which_noun(which: Token) -> Token | None:
    """The noun "which" asks about: its head as a determiner ("Which patrol ship …"), or, when the
    parser takes "which" for the verb's object ("Which Turkish survey ship entered …"), the first noun
    after it that is not a word of a compound, before any verb."""
    if which.dep_ == "det":
        return which.head
    for token in which.doc[which.i + 1 : which.i + 6]:
        if token.pos_ in {"VERB", "AUX"}:
            return None
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return token
    return None


def _placed_at(ent: Span, doc: Doc) -> bool:
    """The name is where the act happened: a place, or a building the model takes for a body ("received
    at the Blue Palace", "met at Kestrel House"), which "at" sets the question's act in all the same; the
    parser may hang "at" on the act's object ("hosted X's minister at the Blue Palace")."""
    if ent.label_ in {"GPE", "LOC", "FAC"}:
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (
        ent.label_ == "ORG"
        and before is not None
        and before.lower_ == "at"
        and (before.head.pos_ in {"VERB", "AUX"} or before.head.dep_ == "dobj")
    )


def parse_question(
    text: str,
    nlp: Language,
    forms: list[Form],
    patterns: Patterns,
    gazetteer: Gazetteer,
    people: list[Actor],
    known_actors: list[Actor] | None = None,
) -> Question:
    """The question's form, verb (and the CAMEO root its pattern codes), objects, actors and dates.
    ``people``: the store's people; ``known_actors``: all its actors (default: the people)."""
    known_actors = people if known_actors is None else known_actors
    spoken = without_source(text)
    form, match = next(((f, m) for f in forms if (m := f.regex.search(spoken))), (None, None))
    doc = nlp(spoken)
    verbs = [t for t in doc if t.pos_ == "VERB" or (t.dep_ == "ROOT" and t.pos_ == "AUX")]
    # "the UN-brokered talks": a participle joined by a hyphen to the word before it is a modifier.
    # "were the detained fishermen handed to …": a participle before its noun describes it; the act
    # asked about is another verb.
    verbs = [t for t in verbs if not hyphened(t) and not (t.dep_ == "amod" and t.i < t.head.i)] or verbs
    root_verb = next((t for t in verbs if t.dep_ == "ROOT" and t.pos_ == "VERB"), None)
    described_first = bool(verbs) and (
        verbs[0].dep_ == "acl" or (verbs[0].dep_ in {"csubj", "csubjpass"} and verbs[0].tag_ == "VBN")
    )
    if root_verb is not None and described_first and verbs[0].i < root_verb.i:
        # "Where were the boats seized by the navy towed?": the participle describes the boats; the act
        # asked about is the root. ("How many of the men detained were freed?" may be parsed with the
        # participle as the root's clausal subject.)
        verbs = [root_verb, *(t for t in verbs if t.i != root_verb.i)]
    if not verbs:
        # "What did Turkey purchase …", parsed with the verb as a noun: the root that "did" hangs on.
        verbs = [t for t in doc if t.dep_ == "ROOT" and any(c.pos_ == "AUX" for c in t.children)]
    elif verbs[0].dep_ == "advcl":
        # "What did Senegal demand when it summoned …", parsed with "demand" as a noun root that "did"
        # hangs on: the clause of circumstance is not the act; the root is.
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if (
            root is not None
            and root.pos_ == "NOUN"
            and root.i == verbs[0].head.i
            and any(c.dep_ == "aux" and c.lemma_ == "do" for c in root.children)
        ):
            verbs = [root, *verbs]
    if (
        len(verbs) > 1
        and verbs[0].pos_ == "AUX"
        and verbs[0].lemma_ == "be"
        and (
            verbs[1].tag_ in {"VBN", "VBG"}
            or (verbs[1].tag_ == "VBD" and verbs[1].dep_ in {"ccomp", "acl"})
            or _irregular_participle(verbs[1])
        )
    ):
        # "Near which town were the fishermen detained?", parsed with "were" as the root: the act is
        # the participle (which the model may tag as a past tense: "were the jets scrambled"), or the
        # -ing form ("On which island is X building …").
        be = verbs[0]
        verbs = verbs[1:]
        taken = next(
            (t for t in verbs[1:] if t.head.i == be.i and (t.tag_ == "VBN" or t.dep_ == "conj")), None
        ) or next(
            # "Where were the crews detained by X taken and charged?", parsed with both participles on
            # "crews": the first says which crews, the last is the act.
            (
                t
                for t in verbs[1:]
                if t.dep_ == "acl"
                and t.tag_ == "VBN"
                and verbs[0].dep_ == "acl"
                and t.head.i == verbs[0].head.i
            ),
            None,
        )
        if taken is not None and (verbs[0].tag_ == "VBD" or verbs[0].dep_ in {"ccomp", "acl"}):
            # "To which port was the trawler seized off X escorted?": the participle "was" takes is the
            # act; the one before it describes the trawler.
            verbs = [taken, *(t for t in verbs if t.i != taken.i)]
    if (
        len(verbs) > 1
        and verbs[0].lemma_ == "have"
        and verbs[0].dep_ == "ROOT"
        and any(c.lemma_ == "be" and c.tag_ == "VBN" for c in verbs[0].children)
    ):
        # "In which city had the consultations been due to take place?", parsed with "had" as the root:
        # "had … been" is the perfect, the act is the verb after it.
        verbs = verbs[1:]
    described = described_act(doc)
    if described is not None:
        # "Who was the Norwegian ambassador summoned by Russia?": the act is the participle that
        # describes the one asked about, not "was".
        verbs = [described, *(t for t in verbs if t.i != described.i and t.lemma_ != "be")]
    relative = relative_act(doc) if described is None else None
    if relative is not None:
        # "Who is the trade minister who visited X?": the one asked about did the relative clause's act.
        verbs = [relative, *(t for t in verbs if t.i != relative.i and t.lemma_ != "be")]
    stranded = _stranded(doc)
    if stranded is not None and verbs and verbs[0].i != stranded.head.i:
        # "What was the citizen detained in Baku charged with?": the act is the verb the question's last
        # preposition hangs on, not the first verb.
        verbs = [stranded.head, *(t for t in verbs if t.i != stranded.head.i)]
    inverted = inverted_verb(doc, patterns) if stranded is None else None
    if inverted is not None and verbs and verbs[0].i != inverted.i and verbs[0].lemma_ != "do":
        # "When did the Supreme Court order a steelmaker to compensate forced labourers", parsed with
        # "order" as a noun and "forced" as the verb: the act is the word after "did" and its subject.
        verbs = [inverted, *(t for t in verbs if t.i != inverted.i)]
    urged = _verb_before_to_do(doc, verbs[0]) if verbs else None
    if urged is not None:
        # "What did the embassy urge Zambia to do?", parsed with "urge" as a noun: the act is the verb
        # whose object is told "to do" it, not "do".
        verbs = [urged, *(t for t in verbs if t.i != urged.i)]
    verb = verbs[0].lemma_.lower() if verbs else None
    if verbs and verb == "do" and verbs[0].dep_ == "ROOT" and inverted is not None:
        verbs, verb = [inverted], inverted.lemma_.lower()  # "did Polish farmers tip …": did is no act
    elif verbs and verb == "do" and verbs[0].dep_ == "ROOT":
        # "How many tanks did Poland order …" parsed with "did" as the verb and "order" as a noun: the
        # act is the first plain word after the names that follow "did".
        after = (t for t in doc[verbs[0].i + 1 :] if t.is_alpha and t.is_lower and t.lower_ not in STOP)
        # "did Hungary's minister Kovari demand …", "did the Algerian prime ministers sign …": a word that
        # qualifies a later one (a title, an adjective) is the subject's, not the act.
        verb = next((t.lemma_.lower() for t in after if t.pos_ != "DET" and not _qualifies(t)), verb)
        verbs = []  # its objects, as parsed, are not the act's
    nouns = {t.lemma_.lower() for t in doc if t.pos_ in {"NOUN", "PROPN"}} | {t.lower_ for t in doc}
    root, object_set = None, frozenset()
    for pattern in patterns.verbs.get(verb or "", []):
        if pattern.objects is None or pattern.objects & nouns:
            root, object_set = pattern.code[:2], pattern.objects or frozenset()
            break
    if root and any(t.lower_ in {"will", "'ll"} and t.dep_ == "aux" for t in doc):
        # "Where will Peru open a consulate?": an intention, coded as the intent (03x) like the text's.
        root = INTENT.get(root, f"{root}0")[:2] if root not in INTENT_ROOTS else root
    objects = {
        _word_stem(t.text)
        for v in verbs[:1]
        for t in v.children
        if t.dep_ in {"dobj", "nsubjpass", "attr"} and t.pos_ == "NOUN" and not _titled_person(t)
    }
    question = Question(
        text, form, match, content_words(spoken), verb, root, objects=objects, object_set=object_set
    )
    stranded = stranded or _objectless_preposition(doc)
    question.stranded = stranded.lower_ if stranded is not None else None
    question.located = _located(doc)
    question.source = source_words(text)
    question.context = _circumstance_words(doc)
    if root_verb is not None and verbs and verbs[0].i == root_verb.i:
        # "Where were the boats seized by the navy in May towed?": the participle says which boats; the
        # sentence that tells the towing may call them "the boats" and leave the seizure to another.
        for token in doc:
            if token.dep_ == "acl" and token.tag_ == "VBN" and token.i < root_verb.i:
                question.context |= content_words(" ".join(t.text for t in token.subtree if t.i >= token.i))
    # "Which patrol ship …", "What bond did …": the noun names the kind of thing asked for.
    which = next(
        (t for t in doc[:2] if t.lower_ == "which" or (t.lower_ == "what" and t.dep_ == "det")), None
    )
    asked = _which_noun(which) if which is not None else None
    question.asked_noun = stem(asked.text) if asked is not None else None
    if form is not None and form.name == "which_two" and match is not None:
        # "Between which two ports will the ferry run?": the ports are asked for, not acted on; the
        # sentence names them, not the word "ports".
        pair_words = {stem(match.group("noun")), stem("two")}
        question.objects -= pair_words
        question.words -= pair_words
    if which is not None and asked is not None and asked.i > which.i:
        question.asked_words = content_words(doc[which.i : asked.i + 1].text)
        question.asked_country = _asked_country(doc[which.i + 1 : asked.i])
    for ent in doc.ents:
        if (
            _placed_at(ent, doc)
            and ent.start > 0
            and doc[ent.start - 1].lower_ in {"in", "at"}
            and doc[ent.start - 1].head.dep_ not in {"acl", "relcl"}
        ):
            # Where the act asked about happened; "the men detained in Istanbul" places the men, not it.
            question.places.append(ent.text)
        if ent.ent_id_ and ent.ent_id_ != "-" and ent.label_ in {"GPE", "NORP"}:
            question.countries.add(ent.ent_id_)
            thing = _described_patient(ent, asked, form is not None and form.kind == "figure")
            if thing is not None:
                question.told_again.setdefault(ent.ent_id_, set()).add(thing)
            if (
                ent.root.dep_ == "nsubj"
                and ent.root.head.pos_ in {"VERB", "AUX"}
                # "How many Colombians did Panama deport", parsed with the counted as the subject of
                # "did": what is counted before an inverted "did" is the act's object.
                and not (
                    any(c.lower_ in {"many", "much"} for c in ent.root.children)
                    and ent.root.head.lemma_ in {"do", "have"}
                )
                # "… after the U.S. raised lumber duties": the doer of a circumstance, not of the act
                and not any(
                    t.dep_ in CLAUSES_OF_CIRCUMSTANCE for t in [ent.root.head, *ent.root.head.ancestors]
                )
            ):
                question.subject_country = ent.ent_id_
        elif ent.label_ in {"PERSON", "GPE", "LOC", "FAC", "ORG"} and ent.root.lower_ not in STOP:
            question.names.append(ent.text)
    # People named as who did the act: its subject, or the passive's "by" phrase.
    question.doers = [
        e.text
        for e in doc.ents
        if e.label_ == "PERSON"
        and (
            (e.root.dep_ == "nsubj" and e.root.head.pos_ in {"VERB", "AUX"})
            # "the delegation led by X" names who led it, not who did the question's act
            or (e.root.dep_ == "pobj" and e.root.head.dep_ == "agent" and e.root.head.head.dep_ != "acl")
        )
    ]
    capitalised = set(re.findall(r"[A-Z][a-z]+", spoken))
    for actor in people:
        # "al-Enezi" is written with its article, which the capitalised words leave out ("Enezi").
        if any(ARTICLE_PREFIX.sub("", n.split()[-1]) in capitalised for n in {actor.name, *actor.aliases}):
            question.people.append(actor)
            question.names.append(actor.name)
    # People (or what the model takes for organisations: it often does in questions) no record knows.
    known = {w for a in known_actors for n in [a.name, *a.aliases] if n for w in n.split()}
    question.strangers = [
        e.text
        for e in doc.ents
        if e.label_ in {"PERSON", "ORG"}
        and not (e.ent_id_ and e.ent_id_ != "-")
        and not any(w in known for w in e.text.split())
    ]
    many = next((t for t in doc[1:] if t.lower_ == "many" and doc[t.i - 1].lower_ == "how"), None)
    if many is not None and many.head.pos_ in {"NOUN", "PROPN"} and many.dep_ == "amod":
        question.counted = frozenset(stem(t.text) for t in [many.head, *many.head.conjuncts])
        if many.head.ent_type_ == "NORP" and not many.head.conjuncts:
            # "How many Nigerians …": people of a nation, whom a sentence counts as "38 people".
            question.counted = frozenset({stem("people")})
        elif many.head.i > many.i + 1:
            # "How many Burkinabe traders …": whose the things counted are.
            question.counted_country = _asked_country(doc[many.i + 1 : many.head.i])
    question.years = set(re.findall(r"\b(1[89]\d\d|20\d\d)\b", spoken))
    wh = next((t for t in doc if t.lower_ in {"who", "whom", "which", "what", "where", "when", "how"}), None)
    question.wh_subject = _asks_the_doer(doc, wh) if wh is not None and described is None else False
    if verbs and not question.wh_subject:
        question.doer_office, question.doer_country = _doer_described(verbs[0], wh)
    question.future = any(t.lower_ in {"will", "'ll", "shall"} and t.pos_ == "AUX" for t in doc)
    act = _act(
        None if inverted is not None and verbs and verbs[0].i == inverted.i else wh,
        verbs[0] if verbs else None,
    )
    if act is not None:
        question.persons = [
            e.text
            for e in doc.ents
            if e.label_ == "PERSON"
            and (
                (e.root.dep_ in {"nsubj", "nsubjpass"} and e.root.head.i == act.i)
                # "received by President X": the passive's agent is told of the act as much as its subject
                or (e.root.dep_ == "pobj" and e.root.head.dep_ == "agent" and e.root.head.head.i == act.i)
            )
        ]
        # "When was the aid worker X arrested?": the name in apposition to the act's subject, whom a
        # sentence may name or only describe ("a Danish aid worker was arrested").
        question.appositive = [
            e.text
            for e in doc.ents
            if e.label_ == "PERSON"
            and e.root.dep_ == "appos"
            and e.root.head.dep_ in {"nsubj", "nsubjpass"}
            and e.root.head.head.i == act.i
        ]
        question.act = act.lemma_.lower()
        question.act_word = act.lower_
        # "did Pakistan say Indian forces had committed": the doer asked about is the act's own subject.
        subjects = [c for c in act.children if c.dep_ == "nsubj" and c.i != (wh.i if wh is not None else -1)]
        if subjects and verbs and act.i != verbs[0].i:
            # The subject and the words that say whose it is ("Indian forces", "Peru's navy"); "the
            # centres in Albania" says where they are, not who does the act.
            owners = [
                t
                for s in subjects
                for t in [s, *(w for c in s.children if c.dep_ in OWNER_EDGES for w in c.subtree)]
            ]
            ids = {
                t.ent_id_ for t in owners if t.ent_type_ in {"GPE", "NORP"} and t.ent_id_ and t.ent_id_ != "-"
            }
            question.subject_country = ids.pop() if len(ids) == 1 else None
        if question.act in LIGHT_VERBS:
            question.act_nouns = {stem(c.text) for c in act.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
        if question.act in {stem("speak"), stem("talk")}:
            # "When did X and Y speak by telephone?" told "a telephone call between X and Y in January":
            # the means names the act as a noun would.
            question.act_nouns |= {
                stem(o.text)
                for p in act.children
                if p.dep_ == "prep" and p.lower_ == "by"
                for o in p.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN"
            }
        if question.act in {"happen", "occur"} or (
            question.act == "take" and stem("place") in question.act_nouns
        ):
            # "Where did the talks take place?": the talks are what is asked about, "take place" nothing.
            question.objects = {stem(c.text) for c in act.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"}
            question.words -= {stem(w) for w in ("take", "place", "happen", "occur")}
            question.act, question.act_nouns = None, set()
    # The longest office the question names: "defense minister" rather than "minister". A plural names
    # the people the act involves ("spoke with Finnish officials"), not the one office asked about.
    # The office asked about is in the asked words ("Which minister …") or what a "Who is …" question
    # asks; elsewhere an office is a party's ("Who summoned the consul", "did Foreign Minister Ana Ruiz
    # meet"), not the one asked about.
    whole = unhyphened(" ".join(t.lower_ for t in doc))
    told_by_office = described is not None or relative is not None
    asked = match.group(0).lower() if match is not None and verb != "be" and not told_by_office else whole
    asked = unhyphened(asked)
    firsts = {n.split()[0].lower() for n in question.names if n.split()}
    offices = [
        t
        for t in gazetteer.titles
        if any(
            not (m.group(1) and m.group(1) in firsts)
            for m in re.finditer(rf"\b{re.escape(t)}\b(?:\s+([\w'’-]+))?", asked)
        )
    ]
    question.title = max(offices, key=len) if offices else None
    named = {w.lower() for n in question.names for w in n.split()}
    named |= {w.lower() for ent in doc.ents if ent.label_ in {"GPE", "NORP"} for w in ent.text.split()}
    question.plain = [
        t.text
        for t in doc
        if t.is_alpha and t.lower_ not in STOP and len(t.text) > 2 and t.lower_ not in named
    ]
    if question.act is None and question.objects and act is not None:
        question.plain = [w for w in question.plain if w.lower() not in {"take", "took", "place"}]
    return question


def _described_patient(ent: Span, asked: Token | None, counting: bool) -> str | None:
    """ "the Brazilian drivers were accused", "rejected the Hungarian prime minister's idea": the noun a
    state's people or possessive describes (through a chain of possessives) when it is what the act is
    done to, not the one asked for nor the doer. ``counting``: a "how many" question, which the model
    may parse "were the X drivers accused" with the drivers as the attribute of "were"."""
    root = ent.root
    if root.dep_ not in {"amod", "compound", "poss"} or root.head.i == root.i:
        return None
    thing = root.head
    while thing.dep_ == "poss" and thing.head.i != thing.i:
        thing = thing.head
    if thing.pos_ != "NOUN" or (asked is not None and thing.i == asked.i):
        return None
    misparsed = (
        counting and thing.dep_ == "attr" and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in thing.children)
    )
    # "To which port were the detained X fishermen taken?": the model may make the subject of an
    # inverted passive a plain subject of its participle, which is still what the act is done to.
    passive = (
        thing.dep_ == "nsubj"
        and (thing.head.tag_ == "VBN" or _irregular_participle(thing.head))
        and thing.head.i > thing.i
    )
    if (thing.dep_ not in {"dobj", "nsubjpass"} and not misparsed and not passive) or not thing.is_lower:
        return None
    return thing.lower_


def _qualifies(token: Token) -> bool:
    """The word is an adjective, or a noun that qualifies a later word ("minister Kovari", "prime
    ministers sign" parsed with "sign" a noun): part of a noun phrase, not a verb. A word the model tags
    as an adjective but hangs as a clause ("did Moldova expel in March", "expel" an adjectival clause of
    "did") qualifies nothing: it is the act."""
    if token.pos_ == "ADJ":
        return token.dep_ not in {"advcl", "ccomp", "xcomp", "conj"}
    return token.dep_ in {"compound", "amod", "nmod"} and token.head.i > token.i


def _irregular_participle(token: Token) -> bool:
    """ "was the boat taken": a participle the model tags as a past tense, though no English past tense
    ends as "taken", "shown" or "driven" do (past tenses end in -ed or change the vowel: took, drove)."""
    word = token.lower_
    return token.tag_ == "VBD" and word != token.lemma_.lower() and word.endswith(("en", "wn"))


def _doer_described(verb: Token, wh: Token | None) -> tuple[str, str | None]:
    """The subject of the question's verb as written, and its one state ("Peru's defence minister")."""
    subjects: list[Token] = []
    for head in [verb, *verb.ancestors]:
        # "did X urge Peru to take back", parsed with "urge" as a noun: the subject is the head verb's.
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if subjects:
            break
    # "Which Syrian diplomat did …", parsed as the subject: the one asked about, not the doer.
    subjects = [s for s in subjects if wh is None or not any(t.i == wh.i for t in s.subtree)]
    if len(subjects) != 1:
        return "", None
    words = list(subjects[0].subtree)
    ids = {t.ent_id_ for t in words if t.ent_type_ in {"GPE", "NORP"} and t.ent_id_ and t.ent_id_ != "-"}
    return " ".join(t.lower_ for t in words), ids.pop() if len(ids) == 1 else None


# Words that open a phrase or clause telling when or why an act was done, not what it was.
CIRCUMSTANTIAL = frozenset(
    {"after", "before", "during", "over", "amid", "following", "when", "while", "since"}
)


def _circumstance_words(doc) -> set[str]:
    """Stems of the question's phrases and clauses of circumstance on a verb ("after shells landed in
    Velmora", "when she received its foreign minister", "over the fishermen's resistance")."""
    words: set[str] = set()
    for token in doc:
        opens = token.dep_ == "prep" and token.lower_ in CIRCUMSTANTIAL
        clause = token.dep_ == "advcl" and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in CIRCUMSTANTIAL for c in token.children
        )
        if (opens or clause) and token.head.pos_ in {"VERB", "AUX"}:
            words |= content_words(" ".join(t.text for t in token.subtree))
    return words


def _verb_before_to_do(doc, do: Token) -> Token | None:
    """ "What did X urge Zambia to do?": the plain word before the infinitive's object ("urge"), after
    the inverted "did" and its subject, which the parser may read as a noun; None when "do" is not an
    infinitive told to someone."""
    if do.lemma_ != "do":
        return None
    to = next((c for c in do.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        # "What did X demand that Germany do?": the clause's "that" stands where "to" would.
        subject = next((c for c in do.children if c.dep_ == "nsubj"), None)
        before = doc[subject.left_edge.i - 1] if subject is not None and subject.left_edge.i > 0 else None
        to = before if before is not None and before.lower_ == "that" else None
    if to is None:
        return None
    aux = next((t for t in doc[: do.i] if t.lower_ in {"did", "does", "do", "will", "would"}), None)
    if aux is None:
        return None
    for token in reversed(doc[aux.i + 2 : to.i]):
        if token.pos_ in {"PROPN", "DET", "PRON", "ADJ", "NUM"} or not token.is_alpha:
            continue  # the one told to do it ("Zambia", "its neighbours")
        if token.is_lower and token.pos_ in {"NOUN", "VERB"} and token.lemma_ != "do":
            return token
        return None
    return None


def _stranded(doc) -> Token | None:
    """ "What was X charged with?", "What were they accused of?": the preposition that ends a "what"
    question without its object, on a verb."""
    words = [t for t in doc if not t.is_punct]
    if not words or words[0].lower_ != "what" or len(words) < 3:
        return None
    last = words[-1]
    if last.dep_ == "prt":
        return None  # "What did X ask Y to speed up?": a particle of the verb, not a preposition
    if last.pos_ != "ADP" or any(c.dep_ in {"pobj", "pcomp"} for c in last.children):
        return None
    return last if last.head.pos_ == "VERB" and last.head.i != last.i else None


def _objectless_preposition(doc) -> Token | None:
    """ "What did X say Y would push for within the Union?": a preposition (not a particle: "call
    off") right after the verb of a "what" question, without an object, which the parser may take for
    the verb's particle; what it asks for is what the preposition names in the answer."""
    words = [t for t in doc if not t.is_punct]
    if not words or words[0].lower_ != "what":
        return None
    for token in words[1:]:
        if (
            token.tag_ == "IN"
            and token.dep_ in {"prt", "prep"}
            and token.head.pos_ == "VERB"
            and token.i == token.head.i + 1
            and not any(c.dep_ in {"pobj", "pcomp"} for c in token.children)
        ):
            return token
    return None


def _asks_the_doer(doc, wh) -> bool:
    """Whether the question asks who did the act ("Who received X", "Which minister warned …") rather
    than to whom it was done ("Who did X meet", "Who was received by X"): read from the word order,
    which the parser often gets wrong in questions."""
    phrase = list(wh.head.subtree) if wh.dep_ in {"det", "amod"} and wh.head.pos_ == "NOUN" else [wh]
    end = max(t.i for t in phrase)
    if wh.lower_ in {"which", "what", "whose"} and len(phrase) == 1:
        # "Which Cambodian ambassador was summoned", parsed with "which" on its own: the asked words
        # run to the first verb.
        # A people's word the model mistags ("Which Togolese ambassador", Togolese as a pronoun) is
        # one of the asked words all the same.
        while end + 1 < len(doc) and (
            doc[end + 1].pos_ in {"ADJ", "NOUN", "PROPN", "NUM"} or doc[end + 1].ent_type_ in {"NORP", "GPE"}
        ):
            end += 1
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
        end += 2  # "Which former vice-president": the hyphened word is one
    after = doc[end + 1] if end + 1 < len(doc) else None
    then = doc[end + 2] if end + 2 < len(doc) else None
    if after is not None and after.lower_ in INVERTING and then is not None and then.pos_ != "VERB":
        return False  # "Who did X meet": the asked one is the object
    # "Who was received by X": passive, the asked one is acted upon.
    return not (after is not None and after.lower_ in BE and then is not None and then.tag_ == "VBN")


def _act(wh, verb):
    """The verb the question's asked word belongs to, following "continue to imprison", "help X build"
    and "say X would host" down to the last verb."""
    node = wh.head if wh is not None and wh.head.pos_ == "VERB" and wh.head.lemma_ != "do" else verb
    for _ in range(4):
        if node is None:
            return None
        nxt = next(
            (
                c
                for c in node.children
                if c.pos_ == "VERB"
                and (
                    c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not any(m.dep_ == "mark" for m in c.children))
                )
            ),
            None,
        )
        if nxt is None or nxt.lemma_ == "do":
            break  # "urge Chile to do": "do" stands for the act asked about, the urging names it
        node = nxt
    return node


def _located(doc) -> str | None:
    """ "Where is the headquarters of …", "Where is Egypt's military factory that …": the stem of the
    thing whose place is asked, the last noun of the first noun phrase after "is" (read from the word
    order: the parser often takes such a question's "is" for a preposition's object)."""
    words = [t for t in doc if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "where" or words[1].lemma_ != "be":
        return None
    noun = None
    for token in words[2:]:
        if token.pos_ == "NOUN":
            noun = token
        elif noun is not None or token.pos_ not in {"DET", "PROPN", "PART", "ADJ", "NUM"}:
            break
    return stem(noun.text) if noun is not None else None
