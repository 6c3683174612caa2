"""Loading never silently loses text and never fails with an "unexpected error"
(issue 12, items 5, 8 and 11): huge HTML nodes, deep Markdown nesting, odd
declared charsets, stray NUL bytes."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.analysis.loading import ArticleError, load_bytes

EXAMPLES = max(500, int(os.environ.get("NEWSREADER_PROPERTY_EXAMPLES", "500")))
PARA = "Jane Doe met the council on Monday and said the plan would go ahead next year. " * 3


# ----------------------------------------------------------------- huge HTML

@pytest.mark.parametrize("first", [False, True], ids=["node-in-the-middle", "node-first"])
def test_a_node_over_10_mb_loses_no_text(first: bool) -> None:
    """libxml2 stops at one node over ~10 MB unless huge trees are on: the text
    after it was lost (exit 0), or the page refused as having no text."""
    huge = "<!--" + "y" * (11 * 1024 * 1024) + "-->"
    before = "" if first else f"<p>{PARA}</p>"
    html = (f"<html><head><title>Headline</title></head><body><article><h1>Headline</h1>"
            f"{before}{huge}<p>{PARA.replace('Jane Doe', 'John Smith')}</p></article></body></html>")
    article = load_bytes(html.encode(), "page.html")
    assert "John Smith" in article.text
    assert ("Jane Doe" in article.text) is not first
    assert "yyyy" not in article.text


# ------------------------------------------------------------------ Markdown

@pytest.mark.parametrize("depth", [9, 10, 12, 30, 120])
def test_deeply_nested_markdown_lists_lose_no_text(depth: int) -> None:
    source = "# Title\n\n" + "".join("  " * i + f"- item{i} words\n" for i in range(depth)) \
        + "\nLast paragraph after the list.\n"
    article = load_bytes(source.encode(), "deep.md", "md")
    assert "Last paragraph after the list." in article.text
    for i in range(depth):
        assert f"item{i} words" in article.text


@pytest.mark.parametrize("depth", [10, 30, 500])
def test_deeply_nested_markdown_quotes_lose_no_text(depth: int) -> None:
    source = "# Title\n\n" + "> " * depth + "deep quote words\n\nLast paragraph.\n"
    article = load_bytes(source.encode(), "deep.md", "md")
    assert "deep quote words" in article.text and "Last paragraph." in article.text


_WORD = st.from_regex(r"[a-z]{2,8}", fullmatch=True)
_NESTED_LINE = st.tuples(
    st.integers(0, 40),
    st.sampled_from(["- ", "* ", "1. ", "> ", "+ "]),
    st.lists(_WORD, min_size=1, max_size=4),
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_NESTED_LINE, min_size=1, max_size=25), st.booleans())
def test_any_nesting_keeps_every_word(lines, blockquote_style: bool) -> None:
    """Nested lists and quotes of any depth (indented, or markers repeated):
    every word of the source is in the article."""
    rows = []
    for depth, marker, words in lines:
        prefix = marker * depth if blockquote_style else "  " * depth + marker * (1 if depth else 1)
        rows.append(prefix + " ".join(words))
    source = "# Title\n\n" + "\n".join(rows) + "\n\nthe end\n"
    text = load_bytes(source.encode(), "n.md", "md").text
    found = set(re.findall(r"[a-z]+", text))
    for _, _, words in lines:
        for word in words:
            assert word in found


# --------------------------------------------------------- charsets and NULs

@pytest.mark.parametrize("charset", ["undefined", "punycode", "base64", "rot13", "nonsense", "idna"])
def test_a_useless_declared_charset_falls_back_to_a_guess(charset: str) -> None:
    html = (f'<html><head><meta charset="{charset}"><title>Café news</title></head><body>'
            f"<h1>Café news</h1><p>Jane Doe visited the café on Monday. {PARA}</p></body></html>")
    article = load_bytes(html.encode("cp1252"), "page.html")
    assert article.title == "Café news"


def test_a_stray_nul_does_not_make_a_file_binary() -> None:
    data = ("Headline\n\n" + "Jane Doe said hello. " * 100).encode()
    article = load_bytes(data[:50] + b"\x00" + data[50:] + b"\x00", "a.txt")
    assert "\x00" not in article.text
    assert article.text.startswith("Headline\n\nJane Doe said hello.")


def test_many_nuls_are_still_binary() -> None:
    with pytest.raises(ArticleError, match="binary"):
        load_bytes(b"Headline\n\n" + b"ab\x00\x00cd\x00" * 2000, "a.txt")
