"""Where a token stands in the parse: its root, the start of its sentence or line, a title in front of
it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..parsed import children, positions_where, table
from .words import _PLURAL_TITLES, _QUOTE_MARKS, _TITLE_SHED

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _titles_a_person(tok: Token) -> bool:
    """Is `tok` part of a title in front of a person's name: a compound
    modifier whose chain of heads reaches a word spaCy tagged PERSON
    ("Executive" in "Acme Corp Chief Executive Jane Doe")?"""
    seen = 0
    while tok.dep_ == "compound" and tok.head.i != tok.i and seen < 8:
        tok = tok.head
        seen += 1
        if tok.ent_type_ == "PERSON":
            return True
    return False


def _root_index(doc: Doc, start: int, end: int) -> int | None:
    """The index of the first token of [start, end) whose head lies outside it
    (or is itself): the span's root; None when there is none."""
    heads = table(doc).heads
    for i in range(start, end):  # (a loop, not a generator: this is asked of every name)
        if not start <= heads[i] < end or heads[i] == i:
            return i
    return None


def _root(doc: Doc, start: int, end: int) -> Token:
    i = _root_index(doc, start, end)
    return doc[end - 1 if i is None else i]


def _title_start(doc: Doc, start: int, end: int) -> int:
    """Token index where a title or role in front of a person's name begins
    ("French President", "Spanish Foreign Ministry spokesman", "senior adviser and
    deputy party leader"), or `start` if there is none. The title is the
    left subtree of a modifier of the name's head, contiguous with the name."""
    cols = table(doc)
    root = _root_index(doc, start, end)
    if root is None:
        return start
    new_start = start
    for child in reversed([c for c in children(doc)[root] if c < root]):
        if child >= start:
            continue
        if cols.deps[child] not in ("compound", "amod", "nmod", "nn", "appos") or cols.ent_types[child] == "PERSON":
            break
        tok = doc[child]
        left = tok.left_edge.i
        if tok.right_edge.i != new_start - 1:
            break
        if left > 0 and cols.words[left - 1] in _QUOTE_MARKS:
            break  # "Welcome Ruiz" in a chant: a quoted phrase, not a title
        if new_start - left > 8 or any(
            cols.puncts[t] and cols.words[t] not in ("-", "‐") or cols.pos[t] in ("DET", "PRON", "VERB", "AUX", "NUM")
            and not (cols.pos[t] == "VERB" and cols.deps[t] == "amod")
            or cols.ent_types[t] == "PERSON" or cols.tags[t] == "POS" or "\n" in cols.words[t]
            for t in range(left, new_start)
        ):
            break
        new_start = left
    while new_start < start and (cols.ent_types[new_start] in _TITLE_SHED or cols.lowers[new_start] in ("of", "and")):
        new_start += 1
    return new_start


def _line_final(doc: Doc, i: int) -> bool:
    """Is token `i` the last word of a line?"""
    cols = table(doc)  # (a line break is a token of its own, never a token's trailing space)
    return i == len(doc) - 1 or cols.spaces[i + 1] and "\n" in cols.words[i + 1]


def _line_initial(doc: Doc, i: int) -> bool:
    """Is token `i` the first word of a line (a heading, a list item)?"""
    cols = table(doc)
    return i == 0 or cols.spaces[i - 1] and "\n" in cols.words[i - 1]


def _modified_nouns(doc: Doc, ts: int, te: int) -> list[Token]:
    """The common nouns a one-word demonym stands in front of, over a list of them
    ("German, Scottish and English ancestry") and the adjectives between
    ("Hindustani classical music"), up to a proper noun ("the Australian drama
    Lost Roads": drama); empty when it modifies none."""
    if te - ts != 1:
        return []
    tok = doc[ts]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.i <= tok.i:
        return []
    nouns = []
    head = tok.head
    while head.pos_ in ("ADJ", "NOUN"):
        if head.pos_ == "NOUN":
            nouns.append(head)
        if head.dep_ not in ("amod", "compound") or head.head.i <= head.i:
            break
        head = head.head
    return nouns


def _in_brackets(doc: Doc, start: int, reach: int = 30) -> bool:
    """Is token `start` inside "( ... " on its line (an open bracket before it, not
    closed, at most `reach` tokens back)?"""
    cols = table(doc)
    i = start - 1
    while i >= 0 and start - i < reach and "\n" not in cols.words[i]:
        if cols.words[i] == ")":
            return False
        if cols.words[i] == "(":
            return True
        i -= 1
    return False


def _sentence_initial(doc: Doc, i: int) -> bool:
    cols = table(doc)
    j = i
    while j > 0 and (cols.puncts[j - 1] and cols.words[j - 1] in "\"“‘'(-—" or cols.spaces[j - 1]):
        j -= 1
    return cols.sent_starts[j] or j == 0 or cols.spaces[j - 1]


def _title_case_line(full: str, at: int) -> bool:
    """Is the line holding offset `at` written in title case, as headlines are
    ("Jane Doe Wins Acme Award In Lyon"): three words or more, and at least
    three in four of its words of four letters or more capitalised?"""
    ls = full.rfind("\n", 0, at) + 1
    le = full.find("\n", at)
    return _in_title_case(full[ls : le if le >= 0 else len(full)])


# A word: a letter, then letters, digits, apostrophes and hyphens ("Doe's", "Jean-Luc", "G7").
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# (asked of every name on a line by several stages: the last lines' answers are kept)
@lru_cache(maxsize=256)
def _in_title_case(line: str) -> bool:
    words = _WORD.findall(line)
    long = [w for w in words if len(w) >= 4]
    return len(words) >= 3 and len(long) >= 2 and 4 * sum(w[0].isupper() for w in long) >= 3 * len(long)


# The most words a title-case line can have and still be a headline or a heading: a
# longer one is a sentence full of names.
_HEADLINE_MAX_WORDS = 25


def _headline(full: str, at: int, memo: dict[int, bool]) -> bool:
    """Is the line holding offset `at` a headline or a heading: in title case
    (`_title_case_line`) and of at most _HEADLINE_MAX_WORDS words? `memo`: line
    start -> the answer, so that each line is read once."""
    ls = full.rfind("\n", 0, at) + 1
    found = memo.get(ls)
    if found is None:
        le = full.find("\n", at)
        line = full[ls : le if le >= 0 else len(full)]
        found = memo[ls] = len(line.split(None, _HEADLINE_MAX_WORDS + 1)) <= _HEADLINE_MAX_WORDS \
            and _title_case_line(full, at)
    return found


# The longest name and the longest place after its "of" in a list under a plural title.
_LISTED_NAME_MAX = 4
_LISTED_PLACE_MAX = 3


# A plural title as a word, with its full stop or without it ("Sens." split into "Sens" and ".").
_PLURAL_TITLE_WORDS = _PLURAL_TITLES | {t[:-1] for t in _PLURAL_TITLES if t.endswith(".")}


def _plural_title_names(doc: Doc) -> dict[tuple[int, int], str]:
    """Token spans of the names listed under a plural title, typed: "Presidents
    Ana Ruiz of Lyonesse and Tom Berg of Doeland signed", "Sens. Ruiz, Berg and
    Doe". Each name is a person's (PERSON) and the name after its "of" the
    place it holds office for (GPE), whatever spaCy tagged them. Only a real
    list (two names or more, the last after "and") counts, so "Presidents Cup"
    or "Governors Island" stays a name of its own."""
    cols = table(doc)
    found: dict[tuple[int, int], str] = {}
    n = len(doc)
    for i in positions_where(cols.words, _PLURAL_TITLE_WORDS):
        word = cols.words[i]
        tok = doc[i]
        i += 1
        if word not in _PLURAL_TITLES:
            if i >= n or cols.words[i] != "." or cols.spaced[i - 1]:
                continue
            i += 1  # "Sens." split into "Sens" and "."
        if tok.ent_type_:
            continue  # "Governors Island": the word begins a name of its own
        items: list[tuple[int, int]] = []
        places: list[tuple[int, int]] = []
        last_sep = None
        while i < n:
            j = i
            while j < n and j - i < _LISTED_NAME_MAX and cols.pos[j] == "PROPN" and cols.words[j][:1].isupper():
                j += 1
            if j == i:
                break
            items.append((i, j))
            k = j
            if k + 1 < n and cols.lowers[k] == "of" and cols.pos[k + 1] == "PROPN":
                k += 1
                m = k
                while m < n and m - k < _LISTED_PLACE_MAX and cols.pos[m] == "PROPN" and cols.words[m][:1].isupper():
                    m += 1
                places.append((k, m))
                k = m  # "Ana Ruiz of Lyonesse": the place is no part of the name
            if k < n and cols.words[k] == "," and k + 1 < n and cols.lowers[k + 1] == "and":
                k += 1  # the serial comma
            if k < n and cols.lowers[k] == "and":
                last_sep, i = "and", k + 1
                continue
            if k < n and cols.words[k] == "," and last_sep != "and":
                last_sep, i = ",", k + 1
                continue
            break
        if len(items) >= 2 and last_sep == "and" and len(items) == len(set(items)):
            found.update((span, "GPE") for span in places)
            found.update((span, "PERSON") for span in items)
    return found
