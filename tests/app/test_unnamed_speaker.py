"""An unnamed source ("a source", "officials") is shown by the words that say it,
dim, where a named speaker would be: in the Quotes tab and the detail panel."""

from __future__ import annotations

from tui.analysis.model import Analysis, ModelInfo, Quote, Span
from tui.widgets.quote_list import quote_prompt, speaker_content

TEXT = "Officials said that the bridge was unsafe."


def _analysis(quote: Quote) -> Analysis:
    return Analysis(source="x", title="T", text=TEXT, model=ModelInfo("m", "1"), actors=(), quotes=(quote,))


def test_unnamed_source_shown_dim_by_its_words() -> None:
    quote = Quote(20, 41, TEXT[20:41], "indirect", None, "said", speaker_mention=Span(0, 9, "Officials"))
    label = speaker_content(_analysis(quote), quote, 40, "bold")
    assert label.plain == "Officials"
    assert "dim" in str(label.spans[0].style)
    first_line = quote_prompt(_analysis(quote), quote).plain.split("\n")[0]
    assert first_line.startswith("Officials") and first_line.endswith("title")  # the paragraph label after it


def test_no_source_at_all_still_says_so() -> None:
    quote = Quote(20, 41, TEXT[20:41], "indirect", None, None)
    assert speaker_content(_analysis(quote), quote, 40).plain == "(no speaker)"


async def test_unnamed_sources_are_listed_last_dim_in_their_own_group(analyzer, tmp_path) -> None:
    from tui.widgets.actor_sidebar import UNNAMED_TITLE, ActorSidebar
    from tui.widgets.mention_panel import MentionPanel

    from .helpers import opened

    path = tmp_path / "bridge.txt"
    path.write_text("Bridge closed\n\nJane Doe, the mayor of Springfield, closed the bridge on Monday.\n\n"
                    "Officials said that the bridge was unsafe. Jane Doe said she agreed.\n", encoding="utf-8")
    async with opened(path, analyzer) as (app, pilot, screen):
        sidebar = screen.query_one(ActorSidebar)
        headings = [str(o.prompt) for o in sidebar.options if (o.id or "").startswith("group:")]
        assert headings[-1] == f"{UNNAMED_TITLE} (1)" and len(headings) >= 2
        unnamed = sidebar.shown[-1]
        assert unnamed.name == "officials" and not unnamed.named
        assert all(a.named for a in sidebar.shown[:-1])
        prompt = sidebar.options[-1].prompt
        name_span = next(s for s in prompt.spans if prompt.plain[s.start:s.end] == "officials")
        assert "dim" in str(name_span.style)
        # the detail panel says what it is
        sidebar.focus()
        sidebar.highlighted = len(sidebar.options) - 1
        await pilot.press("enter")
        await pilot.pause()
        header = screen.query_one(MentionPanel).header_text
        assert header.startswith("officials") and "unnamed source" in header
        # the Quotes tab shows its quote's speaker dim
        quote = next(q for q in screen.analysis.quotes if q.speaker == unnamed.id)
        label = speaker_content(screen.analysis, quote, 40, "bold")
        assert label.plain == "officials" and "dim" in str(label.spans[0].style)
