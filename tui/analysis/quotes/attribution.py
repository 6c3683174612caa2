"""Direct quotes and the passes that attribute them: the cue of each marked
span, dash credit lines, and speakers inherited by quotes without a cue."""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Mention, Quote, Span
from ..parsed import text_of
from .context import _Found
from .cues import _CONTINUE, _LISTENER_VERBS, _MADE_RULES, _NAMING_VERBS, _SHORT_ATTRIBUTION
from .marks import ALL_MARKS, DOUBLE_MARKS, MarkedSpan, scan_marks
from .reported import ReportedSpeech

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..drafts import ActorDraft, MentionIndex


class Finder(ReportedSpeech):
    def direct(self, n: int, sp: MarkedSpan) -> _Found:
        toks = self.tokens_in(sp.start, sp.end)
        cue = self.governing_cue(n, toks)
        if cue is None and len(toks):
            cue = self.nearby_cue(sp, toks)
        sentential = self.is_sentential(sp)
        if cue is None:
            return _Found(sp.start, sp.end, "direct", None, None, False, sentential, sp)
        who = self.resolve_cue(cue)
        rule = who.rule
        s = self.sent_of[toks[-1]] + 1 if len(toks) else -1
        if self.sent_of[cue.i] == s and self.sents[s][1] - self.sents[s][0] > _SHORT_ATTRIBUTION:
            rule = "sentence_after+" + rule  # the cue of a longer sentence after (`attribution_after`)
        return _Found(sp.start, sp.end, "direct", who.speaker, self.cue_text(cue), True,
                      sentential, sp, cue.idx, rule, who.subject)

    def is_named_term(self, sp: MarkedSpan) -> bool:
        """A quoted word or two opening a clause as the subject of the verb
        that follows ("“XRV” represents …", "“XR-19” is the name …") is a
        term being talked about, not words anyone said."""
        if sp.close_at is None:
            return False
        toks = self.tokens_in(sp.open_at, sp.close_at + 1)
        if not len(toks):
            return False
        cols = self.cols
        words = [k for k in toks if not cols.puncts[k] and not cols.spaces[k]]
        if not words or len(words) > 3 or any(cols.pos[k] in ("VERB", "AUX") for k in words):
            return False
        before = toks[0] - 1
        while before >= 0 and cols.spaces[before]:
            before -= 1
        if before >= 0 and self.same_paragraph(self.doc[before], self.doc[toks[0]]) \
                and not (cols.puncts[before] or cols.pos[before] == "CCONJ"):
            return False
        after = toks[-1] + 1
        while after < len(self.doc) and cols.spaces[after]:
            after += 1
        if after >= len(self.doc) or self.quote_of[after] != -1:
            return False
        verb = self.doc[after]
        # "“No comment,” said Jane Doe": a speech verb after the quote, or the
        # comma, question or exclamation mark that ends spoken words, is speech.
        if self.is_cue(verb) or self.text[sp.close_at - 1] in ",?!":
            return False
        return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBD", "VBP", "MD")

    def introduced_person(self, p: int) -> tuple[str, Token] | None:
        """The person the paragraph before `p` is about: the subject of its
        last sentence, when that names a person (not inside a quote)."""
        if p == 0:
            return None
        start, end = self.paragraphs[p - 1]
        toks = self.tokens_in(start, end)
        if not len(toks):
            return None
        lo, hi = self.sents[self.sent_of[toks[-1]]]
        for k in range(max(lo, toks[0]), hi):
            tok = self.doc[k]
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and self.quote_of[k] == -1:
                key = self.actor_of_token(tok)
                if key is not None and self.index.draft(key).type == "PERSON":
                    return key, tok
                return None
        return None

    def is_term(self, f: _Found) -> bool:
        """A name, title or term in quotation marks, not words anyone said: a
        few quoted words inside a sentence, closed, not ending as speech does
        (“…?”, or “…,” after a cue), not given by a naming verb ("nicknamed “Jane”"), and
        either without any cue or a title in capitals (“Meet the Voters”,
        “Blue House”)."""
        sp = f.span
        if sp is None or f.sentential or sp.close_at is None or sp.continues_next:
            return False
        words = self.text[sp.start:sp.end].split()
        if words and len(words) <= _MAX_TITLE_WORDS and _is_title(words) and self.title_of_something(sp):
            return True  # the show, “Meet the Voters,”; told “Morning Talk”
        if not words or len(words) > 4 or self.text[sp.end - 1] in "?!:;":
            return False
        if self.named_by_verb(sp):
            return False  # "nicknamed “Jane”", "was called the “breadbasket”": kept, with no speaker
        if _is_title(words) and self.after_preposition_or_possessive(sp):
            return True  # said on NBC's “Meet the Voters,”; the author of “Home Run”
        if f.has_cue and self.text[sp.end - 1] == ",":
            return False
        if not f.has_cue:
            return True
        return _is_title(words) and self.char_before(sp.open_at) not in ",:" and not self.governed_by_cue(sp)

    def title_of_something(self, sp: MarkedSpan) -> bool:
        """Are the quoted words, as one phrase, the name of a thing set in
        apposition to the noun before it ("his book, “A Life in Ink,”", "the
        show “Meet the Voters”") or the listener of a verb of telling ("told
        “Morning Talk”")? Not after a colon: "Jane Doe's message: “Vote Now”"
        gives the words of the message."""
        toks = [k for k in self.tokens_in(sp.start, sp.end) if not self.cols.puncts[k]]
        roots = [self.doc[k] for k in toks if not sp.start <= self.doc[k].head.idx < sp.end]
        if len(roots) != 1:
            return False
        root = roots[0]
        if root.dep_ == "appos":
            return root.head.i < toks[0] and root.head.pos_ == "NOUN" \
                and self.char_before(self.mark_start(sp.open_at)) != ":"
        return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in _LISTENER_VERBS

    def after_preposition_or_possessive(self, sp: MarkedSpan) -> bool:
        """Does a preposition or a possessive stand right before the opening
        mark ("on “…”", "author of “…”", "NBC's “…”")?"""
        at = self.mark_start(sp.open_at)
        toks = self.tokens_in(max(0, at - 40), at)
        if not len(toks):
            return False
        before = self.doc[toks[-1]]
        if before.idx + len(before) > at or before.is_space:
            return False
        return before.tag_ in ("IN", "POS") and before.lower_ not in ("that", "if", "whether", "because", "as", "like")

    def governed_by_cue(self, sp: MarkedSpan) -> bool:
        """Are the quoted words the object of a speech verb (chanted “…”)?"""
        for k in self.tokens_in(sp.start, sp.end):
            head = self.doc[k].head
            if not sp.start <= head.idx < sp.end and self.is_cue(head):
                return True
        return False

    def named_by_verb(self, sp: MarkedSpan) -> bool:
        """Is the quoted name given by a naming participle just before it
        ("a mannequin nicknamed “Jane”", "was dubbed the “Iron Lady”")?"""
        toks = self.tokens_in(sp.open_at, sp.open_at + 1)
        k = (toks[0] if len(toks) else self.tokens_in(sp.start, sp.end)[0]) - 1
        for j in range(k, max(-1, k - 3), -1):
            tok = self.doc[j]
            if tok.tag_ == "VBN" and tok.lemma_.lower() in _NAMING_VERBS:
                return True
            if tok.is_punct and tok.text not in ALL_MARKS:
                return False
        return False

    def clause_subject(self, sp: MarkedSpan) -> tuple[str, str, Token] | None:
        """(speaker, rule, subject) for quoted words inside a sentence no
        speech verb governs ("Jane Doe urged the council to “act before the
        floods come”"): the subject of the nearest verb above the words, when
        it stands before them and a speaker sieve names an actor for it."""
        toks = self.tokens_in(sp.start, sp.end)
        if not len(toks) or _is_title(self.text[sp.start:sp.end].split()):
            return None  # "published “The Long Road Home”": a title, not words said
        cols, heads = self.cols, self.cols.heads
        n = self.quote_of[toks[0]]
        first = toks[0]
        s_lo = self.sents[self.sent_of[first]][0]
        best: tuple[int, int] | None = None
        for k in toks:
            h = heads[k]
            if cols.puncts[k] or self.quote_of[k] != n or h == k or self.quote_of[h] == n:
                continue
            depth = 0
            while depth < 8 and s_lo <= h and self.quote_of[h] == -1 and cols.pos[h] not in ("VERB", "AUX"):
                if heads[h] == h:
                    break
                h, depth = heads[h], depth + 1
            if self.quote_of[h] == -1 and cols.pos[h] in ("VERB", "AUX") and s_lo <= h \
                    and (best is None or depth < best[0]):
                best = (depth, h)
        if best is None:
            return None
        verb = self.doc[best[1]]
        up = verb
        for _ in range(8):
            if up.dep_ == "ccomp":
                return None  # "Doe suggested that Berg “should resign”": the clause of another verb's subject
            if up.head.i == up.i:
                break
            up = up.head
        subj = self.cue_subject(verb)
        if subj is None or subj is _CONTINUE or not s_lo <= subj.i < first \
                or not self.same_paragraph(subj, verb):  # type: ignore[union-attr]
            return None
        if subj.dep_ == "nsubjpass":  # type: ignore[union-attr]
            return None  # "Doe was harmed by taking “…”": what befalls the subject, not words of theirs
        if subj.text.isupper() and len(subj.text) > 1:  # type: ignore[union-attr]
            return None  # "MAYOR WAS RIGHT ABOUT “…”": a headline in capitals
        if verb.i in self.relative_of and subj.dep_ not in ("nsubj", "nsubjpass", "appos"):  # type: ignore[union-attr]
            return None  # "Doe set this against Berg, who hopes to “…”": Berg is no subject of the sentence
        key, rule = self.decide_speaker(subj)  # type: ignore[arg-type]
        if key is None or rule in _MADE_RULES or self.index.draft(key).type not in _CLAUSE_SPEAKERS:
            return None  # "the report cites “…”": a thing's words are for the speech verbs alone
        return key, "clause_subject+" + rule, subj  # type: ignore[return-value]

    # -- the words that say it ------------------------------------------------

    def speaker_mention(self, f: _Found, added: dict[tuple[int, int], str]) -> Span | None:
        """The span naming who says `f`: for a named speaker, one of its
        mentions (a pronoun or description the sieves resolved becomes one, and
        is added to the actor, so its mentions agree with its quotes); for an
        unnamed source ("officials", "a source"), the phrase itself. `added`
        holds the mentions added so far in this article."""
        subj = f.subject
        if subj is None:
            return None
        lo, hi = self.phrase_of(subj)
        start, end = self.cols.starts[lo], self.cols.ends[hi]
        if f.speaker is None:
            return Span(start, end, self.text[start:end])
        if not self.index.draft(f.speaker).named:
            return self.unnamed_mention(f.speaker, subj, start, end, added)
        if f.rule.endswith("unlisted_name"):
            return self.unnamed_mention(f.speaker, subj, start, end, added, "name")
        if f.rule.endswith(("group_speaks_for", "spokes_noun")):
            # "the Doe campaign", "an Acme spokeswoman": the whole phrase says it,
            # and the phrase (or its head noun) becomes a nominal mention of the actor
            said = self.unnamed_mention(f.speaker, subj, start, end, added)
            if said is not None or any(key == f.speaker for _, _, key in self.index.mentions_between(start, end)):
                return Span(start, end, self.text[start:end])
        if f.rule.endswith("coordinated_subjects") and subj.conjuncts:
            # "Jane Doe and Tom Berg said": the words name them all
            # (its own bounds: the subject's phrase [lo, hi] is still needed below)
            last = max(subj.conjuncts, key=lambda t: t.i)
            _, last_hi = self.phrase_of(last)
            if self.same_paragraph(last, subj) and last_hi - lo < 40 \
                    and not self.quote_between(start, self.cols.starts[last_hi]):
                end = self.cols.ends[last_hi]
                return Span(start, end, self.text[start:end])
        # its mention in the phrase, else anywhere in the subject's words ("research
        # conducted by the Acme Institute", "a statement by Acme")
        left, right = subj.left_edge, subj.right_edge
        if right.i - left.i <= 40 and self.same_paragraph(left, subj) and self.same_paragraph(right, subj):
            start, end = min(start, left.idx), max(end, right.idx + len(right))
        own = [(s, e) for s, e, key in self.index.mentions_between(max(0, start - 200), end + 200)
               if key == f.speaker and s < end and e > start]
        own += [(s, e) for (s, e), key in added.items() if key == f.speaker and s < end and e > start]
        if own:
            s, e = min(own, key=lambda m: (not m[0] <= subj.idx < m[1], abs(m[0] - subj.idx)))
            return Span(s, e, self.text[s:e])
        start, end = self.cols.starts[lo], self.cols.ends[hi]
        claimed = self.claim_mention(f.speaker, subj, start, end, added)
        return Span(claimed[0], claimed[1], self.text[claimed[0]:claimed[1]]) if claimed is not None else None

    def relative_mention(self, f: _Found, added: dict[tuple[int, int], str]) -> None:
        """"Jane Doe, who said …", "the Acme Board, which ruled …": the "who"
        (or "which", "that") whose clause holds the cue of `f` refers to the
        speaker found for the noun it hangs on, and becomes the speaker's
        pronoun mention (rule `relative_speaker`), unless a mention already
        covers it, a "who" has a speaker that is no person or group of people
        (after "the Acme campaign" it is its people, not Acme) or a "which" or
        "that" one that is a person (the person a campaign speaks for), or it
        may be about all of several nouns joined (`shared_relative`)."""
        if f.speaker is None or f.subject is None or f.cue_at < 0:
            return
        cue = self.tokens_in(f.cue_at, f.cue_at + 1)
        found = self.relative_of.get(cue[0]) if len(cue) else None
        if found is None or found[0] != f.subject.i:
            return
        who = self.doc[found[1]]
        person = self.index.draft(f.speaker).type in ("PERSON", "NORP")
        if person != (who.lower_ in ("who", "whom")) or self.shared_relative(f.subject, who):
            return
        s, e = self.cols.starts[found[1]], self.cols.ends[found[1]]
        if (s, e) in added or self.index.actor_at(s, e) is not None or any(a < e and b > s for a, b in added):
            return
        self.index.draft(f.speaker).add(Mention(s, e, self.text[s:e], "pronoun", "relative_speaker"))
        added[(s, e)] = f.speaker

    @staticmethod
    def shared_relative(noun: Token, who: Token) -> bool:
        """Can the "who" (or "which") be about all the nouns joined with `noun`
        ("Jane Doe and Tom Berg, who say", "critics and analysts who said")? Yes when it
        follows the last of them and no other of them has a clause of its own
        ("Doe, who said …, and Berg, who added"), unless its verb is singular
        ("a banker and former official who has said": one person)."""
        verb = who.head
        if verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in verb.children):
            return False
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        joined = [first, *first.conjuncts]
        return len(joined) > 1 and all(t.i < who.i for t in joined) and not any(
            c.dep_ == "relcl" and c.i != verb.i for t in joined for c in t.children)

    def introducing_clause(self, sp: MarkedSpan) -> tuple[str, int] | None:
        """(speaker, offset of its words) for a quote that a colon or a dash
        opens at the end of a clause whose subject speaks it ("Jane Doe had a
        message for the council: “Fix the roads.”")."""
        p_start = self.paragraphs[sp.paragraph][0]
        mark = self.char_before(sp.open_at, p_start)
        if mark not in ":—–" and not self.text[p_start:sp.open_at].rstrip().endswith("--"):
            return None
        toks = self.tokens_in(p_start, sp.open_at)
        if len(toks) < 3:
            return None
        last = toks[-1]
        while last > toks[0] and (self.cols.puncts[last] or self.cols.spaces[last]):
            last -= 1
        lo = max(self.sents[self.sent_of[last]][0], toks[0])
        root = self.sent_root(self.doc[last])
        if root.i < lo or self.quote_of[root.i] != -1 or self.is_cue(root):
            return None  # a cue of its own was looked at already
        for child in root.children:
            if child.dep_ == "nsubj" and lo <= child.i < last and self.quote_of[child.i] == -1:
                if child.pos_ == "PRON" and child.lower_ not in ("he", "she"):
                    return None  # "Wait, it gets better: “…”"
                key, _ = self.decide_speaker(child)
                return (key, child.idx) if key is not None else None
        return None

    def unnamed_mention(self, key: str, subj: Token, start: int, end: int,
                        added: dict[tuple[int, int], str], kind: str = "nominal") -> Span | None:
        """The words that say a quote of an unnamed source or of a group
        speaking for an actor, [start, end), once they (or their head noun,
        when a named actor's mention lies inside them: "Acme supporters", "the
        Doe campaign") became the speaker's mention; None when neither can."""
        if self.claim_mention(key, subj, start, end, added, kind) is None:
            return None
        return Span(start, end, self.text[start:end])

    def claim_mention(self, key: str, subj: Token, start: int, end: int,
                      added: dict[tuple[int, int], str], kind: str = "nominal") -> tuple[int, int] | None:
        """Make the phrase [start, end), else the subject's own word, a mention
        of `key` (kind `kind`, or "pronoun" for a pronoun on its own): the
        first that no actor's mention and no mention added in this article
        (`added`) overlaps, or that is already `key`'s. Its bounds, or None."""
        for s, e in ((start, end), (subj.idx, subj.idx + len(subj))):
            if added.get((s, e)) == key:
                return s, e
            if self.index.actor_at(s, e) is None and not any(a < e and b > s for a, b in added):
                said = "pronoun" if subj.pos_ == "PRON" and e - s == len(subj) else kind
                self.index.draft(key).add(Mention(s, e, self.text[s:e], said))  # type: ignore[arg-type]
                added[(s, e)] = key
                return s, e
        return None

    def is_sentential(self, sp: MarkedSpan) -> bool:
        """Does the quote stand as a sentence of its own (not a few words inside
        someone else's sentence)?"""
        if sp.continues_previous:
            return True
        p_start = self.paragraphs[sp.paragraph][0] if self.paragraphs else 0
        open_at = self.mark_start(sp.open_at, p_start)  # what comes before a doubled mark's first half
        before = self.char_before(open_at, p_start)
        if before and before in ALL_MARKS:
            # right after another quote: a sentence of its own only when that
            # one ended a sentence (“We won.” “We will win again.”), not in a
            # list of titles (''Taken,'' ''Heat'' and ''Up'')
            at = self.mark_start(self.text.rindex(before, p_start, open_at), p_start)
            before = self.char_before(at, p_start)
            return not before or before in ".!?…"
        return not before or before in ".!?:;…"


def find_quotes(doc: Doc, index: MentionIndex) -> list[Quote]:
    """Direct and indirect quotes of `doc`, in text order, with speakers as
    actor-draft keys from `index` (or None)."""
    text = text_of(doc)
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
    directs = [f for f in directs if not finder.is_term(f)]
    indirects += _mixed_quote_clauses(finder, directs, indirects)
    directs = _join_interrupted(finder, directs)
    items = [f for f in sorted(directs + indirects, key=lambda f: (f.start, f.kind != "indirect", f.end))
             if 0 <= f.start < f.end <= len(text)]
    added: dict[tuple[int, int], str] = {}
    quotes = []
    for f in items:
        said = finder.speaker_mention(f, added)
        if said is None and f.speaker is not None and not index.draft(f.speaker).named:
            f.speaker = None  # an unnamed source whose words could not become its mention
        finder.relative_mention(f, added)
        quotes.append(Quote(start=f.start, end=f.end, text=text[f.start:f.end], kind=f.kind,  # type: ignore[arg-type]
                            speaker=f.speaker, cue=f.cue, rule=f.rule, speaker_mention=said, parts=tuple(f.parts)))
    return quotes


# Cues of one who repeats another's words ("and I quote", "citing"): `late_linked_speakers`.
_QUOTING_CUES = frozenset({"quote", "quoted", "quotes", "quoting", "cite", "cited", "cites", "citing"})
# Who may speak quoted words inside a clause no speech verb governs (`Finder.clause_subject`).
_CLAUSE_SPEAKERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Longest quoted title taken for the name of a thing (is_term's title_of_something).
_MAX_TITLE_WORDS = 6
# Words between two pieces of one interrupted quote: its attribution only.
_MAX_INTERRUPTION_WORDS = 25
# marks that would open or close another quote there (a single ’ may be an apostrophe)
_NOT_IN_CREDIT = frozenset(DOUBLE_MARKS + "‘‚‹›‛")


def _join_interrupted(finder: Finder, directs: list[_Found]) -> list[_Found]:
    """A direct quote interrupted by its own attribution ("“A,” she said,
    “B.”", "“A,” Jane Doe said. “B.”") becomes one quote from A to B whose
    `parts` are A and B: the words between the pieces are only the clause
    holding A's cue (no marks, no line break, ending with a comma, stop, colon
    or dash), and B has no cue of its own and no other speaker."""
    text = finder.text
    out: list[_Found] = []
    for f in directs:
        prev = out[-1] if out else None
        if prev is not None and _interrupts(text, prev, f) and not _other_cue_between(finder, prev, f):
            if not prev.parts:
                prev.parts = [(prev.start, prev.end)]
            prev.parts.append((f.start, f.end))
            prev.end = f.end
            prev.span = f.span  # the last piece: a later one may join it in turn
            continue
        out.append(f)
    return out


def _interrupts(text: str, a: _Found, b: _Found) -> bool:
    sa, sb = a.span, b.span
    if sa is None or sb is None or sa.close_at is None or sa.continues_next or sb.continues_previous \
            or sa.paragraph != sb.paragraph or not sa.close_at < sb.open_at:
        return False
    if not a.has_cue or not sa.close_at < a.cue_at < sb.open_at:
        return False  # the words between must hold A's own cue
    if b.has_cue and b.cue_at != a.cue_at or b.speaker is not None and b.speaker != a.speaker:
        return False
    gap = text[sa.close_at + 1:sb.open_at].strip("'’`")  # the rest of a doubled ('') mark
    if "\n" in gap or "''" in gap or any(ch in _NOT_IN_CREDIT for ch in gap):
        return False
    words = gap.split()
    return 0 < len(words) <= _MAX_INTERRUPTION_WORDS and gap.rstrip()[-1:] in (",", ".", ":", "—", "–", "-")


def _other_cue_between(finder: Finder, a: _Found, b: _Found) -> bool:
    """Do the words between the pieces say more than A's attribution? A
    second speech verb (“A,” she said, adding: “B.”) makes B a statement of
    its own, and words outside the cue's phrase (“A” fell, she said, “and
    B”) are the reporter's."""
    assert a.span is not None and b.span is not None
    toks = finder.tokens_in(a.span.close_at + 1 if a.span.close_at is not None else a.end, b.span.open_at)
    cue = next((finder.doc[k] for k in toks if finder.doc[k].idx == a.cue_at), None)
    if cue is None:
        return True
    for k in toks:
        tok = finder.doc[k]
        if tok.i != cue.i and finder.is_cue(tok):
            return True
        if tok.is_alpha and tok.i != cue.i and not cue.is_ancestor(tok):
            return True
    return False


# Longest quote, in words, quoted inside a clause of the reporter's own (a mixed quote).
_MAX_MIXED_WORDS = 6


def _mixed_quote_clauses(finder: Finder, directs: list[_Found], indirects: list[_Found]) -> list[_Found]:
    """The clause a few quoted words sit in after their speech verb, when the
    parse gave that verb no reported clause ("Jane Doe said presumptive
    nominee Tom Berg was a “proven failure” in business" with the clause
    misparsed): the words after the verb (past its listener) to the end of
    the sentence, or to the next speech verb, quote or verb coordinated with
    the cue, reported with the quote's speaker (rule "mixed_quote_clause+"
    the sieve that named it)."""
    doc, found = finder.doc, []
    covered = [(g.start, g.end) for g in indirects]
    for f in directs:
        sp = f.span
        if not f.has_cue or f.speaker is None or f.sentential or sp is None or f.cue_at < 0 or f.kind != "direct" \
                or len(finder.text[f.start:f.end].split()) > _MAX_MIXED_WORDS \
                or any(a <= f.start and f.end <= b for a, b in covered):
            continue
        toks = finder.tokens_in(f.cue_at, f.cue_at + 1)
        first = finder.tokens_in(sp.start, sp.end)
        if not len(toks) or not len(first):
            continue
        cue = doc[toks[0]]
        s_lo, s_hi = finder.sents[finder.sent_of[cue.i]]
        if not cue.i < first[0] < s_hi or cue.lower_ == "according":
            continue
        if f.subject is not None and f.subject.i > cue.i:
            continue  # "…,” said Jane Doe, whose …: what follows names the speaker
        lo = cue.i + 1
        while lo < first[0] and doc[lo].dep_ in ("dobj", "dative") and doc[lo].head.i == cue.i:
            lo = doc[lo].right_edge.i + 1  # the listener of "told reporters …"
        if lo > first[0] or doc[lo].text in (",", ":"):
            continue  # the quote inside the listener; "…,” she said, “…": the quote's own attribution
        # up to the next speech verb, the next quote (they say something else)
        # or a verb coordinated with the cue ("chanted “…” and waved flags")
        hi = next((k - 1 for k in range(first[-1] + 1, s_hi)
                   if finder.quote_of[k] not in (-1, finder.quote_of[first[0]]) or finder.is_cue(doc[k])
                   or doc[k].dep_ == "conj" and doc[k].head.i == cue.i), s_hi - 1)
        span = finder.clean_clause(lo, hi)
        if span is None or not span[0] <= f.start:
            continue
        covered.append(span)
        found.append(_Found(span[0], span[1], "indirect", f.speaker, f.cue, True, False, None, f.cue_at,
                            "mixed_quote_clause+" + f.rule, f.subject))
    return found


def _credit_lines(finder: Finder, directs: list[_Found]) -> None:
    """Quotes without a cue credited around them: a dash credit line in the
    paragraph below, a dash and a name after the quote, or a label and a colon
    opening its paragraph ("Jane Doe: “…”")."""
    below: dict[int, tuple[str, int] | None] = {}
    for f in directs:
        if f.span is not None and (not f.has_cue or f.cue_at < f.span.open_at):
            # a digest item's credit outranks a cue of its headline, before the dash
            item = finder.headline_credit(f.span)
            if item is not None and (not f.has_cue or f.cue_at < item[2]):
                f.speaker, f.has_cue, f.rule, f.cue = item[0], True, "headline_credit", ":"
                toks = finder.tokens_in(item[1], item[1] + 1)
                f.subject = finder.doc[toks[0]] if len(toks) else None
                continue
        if f.has_cue or f.span is None:
            continue
        p = f.span.paragraph
        if p not in below:
            below[p] = finder.credit_line(p + 1)
        sp = f.span
        # tried in order, each only when the one before found nothing: the
        # introducing clause decides a speaker (and may make an unnamed source)
        for rule, find in (("credit_line", lambda: below[p]), ("dash_credit", lambda: finder.dash_credit(sp)),
                           ("colon_credit", lambda: finder.colon_credit(sp)),
                           ("introducing_clause", lambda: finder.introducing_clause(sp))):
            found = find()
            if found is not None:
                f.speaker, f.has_cue, f.rule = found[0], True, rule
                f.cue = "—" if rule in ("credit_line", "dash_credit") else ":" if rule == "colon_credit" else \
                    finder.char_before(f.span.open_at)
                toks = finder.tokens_in(found[1], found[1] + 1)
                f.subject = finder.doc[toks[0]] if len(toks) else None
                break


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
    found = sorted((f for f in directs + indirects if f.has_cue and f.cue_at >= 0), key=lambda f: f.cue_at)
    events = [(f.cue_at, f.speaker, f.subject) for f in found]
    ev_pos = [e[0] for e in events]
    # "“…,” Jane Doe said when asked whether tolls rise. “…”": the question put to the speaker in
    # the sentence that attributes the quote before is no event of its own; that sentence's
    # speaker goes on
    aside = {i for i in range(1, len(found)) if found[i].rule == "question_put" and found[i - 1].kind == "direct"
             and found[i - 1].speaker is not None and found[i - 1].end < found[i].cue_at
             and _same_sentence(finder, found[i - 1].cue_at, found[i].cue_at)}
    for n, f in enumerate(directs):
        if f.has_cue:
            continue
        head = chain_head[n]
        if head != n and directs[head].has_cue:
            f.speaker, f.cue, f.subject = directs[head].speaker, directs[head].cue, directs[head].subject
            f.has_cue, f.rule = True, "continued_quote"
            continue
        if not f.sentential:
            found = finder.clause_subject(f.span) if f.span is not None else None
            if found is not None:
                f.speaker, f.rule, f.subject = found
            continue
        i = bisect.bisect_left(ev_pos, f.start) - 1
        over = i in aside
        if over:
            i -= 1
        if i >= 0 and events[i][0] >= finder.limit_before(f.start):
            f.speaker, f.subject = events[i][1], events[i][2]
            f.rule = "previous_over_aside" if over else "previous_attribution"
        # "Jane Doe explained her decision. “…”": a speech verb in the sentence
        # just before introduces the quote even without a clause of its own
        cue = finder.previous_sentence_cue(f.span) if f.span is not None else None
        if cue is not None and (i < 0 or cue[0] > events[i][0]):
            f.speaker, f.subject, f.rule = cue[1].speaker, cue[1].subject, "previous_sentence_cue"
        if f.speaker is None and f.span is not None and f.span.open_at == finder.paragraphs[f.span.paragraph][0]:
            # a quote paragraph right after the paragraph that introduces its
            # speaker without a speech verb ("Jane Doe, the mayor, toured the
            # site.\n\n“We will rebuild.”")
            found = finder.introduced_person(f.span.paragraph)
            if found is not None:
                f.speaker, f.subject, f.rule = found[0], found[1], "introduced_person"
    # a chain whose later paragraph carries the attribution gives it to the earlier ones
    for n in range(len(directs) - 1, -1, -1):
        head = chain_head[n]
        if head != n and directs[n].speaker is not None and directs[head].speaker is None \
                and not directs[head].has_cue:
            for m in range(head, n):
                if chain_head[m] == head and directs[m].speaker is None:
                    directs[m].speaker, directs[m].subject = directs[n].speaker, directs[n].subject
                    directs[m].rule = "continued_quote"


def _same_sentence(finder: Finder, a: int, b: int) -> bool:
    """Are the tokens at character offsets `a` and `b` in one sentence?"""
    ta, tb = finder.tokens_in(a, a + 1), finder.tokens_in(b, b + 1)
    return len(ta) > 0 and len(tb) > 0 and finder.sent_of[ta[0]] == finder.sent_of[tb[0]]


def _is_title(words: list[str]) -> bool:
    """“Meet the Press”, “State of the Union”: every longer word capitalised."""
    alpha = [w.strip(".,;:!?()[]") for w in words]
    alpha = [w for w in alpha if w and w[0].isalpha()]
    return bool(alpha) and alpha[0][0].isupper() and all(w[0].isupper() for w in alpha if len(w) > 3) \
        and not all(w.isupper() for w in alpha)


def late_linked_speakers(quotes: list[Quote], drafts: list[ActorDraft]) -> list[Quote]:
    """Quotes left without a speaker whose speaker's words a later stage linked
    to an actor: "I" outside quotes in a letter or a speech given as its
    author's (`narrator`), "she" linked once later stages typed a person
    (`coref.late_person_pronouns`). The quote stage runs before those and
    leaves such a pronoun to them (it never claims it: pronoun linking keeps
    the mention); the quote then takes the actor the pronoun was linked to,
    rule `<sieve>+late_link`. Only a mention with exactly the words' span
    counts. Not the one who quotes ("and I quote, “…”": the words are another's)."""
    if not any(q.speaker is None and q.speaker_mention is not None for q in quotes):
        return quotes
    owner = {(m.start, m.end): d.key for d in drafts for m in d.mentions}
    out = []
    for q in quotes:
        said = q.speaker_mention
        quoting = (q.cue or "").lower() in _QUOTING_CUES
        key = owner.get((said.start, said.end)) if q.speaker is None and said is not None and not quoting else None
        out.append(q if key is None else replace(q, speaker=key, rule=f"{q.rule}+late_link"))
    return out
