"""A list entry with a label in a column of its own and its body wrapped
beside it, every body line under the first (a hanging indent): the detail
panel's `¶3` entries and the sidebar's `● Name 3` rows."""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """`label` in its first `label_width` cells and `body` wrapped beside it,
    every body line under the first: a layout, not indent characters, so
    copying the text copies no padding characters (and a wrapped line never
    looks like an entry of its own). Cut to `max_lines` lines (the last ending
    in `…`) when given."""

    def __init__(self, label: Content, body: Content, label_width: int, max_lines: int | None = None) -> None:
        self.label = label
        self.body = body
        self.label_width = label_width
        self.max_lines = max_lines
        self._wrapped: tuple[int, list[Content]] | None = None

    @property
    def content(self) -> Content:
        """The label and the whole body as one `Content` (what the entry says)."""
        return Content.assemble(self.label, self.body)

    @property
    def plain(self) -> str:
        return f"{self.label.plain}{self.body.plain}"

    @property
    def spans(self):
        """The styled spans of `content`, offsets into `plain`."""
        return self.content.spans

    def __str__(self) -> str:
        return self.plain

    def lines(self, width: int) -> list[Content]:
        """The body wrapped to `width` cells (cut to `max_lines`)."""
        if self._wrapped is not None and self._wrapped[0] == width:
            return self._wrapped[1]
        lines = self.body.wrap(max(1, width)) or [Content("")]
        if self.max_lines is not None and len(lines) > self.max_lines:
            lines = lines[: self.max_lines]
            last = lines[-1].rstrip()
            if last.cell_length >= width:
                last = last[: max(0, len(last.plain) - 1)]
            lines[-1] = Content.assemble(last, Content("…"))
        self._wrapped = (width, lines)
        return lines

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        room = max(1, container_width - self.label_width)
        return self.label_width + self.body.get_optimal_width(rules, room)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(max(1, width - self.label_width)))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        cells = self.label_width
        if width <= cells:
            return self.content.render_strips(width, height, style, options)
        room = width - cells
        label = self.label.render_strips(cells, 1, style, options)[0].extend_cell_length(cells, style.rich_style)
        blank = Strip.blank(cells, style.rich_style)
        strips = []
        for index, line in enumerate(self.lines(room)):
            body = line.render_strips(room, 1, style, options)
            body_strip = (body[0] if body else Strip.blank(0)).extend_cell_length(room, style.rich_style)
            strips.append(Strip.join([label if index == 0 else blank, body_strip]))
        return strips if height is None else strips[:height]
