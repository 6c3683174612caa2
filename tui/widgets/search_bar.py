"""Interactive search: the input line with its result count, and the matching
rules: actor names and aliases, case-insensitive, by whole names, then word
starts, then whole words with a small typo (never a piece inside a longer word,
never a word the query only overlaps: "blin" is not "Lin Jian"); literal,
case-insensitive matches in the article text."""

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

#: the text matches shown are capped, so a one-letter query stays fast on huge articles
MAX_TEXT_MATCHES = 5000


def typo_budget(length: int) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) a word of this
    many letters may take for a typo: none under 4 letters, 1 up to 5, 2 from
    6 (a search engine's "auto" fuzziness; the People filter's numbers)."""
    return 0 if length < 4 else 1 if length < 6 else 2


def typo_edits(token: str, word: str) -> int | None:
    """The edits between a typed word and a name's word when one is a typo of
    the other, else None. The budget is the shorter word's (a 3-letter name
    takes no typo: "blin" is not "Lin"), and the first letter must be right
    (a typo is rarely there, and a wrong one made "lian" find "Jian")."""
    budget = typo_budget(min(len(token), len(word)))
    if not budget or token[0] != word[0]:
        return None
    from rapidfuzz.distance import OSA

    edits = OSA.distance(token, word, score_cutoff=budget)
    return edits if edits <= budget else None


def word_score(tokens: list[str], words: list[str] | set[str]) -> float:
    """How well the typed words (processed, lower case) name something made of
    `words`: 100 when each starts one of its words; less when some are whole
    words with a typo (10 per edit); 0 when any is neither. Never a piece
    inside a longer word, never a word the query only overlaps."""
    if not tokens or not words:
        return 0.0
    total = 0.0
    for token in tokens:
        if any(word.startswith(token) for word in words):
            total += 100.0
            continue
        edits = [e for e in (typo_edits(token, word) for word in words) if e is not None]
        if not edits:
            return 0.0
        total += 100.0 - 10.0 * min(edits)
    return total / len(tokens)


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


def match_actors(query: str, actors: tuple[Actor, ...] | list[Actor]) -> list[tuple[Actor, float]]:
    """Actors whose name, or a part of one, matches `query`, best first (ties
    by salience): exact names, then prefixes, then whole parts, prefixes of
    parts, and whole parts with a small typo (`typo_edits`). Titles never match."""
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
