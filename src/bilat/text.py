"""Text normalisation shared by the stages: one way to compare words whatever their case and accents."""

from __future__ import annotations

import unicodedata


def folded(text: str) -> str:
    """Lower case without accents: "Diário" is "diario", "Darién" is "darien"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
