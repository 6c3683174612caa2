"""The actor list: actors grouped by type, each with its mention count,
ordered by salience within a group; the unnamed sources of quotes ("officials",
"a source") come last, dim, in a group of their own. Names are data, never markup."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from ..analysis.model import Actor, Analysis
from .hanging import Hanging
from .list_keys import list_bindings
from .types import GROUPS, group_of

GROUP_CLASS = {
    "people": "actor-sidebar--person",
    "organisations": "actor-sidebar--org",
    "places": "actor-sidebar--place",
    "groups": "actor-sidebar--group",
    "other": "actor-sidebar--other",
}


#: the heading of the last group: speakers the quote stage found no name for
UNNAMED_TITLE = "Unnamed sources"


class ActorSidebar(OptionList):
    """Actors by group, unnamed sources last; Enter or a click posts
    `ActorSidebar.ActorSelected`."""

    COMPONENT_CLASSES: ClassVar[set[str]] = OptionList.COMPONENT_CLASSES | {
        "actor-sidebar--heading",
        *GROUP_CLASS.values(),
    }

    BINDINGS: ClassVar[list[BindingType]] = list_bindings(
        "list", "Move down the list", "Move up the list", "Go to the first entry", "Go to the last entry"
    )

    class ActorSelected(Message):
        def __init__(self, sidebar: ActorSidebar, actor: Actor) -> None:
            super().__init__()
            self.sidebar = sidebar
            self.actor = actor

        @property
        def control(self) -> ActorSidebar:
            return self.sidebar

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._analysis: Analysis | None = None
        self._shown: tuple[Actor, ...] = ()
        #: the component styles the current prompts were built with
        self._built_with: tuple | None = None
        #: what `show_actors` last listed (the same again, at a key of a search, is not rebuilt)
        self._listed: tuple | None = None

    @property
    def shown(self) -> tuple[Actor, ...]:
        """The actors currently listed, in list order."""
        return self._shown

    def set_analysis(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self.show_actors(analysis.actors)

    def show_actors(self, actors: tuple[Actor, ...] | list[Actor], empty: str = "No actors found.") -> None:
        """List these actors (already in the wanted order), grouped by type;
        `empty` says why the list is empty when it is."""
        listed = (tuple(actors), None if actors else empty)
        if listed == self._listed:
            return
        self._listed = listed
        selected = self.highlighted_option.id if self.highlighted_option else None
        options: list[Option | None] = []
        shown: list[Actor] = []
        heading = self.get_visual_style("actor-sidebar--heading", partial=True)
        self._built_with = self._marker_styles()
        # named actors by type, then the unnamed sources ("officials", "a source") in a group of their own
        groups = [(title, group, [a for a in actors if a.named and group_of(a.type) == group])
                  for group, title in GROUPS]
        groups.append((UNNAMED_TITLE, "unnamed", [a for a in actors if not a.named]))
        for title, group, members in groups:
            if not members:
                continue
            if options:
                options.append(None)
            options.append(Option(Content.styled(f"{title} ({len(members)})", heading),
                                  id=f"group:{group}", disabled=True))
            for actor in members:
                marker = self.get_visual_style(GROUP_CLASS[group_of(actor.type)], partial=True)
                options.append(Option(self._prompt(actor, marker), id=actor.id))
                shown.append(actor)
        self._shown = tuple(shown)
        self.set_options(options or [Option(Content.styled(empty, "dim"), id="empty", disabled=True)])
        if selected and any(a.id == selected for a in shown):
            self.highlighted = self.get_option_index(selected)
        elif shown:
            self.highlighted = self.get_option_index(shown[0].id)

    def _marker_styles(self) -> tuple:
        return tuple(self.get_visual_style(name, partial=True)
                     for name in ("actor-sidebar--heading", *GROUP_CLASS.values()))

    def on_mount(self) -> None:
        # A theme switch changes the component styles without necessarily
        # changing this widget's own, so no style update would reach it.
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme) -> None:
        self.notify_style_update()

    def notify_style_update(self) -> None:
        """Component styles changed (a theme switch): rebuild the prompts, whose
        dots and headings carry the styles they were built with."""
        super().notify_style_update()
        if self._built_with is not None and self._marker_styles() != self._built_with:
            self._restyle()

    def _restyle(self) -> None:
        self._built_with = self._marker_styles()
        heading = self.get_visual_style("actor-sidebar--heading", partial=True)
        by_id = {actor.id: actor for actor in self._shown}
        for index, option in enumerate(self.options):
            option_id = option.id or ""
            if option_id.startswith("group:"):
                prompt = Content.styled(option.prompt.plain, heading)  # type: ignore[union-attr]
            elif option_id in by_id:
                actor = by_id[option_id]
                marker = self.get_visual_style(GROUP_CLASS[group_of(actor.type)], partial=True)
                prompt = self._prompt(actor, marker)
            else:
                continue
            self.replace_option_prompt_at_index(index, prompt)

    @staticmethod
    def _prompt(actor: Actor, marker) -> Hanging:
        """`● Name 3`, a long name wrapped under its first letter (not under the
        dot, where it looked like an entry of its own); an unnamed source's
        words dim, as in the Quotes tab."""
        return Hanging(
            Content.styled("● ", marker),
            Content.assemble(Content(actor.name) if actor.named else Content.styled(actor.name, "dim"),
                             Content.styled(f" {actor.count}", "dim")),
            2,
        )

    def select_actor(self, actor_id: str) -> None:
        """Move the highlight to an actor (if listed) without posting a message."""
        try:
            self.highlighted = self.get_option_index(actor_id)
        except OptionDoesNotExist:  # filtered out by a search
            pass

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self._analysis is None or event.option_id is None:
            return
        actor = self._analysis.actor_by_id.get(event.option_id)
        if actor is not None:
            self.post_message(self.ActorSelected(self, actor))
