"""Pilot tests of the corrections, copy and export flows in the article screen."""

from __future__ import annotations

import csv
import io
import shutil

from textual.widgets import Input, TabbedContent

from tui import paths
from tui.analysis.service import Analyzer
from tui.screens.help import binding_sections
from tui.screens.pickers import Picker, TextPrompt, rank_entries, Entry
from tui.widgets.mention_panel import CORRECTED, MentionPanel
from tui.widgets.quote_list import QuoteList

from .helpers import SEED, calls_on_ui_thread, opened, rendered, settle, wait_for

from .helpers import _burst


def people(analysis, minimum_mentions: int = 1):
    return [a for a in analysis.actors if a.type == "PERSON" and a.count >= minimum_mentions]


async def pick(pilot, app, text: str | None = None) -> None:
    """In an open Picker or TextPrompt: type `text` (replacing what is there), then Enter."""
    await wait_for(pilot, lambda: isinstance(app.screen, (Picker, TextPrompt)))
    if text is not None:
        app.screen.query_one(Input).value = text
        await pilot.pause()
    await pilot.press("enter")
    await settle(app, pilot)  # (the correction is stored and applied in a worker)


async def test_merge_survives_a_restart_and_deleting_the_cache(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        source, target = people(screen.analysis)[1], people(screen.analysis)[0]
        total = source.count + target.count
        screen.select_actor(source)
        await pilot.press("m")
        await pick(pilot, app, target.name)
        assert source.name not in {a.name for a in screen.analysis.actors}
        merged = next(a for a in screen.analysis.actors if a.name == target.name)
        assert merged.count == total
        assert screen.selected == merged
        panel = screen.query_one(MentionPanel)
        assert panel.header_text.startswith(CORRECTED) and "corrected" in panel.header_text
    shutil.rmtree(paths.cache_dir(), ignore_errors=True)  # the analysis must be made again
    async with opened(SEED, Analyzer()) as (app, pilot, screen):
        names = {a.name for a in screen.analysis.actors}
        assert target.name in names and source.name not in names
        assert next(a for a in screen.analysis.actors if a.name == target.name).count == total


async def test_rename_then_undo(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = people(screen.analysis)[0]
        screen.select_actor(actor)
        await pilot.press("r")
        await pick(pilot, app, "Jane Roe")
        assert screen.selected is not None and screen.selected.name == "Jane Roe"
        assert actor.name not in {a.name for a in screen.analysis.actors}
        await pilot.press("u")
        await settle(app, pilot)
        assert actor.name in {a.name for a in screen.analysis.actors}
        assert "Jane Roe" not in {a.name for a in screen.analysis.actors}
        await pilot.press("u")  # nothing left: a notice, no change
        await settle(app, pilot)
        assert any("No corrections to undo" in n.message for n in app._notifications)


async def test_change_type_and_not_an_actor(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = people(screen.analysis)[0]
        screen.select_actor(actor)
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, Picker))
        labels = {e.label for e in app.screen.entries}
        assert {"Person", "Organisation", "Place"} <= labels and "PERSON" not in labels
        await pick(pilot, app, "Work")  # the label shown ("Work of art" says more than it: no match)
        assert next(a for a in screen.analysis.actors if a.name == actor.name).type == "WORK_OF_ART"
        speaker = next(a for a in screen.analysis.actors if screen.analysis.quotes_by(a.id))
        screen.select_actor(speaker)
        before = sum(1 for q in screen.analysis.quotes if q.speaker)
        said = len(screen.analysis.quotes_by(speaker.id))
        await pilot.press("d")
        await pilot.pause()
        assert speaker.name not in {a.name for a in screen.analysis.actors}
        assert sum(1 for q in screen.analysis.quotes if q.speaker) == before - said


async def test_split_a_mention_into_a_new_actor(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = people(screen.analysis, 3)[0]
        screen.select_actor(actor)
        await pilot.press("n")  # the first mention is the current one
        await pilot.pause()
        first = actor.mentions[0]
        await pilot.press("x")
        await pick(pilot, app)  # "New actor …" is first
        await pick(pilot, app, "Jane Doe")
        new = next(a for a in screen.analysis.actors if a.name == "Jane Doe")
        assert [(m.start, m.end) for m in new.mentions] == [(first.start, first.end)]
        left = next(a for a in screen.analysis.actors if a.name == actor.name)
        assert left.count == actor.count - 1


async def test_set_and_clear_the_speaker_of_a_quote(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("t")
        quotes = screen.query_one(QuoteList)
        quotes.focus()
        index = next(i for i, q in enumerate(screen.analysis.quotes) if q.speaker)
        quotes.highlighted = index
        await pilot.pause()
        place = (screen.analysis.quotes[index].start, screen.analysis.quotes[index].end)
        speaker = screen.analysis.quotes[index].speaker
        await pilot.press("s")
        await pick(pilot, app)  # the cursor starts on its speaker: Enter keeps it, nothing is stored
        quote = next(q for q in screen.analysis.quotes if (q.start, q.end) == place)
        assert quote.speaker == speaker and place not in screen.report.corrected_quotes
        quotes.focus()
        quotes.highlighted = index
        await pilot.press("s")
        await pick(pilot, app, "No speaker")
        quote = next(q for q in screen.analysis.quotes if (q.start, q.end) == place)
        assert quote.speaker is None
        assert place in screen.report.corrected_quotes
        assert screen.query_one(TabbedContent).active == "tab-quotes"
        other = people(screen.analysis)[-1]
        quotes.focus()
        quotes.highlighted = index
        await pilot.press("s")
        await pick(pilot, app, other.name)
        quote = next(q for q in screen.analysis.quotes if (q.start, q.end) == place)
        assert screen.analysis.actor_by_id[quote.speaker].name == other.name


async def test_copy_a_quote_and_a_mention(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("t")
        quotes = screen.query_one(QuoteList)
        quotes.focus()
        index = next(i for i, q in enumerate(screen.analysis.quotes) if q.speaker and q.kind == "direct")
        quotes.highlighted = index
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        quote = screen.analysis.quotes[index]
        speaker = screen.analysis.actor_by_id[quote.speaker].name
        assert app.clipboard == f"“{' '.join(quote.text.split())}” — {speaker}, {screen.analysis.title}"
        assert any(n.message.startswith("Copied: “") for n in app._notifications)
        await pilot.press("t")
        actor = people(screen.analysis)[0]
        screen.select_actor(actor)
        screen.query_one("#article").focus()
        await pilot.press("n")
        await pilot.press("y")
        await pilot.pause()
        mention = actor.mentions[0]
        assert mention.text in app.clipboard and "\n" not in app.clipboard
        assert app.clipboard.endswith((".", "”", '"', "?", "!"))


async def test_export_from_the_reader(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("e")
        await pick(pilot, app)  # CSV is first
        notice = next(n.message for n in app._notifications if "exported to" in n.message)
        path = notice.split("exported to ", 1)[1]
        assert path.startswith(str(paths.data_dir()))
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(io.StringIO(handle.read())))
        assert len(rows) == len(screen.analysis.quotes)
        await pilot.press("e")
        await pick(pilot, app, "Markdown")
        assert sum("exported to" in n.message for n in app._notifications) == 2


async def test_keys_are_in_the_help_and_the_palette(analyzer):
    rows = dict(row for _section, rows in binding_sections() for row in rows)
    for key in ("m", "x", "r", "c", "d", "s", "u", "y", "e"):
        assert key in rows, key
    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"rename")
        await wait_for(pilot, lambda: "rename the selected actor" in str(app.screen.query("CommandList").first().get_option_at_index(0).prompt).lower() if app.screen.query("CommandList") and app.screen.query("CommandList").first().option_count else False)


def test_rank_entries_keeps_pinned_first_and_finds_fuzzy():
    entries = [Entry("new", "New actor", pinned=True), Entry("a", "Jane Doe"), Entry("b", "John Roe")]
    assert [e.key for e in rank_entries("", entries)] == ["new", "a", "b"]
    assert [e.key for e in rank_entries("roe", entries)] == ["new", "b"]
    assert [e.key for e in rank_entries("jnae doe", entries)][:2] == ["new", "a"]


async def test_corrections_that_no_longer_fit_are_reported(analyzer):
    from tui.analysis.corrections import ActorRef, Correction, Span
    from tui.analysis.loading import load_article
    from tui.analysis.userdata import open_userdata

    article = load_article(SEED)
    gone = ActorRef("Jane Nobody", Span(0, 11, "Jane Nobody", ""))
    open_userdata().add_correction(article, Correction("rename", actor=gone, name="Jane Q. Nobody"))
    async with opened(SEED, analyzer) as (app, pilot, screen):
        assert len(screen.report.failed) == 1
        notice = next(n.message for n in app._notifications if "no longer fit" in n.message)
        assert "rename Jane Nobody to Jane Q. Nobody" in notice
        assert "Jane Q. Nobody" not in {a.name for a in screen.analysis.actors}


async def test_corrections_are_stored_and_applied_off_the_ui_thread(analyzer, monkeypatch):
    """A rename and its undo write the reader's data and apply every
    correction again in a worker; the UI thread never waits on the database."""
    import threading

    from tui.analysis.userdata import UserData

    threads: dict[str, set[bool]] = {}
    for name in ("add_correction", "undo_last", "corrected", "index"):
        real = getattr(UserData, name)

        def spy(self, *args, _real=real, _name=name, **kwargs):
            threads.setdefault(_name, set()).add(threading.current_thread() is threading.main_thread())
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(UserData, name, spy)
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = people(screen.analysis)[0]
        screen.select_actor(actor)
        await pilot.press("r")
        await pick(pilot, app, "Jane Roe")
        assert screen.selected is not None and screen.selected.name == "Jane Roe"
        await pilot.press("u")
        await settle(app, pilot)
        assert actor.name in {a.name for a in screen.analysis.actors}
    assert set(threads) == {"add_correction", "undo_last", "corrected", "index"}
    assert all(on_main == {False} for on_main in threads.values()), threads


async def test_a_correction_that_cannot_be_stored_is_a_notice_and_changes_nothing(analyzer, monkeypatch):
    from tui.analysis.userdata import UserData, UserDataError

    def broken(self, article, correction):
        raise UserDataError("the reader's data x.sqlite3 cannot be written (disk full)")

    async with opened(SEED, analyzer) as (app, pilot, screen):
        monkeypatch.setattr(UserData, "add_correction", broken)
        actor = people(screen.analysis)[0]
        before = screen.analysis
        screen.select_actor(actor)
        await pilot.press("r")
        await pick(pilot, app, "Jane Roe")
        assert any(n.message.startswith("Correction not saved") and "disk full" in n.message
                   for n in app._notifications)
        assert screen.analysis is before and "Jane Roe" not in {a.name for a in screen.analysis.actors}


async def test_the_result_of_an_older_correction_is_dropped(analyzer):
    """Two corrections stored one after the other: should the first one's
    result reach the screen last, it is dropped (the second has both)."""
    async with opened(SEED, analyzer) as (app, pilot, screen):
        first, second = people(screen.analysis)[:2]
        screen.select_actor(first)
        await pilot.press("r")
        await pick(pilot, app, "Jane Roe")
        screen.select_actor(next(a for a in screen.analysis.actors if a.name == second.name))
        await pilot.press("r")
        await pick(pilot, app, "John Roe")
        both = screen.analysis
        assert {"Jane Roe", "John Roe"} <= {a.name for a in both.actors}
        stale = screen.Corrected(screen.raw_analysis, (screen.raw_analysis, screen.report, []), None, None, 1)
        screen.post_message(stale)
        await pilot.pause()
        assert screen.analysis is both


async def test_corrections_and_the_people_index_are_done_off_the_ui_thread(analyzer, monkeypatch):
    """Applying the stored corrections and writing the People index took a
    quarter of a second on the UI thread when a long article's analysis came
    in; the analysis worker's thread does it now."""
    from tui.analysis.userdata import UserData

    calls = calls_on_ui_thread(monkeypatch, UserData, "corrected")
    calls_on_ui_thread(monkeypatch, UserData, "index", into=calls)
    async with opened(SEED, analyzer) as (app, pilot, screen):
        assert screen.analysis is not None
        assert calls and not any(calls)


async def test_a_reflexive_enter_in_the_merge_picker_merges_nothing(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[1]
        names = [a.name for a in screen.analysis.actors]
        screen.select_actor(actor)
        await pilot.press("m")
        await wait_for(pilot, lambda: isinstance(app.screen, Picker))
        picker = app.screen
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is picker  # still choosing: nothing merged
        assert [a.name for a in screen.analysis.actors] == names
        await pilot.press("down", "enter")  # a deliberate choice: the first entry
        await wait_for(pilot, lambda: not isinstance(app.screen, Picker))
        await pilot.pause()
        assert actor.name not in {a.name for a in screen.analysis.actors}


async def test_keys_typed_right_after_m_go_into_the_merge_picker(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[1]
        names = [a.name for a in screen.analysis.actors]
        screen.select_actor(actor)
        await pilot.pause()
        _burst(app, "mdoe")  # "d" (not an actor) must not reach the article
        await wait_for(pilot, lambda: isinstance(app.screen, Picker))
        await wait_for(pilot, lambda: app.screen.query_one(Input).value == "doe")
        assert [a.name for a in screen.analysis.actors] == names


async def test_a_name_typed_right_after_r_replaces_the_old_name(analyzer):
    """As typed into the focused prompt: the old name is replaced, and the
    keys typed ahead are not selected and overwritten by the next ones."""
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[0]
        screen.select_actor(actor)
        await pilot.pause()
        _burst(app, "rJane Roe")
        await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt))
        await wait_for(pilot, lambda: app.screen.query_one(Input).value == "Jane Roe")
        await pilot.pause(0.2)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.selected is not None and screen.selected.name == "Jane Roe")


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


async def test_a_correction_stored_while_the_analysis_is_made_again_shows_at_once(analyzer, monkeypatch):
    """The analysis made again (here: read again from the cache) while a
    rename is being stored: its corrections were read before the rename was,
    and the rename's own result is of the old analysis. The rename shows as
    soon as both are done, not at the next opening."""
    import threading

    from tui.analysis.userdata import UserData

    entered, release = threading.Event(), threading.Event()
    real = UserData.add_correction

    def slow(self, article, correction):
        entered.set()
        release.wait(30)
        return real(self, article, correction)

    async with opened(SEED, analyzer) as (app, pilot, screen):
        monkeypatch.setattr(UserData, "add_correction", slow)
        actor = people(screen.analysis)[0]
        old = screen.raw_analysis
        screen.select_actor(actor)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt))
        app.screen.query_one(Input).value = "Jane Roe"
        await pilot.press("enter")
        await wait_for(pilot, entered.is_set)
        screen.run_analysis()  # (a cache hit: a new Analysis of the same article)
        await wait_for(pilot, lambda: screen.raw_analysis is not old)
        release.set()
        await settle(app, pilot)
        assert "Jane Roe" in {a.name for a in screen.analysis.actors}
        assert actor.name not in {a.name for a in screen.analysis.actors}
        assert screen.selected is not None and screen.selected.name == "Jane Roe"
        assert any(n.message.startswith("Corrected: rename") for n in app._notifications)


async def test_an_analysis_made_again_never_hides_a_correction_shown_meanwhile(analyzer, monkeypatch):
    """The other order: the new analysis read the stored corrections before the
    rename was stored, and arrives after the rename is on screen; the rename stays."""
    import threading

    from tui.analysis.userdata import UserData

    armed, entered, release = threading.Event(), threading.Event(), threading.Event()
    real = UserData.index

    def slow(self, analysis, signature=""):
        if armed.is_set():  # the new analysis' corrections are read: hold it there
            armed.clear()
            entered.set()
            release.wait(30)
        return real(self, analysis, signature)

    async with opened(SEED, analyzer) as (app, pilot, screen):
        monkeypatch.setattr(UserData, "index", slow)
        actor = people(screen.analysis)[0]
        old = screen.raw_analysis
        armed.set()
        screen.run_analysis()
        await wait_for(pilot, entered.is_set)
        screen.select_actor(actor)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt))
        app.screen.query_one(Input).value = "Jane Roe"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Jane Roe" in {a.name for a in screen.analysis.actors})
        release.set()
        await wait_for(pilot, lambda: screen.raw_analysis is not old)
        await settle(app, pilot)
        assert "Jane Roe" in {a.name for a in screen.analysis.actors}
        assert actor.name not in {a.name for a in screen.analysis.actors}
        assert screen.analysis.text == screen.raw_analysis.text


async def test_the_export_is_written_off_the_ui_thread(analyzer, monkeypatch):
    """`e` wrote the file on the UI thread (a slow disk held every key); a
    worker writes it, and a failure is a notice."""
    from tui import export_cli

    threads = calls_on_ui_thread(monkeypatch, export_cli, "export_analysis")
    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("e")
        await pick(pilot, app)
        assert threads == [False]
        assert any("exported to" in n.message for n in app._notifications)

        def full(analysis, fmt):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(export_cli, "export_analysis", full)
        await pilot.press("e")
        await pick(pilot, app)
        assert any(n.message == "Export failed: No space left on device" for n in app._notifications)


def test_rank_entries_never_lists_a_word_the_query_only_overlaps():
    entries = [Entry("a", "Lin Jian"), Entry("b", "Berlin"), Entry("c", "Vladimir Putin")]
    assert [e.key for e in rank_entries("blin", entries)] == []
    assert [e.key for e in rank_entries("lin", entries)] == ["a"]  # not "Berlin"
    assert [e.key for e in rank_entries("putni", entries)] == ["c"]  # a typo still finds
    assert [e.key for e in rank_entries("vlad pu", entries)] == ["c"]


async def test_a_correction_keeps_the_current_mention_and_its_number_in_the_walk(analyzer):
    """On mention 5/26, a rename said "1/26" with no mention current any
    more, and n went on to mention 2: the reader lost the place in the walk.
    The mention stays current (highlighted, 5/26) and n goes on to the 6th;
    an undo that takes the current mention from the selected actor says
    "–/N", never a position nothing is at."""
    from tui.widgets.article_view import ArticleView

    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = people(screen.analysis, 6)[0]
        screen.select_actor(actor)
        await pilot.press("n", "n", "n", "n", "n")
        await pilot.pause()
        view, panel = screen.query_one(ArticleView), screen.query_one(MentionPanel)
        fifth, sixth = actor.mentions[4], actor.mentions[5]
        assert view.current == (fifth.start, fifth.end) and panel.header_text.endswith(f"5/{actor.count}")
        await pilot.press("r")
        await pick(pilot, app, "Jane Roe")
        assert screen.selected is not None and screen.selected.name == "Jane Roe"
        assert view.current == (fifth.start, fifth.end) and screen.position == 4
        assert panel.header_text.endswith(f"5/{actor.count}")
        await pilot.press("n")
        await pilot.pause()
        assert view.current == (sixth.start, sixth.end) and panel.header_text.endswith(f"6/{actor.count}")

        # the current mention moved to another actor, then undone with that one selected
        other = next(a for a in people(screen.analysis) if a.name != "Jane Roe")
        await pilot.press("x")
        await pick(pilot, app, other.name)
        assert screen.selected is not None and screen.selected.name == other.name
        moved = next(a for a in screen.analysis.actors if a.name == other.name)
        index = [(m.start, m.end) for m in moved.mentions].index((sixth.start, sixth.end))
        assert view.current == (sixth.start, sixth.end) and screen.position == index
        await pilot.press("u")
        await settle(app, pilot)
        assert screen.selected is not None and screen.selected.name == other.name
        assert screen.position is None and panel.header_text.endswith(f"–/{other.count}")


async def test_a_dialog_shows_its_own_keys_not_the_articles(analyzer):
    """The footer under a correction dialog listed the article's keys ("n
    Next", "esc Back", "q Quit"), which with the dialog up type into its
    line or do something else; the dialog's own footer says what Enter and
    Esc do there, and Enter still confirms from the line and from the list."""
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[0]
        screen.select_actor(actor)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt))
        await pilot.pause()
        footer = rendered(app)[0].rstrip("\n").split("\n")[-1]
        assert "OK" in footer and "Cancel" in footer, footer
        assert "Quit" not in footer and "Next" not in footer and "Back" not in footer, footer
        app.screen.query_one(Input).value = "Jane Roe"
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.selected is not None and screen.selected.name == "Jane Roe")
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, Picker))
        await pilot.pause()
        footer = rendered(app)[0].rstrip("\n").split("\n")[-1]
        assert "Choose" in footer and "Cancel" in footer and "Quit" not in footer, footer
        await pilot.press("tab")  # the list has the focus: Enter picks there too
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, Picker))


async def test_not_an_actor_on_the_top_actor_stops_showing_it_and_undo_brings_it_back(analyzer):
    """`d` selected the top actor at once, before the correction showed: on
    the top actor itself that was the actor being removed, and the detail
    panel kept showing it (name, mentions, n walking them). Now the top
    actor but that one is selected once the correction shows, and `u` selects
    the actor it brings back."""
    async with opened(SEED, analyzer) as (app, pilot, screen):
        top = screen.analysis.actors[0]
        screen.select_actor(top)
        await pilot.press("d")
        await settle(app, pilot)
        assert top.name not in {a.name for a in screen.analysis.actors}
        panel = screen.query_one(MentionPanel)
        assert screen.selected is not None and screen.selected.name != top.name
        assert panel.actor is screen.selected and not panel.header_text.startswith(top.name)
        await pilot.press("u")
        await settle(app, pilot)
        assert screen.selected is not None and screen.selected.name == top.name
        assert panel.header_text.startswith(top.name)


async def test_removing_the_only_actor_leaves_the_detail_empty(analyzer, tmp_path):
    """With no other actor to select, the detail panel showed the removed one."""
    article = tmp_path / "one.txt"
    article.write_text("Harbour reopens\n\nJane Doe opened the harbour on Monday. Jane Doe was pleased.\n",
                       encoding="utf-8")
    async with opened(article, analyzer) as (app, pilot, screen):
        assert [a.name for a in screen.analysis.actors] == ["Jane Doe"]
        screen.select_actor(screen.analysis.actors[0])
        await pilot.press("d")
        await settle(app, pilot)
        panel = screen.query_one(MentionPanel)
        assert not screen.analysis.actors and screen.selected is None
        assert panel.actor is None and panel.header_text == "Select an actor or a quote."
