"""The article pane's display text: long paragraphs are broken for rendering
speed without moving any offset."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.widgets.article_view import MAX_DISPLAY_LINE, display_text


def test_short_text_is_shown_as_is():
    text = "Headline\n\nA paragraph of words.\n"
    assert display_text(text) is text


def test_a_long_paragraph_is_broken_at_spaces_into_bounded_lines():
    paragraph = " ".join(f"word{i}" for i in range(3_000))
    text = "Headline\n\n" + paragraph + "\n"
    shown = display_text(text)
    assert len(shown) == len(text)
    assert all(len(line) <= MAX_DISPLAY_LINE for line in shown.split("\n"))
    # only spaces became newlines: every other character is where it was
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, shown))


def test_a_word_longer_than_a_line_is_left_whole():
    text = "x" * (MAX_DISPLAY_LINE * 2) + " tail"
    shown = display_text(text)
    assert shown.split("\n")[0] == "x" * (MAX_DISPLAY_LINE * 2)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab \n", min_size=0, max_size=900), min_size=1, max_size=8))
def test_offsets_never_move(pieces):
    text = " ".join(pieces) * 3
    shown = display_text(text)
    assert len(shown) == len(text)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, shown))
