"""The People view: every actor of the library's analysed articles, merged
across articles, with how many articles, mentions and quotes; the selected
person's quotes and mentions, article by article; Enter opens the article at
that place. Read from the people index (`analysis.userdata`), never from the
analyses themselves, and always in a worker: the index is read again each
time the view comes back (an article opened from here may have been
corrected), and a reading older than the last one asked for is dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Key
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..analysis.clean import one_line
from ..analysis.people import Person, filter_people, merge_people
from ..analysis.userdata import Place, UserDataError, open_userdata
from ..widgets.line import Line
from ..widgets.list_keys import list_bindings, row_width
from ..widgets.types import mentions_label, type_label

#: people listed at once (the best first); typing narrows the rest
SHOWN = 200
#: the name column's widest and narrowest; the type column's width (dropped when there is no room)
NAME_WIDTH = 22
MIN_NAME_WIDTH = 12
TYPE_WIDTH = 13
#: the counts: `articles mentions quotes`
COUNTS_WIDTH = 8 + 1 + 8 + 1 + 6


def columns(width: int) -> tuple[int, int]:
    """(name, type) column widths for a list `width` cells wide: the counts
    always, the name as wide as fits up to NAME_WIDTH, the type only with room
    for both (type 0: left out). A row never wraps."""
    room = width - COUNTS_WIDTH - 1
    if room - TYPE_WIDTH >= MIN_NAME_WIDTH:
        return min(NAME_WIDTH, room - TYPE_WIDTH), TYPE_WIDTH
    return max(4, min(NAME_WIDTH, room)), 0


#: double quotation marks that open, and that close; a straight one opens after a space
OPENING_MARKS = "“„«"
CLOSING_MARKS = "”»"


def _marks(text: str) -> list[int]:
    """The text's double quotation marks in order: +1 opens, -1 closes."""
    marks = []
    for i, char in enumerate(text):
        if char == '"':
            marks.append(1 if i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-" else -1)
        elif char in OPENING_MARKS:
            marks.append(1)
        elif char in CLOSING_MARKS:
            marks.append(-1)
    return marks


def quote_words(text: str) -> tuple[str, bool]:
    """(the words of a quote, whether to put them between quotation marks).
    A text already between marks keeps its own; one whose marks close before
    they open is the inside of a quote its attribution interrupts
    (`…whatsoever," he told the press. "I could…`), quoted; one whose marks
    open and close within it is reported speech quoting a few words (`the
    deal was their “strongest treaty”`), shown as it reads, unquoted: put
    between marks, its own ones were nested in them."""
    marks = _marks(text)
    if not marks:
        return text, True
    if len(text) > 1 and marks[0] == 1 and marks[-1] == -1 and text[0] in OPENING_MARKS + '"' \
            and text[-1] in CLOSING_MARKS + '"' and not _marks(text[1:-1]):
        return text, False  # (quoted whole already)
    depth = 0
    for mark in marks:
        depth += mark
        if depth < 0:
            return text, True
    return text, False


def place_line(place: Place, width: int) -> Content:
    """One line: a quote as `said “…”`, reported speech as it reads (`said
    the deal was a “breakthrough”`: never between marks, which would make a
    paraphrase look like the speaker's words), a mention with its context and
    the mention emphasised; cut to `width` columns (the left side first)."""
    if place.kind != "mention":
        text, quoted = quote_words(one_line(place.snippet, 10_000))
        quoted = quoted and place.kind == "quote"  # (an index from before "reported": guessed from its marks)
        room = max(4, width - (8 if quoted else 6))
        body = text if len(text) <= room else text[: room - 1] + "…"
        return Content.assemble(Content.styled("said ", "italic"), Content(f"“{body}”" if quoted else body))
    left, mention, right = (place.snippet.split("\x1f") + ["", ""])[:3] if "\x1f" in place.snippet \
        else ("", place.snippet, "")
    if not left.strip():  # a mention opening its paragraph: no space before it (" Putin called…")
        left = ""
    if len(mention) > width:  # a long name in a narrow list: the name cut, not wrapped onto a second line
        return Content.styled(mention[: max(0, width - 1)].rstrip() + "…", "bold")
    room = max(0, width - len(mention))
    keep_left = min(len(left), room // 3)
    if len(left) > keep_left:  # from a word's start (a cut word only when one fills the room)
        kept = left[len(left) - keep_left + 1 :] if keep_left > 1 else ""
        space = kept.find(" ")
        if 0 <= space < len(kept) - 1 and not left[len(left) - len(kept) - 1].isspace():
            kept = kept[space + 1 :]
        left = "…" + kept if kept else ""
    room -= len(left)
    if len(right) > room:  # to a word's end
        kept = right[: max(0, room - 1)] if room > 1 else ""
        space = kept.rfind(" ")
        if space > 0 and not right[len(kept)].isspace():
            kept = kept[:space]
        right = kept.rstrip() + "…" if kept else ""
    return Content.assemble(Content(left), Content.styled(mention, "bold"), Content(right))


class PeopleList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = list_bindings(
        "people", "Next person", "Previous person", "First person", "Last person"
    )


class PlaceList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = list_bindings(
        "places", "Next place", "Previous place", "First place", "Last place"
    )


#: what the list and the status say while the index is read
READING = "Reading the people index…"


def _unavailable(exc: Exception) -> str:
    """Why the people index could not be read (a UserDataError says it in full)."""
    if isinstance(exc, UserDataError):
        return f"People unavailable: {exc}"
    return f"People unavailable: {one_line(str(exc), 200) or exc.__class__.__name__}"


class PeopleScreen(Screen):
    """`scope`: the text hashes of the library's articles (None: every indexed
    article), or a function returning them (called in the worker: it may read
    the index). `opener(text_hash, start, end)` opens an article at a place;
    it returns an error message, or None."""

    HELP_SECTION = "People (p in the library)"  # its keys' section in the help

    #: below 100 columns the list takes more of the width (styles/app.tcss): at half of 80
    #: the counts left names 8 cells ("Jane D…"), too few to tell people apart
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (100, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter", id="people.filter", tooltip="Filter the people by name (fuzzy)"),
        Binding("escape", "back", "Back", id="people.back", tooltip="Clear the filter, or back to the library"),
    ]

    class PlaceChosen(Message):
        def __init__(self, place: Place) -> None:
            super().__init__()
            self.place = place

    class Loaded(Message):
        """The people of the index (read in a worker at the screen's `epoch`)."""

        def __init__(self, people: list[Person], scope: set[str] | None, error: str | None, epoch: int) -> None:
            super().__init__()
            self.people = people
            #: the text hashes read (the scope function's answer)
            self.scope = scope
            self.error = error
            self.epoch = epoch

    class PlacesRead(Message):
        """A person's quotes and mentions (read in a worker for request `epoch`)."""

        def __init__(self, person: Person, places: list[Place], error: str | None, epoch: int) -> None:
            super().__init__()
            self.person = person
            self.places = places
            self.error = error
            self.epoch = epoch

    def __init__(self, scope: set[str] | Callable[[], set[str]] | None = None, opener=None) -> None:
        super().__init__()
        self.scope = scope
        self.opener = opener
        #: the index has been read at least once (until then the list says it is being read)
        self.loaded = False
        #: counts the readings of the index asked for; a reading from an older one is dropped
        self.epoch = 0
        #: counts the people whose places were asked for; places for an earlier one are dropped
        self.places_epoch = 0
        #: the scope the people were last read with
        self._read_scope: set[str] | None = None
        self._error_shown: str | None = None
        #: the width the places were laid out at
        self._laid_out_places = 0
        #: why the people index could not be read (the empty list then says so, not "analyse some articles")
        self.error: str | None = None
        self.people: list[Person] = []
        self.shown: list[Person] = []
        self.places: list[Place] = []
        self.person: Person | None = None
        #: the people the list was last made from, and the (name, type) widths it was laid out at
        self._shown_from: list[Person] = []
        self._laid_out: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("People · every actor across the library's articles", "bold"),
                     id="people-title")
        # not selected on focus: a letter typed on the list lands in it and the next adds to it
        yield Line(placeholder="Filter by name (/)", id="people-filter", select_on_focus=False)
        with Horizontal(id="people-body"):
            with Vertical(id="people-side"):
                yield PeopleList(Option(Content.styled(READING, "dim italic"), disabled=True), id="people-list")
            with Vertical(id="people-detail"):
                yield Static(Content("Select a person."), id="people-header")
                yield PlaceList(id="people-places")
        yield Static(Content(READING), id="people-status")
        yield Footer()

    def on_mount(self) -> None:
        self._show_heading()
        self.query_one("#people-detail").border_title = "Quotes and mentions"
        self.query_one(PeopleList).focus()

    def on_screen_resume(self) -> None:
        """Opening, and every return from an article opened here (its
        corrections may have renamed or merged people): the index is read
        again, in a worker."""
        self.epoch += 1
        self.read_people(self.epoch)

    @work(thread=True, exclusive=True, exit_on_error=False, group="people-index")
    def read_people(self, epoch: int) -> None:
        error, scope = None, None
        try:
            scope = self.scope() if callable(self.scope) else self.scope
            data = open_userdata()
            assert data is not None
            groups = data.name_groups(scope)
        except Exception as exc:  # never a traceback: the list says why it is empty
            error, groups = _unavailable(exc), []
        self.post_message(self.Loaded(merge_people(groups), scope, error, epoch))

    @on(Loaded)
    def _loaded(self, event: Loaded) -> None:
        event.stop()
        if event.epoch != self.epoch:
            return  # an older reading, overtaken by the one asked for last
        first = not self.loaded
        self.loaded = True
        self.error = event.error
        self._read_scope = event.scope
        listing = self.query_one(PeopleList)
        row = listing.highlighted
        current = self.shown[row] if row is not None and row < len(self.shown) else None
        self.people = event.people
        query = self.query_one("#people-filter", Input).value
        self.show_people(filter_people(query, self.people) if query else self.people)
        if current is not None and self.shown and not first:
            # the cursor stays on its person (renamed: on the same row)
            index = next((i for i, p in enumerate(self.shown) if p.name == current.name), None)
            listing.highlighted = index if index is not None else min(row or 0, len(self.shown) - 1)
        if self.person is not None:  # their places again (a correction may have changed them)
            again = next((p for p in self.people if p.name == self.person.name), None)
            if again is not None:
                self.show_person(again)
        if self.error and (first or self.error != self._error_shown):
            self.notify(self.error, severity="error", markup=False, timeout=10)
        self._error_shown = self.error

    def _columns(self) -> tuple[int, int]:
        """The (name, type) widths at the list's width, its scrollbar aside
        whether it shows or not (before the first layout: the widest)."""
        try:
            listing = self.query_one(PeopleList)
        except Exception:  # composing: the list is not there yet
            return NAME_WIDTH, TYPE_WIDTH
        width = row_width(listing)
        return (NAME_WIDTH, TYPE_WIDTH) if width is None else columns(width)

    def _show_heading(self) -> None:
        name, kind = self._columns()
        # (the title starts a cell right of the rows: its name column is a cell narrower)
        self.query_one("#people-side").border_title = (
            f"{'People'.ljust(name)}{'type'.ljust(kind) if kind else ''}{'articles':>8} {'mentions':>8} {'quotes':>6}")

    def on_resize(self) -> None:
        self.call_after_refresh(self._relayout)

    def _relayout(self) -> None:
        """The rows and the heading again when the columns' widths changed."""
        places = self.query_one(PlaceList)
        if self.places and self._place_width(places) != self._laid_out_places:
            self._lay_out_places(places)
        if self._columns() == self._laid_out:
            return
        listing = self.query_one(PeopleList)
        highlighted = listing.highlighted
        listing.set_options(self._options(self._shown_from))
        if highlighted is not None and highlighted < listing.option_count:
            listing.highlighted = highlighted
        self._show_heading()

    def _options(self, people: list[Person]) -> list[Option]:
        self._shown_from = people
        self._laid_out = widths = self._columns()
        options = [Option(self._prompt(p, *widths), id=str(i)) for i, p in enumerate(people[:SHOWN])]
        if len(people) > SHOWN:
            options.append(Option(Content.styled(f"… {len(people) - SHOWN:,} more: type to narrow", "dim"),
                                  disabled=True))
        empty = self.error or (READING if not self.loaded else "No people: analyse some articles first." if not self.people else "Nobody matches.")
        return options or [Option(Content(empty), disabled=True)]

    def _status(self, people: list[Person]) -> Content:
        if not self.loaded:
            return Content(READING)
        total = len(self.people)
        matching = f"{len(people):,} of " if len(people) != total else ""
        return Content(f"{matching}{total:,} people · Enter lists their quotes and mentions, Enter there opens "
                       "the article · / filters · Esc back")

    def show_people(self, people: list[Person]) -> None:
        self.shown = people[:SHOWN]
        listing = self.query_one(PeopleList)
        listing.set_options(self._options(people))
        if self.shown:
            listing.highlighted = 0
        self._show_heading()
        self.query_one("#people-status", Static).update(self._status(people))

    @staticmethod
    def _prompt(person: Person, name_width: int = NAME_WIDTH, type_width: int = TYPE_WIDTH) -> Content:
        """`Name  TYPE  articles  mentions  quotes` in columns (named in the border title)."""
        name = one_line(person.name, name_width)
        return Content.assemble(
            Content.styled(name.ljust(name_width + 1), "bold"),
            Content.styled(one_line(type_label(person.type), type_width - 1).ljust(type_width) if type_width else "",
                           "dim"),
            Content(f"{person.articles:>8} {person.mentions:>8} {person.quotes:>6}"),
        )

    # --- filter ------------------------------------------------------------------------

    def action_filter(self) -> None:
        self.query_one("#people-filter", Input).focus()

    def on_key(self, event: Key) -> None:
        """Typing filters (README: "Type (or /) to filter"): a letter that no
        list key takes (j k g G move) goes to the filter, and the focus with it.
        It went nowhere, and Enter then opened whoever was on top."""
        field = self.query_one("#people-filter", Input)
        character = event.character
        if (field.has_focus or not event.is_printable or not character or character.isspace()
                or event.key in self.active_bindings):  # (keys reach here before bindings)
            return
        event.stop()
        event.prevent_default()
        field.focus()
        field.insert_text_at_cursor(character)

    @on(Input.Changed, "#people-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.show_people(filter_people(event.value, self.people))

    @on(Input.Submitted, "#people-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.shown:
            self.show_person(self.shown[0])
            self.query_one(PeopleList).focus()

    def action_back(self) -> None:
        field = self.query_one("#people-filter", Input)
        if field.value:
            field.value = ""
            self.query_one(PeopleList).focus()
        else:
            self.app.pop_screen()

    # --- one person ----------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#people-list")
    def _person_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.show_person(self.shown[int(event.option_id)])
            self.query_one(PlaceList).focus()

    def show_person(self, person: Person) -> None:
        """The person in the header at once; their places once read (in a worker)."""
        again = self.person is not None and self.person.name == person.name
        self.person = person
        self.places_epoch += 1
        self._show_header(person)
        if not again:  # (the same person read again keeps their places until the new ones come)
            self.places = []
            self.query_one(PlaceList).set_options([Option(Content.styled("Reading…", "dim italic"), disabled=True)])
        self.read_places(person, self.places_epoch)

    @work(thread=True, exclusive=True, exit_on_error=False, group="people-places")
    def read_places(self, person: Person, epoch: int) -> None:
        error = None
        scope = self._read_scope
        try:
            data = open_userdata()
            assert data is not None
            places = data.places(data.members(person.groups, scope))
        except Exception as exc:  # never a traceback: a notice says why nothing is listed
            error, places = _unavailable(exc), []
        # article by article (most recent title order), quotes before mentions
        places.sort(key=lambda p: (p.title.casefold(), p.text_hash, p.kind == "mention", p.start))
        self.post_message(self.PlacesRead(person, places, error, epoch))

    def _show_header(self, person: Person) -> None:
        a = person.articles
        self.query_one("#people-header", Static).update(Content.assemble(
            Content.styled(person.name, "bold"),
            Content(f" · {type_label(person.type)} · {a} article{'s' if a != 1 else ''} · {mentions_label(person.mentions)} · "
                    f"{person.quotes} quote{'s' if person.quotes != 1 else ''}"),
        ))

    @on(PlacesRead)
    def _places_read(self, event: PlacesRead) -> None:
        event.stop()
        if event.epoch != self.places_epoch:
            return  # another person was chosen since
        if event.error:
            self.notify(event.error, severity="error", markup=False)
        listing = self.query_one(PlaceList)
        before = self.places[int(listing.highlighted_option.id)] \
            if self.places and listing.highlighted_option is not None and listing.highlighted_option.id else None
        self.places = event.places
        self._lay_out_places(listing)
        # the cursor stays on its place when the same person's places are read again
        places = self.places
        kept = next((i for i, o in enumerate(listing.options) if o.id is not None and before is not None
                     and (places[int(o.id)].text_hash, places[int(o.id)].start) == (before.text_hash, before.start)),
                    None)
        first = kept if kept is not None else next((i for i, o in enumerate(listing.options) if not o.disabled), None)
        if first is not None:
            listing.highlighted = first

    def _place_width(self, listing: PlaceList) -> int:
        """The room for a place's text: the list's row less its `  ¶12 ` label
        (at 80 columns a fixed 30 cells made every row wrap onto two lines)."""
        width = row_width(listing)
        return max(10, (width if width is not None else 38) - 6)

    def _lay_out_places(self, listing: PlaceList) -> None:
        """The places, article by article under its title, one line each at the list's width."""
        width = self._laid_out_places = self._place_width(listing)
        options: list[Option | None] = []
        current = None
        for i, place in enumerate(self.places):
            if place.text_hash != current:
                current = place.text_hash
                if options:
                    options.append(None)
                options.append(Option(Content.styled(one_line(place.title or place.source, width + 5),
                                                     "bold underline"), disabled=True))
            label = "title" if place.paragraph == 0 else f"¶{place.paragraph}"
            options.append(Option(Content.assemble(Content.styled(f"{label:>5} ", "dim"),
                                                   place_line(place, width)), id=str(i)))
        highlighted = listing.highlighted
        listing.set_options(options)
        if highlighted is not None and highlighted < listing.option_count:
            listing.highlighted = highlighted

    @on(OptionList.OptionSelected, "#people-places")
    def _place_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is None:
            return
        place = self.places[int(event.option_id)]
        if self.opener is None:
            return
        error = self.opener(place.text_hash, place.start, place.end)
        if error:
            self.notify(error, severity="warning", markup=False)
