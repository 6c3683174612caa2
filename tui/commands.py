"""Command palette providers: "Go to actor …" and the theme switch.

Actor names are data: the hits are built from plain `Content`, never markup
(textual's `Matcher.highlight` parses its input as markup, so it is not used).
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from .widgets.types import mentions_label, type_label

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"
#: the palette's one entry for choosing a theme, when nothing is typed yet
THEME_PICKER = "Theme: choose a colour theme …"


def _highlighted(matcher, text: str) -> Content:
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if score:
        for offset in offsets:
            if not text[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def article_screen(provider: Provider):
    """The article screen the palette was opened on, or None."""
    from .screens.article import ArticleScreen

    screen = provider.screen
    # the palette itself is a screen: look at the one below it
    if not isinstance(screen, ArticleScreen):
        stack = provider.app.screen_stack
        screen = next((s for s in reversed(stack) if isinstance(s, ArticleScreen)), None)
    return screen


class ActorCommands(Provider):
    """Go to any actor of the open article."""

    def _screen(self):
        return article_screen(self)

    def _entries(self):
        screen = self._screen()
        if screen is None or screen.analysis is None:
            return screen, []
        return screen, [
            (f"Go to actor {actor.name}", actor, f"{type_label(actor.type)} · {mentions_label(actor.count)}")
            for actor in screen.analysis.actors
        ]

    async def discover(self) -> Hits:
        screen, entries = self._entries()
        for text, actor, help_text in entries[:15]:
            yield DiscoveryHit(Content(text), partial(screen.select_actor, actor, jump=0), text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        screen, entries = self._entries()
        matcher = self.matcher(query)
        for text, actor, help_text in entries:
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlighted(matcher, text), partial(screen.select_actor, actor, jump=0),
                          text=text, help=help_text)


class ArticleCommands(Provider):
    """The article screen's corrections, copy and export, by name."""

    COMMANDS = (
        ("Correct: merge the selected actor into another …", "merge_actor", "m"),
        ("Correct: move the current mention to a new or another actor …", "split_mention", "x"),
        ("Correct: rename the selected actor …", "rename_actor", "r"),
        ("Correct: change the selected actor's type …", "change_type", "c"),
        ("Correct: the selected actor is not an actor", "not_actor", "d"),
        ("Correct: set or clear the speaker of the selected quote …", "set_speaker", "s"),
        ("Undo the last correction", "undo_correction", "u"),
        ("Copy the selected quote or the mention's sentence", "copy", "y"),
        ("Export this article's quotes …", "export", "e"),
    )

    def _entries(self):
        screen = article_screen(self)
        if screen is None:
            return []
        return [(text, getattr(screen, f"action_{action}"), f"key: {key}") for text, action, key in self.COMMANDS]

    async def discover(self) -> Hits:
        for text, command, help_text in self._entries():
            yield DiscoveryHit(text, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, command, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), command, help=help_text)


class ThemeCommands(Provider):
    """Switch theme: only the themes whose highlights pass the contrast test."""

    def _commands(self):
        current = self.app.theme
        return [
            (f"Theme: {name}", partial(setattr, self.app, "theme", name),
             "The current theme" if name == current else "Use this colour theme")
            for name in self.app.offered_themes  # type: ignore[attr-defined]
        ]

    async def discover(self) -> Hits:
        # one entry, not one per theme: the palette opened empty lists the
        # article's commands, not a screenful of themes before them
        yield DiscoveryHit(THEME_PICKER, self.pick_theme, help=f"The current theme is {self.app.theme}")

    def pick_theme(self) -> None:
        """A palette of the legible themes alone (typing `theme` in the main one lists them too)."""
        self.app.search_commands(self._commands(), placeholder="Search for themes…")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, command, help_text in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlighted(matcher, text), command, text=text, help=help_text)
