"""The reader's colours are computed from each theme's variables and reach
WCAG AA; only themes that pass are offered."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.theme import BUILTIN_THEMES

from tui.themes import AA, check_colours, check_theme, compute, contrast, offered_themes, theme_colours


def test_contrast_matches_wcag_reference_values() -> None:
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21.0)
    assert contrast(Color(255, 255, 255), Color(255, 255, 255)) == pytest.approx(1.0)
    # white on orange, the old current-mention style: well under AA
    assert contrast(Color(255, 255, 255), Color.parse("#FEA62B")) < 2.2


@pytest.mark.parametrize("name", sorted(BUILTIN_THEMES))
def test_every_offered_theme_passes_and_the_bundled_ones_are_offered(name: str) -> None:
    theme = BUILTIN_THEMES[name]
    check = check_theme(theme)
    colours = theme_colours(theme)
    if name in ("textual-dark", "textual-light"):
        assert check.passed, check.failures
    if name.startswith("ansi-"):
        assert not check.passed  # ANSI colours cannot be measured: not offered
        return
    if check.passed:
        assert colours is not None
        for group, fg in colours.groups.items():
            for bg in colours.backgrounds.values():
                assert contrast(fg, bg) >= AA, (name, group)
        for fg, bg in colours.highlights.values():
            assert contrast(fg, bg) >= AA


def test_offered_themes_are_exactly_the_passing_ones() -> None:
    offered = offered_themes(BUILTIN_THEMES)
    assert "textual-dark" in offered and "textual-light" in offered
    assert not any(name.startswith("ansi") for name in offered)
    assert offered == sorted(n for n, t in BUILTIN_THEMES.items() if check_theme(t).passed)


def test_the_check_catches_illegible_and_lookalike_colours() -> None:
    colours = compute(BUILTIN_THEMES["textual-dark"].to_color_system().generate(), True)
    assert colours is not None and check_colours("x", colours).passed
    grey = Color(40, 40, 40)
    bad = type(colours)(colours.backgrounds, {**colours.groups, "people": grey},
                        {**colours.highlights, "current": (grey, colours.backgrounds["surface"])})
    failures = check_colours("x", bad).failures
    assert any(f.startswith("people on") for f in failures)
    assert any(f.startswith("current") for f in failures)
    same = type(colours)(colours.backgrounds, {**colours.groups, "groups": colours.groups["people"]},
                         colours.highlights)
    assert any("look alike" in f for f in check_colours("x", same).failures)
