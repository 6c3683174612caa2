"""The shared context of the quote stage: one token index of the parse, built
once (token offsets, sentences split at paragraph breaks, speech-cue
candidates, which marked span holds each token) and the small look-ups every
other part of the stage uses."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import compress
from operator import not_
from typing import TYPE_CHECKING

from ..model import Mention, paragraph_index, paragraph_spans
from ..parsed import children, positions_of, sentence_starts, table, text_of
from ..speech_cues import RETORT_VERBS, SPEECH_VERBS
from .marks import ALL_MARKS, MarkedSpan

# lemmas that may be speech cues: the verbs of saying and those of striking back (`cue_at`)
_CUE_LEMMAS = SPEECH_VERBS | RETORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..drafts import MentionIndex


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    speaker: str | None
    cue: str | None
    has_cue: bool
    sentential: bool = False
    span: MarkedSpan | None = None
    cue_at: int = -1
    rule: str = "no_cue"  # the sieve or pass that decided the speaker
    subject: Token | None = None  # the token naming the speaker, if any
    parts: list[tuple[int, int]] = field(default_factory=list)  # quoted pieces, when more than one


@dataclass(frozen=True)
class Attribution:
    """Who speaks through a cue: the actor key (or None), the name of the
    sieve that decided it, and the token naming the speaker."""

    speaker: str | None
    rule: str
    subject: Token | None = None


class QuoteContext:
    def __init__(self, doc: Doc, index: MentionIndex) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.index = index
        self.paragraphs = paragraph_spans(self.text)
        self.p_starts = [s for s, _ in self.paragraphs]
        #: offset -> the index of the paragraph holding it (`model.paragraph_index`)
        self.paragraph_index = paragraph_index(self.paragraphs)
        # Token attributes as plain columns (parsed.table): making a Token
        # object per word costs more than the whole rest of this stage.
        self.cols = cols = table(doc)
        # tokens that can be speech cues (by lemma, or "according")
        # (the lemmas tested in C; "according" from the parse's word positions)
        self.cue_candidates = sorted(
            {*compress(range(len(cols.lemmas)), map(_CUE_LEMMAS.__contains__, cols.lemmas)),
             *positions_of(doc, "according")}
        )
        # sentence id of every token, and each sentence's token range
        # (a parse may run a sentence across a paragraph break: split it there).
        # A token opens a range where spaCy starts a sentence, or at the first
        # non-space token of a paragraph (a space token stays in the paragraph
        # before): found by bisection, so no Python step per token
        words = list(compress(range(len(cols.spaces)), map(not_, cols.spaces)))
        word_starts = list(map(cols.starts.__getitem__, words))
        opens = set(sentence_starts(doc))
        for p_start in self.p_starts:
            j = bisect.bisect_left(word_starts, p_start)
            if j < len(words):
                opens.add(words[j])
        opens.discard(0)
        bounds = [0, *sorted(opens), len(doc)]
        self.sents = [(a, b) for a, b in zip(bounds, bounds[1:])]
        self.sent_of = [0] * len(doc)
        for n, (a, b) in enumerate(self.sents):
            self.sent_of[a:b] = [n] * (b - a)
        self._mention_starts: dict[str, tuple[list[int], list[Mention]]] = {}
        self._by_name: dict[str, str] | None = None
        #: the writer an author's line at the end names, once looked for (`SpeakerResolver.article_author`)
        self._author: tuple[str | None] | None = None
        #: keys of the actors the speaker sieves made (unnamed sources, names the
        #: actors stage left out; speakers.py `made_actor`)
        self.made: set[str] = set()
        self.unnamed_at: dict[int, str] = {}  # offset of the words that name one -> its key
        #: cue token -> (the noun a "who" clause hangs on, the "who"): "Jane Doe, who said …"
        self.relative_of: dict[int, tuple[int, int]] = {}
        #: cue token -> the thing a "that" or "which" clause holding it is about, when no
        #: speaker ("a report that said"): `CueFinder.thing_holder`
        self.relative_thing: dict[int, int] = {}
        #: cues whose speaker is the noun phrase after them ("…,” said Jane Doe, …): `CueFinder.subject_after`
        self.inverted: set[int] = set()
        #: cue token -> the rule that found its subject where the parser gave none: a reduced
        #: relative on the name before it ("Jane Doe, the mayor, tweeted: …", `CueFinder.apposed_finite`),
        #: a name before an aside between dashes ("Doe - in a line aimed at Roe - declared",
        #: `CueFinder.left_noun_phrase`)
        self.subject_rule: dict[int, str] = {}
        self.quote_of = [-1] * len(doc)  # which marked span (with its marks) holds a token
        self.spans: list[MarkedSpan] = []

    def limit_before(self, offset: int) -> int:
        """Start of the paragraph before the one holding `offset`."""
        p = self.paragraph_index(offset)
        return self.paragraphs[max(0, p - 1)][0] if self.paragraphs else 0

    def tokens_in(self, start: int, end: int) -> range:
        starts = self.cols.starts
        lo = bisect.bisect_right(starts, start) - 1
        if lo < 0 or self.cols.ends[lo] <= start:
            lo += 1
        hi = bisect.bisect_left(starts, end)
        return range(max(lo, 0), hi)

    def mark_quotes(self, spans: list[MarkedSpan]) -> None:
        self.spans = spans
        for n, sp in enumerate(spans):
            end = (sp.close_at + 1) if sp.close_at is not None else sp.end
            for k in self.tokens_in(sp.open_at, end):
                self.quote_of[k] = n

    def is_cue(self, tok: Token) -> bool:
        return self.cue_at(tok.i)

    def cue_at(self, i: int) -> bool:
        """Is token `i` a speech cue (`is_cue`)? From the columns: asked of most
        tokens above a quote and of every verb near one."""
        if self.quote_of[i] != -1:
            return False
        cols = self.cols
        if cols.lowers[i] == "according":
            return i + 1 < len(cols.words) and cols.lowers[i + 1] == "to"
        lemma = cols.lemmas[i].lower()
        deps = cols.deps
        if lemma in RETORT_VERBS:
            # "Doe shot back, “…”", "Roe fired back that …": striking back, said of words
            return any(cols.lowers[c] == "back" and deps[c] in ("prt", "advmod") for c in children(self.doc)[i])
        if lemma not in SPEECH_VERBS:
            return False
        if lemma == "put" and not any(cols.lowers[c] == "it" and deps[c] == "dobj" for c in children(self.doc)[i]):
            return False  # only "as X put it"
        if cols.pos[i] in ("VERB", "AUX") or cols.tags[i].startswith("VB"):
            return True
        # "Figures … state about 200 thousand …": a speech verb tagged as a
        # noun, yet it has a subject and a reported clause of its own
        return cols.pos[i] == "NOUN" and any(deps[c] == "nsubj" for c in children(self.doc)[i]) \
            and any(deps[c] == "ccomp" for c in children(self.doc)[i])

    def sent_root(self, tok: Token) -> Token:
        root = tok
        for _ in range(64):
            if root.head.i == root.i:
                break
            root = root.head
        return root

    def same_paragraph(self, a: Token, b: Token) -> bool:
        return self.paragraph_index(a.idx) == self.paragraph_index(b.idx)

    def actor_of_token(self, tok: Token) -> str | None:
        return self.index.actor_at(tok.idx, tok.idx + len(tok))

    @staticmethod
    def has_definite_det(tok: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)

    def mention_kind(self, key: str, tok: Token) -> str | None:
        """The kind of `key`'s mention that covers `tok`."""
        cached = self._mention_starts.get(key)
        if cached is None:
            mentions = sorted(self.index.draft(key).mentions, key=lambda m: m.start)
            cached = self._mention_starts[key] = ([m.start for m in mentions], mentions)
        starts, mentions = cached
        i = bisect.bisect_right(starts, tok.idx) - 1
        if i >= 0 and mentions[i].end > tok.idx:
            return mentions[i].kind
        return None

    def inside_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self.cols.starts, offset) - 1
        return k >= 0 and self.quote_of[k] != -1 and not self.cols.puncts[k]

    def quote_between(self, start: int, end: int) -> bool:
        for k in self.tokens_in(start, end):
            if self.quote_of[k] != -1:
                tok = self.doc[k]
                if tok.idx >= start and tok.idx + len(tok) <= end and not tok.is_punct and not tok.is_space:
                    return True
        return False

    def char_after(self, offset: int) -> str:
        """The first character at or after `offset` that is not a space or a mark."""
        i, stop = offset, min(len(self.text), offset + 8)
        while i < stop and (self.text[i].isspace() or self.text[i] in ALL_MARKS):
            i += 1
        return self.text[i] if i < stop else ""

    def mark_start(self, open_at: int, floor: int = 0) -> int:
        """Where an opening mark written as two ('' or ‘‘) begins (not before `floor`)."""
        while open_at > floor and self.text[open_at - 1] == self.text[open_at]:
            open_at -= 1
        return open_at

    def char_before(self, offset: int, floor: int = 0) -> str:
        """The last non-space character before `offset` (not before `floor`)."""
        i = offset - 1
        while i >= floor and self.text[i].isspace():
            i -= 1
        return self.text[i] if i >= floor else ""

    def text_between_is_punct(self, verb: Token) -> bool:
        """Is the cue preceded only by punctuation after a closing quote mark
        ("…,” said Berg)?"""
        k = verb.i - 1
        while k >= 0 and self.cols.puncts[k] and self.quote_of[k] == -1:
            k -= 1
        return k >= 0 and k < verb.i - 1 and self.quote_of[k] != -1 or (k >= 0 and self.quote_of[k] != -1)
