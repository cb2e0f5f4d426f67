"""Whether a sentence or an answer is told by the source a question names: the asker's checks
of outlets, bodies and the citations that name them.
"""

from __future__ import annotations

import re

from bilat.ask import (
    places,
)
from bilat.ask.question import (
    Question,
    content_words,
)
from bilat.ask.retrieve import Candidate
from bilat.ask.source_names import (
    BODY,
    SAYS_ON,
    _is_outlet,
    _names_source,
    owned_source_words,
)
from bilat.models import Answer, Citation

# "How much did Iran's oil minister say …": the one whose word a figure question asks for.
SAID_BY = re.compile(r"^\s*(?:how\s+(?:much|many)|what)\b.*?\b(?:did|does|do)\s+(.+?)\s+say\b", re.I)


class SourceChecks:
    """The Asker's checks of the source a question names (a mixin: it uses the Asker's store and records)."""

    def _other_body_says(self, question: Question, evidence: str) -> bool:
        """ "How much did Iran's oil minister say Iran owed?" is not answered by "Turkmengaz said … owed
        it 1.6 billion": the question names whose word it asks for (a state's office or body), and the
        sentence gives the word of another body, named as the subject of its verb of saying."""
        said = SAID_BY.search(question.text)
        if said is None or not re.search(r"['’]s\s", said.group(1)):
            return False
        asked = content_words(said.group(1))
        sayers = [
            t
            for t in self.nlp(evidence)
            if t.dep_ == "nsubj" and t.head.lemma_ in places.REPORTING and t.pos_ == "PROPN"
        ]
        return bool(sayers) and all(
            t.ent_type_ == "ORG" and not asked & content_words(" ".join(w.text for w in t.subtree))
            for t in sayers
        )

    def _source_tells(self, sentence: str, source: str) -> bool:
        """A body the question names beyond its country ("the Dutch foreign ministry") gives the figure
        of a sentence that names it: the sentence of another speaker in the same article ("the navy
        spokesman said 16 were held") tells the other side's figure."""
        if BODY.search(source) is None:
            # "according to Chad": a state, whose account any of its voices may give; "according to the
            # Harbour Gazette": the outlet, whose article is its account.
            return True
        # "The security service said 42 …" for "according to the State Security Service": a body
        # named again by the last words of its name.
        again = r"\b(?i:the)\s+" + r"\s+".join(map(re.escape, source.lower().split()[-2:])) + r"\b"
        return (
            _names_source(sentence, source, self.country_words)
            or re.search(again, sentence, re.I) is not None
        )

    def _source_before(self, candidate: Candidate, source: str) -> bool:
        """ "The Qatari ministry told another story. It said nine were held": a sentence whose
        "it" or "they" says something goes on with the source the sentence before (in its paragraph)
        names."""
        if SAYS_ON.match(candidate.text) is None:
            return False
        sentences = {s.index: s for s in self.store.sentences(candidate.doc_id)}
        here, before = sentences.get(candidate.sentence), sentences.get(candidate.sentence - 1)
        if here is None or before is None or before.paragraph != here.paragraph:
            return False
        return BODY.search(source) is not None and _names_source(before.text, source, self.country_words)

    def _cites_source(self, answer: Answer, source: str) -> bool:
        """An answer cites a document of the source the question names ("according to the X")."""
        for citation in answer.citations[:1]:
            document = self.store.document(citation.doc_id)
            if document is not None and (
                _is_outlet(document.outlet, source)
                or (
                    _names_source(document.text, source, self.country_words)
                    and self._source_tells(citation.evidence, source)
                )
            ):
                return True
        return False

    def _names_owned(self, question: Question, doc_id: str, index: int) -> bool:
        """The sentence, or its paragraph, names the owned source the question names (or it names none):
        another article's figure, or another speaker's, may well differ from that body's."""
        words = owned_source_words(question.text)
        if not words:
            return True
        sentences = self.store.sentences(doc_id)
        here = next((s for s in sentences if s.index == index), None)
        if here is None:
            return False
        told = " ".join(s.text for s in sentences if s.paragraph == here.paragraph).lower()
        return all(re.search(rf"\b{re.escape(w)}\b", told) for w in words)

    def _naming(self, candidate: Candidate) -> list[Citation]:
        """The sentence that names the person the answering sentence calls by office only."""
        if candidate.named_in is None:
            return []
        for s in self.store.sentences(candidate.doc_id):
            if s.index == candidate.named_in:
                uri = candidate.document.source_uri
                return [
                    Citation(
                        doc_id=candidate.doc_id,
                        source_uri=uri,
                        evidence=s.text,
                        start=s.start,
                        end=s.end,
                        sentence=s.index,
                    )
                ]
        return []
