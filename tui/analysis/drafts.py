"""Working state shared by the analysis stages before it is frozen into an `Analysis`.

`actors.find_actors` makes the drafts, `coref` adds pronoun and nominal mentions
to them, `quotes.find_quotes` asks the `MentionIndex` who a speaker span refers
to. Keys are internal; public ids (`a1`, `a2`, …) are given after salience ranking.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .model import Mention


@dataclass
class ActorDraft:
    key: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    # how many mentions hold the subject of a clause: counted by salience.subject_counts
    # as the salience stage begins, for its score
    subject_mentions: int = 0
    # False for an unnamed source made an actor by the quote stage ("officials")
    named: bool = True

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)

    def add_free(self, mentions: Iterable[Mention]) -> None:
        """Add each of `mentions` that overlaps none of this actor's mentions (the
        ones added before it included), then keep the mentions in text order."""
        taken = [(m.start, m.end) for m in self.mentions]
        for m in mentions:
            if not any(s < m.end and m.start < e for s, e in taken):
                self.mentions.append(m)
                taken.append((m.start, m.end))
        self.mentions.sort(key=lambda m: (m.start, m.end))


class MentionIndex:
    """Char-offset lookup from a span of text to the actor draft mentioned there."""

    def __init__(self, drafts: list[ActorDraft], dropped: frozenset[str] = frozenset()) -> None:
        items = sorted(
            (m.start, m.end, d.key) for d in drafts for m in d.mentions
        )
        self._starts = [s for s, _, _ in items]
        self._items = items
        self._drafts = {d.key: d for d in drafts}
        #: drafts registered after the index was built (unnamed sources of the
        #: quote stage), in the order they were added
        self.added: list[ActorDraft] = []
        #: the names (casefolded) an actor filter of the actors stage left out
        #: (a term, an award, a field of study): the quote stage makes no actor of them
        self.dropped = dropped

    def add_draft(self, draft: ActorDraft) -> None:
        """Register a new actor draft with no mentions yet (its mentions are
        not indexed: it is made after every look-up that could need them)."""
        self._drafts[draft.key] = draft
        self.added.append(draft)

    def draft(self, key: str) -> ActorDraft:
        return self._drafts[key]

    def drafts(self) -> list[ActorDraft]:
        """Every actor draft, those of the actors stage and those added since."""
        return list(self._drafts.values())

    def actor_at(self, start: int, end: int) -> str | None:
        """Key of the actor whose mention overlaps [start, end) most, else None."""
        best_key, best_overlap = None, 0
        i = bisect.bisect_right(self._starts, end) - 1
        # Mentions are short; walk back over the few that could overlap.
        while i >= 0 and self._items[i][0] > start - 200:
            s, e, key = self._items[i]
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best_key, best_overlap = key, overlap
            i -= 1
        return best_key

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, key) of every mention inside [start, end), in text order."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [it for it in self._items[lo:hi] if it[1] <= end]

    def nearest_before(self, offset: int, types: tuple[str, ...] = ("PERSON",), limit: int = 0,
                       accept: Callable[[str], bool] | None = None) -> str | None:
        """Key of the closest actor of one of `types` mentioned before `offset`
        (no further back than `limit`, if given) that `accept`, if given, takes."""
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0:
            s, _, key = self._items[i]
            if limit and s < limit:
                return None
            if self._drafts[key].type in types and (accept is None or accept(key)):
                return key
            i -= 1
        return None
