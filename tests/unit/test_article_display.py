"""The article pane's display text: long paragraphs are broken for rendering
speed without moving any offset."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.widgets.article_view import MAX_DISPLAY_LINE, display_layout, display_text


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


def test_a_word_longer_than_a_line_is_broken_with_an_inserted_newline():
    text = "x" * (MAX_DISPLAY_LINE * 2 + 10) + " tail"
    shown, breaks = display_layout(text)
    assert all(len(line) <= MAX_DISPLAY_LINE for line in shown.split("\n"))
    assert breaks == (MAX_DISPLAY_LINE, 2 * MAX_DISPLAY_LINE)
    assert _without_breaks(shown, breaks) == text


def _without_breaks(shown: str, breaks: tuple[int, ...]) -> str:
    chars = list(shown)
    for i, offset in reversed(list(enumerate(breaks))):
        assert chars[offset + i] == "\n"
        del chars[offset + i]
    return "".join(chars)


def test_a_600k_cjk_paragraph_is_cut_into_lines_of_bounded_cells():
    from rich.cells import cell_len

    paragraph = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(600_000))
    text = "标题\n\n" + paragraph + "\n"
    shown, breaks = display_layout(text)
    lines = shown.split("\n")
    assert max(cell_len(line) for line in lines) <= MAX_DISPLAY_LINE  # wide characters count two
    assert len(lines) >= 600_000 * 2 // MAX_DISPLAY_LINE
    assert _without_breaks(shown, breaks) == text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab \n", min_size=0, max_size=900), min_size=1, max_size=8))
def test_offsets_never_move(pieces):
    text = " ".join(pieces) * 3
    shown = display_text(text)
    assert len(shown) == len(text)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, shown))
