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
from .list_keys import list_bindings
from .quote_list import one_line, quote_prompt, speaker_content

#: marks an actor or quote the reader corrected
CORRECTED = "✎"
CONTEXT_BEFORE = 24
CONTEXT_AFTER = 44


def paragraph_label(analysis: Analysis, offset: int) -> str:
    index = analysis.paragraph_of(offset)
    return "title" if index == 0 else f"¶{index}"


def _flat(text: str) -> str:
    """Whitespace runs (newlines too) as single spaces, keeping one at either end."""
    flat = " ".join(text.split())
    if flat and text[:1].isspace():
        flat = " " + flat
    if flat and text[-1:].isspace():
        flat += " "
    return flat or (" " if text else "")


def mention_context(analysis: Analysis, start: int, end: int, width: int = CONTEXT_BEFORE + CONTEXT_AFTER) -> Content:
    """One line of at most `width` characters (unless the mention itself is
    longer): `¶3 …left MENTION right…`, the mention emphasised."""
    para_start, para_end = analysis.paragraphs[analysis.paragraph_of(start)] if analysis.paragraphs else (0, len(analysis.text))
    room = max(0, width - 8 - (end - start))  # 8: the label, a space and two ellipses
    before = room * CONTEXT_BEFORE // (CONTEXT_BEFORE + CONTEXT_AFTER)
    left_from = max(para_start, start - before)
    right_to = min(max(para_end, end), end + room - (start - left_from))
    left = _flat(analysis.text[left_from:start])
    right = _flat(analysis.text[end:right_to])
    return Content.assemble(
        Content.styled(f"{paragraph_label(analysis, start):>5} ", "dim"),
        Content("…" if left_from > para_start else ""),
        Content(left),
        Content.styled(" ".join(analysis.text[start:end].split()), "bold reverse"),
        Content(right),
        Content("…" if right_to < para_end else ""),
    )


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
        """The header as shown: `Name · TYPE · N mentions  i/N`."""
        header = str(self.query_one("#detail-header", Static).content)
        position = str(self.query_one("#detail-position", Static).content)
        return f"{header}  {position}" if position else header

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
        self.position = None
        self._quotes = analysis.quotes_by(actor.id)
        self._update_header()
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
            for i, quote in enumerate(self._quotes):
                options.append(Option(Content.assemble(
                    Content.styled(f"{paragraph_label(analysis, quote.start):>5} ", "dim"),
                    self._mark(quote),
                    quote_prompt(analysis, quote, limit=width - 8 - 2 * self.is_corrected(quote),
                                 with_speaker=False),
                ), id=f"q{i}"))
        self.query_one(DetailList).set_options(options)

    def show_quote(self, quote: Quote) -> None:
        """A quote with no speaker: show its full text."""
        assert self._analysis is not None
        self.actor = None
        self.position = None
        self._quotes = ()
        kind = "Direct quote" if quote.kind == "direct" else "Reported speech"
        self.query_one("#detail-header", Static).update(Content.assemble(
            self._mark(quote),
            Content.styled(kind, "bold"), Content(" · "), speaker_content(self._analysis, quote, 2000),
            Content(f" · {paragraph_label(self._analysis, quote.start)}"),
            Content(" · corrected" if self.is_corrected(quote) else ""),
        ))
        self.query_one("#detail-position", Static).update(Content(""))
        self.set_class(False, "-positioned")
        self.query_one("#detail-aliases", Static).update(Content(one_line(quote.text, 2000)))
        self.query_one(DetailList).clear_options()

    def _line_width(self) -> int:
        """The width of one row of the list, less room for its scrollbar: the
        longest context or quote line that never wraps."""
        room = self.query_one(DetailList).content_region.width
        return max(30, room - 2) if room else 68

    def on_resize(self) -> None:
        width = self._line_width()
        if self.actor is not None and width != self._width:
            position = self.position
            self.show_actor(self.actor)
            self.set_position(position)

    def set_position(self, index: int | None) -> None:
        """Show `i/N` in the header and move the list highlight to mention `index`."""
        self.position = index
        self._update_header()
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

    def _update_header(self) -> None:
        actor = self.actor
        if actor is None:
            return
        count = f"{actor.count} mention" + ("" if actor.count == 1 else "s")
        self.query_one("#detail-header", Static).update(
            Content.assemble(self._mark(actor), Content.styled(actor.name, "bold"), Content(f" · {actor.type} · {count}"),
                             Content(" · corrected" if self.is_corrected(actor) else ""))
        )
        # the position sits in its own cell at the right, so wrapping never eats its space
        position = "" if self.position is None else f"{self.position + 1}/{actor.count}"
        self.query_one("#detail-position", Static).update(Content(position))
        self.set_class(bool(position), "-positioned")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option_id or ""
        if option_id.startswith("m") and self.actor is not None:
            self.post_message(self.MentionChosen(self.actor, int(option_id[1:])))
        elif option_id.startswith("q"):
            self.post_message(self.QuoteChosen(self._quotes[int(option_id[1:])]))
