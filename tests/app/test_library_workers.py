"""The library's background analyses when its folder is read again: a result
belongs to the file it was made for, never to whatever row has its old index."""

from __future__ import annotations

import threading

from textual.screen import ModalScreen

from .helpers import library_ready, settle, wait_for


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


class _Dialog(ModalScreen):
    """Any screen over the library (a dialog, the help)."""


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
