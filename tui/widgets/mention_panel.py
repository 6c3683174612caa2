"""The detail panel for the selected actor (or quote): a header with
`Name · TYPE · N mentions` and the `i/N` position, the aliases, every mention
with its paragraph number and a line of context, then the actor's quotes."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from ..analysis.corrections import CorrectionReport
from ..analysis.model import Actor, Analysis, Quote
from .hanging import Hanging as HangingVisual
from .list_keys import list_bindings
from .quote_list import paragraph_label, quote_body, speaker_name
from .types import mentions_label, type_label

#: marks an actor or quote the reader corrected
CORRECTED = "✎"
#: the paragraph label column (`  ¶12 `): wrapped lines hang under the text, not the label
LABEL = 6
#: lines of context shown around a mention
CONTEXT_LINES = 2


def _flat(text: str) -> str:
    """Whitespace runs (newlines too) as single spaces, keeping one at either end."""
    flat = " ".join(text.split())
    if flat and text[:1].isspace():
        flat = " " + flat
    if flat and text[-1:].isspace():
        flat += " "
    return flat or (" " if text else "")


class Hanging(HangingVisual):
    """A `¶3` paragraph label in a column of its own (LABEL cells), the body
    wrapped beside it (see `hanging.Hanging`)."""

    def __init__(self, label: str, body: Content, max_lines: int | None = None) -> None:
        super().__init__(Content.styled(f"{label:>{LABEL - 1}} ", "dim"), body, LABEL, max_lines)


def mention_context(analysis: Analysis, start: int, end: int, width: int = 68,
                    lines: int = CONTEXT_LINES) -> Content:
    """The mention in its paragraph, about a third of the room before it and the
    rest after, wrapped to `width` under a `¶3` label, the mention emphasised."""
    para_start, para_end = analysis.paragraphs[analysis.paragraph_of(start)] if analysis.paragraphs else (0, len(analysis.text))
    # word wrapping wastes some room at line ends: budget for about 85% of the lines
    room = max(0, lines * (width - LABEL) * 85 // 100 - 2 - (end - start))
    before = room // 3
    left_from = max(para_start, start - before)
    if left_from > para_start:  # start at a word, not inside one
        space = analysis.text.find(" ", left_from, start)
        left_from = space + 1 if space != -1 else start
    right_to = min(max(para_end, end), end + room - (start - left_from))
    if right_to < para_end:  # end after a word, not inside one
        space = analysis.text.rfind(" ", end, right_to)
        right_to = space if space != -1 else right_to
    body = Content.assemble(
        Content("…" if left_from > para_start else ""),
        Content(_flat(analysis.text[left_from:start]).lstrip() if left_from > para_start else _flat(analysis.text[left_from:start])),
        Content.styled(" ".join(analysis.text[start:end].split()), "bold reverse"),
        Content(_flat(analysis.text[end:right_to])),
        Content("…" if right_to < para_end else ""),
    )
    return Hanging(paragraph_label(analysis, start), body, max_lines=lines + 1)


class DetailList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = list_bindings(
        "detail", "Next entry", "Previous entry", "First entry", "Last entry"
    )


class MentionPanel(Vertical):
    """Posts `MentionChosen(index)` and `QuoteChosen(quote)` when an entry is chosen."""

    class MentionChosen(Message):
        def __init__(self, actor: Actor, index: int) -> None:
            super().__init__()
            self.actor = actor
            self.index = index

    class QuoteChosen(Message):
        def __init__(self, quote: Quote) -> None:
            super().__init__()
            self.quote = quote

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._analysis: Analysis | None = None
        self._report = CorrectionReport()
        self.actor: Actor | None = None
        self.position: int | None = None
        self._quotes: tuple[Quote, ...] = ()
        #: the quote without a speaker shown instead of an actor (`show_quote`)
        self._quote: Quote | None = None
        #: the line width the shown actor's list was laid out for (re-laid out on resize)
        self._width: int | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="detail-heading"):
            yield Static(Content("Select an actor or a quote."), id="detail-header", markup=False)
            yield Static(Content(""), id="detail-position", markup=False)
        yield Static(Content(""), id="detail-aliases", markup=False)
        yield DetailList(id="detail-list")

    @property
    def header_text(self) -> str:
        """The whole header: `Name · Type · N mentions  i/N` (the name may be cut on screen)."""
        mark, name, rest, position = self._heading()
        return f"{mark}{name}{rest}  {position}" if position else f"{mark}{name}{rest}"

    def _heading(self) -> tuple[str, str, str, str]:
        """The header of what is shown, made from it: (corrected mark, name, the
        rest, position). Only the name is ever cut to fit."""
        analysis, actor, quote = self._analysis, self.actor, self._quote
        if actor is not None:
            # i/N from the start: `–/N` until a mention is the current one
            position = f"{'–' if self.position is None else self.position + 1}/{actor.count}"
            corrected = self.is_corrected(actor)
            kind = type_label(actor.type) + ("" if actor.named else ", unnamed source")
            return (f"{CORRECTED} " if corrected else "", actor.name,
                    f" · {kind} · {mentions_label(actor.count)}{' · corrected' if corrected else ''}", position)
        if quote is not None and analysis is not None:
            corrected = self.is_corrected(quote)
            kind = "Direct quote" if quote.kind == "direct" else "Reported speech"
            return (f"{CORRECTED} " if corrected else "", "",
                    f"{kind} · {speaker_name(analysis, quote)} · {paragraph_label(analysis, quote.start)}"
                    f"{' · corrected' if corrected else ''}", "")
        return ("", "", "Select an actor or a quote.", "")

    def set_analysis(self, analysis: Analysis, report: CorrectionReport | None = None) -> None:
        self._analysis = analysis
        self._report = report or CorrectionReport()

    def is_corrected(self, item: Actor | Quote) -> bool:
        if isinstance(item, Actor):
            return item.id in self._report.corrected_actors
        return (item.start, item.end) in self._report.corrected_quotes

    def _mark(self, item: Actor | Quote) -> Content:
        return Content.styled(f"{CORRECTED} ", "bold") if self.is_corrected(item) else Content("")

    def quote_for(self, option_id: str) -> Quote | None:
        """The quote an entry (`q<i>`) of the shown actor's list stands for."""
        if option_id.startswith("q") and option_id[1:].isdigit() and int(option_id[1:]) < len(self._quotes):
            return self._quotes[int(option_id[1:])]
        return None

    def show_actor(self, actor: Actor) -> None:
        assert self._analysis is not None
        analysis = self._analysis
        width = self._line_width()
        self._width = width
        self.actor = actor
        self._quote = None
        self.position = None
        self._quotes = analysis.quotes_by(actor.id)
        self._show_header()
        self.set_class(True, "-positioned")
        aliases = [a for a in actor.aliases if a != actor.name]
        self.query_one("#detail-aliases", Static).update(
            Content.assemble(Content.styled("Also: ", "dim"), Content(", ".join(aliases))) if aliases
            else Content.styled("No other names.", "dim")
        )
        options: list[Option | None] = [
            Option(mention_context(analysis, m.start, m.end, width), id=f"m{i}") for i, m in enumerate(actor.mentions)
        ]
        if self._quotes:
            options.append(None)
            options.append(Option(Content.styled(f"Quotes ({len(self._quotes)})", "bold"), disabled=True))
            for i, quote in enumerate(self._quotes):  # in full: a quote is read here
                body = Content.assemble(self._mark(quote), quote_body(quote))
                options.append(Option(Hanging(paragraph_label(analysis, quote.start), body), id=f"q{i}"))
        self.query_one(DetailList).set_options(options)

    def show_quote(self, quote: Quote) -> None:
        """A quote with no speaker: its full text in the list."""
        assert self._analysis is not None
        analysis = self._analysis
        self.actor = None
        self._quote = quote
        self.position = None
        self._quotes = (quote,)
        self._show_header()
        self.set_class(False, "-positioned")
        self.query_one("#detail-aliases", Static).update(Content.styled("Not attributed to an actor.", "dim"))
        self.query_one(DetailList).set_options(
            [Option(Hanging(paragraph_label(analysis, quote.start), quote_body(quote)), id="q0")]
        )

    def clear(self) -> None:
        """Nothing selected: the prompt to select, no list (a correction took
        away the actor shown, which stayed here with its mentions)."""
        self.actor = None
        self._quote = None
        self.position = None
        self._quotes = ()
        self._show_header()
        self.set_class(False, "-positioned")
        self.query_one("#detail-aliases", Static).update(Content(""))
        self.query_one(DetailList).clear_options()

    def _line_width(self) -> int:
        """The width of one row of the list, less room for its scrollbar: the
        longest context or quote line that never wraps."""
        room = self.query_one(DetailList).content_region.width
        return max(30, room - 2) if room else 68

    def on_resize(self) -> None:
        self._show_header()
        width = self._line_width()
        if self.actor is not None and width != self._width:
            position = self.position
            self.show_actor(self.actor)
            self.set_position(position)

    def set_position(self, index: int | None) -> None:
        """Show `i/N` in the header and move the list highlight to mention `index`."""
        self.position = index
        self._show_header()
        if index is not None and self.actor is not None and 0 <= index < len(self.actor.mentions):
            self._highlight(f"m{index}")

    def highlight_quote(self, quote: Quote) -> None:
        """Move the list highlight to `quote` among the shown actor's quotes."""
        if quote in self._quotes:
            self._highlight(f"q{self._quotes.index(quote)}")

    def _highlight(self, option_id: str) -> None:
        detail = self.query_one(DetailList)
        try:
            detail.highlighted = detail.get_option_index(option_id)
        except OptionDoesNotExist:  # the list shows something else (a quote without a speaker)
            pass

    def _show_header(self) -> None:
        """The header on one line: the name is cut with an ellipsis, never the rest."""
        mark, name, rest, position = self._heading()
        self.query_one("#detail-position", Static).update(Content(position))
        # the heading's width less the position cell and both cells' padding
        width = self.query_one("#detail-heading").size.width - (len(position) + 2 if position else 0) - 2
        actor = self.actor
        if actor is None or width <= 0:
            self.query_one("#detail-header", Static).update(Content(f"{mark}{name}{rest}"))
            return
        # too narrow: "corrected" goes first (the ✎ mark says it), then the type:
        # the count and position matter more
        if width - len(mark) - len(rest) < 8:
            rest = rest.removesuffix(" · corrected")
        if width - len(mark) - len(rest) < 8:
            rest = f" · {mentions_label(actor.count)}"
        room = max(4, width - len(mark) - len(rest))
        name = name if len(name) <= room else name[: room - 1].rstrip() + "…"
        self.query_one("#detail-header", Static).update(
            Content.assemble(Content.styled(mark, "bold"), Content.styled(name, "bold" if actor.named else "dim"),
                             Content(rest)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option_id or ""
        if option_id.startswith("m") and self.actor is not None:
            self.post_message(self.MentionChosen(self.actor, int(option_id[1:])))
        elif option_id.startswith("q"):
            self.post_message(self.QuoteChosen(self._quotes[int(option_id[1:])]))
