"""Quotes: direct quotations between marks, reported (indirect) speech, and who said them.

Three passes, each linear in the text:

1. `scan_marks` pairs quotation marks paragraph by paragraph from the characters
   alone: curly and straight marks, the direction of a straight `"` from its
   neighbours, apostrophes inside words never taken for marks, single quotes
   nested inside double ones (and the reverse) kept inside the outer quote, a
   double quote closed by a stray `’` when nothing better closes it, and a quote
   that runs on into the next paragraph when that paragraph opens with a mark.
2. Every direct quote looks for its speech cue in the parse: first a speech verb
   that governs the quoted words, then the nearest speech verb in the same
   sentence. The cue's subject (a name, a resolved pronoun, "a spokesman for
   Y", "the institute") is mapped to an actor through the `MentionIndex`.
3. Every speech verb outside a quote that governs a clause ("X said (that) …",
   "…, X said", "according to X, …") yields an indirect quote over that clause.

A quote with no cue of its own that forms a sentence of its own keeps the
speaker of the previous attribution in its paragraph or the one before; a few
quoted words inside a sentence without any cue are scare quotes (speaker None).
Nothing here raises on odd input: unbalanced, stray or missing marks just
produce fewer quotes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Mention, Quote, paragraph_spans, strip_span
from .speech_cues import (
    COMMENT_STARTERS,
    DIRECT_ONLY_VERBS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    SPEECH_VERBS,
    is_spokes_noun,
    is_spokes_person,
    THING_PRONOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .drafts import MentionIndex

# --------------------------------------------------------------------------
# 1. Pairing quotation marks
# --------------------------------------------------------------------------

DOUBLE_MARKS = "\"“”„«»‟"
SINGLE_MARKS = "'‘’‚‹›‛"
_OPEN_HINT = set("“„«‟‘‚‹‛")
_CLOSE_HINT = set("”»’›")
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS
# Characters after which a mark opens, and before which a mark closes.
_BEFORE_OPEN = set("([{<—–-/:…") | set(ALL_MARKS)
_AFTER_CLOSE = set(")]}>.,;:!?—–-…/") | set(ALL_MARKS)
_MAX_RESTARTS = 8
_SENTENCES_BACK = 12  # sentences searched back for the person an unresolved "he" means
_NAME_LOOKBACK = 6000  # characters searched back for "the institute" → "… Institute …"  # re-scans of one paragraph after an unclosed single quote


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
        ch = text[i]
        if ch not in ALL_MARKS or i in skip:
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


# --------------------------------------------------------------------------
# 2 and 3. Cues, speakers and reported speech
# --------------------------------------------------------------------------

_CONTINUE = object()  # a cue whose subject is a relative pronoun: look further up
_LISTENER_VERBS = frozenset({"tell", "ask", "inform", "assure", "urge", "warn", "remind", "brief", "thank"})
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})


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


# Messages whose author speaks through them ("Ruiz's tweet said ...").
# Conjuncts that add unnamed people to a named speaker ("Jane Doe and others said").
_OTHERS = frozenset({"others", "colleagues", "allies", "supporters", "associates"})
_MESSAGE_NOUNS = frozenset({"tweet", "post", "message", "statement", "letter"})
# Where a message is posted from: its owner is the author ("from Ruiz's Instagram account").
_ACCOUNT_NOUNS = frozenset({"account", "page", "feed", "channel", "profile", "handle"})


class _Finder:
    def __init__(self, doc: Doc, index: MentionIndex) -> None:
        self.doc = doc
        self.text = doc.text
        self.index = index
        self.paragraphs = paragraph_spans(self.text)
        self.p_starts = [s for s, _ in self.paragraphs]
        # Token attributes as plain arrays: making a Token object per word costs
        # more than the whole rest of this stage.
        from spacy.attrs import IDX, IS_SPACE, LEMMA, LOWER, SENT_START

        import numpy

        arr = doc.to_array([IDX, SENT_START, IS_SPACE, LEMMA, LOWER])
        self.tok_starts = arr[:, 0].tolist()
        # tokens that can be speech cues (by lemma, or "according")
        strings = doc.vocab.strings
        cue_lemmas = numpy.array(sorted(strings[w] for w in SPEECH_VERBS), dtype=arr.dtype)
        is_candidate = numpy.isin(arr[:, 3], cue_lemmas) | (arr[:, 4] == strings["according"])
        self.cue_candidates = numpy.nonzero(is_candidate)[0].tolist()
        sent_starts = (arr[:, 1] == 1).tolist()
        spaces = arr[:, 2].tolist()
        # sentence id of every token, and each sentence's token range
        # (a parse may run a sentence across a paragraph break: split it there)
        self.sent_of = [0] * len(doc)
        self.sents: list[tuple[int, int]] = []
        start, para, p_next = 0, -1, 0
        for i, offset in enumerate(self.tok_starts):
            p = para
            if not spaces[i]:
                while p_next < len(self.p_starts) and self.p_starts[p_next] <= offset:
                    p_next += 1
                p = p_next - 1
            if i > start and (p != para or sent_starts[i]):
                self.sents.append((start, i))
                start = i
            para = p
            self.sent_of[i] = len(self.sents)
        self.sents.append((start, len(doc)))
        self._mention_starts: dict[str, tuple[list[int], list[Mention]]] = {}
        self._by_name: dict[str, str] | None = None
        self.quote_of = [-1] * len(doc)  # which marked span (with its marks) holds a token
        self.spans: list[MarkedSpan] = []

    # -- helpers ------------------------------------------------------------

    def paragraph_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.p_starts, offset) - 1)

    def limit_before(self, offset: int) -> int:
        """Start of the paragraph before the one holding `offset`."""
        p = self.paragraph_index(offset)
        return self.paragraphs[max(0, p - 1)][0] if self.paragraphs else 0

    def tokens_in(self, start: int, end: int) -> range:
        lo = bisect.bisect_right(self.tok_starts, start) - 1
        if lo < 0 or self.doc[lo].idx + len(self.doc[lo]) <= start:
            lo += 1
        hi = bisect.bisect_left(self.tok_starts, end)
        return range(max(lo, 0), hi)

    def mark_quotes(self, spans: list[MarkedSpan]) -> None:
        self.spans = spans
        for n, sp in enumerate(spans):
            end = (sp.close_at + 1) if sp.close_at is not None else sp.end
            for k in self.tokens_in(sp.open_at, end):
                self.quote_of[k] = n

    def is_cue(self, tok: Token) -> bool:
        if self.quote_of[tok.i] != -1:
            return False
        if tok.lower_ == "according":
            return tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to"
        if tok.lemma_.lower() not in SPEECH_VERBS:
            return False
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            return True
        # "Figures … state about 200 thousand …": a speech verb tagged as a
        # noun, yet it has a subject and a reported clause of its own
        return tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children) \
            and any(c.dep_ == "ccomp" for c in tok.children)

    # -- subjects and speakers ---------------------------------------------

    def cue_subject(self, cue: Token) -> Token | object | None:
        """The token naming who speaks through `cue`, `_CONTINUE` for a relative
        clause about a thing ("a sign that said"), or None."""
        if cue.lower_ == "according":
            for prep in cue.children:
                if prep.lower_ == "to":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return obj
            nxt = cue.nbor(1) if cue.i + 1 < len(self.doc) else None
            if nxt is not None:
                for obj in nxt.children:
                    if obj.dep_ == "pobj":
                        return obj
            return None
        verb = cue
        climbed = False
        for _ in range(6):
            subj = None
            cross = None
            for child in verb.children:
                if not self.same_paragraph(child, cue):
                    if child.dep_ == "nsubj":
                        cross = child
                    continue
                if self.quote_of[child.i] != -1:
                    continue
                if child.dep_ in ("nsubj", "csubj") or (
                        child.dep_ in ("dobj", "npadvmod") and child.i < verb.i and child.pos_ == "PROPN"):
                    # two subjects for one verb (or a name as an "object" before
                    # it) is a mis-split noun phrase ("Acme chief Jane Doe said"):
                    # the one nearest the verb heads it
                    if subj is not None and self.joined(subj, child):
                        return None  # "A, …, and B … emphasized": no single speaker
                    if subj is None or (child.i < verb.i and (subj.i > verb.i or child.i > subj.i)):
                        subj = child
                elif child.dep_ == "nsubjpass" and (climbed or verb.lemma_.lower() in ("quote", "cite")):
                    subj = child
                elif child.dep_ == "agent":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            subj = obj
            if subj is None and cross is not None:
                subj = self.subject_across_break(cross, cue)
            if subj is not None:
                if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    if subj.lower_ in ("who", "whom"):
                        return verb.head
                    return _CONTINUE
                return subj
            # "…,” said Berg: the parser may take the speaker for an object.
            if verb.lemma_.lower() not in _LISTENER_VERBS and verb.i > 0 and self.quote_of[verb.i - 1] != -1 \
                    or self.text_between_is_punct(verb):
                for child in verb.rights:
                    if child.dep_ in ("dobj", "attr", "npadvmod", "oprd", "dative") and child.pos_ == "PROPN" \
                            and self.quote_of[child.i] == -1 and self.actor_of_token(child) is not None:
                        return child
            if verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.head.i != verb.i:
                if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
                    main = self.misattached_finite(verb)
                    if main is None:
                        if verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
                            # "posts suggesting ...", "reports saying ...": the
                            # things themselves say it, not the sentence's subject
                            return verb.head
                        break
                    verb, climbed = main, True
                    continue
                verb, climbed = verb.head, True
                continue
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
                verb, climbed = verb.head.head, True
                continue
            break
        if cue.tag_ in ("VBD", "VBZ", "VBP") and cue is verb:
            # "According to Acme News, the mayor of Springfield, Jane Doe,
            # said": the parser hung the speaker on the source of the report
            for prep in cue.children:
                if prep.lower_ == "according":
                    for obj in prep.subtree:
                        if obj.dep_ == "pobj" and obj.head.lower_ == "to" and self.person_in_apposition(obj):
                            return obj
            # a finite cue the parser left without a subject: the noun phrase
            # just before it ("…, a spokesman for X expressed …")
            np = self.left_noun_phrase(cue)
            if np is not None:
                return np
        if cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl"):
            return None  # "Asked whether …, X replied": the one asked is not the one asking
        if cue.tag_ in ("VBG", "VBN"):
            # "…, saying …": a participle's subject is the main clause's subject
            root = self.sent_root(cue)
            for child in root.children:
                if child.dep_ == "nsubj" and child.i < cue.i and self.same_paragraph(child, cue):
                    return child
        return None

    def joined(self, a: Token, b: Token) -> bool:
        """Are two subjects of one verb joined by "and"/"or" (not one name split in two)?"""
        lo, hi = min(a.i, b.i), max(a.i, b.i)
        return any(
            self.doc[k].dep_ == "cc" and self.doc[k].head.i in (lo, hi)
            # "His daughter, and member of the board, Jane Doe wrote": the "and"
            # joins the role to another role, its own conjunct before the name
            and not any(c.dep_ == "conj" and k < c.i < hi for c in self.doc[k].head.children)
            for k in range(lo + 1, hi)
        )

    def subject_across_break(self, subj: Token, cue: Token) -> Token | None:
        """The parser ran a sentence across a paragraph break and took a noun
        of the paragraph before for the cue's subject: the cue's own subject
        is then the noun of its paragraph hanging on that one ("—The mayor …
        / Jane Doe, the head of …, said")."""
        p_start = self.paragraphs[self.paragraph_index(cue.idx)][0]
        for tok in subj.subtree:
            if tok.i >= cue.i:
                break
            if tok.idx >= p_start and tok.pos_ in ("NOUN", "PROPN") and tok.head.idx < p_start \
                    and self.quote_of[tok.i] == -1:
                return tok
        return None

    def misattached_finite(self, verb: Token) -> Token | None:
        """A finite verb the parser hung on a noun as a reduced relative ("X
        speaking to the committee called the plan …" with "called" under
        "committee"): a reduced relative is a participle, never finite, so the verb
        belongs to the sentence's subject. Returns the sentence root, or None."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.lower_ in _RELATIVE for c in verb.children):
            return None
        root = self.sent_root(verb)
        if root.i == verb.i or not self.same_paragraph(root, verb):
            return None
        if any(c.dep_ == "nsubj" and c.i < verb.head.i for c in root.children):
            return root
        return None

    def left_noun_phrase(self, cue: Token) -> Token | None:
        k = cue.i - 1
        while k >= 0 and self.doc[k].pos_ == "ADV":
            k -= 1
        if k < 0 or self.quote_of[k] != -1 or self.doc[k].pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        tok = self.doc[k]
        for _ in range(6):
            head = tok.head
            if head.i == tok.i or head.i >= cue.i or tok.dep_ not in ("pobj", "prep", "compound", "amod", "nmod", "poss"):
                break
            tok = head
        if tok.pos_ in ("ADP",) or not self.same_paragraph(tok, cue):
            return None
        return tok

    def sent_root(self, tok: Token) -> Token:
        root = tok
        for _ in range(64):
            if root.head.i == root.i:
                break
            root = root.head
        return root

    def text_between_is_punct(self, verb: Token) -> bool:
        """Is the cue preceded only by punctuation after a closing quote mark
        ("…,” said Berg)?"""
        k = verb.i - 1
        while k >= 0 and self.doc[k].is_punct and self.quote_of[k] == -1:
            k -= 1
        return k >= 0 and k < verb.i - 1 and self.quote_of[k] != -1 or (k >= 0 and self.quote_of[k] != -1)

    def same_paragraph(self, a: Token, b: Token) -> bool:
        return self.paragraph_index(a.idx) == self.paragraph_index(b.idx)

    def actor_of_token(self, tok: Token) -> str | None:
        return self.index.actor_at(tok.idx, tok.idx + len(tok))

    def speaker_of(self, subj: Token) -> str | None:
        """Actor key for the subject of a speech cue, or None for a non-actor."""
        if any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and not self.unnamed_others(c) for c in subj.children) \
                and subj.dep_ in ("nsubj", "nsubjpass"):
            return None  # "Acme and Bexley Foods emphasized": no single speaker
        key = self.actor_of_token(subj)
        if key is None:
            key = self.actor_by_name(subj)
        if key is not None and subj.pos_ == "PROPN" and self.mention_kind(key, subj) != "name":
            # a title taken for a reference ("Premier of Quebec Ana
            # Ruiz"): the person named in the phrase wins
            named = self.person_within(subj, exclude=key)
            if named is not None:
                return named
        if key is not None:
            if self.index.draft(key).type != "PERSON":
                # "a Liberal, Tom Berg," - the named person in apposition,
                # also behind a role: "According to the Acme News agency, the
                # mayor of Springfield, Jane Doe, said" (the agency is the
                # source of the report, she is the speaker)
                other = self.person_in_apposition(subj)
                if other is not None:
                    return other
            return key
        lower = subj.lower_
        if lower in PERSON_PRONOUNS:
            return self.person_antecedent(subj)
        if lower in THING_PRONOUNS:
            return self.index.nearest_before(subj.idx, ("ORG",), self.paragraphs[self.paragraph_index(subj.idx)][0])
        if subj.pos_ == "PRON":
            return None
        lemma = subj.lemma_.lower()
        # "Ruiz's adviser, Tom Berg," / "the director of Y, Jane Doe,"
        key = self.person_in_apposition(subj)
        if key is not None:
            return key
        if subj.pos_ == "PROPN":
            # a title parsed as the head: "Premier of Quebec Ana Ruiz"
            key = self.person_within(subj)
            if key is not None:
                return key
        if lemma in _MESSAGE_NOUNS:
            key = self.message_author(subj)
            if key is not None:
                return key
        if is_spokes_noun(lemma) or is_spokes_noun(subj.lower_):
            key = self.organisation_around(subj)
            if key is not None:
                return key
            # "the panel's summary": the possessor, itself a description
            for child in subj.children:
                if child.dep_ == "poss" and child.pos_ == "NOUN" and child.lemma_.lower() in ORG_NOUNS:
                    key = self.org_antecedent(child)
                    if key is not None:
                        return key
            if is_spokes_person(lemma):
                if any(c.dep_ in ("compound", "poss") and c.pos_ == "NOUN" for c in subj.children):
                    return None  # "a family spokeswoman": for a group no actor names
                # "a spokeswoman said", for the organisation the paragraph is about
                return self.index.nearest_before(subj.idx, ("ORG",), self.limit_before(subj.idx))
        if subj.tag_ in ("NN", "NNP"):
            # "his daughter", "the archbishop": the one introduced with that role
            key = self.role_antecedent(subj)
            if key is not None or (lemma in PERSON_NOUNS and not self.has_definite_det(subj)):
                return key
        if self.has_definite_det(subj) and subj.tag_ in ("NN", "NNP"):
            if lemma in ORG_NOUNS:
                return self.org_antecedent(subj)
            if lemma in PERSON_NOUNS:
                return self.person_antecedent(subj)
        return None

    def unnamed_others(self, tok: Token) -> bool:
        """"Jane Doe and others in her party": a conjunct that names no one
        leaves the named person the speaker."""
        return tok.lower_ in _OTHERS and self.actor_of_token(tok) is None

    def role_antecedent(self, tok: Token) -> str | None:
        """The actor named earlier right after (or with) the same role noun:
        "his daughter Ana Berg … his daughter said", "archbishop X … the
        archbishop said". Any role noun, not a list: the article itself shows
        the noun used as that actor's title."""
        if not any(c.dep_ in ("det", "poss") for c in tok.children):
            return None
        noun = tok.lower_
        for start, end, key in reversed(self.index.mentions_between(max(0, tok.idx - _NAME_LOOKBACK), tok.idx)):
            if self.inside_quote(start):
                continue
            words = self.text[max(0, start - 40):end].lower().replace(",", " ").split()
            mention_words = self.text[start:end].lower().split()
            before = words[: len(words) - len(mention_words)]
            if before and before[-1] == noun:
                return key
            if noun in mention_words[:-1] and self.index.draft(key).type == "PERSON":
                return key
        return None

    def person_in_apposition(self, subj: Token) -> str | None:
        """The one person named inside a subject phrase headed by a role: set
        in apposition ("a spokesman, Tom Berg," / "the director of Y, Jane
        Doe,") or hanging on the role itself ("Acme chief Jane Doe" however the
        parser splits it). A person in a possessive, a prepositional object or
        a relative clause ("the lawyer for Tom Berg") is someone else."""
        found: set[str] = set()
        if subj.right_edge.i - subj.left_edge.i > 40:
            return None
        # "the Ruiz campaign", "a Berg spokesman": the name qualifies a group
        group = subj.lemma_.lower() in ORG_NOUNS or is_spokes_noun(subj.lemma_)
        stack = [(c, group) for c in subj.children]
        while stack:
            tok, aside = stack.pop()
            if self.quote_of[tok.i] != -1:
                continue
            aside = aside or tok.dep_ in ("prep", "poss", "relcl", "acl", "advcl")
            if tok.dep_ == "appos" or not aside:
                key = self.actor_of_token(tok)
                if key is not None and self.index.draft(key).type == "PERSON":
                    found.add(key)
            stack.extend((c, aside) for c in tok.children)
        return found.pop() if len(found) == 1 else None

    def actor_by_name(self, tok: Token) -> str | None:
        """An actor whose name the token spells out, where no mention covers
        it (the actors stage may skip a word it tagged as a common noun)."""
        if not tok.text[:1].isupper() or tok.pos_ == "PRON":
            return None
        if self._by_name is None:
            names: dict[str, set[str]] = {}
            for start, end, key in self.index.mentions_between(0, len(self.text)):
                name = self.text[start:end]
                for suffix in ("’s", "'s"):
                    name = name.removesuffix(suffix)
                names.setdefault(name, set()).add(key)
            self._by_name = {n: next(iter(k)) for n, k in names.items() if len(k) == 1}
        # the longest run of capitalised words ending at the token
        k = tok.i
        while k > 0 and tok.i - k < 5 and self.doc[k - 1].text[:1].isupper() and self.doc[k - 1].dep_ == "compound":
            k -= 1
        for start in range(k, tok.i + 1):
            name = self.doc[start : tok.i + 1].text
            if name in self._by_name:
                return self._by_name[name]
        return None

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

    def person_within(self, subj: Token, exclude: str | None = None) -> str | None:
        """The one person named inside the subject phrase, if exactly one."""
        left, right = subj.left_edge, subj.right_edge
        keys = {key for _, _, key in self.index.mentions_between(left.idx, right.idx + len(right))
                if key != exclude and self.index.draft(key).type == "PERSON"}
        return keys.pop() if len(keys) == 1 else None

    def message_author(self, subj: Token) -> str | None:
        """The author of a message that speaks: its possessor ("Ruiz's
        tweet") or the owner of the account it came from ("a tweet posted from
        Ruiz's Instagram account"), if exactly one actor."""
        found: set[str] = set()
        for tok in subj.subtree:
            if tok.i - subj.left_edge.i > 30:
                break
            if tok.dep_ != "poss" or not (tok.head.i == subj.i or tok.head.lemma_.lower() in _ACCOUNT_NOUNS):
                continue
            key = self.person_antecedent(tok) if tok.lower_ in PERSON_PRONOUNS else self.actor_of_token(tok)
            if key is not None and self.index.draft(key).type in ("PERSON", "ORG"):
                found.add(key)
        return found.pop() if len(found) == 1 else None

    def organisation_around(self, subj: Token) -> str | None:
        """The organisation a spokes-noun speaks for: its compounds, possessor,
        or the object of "for/of/at/from"."""
        allow_person = is_spokes_person(subj.lemma_) or subj.lemma_.lower() in ("aide", "office")
        stack = [c for c in subj.children if c.dep_ in ("compound", "poss", "amod", "nmod", "prep")]
        seen = 0
        while stack and seen < 24:
            tok = stack.pop(0)
            seen += 1
            if tok.dep_ == "prep":
                if tok.lower_ in ("for", "of", "at", "from", "with"):
                    stack.extend(c for c in tok.children if c.dep_ == "pobj")
                continue
            key = self.actor_of_token(tok)
            if key is not None:
                kind = self.index.draft(key).type
                if kind in ("ORG", "GPE", "NORP", "FAC") or (kind == "PERSON" and allow_person):
                    return key
            stack.extend(c for c in tok.children if c.dep_ in ("compound", "poss", "amod", "nmod", "prep"))
        return None

    def org_antecedent(self, tok: Token) -> str | None:
        """An organisation named earlier: one whose name contains the noun ("the
        institute") within a few paragraphs, else the nearest organisation in
        this or the previous paragraph. Names inside quotes are not antecedents."""
        limit = self.limit_before(tok.idx)
        noun = tok.lower_
        best = None
        named: dict[str, int] = {}
        for start, _, key in reversed(self.index.mentions_between(max(0, tok.idx - _NAME_LOOKBACK), tok.idx)):
            if self.inside_quote(start):
                continue
            draft = self.index.draft(key)
            if draft.type not in ("ORG", "GPE", "FAC"):
                continue
            if noun in draft.name.lower().split():
                named.setdefault(key, len(draft.mentions))
            elif best is None and draft.type == "ORG" and start >= limit:
                best = key
        if named:  # the most mentioned of them: "the court" is the article's court
            return max(named, key=lambda k: named[k])  # dicts keep the nearest first on ties
        return best

    def inside_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self.tok_starts, offset) - 1
        return k >= 0 and self.quote_of[k] != -1 and not self.doc[k].is_punct

    def person_antecedent(self, tok: Token) -> str | None:
        """The person an unresolved he/she (or "the president") refers to:
        a person subject of a clause above it, else the latest person subject
        in this or the previous paragraph, else the nearest person before."""
        head = tok.head
        for _ in range(8):
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < tok.i and child.i != tok.i:
                    key = self.actor_of_token(child)
                    if key is not None and self.index.draft(key).type == "PERSON":
                        return key
            if head.head.i == head.i:
                break
            head = head.head
        limit = self.limit_before(tok.idx)
        s = self.sent_of[tok.i] - 1
        floor = s - _SENTENCES_BACK
        while s >= 0 and s > floor:
            s_start, s_end = self.sents[s]
            if self.doc[s_start].idx < limit:
                break
            for k in range(s_start, s_end):
                t = self.doc[k]
                if t.dep_ in ("nsubj", "nsubjpass") and (t.head.dep_ == "ROOT" or self.is_cue(t.head)):
                    key = self.actor_of_token(t)
                    if key is not None and self.index.draft(key).type == "PERSON":
                        return key
            s -= 1
        return self.index.nearest_before(tok.idx, ("PERSON",), limit)

    def resolve_cue(self, cue: Token, depth: int = 0) -> str | None:
        subj = self.cue_subject(cue)
        if subj is _CONTINUE:
            return None
        key = self.speaker_of(subj) if subj is not None else None  # type: ignore[arg-type]
        if key is None and cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj", "ccomp"):
            # "Saying “…” (…), President X added": a participle clause has
            # no subject of its own; a word the parser gave it is noise
            main = self.main_subject(cue)
            if main is not None:
                key = self.speaker_of(main)
        if key is None and cue.dep_ == "conj" and depth < 3:
            # "X reported that prices are rising, and called the increase …":
            # a cue the parser coordinated into the clause X reported is X's
            verb = cue.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            if verb.dep_ == "ccomp" and self.is_cue(verb.head) and self.same_paragraph(verb.head, cue):
                key = self.resolve_cue(verb.head, depth + 1)
        return key

    def main_subject(self, cue: Token) -> Token | None:
        """The subject of the clause a participle hangs on, on either side."""
        verb = cue
        for _ in range(4):
            if verb.head.i == verb.i or verb.dep_ not in ("advcl", "xcomp", "conj", "ccomp"):
                return None
            verb = verb.head
            for child in verb.children:
                if child.dep_ == "nsubj" and child.i != cue.i and self.same_paragraph(child, cue) \
                        and self.quote_of[child.i] == -1:
                    return child
        return None

    @staticmethod
    def cue_text(cue: Token) -> str:
        return "according to" if cue.lower_ == "according" else cue.text

    # -- direct quotes ------------------------------------------------------

    def direct(self, n: int, sp: MarkedSpan) -> _Found:
        toks = self.tokens_in(sp.start, sp.end)
        cue = self.governing_cue(n, toks)
        if cue is None and len(toks):
            cue = self.nearby_cue(sp, toks)
        sentential = self.is_sentential(sp, toks)
        if cue is None:
            return _Found(sp.start, sp.end, "direct", None, None, False, sentential, sp)
        return _Found(sp.start, sp.end, "direct", self.resolve_cue(cue), self.cue_text(cue), True,
                      sentential, sp, cue.idx)

    def governing_cue(self, n: int, toks: range) -> Token | None:
        """A speech verb above the quoted words in the parse tree."""
        best: tuple[int, Token] | None = None
        for k in toks:
            tok = self.doc[k]
            if tok.is_punct or self.quote_of[k] != n:
                continue
            head = tok.head
            if head.i == tok.i or self.quote_of[head.i] == n:
                continue
            depth = 0
            while depth < 12 and self.same_paragraph(head, tok):
                depth += 1
                if self.quote_of[head.i] == -1:
                    if self.is_cue(head):
                        subj = self.cue_subject(head)
                        if subj is not _CONTINUE:
                            if best is None or depth < best[0]:
                                best = (depth, head)
                            break
                    else:
                        # "what he said was “…”": a cue heading the copula's subject
                        for child in head.children:
                            if child.dep_ in ("csubj", "nsubj") and self.is_cue(child) \
                                    and any(c.lower_ == "what" for c in child.children):
                                if best is None or depth < best[0]:
                                    best = (depth, child)
                if head.head.i == head.i:
                    break
                head = head.head
        return best[1] if best else None

    def nearby_cue(self, sp: MarkedSpan, toks: range) -> Token | None:
        """The speech verb nearest the quote in its sentence(s), outside quotes.
        After the closing mark first when the quote ends in , ? or ! (the
        attribution follows), else before the opening mark first."""
        first, last = toks[0], toks[-1]
        s_lo = self.sent_of[first]
        s_hi = self.sent_of[last]
        # "X said in a statement:" + a quote parsed as its own sentence
        if self.char_before(sp.open_at) == ":" and s_lo > 0:
            s_lo -= 1
        lo, hi = self.sents[s_lo][0], self.sents[s_hi][1]
        # a short attribution after a sentence-final quote: "“…” he said."
        if s_hi + 1 < len(self.sents):
            nxt_lo, nxt_hi = self.sents[s_hi + 1]
            if nxt_hi - nxt_lo <= 8 and self.quote_of[nxt_lo] == -1 and self.doc[nxt_lo].is_lower:
                hi = nxt_hi
        p_start, p_end = self.paragraphs[sp.paragraph]
        if sp.open_at == p_start and sp.paragraph > 0 and self.char_before(sp.open_at) == ":":
            # "… she said:" closing the paragraph before
            p_start = self.paragraphs[sp.paragraph - 1][0]
        para = self.tokens_in(p_start, p_end)
        if len(para):
            lo, hi = max(lo, para[0]), min(hi, para[-1] + 1)
        after_cues, before_cues = [], []
        for k in range(lo, hi):
            if self.quote_of[k] != -1:
                continue
            tok = self.doc[k]
            if tok.idx >= sp.end and self.is_cue(tok):
                after_cues.append(tok)
            elif tok.idx < sp.start and self.is_cue(tok):
                before_cues.append(tok)
        # do not reach past another quote for a cue
        close_end = sp.close_at + 1 if sp.close_at is not None else sp.end
        after_cues = [t for t in after_cues if not self.quote_between(close_end, t.idx)]
        before_cues = [t for t in before_cues if not self.quote_between(t.idx, sp.open_at)]
        trailing = self.text[sp.end - 1] in ",?!" or self.char_after(sp.close_at + 1 if sp.close_at is not None else sp.end) == ","
        # a reporting verb outranks "according to" (the source of the report)
        if any(t.lower_ != "according" for t in after_cues + before_cues):
            after_cues = [t for t in after_cues if t.lower_ != "according"]
            before_cues = [t for t in before_cues if t.lower_ != "according"]
        first_after = after_cues[0] if after_cues else None
        last_before = before_cues[-1] if before_cues else None
        order = [first_after, last_before] if trailing else [last_before, first_after]
        for cue in order:
            if cue is not None and self.cue_subject(cue) is not _CONTINUE:
                return cue
        return None

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

    def credit_line(self, p: int) -> str | None:
        """The actor credited by a paragraph of its own that starts with a dash
        ("—The mayor of Paris, Jane Doe"), as under a pull quote."""
        if p >= len(self.paragraphs):
            return None
        start, end = self.paragraphs[p]
        line = self.text[start:end]
        if not line or line[0] not in "—–―-" or end - start > 120 or any(c in ALL_MARKS for c in line):
            return None
        found = [(self.index.draft(key).type, key) for _, _, key in self.index.mentions_between(start, end)]
        people = [key for kind, key in found if kind == "PERSON"]
        if people:
            return people[-1]
        others = [key for kind, key in found if kind in ("ORG", "NORP", "GPE")]
        return others[-1] if len(set(others)) == 1 else None

    def previous_sentence_cue(self, sp: MarkedSpan) -> tuple[int, str] | None:
        """(offset, speaker) of a speech verb with a known speaker in the
        sentence just before the quote, in its paragraph or the one before."""
        toks = self.tokens_in(sp.open_at, sp.end)
        if not len(toks):
            return None
        s = self.sent_of[toks[0]] - 1
        if s < 0:
            return None
        lo, hi = self.sents[s]
        if self.doc[lo].idx < self.limit_before(sp.open_at):
            return None
        for k in range(lo, hi):
            tok = self.doc[k]
            if self.quote_of[k] == -1 and self.is_cue(tok) and tok.lower_ != "according":
                key = self.resolve_cue(tok)
                if key is not None:
                    return tok.idx, key
        return None

    def quote_between(self, start: int, end: int) -> bool:
        for k in self.tokens_in(start, end):
            if self.quote_of[k] != -1:
                tok = self.doc[k]
                if tok.idx >= start and tok.idx + len(tok) <= end and not tok.is_punct and not tok.is_space:
                    return True
        return False

    def is_sentential(self, sp: MarkedSpan, toks: range) -> bool:
        """Does the quote stand as a sentence of its own (not a few words inside
        someone else's sentence)?"""
        if sp.continues_previous:
            return True
        p_start = self.paragraphs[sp.paragraph][0] if self.paragraphs else 0
        before = self.char_before(sp.open_at, p_start)
        return not before or before in ".!?:;…" or before in ALL_MARKS

    def char_after(self, offset: int) -> str:
        """The first character at or after `offset` that is not a space or a mark."""
        i, stop = offset, min(len(self.text), offset + 8)
        while i < stop and (self.text[i].isspace() or self.text[i] in ALL_MARKS):
            i += 1
        return self.text[i] if i < stop else ""

    def char_before(self, offset: int, floor: int = 0) -> str:
        """The last non-space character before `offset` (not before `floor`)."""
        i = offset - 1
        while i >= floor and self.text[i].isspace():
            i -= 1
        return self.text[i] if i >= floor else ""

    # -- indirect speech ----------------------------------------------------

    def indirect(self) -> list[_Found]:
        found: list[_Found] = []
        for i in self.cue_candidates:
            tok = self.doc[i]
            if not self.is_cue(tok):
                continue
            span = self.reported_clause(tok)
            if span is None:
                continue
            start, end = span
            speaker = self.resolve_cue(tok)
            if speaker is None and tok.lower_ == "according":
                continue  # "according to the reports": a source, not someone speaking
            found.append(_Found(start, end, "indirect", speaker, self.cue_text(tok),
                                True, False, None, tok.idx))
        return found

    def reported_clause(self, cue: Token) -> tuple[int, int] | None:
        lemma = cue.lemma_.lower()
        if cue.lower_ == "according":
            return self.according_clause(cue)
        if lemma in DIRECT_ONLY_VERBS:
            return None
        if cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl") and lemma not in ("quote", "report"):
            return None  # "Asked whether he would run, …": a question put to someone
        if any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "csubj") for c in cue.children):
            return None  # "what he said was …"
        comps = [c for c in cue.children if c.dep_ == "ccomp"]
        comp = comps[0] if comps else None
        if comp is None:
            # "voiced concern and that …": a that-clause coordinated with the object
            comp = next((c for c in cue.rights if c.dep_ == "conj"
                         and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if comp is None and lemma in ("say", "report"):
            obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ not in ("PRON", "DET") and obj.lower_ not in ("so", "nothing"):
                if lemma == "say":
                    # "say" takes no plain noun object: the parser hung the clause on it as one
                    sub = list(obj.subtree)
                    if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG",) for t in sub if t is not obj) \
                            or obj.pos_ == "VERB":
                        comp = obj
                elif any(c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children):
                    # "reported some shops charging …": a clause without its verb "were"
                    comp = obj
        if comp is None:
            return None
        if comp.dep_ != "dobj" and not self.is_finite(comp):
            return None  # "declaring it to be invalid": an object and an infinitive
        lo, hi = comp.left_edge.i, comp.right_edge.i
        if comp.i > cue.i:
            # the parser may split one clause into several ("said the plan had
            # to be …, it must not …")
            hi = max([hi] + [c.right_edge.i for c in comps if c.i > cue.i])
        s_lo, s_hi = self.sents[self.sent_of[cue.i]]
        lo, hi = max(lo, s_lo), min(hi, s_hi - 1)
        if comp.i > cue.i:
            lo = max(lo, cue.i + 1)
            # the listener of "told reporters (in Madrid) that …"
            while lo <= hi and self.doc[lo].dep_ in ("dobj", "dative") and self.doc[lo].head.i == cue.i:
                lo = self.doc[lo].right_edge.i + 1
            if comp.dep_ == "ccomp" and lemma not in _LISTENER_VERBS \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
                # "remarked coffee is …": the parser took the clause's
                # subject for the verb's object
                obj = next((c for c in cue.rights if c.dep_ == "dobj" and c.i < comp.i), None)
                if obj is not None:
                    lo = max(min(lo, obj.left_edge.i), cue.i + 1)
            hi = self.continue_clause(cue, hi, s_hi)
            hi = self.cut_comment(comp, lo, hi)
        else:
            stop = cue.i
            subj = self.cue_subject(cue)
            if subj is not None and subj is not _CONTINUE and subj.i < cue.i:  # type: ignore[union-attr]
                stop = min(stop, subj.left_edge.i)  # type: ignore[union-attr]
            hi = min(hi, stop - 1)
        return self.clean_clause(lo, hi)

    @staticmethod
    def is_finite(verb: Token) -> bool:
        """A clause with a finite verb (or a modal/auxiliary), not an infinitive."""
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
        return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)

    def continue_clause(self, cue: Token, hi: int, s_hi: int) -> int:
        """A verb coordinated with a past-tense cue but in the present tense
        ("He remarked coffee is scarce …, and leaves shelves empty") cannot share
        the cue's subject: it continues the reported clause."""
        if cue.tag_ != "VBD":
            return hi
        for c in cue.rights:
            if c.dep_ == "conj" and c.i > hi and c.tag_ in ("VBZ", "VBP") and not self.is_cue(c) \
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
                hi = min(max(hi, c.right_edge.i), s_hi - 1)
        return hi

    def cut_comment(self, comp: Token, lo: int, hi: int) -> int:
        """End the clause before a reporter's ", without …" comment, or before
        a speech verb the parser coordinated into it ("…, and called …")."""
        for k in range(lo + 1, hi + 1):
            tok = self.doc[k]
            if tok.dep_ == "conj" and self.quote_of[k] == -1 and tok.head.i >= lo:
                if self.is_cue(tok) and tok.tag_ != "VBG":
                    return k - 1
                # "said the plan would fail, and left": a past verb cannot share
                # the modal or present tense of the verb it is coordinated with
                if tok.tag_ == "VBD" == comp.head.tag_ and tok.head.tag_ in ("VB", "VBZ", "VBP") \
                        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
                    return k - 1
            if tok.lower_ in COMMENT_STARTERS and self.doc[k - 1].text in (",", "”", '"') \
                    and self.quote_of[k] == -1:
                return k - 1
        return hi

    def according_clause(self, cue: Token) -> tuple[int, int] | None:
        s_lo, s_hi = self.sents[self.sent_of[cue.i]]
        phrase_end = cue.right_edge.i
        for c in cue.children:
            phrase_end = max(phrase_end, c.right_edge.i)
        if cue.i <= s_lo + 1:  # "According to X, …"
            lo, hi = phrase_end + 1, s_hi - 1
        elif phrase_end >= s_hi - 2:  # "…, according to X."
            lo, hi = s_lo, cue.i - 1
        else:
            return None
        # "According to X, Y said …": X is only the source of a report of Y's words
        if any(self.is_cue(self.doc[k]) for k in range(max(lo, 0), hi + 1)):
            return None
        return self.clean_clause(lo, hi)

    def clean_clause(self, lo: int, hi: int) -> tuple[int, int] | None:
        doc = self.doc
        while lo <= hi and (doc[lo].is_punct and self.quote_of[lo] == -1 or doc[lo].lower_ == "that"
                            and doc[lo].dep_ == "mark" or doc[lo].is_space):
            lo += 1
        while hi >= lo and (doc[hi].is_space or doc[hi].is_punct and self.quote_of[hi] == -1
                            or doc[hi].pos_ == "CCONJ" and self.quote_of[hi] == -1):
            hi -= 1
        if hi - lo < 2:
            return None
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
        # a clause ending inside a quote takes the closing mark too
        q_end = self.quote_of[hi]
        if q_end != -1:
            sp = self.spans[q_end]
            if sp.close_at is not None and sp.close_at >= end - 1:
                end = max(end, sp.close_at + 1)
        q_start = self.quote_of[lo]
        if q_start != -1:
            sp = self.spans[q_start]
            start = min(start, sp.open_at)
            if q_end == q_start:
                return None  # the clause is a direct quote, already reported
        # at least two words of the reporter's own outside any quote
        own = sum(1 for k in range(lo, hi + 1) if self.quote_of[k] == -1 and doc[k].is_alpha)
        if own < 2:
            return None
        return start, end


def find_quotes(doc: Doc, index: MentionIndex) -> list[Quote]:
    """Direct and indirect quotes of `doc`, in text order, with speakers as
    actor-draft keys from `index` (or None)."""
    text = doc.text
    if not text.strip() or len(doc) == 0:
        return []
    finder = _Finder(doc, index)
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
              speaker=f.speaker, cue=f.cue)
        for f in items
        if 0 <= f.start < f.end <= len(text)
    ]


def _credit_lines(finder: _Finder, directs: list[_Found]) -> None:
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
            f.speaker, f.cue, f.has_cue = credits[p], "—", True


def _inherit_speakers(finder: _Finder, directs: list[_Found], indirects: list[_Found]) -> None:
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
        ((f.cue_at, f.speaker) for f in directs + indirects if f.has_cue and f.cue_at >= 0),
        key=lambda e: e[0],
    )
    ev_pos = [p for p, _ in events]
    for n, f in enumerate(directs):
        if f.has_cue:
            continue
        head = chain_head[n]
        if head != n and directs[head].has_cue:
            f.speaker, f.cue = directs[head].speaker, directs[head].cue
            f.has_cue = True
            continue
        if not f.sentential:
            continue
        i = bisect.bisect_left(ev_pos, f.start) - 1
        if i >= 0 and events[i][0] >= finder.limit_before(f.start):
            f.speaker = events[i][1]
        # "Jane Doe explained her decision. “…”": a speech verb in the sentence
        # just before introduces the quote even without a clause of its own
        cue = finder.previous_sentence_cue(f.span) if f.span is not None else None
        if cue is not None and (i < 0 or cue[0] > events[i][0]):
            f.speaker = cue[1]
    # a chain whose later paragraph carries the attribution gives it to the earlier ones
    for n in range(len(directs) - 1, -1, -1):
        head = chain_head[n]
        if head != n and directs[n].speaker is not None and directs[head].speaker is None \
                and not directs[head].has_cue:
            for m in range(head, n):
                if chain_head[m] == head and directs[m].speaker is None:
                    directs[m].speaker = directs[n].speaker
