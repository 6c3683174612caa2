"""Pairing quotation marks, paragraph by paragraph, from the characters alone.

Curly and straight marks, the direction of a straight `"` from its neighbours,
apostrophes inside words never taken for marks, single quotes nested inside
double ones (and the reverse) kept inside the outer quote, a double quote
closed by a stray `’` when nothing better closes it, and a quote that runs on
into the next paragraph when that paragraph opens with a mark. Never raises:
unbalanced, stray or missing marks just produce fewer spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import paragraph_spans, strip_span

DOUBLE_MARKS = "\"“”„«»‟"
SINGLE_MARKS = "'‘’‚‹›‛"
_OPEN_HINT = set("“„«‟‘‚‹‛")
_CLOSE_HINT = set("”»’›")
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS
_ANY_MARK = re.compile(f"[{re.escape(ALL_MARKS)}]")  # the scan jumps from mark to mark
# Characters after which a mark opens, and before which a mark closes.
_BEFORE_OPEN = set("([{<—–-/:…") | set(ALL_MARKS)
_AFTER_CLOSE = set(")]}>.,;:!?—–-…/") | set(ALL_MARKS)
_MAX_RESTARTS = 8  # re-scans of one paragraph after an unclosed single quote


@dataclass
class MarkedSpan:
    """Words between a pair of marks. `start`/`end` cover the words only."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None if it runs to the paragraph end
    paragraph: int
    continues_previous: bool = False  # opens a paragraph that continues an open quote
    continues_next: bool = False  # left open at its paragraph's end, continued in the next


def _role(text: str, i: int) -> str:
    """'open', 'close' or 'either' from the characters around the mark at i."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    before_open = prev.isspace() or prev in _BEFORE_OPEN
    after_close = nxt.isspace() or nxt in _AFTER_CLOSE
    if before_open and not after_close:
        return "open"
    if after_close and not before_open:
        return "close"
    return "either"


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark used as an apostrophe: inside a word (don’t, Ana’s) or
    eliding digits (’90s)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    if nxt.isdigit() and i + 2 < len(text) and text[i + 2].isdigit() and not prev.isalnum():
        after = text[i + 3] if i + 3 < len(text) else " "
        return not after.isdigit()
    return False


def _first_mark_opens(text: str, start: int, end: int) -> bool:
    """Does the paragraph [start, end) open with a quotation mark?"""
    return start < end and text[start] in ALL_MARKS and not _is_apostrophe(text, start) \
        and _role(text, start) != "close"


def scan_marks(text: str) -> list[MarkedSpan]:
    """Pair the quotation marks of `text`; never raises."""
    paragraphs = paragraph_spans(text)
    found: list[MarkedSpan] = []
    continuing = False
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
        next_opens = nxt is not None and _first_mark_opens(text, nxt[0], nxt[1])
        spans, left_open = _scan_paragraph(text, p_start, p_end, p_index, continuing, next_opens)
        found.extend(spans)
        continuing = left_open
    return found


def _scan_paragraph(
    text: str, p_start: int, p_end: int, p_index: int, continuing: bool, next_opens: bool
) -> tuple[list[MarkedSpan], bool]:
    """Pair the marks of one paragraph. Returns the spans and whether a quote is
    left open to continue in the next paragraph."""
    spans: list[MarkedSpan] = []
    skip: set[int] = set()  # single marks found to be apostrophes on a re-scan
    restarts = 0
    pos = p_start
    while True:
        result = _scan_from(text, pos, p_end, p_index, skip, continuing and pos == p_start)
        spans.extend(result.spans)
        if result.unclosed is None:
            return spans, False
        family, open_at, candidates, cont_prev = result.unclosed
        if next_opens:
            start, end = strip_span(text, open_at + 1, p_end)
            if start < end:
                spans.append(MarkedSpan(start, end, open_at, None, p_index, cont_prev, True))
            return spans, True
        if candidates:
            close_at = candidates[-1]
            start, end = strip_span(text, open_at + 1, close_at)
            if start < end:
                spans.append(MarkedSpan(start, end, open_at, close_at, p_index, cont_prev))
            pos = close_at + 1
            continuing = False
            continue
        if family == "d" or cont_prev:
            # No closing mark at all: the quote runs to the end of its line.
            nl = text.find("\n", open_at + 1, p_end)
            stop = nl if nl != -1 else p_end
            start, end = strip_span(text, open_at + 1, stop)
            if start < end:
                spans.append(MarkedSpan(start, end, open_at, None, p_index, cont_prev))
            if nl == -1:
                return spans, False
            pos = nl
            continuing = False
            continue
        # An unclosed single mark was an apostrophe after all: scan again past it.
        restarts += 1
        if restarts > _MAX_RESTARTS:
            return spans, False
        skip.add(open_at)
        pos = open_at + 1
        continuing = False


@dataclass
class _ScanResult:
    spans: list[MarkedSpan]
    # (family, open offset, mismatched-close candidates, continues previous) if left open
    unclosed: tuple[str, int, list[int], bool] | None


def _scan_from(
    text: str, pos: int, p_end: int, p_index: int, skip: set[int], continuing: bool
) -> _ScanResult:
    spans: list[MarkedSpan] = []
    family: str | None = None  # family of the open outer quote: "d" or "s"
    open_at = -1
    cont_prev = False
    nested = 0  # marks of the other family opened inside the outer quote
    candidates: list[int] = []  # other-family closing marks at nesting depth 0
    i = pos
    while i < p_end:
        found = _ANY_MARK.search(text, i, p_end)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if i in skip:
            i += 1
            continue
        fam = "d" if ch in DOUBLE_MARKS else "s"
        if fam == "s" and _is_apostrophe(text, i):
            i += 1
            continue
        role = _role(text, i)
        hint = "open" if ch in _OPEN_HINT else "close" if ch in _CLOSE_HINT else None
        if family is None:
            opens = role == "open" or (role == "either" and hint == "open" and fam == "d")
            if continuing and i == pos and role != "close":
                opens = True
            if opens:
                family, open_at, nested, candidates = fam, i, 0, []
                cont_prev = continuing and i == pos
        elif fam == family:
            closes = role == "close" or (role == "either" and hint != "open")
            if fam == "s" and role != "close" and hint != "close":
                closes = False
            if closes:
                if fam == "s" and _possessive_plural(text, i, p_end):
                    i += 1
                    continue
                start, end = strip_span(text, open_at + 1, i)
                if start < end:
                    spans.append(MarkedSpan(start, end, open_at, i, p_index, cont_prev))
                family, cont_prev = None, False
            elif role == "open" and fam == "d":
                # A second opening double mark: the first was never closed.
                start, end = strip_span(text, open_at + 1, i)
                if start < end:
                    spans.append(MarkedSpan(start, end, open_at, None, p_index, cont_prev))
                family, open_at, nested, candidates, cont_prev = "d", i, 0, [], False
        else:
            # A mark of the other family inside the outer quote: nesting.
            if role == "open" or (role == "either" and hint == "open"):
                nested += 1
            elif role == "close" or (role == "either" and hint == "close") or fam == "d":
                if nested > 0:
                    nested -= 1
                elif role == "close" or hint == "close":
                    candidates.append(i)
        i += 1
    if family is None:
        return _ScanResult(spans, None)
    return _ScanResult(spans, (family, open_at, candidates, cont_prev))


def _possessive_plural(text: str, i: int, p_end: int) -> bool:
    """`leaders’ summit`: a closing single mark after an s, followed by a word,
    with another closing single mark later in the paragraph."""
    if i == 0 or text[i - 1] not in "sS" or i + 2 >= p_end:
        return False
    if text[i + 1] != " " or not text[i + 2].isalnum():
        return False
    j = i + 1
    stop = min(p_end, i + 600)
    while j < stop:
        ch = text[j]
        if ch in SINGLE_MARKS and not _is_apostrophe(text, j) and _role(text, j) == "close":
            return True
        j += 1
    return False
