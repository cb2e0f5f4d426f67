"""The verb of a question the parser misreads: the one after an inverted auxiliary and its subject
("When did X's Supreme Court order …", where "order" is read as a noun), or the participle of a
"Who was the ambassador summoned by …" question."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from bilat.extract.patterns import Patterns

WH = frozenset({"who", "whom", "which", "what", "where", "when", "how", "whose"})
INVERTING = frozenset(
    {
        "did",
        "does",
        "do",
        "will",
        "would",
        "can",
        "could",
        "should",
        "has",
        "have",
        "had",
        "must",
        "may",
        "might",
    }
)
BE = frozenset({"is", "was", "were", "are", "been"})


def hyphened(token: Token) -> bool:
    """The word is joined by a hyphen to the one before it ("Union-led", "UN-brokered")."""
    if token.i < 2:
        return False
    dash = token.doc[token.i - 1]
    return dash.text in {"-", "‑"} and not dash.whitespace_ and not token.doc[token.i - 2].whitespace_


def inverted_verb(doc: Doc, patterns: Patterns) -> Token | None:
    """The verb of a question that inverts its subject ("When did South Korea's Supreme Court order
    …", "At which crossing did Polish farmers tip …"): the first plain word after the auxiliary and
    the subject's names that is a verb, or a verb the event patterns know where the parser saw a noun
    and an object follows it."""
    wh = next((t for t in doc if t.lower_ in WH), None)
    aux = next((t for t in doc if wh is not None and t.i > wh.i and (t.pos_ in {"VERB", "AUX"})), None)
    if aux is None or aux.lower_ not in INVERTING:
        return None  # "Which spokesperson denied that …": no inversion
    noun_verb, previous = None, aux
    skipped: set[int] = set()
    for token in doc[aux.i + 1 :]:
        if token.i in skipped:
            continue
        if token.dep_ in {"acl", "relcl"} and token.head.i < token.i:
            # "must the embassy staff expelled by Moldova leave": the participle describes the subject.
            skipped |= {t.i for t in token.subtree}
            continue
        if token.pos_ == "DET" and noun_verb is not None:
            return noun_verb  # "… Court order a steelmaker": a noun followed by its object is the verb
        if token.tag_ == "HYPH":
            continue  # "Estonian-Finnish talks"
        if token.tag_ == "POS":
            previous = token
            continue  # "Solomon Islands' foreign minister": the possessive mark is no end of the question
        if hyphened(token):
            previous = token
            continue  # "African Union-led talks": a word joined by a hyphen is a modifier, not the act
        if token.pos_ == "AUX" or token.is_punct:
            # "Where did the last round of talks collapse?": with no verb in sight, the question's last
            # plain word, which the parser read as a noun, is its verb.
            last = doc[token.i - 1]
            ends = token.lower_ == "?" and last.is_lower and last.pos_ == "NOUN" and last.i > aux.i + 1
            if noun_verb is not None and noun_verb.i < last.i - 1:
                return noun_verb  # "did wreckage … wound two shepherds?": the verb has its object
            return last if ends else None
        after_det = previous.pos_ in {"DET", "ADJ"} or previous.lower_ in {"'s", "'", "its", "their"}
        if (
            token.pos_ in {"ADJ", "ADV"}
            and (previous.pos_ == "PROPN" or (previous.pos_ == "NOUN" and previous.tag_ == "NNS"))
            and previous.i > aux.i
            and token.lower_ in patterns.verbs
            and doc[token.i + 1 :][:1].text.lower() in {"to", "the", "a", "an", "its", "their"}
        ):
            # "did Tajikistan close to freight traffic", "did Kyrgyz officials close to trucks": the
            # parser reads "close to" as an adverb; a verb the patterns know, right after the subject's
            # name or plural noun, is the question's verb.
            return token
        if token.is_alpha and token.is_lower and token.pos_ not in {"DET", "PART", "NUM", "ADJ", "ADP"}:
            if (token.pos_ == "VERB" or token.tag_ in {"VB", "VBP"}) and not after_det:
                return token  # "the last round": a word after a determiner is no verb
            if token.pos_ not in {"NOUN", "PROPN", "VERB"}:
                return None
            # Not right after a determiner or adjective: "the land border" is no act of landing.
            if (
                noun_verb is None
                and token.lemma_.lower() in patterns.verbs
                # "did Guatemala's note of May 2025 demand …": a date may end the subject too.
                and (previous.pos_ in {"PROPN", "NOUN"} or previous.ent_type_ == "DATE")
            ):
                noun_verb = token
        previous = token
    return None


def described_act(doc: Doc) -> Token | None:
    """ "Who was the ambassador summoned by …": the participle of a "who was the …" question that says
    what was done to the one asked about."""
    if len(doc) < 3 or doc[0].lower_ not in {"who", "what"} or doc[1].lower_ not in BE:
        return None
    # "the chargé d'affaires", whose last word the model tags as a proper noun, is an office all the same.
    subjects = [
        c for c in doc[1].children if c.dep_ in {"nsubj", "attr"} and c.i > 1 and c.pos_ in {"NOUN", "PROPN"}
    ]
    return next(
        (
            a
            for s in subjects
            for a in s.children
            if (a.dep_ == "acl" and a.tag_ == "VBN") or _passive_relative(a)
        ),
        None,
    )


def _passive_relative(clause: Token) -> bool:
    """ "the chargé d'affaires who was summoned": a passive relative clause says, as a participle would,
    what was done to the one asked about."""
    return (
        clause.dep_ == "relcl"
        and clause.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" and c.lower_ in {"who", "that"} for c in clause.children)
    )


def relative_act(doc: Doc) -> Token | None:
    """ "Who is the trade minister who visited X": the verb of an active relative clause on the office a
    "who is the …" question names is the act, done by the one asked about."""
    if len(doc) < 3 or doc[0].lower_ != "who" or doc[1].lower_ not in BE:
        return None
    subjects = [
        c for c in doc[1].children if c.dep_ in {"nsubj", "attr"} and c.i > 1 and c.pos_ in {"NOUN", "PROPN"}
    ]
    return next(
        (
            a
            for s in subjects
            for a in s.children
            if a.dep_ == "relcl"
            and a.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in a.children)
        ),
        None,
    )
