"""Interactive search: the input line with its result count, and the matching
rules (fuzzy, case-insensitive actor names and aliases; literal, case-insensitive
matches in the article text)."""

from __future__ import annotations

import re
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from ..analysis.model import Actor
from .line import Line

#: minimum rapidfuzz ratio (0-100) between the query and a name part for a fuzzy match
MATCH_THRESHOLD = 80
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
    """How well `needle` names the actor: exact name, then a whole name part,
    then a name's prefix, then a part's prefix, then a fuzzy match of a part."""
    if needle in names:
        return 300.0
    tokens = needle.split()
    if len(tokens) == 1 and needle in words:
        return 250.0
    if any(n.startswith(needle) for n in names):
        return 200.0 + len(needle) / max(len(n) for n in names)
    if all(any(w.startswith(t) for w in words) for t in tokens):
        return 150.0 + len(needle) / max(len(w) for w in words)
    if len(needle) < 4 or len(tokens) > 1:
        return 0.0
    from rapidfuzz import fuzz

    best = max((fuzz.ratio(needle, w) for w in words), default=0.0)
    return best if best >= MATCH_THRESHOLD else 0.0


def match_actors(query: str, actors: tuple[Actor, ...] | list[Actor]) -> list[tuple[Actor, float]]:
    """Actors whose name, or a part of one, matches `query`, best first (ties
    by salience): exact names, then prefixes, then whole parts, prefixes of
    parts, and a fuzzy ratio of a part for typos. Titles never match."""
    from rapidfuzz.utils import default_process  # here, not at import: off the reader's first paint

    needle = default_process(query)
    if not needle:
        return [(actor, 100.0) for actor in actors]
    scored: list[tuple[Actor, float]] = []
    for actor in actors:
        words, names = name_parts(actor)
        score = _score(needle, words, names)
        if score > 0:
            scored.append((actor, score))
    order = {actor.id: i for i, actor in enumerate(actors)}
    scored.sort(key=lambda pair: (-pair[1], order[pair[0].id]))
    return scored


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

    def set_status(self, actors: int, matches: int) -> None:
        text = f"{actors:,} actor{'s' if actors != 1 else ''} · {matches:,} in text"  # (as the library counts words)
        if matches and not actors:
            text += " · Enter, then n/N"
        self.query_one("#search-status", Static).update(Content(text))

    def set_position(self, index: int, matches: int) -> None:
        """`i/N in text` while n/N walk the text matches."""
        text = f"{index + 1:,}/{matches:,} in text · n/N · Esc clears"
        self.query_one("#search-status", Static).update(Content(text))

    def action_close(self) -> None:
        self.post_message(self.Closed())
