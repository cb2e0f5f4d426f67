"""A dateline the parser read as the sentence's subject.

"RIGA, Dec 2 — Latvia expelled a Russian diplomat": the pinned model often makes the dateline's place the
subject of the lead's verb and hangs the real subject, after the dash, on it as an apposition. Every
rule that reads a clause's subject then sees "RIGA" (tagged ORG, resolved to nobody) and the lead's
event is lost. A dash that closes the sentence's opening words ends the dateline: a subject before it
with an apposition after it is the dateline, and the apposition is the subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

DASHES = {"—", "–", "-", "--", "―"}
# A dateline is a place, a date and maybe an outlet in brackets: "KHARTOUM, Sept 18, 2025 (Nile Dispatch)".
DATELINE_TOKENS = 14
SUBJECTS = {"nsubj", "nsubjpass"}


@Language.component("bilat_dateline_subject")
def dateline_subject(doc: Doc) -> Doc:
    for sent in doc.sents:
        dash = next((t for t in sent[:DATELINE_TOKENS] if _spaced_dash(t)), None)
        if dash is None:
            continue
        # The parser may make the place and the date both subjects ("VILNIUS, Mar 4 —"), the apposition
        # hung on either.
        dateline = [t for t in sent[: dash.i - sent.start] if t.dep_ in SUBJECTS and t.head.i > dash.i]
        real = next((c for t in dateline for c in t.children if c.dep_ == "appos" and c.i > dash.i), None)
        if real is not None:
            _promote(real, [t for t in dateline if t.head == real.head.head or t is real.head])
    return doc


def _spaced_dash(token: Token) -> bool:
    """A dash standing between spaces, not the hyphen inside a name ("Dookhun-Lallmahomed", "52-year-old")."""
    return (
        token.text in DASHES
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
        and bool(token.whitespace_)
    )


def _promote(real: Token, dateline: list[Token]) -> None:
    """The apposition becomes the verb's subject; the dateline's words loose modifiers of the verb."""
    holder = real.head
    verb = holder.head
    real.dep_ = holder.dep_
    real.head = verb
    for token in dateline:
        token.dep_ = "npadvmod"
