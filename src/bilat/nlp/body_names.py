"""A state body's name as the text writes it, where the statistical model cut it short or ran it on.

"the Ministry of Foreign Affairs and International Cooperation" is often tagged only up to "and";
"Spokesperson, Ministry of Trade" takes the signature's title into the name; "UK" + "Export Finance",
"Ghana" + "Cocoa Board", "Georgian" + "State Electrosystem" split a body's name into a place and a
person. These repairs give the entities back the body's whole name before actors are read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from bilat.nlp.bodies import BODY_SECTORS, SPLIT_BODY_SECTORS
from bilat.nlp.countries import Gazetteer
from bilat.nlp.doctext import doc_ents, with_lower

# Words joining the parts of a portfolio: "Foreign Affairs and International Cooperation".
JOINS = {"and", "&"}
MAX_TAIL = 4  # capitalised words after the join ("Energy Security and Net Zero")
# First words that make a name a state's office or firm, never a person's: "State Electrosystem",
# "National Oil Corporation", "Federal Customs Service".
STATE_WORDS = {"state", "national", "federal", "central", "republican"}
# Last words of the names of a state's offices and firms that a model may read as a person's name:
# "Cocoa Board", "Export Finance", "Revenue Authority".
BODY_LAST_WORDS = {
    "board",
    "commission",
    "authority",
    "agency",
    "service",
    "office",
    "bureau",
    "finance",
    "corporation",
    "company",
    "institute",
    "council",
    "directorate",
    # the bodies of a trade or a profession: "Exporters Assembly", "Chamber of Commerce" cut after "Chamber"
    "assembly",
    "chamber",
    "federation",
    "confederation",
    "association",
}


def repair_body_names(doc: Doc, gazetteer: Gazetteer, portfolios: set[str], states: set[int]) -> None:
    """``states``: indexes of the tokens that name a state or its nationality."""
    ents = list(doc_ents(doc))
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].is_space:
            # "Ministry of Trade\n\n" on a letterhead: the line's end is no part of the name.
            end = ent.end
            while end > ent.start + 1 and ent.doc[end - 1].is_space:
                end -= 1
            ent = ents[n] = Span(doc, ent.start, end, label="ORG")
            changed = True
        if ent.label_ != "ORG" or not _has_tail(ent):
            continue
        start, end = _after_title(ent, gazetteer), _tail_end(ent, gazetteer, portfolios)
        # Only a title the model cut lengthens the name: where none is, the tail's end stands, even one
        # before the model's ("Ministry of Trade and" loses its dangling join).
        titled_end = _office_title_end(ent, gazetteer)
        end = titled_end if titled_end > ent.end else end
        if (start, end) != (ent.start, ent.end):
            ents[n] = Span(doc, start, end, label="ORG")
            changed = True
    for n, ent in enumerate(ents):
        if ent.label_ != "ORG" and (_statistics_office(ent, gazetteer) or _bank_word(ent)):
            ents[n] = Span(doc, ent.start, ent.end, label="ORG")
            changed = True
    for n, ent in enumerate(ents):
        state = ents[n - 1] if n > 0 else None
        if state is None or state.end != ent.start or not all(t.i in states for t in state):
            continue
        if state.label_ in {"GPE", "NORP"} and _split_from_state(ent):
            ents[n] = Span(doc, state.start, ent.end, label="ORG")
            changed = True
    for n, ent in enumerate(ents):
        start = _body_read_as_name(ent, gazetteer)
        if start is not None:
            ents[n] = Span(doc, start, ent.end, label="ORG")
            changed = True
    for n, ent in enumerate(ents):
        end = _armed_front_end(ent, states) if ent.label_ == "ORG" else None
        if end is not None:
            ents[n] = Span(doc, ent.start, end, label="ORG")
            changed = True
    taken = {t.i for e in ents for t in e}  # kept up to date as a name grows, not read again per name
    for n, ent in enumerate(ents):
        start = _untagged_body_of_state(ent, states, taken)
        if start is not None:
            ents[n] = Span(doc, start, ent.end, label="ORG")
            taken |= set(range(start, ent.end))
            changed = True
    for start, end in _untagged_bodies(doc, taken):
        ents.append(Span(doc, start, end, label="ORG"))
        changed = True
    if changed:
        doc.ents = _without_overlaps(ents)


# Words inside a body's name before the state it ends with: "Agency for Statistics of".
NAME_JOINS = {"for", "of", "and", "&"}
MAX_STATE_BODY_WORDS = 6


def _untagged_body_of_state(ent: Span, states: set[int], taken: set[int]) -> int | None:
    """ "citing the National Office for Statistics of North Macedonia": a body's name the model left
    untagged but for the state it ends with; its capitalised words after "the", headed by a state body's
    word before its first "for" or "of", make one name with the state. Where the name starts, or None."""
    doc = ent.doc
    if ent.label_ != "GPE" or not all(t.i in states for t in ent) or ent.start < 3:
        return None
    if doc[ent.start - 1].lower_ != "of":
        return None
    start = ent.start - 1
    while start > 0 and ent.start - start <= MAX_STATE_BODY_WORDS:
        before = doc[start - 1]
        if before.i in taken or not (before.is_title or before.lower_ in NAME_JOINS) or before.is_sent_start:
            break
        start -= 1
    if start == 0 or doc[start - 1].lower_ != "the" or not doc[start].is_title:
        return None
    words = [t.lower_ for t in doc[start : ent.start - 1]]
    cut = next((n for n, w in enumerate(words) if w in {"for", "of"}), len(words))
    head = words[cut - 1] if cut > 0 else None
    return start if head in BODY_LAST_WORDS or head == "ministry" else None


# Last words of the names of a state's forces and services the model may leave untagged: "the Border
# Police", "the Coast Guard".
FORCE_HEADS = {"police", "guard", "gendarmerie"}
# Forces named by their word alone, capitalised in a sentence: "the Gendarmerie", "the Constabulary" ("the
# Guard" is as often a title's or a person's word).
LONE_FORCE_HEADS = {"gendarmerie", "constabulary"}
MAX_BODY_WORDS = 3


def _untagged_bodies(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """ "the Frontier Guard stopped two lorries", "put the Gendarmerie on alert": capitalised words
    after "the" the model left untagged, ending in a force's word, inside a sentence (not a headline's
    capitals)."""
    found = []
    # Only the force words are visited (found from the document's word index): no object per token.
    for token in with_lower(doc, FORCE_HEADS):
        if token.lower_ not in FORCE_HEADS or not token.is_title or token.i in taken:
            continue
        start = token.i
        while start > 0 and token.i - start < MAX_BODY_WORDS:
            before = doc[start - 1]
            if not before.is_title or not before.is_alpha or before.i in taken or before.is_sent_start:
                break
            start -= 1
        alone = start == token.i and token.lower_ in LONE_FORCE_HEADS
        if (start == token.i and not alone) or start == 0 or doc[start - 1].lower_ != "the":
            continue
        found.append((start, token.i + 1))
    return found


# First words of the names of armed movements, which go on with what they fight for and often the state they
# fight in: "the Front for Unity and Renewal in Niger", "the Movement for the Liberation of the Congo".
FRONT_HEADS = {"front", "movement"}
STATE_PREPOSITIONS = {"in", "of"}


def _armed_front_end(ent: Span, states: set[int]) -> int | None:
    """Where a front's or movement's name ends when the model cut it before its "and …" and the state
    it names ("the Front for Unity" + "and Renewal" + "in Niger"): only when the name then ends with a
    state's name, which makes the words between part of one name."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 3 or words[0].lower_ not in FRONT_HEADS or words[1].lower_ not in {"for", "of"}:
        return None
    end = ent.end
    if end + 1 < len(doc) and doc[end].lower_ in JOINS:
        end += 1
        while end < len(doc) and end - ent.end <= MAX_TAIL and doc[end].is_title and end not in states:
            end += 1
        if end == ent.end + 1:
            return None
    if end + 1 >= len(doc) or doc[end].lower_ not in STATE_PREPOSITIONS:
        return None
    state = end + 1
    if state < len(doc) and doc[state].lower_ == "the":
        state += 1
    if state >= len(doc) or state not in states:
        return None
    while state < len(doc) and state in states and "\n" not in doc[state - 1].whitespace_:
        state += 1
    return state


def _has_tail(ent: Span) -> bool:
    """A name with a portfolio or purpose after its head: "Ministry of …", "Department for …"."""
    return any(t.lower_ in {"of", "for"} for t in ent[1:])


def _office_title_end(ent: Span, gazetteer: Gazetteer) -> int:
    """Where "the Office of the Prime" ends when the model cut the office-holder's title it is named for:
    the capitalised words after it that complete the title ("Minister")."""
    doc = ent.doc
    cut = max(t.i for t in ent if t.lower_ in {"of", "for"})
    held = [t.lower_ for t in doc[cut + 1 : ent.end] if t.lower_ != "the"]
    end = ent.end
    while held and end < len(doc) and end - ent.end < 2 and doc[end].is_title and not doc[end].ent_type_:
        held.append(doc[end].lower_)
        end += 1
        if " ".join(held) in gazetteer.titles:
            return end
    return ent.end


def _after_title(ent: Span, gazetteer: Gazetteer) -> int:
    """ "Spokesperson, Ministry of Trade": a signature's title and its comma before the body's name."""
    for t in ent[1:-1]:
        if t.text == ",":
            before = " ".join(w.lower_ for w in ent.doc[ent.start : t.i])
            return t.i + 1 if before in gazetteer.titles else ent.start
    return ent.start


def _tail_end(ent: Span, gazetteer: Gazetteer, portfolios: set[str]) -> int:
    """Where the name ends when the model stopped at (or before) a join: the capitalised words after
    "and" on the same line, when none is a title or a name the model read as something other than a
    portfolio ("the Ministry of Trade and Minister Ruiz", "the Ministry of Energy and Sonatrach")."""
    doc = ent.doc
    join = ent.end - 1 if ent[-1].lower_ in JOINS else ent.end
    if join >= len(doc) or doc[join].lower_ not in JOINS or "\n" in doc[join - 1].whitespace_:
        return ent.end
    end = join + 1
    if end + 1 < len(doc) and doc[end].lower_ == "the" and _article_tail(doc[end + 1], gazetteer, portfolios):
        # "Agriculture, Food and the Marine": a portfolio may take its article; the model reads the word
        # after it as an organisation of its own.
        return end + 2
    while end < len(doc) and end - join <= MAX_TAIL and _tail_word(doc[end], gazetteer, portfolios):
        if "\n" in doc[end - 1].text_with_ws[len(doc[end - 1].text) :]:
            break
        end += 1
    if end == join + 1:
        named = _named_tail(doc[end], gazetteer)
        if named is not None:
            return named
        return join if join < ent.end else ent.end  # "Ministry of Trade and": the dangling join dropped
    return end


def _named_tail(first: Token, gazetteer: Gazetteer) -> int | None:
    """ "the State Office for Digital Signatures and Network Safety (SODSNS)": the model read
    the words after the join as a body of their own; an acronym in brackets right after them names the
    whole, so they are the name's tail. Where that tail ends, or None."""
    doc = first.doc
    if first.ent_iob_ != "B" or first.ent_type_ not in {"ORG", "PERSON"}:
        return None
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    words = doc[first.i : end]
    if first.ent_type_ == "PERSON" and len(words) > 1:
        return None  # "… and Demography (ANSD)": one word read as a name; a person's has two
    if end - first.i > MAX_TAIL or not all(t.is_alpha and t.is_title for t in words):
        return None
    if any(t.lower_ in gazetteer.titles for t in words):
        return None
    after = doc[end : end + 3]
    if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and _acronym_word(after[1].text):
        return end
    return None


def _acronym_word(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def _tail_word(token: Token, gazetteer: Gazetteer, portfolios: set[str]) -> bool:
    if not token.is_alpha or not (token.is_title or token.is_upper) or token.lower_ in gazetteer.titles:
        return False
    # A word the model tagged is the tail's only if it names a portfolio ("Cooperation" read as a person).
    return not token.ent_type_ or token.lower_ in portfolios


def _article_tail(token: Token, gazetteer: Gazetteer, portfolios: set[str]) -> bool:
    """The one word after "and the" that ends a portfolio's name: capitalised, no title, untagged or tagged
    alone as an organisation, and the name's last word."""
    doc = token.doc
    alone_tagged = token.ent_type_ == "ORG" and token.ent_iob_ == "B"
    if not _tail_word(token, gazetteer, portfolios) and not alone_tagged:
        return False
    if not token.is_alpha or not token.is_title or token.lower_ in gazetteer.titles:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is None or not (after.is_title and after.is_alpha) or after.ent_iob_ == "B"


# "Statistics Netherlands", "Stats NZ", "Statistics South Africa": a state's statistics office, by its name.
STATISTICS_WORDS = {"statistics", "stats"}


def _statistics_office(ent: Span, gazetteer: Gazetteer) -> bool:
    words = [t.text for t in ent if t.lower_ != "the"]
    if len(words) < 2 or words[0].lower() not in STATISTICS_WORDS:
        return False
    state = " ".join(words[1:])
    return (gazetteer.names.get(state) or gazetteer.names.get(state.removeprefix("the "))) is not None


def _bank_word(ent: Span) -> bool:
    """ "Eximbank", "Sberbank", "Bundesbank": one word that ends in "bank" names a bank, whatever the
    model read it as (a place)."""
    word = ent[0]
    return len(ent) == 1 and word.is_title and word.lower_.endswith("bank") and len(word) > len("bank") + 2


def _split_from_state(ent: Span) -> bool:
    """ "UK" + "Export Finance", "Georgian" + "State Electrosystem": capitalised words written right after
    a state's name or nationality, with no possessive, whose first word makes them a state's office or
    firm or whose last word names one, are that body's name, not a person's or a place's."""
    if ent.label_ not in {"PERSON", "GPE"}:
        return False
    words = [t for t in ent if t.is_alpha]
    if not words or len(words) != len(ent) or not all(t.is_title or t.is_upper for t in words):
        return False
    if any(t.lower_ in BODY_SECTORS or t.lower_ in SPLIT_BODY_SECTORS for t in words):
        return False  # "South African" + "Police Service": read with its sector by ``bodies._split_body``
    return words[0].lower_ in STATE_WORDS or words[-1].lower_ in BODY_LAST_WORDS


def _body_read_as_name(ent: Span, gazetteer: Gazetteer) -> int | None:
    """ "the National Iranian Oil Company" with "Iranian Oil Company" read as a person's name: capitalised
    words with a nationality among them and a body's last word are a firm's or an office's name, not a
    person's; an untagged "National", "State" … just before it is its first word. Where the name starts."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].lower_ not in BODY_LAST_WORDS:
        return None
    if not all(t.is_title or t.is_upper for t in ent if t.is_alpha):
        return None
    if not any(t.text in gazetteer.demonyms for t in ent[:-1]):
        return None
    start = ent.start
    while start > 0 and ent.doc[start - 1].lower_ in STATE_WORDS and ent.doc[start - 1].is_title:
        if ent.doc[start - 1].ent_type_:
            break
        start -= 1
    return start


def _without_overlaps(ents: list[Span]) -> list[Span]:
    """The repaired names win over the entities they took words from."""
    kept: list[Span] = []
    taken: set[int] = set()
    for ent in sorted(ents, key=lambda e: (-(len(e)), e.start)):
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        kept.append(ent)
        taken.update(range(ent.start, ent.end))
    return sorted(kept, key=lambda e: e.start)
