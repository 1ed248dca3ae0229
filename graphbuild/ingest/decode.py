"""Bytes → repaired Unicode text.

Scraped news arrives as UTF-8, Windows-1252, Latin-1 or UTF-8 that was once
mis-decoded ("BadanÂ POM", "â€œ"). We decode strictly as UTF-8 first; a file
that mixes UTF-8 with stray Windows-1252 bytes keeps its UTF-8 and only the bad
bytes fall back; a file with no valid UTF-8 is Latin text in practice, so it is
read as cp1252 unless it is mostly non-ASCII, where charset-normalizer guesses
(other scripts). ftfy then repairs mojibake and the result is NFC.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

log = logging.getLogger(__name__)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"BZh", "a bzip2 archive"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
    (b"RIFF", "a RIFF (audio/video/WebP) file"),
    (b"\x00\x00\x00\x18ftyp", "a video file"),
    (b"\x00\x00\x00\x20ftyp", "a video file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])  # counted by deleting them
# C0/C1 controls except tab/newline, lone surrogates, non-characters, zero-width/format junk
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u200b\u200e\u200f\u2060\ufeff]")
_ASCII_JUNK = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])  # what ``_JUNK`` removes from ASCII text
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_BREAK_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # a text without any needs no ``_LINE_BREAKS`` pass
# UTF-8 read as cp1252/Latin-1: a lead byte (Â..ô) followed by a continuation byte as cp1252/Latin-1
# shows it, as do stray C1 controls. Only lines with this signature go through ftfy (slow on big texts).
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\x80-\x9f]"
)
_LATIN_FAMILY = frozenset(
    "ascii utf_8 cp1252 windows_1252 latin_1 iso8859_1 iso8859_15 cp1250 iso8859_2 mac_roman mac_latin2 "
    "cp437 cp850 cp858".split()
)


def _bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def sniff_binary(data: bytes) -> str | None:
    """Why ``data`` is not text ("looks like a PDF file"), or None when it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"looks like {what}, not text; convert it to text or HTML first"
    if _bom_encoding(data) in ("utf-16", "utf-32"):
        return None
    head = data[:_SNIFF]
    if b"\x00" in head:
        return "contains NUL bytes (binary data, not text); convert it to text first"
    if head and len(head) - len(head.translate(None, _CONTROL_BYTES)) > max(8, len(head) // 10):
        return "contains many control bytes (binary data, not text); convert it to text first"
    return None


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: undecodable bytes are read as cp1252 (Latin-1 where cp1252 has a hole)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    out = []
    for b in bad:
        byte = bytes([b])
        try:
            out.append(byte.decode("cp1252"))
        except UnicodeDecodeError:
            out.append(byte.decode("latin-1"))
    return "".join(out), err.end


codecs.register_error("graphbuild-cp1252", _cp1252_fallback)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes; returns ``(text, encoding used)``. Never raises on bad bytes."""
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace"), bom
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[: 1 << 20]
    mixed = sample.decode("utf-8", errors="surrogateescape")
    valid_multibyte = sum(1 for ch in mixed if "\x80" <= ch and not "\udc80" <= ch <= "\udcff")
    if valid_multibyte >= 2:  # real UTF-8 with a few stray legacy bytes
        return data.decode("utf-8", errors="graphbuild-cp1252"), "utf-8 (with cp1252 bytes)"
    high = sum(1 for b in sample if b >= 0x80)
    encoding = "cp1252"
    if high > len(sample) // 10:
        encoding = _guess_encoding(sample) or "cp1252"
    if encoding == "cp1252":
        return data.decode("cp1252", errors="graphbuild-cp1252"), encoding
    return data.decode(encoding, errors="replace"), encoding


def _guess_encoding(sample: bytes) -> str | None:
    """charset-normalizer's guess, or None for Latin-family guesses (we prefer cp1252 for those)."""
    try:
        import charset_normalizer

        best = charset_normalizer.from_bytes(sample).best()
    except Exception:  # noqa: BLE001 - detection is advisory
        log.debug("charset-normalizer failed", exc_info=True)
        return None
    if best is None:
        return None
    enc = best.encoding.lower().replace("-", "_")
    if enc in _LATIN_FAMILY:
        return None
    try:
        codecs.lookup(enc)
    except LookupError:
        return None
    return enc


def repair_text(text: str) -> str:
    """Mojibake repair (ftfy), junk control/format characters removed, ``\\n`` line ends, NFC."""
    if not text.isascii() and _MOJIBAKE.search(text):
        # first: mojibake often contains C1 controls ("â€\x9d") that the junk filter would remove
        text = "\n".join(_ftfy(line) if _MOJIBAKE.search(line) else line for line in text.split("\n"))
    if any(c in text for c in _BREAK_CHARS):  # one memchr each: cheaper than the regex scan it spares
        text = _LINE_BREAKS.sub("\n", text)
    if not text.isascii() or _has_ascii_junk(text):  # ``_JUNK`` tried at every character cost more than the rest
        text = _JUNK.sub("", text)
    return unicodedata.normalize("NFC", text)


def _has_ascii_junk(text: str) -> bool:
    """Whether an ASCII ``text`` holds a character ``_JUNK`` removes (a C-speed byte delete, not a regex scan)."""
    data = text.encode("ascii")
    return len(data.translate(None, _ASCII_JUNK)) != len(data)


def _ftfy(text: str) -> str:
    try:
        import ftfy

        return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
    except Exception:  # noqa: BLE001 - repair is best effort; the unrepaired text is still usable
        log.debug("ftfy failed", exc_info=True)
        return text
