"""The article pane: a read-only TextArea that colours actor mentions by type.

Highlights are component classes (styled in styles/app.tcss) applied in
`get_line()`, so only the visible lines are ever styled. The text is shown
exactly as written: a TextArea never parses markup.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType

from textual.events import Click
from textual.geometry import Offset
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import TextArea
from textual.widgets.text_area import Selection, WrappedDocument

from ..analysis.model import Analysis, Article
from .types import group_of

#: article-view--<group> for each actor group (see types.group_of)
GROUP_CLASSES = {
    "people": "article-view--person",
    "organisations": "article-view--org",
    "places": "article-view--place",
    "groups": "article-view--group",
    "other": "article-view--other",
}


#: A TextArea renders each screen row from its whole document line, so a very
#: long paragraph (some articles have no breaks) costs its full length per row.
#: Longer lines are shown broken into lines of at most this many cells: at a
#: space where there is one (the space becomes the newline, offsets unchanged),
#: otherwise (CJK, a very long token) with a newline inserted, which
#: `ArticleView` maps back to article offsets.
MAX_DISPLAY_LINE = 2_000


def _window_end(line: str, start: int) -> int:
    """Where a display line starting at `start` must end to stay within
    MAX_DISPLAY_LINE cells (wide characters count two)."""
    end = start + MAX_DISPLAY_LINE
    if not line[start:end].isascii() and cell_len(line[start:end]) > MAX_DISPLAY_LINE:
        end = start + MAX_DISPLAY_LINE // 2  # every character at most two cells wide
    return end


def display_layout(text: str) -> tuple[str, tuple[int, ...]]:
    """(the text as shown, the article offsets where a newline was inserted).

    Every shown line is at most MAX_DISPLAY_LINE cells: a space in the last
    half of a too-long stretch turns into a newline; a stretch without one is
    broken with an inserted newline (before the character at that offset)."""
    if len(text) <= MAX_DISPLAY_LINE // 2 or all(len(line) <= MAX_DISPLAY_LINE // 2 for line in text.split("\n")):
        return text, ()
    pieces: list[str] = []
    breaks: list[int] = []
    offset = 0
    for n, line in enumerate(text.split("\n")):
        if n:
            pieces.append("\n")
        start = 0
        while True:
            end = _window_end(line, start)
            if end >= len(line):
                pieces.append(line[start:])
                break
            cut = line.rfind(" ", start + (end - start) // 2, end)
            if cut != -1:  # the space becomes the newline
                pieces += [line[start:cut], "\n"]
                start = cut + 1
            else:  # no space: a newline is inserted before `end`
                pieces += [line[start:end], "\n"]
                breaks.append(offset + end)
                start = end
        offset += len(line) + 1
    return "".join(pieces), tuple(breaks)


def display_text(text: str) -> str:
    """`text` as shown (see display_layout)."""
    return display_layout(text)[0]


class _WrappedText(WrappedDocument):
    """A wrapped document whose height is one list's length: TextArea asks for
    it on every row it renders, and WrappedDocument sums over every line of
    the document each time (0.1 s a row on a 17 MB article)."""

    @property
    def height(self) -> int:
        return len(self._offset_to_line_info)  # one entry per line of the wrapped text


class ArticleView(TextArea):
    """Read-only article text with mention, quote, search and current highlights."""

    COMPONENT_CLASSES: ClassVar[set[str]] = TextArea.COMPONENT_CLASSES | {
        "article-view--headline",
        "article-view--person",
        "article-view--org",
        "article-view--place",
        "article-view--group",
        "article-view--other",
        "article-view--quote",
        "article-view--selected",
        "article-view--search",
        "article-view--current",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_lines(1)", "Scroll down", show=False,
                id="article.scroll_down", tooltip="Scroll the article down one line"),
        Binding("up,k", "scroll_lines(-1)", "Scroll up", show=False,
                id="article.scroll_up", tooltip="Scroll the article up one line"),
        Binding("g,home", "top", "Top", show=False,
                id="article.top", tooltip="Go to the top of the article"),
        Binding("G,end", "bottom", "Bottom", show=False,
                id="article.bottom", tooltip="Go to the end of the article"),
        Binding("pageup", "page(-1)", "Page up", show=False,
                id="article.page_up", tooltip="Scroll up one page"),
        Binding("pagedown,space", "page(1)", "Page down", show=False,
                id="article.page_down", tooltip="Scroll down one page"),
        Binding("enter", "choose_mention", "Choose", show=False, id="article.choose_mention",
                tooltip="Pick the mention under the cursor (a click or ←/→ moves it), else the one "
                        "nearest the top of the view: its actor is selected, the mention shown in the detail"),
    ]

    class TextDrawn(Message):
        """The first line of the text was drawn: the frame with the text is on its way."""

    class MentionClicked(Message):
        """A mention in the text was clicked, or Enter pressed on it."""

        def __init__(self, view: ArticleView, actor_id: str, index: int) -> None:
            super().__init__()
            self.view = view
            self.actor_id = actor_id
            self.index = index

        @property
        def control(self) -> ArticleView:
            return self.view

    show_highlights: reactive[bool] = reactive(True)

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        shown, breaks = display_layout(article.text)
        #: the document's text (read-only: it never changes); TextArea joins its lines anew on every `text`
        self._shown = shown
        #: (document, width, tab width) of the last wrap
        self._wrapped_as: tuple[object, int, int] | None = None
        super().__init__(
            shown,
            read_only=True,
            soft_wrap=True,
            show_line_numbers=False,
            highlight_cursor_line=False,
            tab_behavior="focus",
            id=id,
        )
        self.article = article
        #: a line of the text was drawn (the first frame with text is on its way)
        self.text_drawn = False
        #: article offsets before which a newline was inserted, and those newlines' document indexes
        self._breaks = breaks
        self._doc_breaks = tuple(b + i for i, b in enumerate(breaks))
        self._line_starts: list[int] = []
        pos = 0
        for line in shown.split("\n"):
            self._line_starts.append(pos)
            pos += len(line) + 1
        headline_end = shown.find("\n")
        self._headline = (0, headline_end if headline_end != -1 else len(article.text))
        # per-line spans: line -> [(start, end, component class)] in line-local columns
        self._markup_spans: dict[int, list[tuple[int, int, str]]] = {}
        #: where the search's matches start (article offsets, in text order), their length,
        #: and those of each line drawn
        self._search: tuple[list[int], int] = ([], 0)
        self._search_spans: dict[int, list[tuple[int, int, str]]] = {}
        #: the other mentions of the selected actor
        self._selected_spans: dict[int, list[tuple[int, int]]] = {}
        self._current: tuple[int, int] | None = None
        #: (start, end, actor id, mention index) of every mention, by start
        self._mentions: list[tuple[int, int, str, int]] = []
        self._longest_mention = 0
        self._styles: dict[str, Style] = {}

    # --- a long article costs what plain text of its size costs -----------------------
    # TextArea (textual 8.2.8) joins the whole document for `text` on every row it
    # renders (to decide on a placeholder), builds and wraps the document a second
    # time when its `language` is first set, and wraps every line again on each
    # resize (a height change too) and when its scrollbar appears. On a 17 MB
    # article each of these took seconds before the first frame; the text of a
    # read-only view never changes, so each is done once (benchmarks/big_article.py).

    @property
    def text(self) -> str:  # type: ignore[override]
        return self._shown

    @text.setter
    def text(self, text: str) -> None:  # (never used: the view is read-only; kept for TextArea's API)
        self._shown = text
        self.load_text(text)

    def _set_document(self, text: str, language: str | None) -> None:
        super()._set_document(text, language)
        if type(self.wrapped_document) is WrappedDocument:
            self.wrapped_document.__class__ = _WrappedText

    def _watch_language(self, language: str | None) -> None:
        if language is None and not self.is_syntax_aware:
            return  # plain text, already built by __init__
        super()._watch_language(language)

    def _rewrap_and_refresh_virtual_size(self) -> None:
        key = (self.document, self.wrap_width, self.indent_width)
        if key != self._wrapped_as:
            self._wrapped_as = key
            self.wrapped_document.wrap(self.wrap_width, tab_width=self.indent_width)
        self._line_cache.clear()
        self._refresh_size()

    # --- article offsets <-> document indexes (they differ after an inserted newline)

    def to_document(self, offset: int, *, end: bool = False) -> int:
        """The document index of article offset `offset` (`end`: as a span's end)."""
        if not self._breaks:
            return offset
        return offset + (bisect.bisect_left if end else bisect.bisect_right)(self._breaks, offset)

    def to_article(self, index: int) -> int:
        """The article offset of document index `index`."""
        if not self._breaks:
            return index
        return index - bisect.bisect_left(self._doc_breaks, index)

    def _doc_spans(self, spans):
        return [(self.to_document(s), max(self.to_document(s), self.to_document(e, end=True)), *rest)
                for s, e, *rest in spans]

    # --- state pushed down by the coordinator ---------------------------------

    def set_analysis(self, analysis: Analysis) -> None:
        spans: list[tuple[int, int, str]] = []
        for quote in analysis.quotes:
            # the quoted words: a direct quote's pieces (not the attribution
            # between them), the verbatim words a reported clause quotes
            for start, end in quote.pieces() if quote.kind == "direct" else quote.parts:
                spans.append((start, end, "article-view--quote"))
        for actor in analysis.actors:
            cls = GROUP_CLASSES[group_of(actor.type)]
            for mention in actor.mentions:
                spans.append((mention.start, mention.end, cls))
        self._markup_spans = self._by_line(self._doc_spans(spans))
        self._mentions = sorted(
            (m.start, m.end, actor.id, i) for actor in analysis.actors for i, m in enumerate(actor.mentions)
        )
        self._longest_mention = max((end - start for start, end, *_ in self._mentions), default=0)
        self._invalidate()

    def set_search(self, starts: list[int], size: int = 0) -> None:
        """Mark the search's matches: `size` characters from each of `starts`
        (article offsets, in text order, not overlapping). Each line finds its
        own as it is drawn (`_search_on_line`): a key of the search costs the
        lines on screen, not the thousands of matches of a short query in a
        long article."""
        search = (starts, size) if starts and size else ([], 0)
        if search == self._search:
            return  # (a key that changes no match: nothing to draw again)
        self._search = search
        self._search_spans = {}
        self._invalidate()

    @property
    def search_spans(self) -> list[tuple[int, int]]:
        """The search matches marked, as (start, end) article offsets."""
        starts, size = self._search
        return [(start, start + size) for start in starts]

    def _search_on_line(self, line_index: int) -> list[tuple[int, int, str]]:
        found = self._search_spans.get(line_index)
        if found is None:
            starts, size = self._search
            lines = self._line_starts
            first = self.to_article(lines[line_index])
            end = self.to_article(lines[line_index + 1]) if line_index + 1 < len(lines) else len(self.article.text)
            i = bisect.bisect_right(starts, first - size)  # the first match that ends inside the line
            on_line = []
            while i < len(starts) and starts[i] < end:
                on_line.append((starts[i], starts[i] + size, ""))
                i += 1
            found = self._by_line(self._doc_spans(on_line)).get(line_index, []) if on_line else []
            self._search_spans[line_index] = found
        return found

    def set_selected(self, spans: list[tuple[int, int]]) -> None:
        """Mark the mentions of the selected actor (and forget the current
        mention, which belonged to the previous selection)."""
        self._selected_spans = self._by_line(self._doc_spans([(s, e, "") for s, e in spans]))  # type: ignore[assignment]
        self._current = None
        self._invalidate()

    def jump_to(self, start: int, end: int) -> None:
        """Highlight [start, end) as the current mention and centre it."""
        self._current = (start, end)
        location = self.document.get_location_from_index(self.to_document(start))
        self.selection = Selection.cursor(location)
        self._invalidate()
        self.scroll_cursor_visible(center=True)

    def show_at_top(self, offset: int) -> None:
        """Scroll so the line holding article offset `offset` is the first on screen."""
        offset = min(max(0, offset), len(self.article.text))
        location = self.document.get_location_from_index(self.to_document(offset))
        self.selection = Selection.cursor(location)
        self.scroll_to(y=self.wrapped_document.location_to_offset(location).y, animate=False)

    def mark_current(self, start: int, end: int) -> None:
        """Highlight [start, end) as the current mention without scrolling."""
        self._current = (start, end)
        self._invalidate()

    def mention_at(self, offset: int) -> tuple[str, int] | None:
        """(actor id, mention index) of the innermost mention covering `offset`."""
        found = None
        mentions = self._mentions
        for i in range(bisect.bisect_right(mentions, (offset, float("inf"))) - 1, -1, -1):
            start, end, actor_id, index = mentions[i]
            if start < offset - self._longest_mention:
                break
            if offset < end and (found is None or end - start < found[1] - found[0]):
                found = (start, end, actor_id, index)
        return (found[2], found[3]) if found else None

    def _choose_at(self, offset: int) -> bool:
        """Choose the mention at article offset `offset`, if any."""
        hit = self.mention_at(offset)
        if hit is not None:
            self.post_message(self.MentionClicked(self, *hit))
        return hit is not None

    @property
    def current(self) -> tuple[int, int] | None:
        return self._current

    # --- rendering -----------------------------------------------------------

    def _by_line(self, spans):
        out: dict[int, list] = defaultdict(list)
        starts = self._line_starts
        for start, end, *rest in spans:
            first = bisect.bisect_right(starts, start) - 1
            last = bisect.bisect_right(starts, max(start, end - 1)) - 1
            for line in range(max(first, 0), last + 1):
                base = starts[line]
                out[line].append((max(start, base) - base, end - base, *rest))
        return dict(out)

    def _invalidate(self) -> None:
        self._line_cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        self._styles.clear()
        super().notify_style_update()
        self._line_cache.clear()

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(name, partial=True)
        return style

    def watch_show_highlights(self) -> None:
        self._invalidate()

    def get_line(self, line_index: int) -> Text:
        if not self.text_drawn:
            self.text_drawn = True
            self.post_message(self.TextDrawn())
        line = super().get_line(line_index)
        if line_index == 0 and self._headline[1] > 0:
            line.stylize(self._style("article-view--headline"))
        if self.show_highlights:
            for start, end, cls in self._markup_spans.get(line_index, ()):
                line.stylize(self._style(cls), start, end)
        for start, end, _ in self._selected_spans.get(line_index, ()):
            line.stylize(self._style("article-view--selected"), start, end)
        for start, end, _ in self._search_on_line(line_index) if self._search[0] else ():
            line.stylize(self._style("article-view--search"), start, end)
        if self._current is not None:
            start, end = self._doc_spans([self._current])[0]
            base = self._line_starts[line_index]
            line_end = base + len(line.plain)
            if start <= line_end and end > base:
                line.stylize(self._style("article-view--current"), max(start, base) - base, end - base)
        return line

    # --- reading keys and clicks --------------------------------------------------

    def visible_span(self) -> tuple[int, int]:
        """[first, end) article offsets of the text on screen."""
        top = self.scroll_offset.y
        bottom = top + max(1, self.scrollable_content_region.height) - 1
        wrapped = self.wrapped_document
        first = self.document.get_index_from_location(wrapped.offset_to_location(Offset(0, top)))
        if bottom + 1 < wrapped.height:
            end = self.document.get_index_from_location(wrapped.offset_to_location(Offset(0, bottom + 1)))
        else:
            end = len(self.text)
        first, end = self.to_article(first), self.to_article(end)
        return first, max(first, end)

    def action_choose_mention(self) -> None:
        """The mention under the cursor when it is on screen; otherwise the
        mention nearest the top of the view (the cursor moves there)."""
        offset = self.to_article(self.document.get_index_from_location(self.selection.end))
        first, end = self.visible_span()
        if first <= offset < end and self._choose_at(offset):
            return
        i = bisect.bisect_left(self._mentions, (first,))
        if i == len(self._mentions) or self._mentions[i][0] >= end:
            return
        offset = self._mentions[i][0]
        self.selection = Selection.cursor(self.document.get_location_from_index(self.to_document(offset)))
        self._choose_at(offset)

    def on_click(self, event: Click) -> None:
        if event.chain == 1:
            index = self.document.get_index_from_location(self.get_target_document_location(event))
            self._choose_at(self.to_article(index))

    def action_scroll_lines(self, lines: int) -> None:
        self.scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        self.scroll_relative(y=pages * max(1, self.scrollable_content_region.height - 1), animate=False)

    def action_top(self) -> None:
        self.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.scroll_end(animate=False)
