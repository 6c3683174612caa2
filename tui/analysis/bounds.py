"""Bounds on the quotes of one article, so their cost stays linear in its length.

Every speech verb opens a reported clause that may run to the end of its
sentence, so a chain of reported speech ("Jane Doe said Jane Doe said …") gives
quotes nested inside each other, and each `Quote` carries its own copy of its
text (in memory, in the JSON, the cache and the report). Unbounded, that is
quadratic: 700 KB of "Jane Doe said " gave 511 MB of JSON.

`bound_quotes` is a post-pass over the quote finder's output (text order) that
keeps a quote only while

- fewer than `MAX_COVER` kept quotes already cover its first character: real
  reported speech nests a direct quotation inside a reported clause inside
  another ("Jane Doe said John Smith called it “a disaster”"), three deep at
  most; deeper chains and overlapping clauses collapse into the outer ones;
- its sentence holds fewer than `MAX_PER_SENTENCE` kept quotes.

Together with the pipeline's bound on sentence length
(`pipeline.MAX_SENTENCE_TOKENS`) this gives, for a text of n characters:
at most `MAX_COVER` x n characters of quoted text in all (so the JSON, the cache
entry and the report are at most a small multiple of the text), and at most
`MAX_PER_SENTENCE` quotes per sentence. The pass itself is O(q log q) for q
quotes. Quotes of ordinary articles are never touched (the tests check the gold
articles).
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Sequence

from .model import Quote

#: quotes that may cover any one character of the text
MAX_COVER = 3
#: quotes kept in one sentence
MAX_PER_SENTENCE = 8


def bound_quotes(quotes: Sequence[Quote], sentence_starts: Sequence[int]) -> list[Quote]:
    """`quotes` (in text order, as `quotes.find_quotes` returns them) without
    those beyond the bounds above. `sentence_starts`: the character offset of
    each sentence's start, ascending."""
    kept: list[Quote] = []
    open_ends: list[int] = []  # ends of kept quotes that may still cover what follows
    per_sentence: dict[int, int] = {}
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        while open_ends and open_ends[0] <= quote.start:
            heapq.heappop(open_ends)
        if len(open_ends) >= MAX_COVER:
            continue
        sentence = bisect.bisect_right(sentence_starts, quote.start) - 1
        if per_sentence.get(sentence, 0) >= MAX_PER_SENTENCE:
            continue
        per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
        heapq.heappush(open_ends, quote.end)
        kept.append(quote)
    keep = {id(q) for q in kept}
    return [q for q in quotes if id(q) in keep]
