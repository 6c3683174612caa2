"""The reader's corrections to an analysis, and how they are re-applied.

A correction never names an actor by its id (ids change whenever the analyser
or another correction reorders the actors). It names places in the text and
strings instead:

- an actor by an `ActorRef`: the name it had and one of its mentions (a
  `Span`: offsets, the text there and a few characters before it);
- a mention or a quote by its `Span`.

`apply_corrections(analysis, corrections)` replays them in order on a fresh
analysis of the same text, whichever analyser made it, and returns the
corrected `Analysis` (still the newsreader.analysis/1 contract: actors by
descending salience with ids a1..aN, non-overlapping mentions in text order,
every speaker an actor id) with a `CorrectionReport`. A correction whose
places are no longer in the text (the article changed) or whose actor or quote
cannot be found any more is listed in the report with the reason; it is never
dropped silently nor applied somewhere else. A place that moved (an edit earlier
in the article) is found again only when its text and the characters before it
occur exactly once.

Pure: no I/O, no Textual, no spaCy.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any, Literal

from .model import ACTOR_TYPES, Actor, Analysis, Mention, Quote, name_aliases, non_overlapping

Op = Literal["merge", "split", "rename", "retype", "not_actor", "speaker"]
OPS: tuple[str, ...] = ("merge", "split", "rename", "retype", "not_actor", "speaker")
#: characters of text kept before a place, to find it again after an edit
CONTEXT = 16


@dataclass(frozen=True)
class Span:
    """A place in the article text: `text[start:end]`, with what precedes it."""

    start: int
    end: int
    text: str
    before: str = ""

    @classmethod
    def at(cls, full_text: str, start: int, end: int) -> Span:
        return cls(start, end, full_text[start:end], full_text[max(0, start - CONTEXT) : start])

    def locate(self, full_text: str) -> Span | None:
        """This place in `full_text`: where it was, or (the article changed)
        the one place its text and context occur; None when it is gone or ambiguous."""
        if full_text[self.start : self.end] == self.text and (
            full_text[max(0, self.start - len(self.before)) : self.start] == self.before
        ):
            return self
        needle = self.before + self.text
        if not self.text.strip():
            return None
        first = full_text.find(needle)
        if first < 0 or full_text.find(needle, first + 1) >= 0:
            return None
        start = first + len(self.before)
        return Span(start, start + len(self.text), self.text, self.before)

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "before": self.before}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]), str(data.get("before", "")))


@dataclass(frozen=True)
class ActorRef:
    """An actor as the reader saw it: its name and one of its mentions."""

    name: str
    span: Span

    @classmethod
    def of(cls, analysis: Analysis, actor: Actor) -> ActorRef:
        named = [m for m in actor.mentions if m.kind == "name"] or list(actor.mentions)
        mention = next((m for m in named if m.text == actor.name), named[0])
        return cls(actor.name, Span.at(analysis.text, mention.start, mention.end))

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "span": self.span.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ActorRef:
        return cls(str(data["name"]), Span.from_json(data["span"]))


@dataclass(frozen=True)
class Correction:
    """One correction. Which fields matter depends on `op`:

    - merge: `actor` joins `target` (the target keeps its name and type);
    - split: the mention at `span` leaves its actor for `target`, or for a new
      actor called `name` (default: the mention's text) of type `type`;
    - rename: `actor` is called `name`;
    - retype: `actor` is of type `type`;
    - not_actor: `actor` is removed (its quotes lose their speaker);
    - speaker: the quote at `span` is spoken by `target` (None: nobody).
    """

    op: Op
    actor: ActorRef | None = None
    target: ActorRef | None = None
    span: Span | None = None
    name: str | None = None
    type: str | None = None

    def __post_init__(self) -> None:
        if self.op not in OPS:
            raise ValueError(f"unknown correction {self.op!r}")
        if self.type is not None and self.type not in ACTOR_TYPES:
            raise ValueError(f"unknown actor type {self.type!r}")
        needs_actor = self.op in ("merge", "rename", "retype", "not_actor")
        if needs_actor and self.actor is None:
            raise ValueError(f"a {self.op} correction needs an actor")
        if self.op == "merge" and self.target is None:
            raise ValueError("a merge needs a target actor")
        if self.op in ("split", "speaker") and self.span is None:
            raise ValueError(f"a {self.op} correction needs a place in the text")
        if self.op == "rename" and not (self.name or "").strip():
            raise ValueError("a rename needs a name")
        if self.op == "retype" and self.type is None:
            raise ValueError("a type change needs a type")

    def describe(self) -> str:
        """One line for reports and notices."""
        who = self.actor.name if self.actor else ""
        if self.op == "merge":
            return f"merge {who} into {self.target.name if self.target else '?'}"
        if self.op == "split":
            into = self.target.name if self.target else f"a new actor {self.name or self.span.text if self.span else ''}"
            return f"move the mention {_short(self.span.text if self.span else '')} to {into}"
        if self.op == "rename":
            return f"rename {who} to {self.name}"
        if self.op == "retype":
            return f"make {who} a {self.type}"
        if self.op == "not_actor":
            return f"{who} is not an actor"
        speaker = self.target.name if self.target else "nobody"
        return f"the quote {_short(self.span.text if self.span else '')} is by {speaker}"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"op": self.op}
        for key in ("actor", "target", "span"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value.to_json()
        for key in ("name", "type"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Correction:
        return cls(
            op=data["op"],
            actor=ActorRef.from_json(data["actor"]) if data.get("actor") else None,
            target=ActorRef.from_json(data["target"]) if data.get("target") else None,
            span=Span.from_json(data["span"]) if data.get("span") else None,
            name=data.get("name"),
            type=data.get("type"),
        )


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    flat = flat if len(flat) <= limit else flat[: limit - 1] + "…"
    return f"“{flat}”"


@dataclass(frozen=True)
class CorrectionReport:
    """What happened to each correction."""

    applied: tuple[Correction, ...] = ()
    #: (correction, why it was not applied)
    failed: tuple[tuple[Correction, str], ...] = ()
    #: ids (in the corrected analysis) of the actors a correction changed
    corrected_actors: frozenset[str] = frozenset()
    #: (start, end) of the quotes whose speaker a correction set or cleared
    corrected_quotes: frozenset[tuple[int, int]] = frozenset()

    def problems(self) -> list[str]:
        return [f"{c.describe()}: {why}" for c, why in self.failed]


# --- the replay ------------------------------------------------------------------

@dataclass(eq=False)
class _Draft:
    name: str
    type: str
    salience: float
    mentions: dict[tuple[int, int], Mention]
    corrected: bool = False
    named: bool = True  # False for an unnamed source ("officials") until the reader names it

    @property
    def first(self) -> int:
        return min(self.mentions)[0] if self.mentions else 0


@dataclass(eq=False)
class _QuoteDraft:
    quote: Quote
    speaker: _Draft | None
    corrected: bool = False


class _Failed(Exception):
    pass


@dataclass
class _State:
    text: str
    actors: list[_Draft]
    quotes: list[_QuoteDraft]
    failed: list[tuple[Correction, str]] = field(default_factory=list)
    applied: list[Correction] = field(default_factory=list)

    def place(self, span: Span, what: str) -> Span:
        found = span.locate(self.text)
        if found is None:
            raise _Failed(f"{what} {_short(span.text)} is no longer in the article")
        return found

    def actor(self, ref: ActorRef) -> _Draft:
        """The actor holding the referenced mention, else the one (only) actor
        with that name or alias."""
        span = span_or_none = ref.span.locate(self.text)
        if span_or_none is not None:
            key = (span.start, span.end)
            for draft in self.actors:
                if key in draft.mentions:
                    return draft
            overlapping = [d for d in self.actors
                           if any(s < span.end and span.start < e for s, e in d.mentions)]
            if len(overlapping) == 1:
                return overlapping[0]
        wanted = _norm(ref.name)
        named = [d for d in self.actors
                 if _norm(d.name) == wanted or any(_norm(m.text) == wanted for m in d.mentions.values()
                                                    if m.kind == "name")]
        if len(named) == 1:
            return named[0]
        if span_or_none is None:
            raise _Failed(f"{ref.name} ({_short(ref.span.text)}) is no longer in the article")
        raise _Failed(f"no actor {ref.name} any more")

    def speak_for(self, old: _Draft, new: _Draft | None) -> None:
        for q in self.quotes:
            if q.speaker is old:
                q.speaker = new


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def apply_corrections(
    analysis: Analysis, corrections: list[Correction] | tuple[Correction, ...]
) -> tuple[Analysis, CorrectionReport]:
    """`analysis` with `corrections` replayed in order, and what became of each."""
    if not corrections:
        return analysis, CorrectionReport()
    by_id: dict[str, _Draft] = {}
    drafts = []
    for actor in analysis.actors:
        draft = _Draft(actor.name, actor.type, actor.salience, {(m.start, m.end): m for m in actor.mentions},
                       named=actor.named)
        by_id[actor.id] = draft
        drafts.append(draft)
    state = _State(
        analysis.text, drafts,
        [_QuoteDraft(q, by_id.get(q.speaker) if q.speaker else None) for q in analysis.quotes],
    )
    for correction in corrections:
        try:
            _apply_one(state, correction)
        except _Failed as exc:
            state.failed.append((correction, str(exc)))
        else:
            state.applied.append(correction)
    return _freeze(analysis, state)


def _apply_one(state: _State, c: Correction) -> None:
    apply = _APPLY.get(c.op)
    if apply is not None:  # (an operation this version does not know changes nothing)
        apply(state, c)


def _merge_actors(state: _State, c: Correction) -> None:
    """Merge an actor into another: its mentions, its quotes, the higher salience."""
    assert c.actor is not None and c.target is not None
    source, target = state.actor(c.actor), state.actor(c.target)
    if source is target:
        return  # already one actor
    for key, mention in source.mentions.items():
        target.mentions.setdefault(key, mention)
    target.salience = max(target.salience, source.salience)
    target.named = target.named or source.named
    target.corrected = True
    state.actors.remove(source)
    state.speak_for(source, target)


def _split_mention(state: _State, c: Correction) -> None:
    """Move one mention to another actor, or to a new one made from it; the quotes
    attributed through that mention follow it, and an actor left with no mention is gone."""
    assert c.span is not None
    span = state.place(c.span, "the mention")
    key = (span.start, span.end)
    owner = next((d for d in state.actors if key in d.mentions), None)
    target = state.actor(c.target) if c.target is not None else None
    if owner is not None and owner is target:
        return
    mention = owner.mentions.pop(key) if owner is not None else Mention(span.start, span.end, span.text, "name")
    if target is None:
        share = 1 / (len(owner.mentions) + 1) if owner is not None else 1.0
        base = owner.salience if owner is not None else 0.0
        target = _Draft(
            name=(c.name or " ".join(span.text.split())).strip(),
            type=c.type or (owner.type if owner is not None else "PERSON"),
            salience=base * math.sqrt(share),
            mentions={},
        )
        state.actors.append(target)
    for other in list(target.mentions):  # no overlapping mentions within an actor
        if other[0] < span.end and span.start < other[1]:
            del target.mentions[other]
    target.mentions[key] = mention
    target.corrected = True
    if owner is not None:
        owner.corrected = True
        for q in state.quotes:  # quotes attributed through that very mention follow it
            sm = _speaker_mention(q.quote)
            if q.speaker is owner and sm == key:
                q.speaker = target
        if not owner.mentions:
            state.actors.remove(owner)
            state.speak_for(owner, target)


def _rename_actor(state: _State, c: Correction) -> None:
    """Give an actor the reader's name for it."""
    assert c.actor is not None and c.name
    draft = state.actor(c.actor)
    draft.name = " ".join(c.name.split())
    draft.named = True  # the reader gave it a name
    draft.corrected = True


def _retype_actor(state: _State, c: Correction) -> None:
    """Give an actor the reader's type."""
    assert c.actor is not None and c.type
    draft = state.actor(c.actor)
    draft.type = c.type
    draft.corrected = True


def _drop_actor(state: _State, c: Correction) -> None:
    """Remove an actor; its quotes have no speaker."""
    assert c.actor is not None
    draft = state.actor(c.actor)
    state.actors.remove(draft)
    state.speak_for(draft, None)


def _set_speaker(state: _State, c: Correction) -> None:
    """Give a quote (or the one quote the analyser now finds a little wider or
    narrower) the reader's speaker, or none."""
    assert c.span is not None
    span = state.place(c.span, "the quote")
    quote = next((q for q in state.quotes if (q.quote.start, q.quote.end) == (span.start, span.end)), None)
    if quote is None:  # the analyser now finds it a little wider or narrower
        around = [q for q in state.quotes if q.quote.start <= span.start and span.end <= q.quote.end
                  or span.start <= q.quote.start and q.quote.end <= span.end]
        if len(around) != 1:
            raise _Failed(f"the quote {_short(span.text)} is no longer found as a quote")
        quote = around[0]
    quote.speaker = state.actor(c.target) if c.target is not None else None
    quote.corrected = True


# What each operation (`Op`) does to the state.
_APPLY = {
    "merge": _merge_actors, "split": _split_mention, "rename": _rename_actor, "retype": _retype_actor,
    "not_actor": _drop_actor, "speaker": _set_speaker,
}


def _speaker_mention(quote: Quote) -> tuple[int, int] | None:
    """(start, end) of the mention a quote is attributed through, when the
    analysis gives it (`speaker_mention`, an added contract field)."""
    sm = getattr(quote, "speaker_mention", None)
    if sm is None:
        return None
    if isinstance(sm, dict):
        return int(sm["start"]), int(sm["end"])
    if hasattr(sm, "start") and hasattr(sm, "end"):
        return int(sm.start), int(sm.end)
    return None


def _freeze(analysis: Analysis, state: _State) -> tuple[Analysis, CorrectionReport]:
    live = [d for d in state.actors if d.mentions]
    ranked = sorted(live, key=lambda d: (not d.named, -round(d.salience, 6), d.first))
    ids = {id(d): f"a{i}" for i, d in enumerate(ranked, 1)}
    known = {alias for a in analysis.actors for alias in a.aliases}  # names without titles, for loaded mentions
    actors = []
    for d in ranked:
        mentions = non_overlapping(d.mentions.values())
        actors.append(Actor(
            id=ids[id(d)], name=d.name, type=d.type, salience=min(1.0, max(0.0, d.salience)),
            aliases=name_aliases(mentions, known),
            mentions=tuple(mentions), named=d.named,
        ))
    quotes = []
    for q in state.quotes:
        speaker = ids.get(id(q.speaker)) if q.speaker is not None else None
        changes: dict[str, Any] = {"speaker": speaker}
        if (q.corrected or speaker is None and q.quote.speaker is not None) and "speaker_mention" in {
                f.name for f in dataclasses.fields(q.quote)}:
            changes["speaker_mention"] = None  # the analyser's attribution no longer holds
        if q.corrected and "rule" in {f.name for f in dataclasses.fields(q.quote)}:
            changes["rule"] = "correction"
        quotes.append(dataclasses.replace(q.quote, **changes))
    corrected = dataclasses.replace(analysis, actors=tuple(actors), quotes=tuple(quotes))
    report = CorrectionReport(
        applied=tuple(state.applied),
        failed=tuple(state.failed),
        corrected_actors=frozenset(ids[id(d)] for d in ranked if d.corrected),
        corrected_quotes=frozenset((q.quote.start, q.quote.end) for q in state.quotes if q.corrected),
    )
    return corrected, report
