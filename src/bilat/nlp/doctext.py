"""The text of a spaCy ``Doc``, read once per document.

``Doc.text`` is rebuilt from every token on each access (a join over ``text_with_ws``); the stages read it
hundreds of times per story (news day, datelines, paragraph breaks), which cost about a tenth of the build.
The text never changes after tokenisation, so the first reading is kept in the doc's ``user_data``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "bilat.text"
CACHE = True  # off only in the test that shows the cache changes no result


def doc_text(doc: Doc) -> str:
    if not CACHE:
        return doc.text
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
