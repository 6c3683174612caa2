"""Pilot tests of the detail panel: the selected actor's header, aliases and mentions,
choosing a mention there, and its layout at every width."""

from __future__ import annotations

from textual.widgets import Input

from tui.screens.pickers import TextPrompt
from tui.widgets.actor_sidebar import ActorSidebar
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import DetailList, LABEL, MentionPanel
from tui.widgets.types import type_label

from .helpers import SEED, opened, region_text, wait_for


async def test_the_detail_indent_is_a_layout_not_invisible_characters(analyzer):
    """Wrapped context lines hang under the text, not the ¶ label, with blank
    cells: no braille blanks (U+2800) or other stand-ins for spaces on screen
    or in an entry's text, which a terminal copy would carry along."""
    async with opened(SEED, analyzer, size=(120, 40)) as (app, pilot, screen):
        actor = max(screen.analysis.actors, key=lambda a: a.count)
        screen.select_actor(actor)
        await pilot.pause()
        detail = screen.query_one(DetailList)
        lines = region_text(app, detail)
        assert not any(ch in "".join(lines) for ch in "\u2800\u00a0\u3000")
        for option in detail.options:
            assert "\u2800" not in str(option.prompt)
        # a wrapped entry: its label line, then a line whose first LABEL cells are blank
        hanging = [(first, second) for first, second in zip(lines, lines[1:])
                   if "¶" in first[:LABEL + 1] and second.strip() and "¶" not in second
                   and not second[1:LABEL + 1].strip()]
        assert hanging, lines
        first, second = hanging[0]
        body = first.index("¶") + len(first[first.index("¶"):].split(" ", 1)[0]) + 1
        assert second[body] != " " and not second[:body].strip("│▏ ")


async def test_the_detail_header_is_one_line_with_position_at_once(analyzer):
    from tui.widgets.mention_panel import MentionPanel

    async with opened(SEED, analyzer, size=(80, 24)) as (app, pilot, screen):
        actor = max(screen.analysis.actors, key=lambda a: len(a.name))
        screen.select_actor(actor)
        await pilot.pause()
        panel = screen.query_one(MentionPanel)
        assert f"–/{actor.count}" in panel.header_text  # before any n
        heading = panel.query_one("#detail-heading")
        assert heading.size.height == 1
        from .helpers import region_text

        line = region_text(app, heading)[0]
        assert f"/{actor.count}" in line
        assert ("1 mention" if actor.count == 1 else f"{actor.count} mentions") in line


async def test_a_long_actor_name_wraps_under_its_first_letter_not_under_the_dot():
    """The second line of a long name hangs under the name: it does not start
    where entries start, so it cannot be taken for an entry of its own."""
    from dataclasses import replace

    from textual.app import App

    from tests.unit.test_corrections import make_analysis
    from tui.widgets.actor_sidebar import ActorSidebar

    from .helpers import region_text

    analysis = make_analysis()
    long_name = "Ministry of Roads, Bridges and Waterways of the Republic of Ruritania"
    analysis = replace(analysis, actors=(replace(analysis.actors[0], name=long_name), *analysis.actors[1:]))

    class Sidebar(App):
        CSS = "ActorSidebar { width: 30; height: 20; }"

        def compose(self):
            yield ActorSidebar()

    app = Sidebar()
    async with app.run_test(size=(60, 24)) as pilot:
        sidebar = app.query_one(ActorSidebar)
        sidebar.set_analysis(analysis)
        await pilot.pause()
        lines = [line.rstrip("▁▂▃▄▅▆▇█▌▐▎ ") for line in region_text(app, sidebar)]
        first = next(i for i, line in enumerate(lines) if "● Ministry" in line)
        dot = lines[first].index("●")
        wrapped = lines[first + 1 : first + 4]
        assert all(line.strip() for line in wrapped), lines  # the name takes several lines
        for line in wrapped:
            assert not line[dot : dot + 2].strip() and line[dot + 2] != " ", lines
        name_lines = " ".join(line[dot + 2:].strip() for line in [lines[first], *wrapped])
        assert long_name in name_lines
        assert str(sidebar.get_option(analysis.actors[0].id).prompt).startswith("● " + long_name)


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


async def test_selecting_an_actor_fills_the_detail(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        sidebar = screen.query_one(ActorSidebar)
        sidebar.focus()
        await pilot.pause()
        # the first listed actor is highlighted; Enter selects it
        await pilot.press("enter")
        await pilot.pause()
        actor = sidebar.shown[0]
        assert screen.selected == actor
        panel = screen.query_one(MentionPanel)
        header = panel.header_text
        assert actor.name in header and type_label(actor.type) in header
        assert f"{actor.count} mention" in header
        mentions = [o for o in panel.query_one(DetailList).options if (o.id or "").startswith("m")]
        assert len(mentions) == actor.count

        # j/k move in the list; selecting a second actor with the mouse works too
        await pilot.press("j", "j")
        second = sidebar.highlighted_option
        assert second is not None and second.id != actor.id
        await pilot.press("enter")
        await pilot.pause()
        assert screen.selected is not None and screen.selected.id == second.id


async def test_choosing_a_mention_in_the_detail_jumps(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = max(screen.analysis.actors, key=lambda a: a.count)
        screen.select_actor(actor)
        await pilot.pause()
        detail = screen.query_one(DetailList)
        detail.focus()
        detail.highlighted = detail.get_option_index(f"m{actor.count - 1}")
        await pilot.press("enter")
        await pilot.pause()
        last = actor.mentions[-1]
        assert screen.query_one(ArticleView).current == (last.start, last.end)
        assert f"{actor.count}/{actor.count}" in screen.query_one(MentionPanel).header_text


async def test_the_detail_header_keeps_its_spacing_at_every_width(analyzer):
    for size in ((80, 24), (120, 40), (160, 50)):
        async with opened(SEED, analyzer, size=size) as (app, pilot, screen):
            actor = max(screen.analysis.actors, key=lambda a: a.count)
            screen.select_actor(actor, jump=1)
            await pilot.pause()
            panel = screen.query_one(MentionPanel)
            lines = [line.strip("│▏ ") for line in region_text(app, panel.query_one("#detail-heading"))]
            shown = " ".join(line for line in lines if line)
            assert f"{actor.count} mentions" in shown, (size, lines)
            assert f"2/{actor.count}" in shown, (size, lines)
            assert f"mentions2/{actor.count}" not in shown, (size, lines)
            # the position is its own cell, apart from the count
            position = panel.query_one("#detail-position")
            header = panel.query_one("#detail-header")
            assert position.region.width and position.region.x >= header.region.right


async def test_the_detail_header_on_screen_is_the_header_it_reports_whatever_is_shown(analyzer):
    """Nothing, an actor (before and after `n`, after a resize), a quote without
    a speaker, then an actor again: the screen shows what `header_text` says."""
    from tui.widgets.mention_panel import MentionPanel

    def on_screen(panel) -> str:
        header = str(panel.query_one("#detail-header").render()).strip()
        position = str(panel.query_one("#detail-position").render()).strip()
        return f"{header}  {position}" if position else header

    async with opened(SEED, analyzer, size=(160, 40)) as (app, pilot, screen):
        panel = screen.query_one(MentionPanel)
        assert panel.header_text == on_screen(panel) == "Select an actor or a quote."
        actor = screen.analysis.actors[0]
        screen.select_actor(actor)
        await pilot.pause()
        assert panel.header_text == on_screen(panel) and panel.header_text.endswith(f"–/{actor.count}")
        await pilot.press("n")
        await pilot.pause()
        assert panel.header_text == on_screen(panel) and panel.header_text.endswith(f"1/{actor.count}")
        await pilot.resize_terminal(170, 40)
        await pilot.pause()
        assert panel.header_text == on_screen(panel) and panel.header_text.startswith(actor.name)
        quote = screen.analysis.quotes[0]
        panel.show_quote(quote)
        await pilot.pause()
        assert panel.header_text == on_screen(panel) and panel.header_text.endswith(
            ("title", f"¶{screen.analysis.paragraph_of(quote.start)}"))
        assert not panel.has_class("-positioned")
        panel.show_actor(actor)
        await pilot.pause()
        assert panel.header_text == on_screen(panel) and panel.header_text.endswith(f"–/{actor.count}")
