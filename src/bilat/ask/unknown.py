"""The answer that says the store does not say: what the asker gives rather than a wrong one."""

from __future__ import annotations

from bilat.models import Answer

UNKNOWN = "The store does not say."


def _unknown(text: str) -> Answer:
    return Answer(question=text, answer=UNKNOWN, kind="unknown", known=False)
