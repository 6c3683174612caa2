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
