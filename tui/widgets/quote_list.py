"""The quotes of an article in text order: speaker and a one-line snippet."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..analysis.model import Analysis, Quote
from .list_keys import list_bindings, row_width


def one_line(text: str, limit: int) -> str:
    """Whitespace collapsed to single spaces, cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: max(1, limit - 1)].rstrip() + "…"


def speaker_name(analysis: Analysis, quote: Quote) -> str:
    actor = analysis.actor_by_id.get(quote.speaker) if quote.speaker else None
    if actor:
        return actor.name
    return quote.speaker_mention.text if quote.speaker_mention else "(no speaker)"


def speaker_content(analysis: Analysis, quote: Quote, limit: int, style: str = "") -> Content:
    """The speaker's name in `style`; an unnamed source ("a source", "officials"),
    an actor or not, dim; else "(no speaker)"."""
    text = one_line(speaker_name(analysis, quote), limit)
    actor = analysis.actor_by_id.get(quote.speaker) if quote.speaker else None
    if actor is None and quote.speaker_mention is not None or actor is not None and not actor.named:
        return Content.styled(text, "dim")
    return Content.styled(text, style) if style else Content(text)


def paragraph_label(analysis: Analysis, offset: int) -> str:
    """`¶3` for the third paragraph, `title` for the headline."""
    index = analysis.paragraph_of(offset)
    return "title" if index == 0 else f"¶{index}"


def quote_body(quote: Quote, limit: int | None = None) -> Content:
    """The quote as `“…”` (direct) or `~ …` (reported speech, italic), on one
    line cut to `limit` columns when given (else whole); all literal."""
    text = quote.display_text()
    text = " ".join(text.split()) if limit is None else one_line(text, max(4, limit - 2))
    if quote.kind == "direct":
        return Content(f"“{text}”")
    return Content(f"~ {text}").stylize("italic")


def quote_prompt(analysis: Analysis, quote: Quote, limit: int = 70) -> Content:
    """The speaker and the paragraph on one line, then the quote's snippet cut
    to `limit` columns so it never wraps."""
    label = paragraph_label(analysis, quote.start)
    return Content.assemble(speaker_content(analysis, quote, max(4, limit - len(label) - 2), "bold"),
                            Content.styled(f"  {label}", "dim"), Content("\n"), quote_body(quote, limit))


class QuoteList(OptionList):
    """Enter or a click on a quote posts `QuoteList.QuoteChosen`."""

    BINDINGS: ClassVar[list[BindingType]] = list_bindings(
        "quotes", "Next quote", "Previous quote", "First quote", "Last quote"
    )

    class QuoteChosen(Message):
        def __init__(self, quote_list: QuoteList, quote: Quote) -> None:
            super().__init__()
            self.quote_list = quote_list
            self.quote = quote

        @property
        def control(self) -> QuoteList:
            return self.quote_list

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._quotes: tuple[Quote, ...] = ()
        self._analysis: Analysis | None = None
        #: (analysis, snippet width) the rows were laid out for: laid out again only when one changes
        self._laid_out: tuple[Analysis, int] | None = None
        #: the row to put the cursor on once the rows are laid out (`highlight_quote`)
        self._wanted: int | None = None

    def set_analysis(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self._quotes = analysis.quotes
        if self.size.width:  # shown: now; in the hidden tab: when it is shown (on_resize) or focused
            self._build()

    def _build(self) -> None:
        """The rows, unless already laid out for this analysis at this width (a
        hidden tab gets them when first shown: hundreds of quotes are not laid
        out for nothing when a long article's analysis comes in)."""
        analysis = self._analysis
        if analysis is None:
            return
        # One line of snippet at the list's width, the border aside, and the
        # scrollbar when the rows (two each) will need one, shown yet or not (a
        # bar appearing after the rows were laid out would wrap every long
        # snippet onto a third line)
        limit = max(20, (row_width(self, 2 * len(analysis.quotes)) or 0) - 1)
        if self._laid_out is not None and self._laid_out[0] is analysis and (self._laid_out[1] == limit or not analysis.quotes):
            self._to_wanted()
            return
        self._laid_out = (analysis, limit)
        if not analysis.quotes:
            self.set_options([Option(Content("No quotes found."), disabled=True)])
            return
        highlighted = self.highlighted
        self.set_options(
            Option(quote_prompt(analysis, quote, limit), id=f"q{i}") for i, quote in enumerate(analysis.quotes)
        )
        if highlighted is not None:
            self.highlighted = highlighted
        elif self.has_focus:
            self.highlighted = 0
        self._to_wanted()

    def highlight_quote(self, quote: Quote) -> None:
        """The cursor on `quote`, scrolled into view: now if the rows are laid
        out, else once they are (its tab just shown, the list has no width yet)."""
        index = next((i for i, q in enumerate(self._quotes) if q is quote or q == quote), None)
        if index is None:
            return
        self._wanted = index
        if self._laid_out is not None and self._laid_out[0] is self._analysis:
            self._to_wanted()

    def _to_wanted(self) -> None:
        if self._wanted is not None and self._wanted < self.option_count:
            self.highlighted, self._wanted = self._wanted, None

    def on_resize(self) -> None:
        if self.size.width:
            self._build()

    def on_focus(self) -> None:
        # focus shows where Enter would go: the first quote, if none is highlighted yet
        # (focused as its tab is shown, `t`, it has no width yet: on_resize lays it out)
        if not self.size.width:
            return
        self._build()
        if self.highlighted is None and self._quotes:
            self.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id and event.option_id.startswith("q"):
            self.post_message(self.QuoteChosen(self, self._quotes[int(event.option_id[1:])]))
