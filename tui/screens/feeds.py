"""The Feeds view, reached from the library with `f`: the feeds with their
unread counts on the left, the highlighted feed's items on the right (read
state, title, date, whether a copy is stored). `r` refreshes every feed, `R`
the highlighted one, in a background worker with a progress bar; `Enter` on an
item opens the stored copy or downloads it, then analyses and opens it, and
marks it read. "Saved articles" lists everything downloaded, readable offline.

Store reads and network work happen in thread workers that post messages
back; the screen only ever touches widgets on the UI thread.
"""

from __future__ import annotations

import time
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ..analysis.clean import one_line
from ..analysis.model import Article
from ..library.store import Feed, Item, StoredArticle
from ..widgets.list_keys import list_bindings, refit_table, row_width

#: the option of the "Saved articles" entry (every downloaded article)
SAVED = "saved"
#: at most this many failing feeds get a notice of their own after a refresh
NOTICES = 3
#: seconds between two progress updates of a refresh
PROGRESS_EVERY = 0.1
#: seconds the highlight rests on a feed before its items are loaded
ITEMS_DELAY = 0.05
#: characters of a feed's line in the list before it is laid out (then: its width)
LABEL_WIDTH = 32
#: the item table's date column ("2024-03-05 09:30")
DATE_WIDTH = 16


def short_date(value: str | None) -> str:
    """"2024-03-05T09:30:00Z" -> "2024-03-05 09:30"; other forms as given."""
    if not value:
        return ""
    value = one_line(value, 40)
    if len(value) >= 16 and value[10] == "T":
        return f"{value[:10]} {value[11:16]}"
    return value


class FeedList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = list_bindings(
        "feeds.list", "Next feed", "Previous feed", "First feed", "Last feed",
    )


class ItemTable(DataTable):
    BINDINGS: ClassVar[list[BindingType]] = list_bindings(
        "feeds.items", "Next item", "Previous item", "First item", "Last item",
        first_action="scroll_top", last_action="scroll_bottom",
    )

    async def action_select_cursor(self) -> None:
        """Enter: with no rows the table selects nothing; the screen says why (`FeedsScreen.action_open`)."""
        if self.row_count:
            super().action_select_cursor()
        else:
            await self.run_action("screen.open")


class FeedsScreen(Screen):
    """Feeds on the left, the highlighted feed's items on the right."""

    HELP_SECTION = "Feeds"  # its keys' section in the help

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="feeds.open",
                tooltip="Open the highlighted item (the stored copy, or download it)"),
        Binding("r", "refresh_all", "Refresh all", id="feeds.refresh_all",
                tooltip="Fetch new items of every feed in the background"),
        Binding("R", "refresh_one", "Refresh feed", id="feeds.refresh_one",
                tooltip="Fetch new items of the highlighted feed"),
        Binding("m", "toggle_read", "Read/unread", show=False, id="feeds.toggle_read",
                tooltip="Mark the highlighted item read or unread"),
        Binding("escape", "back", "Back", id="feeds.back", tooltip="Back to the library"),
    ]

    # --- messages from the workers ---------------------------------------------------

    class FeedsLoaded(Message):
        def __init__(self, feeds: list[Feed], saved: int, error: str | None = None) -> None:
            super().__init__()
            self.feeds = feeds
            self.saved = saved
            self.error = error

    class ItemsLoaded(Message):
        def __init__(self, key: str, rows: list[Item] | list[StoredArticle]) -> None:
            super().__init__()
            self.key = key
            self.rows = rows

    class RefreshProgress(Message):
        def __init__(self, done: int, total: int, feeds: list[Feed]) -> None:
            super().__init__()
            self.done = done
            self.total = total
            self.feeds = feeds  # those refreshed since the last progress message

    class RefreshDone(Message):
        def __init__(self, total: int, new: int, errors: list[str]) -> None:
            super().__init__()
            self.total = total
            self.new = new
            self.errors = errors

    class ArticleReady(Message):
        def __init__(self, key: str, row_key: str, article: Article | None, error: str | None = None) -> None:
            super().__init__()
            self.key = key
            self.row_key = row_key
            self.article = article
            self.error = error

    def __init__(self) -> None:
        super().__init__()
        self.feeds: dict[str, Feed] = {}
        self.saved_count = 0
        #: why the library could not be read (the counts then say nothing)
        self.store_error: str | None = None
        #: the feed labels' width (the list's, laid out again on resize)
        self._labelled_at = LABEL_WIDTH
        self.current: str | None = None  # the key of the feed whose items are shown
        self.rows: dict[str, Item | StoredArticle] = {}
        self.refreshing = False
        self._items_timer: Timer | None = None
        self._resize_pending = False  # a sizing after the next refresh is on its way

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Feeds · ", "bold"), id="feeds-title")
        with Horizontal(id="feeds-body"):
            yield FeedList(id="feeds-list")
            table = ItemTable(id="feeds-items", cursor_type="row", zebra_stripes=True)
            self._add_columns(table, stored=False)
            yield table
        with Horizontal(id="feeds-refresh"):
            yield ProgressBar(total=1, show_eta=False, id="feeds-progress")
            yield Static(Content(""), id="feeds-refresh-message")
        yield Static(Content("Loading feeds…"), id="feeds-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#feeds-list").border_title = "Feeds"
        self.query_one("#feeds-items").border_title = "Items"
        self.query_one(FeedList).focus()
        self.load_feeds()
        self.warm_up()

    @work(thread=True, exit_on_error=False, group="feeds-warm-up")
    def warm_up(self) -> None:
        """Make the HTTP client now (importing httpx and loading the TLS
        certificates take a moment), not when the first refresh or download
        is asked for."""
        try:
            self.app.fetcher()  # type: ignore[attr-defined]
        except Exception:  # a refresh will report it
            pass

    def on_resize(self) -> None:
        # once the panes have their new widths (the list's is a share of the
        # screen's), and once for the Resize events of one resize: sized at
        # once too, the table was sized for its old width, then three times
        if not self._resize_pending:
            self._resize_pending = True
            self.call_after_refresh(self._resized)

    def _resized(self) -> None:
        self._resize_pending = False
        self._size_columns()
        self._relabel()

    def _label_width(self) -> int:
        """The feed list's row width (its scrollbar aside when it has one), or
        LABEL_WIDTH before it is laid out."""
        width = row_width(self.query_one(FeedList), len(self.feeds) + 1)
        return LABEL_WIDTH if width is None else max(16, width)

    def _relabel(self) -> None:
        """The feed labels again when the list's width changed (a resize)."""
        feed_list = self.query_one(FeedList)
        if self._label_width() == self._labelled_at or not feed_list.option_count:
            return
        self._show_feeds()

    @staticmethod
    def _add_columns(table: DataTable, *, stored: bool) -> None:
        """The item columns; "stored" only for a list where some item is stored
        and some not (empty on every row, it left a tenth of the width blank
        while titles were cut; every saved article is stored)."""
        table.add_column("", key="state", width=1)
        table.add_column("Title", key="title")
        table.add_column("Date", key="date", width=DATE_WIDTH)
        if stored:
            table.add_column("", key="stored", width=len("stored"))

    def _size_columns(self) -> None:
        """The title takes what the other columns leave of the table's row width."""
        table = self.query_one(ItemTable)
        column = table.columns.get("title")  # type: ignore[call-overload]
        width = row_width(table, table.row_count + 1)  # (+1: the header)
        if column is not None and width is not None:
            others = sum(c.get_render_width(table) for key, c in table.columns.items() if key != "title")
            column.width = max(20, width - others - 2 * table.cell_padding)
            column.auto_width = False
            refit_table(table)

    # --- the store (in workers) ----------------------------------------------------------

    def _store(self):
        return self.app.library()  # type: ignore[attr-defined]

    @work(thread=True, exclusive=True, exit_on_error=False, group="feeds-load")
    def load_feeds(self) -> None:
        from ..library.store import StoreError

        try:
            store = self._store()
            feeds = store.feeds()
            saved = len(store.articles())
        except StoreError as exc:
            self.post_message(self.FeedsLoaded([], 0, str(exc)))
            return
        self.post_message(self.FeedsLoaded(feeds, saved))

    @work(thread=True, exclusive=True, exit_on_error=False, group="feeds-items")
    def load_items(self, key: str) -> None:
        from ..library.store import StoreError

        try:
            store = self._store()
            rows = store.articles() if key == SAVED else store.items(int(key))
        except StoreError as exc:
            self.app.call_from_thread(self._items_failed, str(exc))
            return
        self.post_message(self.ItemsLoaded(key, rows))

    def _items_failed(self, error: str) -> None:
        if error != self.store_error:  # (the same reason was given once already)
            self.notify(error, severity="error", markup=False)

    @on(FeedsLoaded)
    def _feeds_loaded(self, event: FeedsLoaded) -> None:
        if event.error:
            self.notify(event.error, severity="error", markup=False, timeout=10)
        self.store_error = event.error
        self.feeds = {str(feed.id): feed for feed in event.feeds}
        self.saved_count = event.saved
        self._show_feeds()
        self._update_status()

    def _show_feeds(self) -> None:
        feed_list = self.query_one(FeedList)
        self._labelled_at = self._label_width()
        # the cursor stays where it is (its Highlighted message may still be queued)
        option = feed_list.highlighted_option
        keep = option.id if option is not None else self.current
        feed_list.clear_options()
        options = [Option(self._feed_label(feed), id=key) for key, feed in self.feeds.items()]
        options.append(Option(self._saved_label(), id=SAVED))
        feed_list.add_options(options)
        keys = [*self.feeds, SAVED]
        feed_list.highlighted = keys.index(keep) if keep in keys else 0

    def _feed_label(self, feed: Feed) -> Content:
        """"Name  12" on one line: the name cut to fit, the unread count after it."""
        mark = Content.styled("! ", "bold red") if feed.error else Content("")
        count = f"{feed.unread}"
        room = max(8, self._labelled_at - len(count) - 1 - len(mark.plain))
        name = one_line(feed.name, room)
        return Content.assemble(mark, Content(name.ljust(room)), " ",
                                Content.styled(count, "bold" if feed.unread else "dim"))

    def _saved_label(self) -> Content:
        count = str(self.saved_count)
        return Content.assemble(Content.styled("Saved articles".ljust(self._labelled_at - len(count) - 1), "italic"), " ",
                                Content.styled(count, "dim"))

    @on(OptionList.OptionHighlighted, "#feeds-list")
    def _feed_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        key = event.option.id
        if key is not None and key != self.current:
            self.current = key
            # while j is held, only the feed the cursor stops on is loaded
            if self._items_timer is not None:
                self._items_timer.stop()
            self._items_timer = self.set_timer(ITEMS_DELAY, lambda: self.load_items(key))

    @on(OptionList.OptionSelected, "#feeds-list")
    def _feed_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one(ItemTable).focus()

    @on(ItemsLoaded)
    def _items_loaded(self, event: ItemsLoaded) -> None:
        if event.key != self.current:
            return
        table = self.query_one(ItemTable)
        keep = table.cursor_row
        stored = any(isinstance(row, Item) and row.stored for row in event.rows)
        if stored != ("stored" in table.columns):
            table.clear(columns=True)
            self._add_columns(table, stored=stored)
        else:
            table.clear()
        self.rows = {}
        for index, row in enumerate(event.rows):
            row_key = str(row.id) if isinstance(row, Item) else f"a{index}"
            self.rows[row_key] = row
            table.add_row(*self._cells(row)[:len(table.columns)], key=row_key)
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        feed = self.feeds.get(event.key)
        title = "Saved articles" if event.key == SAVED else (feed.name if feed else "Items")
        table.border_title = Content(one_line(title, 80))
        self._size_columns()
        self._update_status()

    def _cells(self, row: Item | StoredArticle) -> tuple[Text, Text, Text, Text]:
        if isinstance(row, Item):
            read, stored, date = row.read, row.stored, row.published
        else:
            read, stored, date = row.read, True, row.date
        return (
            Text(" " if read else "●", style="bold"),
            Text(one_line(row.title, 300), style="dim" if read else "bold", overflow="ellipsis", no_wrap=True),
            Text(short_date(date), style="dim"),
            Text("stored" if stored else "", style="dim italic"),
        )

    def _update_status(self) -> None:
        unread = sum(f.unread for f in self.feeds.values())
        count = len(self.feeds)
        text = f"{count} feed{'s' if count != 1 else ''} · {unread} unread · {self.saved_count} saved"
        if self.store_error:  # not "0 feeds · add feeds": the reader's feeds may all be in that file
            text = f"The library could not be read: {one_line(self.store_error, 200)} · ? help"
        elif not count:
            text += " · add feeds with 'newsreader feeds add URL' or 'feeds import FILE.opml'"
        else:
            text += " · Enter opens · r refreshes · ? help"
        self.query_one("#feeds-status", Static).update(Content(text))
        self.query_one("#feeds-title", Static).update(
            Content.assemble(Content.styled("Feeds · ", "bold"), Content(f"{unread} unread")))

    # --- refreshing ----------------------------------------------------------------------

    def action_refresh_all(self) -> None:
        self._start_refresh(None)

    def action_refresh_one(self) -> None:
        feed = self.feeds.get(self.current or "")
        if feed is None and self.feeds:
            self.notify("Highlight a feed to refresh it.", markup=False)
            return
        # with no feeds, `_start_refresh` says why nothing is refreshed (none yet, or an unreadable library)
        self._start_refresh([feed] if feed is not None else None)

    def _start_refresh(self, feeds: list[Feed] | None) -> None:
        if self.store_error and not self.feeds:
            self.notify(f"Nothing refreshed: the library could not be read ({one_line(self.store_error, 200)}).",
                        severity="error", markup=False)
            return
        if self.refreshing:
            self.notify("A refresh is already running.", markup=False)
            return
        if feeds is None and not self.feeds:
            self.notify("No feeds to refresh yet.", markup=False)
            return
        self.refreshing = True
        self.add_class("-refreshing")
        total = len(feeds) if feeds is not None else len(self.feeds)
        self.query_one(ProgressBar).update(total=total, progress=0)
        self.query_one("#feeds-refresh-message", Static).update(Content(f"Refreshing 0/{total}…"))
        self.refresh_feeds(feeds)

    @work(thread=True, exclusive=True, exit_on_error=False, group="feeds-refresh")
    def refresh_feeds(self, feeds: list[Feed] | None) -> None:
        from ..library.refresh import refresh
        from ..library.store import StoreError

        worker = get_current_worker()
        errors: list[str] = []
        try:
            store = self._store()

            changed: list[Feed] = []
            last = [0.0]

            def progress(done: int, total: int, result) -> None:
                if result.error:
                    errors.append(result.error)
                try:
                    feed = store.feed(result.feed.id)
                except StoreError:
                    feed = None
                if feed is not None:
                    changed.append(feed)
                now = time.monotonic()
                # a few updates a second are enough to watch, and leave the UI thread free
                if done == total or now - last[0] >= PROGRESS_EVERY:
                    last[0] = now
                    self.post_message(self.RefreshProgress(done, total, changed[:]))
                    changed.clear()

            results = refresh(store, self.app.fetcher(), feeds,  # type: ignore[attr-defined]
                              progress=progress, cancelled=lambda: worker.is_cancelled)
        except StoreError as exc:
            self.post_message(self.RefreshDone(0, 0, [str(exc)]))
            return
        self.post_message(self.RefreshDone(len(results), sum(r.new for r in results), errors))

    @on(RefreshProgress)
    def _refresh_progress(self, event: RefreshProgress) -> None:
        self.query_one(ProgressBar).update(total=event.total, progress=event.done)
        self.query_one("#feeds-refresh-message", Static).update(Content(f"Refreshing {event.done}/{event.total}…"))
        feed_list = self.query_one(FeedList)
        for feed in event.feeds:
            key = str(feed.id)
            self.feeds[key] = feed
            try:
                feed_list.replace_option_prompt(key, self._feed_label(feed))
            except Exception:  # the option went away (feeds reloaded meanwhile)
                pass
            if key == self.current:
                self.load_items(key)
        self._update_status()

    @on(RefreshDone)
    def _refresh_done(self, event: RefreshDone) -> None:
        self.refreshing = False
        self.remove_class("-refreshing")
        for error in event.errors[:NOTICES]:
            self.notify(error, title="Feed not refreshed", severity="warning", markup=False, timeout=8)
        if len(event.errors) > NOTICES:
            self.notify(f"{len(event.errors) - NOTICES} more feeds could not be refreshed (marked with !).",
                        severity="warning", markup=False, timeout=8)
        ok = event.total - len(event.errors)
        self.notify(f"Refreshed {ok} of {event.total} feed{'s' if event.total != 1 else ''}: "
                    f"{event.new} new item{'s' if event.new != 1 else ''}.", markup=False)
        self.load_feeds()

    # --- opening ---------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#feeds-items")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._open(event.row_key.value)

    def action_open(self) -> None:
        if self.focused is self.query_one(FeedList):
            self.query_one(ItemTable).focus()
            return
        table = self.query_one(ItemTable)
        if table.row_count:
            self._open(self._row_key(table.cursor_row))
        else:
            self.notify(self._nothing_here(), markup=False)

    def _nothing_here(self) -> str:
        """Why the items list is empty (Enter and m there say it rather than do nothing)."""
        if self.current == SAVED or self.current is None:
            return "No saved articles yet: an article is kept once it is opened from a feed or 'newsreader URL'."
        return "This feed has no items yet: r refreshes every feed, R this one."

    def _row_key(self, index: int) -> str | None:
        table = self.query_one(ItemTable)
        try:
            return table.coordinate_to_cell_key((index, 0)).row_key.value
        except Exception:
            return None

    def _open(self, row_key: str | None) -> None:
        row = self.rows.get(row_key or "")
        if row is None or self.current is None:
            return
        if isinstance(row, Item) and not row.url:
            self.notify("This item has no link to an article.", severity="warning", markup=False)
            return
        self.query_one("#feeds-status", Static).update(Content(f"Opening {one_line(row.title, 80)}…"))
        self.fetch_article(self.current, row_key or "", row)

    @work(thread=True, exclusive=True, exit_on_error=False, group="feeds-open")
    def fetch_article(self, key: str, row_key: str, row: Item | StoredArticle) -> None:
        from ..analysis.loading import ArticleError
        from ..library.articles import open_url, to_article
        from ..library.store import StoreError

        try:
            store = self._store()
            if isinstance(row, StoredArticle):
                article = to_article(row)
            else:
                assert row.url is not None
                article = open_url(row.url, store, self.app.fetcher())  # type: ignore[attr-defined]
            store.mark_article_read(article.source)
        except (ArticleError, StoreError) as exc:
            self.post_message(self.ArticleReady(key, row_key, None, str(exc)))
            return
        self.post_message(self.ArticleReady(key, row_key, article))

    @on(ArticleReady)
    def _article_ready(self, event: ArticleReady) -> None:
        self._update_status()
        if event.article is None:
            self.notify(event.error or "The article could not be opened.", title="Not opened",
                        severity="error", markup=False, timeout=8)
            return
        self.load_feeds()  # unread counts
        if event.key == self.current:
            self.load_items(event.key)
        self.app.open_article(event.article)  # type: ignore[attr-defined]

    def action_toggle_read(self) -> None:
        table = self.query_one(ItemTable)
        row = self.rows.get(self._row_key(table.cursor_row) or "") if table.row_count else None
        if row is not None and not isinstance(row, Item):
            self.notify("A saved article is marked read when it is opened; m marks a feed's items.", markup=False)
            return
        if row is None:
            self.notify(self._nothing_here(), markup=False)
            return
        self.set_read(row.id, not row.read)

    def set_read(self, item_id: int, read: bool) -> None:
        """Mark an item read or unread, in a worker (`_write_read`); one of the
        app's saves, so `m` then `q` at once still marks it (`NewsReaderApp.on_unmount`)."""
        from ..saving import Once

        library = self.app.library  # type: ignore[attr-defined]
        marked = Once(lambda: library().set_read(item_id, read))
        self.app.saves.schedule(None, marked)  # type: ignore[attr-defined]
        self._write_read(marked)

    @work(thread=True, exit_on_error=False, group="feeds-mark")
    def _write_read(self, marked) -> None:
        from ..library.store import StoreError

        errors = self.app.saves.flush()  # type: ignore[attr-defined]  # (this one and any asked before it, in order)
        if errors:
            self.app.post_message(self.app.SaveFailed())  # type: ignore[attr-defined]
        marked()  # (waits for it, should the flush at exit have it in hand)
        if isinstance(marked.error, StoreError):
            self.app.call_from_thread(self.notify, str(marked.error), severity="error", markup=False)
            return
        if marked.error is not None:
            raise marked.error
        self.app.call_from_thread(self.load_feeds)
        if self.current is not None:
            self.app.call_from_thread(self.load_items, self.current)

    def on_screen_resume(self) -> None:
        if self.current is not None:
            self.load_items(self.current)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Back only to a screen below: reached by Escape from a downloaded
        article opened on its own, the Feeds view is the first screen."""
        if action == "back":  # (a dialog over this screen is nothing below it)
            return self.app.screens_below(self) > 1  # type: ignore[attr-defined]
        return True

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
