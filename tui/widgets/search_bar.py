"""Interactive search: the input line with its result count, and the matching
rules: actor names and aliases, case-insensitive, by whole names, then word
starts, then whole words with a small typo (never a piece inside a longer word,
never a word the query only overlaps: "blin" is not "Lin Jian"); literal,
case-insensitive matches in the article text, found key by key at a cost that
follows what changed (`TextFinder`)."""

from __future__ import annotations

import re
from itertools import islice
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from ..analysis.model import Actor
from ..name_match import word_score
from .line import Line

#: the text matches shown are capped, so a one-letter query stays fast on huge articles
MAX_TEXT_MATCHES = 5000


def name_parts(actor: Actor) -> tuple[set[str], list[str]]:
    """(the words of the actor's names, the whole names), lower-cased and
    stripped of punctuation. Titles are left out: in an alias that shares a word
    with the name, the words before the first shared one ("President Jane Doe",
    "leader Jane Doe") are a title or a role, not a name."""
    from rapidfuzz.utils import default_process

    name = default_process(actor.name)
    name_words = name.split()
    words = set(name_words)
    names = [name] if name else []
    for alias in actor.aliases:
        alias_words = default_process(alias).split()
        if not alias_words:
            continue
        shared = next((i for i, w in enumerate(alias_words) if w in name_words), None)
        if shared is not None:
            alias_words = alias_words[shared:]
        words.update(alias_words)
        names.append(" ".join(alias_words))
    return words, names


def _score(needle: str, words: set[str], names: list[str]) -> float:
    """How well `needle` names the actor: exact name (300), a whole name part
    (250), a name's prefix (200+), every word of it a part's prefix (150+),
    else every word a part's prefix or a whole part with a small typo
    (`word_score`, at most 100)."""
    if needle in names:
        return 300.0
    tokens = needle.split()
    if len(tokens) == 1 and needle in words:
        return 250.0
    if any(n.startswith(needle) for n in names):
        return 200.0 + len(needle) / max(len(n) for n in names)
    if all(any(w.startswith(t) for w in words) for t in tokens):
        return 150.0 + len(needle) / max(len(w) for w in words)
    return word_score(tokens, words)


class ActorMatcher:
    """`match_actors` for one analysis's actors, their name parts worked out
    once (not again at every key of a search)."""

    def __init__(self, actors: tuple[Actor, ...] | list[Actor]) -> None:
        self.actors = tuple(actors)
        self._parts: list[tuple[set[str], list[str]]] | None = None

    def match(self, query: str) -> list[tuple[Actor, float]]:
        from rapidfuzz.utils import default_process  # here, not at import: off the reader's first paint

        needle = default_process(query)
        if not needle:
            return [(actor, 100.0) for actor in self.actors]
        if self._parts is None:
            self._parts = [name_parts(actor) for actor in self.actors]
        scored: list[tuple[float, int, Actor]] = []
        for order, (actor, (words, names)) in enumerate(zip(self.actors, self._parts)):
            score = _score(needle, words, names)
            if score > 0:
                scored.append((-score, order, actor))
        scored.sort(key=lambda t: (t[0], t[1]))  # best first, ties in the given (salience) order
        return [(actor, -score) for score, _order, actor in scored]


def match_actors(query: str, actors: tuple[Actor, ...] | list[Actor]) -> list[tuple[Actor, float]]:
    """Actors whose name, or a part of one, matches `query`, best first (ties
    by salience): exact names, then prefixes, then whole parts, prefixes of
    parts, and whole parts with a small typo (`name_match`). Titles never match."""
    return ActorMatcher(actors).match(query)


def find_in_text(query: str, text: str, limit: int = MAX_TEXT_MATCHES) -> tuple[list[tuple[int, int]], int]:
    """(spans to highlight, total count) of case-insensitive literal matches."""
    query = query.strip()
    if not query:
        return [], 0
    spans: list[tuple[int, int]] = []
    count = 0
    for match in re.finditer(re.escape(query), text, re.IGNORECASE):
        count += 1
        if count <= limit:
            spans.append(match.span())
    return spans, count


def _apart(starts: list[int], size: int) -> list[int]:
    """The matches a search from the left finds among every start of a
    needle `size` long: each one that does not overlap the one kept before
    ("aa" in "aaaa" at 0 and 2, not 1)."""
    kept: list[int] = []
    end = -1
    for start in starts:
        if start >= end:
            kept.append(start)
            end = start + size
    return kept


class TextFinder:
    """`find_in_text` for a search typed key by key in one article: the text
    is lower-cased once (on the first search), and a query that extends the
    previous one looks only at where that one matched (when it matched at most
    `limit` times), not at the whole text again. Matches are the same as
    `find_in_text`'s: case-insensitive, literal, not overlapping."""

    def __init__(self, text: str, limit: int = MAX_TEXT_MATCHES) -> None:
        self.text = text
        self.limit = limit
        self._lower: str | None = None
        #: the last needle and every place it starts (overlapping too), when at most `limit`
        self._last: tuple[str, list[int]] | None = None

    @property
    def ready(self) -> bool:
        """The lower-cased text is made (`build`): a search costs no more than its matches."""
        return self._lower is not None

    def build(self, chunk: int = 1 << 16) -> None:
        """Make the lower-cased text, `chunk` characters at a time, cut at a
        space (a final sigma's case depends on its word): in a worker thread,
        the UI thread gets its turn between two pieces, where one call on a
        17 MB text held the interpreter for 150-400 ms."""
        if self._lower is not None:
            return
        text = self.text
        pieces = []
        start = 0
        try:
            while start < len(text):
                end = min(len(text), start + chunk)
                if end < len(text):
                    space = text.rfind(" ", start, end)
                    end = space if space > start else end
                pieces.append(text[start:end].lower())
                start = end
            lower = "".join(pieces)
        except MemoryError:  # no room for a copy: each search reads the text itself
            lower = ""
        # "" when lower-casing changes the length (a dotted capital I): offsets would not agree
        self._lower = lower if len(lower) == len(text) else ""

    def _lowered(self) -> str:
        if self._lower is None:
            self.build()
        return self._lower  # type: ignore[return-value]

    def find(self, query: str) -> tuple[list[int], int, int]:
        """(where the first `limit` matches start, their length, the count of
        all). Starts, not (start, end) pairs: thousands of new tuples at every
        key woke the garbage collector, which then walked the whole analysis."""
        query = query.strip()
        needle = query.lower()
        if not needle:
            return [], 0, 0
        size = len(query)
        lower = self._lowered()
        if not lower or len(needle) != size:
            self._last = None
            spans, count = find_in_text(query, self.text, self.limit)
            return [start for start, _end in spans], size, count
        last = self._last
        if last is not None and needle.startswith(last[0]):
            every: list[int] | None = self._narrow(needle, last[1])
        else:
            every, starts, count = self._scan(needle)
        self._last = (needle, every) if every is not None else None
        if every is not None:
            starts = _apart(every, size)
            count = len(starts)
        return starts, size, count

    def more(self, query: str, after: int, count: int) -> list[int]:
        """Where up to `count` further matches of `query` start, from offset
        `after` on: past the first `limit` that `find` keeps, the ones n/N walk
        to (as `find` matches them: case-insensitive, literal, not overlapping).
        The text is not lower-cased here when it is not yet (that is a worker's)."""
        query = query.strip()
        needle = query.lower()
        if not needle or count <= 0:
            return []
        lower = self._lower
        if lower and len(needle) == len(query):
            starts: list[int] = []
            start = lower.find(needle, after)
            while start >= 0 and len(starts) < count:
                starts.append(start)
                start = lower.find(needle, start + len(needle))
            return starts
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        return [match.start() for match in islice(pattern.finditer(self.text, after), count)]

    def _scan(self, needle: str) -> tuple[list[int] | None, list[int], int]:
        """One pass over the text: (every place `needle` starts, overlapping
        too, or None when there are more than `limit`; the first `limit`
        matches; the count of all). A common needle's starts stop being kept
        at `limit`, and the rest of the text is only counted."""
        lower, size, limit = self._lowered(), len(needle), self.limit
        find = lower.find
        every: list[int] = []
        start = find(needle)
        while start >= 0 and len(every) < limit:
            every.append(start)
            start = find(needle, start + 1)
        if start < 0:
            return every, [], 0  # (the matches are worked out from every start)
        starts = _apart(every, size)
        resume = starts[-1] + size if starts else 0
        while len(starts) < limit:
            start = find(needle, resume)
            if start < 0:
                return None, starts, len(starts)
            starts.append(start)
            resume = start + size
        return None, starts, len(starts) + lower.count(needle, resume)

    def _narrow(self, needle: str, previous: list[int]) -> list[int]:
        """Every place `needle` starts, from every place a query it extends
        starts (it can start nowhere else)."""
        startswith = self._lowered().startswith
        return [start for start in previous if startswith(needle, start)]


class SearchBar(Horizontal):
    """`/` shows it; typing narrows; Enter posts `Submitted`; Escape posts `Closed`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Clear search", id="search.clear",
                tooltip="Clear the search and show every actor again"),
    ]

    class Closed(Message):
        """The search was dismissed with Escape."""

    def compose(self) -> ComposeResult:
        yield Static(Content("/"), id="search-prompt")
        yield Line(placeholder="Search actors and text…", id="search-input")
        yield Static(Content(""), id="search-status")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def set_status(self, actors: int, matches: int | None) -> None:
        """`matches` None: the text is still being read (a long article's first search)."""
        counted = "… in text" if matches is None else f"{matches:,} in text"  # (as the library counts words)
        text = f"{actors:,} actor{'s' if actors != 1 else ''} · {counted}"
        if matches and not actors:
            text += " · Enter, then n/N"
        self.query_one("#search-status", Static).update(Content(text))

    def set_position(self, index: int, matches: int) -> None:
        """`i/N in text` while n/N walk the text matches."""
        text = f"{index + 1:,}/{matches:,} in text · n/N · Esc clears"
        self.query_one("#search-status", Static).update(Content(text))

    def action_close(self) -> None:
        self.post_message(self.Closed())
