"""Bytes in, readable text out: UTF-8 (with or without BOM), then Windows-1252/Latin-1; binary refused."""

from __future__ import annotations

import codecs

from app.errors import BinaryInputError, EmptyInputError, InputEncodingError, InputTooLargeError
from app.regexes import compiled

# Control characters other than tab/newline/carriage return/form feed never appear in articles.
CONTROLS = compiled("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
STRAY = compiled("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def decode_bytes(data: bytes, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"The input is {_kilobytes(len(data))}, over the limit of {_kilobytes(max_bytes)}",
            "an article is rarely more than a few hundred kilobytes",
        )
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise InputEncodingError("The input starts like UTF-16 but is not valid UTF-16") from None
    if b"\x00" in data[:65536]:
        raise BinaryInputError("The input is binary data, not text or HTML", "it holds NUL bytes")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return _checked(text, legacy=True)


def check_text(text: str, max_bytes: int) -> str:
    """The same checks for text that arrives already decoded (JSON bodies)."""
    if len(text) > max_bytes:
        raise InputTooLargeError(f"The text is {_kilobytes(len(text))}, over the limit of {_kilobytes(max_bytes)}")
    return _checked(text)


def _checked(text: str, legacy: bool = False) -> str:
    if not text.strip():
        raise EmptyInputError("The input is empty: paste the text or HTML of an article")
    sample = text[:65536]
    controls = len(CONTROLS.findall(sample))
    replacement = sample.count("\ufffd")
    if controls > max(2, len(sample) // 200):
        if legacy:
            raise InputEncodingError(
                "The input is in an encoding Narrateur cannot read", "expected UTF-8, Windows-1252 or Latin-1 text"
            )
        raise BinaryInputError("The input is binary data, not text or HTML", "it holds control characters")
    if replacement > max(2, len(sample) // 100):
        raise InputEncodingError("The input is not valid UTF-8 text", "it looks like a damaged or binary file")
    # The few stray control characters or lone surrogates left are noise that XML parsers reject.
    return STRAY.sub("", text)


def _kilobytes(size: int) -> str:
    return f"{size // 1000:,} kB".replace(",", " ")
