"""The model's layers multiply with numpy's OpenBLAS (``bilat.nlp.blas``) and annotate exactly as with
thinc's default blis: the same tags, dependencies, heads, sentences and entities."""

from __future__ import annotations

import spacy

from bilat.nlp.blas import numpy_matrix_products, one_blas_thread
from bilat.nlp.pipeline import MODEL, build_nlp

TEXTS = [
    "The foreign minister of Norvania met her Keldish counterpart in Port Amsel on Tuesday to discuss "
    "fishing rights, a spokesman said.",
    "Talks between the two governments broke down after the coast guard seized three trawlers near the "
    "disputed islands.\nThe embassy summoned the ambassador and demanded the crews' release.",
    "President Ilse Varga signed a $40 million trade agreement with Brakonia, the first since 2019.",
]


def _annotations(doc) -> list[tuple]:
    tokens = [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.is_sent_start) for t in doc]
    return tokens + [(e.start, e.end, e.label_) for e in doc.ents]


def test_layers_built_in_the_block_skip_blis():
    with numpy_matrix_products():
        nlp = spacy.load(MODEL)
    default = spacy.load(MODEL)
    tok2vec = nlp.get_pipe("tok2vec").model
    assert tok2vec.ops.use_blis is False
    # The block changes only what is built inside it.
    assert default.get_pipe("tok2vec").model.ops.use_blis is True


def test_same_annotations_as_blis(resources, nlp):
    reference = build_nlp(resources, fast_matrices=False)
    assert nlp.get_pipe("tok2vec").model.ops.use_blis is False
    for fast, slow in zip(nlp.pipe(TEXTS), reference.pipe(TEXTS), strict=True):
        assert _annotations(fast) == _annotations(slow)
        assert fast.ents  # the texts hold names and figures: the comparison covers entities


def test_one_thread_is_set_when_the_library_is_found():
    assert one_blas_thread() is True  # numpy's wheels bundle OpenBLAS with its setter
