"""Direct quotes and the passes that attribute them: the cue of each marked
span, dash credit lines, and speakers inherited by quotes without a cue."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..model import Quote
from .context import _Found
from .marks import ALL_MARKS, MarkedSpan, scan_marks
from .reported import ReportedSpeech

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..drafts import MentionIndex


class Finder(ReportedSpeech):
    def direct(self, n: int, sp: MarkedSpan) -> _Found:
        toks = self.tokens_in(sp.start, sp.end)
        cue = self.governing_cue(n, toks)
        if cue is None and len(toks):
            cue = self.nearby_cue(sp, toks)
        sentential = self.is_sentential(sp, toks)
        if cue is None:
            return _Found(sp.start, sp.end, "direct", None, None, False, sentential, sp)
        who = self.resolve_cue(cue)
        return _Found(sp.start, sp.end, "direct", who.speaker, self.cue_text(cue), True,
                      sentential, sp, cue.idx, who.rule, who.subject)

    def is_named_term(self, sp: MarkedSpan) -> bool:
        """A quoted word or two opening a clause as the subject of the verb
        that follows ("“XRV” represents …", "“XR-19” is the name …") is a
        term being talked about, not words anyone said."""
        if sp.close_at is None:
            return False
        toks = self.tokens_in(sp.open_at, sp.close_at + 1)
        if not len(toks):
            return False
        words = [k for k in toks if not self.doc[k].is_punct and not self.doc[k].is_space]
        if not words or len(words) > 3 or any(self.doc[k].pos_ in ("VERB", "AUX") for k in words):
            return False
        before = toks[0] - 1
        while before >= 0 and self.doc[before].is_space:
            before -= 1
        if before >= 0 and self.same_paragraph(self.doc[before], self.doc[toks[0]]) \
                and not (self.doc[before].is_punct or self.doc[before].pos_ == "CCONJ"):
            return False
        after = toks[-1] + 1
        while after < len(self.doc) and self.doc[after].is_space:
            after += 1
        if after >= len(self.doc) or self.quote_of[after] != -1:
            return False
        verb = self.doc[after]
        # "“No comment,” said Jane Doe": a speech verb after the quote, or the
        # comma, question or exclamation mark that ends spoken words, is speech.
        if self.is_cue(verb) or self.text[sp.close_at - 1] in ",?!":
            return False
        return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBD", "VBP", "MD")

    def is_sentential(self, sp: MarkedSpan, toks: range) -> bool:
        """Does the quote stand as a sentence of its own (not a few words inside
        someone else's sentence)?"""
        if sp.continues_previous:
            return True
        p_start = self.paragraphs[sp.paragraph][0] if self.paragraphs else 0
        before = self.char_before(sp.open_at, p_start)
        return not before or before in ".!?:;…" or before in ALL_MARKS


def find_quotes(doc: Doc, index: MentionIndex) -> list[Quote]:
    """Direct and indirect quotes of `doc`, in text order, with speakers as
    actor-draft keys from `index` (or None)."""
    text = doc.text
    if not text.strip() or len(doc) == 0:
        return []
    finder = Finder(doc, index)
    spans = scan_marks(text)
    finder.mark_quotes(spans)
    directs = [finder.direct(n, sp) for n, sp in enumerate(spans)]
    directs = [f for f in directs if f.span is None or not finder.is_named_term(f.span)]
    _credit_lines(finder, directs)
    indirects = finder.indirect()
    _inherit_speakers(finder, directs, indirects)
    items = sorted(directs + indirects, key=lambda f: (f.start, f.kind != "indirect", f.end))
    return [
        Quote(start=f.start, end=f.end, text=text[f.start:f.end], kind=f.kind,  # type: ignore[arg-type]
              speaker=f.speaker, cue=f.cue, rule=f.rule)
        for f in items
        if 0 <= f.start < f.end <= len(text)
    ]


def _credit_lines(finder: Finder, directs: list[_Found]) -> None:
    """Quotes without a cue in the paragraph above a dash credit line are the
    credited actor's."""
    credits: dict[int, str | None] = {}
    for f in directs:
        if f.has_cue or f.span is None:
            continue
        p = f.span.paragraph
        if p not in credits:
            credits[p] = finder.credit_line(p + 1)
        if credits[p] is not None:
            f.speaker, f.cue, f.has_cue, f.rule = credits[p], "—", True, "credit_line"


def _inherit_speakers(finder: Finder, directs: list[_Found], indirects: list[_Found]) -> None:
    """Floating quotes and continued paragraphs keep the previous speaker."""
    # the quote a continuation paragraph belongs to, and back-fill of chains
    chain_head: list[int] = []
    for n, f in enumerate(directs):
        if f.span is not None and f.span.continues_previous and n > 0 and directs[n - 1].span is not None \
                and directs[n - 1].span.continues_next:
            chain_head.append(chain_head[n - 1])
        else:
            chain_head.append(n)
    # attributed events (cue-bearing quotes) by position
    events = sorted(
        ((f.cue_at, f.speaker, f.subject) for f in directs + indirects if f.has_cue and f.cue_at >= 0),
        key=lambda e: e[0],
    )
    ev_pos = [e[0] for e in events]
    for n, f in enumerate(directs):
        if f.has_cue:
            continue
        head = chain_head[n]
        if head != n and directs[head].has_cue:
            f.speaker, f.cue, f.subject = directs[head].speaker, directs[head].cue, directs[head].subject
            f.has_cue, f.rule = True, "continued_quote"
            continue
        if not f.sentential:
            continue
        i = bisect.bisect_left(ev_pos, f.start) - 1
        if i >= 0 and events[i][0] >= finder.limit_before(f.start):
            f.speaker, f.subject, f.rule = events[i][1], events[i][2], "previous_attribution"
        # "Jane Doe explained her decision. “…”": a speech verb in the sentence
        # just before introduces the quote even without a clause of its own
        cue = finder.previous_sentence_cue(f.span) if f.span is not None else None
        if cue is not None and (i < 0 or cue[0] > events[i][0]):
            f.speaker, f.subject, f.rule = cue[1].speaker, cue[1].subject, "previous_sentence_cue"
    # a chain whose later paragraph carries the attribution gives it to the earlier ones
    for n in range(len(directs) - 1, -1, -1):
        head = chain_head[n]
        if head != n and directs[n].speaker is not None and directs[head].speaker is None \
                and not directs[head].has_cue:
            for m in range(head, n):
                if chain_head[m] == head and directs[m].speaker is None:
                    directs[m].speaker, directs[m].subject = directs[n].speaker, directs[n].subject
                    directs[m].rule = "continued_quote"
