"""Bytes to text: strict UTF-8 first; UTF-8 with a few bad bytes stays UTF-8 (they are replaced and
counted); a legacy encoding (cp1251, latin-1, …) only when the bytes are not UTF-8-like, chosen by a
detector. Binary is refused. How the text was decoded is kept, so a reader can tell a guess from a fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    pass


# Legacy encodings the detector may choose among (news in bilat's languages is still written in them),
# the most common first: the order breaks ties between equally plausible readings.
LEGACY = ["cp1252", "cp1251", "latin_1", "cp1250", "koi8_r", "iso8859_9"]
MAX_BAD_SHARE = 0.01  # above 1 % of the bytes bad, the text is not UTF-8 that was damaged a little


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16, cp1251, …
    how: str  # strict | bom | declared | replaced | detected
    replaced: int = 0  # bytes that were not UTF-8 and became U+FFFD (how == "replaced")


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > 0.05


def _utf8_damage(data: bytes) -> tuple[int, int]:
    """(bad bytes, valid multi-byte characters) when read as UTF-8: each bad byte becomes one lone
    surrogate under ``surrogateescape``, so both are counted in one pass."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    multibyte = sum(1 for c in text if c > "\x7f") - bad
    return bad, multibyte


def utf8_like(data: bytes) -> bool:
    """Mostly valid UTF-8: some multi-byte characters decode, and the bad bytes are fewer than them and
    a small share of the whole. Text in a legacy encoding has almost no valid multi-byte sequences."""
    bad, multibyte = _utf8_damage(data)
    return multibyte > 0 and bad <= multibyte and bad <= max(1, len(data) * MAX_BAD_SHARE)


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """The text and how it was read; ``DecodeError`` for binary or undecodable data.

    ``declared`` (an HTTP charset) is tried after UTF-8, which is tried first because it rarely
    decodes text that is not UTF-8, and before detection.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has NUL bytes but is text
        try:
            return Decoded(data.decode("utf-16").lstrip("\ufeff"), "utf-16", "bom")
        except UnicodeDecodeError:
            raise DecodeError("undecodable UTF-16 text") from None
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        return Decoded(body.decode("utf-8"), "utf-8-sig" if bom else "utf-8", "bom" if bom else "strict")
    except UnicodeDecodeError:
        pass
    if bom or utf8_like(body):
        bad, _ = _utf8_damage(body)
        return Decoded(body.decode("utf-8", errors="replace"), "utf-8", "replaced", bad)
    if declared and declared.lower().replace("_", "-") not in {"utf-8", "utf8"}:
        try:
            return Decoded(data.decode(declared), declared.lower(), "declared")
        except (UnicodeDecodeError, LookupError):
            pass
    matches = list(from_bytes(data, cp_isolation=LEGACY))
    if not matches:
        raise DecodeError("unknown text encoding")
    # A short text with one or two accented letters fits several code pages equally well ("São" is
    # "Săo" in cp1250): on a tie, the more common one wins, in the order of LEGACY.
    best = min(
        matches,
        key=lambda m: (round(m.chaos, 3), -round(m.coherence, 3), _rank(m.encoding)),
    )
    return Decoded(str(best), best.encoding, "detected")


def _rank(encoding: str) -> int:
    return LEGACY.index(encoding) if encoding in LEGACY else len(LEGACY)
