"""The reader's colours, computed from the theme's own variables.

Each actor group and each highlight gets a CSS variable (`$reader-person`,
`$reader-current-bg`, ...) derived from a theme colour (primary, success, ...)
and moved in lightness until it reaches WCAG AA contrast (4.5:1) against every
background it is drawn on. `reader_variables()` is what the app adds to the
theme's variables; `check_theme()` measures the result, and only themes that
pass it are offered (themes made of ANSI colours cannot be measured, so they are
not offered).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.color import Color, rgb_to_lab
from textual.theme import Theme

#: WCAG AA for normal text
AA = 4.5
#: aim a little above AA, so rounding to hex never drops a colour under it
TARGET = 4.7
#: the least colour difference (CIE76 ΔE) between two groups, or two highlights
DISTINCT = 18.0

#: actor group -> (variable suffix, the theme colours to start from, in order of preference)
GROUP_BASES: dict[str, tuple[str, tuple[str, ...]]] = {
    "people": ("person", ("primary", "secondary")),
    "organisations": ("org", ("success",)),
    "places": ("place", ("warning", "accent")),
    "groups": ("group", ("error",)),
    "other": ("other", ("foreground",)),
}

#: what each group and highlight means, for the help screen and the on-screen legend
GROUP_LABELS: dict[str, str] = {
    "people": "Person",
    "organisations": "Organisation",
    "places": "Place",
    "groups": "Group (nationality, religion, party)",
    "other": "Other (event, law, work, product…)",
}


def luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def difference(a: Color, b: Color) -> float:
    """CIE76 ΔE between two colours (about 2.3 is just noticeable)."""
    la, lb = rgb_to_lab(a), rgb_to_lab(b)
    return ((la.L - lb.L) ** 2 + (la.a - lb.a) ** 2 + (la.b - lb.b) ** 2) ** 0.5


def legible_on(color: Color, backgrounds: list[Color], dark: bool) -> Color:
    """`color` lightened (dark theme) or darkened (light theme) in small steps
    until it has TARGET contrast against every background."""
    for _ in range(40):
        if min(contrast(color, bg) for bg in backgrounds) >= TARGET:
            return color
        color = color.lighten(0.03) if dark else color.darken(0.03)
    return color


def contrast_text(bg: Color) -> Color:
    """Black or white, whichever reads better on `bg`."""
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    return black if contrast(black, bg) >= contrast(white, bg) else white


def legible_background(bg: Color, dark: bool) -> tuple[Color, Color]:
    """(text, background): `bg` moved away from its text colour until they reach TARGET."""
    for _ in range(40):
        text = contrast_text(bg)
        if contrast(text, bg) >= TARGET:
            return text, bg
        bg = bg.darken(0.03) if text == Color(255, 255, 255) else bg.lighten(0.03)
    return contrast_text(bg), bg


@dataclass(frozen=True)
class ReaderColours:
    """The resolved colours, opaque."""

    backgrounds: dict[str, Color]  # where text is drawn: surface, background, quote
    groups: dict[str, Color]  # actor group -> foreground
    highlights: dict[str, tuple[Color, Color]]  # current/selected/search -> (fg, bg)

    def variables(self) -> dict[str, str]:
        out = {f"reader-{GROUP_BASES[g][0]}": c.hex for g, c in self.groups.items()}
        out["reader-quote-bg"] = self.backgrounds["quote"].hex
        for name, (fg, bg) in self.highlights.items():
            out[f"reader-{name}-fg"] = fg.hex
            out[f"reader-{name}-bg"] = bg.hex
        return out


def _opaque(variables: dict[str, str], name: str, under: Color) -> Color | None:
    value = variables.get(name, "")
    if not value or value.startswith("ansi") or value.startswith("auto"):
        return None
    try:
        color = Color.parse(value)
    except Exception:
        return None
    if color.ansi is not None:
        return None
    return under + color if color.a < 1 else color


def compute(variables: dict[str, str], dark: bool) -> ReaderColours | None:
    """The reader's colours from a theme's generated variables; None when the
    theme is made of ANSI colours (nothing to measure)."""
    background = _opaque(variables, "background", Color(0, 0, 0) if dark else Color(255, 255, 255))
    if background is None:
        return None
    surface = _opaque(variables, "surface", background)
    primary = _opaque(variables, "primary", background)
    if surface is None or primary is None:
        return None
    # quotes: a faint tint of primary over the surface
    quote = surface.blend(primary, 0.12)
    backgrounds = {"surface": surface, "background": background, "quote": quote}
    groups: dict[str, Color] = {}
    for group, (_suffix, bases) in GROUP_BASES.items():
        candidates = [c for name in bases if (c := _opaque(variables, name, background)) is not None]
        if group == "other":  # neutral: the text colour, a little muted
            fg = _opaque(variables, "foreground", background) or contrast_text(surface)
            candidates = [fg.blend(surface, 0.3)]
        chosen = None
        for base in candidates:
            colour = legible_on(base, list(backgrounds.values()), dark)
            if all(difference(colour, other) >= DISTINCT for other in groups.values()):
                chosen = colour
                break
        groups[group] = chosen or legible_on(candidates[0], list(backgrounds.values()), dark) if candidates \
            else contrast_text(surface)
    highlights: dict[str, tuple[Color, Color]] = {}
    accent = _opaque(variables, "accent", background) or primary
    highlights["current"] = legible_background(accent, dark)
    # search hits: the first theme colour that looks unlike the current mention
    search = None
    for name in ("warning", "success", "secondary", "error", "primary"):
        base = _opaque(variables, name, background)
        if base is not None:
            pair = legible_background(base, dark)
            if difference(pair[1], highlights["current"][1]) >= DISTINCT:
                search = pair
                break
    highlights["search"] = search or legible_background(primary, dark)
    # other mentions of the selected actor: a stronger tint of primary, normal text
    selected_bg = surface.blend(primary, 0.35)
    selected_fg = legible_on(contrast_text(selected_bg), [selected_bg], dark)
    highlights["selected"] = (selected_fg, selected_bg)
    return ReaderColours(backgrounds, groups, highlights)


def theme_colours(theme: Theme) -> ReaderColours | None:
    return compute(theme.to_color_system().generate(), theme.dark)


@dataclass(frozen=True)
class Check:
    """The contrast test of one theme: the lowest ratio and what failed."""

    theme: str
    lowest: float
    failures: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.failures


def check_colours(name: str, colours: ReaderColours | None) -> Check:
    if colours is None:
        return Check(name, 0.0, ("ANSI colours cannot be measured",))
    failures: list[str] = []
    lowest = 21.0
    for group, fg in colours.groups.items():
        for where, bg in colours.backgrounds.items():
            ratio = contrast(fg, bg)
            lowest = min(lowest, ratio)
            if ratio < AA:
                failures.append(f"{group} on {where}: {ratio:.2f}")
    for name_, (fg, bg) in colours.highlights.items():
        ratio = contrast(fg, bg)
        lowest = min(lowest, ratio)
        if ratio < AA:
            failures.append(f"{name_}: {ratio:.2f}")
    groups = list(colours.groups.items())
    for i, (ga, ca) in enumerate(groups):
        for gb, cb in groups[i + 1:]:
            if difference(ca, cb) < DISTINCT:
                failures.append(f"{ga} and {gb} look alike")
    bgs = [(n, bg) for n, (_fg, bg) in colours.highlights.items()]
    for i, (na, ba) in enumerate(bgs):
        for nb, bb in bgs[i + 1:]:
            if difference(ba, bb) < DISTINCT:
                failures.append(f"{na} and {nb} highlights look alike")
    return Check(name, lowest, tuple(failures))


def check_theme(theme: Theme) -> Check:
    return check_colours(theme.name, theme_colours(theme))


def offered_themes(themes: dict[str, Theme]) -> list[str]:
    """The names of the themes whose reader colours pass the contrast test."""
    return sorted(name for name, theme in themes.items() if check_theme(theme).passed)


def reader_variables(theme: Theme, variables: dict[str, str]) -> dict[str, str]:
    """CSS variables for the reader's colours under `theme`, whose generated
    variables are `variables` (a theme that cannot be measured gets its own
    text colours)."""
    colours = compute(variables, theme.dark)
    if colours is not None:
        return colours.variables()
    get = variables.get
    return {
        "reader-person": get("text-primary", "ansi_default"), "reader-org": get("text-success", "ansi_default"),
        "reader-place": get("text-warning", "ansi_default"), "reader-group": get("text-error", "ansi_default"),
        "reader-other": get("text-muted", "ansi_default"), "reader-quote-bg": get("surface", "ansi_default"),
        "reader-current-fg": get("text", "ansi_default"), "reader-current-bg": get("accent", "ansi_default"),
        "reader-search-fg": get("text", "ansi_default"), "reader-search-bg": get("warning", "ansi_default"),
        "reader-selected-fg": get("text", "ansi_default"), "reader-selected-bg": get("primary-muted", "ansi_default"),
    }
