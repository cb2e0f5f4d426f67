"""spaCy's rule lemmatizer with a cache of every answer: the same lemmas, faster.

The model's lemmatizer caches a form's lemmas only when its rules ran; a base form (a singular noun, an
infinitive, a positive adjective: most tokens of a news story) is recomputed on every token, reading its
morphology into a dict each time. The lemma is a function of the form, its POS and its morphology, so
the answer is kept per (form, POS, morphology) and written to the whole document from one array.
``tests/nlp/test_attributes.py`` compares every token's lemma with the model's own lemmatizer.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

CACHE_LIMIT = 200_000


class _WordList(list):
    """A lemma index's word list that answers ``in`` from a set: the model's rules test every candidate
    form against lists of up to 57,000 words one by one (the same answers, kept in the list's order)."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.members = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self.members


class CachedLemmatizer:
    def __init__(self, lemmatizer: Lemmatizer | None = None) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        assert self.lemmatizer is not None, "CachedLemmatizer needs the model's lemmatizer"
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        overwrite = self.lemmatizer.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue  # set by the attribute ruler: the model's lemmatizer keeps it too
            key = (orth, pos, morph)
            found = self.cache.get(key)
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                if len(self.cache) > CACHE_LIMIT:  # a corpus's forms are many: keep memory bounded
                    self.cache.clear()
                self.cache[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory("bilat_lemmas", default_config={})
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    # The model's lemmatizer is handed over by build_nlp, which has the loaded pipeline.
    return CachedLemmatizer()


def use_cached_lemmatizer(nlp: Language) -> None:
    """Put the cached lemmatizer in the place of the model's ``lemmatizer``."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, words in list(index.items()):
        if isinstance(words, list) and not isinstance(words, _WordList):
            index[pos] = _WordList(words)
    component = nlp.add_pipe("bilat_lemmas", before="lemmatizer")
    component.__init__(lemmatizer)
    nlp.remove_pipe("lemmatizer")
