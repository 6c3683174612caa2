"""clean_text: every rule, one positive and one negative case each."""

from __future__ import annotations

import pytest

from tui.analysis.clean import _KEEP_FORMAT, clean_text, one_line


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("a\u2028b", "a\nb"),
        ("a\u2029b", "a\n\nb"),
        ("a\x85b", "a\nb"),  # NEL
        ("a\x0bb\x0cc", "a\nb\nc"),  # vertical tab, form feed
    ],
)
def test_line_endings_become_newlines(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_bom_removed_at_start_and_inside() -> None:
    assert clean_text("\ufeffHeadline\n\nBody\ufeff.") == "Headline\n\nBody."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("clear\x1b[2Jed", "cleared"),  # CSI erase screen
        ("red \x1b[31;1mtext\x1b[0m", "red text"),  # SGR with parameters
        ("\x1b[?1049hscreen", "screen"),  # private-mode CSI
        ("t\x1b]0;evil title\x07x", "tx"),  # OSC set title, BEL-terminated
        ("t\x1b]0;evil title\x1b\\x", "tx"),  # OSC, ST-terminated
        ("\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ end", "link end"),  # OSC 8
        ("a\x1bP1;2|payload\x1b\\b", "ab"),  # DCS
        ("a\x1b_apc\x1b\\b", "ab"),  # APC
        ("a\x9b2Jb", "ab"),  # 8-bit CSI
        ("a\x9d0;t\x9cb", "ab"),  # 8-bit OSC and ST
        ("a\x1bcb", "ab"),  # ESC c (reset)
        ("a\x1b(Bb", "ab"),  # charset designation
        ("a\x1b", "a"),  # lone ESC at the end
    ],
)
def test_escape_sequences_removed_entirely(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_unterminated_osc_does_not_swallow_the_article() -> None:
    cleaned = clean_text("Head\x1b]0;no terminator\n\nThe rest of the article.")
    assert "\x1b" not in cleaned
    assert cleaned.endswith("The rest of the article.")


@pytest.mark.parametrize("ch", ["\x00", "\x01", "\x07", "\x08", "\x1f", "\x7f", "\x80", "\x9f"])
def test_other_control_characters_removed(ch: str) -> None:
    assert clean_text(f"a{ch}b") == "ab"


def test_tab_and_newline_kept() -> None:
    assert clean_text("a\tb\nc") == "a\tb\nc"


@pytest.mark.parametrize(
    "ch",
    ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
     "\u200e", "\u200f", "\u061c", "\u200b", "\u2060", "\u00ad", "\U000e0041"],
)
def test_bidi_and_invisible_format_characters_removed(ch: str) -> None:
    assert clean_text(f"evil{ch}txt") == "eviltxt"


@pytest.mark.parametrize("ch", ["\u200c", "\u200d", "\u0600"])
def test_joiners_and_visible_format_signs_kept(ch: str) -> None:
    assert clean_text(f"a{ch}b") == f"a{ch}b"


def test_lone_surrogates_removed() -> None:
    assert clean_text("a\ud800b\udfffc") == "abc"


def test_ordinary_text_unchanged() -> None:
    text = "“Quoted,” he said — it’s [bold]not markup[/] & café\u00a0ok.\n\nNext  paragraph."
    assert clean_text(text) == text


def test_idempotent() -> None:
    raw = "a\r\n\x1b[2Jb\u202ec\x1b]8;;u\x1b\\d\u2029e"
    assert clean_text(clean_text(raw)) == clean_text(raw)


def test_one_line_collapses_and_truncates_at_a_word() -> None:
    assert one_line("a\n\n b\tc") == "a b c"
    cut = one_line("alpha beta gamma delta epsilon", 14)
    assert cut == "alpha beta…"
    assert len(cut) <= 14
    assert one_line("\x1b[31mred\x1b[0m") == "red"


@pytest.mark.parametrize(
    "evil",
    [
        "\x1b]x" * 300_000,  # many unterminated OSCs
        "\x9dx" * 300_000,  # the same with 8-bit introducers
        "\x1b]" + "x" * 1_000_000,  # one unterminated OSC, long payload
        "\x1b[" + "1;" * 500_000,  # a CSI that never ends
    ],
)
def test_pathological_escapes_are_removed(evil: str) -> None:
    # their cost is measured by benchmarks/adversarial.py, not timed here
    cleaned = clean_text(evil)
    assert "\x1b" not in cleaned and "\x9d" not in cleaned


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_HOSTILE_ALPHABET = st.one_of(
    st.characters(),
    st.sampled_from(list("\x1b[]();?\\\x07\x9b\x9c\x9d\r\n\u2028\u2029\u202e\u2066\ufeff\u200d")),
)


@settings(max_examples=300, deadline=None)
@given(st.text(_HOSTILE_ALPHABET, max_size=200))
def test_property_output_is_always_safe(raw: str) -> None:
    import unicodedata

    cleaned = clean_text(raw)
    for ch in cleaned:
        category = unicodedata.category(ch)
        assert ch in "\n\t" or category not in ("Cc", "Cs"), repr(ch)
        assert category != "Cf" or ch in _KEEP_FORMAT, repr(ch)
    assert "\r" not in cleaned and "\u2028" not in cleaned
    assert clean_text(cleaned) == cleaned
