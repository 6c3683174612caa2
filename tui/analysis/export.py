"""Who said what, out of the reader: quote rows as CSV, JSON Lines or a
Markdown digest, and a quote or mention as a line for the clipboard.

One row per quote: speaker, the mention it is attributed through (when the
analysis gives it), kind, paragraph, the quote, and the article's title,
source and date. Everything written is data made inert for where it goes:

- CSV: UTF-8 with a byte order mark (Excel then reads UTF-8; pandas and the
  csv module skip it) and a header; a text cell starting with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return is prefixed with ``'`` so that no
  spreadsheet runs it as a formula (OWASP's CSV injection advice).
- Markdown: Markdown and HTML punctuation in the data is backslash-escaped, so
  a quote cannot become a link, an image, a heading or a tag.
- JSON Lines: one JSON object per quote, the exact text with its offsets.

Pure: no I/O but the stream it is given, no Textual.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from .model import Analysis, Quote

FORMATS = ("csv", "jsonl", "md")
EXTENSIONS = {"csv": ".csv", "jsonl": ".jsonl", "md": ".md"}
COLUMNS = ("speaker", "speaker_mention", "kind", "paragraph", "quote", "title", "source", "date")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#{}])")


@dataclass(frozen=True)
class QuoteRow:
    speaker: str
    speaker_mention: str
    kind: str
    paragraph: int
    quote: str
    title: str
    source: str
    date: str
    start: int
    end: int
    cue: str

    def values(self) -> list[Any]:
        return [getattr(self, c) for c in COLUMNS]


def flat(text: str) -> str:
    return " ".join(text.split())


def speaker_mention_text(analysis: Analysis, quote: Quote) -> str:
    """The text of the mention a quote is attributed through, when the analysis
    gives one (`speaker_mention`, an added contract field); else ""."""
    sm = getattr(quote, "speaker_mention", None)
    if sm is None:
        return ""
    if isinstance(sm, dict):
        text = sm.get("text")
        if text is None and "start" in sm and "end" in sm:
            text = analysis.text[int(sm["start"]) : int(sm["end"])]
        return flat(str(text or ""))
    text = getattr(sm, "text", None)
    if text is None and hasattr(sm, "start"):
        text = analysis.text[sm.start : sm.end]
    return flat(str(text or ""))


def quote_rows(analysis: Analysis, date: str = "") -> list[QuoteRow]:
    """One row per quote, in text order. Paragraphs count from 1 after the headline (0)."""
    rows = []
    for q in analysis.quotes:
        actor = analysis.actor_by_id.get(q.speaker) if q.speaker else None
        rows.append(QuoteRow(
            speaker=actor.name if actor else "",
            speaker_mention=speaker_mention_text(analysis, q),
            kind=q.kind,
            paragraph=analysis.paragraph_of(q.start),
            quote=flat(q.display_text()),
            title=flat(analysis.title),
            source=analysis.source,
            date=date,
            start=q.start,
            end=q.end,
            cue=q.cue or "",
        ))
    return rows


def neutralise(value: Any) -> Any:
    """A spreadsheet cell that cannot run: text starting like a formula gets a `'`."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(rows: Iterable[QuoteRow], out: TextIO) -> int:
    """Header and rows (the caller writes the BOM with encoding ``utf-8-sig``)."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    n = 0
    for row in rows:
        writer.writerow([neutralise(v) for v in row.values()])
        n += 1
    return n


def write_jsonl(rows: Iterable[QuoteRow], out: TextIO) -> int:
    n = 0
    for row in rows:
        data = {c: getattr(row, c) for c in COLUMNS}
        data.update(start=row.start, end=row.end, cue=row.cue or None)
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        n += 1
    return n


def md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", flat(text))


def write_markdown(rows: Iterable[QuoteRow], out: TextIO, heading: str = "Who said what") -> int:
    """A digest grouped by speaker (most quoted first), each quote with its
    article and paragraph; quotes nobody was found to speak come last."""
    rows = list(rows)
    groups: dict[str, list[QuoteRow]] = {}
    names: dict[str, str] = {}
    for row in rows:
        key = " ".join(row.speaker.casefold().split())
        groups.setdefault(key, []).append(row)
        names.setdefault(key, row.speaker)
    articles = {(r.source, r.title) for r in rows}
    out.write(f"# {md_escape(heading)}\n\n")
    out.write(f"{len(rows)} quote{'s' if len(rows) != 1 else ''} from {len(articles)} "
              f"article{'s' if len(articles) != 1 else ''}.\n")
    order = sorted((k for k in groups if k), key=lambda k: (-len(groups[k]), k))
    if "" in groups:
        order.append("")
    for key in order:
        members = groups[key]
        title = md_escape(names[key]) if key else "No speaker found"
        out.write(f"\n## {title} ({len(members)})\n\n")
        for row in members:
            body = f"“{md_escape(row.quote)}”" if row.kind == "direct" else f"_(reported)_ {md_escape(row.quote)}"
            where = f"¶{row.paragraph}"
            if len(articles) > 1:  # one article: its title is the heading
                where = f"{md_escape(row.title) or md_escape(row.source)}, {where}"
                if row.date:
                    where += f", {md_escape(row.date)}"
            out.write(f"- {body} — {where}\n")
    return len(rows)


def write(fmt: str, rows: Iterable[QuoteRow], out: TextIO, heading: str = "Who said what") -> int:
    if fmt == "csv":
        return write_csv(rows, out)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    if fmt == "md":
        return write_markdown(rows, out, heading)
    raise ValueError(f"unknown export format {fmt!r}")


def encoding_for(fmt: str) -> str:
    """CSV carries a BOM so that Excel reads it as UTF-8; the others are plain UTF-8."""
    return "utf-8-sig" if fmt == "csv" else "utf-8"


def render(fmt: str, rows: Iterable[QuoteRow], heading: str = "Who said what") -> str:
    buffer = io.StringIO(newline="")
    write(fmt, rows, buffer, heading)
    return buffer.getvalue()


# --- the clipboard -------------------------------------------------------------------

def quote_citation(analysis: Analysis, quote: Quote) -> str:
    """`“…” — Name, Title of article` (a reported quote without the marks)."""
    actor = analysis.actor_by_id.get(quote.speaker) if quote.speaker else None
    text = flat(quote.display_text())
    body = f"“{text}”" if quote.kind == "direct" and not text.startswith(("“", '"')) else text
    who = actor.name if actor else "unknown speaker"
    title = flat(analysis.title)
    return f"{body} — {who}, {title}" if title else f"{body} — {who}"


_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*\s+")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end): from the previous sentence end (or
    paragraph break) to the next one, on one line."""
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    left = para_start
    for m in _SENTENCE_END.finditer(text, para_start, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, para_end)
    right = m.end() if m else para_end
    return flat(text[left:right])
