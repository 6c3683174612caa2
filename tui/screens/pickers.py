"""Small dialogs for corrections: pick one of many entries (narrowed as you
type, typos tolerated) and type a line of text. Entries are data: plain `Content`, never markup.
Each has a footer of its own keys (Enter, Esc): the article's footer under
the dialog offered keys that, with the dialog up, type into its line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rapidfuzz.utils import default_process
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..name_match import word_score
from ..widgets.line import Line


@dataclass(frozen=True)
class Entry:
    key: str
    label: str
    detail: str = ""
    #: always listed, first, whatever is typed ("New actor…", "No speaker")
    pinned: bool = False


def rank_entries(query: str, entries: list[Entry]) -> list[Entry]:
    """Entries matching `query` best first (ties keep the given order); pinned
    entries stay on top. What is typed at the start of a word of the label
    first, then every typed word the start of a label's word, then whole words
    with a small typo (`name_match.word_score`); never a piece inside a longer
    word ("lin" is not "Berlin"), never a word it only overlaps ("blin" is not
    "Lin Jian")."""
    needle = default_process(query)
    pinned = [e for e in entries if e.pinned]
    rest = [e for e in entries if not e.pinned]
    if not needle:
        return pinned + rest
    tokens = needle.split()
    phrase = " ".join(tokens)
    scored = []
    for order, entry in enumerate(rest):
        hay = " ".join(default_process(entry.label).split())
        if f" {phrase}" in f" {hay}":
            score = 200.0 + (10.0 if hay.startswith(phrase) else 0.0)
        else:
            score = word_score(tokens, hay.split())
        if score > 0:
            scored.append((-score, order, entry))
    scored.sort(key=lambda t: (t[0], t[1]))
    return pinned + [e for _s, _o, e in scored]


class PickerList(OptionList):
    pass


# The dialogs' lines show their Enter in the dialog's footer. It stays the
# line's own binding (not the screen's, nor a priority one): the line runs it
# in the order keys were typed, so "Ctrl+U, a name, Enter" typed at once
# submits the name (a priority Enter ran before the keys typed ahead of it).
class PickerLine(Line):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Choose", id="picker.choose", tooltip="Choose the highlighted entry"),
    ]


class PromptLine(Line):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "OK", id="prompt.confirm", tooltip="Confirm (an empty line changes nothing)"),
    ]


class TypeAhead:
    """A dialog with a line to type in. Keys typed right after the key that
    opened it (fast typing, a paste) are handed to the widget focused as each
    arrives: one on the screen under the dialog, or the dialog itself before
    its line has the focus (or its list). Those keys bubble up to the app,
    which passes a printable one into the line rather than let it be lost
    (`NewsReaderApp.on_key`); the line's own keys never get there."""

    def type_ahead(self, character: str) -> None:
        """`character` typed into the line as the line itself takes a key."""
        line = self.query(Input).first()  # type: ignore[attr-defined]
        if not line.has_focus and line.select_on_focus:
            # as if it had the focus already: typing replaces what a focused line holds (a
            # rename's old name); and the focus given next must not select these keys in turn
            line.value = ""
            line.select_on_focus = False
        if line.selection.is_empty:
            line.insert_text_at_cursor(character)
        else:
            line.replace(character, *line.selection)
        self.set_focus(line)  # type: ignore[attr-defined]


class Picker(TypeAhead, ModalScreen[str | None]):
    """Type to narrow, ↑ ↓ to move, Enter to pick, Esc to cancel. Dismisses
    with the picked entry's key, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel", tooltip="Close without choosing"),
        Binding("down", "move(1)", "Down", show=False, id="picker.down", tooltip="Next entry"),
        Binding("up", "move(-1)", "Up", show=False, id="picker.up", tooltip="Previous entry"),
    ]

    def __init__(self, title: str, entries: list[Entry], placeholder: str = "Type to filter",
                 start: str | None = None) -> None:
        """`start`: the key of the entry under the cursor before anything is
        typed (what is there now, so a reflexive Enter changes nothing); with
        none, no entry is under it until the user types or moves."""
        super().__init__(classes="picker")
        self.title_text = title
        self.entries = entries
        self.placeholder = placeholder
        self.start = start
        self.shown: list[Entry] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-body"):
            yield Static(Content.styled(self.title_text, "bold"), id="picker-title")
            yield PickerLine(placeholder=self.placeholder, id="picker-input")
            yield PickerList(id="picker-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#picker-body").border_title = "Choose"
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, query: str) -> None:
        self.shown = rank_entries(query, self.entries)
        options = [
            Option(Content.assemble(Content(entry.label), Content.styled(f"  {entry.detail}", "dim"))
                   if entry.detail else Content(entry.label), id=str(i))
            for i, entry in enumerate(self.shown)
        ]
        listing = self.query_one(PickerList)
        listing.set_options(options or [Option(Content("Nothing matches."), disabled=True)])
        if self.shown:
            # typing looks for an entry: the best match, not a pinned one, is under the cursor;
            # before anything is typed, the entry `start` names, and with no start none at
            # all: a reflexive Enter then picks nothing (it merged into the first actor)
            if query.strip():
                matched = [i for i, e in enumerate(self.shown) if not e.pinned]
                listing.highlighted = matched[0] if matched else 0
            else:
                matched = [i for i, e in enumerate(self.shown) if e.key == self.start]
                listing.highlighted = matched[0] if matched else None

    @on(Input.Changed, "#picker-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value)

    @on(Input.Submitted, "#picker-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._pick(self.query_one(PickerList).highlighted)

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick(event.option_index)

    def _pick(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self.shown):
            if self.shown:
                self.notify("Type to narrow the list or move to an entry with ↓, then Enter.", markup=False)
            return
        self.dismiss(self.shown[index].key)

    def action_move(self, step: int) -> None:
        listing = self.query_one(PickerList)
        if not self.shown:
            return
        current = listing.highlighted if listing.highlighted is not None else -step
        listing.highlighted = max(0, min(len(self.shown) - 1, current + step))

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextPrompt(TypeAhead, ModalScreen[str | None]):
    """One line of text; Enter confirms (an empty line cancels), Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel", tooltip="Close without changing anything"),
    ]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__(classes="picker")
        self.title_text = title
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-body"):
            yield Static(Content.styled(self.title_text, "bold"), id="picker-title")
            yield PromptLine(value=self.value, id="prompt-input")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#picker-body").border_title = "Edit"
        self.query_one(Input).focus()

    @on(Input.Submitted, "#prompt-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = " ".join(event.value.split())
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
