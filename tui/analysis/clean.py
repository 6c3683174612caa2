"""Cleaning article text: the one place untrusted text is made safe and uniform.

`clean_text` runs once, in the analysis layer, before spaCy or the UI sees the
text. Every offset in an `Analysis` and in the reader refers to its output.

What it does, in order:

1. Removes terminal escape sequences *entirely*, parameters and payload
   included: CSI (``ESC [ … final``, e.g. ``\\x1b[2J``), the string sequences
   OSC / DCS / SOS / PM / APC (``ESC ] … BEL`` or ``… ESC \\``, e.g.
   ``\\x1b]0;title\\x07`` and OSC 8 hyperlinks ``\\x1b]8;;url\\x1b\\\\``), their
   8-bit C1 forms (``\\x9b``, ``\\x9d`` …), and the other two- and three-byte
   ``ESC x`` sequences (``ESC c``, ``ESC ( B``). A string sequence must end
   on its own line; one with no terminator there loses only its introducer, so
   an unterminated OSC cannot swallow the rest of an article, and its leftover
   payload stays as harmless plain text. Matching is linear in the text length.
2. Normalises line endings to ``\\n``: CRLF, lone CR, NEL (U+0085), vertical
   tab, form feed and LINE SEPARATOR (U+2028) each become one ``\\n``;
   PARAGRAPH SEPARATOR (U+2029) becomes a blank line (``\\n\\n``) because it
   separates paragraphs.
3. Removes every other C0 and C1 control character (tab and newline stay) and
   DEL, a byte-order mark / zero-width no-break space (U+FEFF) anywhere, and
   lone surrogates (they cannot be printed or encoded).
4. Removes invisible "format" characters (Unicode category Cf) that can spoof
   what is displayed: the bidi embeddings, overrides and isolates
   (U+202A–U+202E, U+2066–U+2069), the direction marks (U+200E, U+200F,
   U+061C), zero-width space (U+200B), word joiner and the invisible operators
   (U+2060–U+2064), soft hyphen (U+00AD), interlinear annotation marks, tag
   characters and the rest of Cf.
   Kept on purpose: ZERO WIDTH NON-JOINER (U+200C) and ZERO WIDTH JOINER
   (U+200D), which are needed to spell words in Persian, Indic and other scripts
   and to form emoji sequences, and cannot reorder or hide text; and the Arabic,
   Syriac and Kaithi prepended concatenation marks (U+0600–U+0605, U+06DD,
   U+070F, U+0890–U+0891, U+08E2, U+110BD, U+110CD), which are visible signs.

Nothing else changes: spaces, quotation marks, tabs and Unicode normal form are
left exactly as written, so the text stays the article "as decoded".
"""

from __future__ import annotations

import re
import unicodedata

# ESC-introduced string sequences (OSC ], DCS P, SOS X, PM ^, APC _) and their
# C1 equivalents, terminated by BEL, ST as ESC \ or the C1 ST \x9c. The payload
# may not run past a line break, another ESC or another C1 introducer: that
# keeps matching linear (no payload is rescanned) and means a sequence with no
# terminator never swallows text beyond its own line.
_STRING_SEQ = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])"  # introducer
    r"[^\x07\x1b\x9c\x90\x98\x9b\x9d\x9e\x9f\n]*"  # payload
    r"(?:\x07|\x1b\\|\x9c)"  # terminator
)
# CSI: ESC [ (or \x9b), parameter bytes 0x30–0x3F, intermediates 0x20–0x2F,
# one final byte 0x40–0x7E.
_CSI = re.compile(r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]")
# Any other escape: ESC, optional intermediates, one final byte; or a lone ESC
# (and a string introducer whose sequence never ends: just the introducer).
_OTHER_ESC = re.compile(r"\x1b[\x20-\x2f]*[\x30-\x7e]?")

_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028]")

# Format characters kept: ZWNJ, ZWJ and the visible prepended concatenation marks.
_KEEP_FORMAT = frozenset(
    "\u200c\u200d\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
    "\U000110bd\U000110cd"
)


def _is_dropped(ch: str) -> bool:
    if ch in "\n\t":
        return False
    category = unicodedata.category(ch)
    if category == "Cc" or category == "Cs":
        return True
    return category == "Cf" and ch not in _KEEP_FORMAT


# Every character `_is_dropped` might remove: C0/C1/DEL, surrogates and a
# superset of the Cf ranges (Unicode 15). Each match is then decided by
# `_is_dropped`, so the exact category wins where this list is too wide.
_SUSPECT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
    "\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
    "\ud800-\udfff\U000110bd\U000110cd\U00013430-\U0001345f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e007f]+"
)


def _drop_invisible(match: re.Match[str]) -> str:
    return "".join(ch for ch in match.group() if not _is_dropped(ch))


def clean_text(raw: str) -> str:
    """The cleaned form of `raw` (see the module docstring for every rule)."""
    text = raw
    if "\x1b" in text or _has_c1_introducer(text):
        text = _STRING_SEQ.sub("", text)
        text = _CSI.sub("", text)
        text = _OTHER_ESC.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    if "\u2029" in text:
        text = text.replace("\u2029", "\n\n")
    return _SUSPECT.sub(_drop_invisible, text)


def _has_c1_introducer(text: str) -> bool:
    return any(c in text for c in "\x90\x98\x9b\x9d\x9e\x9f")


def one_line(text: str, limit: int | None = None) -> str:
    """`text` cleaned and collapsed onto one line (for titles, list rows and
    messages), cut at a word boundary with an ellipsis when over `limit`."""
    flat = " ".join(clean_text(text).split())
    if limit is not None and len(flat) > limit:
        cut = flat.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit - 1
        flat = flat[:cut].rstrip(" ,;:-") + "…"
    return flat
