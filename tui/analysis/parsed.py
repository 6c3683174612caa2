"""Values many stages read from one parse, computed once per Doc.

spaCy rebuilds `Doc.text` from every token on each access, and makes a new
Token object for each token on every pass over the Doc or `doc[i]` look-up: a
stage that needs the text, a per-article word set or one attribute of many
tokens pays for a whole pass of Token objects. These memos keep the value with
the Doc (in `Doc.user_data`, so it lives and dies with the parse); the stages
never change a Doc after parsing, so a value computed once stays true.
`table(doc)` holds the token attributes the stages scan as plain columns, read
from the parse in one `Doc.to_array` call.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

T = TypeVar("T")
_KEY = "newsreader.parsed"
_TABLE_KEY = "newsreader.table"


def _memo(doc: Doc, name: str, compute: Callable[[Doc], T]) -> T:
    memo = doc.user_data.get(_KEY)
    if memo is None:
        memo = doc.user_data[_KEY] = {}
    if name not in memo:
        memo[name] = compute(doc)
    return memo[name]


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


# String hash -> string, for every model and parse: a hash is the string's own
# (spaCy's StringStore maps each to the one string it was made from), and a
# dict look-up mapped over a column costs a third of a StringStore look-up per
# token. Cleared when it passes _NAMES_KEPT strings, so a long session's
# memory stays bounded.
_NAMES: dict[int, str] = {0: ""}
_NAMES_KEPT = 200_000


def _table(doc: Doc) -> TokenTable:
    from spacy.attrs import (
        DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG,
    )
    from spacy.parts_of_speech import NAMES

    if not len(doc):
        return TokenTable(*([()] * 14))
    cols = doc.to_array(
        [IDX, ORTH, LOWER, LEMMA, ENT_TYPE, TAG, POS, DEP, HEAD, SPACY, SENT_START, IS_SPACE, IS_PUNCT]
    )
    # HEAD is the offset to the head and SENT_START is -1/0/1: both signed, in an unsigned array
    signed = cols.view("int64")
    idx, orth, lower, lemma, ent, tag, pos, dep, _, spacy, _, space, punct = cols.T.tolist()
    heads = tuple(i + off for i, off in enumerate(signed[:, 8].tolist()))
    sent_starts = tuple(v == 1 for v in signed[:, 10].tolist())
    strings = doc.vocab.strings

    def named(hashes: list[int]) -> tuple[str, ...]:
        try:
            return tuple(map(_NAMES.__getitem__, hashes))
        except KeyError:  # a string no parse has shown yet: looked up once
            if len(_NAMES) > _NAMES_KEPT:
                _NAMES.clear()
                _NAMES[0] = ""
            for h in hashes:
                if h not in _NAMES:
                    _NAMES[h] = strings[h]
            return tuple(map(_NAMES.__getitem__, hashes))

    words = named(orth)
    return TokenTable(
        starts=tuple(idx), words=words, ends=tuple(map(int.__add__, idx, map(len, words))), lowers=named(lower),
        lemmas=named(lemma), ent_types=named(ent),
        tags=named(tag), pos=tuple(NAMES[p] for p in pos), deps=named(dep), heads=heads,
        spaced=tuple(map(bool, spacy)), sent_starts=sent_starts, spaces=tuple(map(bool, space)),
        puncts=tuple(map(bool, punct)),
    )


def table(doc: Doc) -> TokenTable:
    """The parse's token attributes as columns (see `TokenTable`)."""
    # read by many small functions, each call: kept under its own key, one look-up
    found = doc.user_data.get(_TABLE_KEY)
    if found is None:
        found = doc.user_data[_TABLE_KEY] = _table(doc)
    return found


def sentence_starts(doc: Doc) -> tuple[int, ...]:
    """The token index where each sentence starts, in order (the `start` of
    every span of `Doc.sents`)."""
    return _memo(doc, "sents", _sentence_starts)


def _sentence_starts(doc: Doc) -> tuple[int, ...]:
    if not len(doc):
        return ()
    # the first token starts one whatever its flag says, as in `Doc.sents`
    return (0, *(i for i, start in enumerate(table(doc).sent_starts) if start and i))


def sentence_start(doc: Doc, i: int) -> int:
    """The index of the token that starts token `i`'s sentence: `Token.sent.start`,
    without the Span that `Token.sent` makes on every look-up."""
    starts = sentence_starts(doc)
    return starts[bisect_right(starts, i) - 1]


def text_of(doc: Doc) -> str:
    """The parsed text (`Doc.text`, joined once)."""
    return _memo(doc, "text", _text)


def _text(doc: Doc) -> str:
    # what `Doc.text` joins, from the columns rather than a Token per word
    cols = table(doc)
    return "".join([w + " " if spaced else w for w, spaced in zip(cols.words, cols.spaced)])


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case somewhere ("the harbour" beside "Harbour")."""
    return _memo(doc, "lower", lambda d: frozenset(w for w in table(d).words if w.islower()))


def lower_case_lemmas(doc: Doc) -> frozenset[str]:
    """The lemmas of the words the article writes in lower case ("say" for "said")."""
    return _memo(
        doc, "lower_lemmas", lambda d: frozenset(m for w, m in zip(table(d).words, table(d).lemmas) if w.islower())
    )


def tokens_among(doc: Doc, *classes: Collection[str]) -> Iterator[Token]:
    """The tokens whose lower-case form is in one of `classes` (closed word
    classes: pronouns, role nouns), in order."""
    at = _memo(doc, "positions", _positions)
    found = [i for word in frozenset().union(*classes) for i in at.get(word, ())]
    return (doc[i] for i in sorted(found))


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Lower-case form -> the indices of the tokens that have it, in order."""
    at: dict[str, list[int]] = {}
    for i, low in enumerate(table(doc).lowers):
        at.setdefault(low, []).append(i)
    return at


def children(doc: Doc) -> tuple[tuple[int, ...], ...]:
    """The indices of each token's children (`Token.children`), in order."""
    return _memo(doc, "children", _children)


def _children(doc: Doc) -> tuple[tuple[int, ...], ...]:
    kids: list[list[int]] = [[] for _ in range(len(doc))]
    for i, head in enumerate(table(doc).heads):
        if head != i:
            kids[head].append(i)
    return tuple(map(tuple, kids))


def conjuncts(doc: Doc, i: int) -> list[int]:
    """The indices of the tokens coordinated with token `i` (`Token.conjuncts`,
    in its order): up the "conj" links to the first conjunct, then its "conj"
    children after it, theirs, and so on; `i` itself left out."""
    cols, kids = table(doc), children(doc)
    start = i
    while cols.heads[start] != start and cols.deps[start] == "conj":
        start = cols.heads[start]
    found = [start]
    for word in found:  # grows as it goes: each conjunct's own are looked at in turn
        found += [c for c in kids[word] if c > word and cols.deps[c] == "conj"]
    return [j for j in found if j != i]
