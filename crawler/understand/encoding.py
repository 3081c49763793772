"""From page bytes to text: which encoding a page is really in, and whether it is text at all.

Declarations lie (a server's default ``charset=ISO-8859-1`` on a UTF-8 site, ``charset=UTF-8`` on
an old windows-1256 page), are missing, or cover only part of a page (a UTF-8 template around
comments stored in a legacy encoding).  The rules, in order:

1. a byte-order mark decides;
2. a UTF-16 or UTF-32 declaration, or the NUL bytes of UTF-16 text without one, decide;
3. bytes that are valid UTF-8 are UTF-8, whatever the declaration says (legacy text is almost
   never valid UTF-8 by chance);
4. mostly valid UTF-8 is UTF-8, its stray bytes decoded as the legacy encoding they look like;
5. otherwise the reading with the most plausible words wins, of: each declared legacy encoding
   (header, then ``<meta>``), the legacy encoding guessed from the words, and UTF-8 with stray
   legacy bytes; declarations win ties.  (Any single-byte encoding decodes any bytes, so a server's
   default ``charset=ISO-8859-1`` on a windows-1256 page must not be believed for decoding.)
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

# Undeclared legacy pages of the sites this crawler reads: Western, Arabic script, Cyrillic.
LEGACY_CANDIDATES = ("cp1252", "cp1256", "cp1251")
_WIDE = ("utf-16", "utf-32")
# Byte-order marks, the UTF-32 ones before the UTF-16 ones they begin with.  Read here rather than by
# w3lib, whose readers follow the WHATWG Encoding Standard from 2.6 on and so know no UTF-32.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 4096
_SAMPLE = 256 * 1024  # enough text to judge an encoding by, whatever the page's size

# One well-formed UTF-8 sequence (RFC 3629), and a run of them.
_UTF8_CHAR = (
    rb"[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_UTF8_RUN = re.compile(b"(?:" + _UTF8_CHAR + b")+")
_UTF8_MULTIBYTE = re.compile(b"(?!" + rb"[\x00-\x7f]" + b")(?:" + _UTF8_CHAR + b")")
_UTF8_MULTIBYTE_RUN = re.compile(b"(?:" + _UTF8_MULTIBYTE.pattern + b")+")
_WORD = re.compile(r"[^\W\d_]+")

# File signatures of things served as text/html by mistake (or malice).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF (WebP, WAV or AVI) file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x1aE\xdf\xa3", "a WebM or Matroska video"),
)
# Control bytes that text never holds (tab, newline, form feed, carriage return and ESC aside).
_BINARY_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})
_BINARY_SHARE = 0.05


def not_text(body: bytes) -> str | None:
    """What ``body`` is when it is not a text page ("a PNG image", "binary data"), else None.

    A page with a few NUL or control bytes is text (they are dropped when it is parsed); a body
    whose first bytes are a file signature, or more than 5% control bytes, is not.  UTF-16 and
    UTF-32 text (half NUL bytes) is text."""
    head = body[:_SNIFF_BYTES]
    stripped = head.lstrip()
    for signature, kind in _SIGNATURES:
        if stripped.startswith(signature):
            return kind
    if stripped[4:8] == b"ftyp":
        return "an MP4 or QuickTime video"
    if not head or _read_bom(head) or _wide_without_bom(head):
        return None
    controls = len(head) - len(head.translate(None, _BINARY_BYTES))
    return "binary data" if controls > _BINARY_SHARE * len(head) else None


def _read_bom(body: bytes) -> tuple[str, bytes] | None:
    """(encoding, mark) of the byte-order mark ``body`` opens with; None without one.

    FF FE 00 00 is UTF-32LE's mark, and also UTF-16LE's before text that opens with a NUL
    (browsers know no UTF-32): the reading whose bytes decode wins."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            if bom == codecs.BOM_UTF32_LE and _strict(body[len(bom):], encoding) is None:
                return "utf-16-le", codecs.BOM_UTF16_LE
            return encoding, bom
    return None


def _wide_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NUL bytes in every other position, on one side."""
    sample = head[:1024]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.4 and nul_even < 0.05:
        return "utf-16-le"
    if nul_even > 0.4 and nul_odd < 0.05:
        return "utf-16-be"
    return None


def content_type_text(header: bytes | None) -> str | None:
    """A raw ``Content-Type`` header value as text (HTTP headers are Latin-1); None without one."""
    return header.decode("latin-1") if header else None


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _wide(encoding: str) -> bool:
    return encoding.replace("_", "-").startswith(_WIDE)


def _declared(body: bytes, content_type: str | None) -> list[str]:
    """Encodings the HTTP header and the page declare, in that order, once each."""
    found = [http_content_type_encoding(content_type), html_body_declared_encoding(body[:_SNIFF_BYTES * 4])]
    return list(dict.fromkeys(resolve_encoding(e) or e for e in found if e))


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes (see the module's rules): (encoding, text)."""
    marked = _read_bom(body)
    if marked:
        bom_encoding, bom = marked
        return bom_encoding, body[len(bom):].decode(bom_encoding, "replace")
    declared = _declared(body, content_type)
    wide = _wide_encoding(body, declared)
    if wide:
        return wide, body.decode(wide, "replace")
    text = _strict(body, "utf-8")
    if text is not None:
        return "utf-8", text
    if _mostly_utf8(body):
        return "utf-8", _decode_mixed(body)
    legacy = [e for e in declared if e.replace("-", "").replace("_", "") not in ("utf8", "utf8sig")]
    readings: list[tuple[str, str]] = []
    for encoding in dict.fromkeys([*legacy, guess_legacy_encoding(body)]):
        try:
            readings.append((encoding, body.decode(encoding, "replace")))
        except LookupError:  # a declaration naming no known encoding
            continue
    readings.append(("utf-8", _decode_mixed(body)))
    # The most plausible words win; on a tie, the first: the header, the page, the guess.
    return max(readings, key=lambda reading: _plausibility(reading[1][:_SAMPLE]))


def _wide_encoding(body: bytes, declared: list[str]) -> str | None:
    """UTF-16 as the NUL bytes show it, else UTF-16 or UTF-32 as declared when the bytes are not UTF-8.

    The bytes win over a declared byte order: a plain "UTF-16" label is little-endian to some
    readers (WHATWG) and unordered to others, and servers label big-endian pages with it."""
    detected = _wide_without_bom(body)
    if detected:
        return detected
    named = next((e for e in declared if _wide(e)), None)
    if named and named[-3:] in ("-le", "-be"):
        return named
    if named and _strict(body, "utf-8") is None:
        return f"{named}-le"
    return None


def _mostly_utf8(body: bytes) -> bool:
    """Four in five non-ASCII sequences are well-formed UTF-8: a UTF-8 page with stray bytes."""
    valid = sum(1 for _ in _UTF8_MULTIBYTE.finditer(body))
    invalid = len(body) - sum(len(run) for run in _UTF8_RUN.findall(body))
    return valid >= 4 * invalid


def _decode_mixed(body: bytes) -> str:
    """UTF-8, with the stray bytes decoded as the legacy encoding they look like.

    Legacy text holds the odd byte pair that is valid UTF-8 by chance (windows-1256 letters lie
    in UTF-8's continuation range): multi-byte characters touching stray bytes, with no ASCII
    between, count as stray."""
    spans: list[tuple[int, int, bool]] = []  # (start, end, is UTF-8)
    position = 0
    for run in _UTF8_RUN.finditer(body):
        start, end = run.span()
        if start > 0:
            lead = _UTF8_MULTIBYTE_RUN.match(body, start, end)
            start = lead.end() if lead else start
        if end < len(body):
            trail = [m for m in _UTF8_MULTIBYTE_RUN.finditer(body, start, end) if m.end() == end]
            end = trail[0].start() if trail else end
        if start >= end:
            continue
        if start > position:
            spans.append((position, start, False))
        spans.append((start, end, True))
        position = end
    if position < len(body):
        spans.append((position, len(body), False))
    encoding = guess_legacy_encoding(b" ".join(body[a:b] for a, b, utf8 in spans if not utf8)[:_SAMPLE])
    return "".join(body[a:b].decode("utf-8" if utf8 else encoding, "replace") for a, b, utf8 in spans)


def guess_legacy_encoding(data: bytes) -> str:
    """The legacy single-byte encoding (of ``LEGACY_CANDIDATES``) in which ``data`` reads as words."""
    sample = data[:_SAMPLE]
    return max(
        LEGACY_CANDIDATES,
        key=lambda encoding: (_plausibility(sample.decode(encoding, "replace")), -LEGACY_CANDIDATES.index(encoding)),
    )


def _script(char: str) -> str:
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def _plausible_word(word: str) -> bool:
    """One script; Latin letters outside ASCII only beside ASCII ones; case as words have it."""
    if len({_script(c) for c in word}) > 1:
        return False
    if _script(word[0]) == "LATIN" and len(word) > 2 and not any(c.isascii() for c in word):
        return False
    if not any(c.isupper() or c.islower() for c in word):  # an uncased script (Arabic, Hebrew)
        return True
    return word.islower() or word.isupper() or not word[1:] or word[1:].islower()


def _plausibility(text: str) -> int:
    """Words with non-ASCII letters that look like words, less those that do not, less U+FFFD."""
    score = -5 * text.count("\ufffd")
    for word in _WORD.findall(text):
        if not word.isascii() and len(word) > 1:  # a lone letter says little either way
            score += 1 if _plausible_word(word) else -1
    return score
