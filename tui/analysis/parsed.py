"""Values many stages read from one parse, computed once per Doc.

spaCy rebuilds `Doc.text` from every token on each access, and makes a new
Token object for each token on every pass over the Doc or `doc[i]` look-up: a
stage that needs the text, a per-article word set or one attribute of many
tokens pays for a whole pass of Token objects. These memos keep the value with
the Doc (in `Doc.user_data`, so it lives and dies with the parse); the stages
never change a Doc after parsing, so a value computed once stays true.
`table(doc)` holds the token attributes the stages scan as plain columns, read
from the parse in one `Doc.to_array` call. `sentence_of`, `span_root` and
`char_tokens` answer `Token.sent`, `Span.root` and `Doc.char_span` from those
columns, without the Spans and Tokens spaCy makes for each answer (`Token.sent`
alone costs two Spans and a scan of the parse).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Container, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

T = TypeVar("T")
_KEY = "newsreader.parsed"
_TABLE_KEY = "newsreader.table"
_CHILDREN_KEY = "newsreader.children"


def memo(doc: Doc, name: str, compute: Callable[[Doc], T]) -> T:
    """`compute(doc)`, worked out once per parse and kept with the parse
    (`_memos`): for a stage's value that depends on the parse alone and that several
    stages (or several runs of one) ask of it. `name` is the stage's own; the
    value must not be changed by whoever reads it."""
    memos = _memos(doc)
    try:
        return memos[name]
    except KeyError:
        found = memos[name] = compute(doc)
        return found


@dataclass(frozen=True, slots=True)
class TokenTable:
    """One column per token attribute, indexed by token index (`Token.i`);
    each entry equals the attribute of `doc[i]` named in its comment. A scan
    that tests a column first makes a Token object only for the tokens that pass."""

    starts: tuple[int, ...]  # idx
    words: tuple[str, ...]  # text
    ends: tuple[int, ...]  # idx + len(text): the offset just after the token
    lowers: tuple[str, ...]  # lower_
    lemmas: tuple[str, ...]  # lemma_
    ent_types: tuple[str, ...]  # ent_type_ ("" outside an entity)
    tags: tuple[str, ...]  # tag_
    pos: tuple[str, ...]  # pos_
    deps: tuple[str, ...]  # dep_
    heads: tuple[int, ...]  # head.i
    spaced: tuple[bool, ...]  # whitespace_ == " " (a newline is a token of its own)
    sent_starts: tuple[bool, ...]  # bool(is_sent_start)
    spaces: tuple[bool, ...]  # is_space
    puncts: tuple[bool, ...]  # is_punct
    morphs: tuple[int, ...]  # morph.key (the hash of the morphological features' string)


# String hash -> string, for every model and parse: a hash is the string's own
# (spaCy's StringStore maps each to the one string it was made from), and a
# dict look-up mapped over a column costs a third of a StringStore look-up per
# token. Cleared when it passes _NAMES_KEPT strings, so a long session's
# memory stays bounded.
_NAMES: dict[int, str] = {0: ""}
_NAMES_KEPT = 200_000


def _table(doc: Doc) -> TokenTable:
    import numpy as np
    from spacy.attrs import (
        DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, MORPH, ORTH, POS, SENT_START, SPACY,
        TAG,
    )

    n = len(doc)
    if not n:
        return TokenTable(*([()] * 15))
    cols = doc.to_array(
        [IDX, ORTH, LOWER, LEMMA, ENT_TYPE, TAG, POS, DEP, HEAD, SPACY, SENT_START, IS_SPACE, IS_PUNCT, MORPH, LENGTH]
    )
    # HEAD is the offset to the head and SENT_START is -1/0/1: both signed, in an unsigned array.
    # Each column is worked out whole by numpy, then made a list of Python values in one call.
    signed = cols.view("int64")
    idx = cols[:, 0].tolist()
    ends = (cols[:, 0] + cols[:, 14]).tolist()  # LENGTH: the word's length in characters
    heads = (signed[:, 8] + np.arange(n)).tolist()
    flags = (cols[:, [9, 11, 12]] != 0).T.tolist()  # SPACY, IS_SPACE, IS_PUNCT
    # the six string columns, each hash named by a dict look-up mapped over its column
    # (in C; cheaper than numpy's unique hashes and their inverse, once the dict holds them)
    hashes = cols[:, [1, 2, 3, 4, 5, 7]].T.tolist()
    try:
        named = [tuple(map(_NAMES.__getitem__, column)) for column in hashes]
    except KeyError:  # a string no parse has shown yet: each looked up once
        if len(_NAMES) > _NAMES_KEPT:
            _NAMES.clear()
            _NAMES[0] = ""
        strings = doc.vocab.strings
        for h in set().union(*hashes).difference(_NAMES):
            _NAMES[h] = strings[h]
        named = [tuple(map(_NAMES.__getitem__, column)) for column in hashes]
    words, lowers, lemmas, ent_types, tags, deps = named
    return TokenTable(
        starts=tuple(idx), words=words, ends=tuple(ends), lowers=lowers,
        lemmas=lemmas, ent_types=ent_types, tags=tags, pos=tuple(_pos_names()[cols[:, 6]].tolist()),
        deps=deps, heads=tuple(heads), spaced=tuple(flags[0]), sent_starts=tuple((signed[:, 10] == 1).tolist()),
        spaces=tuple(flags[1]), puncts=tuple(flags[2]), morphs=tuple(cols[:, 13].tolist()),
    )


@cache
def _pos_names():
    """spaCy's part-of-speech names as a numpy array indexed by the POS id
    (`spacy.parts_of_speech.NAMES`), so a whole column is named in one step."""
    import numpy as np
    from spacy.parts_of_speech import NAMES

    return np.array([NAMES.get(i, "") for i in range(max(NAMES) + 1)], dtype=object)


class _LastParse(dict):
    """A look-up of `build(doc)` kept with the parse: a dict that holds the
    last parse asked of and its answer. Its `__getitem__` is the look-up, in C:
    the tables are read by many small functions (`table`, `children` and the
    memos ~5000 times per article together), and a Python function's call
    costs twice the dict's. A parse it
    does not hold (`__missing__`) is looked up in `Doc.user_data[key]`, or
    built there, and replaces the one it held; a key and its answer are one
    entry, so a thread never reads one parse with another's answer. It keeps
    the one parse alive until another is read."""

    __slots__ = ("key", "build")

    def __init__(self, key: str, build: Callable[[Doc], T]) -> None:
        super().__init__()
        self.key, self.build = key, build

    def __missing__(self, doc: Doc) -> T:
        found = doc.user_data.get(self.key)
        if found is None:
            found = doc.user_data[self.key] = self.build(doc)
        self.clear()
        self[doc] = found  # (a Doc hashes and compares as itself)
        return found


# The parse's token attributes as columns (see `TokenTable`).
table: Callable[[Doc], TokenTable] = _LastParse(_TABLE_KEY, _table).__getitem__
# The parse's memo of `memo`: name -> value.
_memos: Callable[[Doc], dict[str, object]] = _LastParse(_KEY, lambda doc: {}).__getitem__


def sentence_starts(doc: Doc) -> tuple[int, ...]:
    """The token index where each sentence starts, in order (the `start` of
    every span of `Doc.sents`)."""
    return memo(doc, "sents", _sentence_starts)


def _sentence_starts(doc: Doc) -> tuple[int, ...]:
    if not len(doc):
        return ()
    # the first token starts one whatever its flag says, as in `Doc.sents`
    return (0, *compress(range(1, len(doc)), table(doc).sent_starts[1:]))


def sentence_start(doc: Doc, i: int) -> int:
    """The index of the token that starts token `i`'s sentence: `Token.sent.start`,
    without the Span that `Token.sent` makes on every look-up."""
    starts = sentence_starts(doc)
    return starts[bisect_right(starts, i) - 1]


def sentence_end(doc: Doc, i: int) -> int:
    """The index just after token `i`'s sentence: `Token.sent.end`."""
    starts = sentence_starts(doc)
    k = bisect_right(starts, i)
    return starts[k] if k < len(starts) else len(doc)


def sentence_of(doc: Doc, i: int) -> Span:
    """Token `i`'s sentence: `Token.sent`, found in the sentence starts rather
    than by the two Spans and the scan of the parse that `Token.sent` makes."""
    starts = sentence_starts(doc)
    k = bisect_right(starts, i)
    return doc[starts[k - 1] : starts[k] if k < len(starts) else len(doc)]


def span_root(doc: Doc, start: int, end: int) -> int:
    """The index of the root of tokens [start, end): `doc[start:end].root.i`
    (spaCy's rule: a sentence root in the span if there is one, else the first
    token whose head lies outside with the fewest steps up to its sentence's
    root; a childless space or punctuation counts as farthest), without the Span."""
    heads = table(doc).heads
    outside = []  # the tokens whose head lies outside the span
    for i in range(start, end):
        head = heads[i]
        if head == i:
            return i
        if not start <= head < end:
            outside.append(i)
    if len(outside) == 1:  # (fewer steps than the parse has tokens: it is the root)
        return outside[0]
    if not outside and start >= len(doc):
        raise IndexError("an empty span at the end of the parse has no root")
    best, root = len(doc), start
    for i in outside:
        steps = _steps_to_root(doc, i)
        if steps < best:
            best, root = steps, i
    return root


def _steps_to_root(doc: Doc, i: int) -> int:
    cols = table(doc)
    n = len(doc)
    if (cols.spaces[i] or cols.puncts[i]) and not children(doc)[i]:
        return n - 1
    steps = 0
    heads = cols.heads
    while heads[i] != i:
        i = heads[i]
        steps += 1
        if steps >= n:  # a cycle: spaCy raises here too
            raise RuntimeError("the parse's heads form a cycle")
    return steps


def char_tokens(doc: Doc, start: int, end: int, alignment_mode: str = "strict") -> tuple[int, int] | None:
    """The token range [i, j) of `doc.char_span(start, end, alignment_mode=...)`,
    None where it gives None, without making the Span and its Tokens."""
    if alignment_mode not in ("strict", "contract", "expand"):
        raise ValueError(f"unknown alignment mode {alignment_mode!r}")
    cols = table(doc)
    n = len(doc)
    # the tokens tile the text (each runs from its start to the next one's), so the
    # token holding an offset is the last one starting at or before it
    length = cols.ends[-1] + cols.spaced[-1] if n else 0
    first = bisect_right(cols.starts, start) - 1 if 0 <= start < length else -1
    if first < 0 or alignment_mode == "strict" and start != cols.starts[first]:
        return None
    last = bisect_right(cols.starts, end - 1) - 1 if 0 <= end - 1 < length else -1
    if last < 0 or alignment_mode == "strict" and end != cols.ends[last]:
        return None
    if alignment_mode == "contract":
        if cols.starts[first] < start:
            first += 1
        if end < cols.ends[last]:
            last -= 1
        if last < first:
            return None
    elif alignment_mode == "expand":
        if start == cols.ends[first]:  # in the space after a token: not that token
            first += 1
    if first > last + 1:  # a backward range: what spaCy makes of it, its way
        span = doc.char_span(start, end, alignment_mode=alignment_mode)
        return None if span is None else (span.start, span.end)
    return first, last + 1


def char_span_root(doc: Doc, start: int, end: int, alignment_mode: str = "strict") -> int | None:
    """The index of the root of `doc.char_span(start, end, alignment_mode=...)`
    (its `root.i`), None where `char_span` gives None, without the Span
    (`char_tokens`, `span_root`)."""
    found = char_tokens(doc, start, end, alignment_mode)
    if found is None:
        return None
    if found[0] == found[1]:  # an empty span: spaCy's own answer
        return doc.char_span(start, end, alignment_mode=alignment_mode).root.i
    return span_root(doc, *found)


_AFTER = ("", " ")  # what follows a token, by its `spaced`


def text_of(doc: Doc) -> str:
    """The parsed text (`Doc.text`, joined once, or as `known_text` was told)."""
    return memo(doc, "text", _text)


def known_text(doc: Doc, text: str) -> Doc:
    """`doc`, told that it is the parse of `text` (`doc.text == text`, as
    `nlp(text)` guarantees), so `text_of` never joins its words again: for the
    parse step, which has the text at hand. Returns `doc`."""
    _memos(doc).setdefault("text", text)
    return doc


def _text(doc: Doc) -> str:
    # what `Doc.text` joins, from the columns rather than a Token per word
    cols = table(doc)
    return "".join(map(str.__add__, cols.words, map(_AFTER.__getitem__, cols.spaced)))


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case somewhere ("the harbour" beside "Harbour")."""
    return memo(doc, "lower", lambda d: frozenset(filter(str.islower, table(d).words)))


def capital_initials(doc: Doc) -> tuple[int, ...]:
    """The indices of the tokens that open with a capital ("Acme", "ACME",
    "U.S.", "Acme-made"; not "3M", "eBay"), in order."""
    return memo(doc, "capital", _capital_initials)


_FIRST_CHARACTER = itemgetter(slice(0, 1))  # w[:1]


def _capital_initials(doc: Doc) -> tuple[int, ...]:
    # (each word's first character sliced and tested in C: a Python step per token cost more)
    words = table(doc).words
    return tuple(compress(range(len(words)), map(str.isupper, map(_FIRST_CHARACTER, words))))


def capitalised_words(doc: Doc) -> tuple[int, ...]:
    """The indices of the tokens that are words of letters opening with a
    capital ("Acme", "ACME"; not "U.S.", "3M", "eBay"), in order."""
    return memo(doc, "capitalised", _capitalised_words)


def _capitalised_words(doc: Doc) -> tuple[int, ...]:
    at = capital_initials(doc)
    return tuple(compress(at, map(str.isalpha, map(table(doc).words.__getitem__, at))))


def lower_case_lemmas(doc: Doc) -> frozenset[str]:
    """The lemmas of the words the article writes in lower case ("say" for "said")."""
    return memo(
        doc, "lower_lemmas", lambda d: frozenset(compress(table(d).lemmas, map(str.islower, table(d).words)))
    )


def tokens_among(doc: Doc, *classes: Collection[str]) -> Iterator[Token]:
    """The tokens whose lower-case form is in one of `classes` (closed word
    classes: pronouns, role nouns), in order."""
    at = memo(doc, "positions", _positions)
    found = [i for word in frozenset().union(*classes) for i in at.get(word, ())]
    return (doc[i] for i in sorted(found))


def positions_where(column: Sequence[str], values: Container[str]) -> Iterator[int]:
    """The indices of the entries of a `table` column that are among `values`
    (a closed class of words or lemmas), in order: each entry tested in C, not
    by a Python step per token."""
    return compress(range(len(column)), map(values.__contains__, column))


def positions_of(doc: Doc, word: str) -> list[int]:
    """The indices of the tokens whose lower-case form is `word`, in order."""
    return memo(doc, "positions", _positions).get(word, [])


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Lower-case form -> the indices of the tokens that have it, in order."""
    at: dict[str, list[int]] = {}
    for i, low in enumerate(table(doc).lowers):
        found = at.get(low)
        if found is None:
            at[low] = [i]
        else:
            found.append(i)
    return at


def _children(doc: Doc) -> tuple[tuple[int, ...], ...]:
    import numpy as np

    n = len(doc)
    heads = np.fromiter(table(doc).heads, dtype=np.int64, count=n)
    own = np.arange(n)
    dependents = own[heads != own]  # every token but the roots, in order
    # grouped by head, each group in token order (a stable sort keeps it)
    by_head = dependents[np.argsort(heads[dependents], kind="stable")].tolist()
    ends = np.cumsum(np.bincount(heads[dependents], minlength=n)).tolist()
    return tuple(map(tuple, map(by_head.__getitem__, map(slice, [0, *ends[:-1]], ends))))


# The indices of each token's children (`Token.children`), in order.
children: Callable[[Doc], tuple[tuple[int, ...], ...]] = _LastParse(_CHILDREN_KEY, _children).__getitem__


def conjuncts(doc: Doc, i: int) -> list[int]:
    """The indices of the tokens coordinated with token `i` (`Token.conjuncts`,
    in its order): up the "conj" links to the first conjunct, then its "conj"
    children after it, theirs, and so on; `i` itself left out."""
    if i not in memo(doc, "coordinated", _coordinated):
        return []  # (most tokens: no walk)
    cols, kids = table(doc), children(doc)
    start = i
    while cols.heads[start] != start and cols.deps[start] == "conj":
        start = cols.heads[start]
    found = [start]
    for word in found:  # grows as it goes: each conjunct's own are looked at in turn
        found += [c for c in kids[word] if c > word and cols.deps[c] == "conj"]
    return [j for j in found if j != i]


def _coordinated(doc: Doc) -> frozenset[int]:
    """The tokens in a coordination: each "conj" token and its head. Any other
    token has no conjuncts (`conjuncts`)."""
    cols = table(doc)
    conj = [i for i, dep in enumerate(cols.deps) if dep == "conj"]
    return frozenset(conj).union(map(cols.heads.__getitem__, conj))
