"""A direct quote interrupted by its own attribution ("“A,” she said, “B.”") is
one quote: the Quotes tab lists its quoted words as "A … B", and the article
styles the quoted words, not the attribution between them."""

from __future__ import annotations

from textual.widgets import TabbedContent

from tui.widgets.article_view import ArticleView
from tui.widgets.quote_list import QuoteList

from .helpers import opened, region_text

TEXT = ("Harbour plan wins a vote\n\n"
        "The council of Port Ellis voted on Monday to rebuild the old harbour wall.\n\n"
        "“We waited ten years for this,” Jane Doe said. “The boats can finally come home.”\n")


async def test_quotes_tab_lists_the_parts_of_an_interrupted_quote(analyzer, tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text(TEXT, encoding="utf-8")
    async with opened(path, analyzer) as (app, pilot, screen):
        [quote] = [q for q in screen.analysis.quotes if q.kind == "direct"]
        assert len(quote.parts) == 2
        await pilot.press("t")
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "tab-quotes"
        shown = " ".join(region_text(app, screen.query_one(QuoteList)))
        assert "“We waited ten years for this, … The boats" in shown
        assert "Jane Doe said" not in shown
        view = screen.query_one(ArticleView)
        styled = [(s, e) for spans in view._markup_spans.values() for s, e, cls in spans
                  if cls == "article-view--quote"]
        said = view.to_document(TEXT.index("Jane Doe said"))
        assert len(styled) == 2 and not any(s <= said < e for s, e in styled)
