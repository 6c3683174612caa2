"""The analysis model: immutable dataclasses and their JSON form.

Every offset is a Python string offset (code points, end exclusive) into
`Article.text` / `Analysis.text`, the one cleaned text. The JSON form is the
contract in ANALYSIS_SCHEMA.md (`newsreader.analysis/2`; /1 is read too).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from collections.abc import Callable, Iterable
from typing import Any, Literal, get_args

SCHEMA = "newsreader.analysis/2"
#: schemas `Analysis.from_json` reads (/2 only adds fields to /1)
READABLE_SCHEMAS = ("newsreader.analysis/1", SCHEMA)

ActorType = Literal[
    "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT",
    "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE",
]
ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)  # in that order (the type menu's)
MentionKind = Literal["name", "pronoun", "nominal"]
QuoteKind = Literal["direct", "indirect"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Origin:
    """Where a downloaded article came from (JSON: the optional `origin` object)."""

    url: str  # the address it was downloaded from (after redirects)
    date: str | None = None  # publication date as the page gives it (ISO 8601 when known)
    author: str | None = None
    site: str | None = None
    fetched: str | None = None  # when it was downloaded (ISO 8601, UTC)

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "date": self.date, "author": self.author, "site": self.site,
                "fetched": self.fetched}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Origin:
        return cls(url=data["url"], date=data.get("date"), author=data.get("author"), site=data.get("site"),
                   fetched=data.get("fetched"))


@dataclass(frozen=True)
class Article:
    """A loaded, cleaned article. `text` is what the analysis sees."""

    text: str
    title: str
    source: str  # path as given, "-" for standard input, or the address it was downloaded from
    origin: Origin | None = None  # downloaded articles only

    @cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        return paragraph_spans(self.text)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


# Several stages ask for the paragraphs of the same text: the last few answers are kept
# (a tuple, never changed; a text's hash is computed once and kept in the string).
@lru_cache(maxsize=8)
def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph: blocks separated by blank lines.

    The first block is the headline in the usual `.txt` layout.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        if text[pos : brk.start()].strip():
            spans.append(strip_span(text, pos, brk.start()))
        pos = brk.end()
    if text[pos:].strip():
        spans.append(strip_span(text, pos, len(text)))
    return tuple(spans)


def paragraph_index(paragraphs: tuple[tuple[int, int], ...]) -> Callable[[int], int]:
    """offset -> the index of the paragraph (of `paragraph_spans`) it falls in;
    an offset before the first paragraph is in the first."""
    # (asked of most mentions by several stages: bisecting the starts after the first
    # counts the paragraphs an offset is past, 0 before the second one, with no Python frame)
    return partial(bisect.bisect_right, [s for s, _ in paragraphs[1:]])


def holds_any(text: str, words: Iterable[str], start: int = 0, end: int | None = None, fold: bool = False) -> bool:
    """Does text[start:end] (with `fold`, in lower case) hold one of `words`?
    The test to make before a regex search every match of which holds one of
    them: it scans in C and costs far less than the search, which runs for many
    names or paragraphs and mostly finds nothing. With `fold`, for a pattern
    written with IGNORECASE: `words` in lower case, none with an "i" or an "s"
    (IGNORECASE also matches "ı", "İ" and "ſ" to them, which `str.lower` leaves)."""
    piece = text[start:end]
    if fold:
        piece = piece.lower()
    return any(w in piece for w in words)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: MentionKind = "name"
    # the coreference rule that linked a pronoun or nominal (a diagnostic like
    # `Quote.rule`: in the JSON only when asked for, `to_json(rules=True)`)
    rule: str | None = field(default=None, compare=False)
    # characters of a title or role the span opens with ("President ", "leader "
    # in "leader Jane Doe"): the span covers them (the scorer and the highlight
    # use it), the name the mention gives (`name`, the actor's alias) does not.
    # Known while analysing, not in the JSON (a loaded mention has 0).
    title: int = field(default=0, compare=False)

    @property
    def name(self) -> str:
        """The name this mention gives: its text without the title in front."""
        return self.text[self.title :].lstrip() if self.title else self.text

    def to_json(self, rules: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}
        if rules and self.rule is not None:
            data["rule"] = self.rule
        return data


# Which of two overlapping mentions of one actor stays (`non_overlapping`): a name
# over a nominal over a pronoun, then the longer.
_KIND_RANK = {"name": 2, "nominal": 1, "pronoun": 0}


def non_overlapping(mentions: Iterable[Mention]) -> list[Mention]:
    """An actor's mentions in text order (by start, then end), no two
    overlapping: of two that overlap (after a merge, or a pronoun inside a
    name) the name beats a nominal or a pronoun, else the longer one stays."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            prev = out[-1]
            if (_KIND_RANK.get(m.kind, 0), m.end - m.start) > (_KIND_RANK.get(prev.kind, 0), prev.end - prev.start):
                out[-1] = m
            continue
        out.append(m)
    return out


def name_aliases(mentions: Iterable[Mention], known: Iterable[str] = ()) -> tuple[str, ...]:
    """An actor's aliases: the names its name mentions give, titles and roles
    left out ("Jane Doe" for "leader Jane Doe"), sorted and without repeats. A
    mention read back from JSON no longer knows its title: it gives the longest
    of the `known` names (an analysis's aliases) its text ends with, word for word."""
    forms = sorted({k for k in known if k}, key=len, reverse=True)
    out: set[str] = set()
    for m in mentions:
        if m.kind != "name":
            continue
        if m.title or not forms:
            out.add(m.name)
            continue
        out.add(next((k for k in forms if m.text == k or m.text.endswith(" " + k)), m.text))
    return tuple(sorted(out))


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    type: ActorType
    salience: float
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]  # in text order
    # False for an unnamed source the quote stage made an actor of ("officials",
    # "a source familiar with the talks"): its mentions are the words that say
    # its quotes. In the JSON only when False (an added field).
    named: bool = True

    @property
    def count(self) -> int:
        return len(self.mentions)

    def to_json(self, rules: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "salience": round(self.salience, 4),
            "aliases": list(self.aliases),
            "mentions": [m.to_json(rules) for m in self.mentions],
        }
        if not self.named:
            data["named"] = False
        return data


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the text: `text == Analysis.text[start:end]`."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None  # an Actor.id, or None (scare quote, unknown)
    cue: str | None = None  # the speech cue as written ("said", "according to")
    # the sieve or pass of the quote stage that decided the speaker (a
    # diagnostic: in the JSON only when asked for, `to_json(rules=True)`)
    rule: str | None = None
    # the words that say it ("a source", "E.U. leaders", "he"): one of the
    # speaker's mentions when `speaker` is set, else an unnamed source
    speaker_mention: Span | None = None
    # the quoted pieces, (start, end) each, when the quote is more than one:
    # a direct quote interrupted by its own attribution ("“A,” she said, “B.”"
    # spans A to B, parts A and B), or the words a reported clause quotes
    # verbatim (X said the plan was “dead on arrival”); empty otherwise
    parts: tuple[tuple[int, int], ...] = ()

    def pieces(self) -> tuple[tuple[int, int], ...]:
        """The stretches of the text that are quoted words: the parts of a
        direct quote that has them, else the whole span."""
        return self.parts if self.parts and self.kind == "direct" else ((self.start, self.end),)

    def display_text(self) -> str:
        """The words to list for the quote: a direct quote's parts joined by
        " … " ("A … B"), else its text."""
        if not self.parts or self.kind != "direct":
            return self.text
        return " … ".join(self.text[s - self.start:e - self.start] for s, e in self.parts)

    def to_json(self, rules: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "cue": self.cue,
            "speaker_mention": self.speaker_mention.to_json() if self.speaker_mention else None,
        }
        if self.parts:
            data["parts"] = [{"start": s, "end": e} for s, e in self.parts]
        if rules and self.rule is not None:
            data["rule"] = self.rule
        return data


@dataclass(frozen=True, slots=True)
class ModelInfo:
    name: str
    version: str


@dataclass(frozen=True)
class Analysis:
    """Everything the UI and the exports know about one article."""

    source: str
    title: str
    text: str
    model: ModelInfo
    actors: tuple[Actor, ...]  # by descending salience
    quotes: tuple[Quote, ...]  # in text order
    analyzer_version: str = ""
    schema: str = field(default=SCHEMA)
    origin: Origin | None = None  # downloaded articles only

    def for_article(self, article: Article) -> Analysis:
        """This analysis (of the same text) labelled with `article`'s source,
        title and origin."""
        import dataclasses

        return dataclasses.replace(self, source=article.source, title=article.title, origin=article.origin)

    @cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        return paragraph_spans(self.text)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [start for start, _ in self.paragraphs]

    def paragraph_of(self, offset: int) -> int:
        """0-based index of the paragraph holding `offset` (0 is the headline)."""
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    @cached_property
    def actor_by_id(self) -> dict[str, Actor]:
        return {actor.id: actor for actor in self.actors}

    def quotes_by(self, actor_id: str) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.speaker == actor_id)

    def to_json(self, rules: bool = False) -> dict[str, Any]:
        """The contract's JSON form; `rules` adds each quote's deciding rule and
        the coreference rule of each pronoun and nominal mention."""
        data = {
            "schema": self.schema,
            "source": self.source,
            "title": self.title,
            "text": self.text,
            "model": {"name": self.model.name, "version": self.model.version},
            "analyzer_version": self.analyzer_version,
            "actors": [a.to_json(rules) for a in self.actors],
            "quotes": [q.to_json(rules) for q in self.quotes],
        }
        if self.origin is not None:  # added field: present for downloaded articles only
            data["origin"] = self.origin.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Analysis:
        if data.get("schema") not in READABLE_SCHEMAS:
            raise ValueError(f"unknown analysis schema {data.get('schema')!r}")
        return cls(
            source=data["source"],
            title=data["title"],
            text=data["text"],
            model=ModelInfo(**data["model"]),
            analyzer_version=data.get("analyzer_version", ""),
            actors=tuple(
                Actor(
                    id=a["id"],
                    name=a["name"],
                    type=a["type"],
                    salience=float(a["salience"]),
                    aliases=tuple(a["aliases"]),
                    mentions=tuple(Mention(**m) for m in a["mentions"]),
                    named=a.get("named", True) is not False,
                )
                for a in data["actors"]
            ),
            quotes=tuple(_quote_from_json(q) for q in data["quotes"]),
            origin=Origin.from_json(data["origin"]) if data.get("origin") else None,
        )


def _quote_from_json(data: dict[str, Any]) -> Quote:
    said = data.get("speaker_mention")
    parts = tuple((p["start"], p["end"]) for p in data.get("parts") or ())
    return Quote(**{**data, "speaker_mention": Span(**said) if said else None, "parts": parts})
