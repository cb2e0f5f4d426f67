"""Bytes to text: UTF-8 first, then a detected legacy encoding (cp1251, latin-1, …); binary is refused."""

from __future__ import annotations

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    pass


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > 0.05


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with; ``DecodeError`` for binary or undecodable data.

    ``declared`` (an HTTP charset) is tried after UTF-8, which is tried first because it rarely
    decodes text that is not UTF-8, and before detection.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has NUL bytes but is text
        try:
            return data.decode("utf-16").lstrip("\ufeff"), "utf-16"
        except UnicodeDecodeError:
            raise DecodeError("undecodable UTF-16 text") from None
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data, cp_isolation=["cp1251", "cp1252", "latin_1", "koi8_r", "cp1250", "iso8859_9"])
    match = best.best()
    if match is None:
        raise DecodeError("unknown text encoding")
    return str(match), match.encoding
