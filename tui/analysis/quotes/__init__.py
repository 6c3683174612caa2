"""Quotes: direct quotations between marks, reported (indirect) speech, and who said them.

The stage, one module per step, each linear in the text:

- `marks`: pair the quotation marks from the characters alone (`scan_marks`).
- `context`: one token index of the parse, built once, shared by the rest.
- `cues`: every direct quote looks for its speech cue in the parse: first a
  speech verb that governs the quoted words, then the nearest speech verb in
  the same sentence; the cue's subject is the token that names the speaker.
- `speakers`: the subject is mapped to an actor by an ordered tuple of named
  sieves (`SPEAKER_SIEVES`); the first that decides wins.
- `reported`: every speech verb outside a quote that governs a clause
  ("X said (that) …", "…, X said", "according to X, …") yields an indirect quote.
- `attribution`: the passes over direct quotes (dash credit lines, a floating
  quote keeping the previous speaker) and `find_quotes`, which runs them all.

Each quote records the rule that decided its speaker (`Quote.rule`).
Nothing here raises on odd input: unbalanced, stray or missing marks just
produce fewer quotes.
"""

from __future__ import annotations

from .attribution import find_quotes, late_linked_speakers
from .marks import ALL_MARKS, DOUBLE_MARKS, SINGLE_MARKS, MarkedSpan, scan_marks

__all__ = ["ALL_MARKS", "DOUBLE_MARKS", "SINGLE_MARKS", "MarkedSpan", "find_quotes", "late_linked_speakers",
           "scan_marks"]
