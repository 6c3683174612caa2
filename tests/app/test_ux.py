"""Pilot tests of what a close reader ran into: the library showing what the
reader corrected, and the screens' own bookkeeping (first frame, resizes)."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.library import LibraryScreen
from tui.screens.pickers import TextPrompt

from .helpers import SEED, library_ready, open_article, opened, wait_for


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


async def test_the_rest_of_the_article_screen_follows_the_drawn_text_without_polling(analyzer, monkeypatch):
    """The sidebar, detail and footer are mounted when the view says its text
    was drawn, not found by a timer looking every 10 ms: until then the
    screen sets only its one-second fallback and the short pause after it."""
    from tui.screens import article as article_module
    from tui.widgets.article_view import ArticleView

    delays: list[float] = []
    real = ArticleScreen.set_timer

    def set_timer(self, delay, *args, **kwargs):
        if not self._ready:
            delays.append(delay)
        return real(self, delay, *args, **kwargs)

    monkeypatch.setattr(ArticleScreen, "set_timer", set_timer)
    drawn: list[object] = []
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen) and app.screen._ready)
        screen = app.screen
        assert screen.query_one(ArticleView).text_drawn
        assert sorted(delays) == [article_module.FIRST_FRAME_PAUSE, article_module.TEXT_DRAWN_LIMIT]
        screen.query_one(ArticleView).post_message(ArticleView.TextDrawn())  # a late one changes nothing
        await pilot.pause()
        drawn.append(len(screen.query("#sidebar")))
    assert drawn == [1]


async def test_a_corrected_actor_keeps_its_type_in_a_narrow_detail_header(analyzer):
    """At 120 columns "✎ Jane Roe · Person · 59 mentions · corrected" did not
    fit and the header fell back to "✎ Jane Roe · 59 mentions": the ✎ already
    says corrected, so that word goes first and the type stays."""
    from tui.widgets.mention_panel import CORRECTED, MentionPanel

    async with opened(SEED, analyzer, size=(120, 40)) as (app, pilot, screen):
        actor = next(a for a in screen.analysis.actors if a.type == "PERSON" and a.count >= 10)
        screen.select_actor(actor)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt))
        app.screen.query_one(Input).value = "Jane Roe"
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen and screen.selected.name == "Jane Roe")
        await pilot.pause()
        panel = screen.query_one(MentionPanel)
        shown = str(panel.query_one("#detail-header").render()).strip()
        assert shown.startswith(f"{CORRECTED} Jane Roe · Person · ")
        assert "corrected" in panel.header_text  # the whole header still says it


async def test_the_footer_follows_a_resize_across_the_narrow_layout(analyzer):
    """Opened at 120 columns and made 80 wide, the footer drops "^p Commands"
    as it does when opened at 80 (it stayed, drawn over "? Help"); and back."""
    from .helpers import rendered

    def footer() -> str:
        return rendered(app)[0].rstrip("\n").split("\n")[-1]

    async with opened(SEED, analyzer, size=(120, 40)) as (app, pilot, screen):
        assert "^p" in footer() and "? Help" in footer()
        await pilot.resize_terminal(80, 24)
        # (a footer drawn blank mid-relayout, on a loaded machine, is not the answer yet)
        await wait_for(pilot, lambda: "^p" not in footer() and footer().strip(), timeout=5)
        assert "? Help" in footer() or "?Help" in footer().replace(" ", "")
        await pilot.resize_terminal(120, 40)
        await wait_for(pilot, lambda: "^p" in footer(), timeout=5)


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


async def test_enter_in_the_type_picker_keeps_the_type(analyzer):
    """`c` on an organisation, then Enter at once: still an organisation (the
    cursor started on Person, the first type, and Enter made it a person)."""
    from tui.screens.pickers import Picker

    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = next(a for a in screen.analysis.actors if a.type == "ORG")
        screen.select_actor(actor)
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, Picker))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.pause()
        assert next(a for a in screen.analysis.actors if a.name == actor.name).type == "ORG"
        assert not screen.report.corrected_actors
