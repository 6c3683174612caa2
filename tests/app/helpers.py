"""Pilot-test helpers: waiting for workers, polling for conditions, and reading
what is actually on screen."""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager

from rich.console import Console

from tui.resources import SAMPLES_DIR
from tui.screens.article import ArticleScreen


SEED = SAMPLES_DIR / "00_seed_putin_kim_pact.txt"


async def settle(app, pilot) -> None:
    """Let every worker finish and the UI catch up."""
    await app.workers.wait_for_complete()
    await pilot.pause()


async def assert_table_fits_each_size(pilot, table, sizes) -> None:
    """Resize to each of `sizes` in turn: the table's columns take the new width,
    with no horizontal scrollbar."""
    for size in sizes:
        await pilot.resize_terminal(*size)
        await pilot.pause()
        await pilot.pause()
        widths = sum(c.get_render_width(table) for c in table.columns.values())
        assert table.virtual_size.width == widths <= table.size.width, size
        assert not table.show_horizontal_scrollbar, size


async def wait_for(pilot, condition: Callable[[], object], timeout: float = 60.0) -> None:
    """Poll `condition` (not sleep for a fixed time) until it holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


async def library_ready(app, pilot, *, entries: int | None = None, analysed: bool = False):
    """Settle the app on its library screen and return it, once it lists
    `entries` articles and (with `analysed`) each has its analysis or its error."""
    from tui.screens.library import LibraryScreen

    await settle(app, pilot)
    library = app.screen
    assert isinstance(library, LibraryScreen)
    if entries is not None:
        await wait_for(pilot, lambda: len(library.entries) == entries)
    if analysed:
        await wait_for(pilot, lambda: library.entries and all(e.analysis is not None or e.error
                                                              for e in library.entries))
    await pilot.pause()
    return library


async def people_ready(app, pilot):
    """The People view once on screen with the index read (in its worker); returned."""
    from tui.screens.people import PeopleScreen

    await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen) and app.screen.loaded)
    await pilot.pause()
    return app.screen


def spy_notices(app) -> list[str]:
    """Every notification's message, kept (toasts expire)."""
    notices: list[str] = []
    real = app.notify

    def notify(message, *args, **kwargs):
        notices.append(str(message))
        return real(message, *args, **kwargs)

    app.notify = notify
    return notices


def rendered(app) -> tuple[str, str]:
    """(plain text, terminal bytes) of the current screen as the terminal gets it."""
    width, height = app.size
    out = io.StringIO()
    console = Console(width=width, height=height, file=out, force_terminal=True,
                      color_system="truecolor", record=True, legacy_windows=False)
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    console.print(update)
    return console.export_text(styles=False), out.getvalue()


async def open_article(app, pilot):
    """Wait until the app shows an article screen whose analysis is done; return it."""
    from tui.screens.article import ArticleScreen

    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, ArticleScreen)
    await wait_for(pilot, lambda: screen.analysis is not None)
    await pilot.pause()
    return screen


@asynccontextmanager
async def opened(target, analyzer, size: tuple[int, int] = (120, 40), **run_options):
    """`make_app(target, analyzer)` running headless with its article open and
    analysed: `async with opened(SEED, analyzer) as (app, pilot, screen): ...`"""
    from tui.app import make_app

    app = make_app(target, analyzer)
    async with app.run_test(size=size, **run_options) as pilot:
        yield app, pilot, await open_article(app, pilot)


def region_text(app, widget) -> list[str]:
    """The screen text inside `widget`'s region, line by line."""
    lines = rendered(app)[0].split("\n")
    region = widget.region
    return [line[region.x : region.right] for line in lines[region.y : region.bottom]]


def lookups_on_ui_thread(analyzer) -> list[str]:
    """Wrap `analyzer.cached` so every call made on the UI (main) thread is
    recorded by article title; the returned list fills as the app runs."""
    real = analyzer.cached
    on_ui_thread: list[str] = []

    def cached(article):
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append(article.title)
        return real(article)

    analyzer.cached = cached  # type: ignore[method-assign]
    return on_ui_thread


async def read_and_quit(path, analyzer, theme: str | None = None) -> tuple[str, int]:
    """Open `path`, select an actor, page down twice, (optionally switch theme
    right before) quit: (actor name, top offset), what the next start should
    restore. The theme's write is still under way when the reader quits."""
    from tui.widgets.article_view import ArticleView

    async with opened(path, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[1]
        screen.select_actor(actor)
        view = screen.query_one(ArticleView)
        view.focus()
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        top = view.visible_span()[0]
        assert top > 0
        if theme is not None:
            app.theme = theme
        await pilot.press("q")
    return actor.name, top


def calls_on_ui_thread(monkeypatch, owner, name: str, into: list[bool] | None = None) -> list[bool]:
    """Wrap `owner.name` (a function of a module or a class) so each call records
    whether it ran on the UI (main) thread, in `into` or a new list, returned;
    the list fills as the app runs."""
    real = getattr(owner, name)
    on_main: list[bool] = [] if into is None else into

    def spy(*args, **kwargs):
        on_main.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return on_main


def _burst(app, text: str) -> None:
    """Keys as a terminal delivers fast typing or a paste: all queued at once,
    before the app has handled the first."""
    from textual import events

    names = {"/": "slash", " ": "space"}
    for ch in text:
        app.post_message(events.Key(names.get(ch, ch), ch))


def still_running(app, screen_type=ArticleScreen) -> None:
    assert app.return_code is None, "the app quit"
    assert isinstance(app.screen, screen_type)
