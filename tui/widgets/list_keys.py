"""The vi-style keys every list in the reader shares (j/k to move, g/G for the
first and last entry), defined once. Each list gets its own binding ids (so a
user can remap one list's keys) and tooltips that name what it lists."""

from __future__ import annotations

from textual.binding import Binding


def list_bindings(
    scope: str,
    down: str,
    up: str,
    first: str,
    last: str,
    *,
    first_action: str = "first",
    last_action: str = "last",
) -> list[Binding]:
    """j/k/g/G for a list: binding ids `<scope>.down|up|first|last`, the four
    tooltips as given. `first_action`/`last_action` name the widget's own
    actions for the ends (a `DataTable` calls them scroll_top/scroll_bottom)."""
    return [
        Binding("j", "cursor_down", "Down", show=False, id=f"{scope}.down", tooltip=down),
        Binding("k", "cursor_up", "Up", show=False, id=f"{scope}.up", tooltip=up),
        Binding("g", first_action, "First", show=False, id=f"{scope}.first", tooltip=first),
        Binding("G", last_action, "Last", show=False, id=f"{scope}.last", tooltip=last),
    ]
