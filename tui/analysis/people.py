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

from rapidfuzz.utils import default_process

from ..name_match import word_score
from .userdata import NameGroup, PersonRow

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
    #: the (type, normalised name) groups of the index this person is made of
    groups: list[tuple[str, str]] = field(default_factory=list)
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


def group_rows(rows: list[PersonRow]) -> list[NameGroup]:
    """The index rows grouped by (type, normalised name), as
    `UserData.name_groups` does in SQL (the name shown: the most mentioned)."""
    found: dict[tuple[str, str], list[PersonRow]] = {}
    for row in rows:
        found.setdefault((row.type, row.norm), []).append(row)
    return [
        NameGroup(type_, norm, max(members, key=lambda r: r.mentions).name, max(r.mentions for r in members),
                  sum(r.mentions for r in members), sum(r.quotes for r in members),
                  frozenset(r.text_hash for r in members), frozenset(a for r in members for a in r.aliases))
        for (type_, norm), members in found.items()
    ]


def merge_people(groups: list[NameGroup]) -> list[Person]:
    """People by number of articles, then mentions, then quotes (then name),
    linked from the name groups (a few hundred, not every indexed actor)."""
    keys = [(kind_of(g.type), g.norm) for g in groups]
    sets = _Sets(len(groups))
    owner: dict[tuple[str, str], int] = {}
    for i, key in enumerate(keys):  # one normalised name of one kind (PERSON, GPE/LOC ...): one person
        other = owner.setdefault(key, i)
        if other != i:
            sets.union(i, other)
    for i, group in enumerate(groups):  # names of several words shared: one person
        kind = keys[i][0]
        for alias in group.aliases:
            if " " in alias and alias != group.norm:
                other = owner.setdefault((kind, alias), i)
                if other != i:
                    sets.union(i, other)
    # one-word names: join the one group (named with several words) also called by that word
    word_roots: dict[tuple[str, str], set[int]] = {}
    for i, group in enumerate(groups):
        if " " in group.norm:
            for alias in group.aliases:
                if " " not in alias:
                    word_roots.setdefault((keys[i][0], alias), set()).add(sets.find(i))
    for i, group in enumerate(groups):
        if group.norm and " " not in group.norm:
            roots = {sets.find(j) for j in word_roots.get(keys[i], ())}
            if len(roots) == 1:
                sets.union(i, roots.pop())
    merged: dict[int, list[NameGroup]] = {}
    for i, group in enumerate(groups):
        merged.setdefault(sets.find(i), []).append(group)
    people = []
    for members in merged.values():
        main = max(members, key=lambda g: (g.mentions, len(g.norm.split()), len(g.norm)))
        types: Counter = Counter()
        hashes: set[str] = set()
        names: set[str] = set()
        for g in members:
            types[g.type] += g.mentions
            hashes |= g.hashes
            names.add(g.norm)
            names |= g.aliases
        names.discard(main.norm)
        all_names = (main.norm, *sorted(names))
        people.append(Person(
            name=main.name,
            type=types.most_common(1)[0][0],
            articles=len(hashes),
            mentions=sum(g.mentions for g in members),
            quotes=sum(g.quotes for g in members),
            groups=[(g.type, g.norm) for g in members],
            names=all_names,
            haystack=default_process(" | ".join([main.name, *all_names])),
        ))
    people.sort(key=lambda p: (-p.articles, -p.mentions, -p.quotes, p.name.casefold()))
    return people


def _filter_score(tokens: list[str], phrase: str, haystack: str) -> float:
    """How well the query's words name a person whose names are `haystack`
    (processed words): the query at the start of a word (300), every word of it
    the start of a name's word (200), else every word the start of one or a
    whole name's word with a small typo (`name_match.word_score`, at most 100).
    0: no match."""
    if f" {phrase}" in f" {haystack}":
        return 300.0
    words = haystack.split()
    if all(any(word.startswith(token) for word in words) for token in tokens):
        return 200.0
    return word_score(tokens, words)


def filter_people(query: str, people: list[Person]) -> list[Person]:
    """People whose names match `query`, best first (ties in list order): the
    query starting a word of a name, then every query word starting a name's
    word, then names with typos in whole words (`_filter_score`)."""
    needle = default_process(query)
    if not needle:
        return people
    tokens = needle.split()
    phrase = " ".join(tokens)
    scored = []
    for order, person in enumerate(people):
        score = _filter_score(tokens, phrase, person.haystack)
        if score > 0:
            scored.append((-score, order, person))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [person for _score, _order, person in scored]
