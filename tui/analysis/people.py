"""Actors across articles: the rows of the people index (`userdata.PersonRow`)
merged into people, and the filter the People view runs as you type.

Two actors of different articles are one person when they are of the same
kind (person, organisation, place, group, other) and share their normalised
name, or one's name is a name of several words the other was also called; a
one-word name ("Doe") joins the one person called that among their names, and
none when it is ambiguous. The reader's corrections are already in the rows
(renames and merges change the names indexed), so they carry across articles.

Pure: no I/O, no Textual.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from .userdata import PersonRow

#: minimum rapidfuzz score (0-100) for a fuzzy (non-substring) filter match
FILTER_THRESHOLD = 80

_KIND = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}


def kind_of(actor_type: str) -> str:
    return _KIND.get(actor_type, "other")


@dataclass
class Person:
    name: str
    type: str
    articles: int
    mentions: int
    quotes: int
    #: (text_hash, actor id) of every actor this person is made of
    members: list[tuple[str, str]] = field(default_factory=list)
    #: every normalised name and alias, for the filter
    names: tuple[str, ...] = ()
    #: the text the filter searches: names joined, processed once
    haystack: str = ""

    @property
    def key(self) -> str:
        return f"{kind_of(self.type)}:{self.names[0] if self.names else self.name.casefold()}"


class _Sets:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def merge_people(rows: list[PersonRow]) -> list[Person]:
    """People by number of articles, then mentions, then quotes (then name).

    Rows are first grouped by (kind, normalised name), one dictionary pass;
    the linking then works on those few groups, not on every row."""
    groups: dict[tuple[str, str], list[PersonRow]] = {}
    aliases: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        key = (kind_of(row.type), row.norm)
        found = groups.get(key)
        if found is None:
            groups[key] = [row]
            aliases[key] = set(row.aliases)
        else:
            found.append(row)
            aliases[key].update(row.aliases)
    keys = list(groups)
    sets = _Sets(len(keys))
    owner: dict[tuple[str, str], int] = {key: i for i, key in enumerate(keys)}
    for i, key in enumerate(keys):  # names of several words shared: one person
        kind = key[0]
        for alias in aliases[key]:
            if " " in alias and alias != key[1]:
                other = owner.setdefault((kind, alias), i)
                if other != i:
                    sets.union(i, other)
    # one-word names: join the one group (named with several words) also called by that word
    word_roots: dict[tuple[str, str], set[int]] = {}
    for i, key in enumerate(keys):
        if " " in key[1]:
            for alias in aliases[key]:
                if " " not in alias:
                    word_roots.setdefault((key[0], alias), set()).add(sets.find(i))
    for i, key in enumerate(keys):
        if key[1] and " " not in key[1]:
            roots = {sets.find(j) for j in word_roots.get(key, ())}
            if len(roots) == 1:
                sets.union(i, roots.pop())
    merged: dict[int, list[tuple[str, str]]] = {}
    for i, key in enumerate(keys):
        merged.setdefault(sets.find(i), []).append(key)
    people = []
    for members in merged.values():
        names: Counter = Counter()
        types: Counter = Counter()
        hashes: set[str] = set()
        mentions = quotes = 0
        pairs = []
        for key in members:
            for row in groups[key]:
                names[row.name] += row.mentions
                types[row.type] += row.mentions
                hashes.add(row.text_hash)
                mentions += row.mentions
                quotes += row.quotes
                pairs.append((row.text_hash, row.actor))
        # the most used name; of equally used ones the fullest
        name = max(names, key=lambda n: (names[n], len(n.split()), len(n)))
        main = max(members, key=lambda k: sum(r.mentions for r in groups[k]))
        all_names = [main[1], *sorted(({k[1] for k in members} | set().union(*(aliases[k] for k in members)))
                                      - {main[1]})]
        people.append(Person(
            name=name,
            type=types.most_common(1)[0][0],
            articles=len(hashes),
            mentions=mentions,
            quotes=quotes,
            members=pairs,
            names=tuple(all_names),
            haystack=default_process(" | ".join([name, *all_names])),
        ))
    people.sort(key=lambda p: (-p.articles, -p.mentions, -p.quotes, p.name.casefold()))
    return people


def filter_people(query: str, people: list[Person]) -> list[Person]:
    """People whose names match `query`: substring matches first (in list
    order), then fuzzy ones (rapidfuzz partial ratio, best first)."""
    needle = default_process(query)
    if not needle:
        return people
    exact = [p for p in people if needle in p.haystack]
    if len(needle) < 4:
        return exact
    seen = {id(p) for p in exact}
    rest = [p for p in people if id(p) not in seen]
    found = process.extract(needle, [p.haystack for p in rest], scorer=fuzz.partial_ratio,
                            score_cutoff=FILTER_THRESHOLD, limit=None, processor=None)
    found.sort(key=lambda t: (-t[1], t[2]))
    return exact + [rest[i] for _choice, _score, i in found]
