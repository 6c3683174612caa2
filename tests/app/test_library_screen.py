"""Pilot tests of the library: listing a folder, opening an article and coming back,
its background analyses and what is read off the UI thread."""

from __future__ import annotations

import threading

from textual.screen import ModalScreen
from textual.widgets import DataTable, Input

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.library import LibraryScreen
from tui.screens.pickers import TextPrompt
from tui.widgets.article_view import ArticleView

from .helpers import (
    assert_table_fits_each_size, library_ready, lookups_on_ui_thread, open_article, opened, settle, wait_for,
)


async def _rename_top_actor(app, pilot, name: str) -> str:
    """In the open article: rename its most salient actor to `name`; its old name.
    (Polls, never waits for every worker: a test may hold one back.)"""
    screen = app.screen
    assert isinstance(screen, ArticleScreen)
    await wait_for(pilot, lambda: screen.analysis is not None)
    await pilot.pause()
    actor = screen.analysis.actors[0]
    screen.select_actor(actor)
    await pilot.press("r")
    await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt))
    app.screen.query_one(Input).value = name
    await pilot.press("enter")
    await wait_for(pilot, lambda: any(a.name == name for a in screen.analysis.actors))
    return actor.name


def _hold_first_result(analyzer):
    """Make `analyzer.analyze` hold its first result back until `release` is set
    (as a thread descheduled between finishing and posting would); `finished` is
    set once that first analysis is done. Records every article analysed."""
    finished, release = threading.Event(), threading.Event()
    analysed: list[str] = []
    real = analyzer.analyze

    def analyze(article, *args, **kwargs):
        result = real(article, *args, **kwargs)
        analysed.append(article.title)
        if len(analysed) == 1:
            finished.set()
            release.wait(60)
        return result

    analyzer.analyze = analyze  # type: ignore[method-assign]
    return finished, release, analysed


def _remembered_wrongly(app) -> list[tuple[str, str]]:
    """Spy on `app.remember_analysis`: the (article, analysis) titles of every
    analysis remembered for an article whose text it was not made from."""
    wrong: list[tuple[str, str]] = []
    real = app.remember_analysis

    def remember(article, analysis):
        if analysis.text != article.text:
            wrong.append((article.title, analysis.title))
        real(article, analysis)

    app.remember_analysis = remember  # type: ignore[method-assign]
    return wrong


class _Dialog(ModalScreen):
    """Any screen over the library (a dialog, the help)."""


async def test_the_library_looks_up_the_cache_off_the_ui_thread(analyzer, small_library):
    from tui.screens.library import LibraryScreen

    async with opened(small_library / "02_african_free_trade_area.txt", analyzer):
        pass  # one article analysed and cached
    on_ui_thread = lookups_on_ui_thread(analyzer)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await wait_for(pilot, lambda: library.entries and all(e.analysis is not None for e in library.entries))
        assert on_ui_thread == []
        cached_entry = library.entries[0]
        assert cached_entry.analysis.actors[0].name in str(library.query_one("DataTable").get_cell("0", "actors"))


async def test_escape_from_a_file_lands_on_its_row_and_the_library_is_tidy(analyzer, small_library, deny_reading):
    from textual.widgets import DataTable

    from tui.app import make_app
    from tui.screens.library import LibraryScreen

    second = sorted(small_library.iterdir())[1]
    broken = small_library / ("z" * 120 + ".txt")
    broken.write_text("A headline\n\nSome words.\n", encoding="utf-8")
    deny_reading(broken)
    app = make_app(second, analyzer)
    async with app.run_test(size=(100, 30)) as pilot:
        from .helpers import open_article, rendered

        await open_article(app, pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.loaded)
        library = app.screen
        table = library.query_one(DataTable)
        await pilot.pause()
        assert library.entries[table.cursor_row].path == second
        text = rendered(app)[0]
        status = str(library.query_one("#library-status").content)
        assert status.startswith("2 articles · 1 unreadable")
        assert "permission denied" in text and str(small_library) not in text  # the reason, not the path
        assert "…" in text  # the long name is cut with an ellipsis
        # a new file appears after a rescan (R)
        extra = small_library / "00_new.txt"
        extra.write_text("New headline\n\nJane Doe arrived.\n", encoding="utf-8")
        await pilot.press("R")
        await wait_for(pilot, lambda: any(e.path == extra for e in library.entries))
        assert str(library.query_one("#library-status").content).startswith("3 articles")


async def test_the_library_says_loading_not_zero_articles_while_it_reads(analyzer, small_library, monkeypatch):
    import threading

    from tui.app import make_app
    from tui.screens import library as library_module

    gate = threading.Event()
    real = library_module.list_articles

    def slow_listing(folder):
        gate.wait(10)
        return real(folder)

    monkeypatch.setattr(library_module, "list_articles", slow_listing)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        library = app.screen
        library.on_screen_resume()  # e.g. the help screen closed while the folder is read
        await pilot.pause()
        status = str(library.query_one("#library-status").content)
        assert "0 articles" not in status and "Loading" in status
        gate.set()
        await wait_for(pilot, lambda: library.loaded)


async def test_coming_back_to_the_library_reads_nothing_on_the_ui_thread(analyzer, small_library, monkeypatch):
    import tui.screens.library as library_module
    from tui.app import make_app

    on_ui_thread: list[str] = []
    watching = threading.Event()
    for name in ("corrected_top_actors", "list_articles", "open_userdata"):
        real = getattr(library_module, name)

        def spy(*args, _real=real, _name=name, **kwargs):
            if watching.is_set() and threading.current_thread() is threading.main_thread():
                on_ui_thread.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(library_module, name, spy)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        library = await library_ready(app, pilot, entries=2, analysed=True)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await _rename_top_actor(app, pilot, "Jane Roe")
        watching.set()
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is library)
        await wait_for(pilot, lambda: (library.entries[0].actors or "").startswith("Jane Roe"))
        await settle(app, pilot)
        assert on_ui_thread == []


async def test_a_background_result_read_before_a_correction_does_not_hide_it(analyzer, small_library, monkeypatch):
    """The library's background run read the corrections of row 0, then the
    reader opened it and renamed its top actor: the row shows the new name."""
    import tui.screens.library as library_module
    from tui.app import make_app

    real = library_module.corrected_top_actors
    computed, release = threading.Event(), threading.Event()

    def held(analysis):
        shown = real(analysis)
        if not computed.is_set() and threading.current_thread() is not threading.main_thread():
            computed.set()  # the first one, made by the background run: posted late
            release.wait(60)
        return shown

    monkeypatch.setattr(library_module, "corrected_top_actors", held)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.loaded)
        library = app.screen
        await wait_for(pilot, computed.is_set)
        library.query_one(DataTable).move_cursor(row=0)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        old = await _rename_top_actor(app, pilot, "Jane Roe")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is library)
        await pilot.pause(0.3)
        release.set()
        await wait_for(pilot, lambda: all(e.analysis is not None for e in library.entries))
        await settle(app, pilot)
        await pilot.pause(0.2)
        await settle(app, pilot)
        shown = library.entries[0].actors or ""
        assert shown.startswith("Jane Roe") and old not in shown.split(", ")


async def test_the_library_shows_an_actor_by_the_name_the_reader_gave_it(analyzer, small_library):
    """Rename an article's top actor, go back: its row says the new name (it
    kept the analyser's, so the library contradicted the correction); after a
    restart too."""
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        library = await library_ready(app, pilot, entries=2, analysed=True)
        await pilot.press("enter")
        screen = await open_article(app, pilot)
        top = screen.analysis.actors[0]
        screen.select_actor(top)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt))
        app.screen.query_one(Input).value = "Jane Roe"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen) and screen.selected.name == "Jane Roe")
        await pilot.press("escape")
        library = await library_ready(app, pilot, entries=2, analysed=True)
        table = library.query_one(DataTable)
        await wait_for(pilot, lambda: str(table.get_cell("0", "actors")).startswith("Jane Roe"), timeout=10)
        assert top.name not in str(table.get_cell("0", "actors")).split(", ")
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        library = await library_ready(app, pilot, entries=2, analysed=True)
        assert str(library.query_one(DataTable).get_cell("0", "actors")).startswith("Jane Roe")


async def test_the_library_lists_numbered_files_in_numeric_order(analyzer, tmp_path):
    """1, 2, 10 (not 1, 10, 2: "Copy 10" between "Copy 1" and "Copy 2"); the
    order is the listing's, so coming back reads nothing again."""
    from tui.resources import SAMPLES_DIR

    folder = tmp_path / "numbered"
    folder.mkdir()
    sample = (SAMPLES_DIR / "02_african_free_trade_area.txt").read_text(encoding="utf-8")
    for number in (10, 2, 1, 11):
        (folder / f"story {number}.txt").write_text(f"Story {number}\n\n{sample}", encoding="utf-8")
    app = make_app(folder, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        library = await library_ready(app, pilot, entries=4)
        assert [e.path.name for e in library.entries] == ["story 1.txt", "story 2.txt", "story 10.txt",
                                                           "story 11.txt"]
        assert not library._listing_changed()


async def test_library_opens_an_article_and_escape_returns(analyzer, small_library):
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        table = library.query_one(DataTable)
        assert table.row_count == 2
        # top three actors appear once the background analysis is done
        await wait_for(pilot, lambda: all(e.analysis is not None or e.error for e in library.entries))
        first = library.entries[0]
        assert first.analysis is not None and first.analysis.actors
        cell = str(table.get_cell("0", "actors"))
        assert first.analysis.actors[0].name in cell
        assert str(table.get_cell("0", "words")).replace(",", "") == str(first.article.word_count)

        await pilot.press("down", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.article.text == library.entries[1].article.text
        assert screen.query_one(ArticleView).text == screen.article.text
        # analysed in the library already: the actors are there at once
        assert screen.analysis is not None

        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is library


async def test_escape_with_the_articles_folder_emptied_says_so_and_keeps_the_article(analyzer, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    path = folder / "bridge.txt"
    path.write_text("Bridge closed\n\nJane Doe closed the bridge on Monday.\n", encoding="utf-8")
    async with opened(path, analyzer) as (app, pilot, screen):
        path.unlink()  # moved away while it was read
        await pilot.press("escape")
        # (the folder is listed in a worker)
        await wait_for(pilot, lambda: any(str(n.message).startswith("Nothing to go back to:")
                                          for n in app._notifications))
        assert app.screen is screen and isinstance(screen, ArticleScreen)
        notices = [str(n.message) for n in app._notifications]
        assert any(n.startswith("Nothing to go back to:") and "inbox holds no articles" in n for n in notices)
        # once the folder has an article again, Escape leads to it
        (folder / "again.txt").write_text("Again\n\nJane Doe reopened the bridge.\n", encoding="utf-8")
        await pilot.press("escape")
        from tui.screens.library import LibraryScreen

        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))

        assert isinstance(app.screen, LibraryScreen) and app.screen.folder == folder


async def test_a_result_made_before_a_rescan_is_not_put_on_the_row_now_at_its_index(analyzer, small_library):
    from tui.app import make_app

    finished, release, _ = _hold_first_result(analyzer)
    app = make_app(small_library, analyzer)
    wrong = _remembered_wrongly(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await wait_for(pilot, lambda: app.screen.loaded)
        library = app.screen
        await wait_for(pilot, finished.is_set)
        # a file that sorts first appears: every row moves down by one
        (small_library / "00_new.txt").write_text("Jane Doe arrives\n\nJane Doe arrived in Springfield on Monday.\n",
                                                  encoding="utf-8")
        await pilot.press("R")
        await wait_for(pilot, lambda: len(library.entries) == 3)
        release.set()
        await settle(app, pilot)
        await wait_for(pilot, lambda: all(e.analysis is not None or e.error for e in library.entries))
        assert wrong == []
        for entry in library.entries:
            assert entry.analysis is not None and entry.analysis.text == entry.article.text
            known = app.known_analysis(entry.article)
            assert known is None or known.text == entry.article.text


async def test_coming_back_to_a_changed_folder_reads_it_once_and_stops_the_run_over_the_old_rows(
        analyzer, small_library):
    """A file removed while an article was read: the folder is read once, and the
    run started for the old list ends (it went on to a row that no longer exists)."""
    from textual.worker import Worker, WorkerState

    from tui.app import make_app

    finished, release, _ = _hold_first_result(analyzer)
    failed: list[str] = []

    def hook(message) -> None:
        if isinstance(message, Worker.StateChanged) and message.state == WorkerState.ERROR:
            failed.append(f"{message.worker.name}: {message.worker.error!r}")

    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        library = await library_ready(app, pilot, entries=2)
        await wait_for(pilot, finished.is_set)
        readings: list[int] = []
        real_load = library.load_entries
        library.load_entries = lambda: (readings.append(1), real_load())[1]  # type: ignore[method-assign]
        await app.push_screen(_Dialog())
        (small_library / "04_scottish_court_prorogation.txt").unlink()
        app.pop_screen()
        await wait_for(pilot, lambda: len(library.entries) == 1)
        release.set()
        await settle(app, pilot)
        assert library.entries[0].analysis is not None
        assert readings == [1]
        assert failed == []


async def test_the_library_fits_its_width_after_a_resize(analyzer, small_library):
    """From 120 to 80 columns the table kept its old width: a horizontal
    scrollbar took the last line and the columns scrolled sideways."""
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(app, pilot, entries=2)
        table = app.screen.query_one(DataTable)
        await assert_table_fits_each_size(pilot, table, ((80, 24), (120, 40), (80, 24)))


async def test_the_words_column_shows_a_long_articles_whole_count(analyzer, tmp_path):
    """A count of six digits or more fits its column ("100,000" was cut to "100,00")."""
    from .helpers import rendered

    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.txt").write_text("A long one\n\n" + "word " * 99_996 + "end.\n", encoding="utf-8")
    (folder / "short.txt").write_text("A short one\n\nJane Doe spoke.\n", encoding="utf-8")
    app = make_app(folder, analyzer)
    async with app.run_test(size=(100, 30)) as pilot:
        library = await library_ready(app, pilot, entries=2)
        assert library.entries[0].article.word_count == 100_000
        lines = rendered(app)[0].split("\n")
        assert any("100,000" in line and "A long one" in line for line in lines)
        # the columns still fit the screen
        table = library.query_one(DataTable)
        assert not table.show_horizontal_scrollbar
