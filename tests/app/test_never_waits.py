"""Pilot tests: the disk work asked for by a key (listing the folder Escape goes
back to, saving the reading place, the theme, a correction) runs off the UI
thread, so the keys keep answering while the disk is slow; and what was asked
for just before `q` is on disk once the reader has quit."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

from tui import state
from tui.analysis.loading import load_article
from tui.analysis.corrections import ActorRef, Correction
from tui.app import make_app
from tui.screens.library import LibraryScreen

from .helpers import SEED, opened, read_and_quit, settle, wait_for

#: how long a gated slow disk waits at most (a test without the fix does not hang)
GATE = 5.0


class SlowDisk:
    """Wraps `real` so that each call on any thread waits for `release` (at
    most GATE seconds); `done` counts the calls finished, `on_ui_thread` the
    calls made on the main (UI) thread."""

    def __init__(self, real) -> None:
        self.real = real
        self.release = threading.Event()
        self.done = 0
        self.on_ui_thread = 0

    def __call__(self, *args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            self.on_ui_thread += 1
        self.release.wait(GATE)
        try:
            return self.real(*args, **kwargs)
        finally:
            self.done += 1


def _folder_with_seed(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    path = folder / SEED.name
    shutil.copy(SEED, path)
    return path


async def test_escape_lists_the_folder_and_saves_the_place_while_the_keys_answer(analyzer, tmp_path, monkeypatch):
    import tui.app

    path = _folder_with_seed(tmp_path)
    listing = SlowDisk(tui.app.list_articles)
    writing = SlowDisk(state._write)
    monkeypatch.setattr(tui.app, "list_articles", listing)
    monkeypatch.setattr(state, "_write", writing)
    async with opened(path, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[0]
        screen.select_actor(actor)
        await pilot.press("escape")  # the place is saved and the folder listed: both slow
        await pilot.press("n")  # answered at once, on the article still shown
        assert app.screen is screen and screen.position == 0
        assert listing.done == 0 and writing.done == 0, "the disk was waited for on the UI thread"
        listing.release.set()
        writing.release.set()
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.loaded)
        assert listing.on_ui_thread == 0 and writing.on_ui_thread == 0
        await settle(app, pilot)
    saved = state.load()
    assert saved.last == str(path) and saved.place(screen.article.text).actor == actor.name


async def test_a_second_escape_while_the_folder_is_listed_opens_one_library(analyzer, tmp_path, monkeypatch):
    import tui.app

    path = _folder_with_seed(tmp_path)
    listing = SlowDisk(tui.app.list_articles)
    monkeypatch.setattr(tui.app, "list_articles", listing)
    async with opened(path, analyzer) as (app, pilot, screen):
        await pilot.press("escape", "escape")
        listing.release.set()
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.loaded)
        await settle(app, pilot)
        assert listing.done == 1
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["LibraryScreen"]


async def test_a_theme_change_is_saved_off_the_ui_thread(analyzer, monkeypatch):
    writing = SlowDisk(state._write)
    monkeypatch.setattr(state, "_write", writing)
    async with opened(SEED, analyzer) as (app, pilot, screen):
        app.theme = "textual-light"  # (the palette's theme command does this)
        await pilot.press("n")
        assert screen.position == 0
        assert writing.done == 0 and writing.on_ui_thread == 0
        writing.release.set()
        await settle(app, pilot)
        assert writing.done == 1
    assert state.load().theme == "textual-light"


async def test_quitting_right_after_a_slow_save_still_keeps_the_place(analyzer, monkeypatch):
    real = state._write

    def slow_write(path, text):
        time.sleep(0.5)  # a slow disk: the write is still under way when the app ends
        return real(path, text)

    monkeypatch.setattr(state, "_write", slow_write)
    name, top = await read_and_quit(SEED, analyzer, theme="textual-light")
    # nothing waited for after the app ended: the writes were finished before it did
    saved = state.load()
    place = saved.place(load_article(SEED).text)
    assert place is not None and (place.position, place.actor) == (top, name)
    assert saved.theme == "textual-light"


async def test_quitting_right_after_a_correction_keeps_it(analyzer, monkeypatch):
    from tui.analysis.userdata import UserData, open_userdata

    real = UserData.add_correction

    def slow_add(self, article, correction):
        time.sleep(0.5)
        return real(self, article, correction)

    monkeypatch.setattr(UserData, "add_correction", slow_add)
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[0]
        screen._correct(Correction("rename", actor=ActorRef.of(screen.analysis, actor), name="Someone Else"))
        await pilot.press("q")
    stored = open_userdata().corrections_for(screen.article)
    assert [c.name for c in stored.corrections] == ["Someone Else"]


async def test_the_library_resolves_its_files_off_the_ui_thread(analyzer, small_library, monkeypatch):
    """Putting the cursor on the article Escape came from compares resolved
    paths: the resolving (a disk lookup per file) is done by the worker that
    lists the folder."""
    real = Path.resolve
    on_ui_thread: list[Path] = []

    def resolve(self, strict=False):
        if threading.current_thread() is threading.main_thread() and str(self).startswith(str(small_library)):
            on_ui_thread.append(self)
        return real(self, strict)

    second = sorted(small_library.iterdir())[1]
    app = make_app(second, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        from .helpers import open_article

        await open_article(app, pilot)
        monkeypatch.setattr(Path, "resolve", resolve)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.loaded)
        library = app.screen
        await pilot.press("R")  # a rescan keeps the cursor on its file
        await settle(app, pilot)
        from textual.widgets import DataTable

        assert library.entries[library.query_one(DataTable).cursor_row].path == second
        assert on_ui_thread == []


async def test_the_last_article_and_the_state_are_read_before_the_app_runs(analyzer, tmp_path, monkeypatch):
    """`newsreader` with no argument: the state file and the last article are
    read by `make_app`, not in the app's handlers (where the keys wait)."""
    import tui.app
    from textual._context import active_app

    from tui.screens.article import ArticleScreen

    path = _folder_with_seed(tmp_path)
    await read_and_quit(path, analyzer)
    in_app: list[str] = []

    def spy(name, real):
        def call(*args, **kwargs):
            if active_app.get(None) is not None:
                in_app.append(name)
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(tui.app, "load_remembered", spy("state", tui.app.load_remembered))
    monkeypatch.setattr(tui.app, "load_article", spy("article", tui.app.load_article))
    app = make_app(None, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert app.screen.article.source == str(path)
        await settle(app, pilot)
    assert in_app == []


async def test_keys_typed_together_edit_a_line_in_the_order_typed(analyzer):
    """Ctrl+U and a new name, arriving together (fast typing, a macro, a busy
    machine): the old name is cleared and the new one kept. The line's own keys
    ran after the characters typed behind them (Textual issue #6605)."""
    from textual import events

    from tui.screens.pickers import TextPrompt

    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[0]
        screen.select_actor(actor)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt))
        await pilot.pause()
        for key, character in [("ctrl+u", "\x15"), ("V", "V"), ("full_stop", "."), ("space", " "), ("P", "P"),
                               ("backspace", "\x7f"), ("Q", "Q"), ("enter", "\r")]:
            app.post_message(events.Key(key, character))
        await wait_for(pilot, lambda: app.screen is screen)
        await settle(app, pilot)
        assert screen.selected is not None and screen.selected.name == "V. Q"
        # the search line too: "kix", Backspace, "m" is a search for "kim"
        await pilot.press("slash")
        for key, character in [("k", "k"), ("i", "i"), ("x", "x"), ("backspace", "\x7f"), ("m", "m")]:
            app.post_message(events.Key(key, character))
        await pilot.pause()
        await pilot.pause()
        from tui.widgets.search_bar import SearchBar

        assert screen.query_one(SearchBar).input.value == "kim"


async def test_a_write_that_fails_as_the_reader_quits_is_reported_after_the_app_ends(analyzer, monkeypatch, capsys):
    """No notice can show it any more: the app keeps it and the command line prints it."""
    from tui.cli import report_unsaved

    monkeypatch.setattr(state, "_write", lambda path, text: f"{path.name} could not be saved (No space left on device)")
    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("q")
    assert app.unsaved == ["state.toml could not be saved (No space left on device)"]
    report_unsaved(app.unsaved)
    assert capsys.readouterr().err == "newsreader: not saved: state.toml could not be saved (No space left on device)\n"


async def test_a_write_that_fails_while_reading_is_a_notice_and_not_reported_again(analyzer, monkeypatch):
    monkeypatch.setattr(state, "_write", lambda path, text: f"{path.name} could not be saved (Read-only file system)")
    async with opened(SEED, analyzer) as (app, pilot, screen):
        app.theme = "textual-light"
        await wait_for(pilot, lambda: any("config.toml could not be saved" in str(n.message)
                                          for n in app._notifications))
        monkeypatch.setattr(state, "_write", lambda path, text: None)  # the disk is back
        await pilot.press("q")
    assert app.unsaved == []
