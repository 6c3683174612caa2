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

#: minimum rapidfuzz score (0-100) for an actor to stay in the narrowed sidebar
MATCH_THRESHOLD = 75
#: the text matches shown are capped, so a one-letter query stays fast on huge articles
MAX_TEXT_MATCHES = 5000


def match_actors(query: str, actors: tuple[Actor, ...] | list[Actor]) -> list[tuple[Actor, float]]:
    """Actors whose name or an alias matches `query`, best first (ties by salience).

    A substring match scores 100; otherwise rapidfuzz's partial ratio on the
    lower-cased, punctuation-stripped forms, kept when it reaches MATCH_THRESHOLD.
    """
    from rapidfuzz import fuzz  # here, not at import: off the reader's first paint
    from rapidfuzz.utils import default_process

    needle = default_process(query)
    if not needle:
        return [(actor, 100.0) for actor in actors]
    scored: list[tuple[Actor, float]] = []
    for actor in actors:
        best = 0.0
        for name in (actor.name, *actor.aliases):
            hay = default_process(name)
            if not hay:
                continue
            if needle in hay:
                # whole-word prefix beats an inner substring, shorter names beat longer
                score = 100.0 + (5.0 if hay.startswith(needle) or f" {needle}" in hay else 0.0) + len(needle) / len(hay)
            elif len(needle) < 3:
                continue
            else:
                score = fuzz.partial_ratio(needle, hay)
                if len(hay) < len(needle):
                    score = fuzz.ratio(needle, hay)
            best = max(best, score)
        if best >= MATCH_THRESHOLD:
            scored.append((actor, best))
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
        yield Input(placeholder="Search actors and text…", id="search-input")
        yield Static(Content(""), id="search-status")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def set_status(self, actors: int, matches: int) -> None:
        text = f"{actors} actor{'s' if actors != 1 else ''} · {matches} in text"
        self.query_one("#search-status", Static).update(Content(text))

    def action_close(self) -> None:
        self.post_message(self.Closed())
