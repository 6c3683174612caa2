"""`newsreader analyze --format text`: a readable report of an analysis, with rich.

Every piece of article data goes into a rich `Text` (never parsed as markup)
after `one_line`, which cleans it again and collapses it onto one line, so no
escape sequence, control character or bidi override from an article reaches
the terminal.
"""

from __future__ import annotations

import sys
from typing import IO

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .clean import one_line
from .model import Analysis

TYPE_LABELS = {
    "PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
    "FAC": "facility", "NORP": "group", "EVENT": "event", "PRODUCT": "product",
    "WORK_OF_ART": "work", "LAW": "law", "LANGUAGE": "language",
}


def build_report(analysis: Analysis) -> Group:
    parts: list = []
    parts.append(Text(one_line(analysis.title) or "(untitled)", style="bold"))
    words = len(analysis.text.split())
    parts.append(Text.assemble(
        ("source ", "dim"), one_line(analysis.source),
        ("  model ", "dim"), one_line(f"{analysis.model.name} {analysis.model.version}"),
        ("  words ", "dim"), f"{words:,}",
    ))
    origin = analysis.origin
    if origin is not None:  # a downloaded article: where and when it was published
        line = Text.assemble(("url ", "dim"), one_line(origin.url))
        for label, value in (("date", origin.date), ("author", origin.author), ("site", origin.site)):
            if value:
                line.append_text(Text.assemble((f"  {label} ", "dim"), one_line(value)))
        parts.append(line)
    parts.append(Text(""))

    actors = Table(title=Text(f"Actors ({len(analysis.actors)}), most salient first", style="bold"),
                   title_justify="left", expand=False, show_edge=False, pad_edge=False)
    actors.add_column("#", justify="right", style="dim")
    actors.add_column("Actor", overflow="fold")
    actors.add_column("Type")
    actors.add_column("Mentions", justify="right")
    actors.add_column("Quotes", justify="right")
    actors.add_column("Also called", overflow="fold")
    for rank, actor in enumerate(analysis.actors, 1):
        aliases = [one_line(a) for a in actor.aliases if a != actor.name]
        pronouns = sum(1 for m in actor.mentions if m.kind != "name")
        count = Text(str(actor.count))
        if pronouns:
            count.append(f" ({pronouns} pron./nom.)", style="dim")
        actors.add_row(
            str(rank),
            Text(one_line(actor.name), style="bold"),
            Text(TYPE_LABELS.get(actor.type, actor.type.lower())),
            count,
            str(len(analysis.quotes_by(actor.id)) or ""),
            Text(", ".join(aliases)),
        )
    parts.append(actors if analysis.actors else Text("No actors found.", style="dim"))
    parts.append(Text(""))

    parts.append(Text(f"Quotes ({len(analysis.quotes)}), in text order", style="bold"))
    if not analysis.quotes:
        parts.append(Text("No quotes found.", style="dim"))
    for number, quote in enumerate(analysis.quotes, 1):
        speaker = analysis.actor_by_id.get(quote.speaker) if quote.speaker else None
        line = Text.assemble(
            (f"{number:>3}. ", "dim"),
            (one_line(speaker.name) if speaker else "(no speaker)", "bold" if speaker else "dim"),
            (f"  {quote.kind}", "dim"),
            (f", {one_line(quote.cue)}" if quote.cue else "", "dim"),
            (f", paragraph {analysis.paragraph_of(quote.start)}", "dim"),
        )
        parts.append(line)
        body = one_line(quote.display_text())
        parts.append(Text.assemble(
            "     ",
            ("“" + body + "”", "italic") if quote.kind == "direct" else (body, ""),
        ))
    return Group(*parts)


def print_report(analysis: Analysis, file: IO[str] | None = None) -> None:
    console = Console(file=file or sys.stdout, highlight=False, markup=False, emoji=False)
    console.print(build_report(analysis))
