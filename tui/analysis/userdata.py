"""What the reader keeps of its own work: corrections and the people index.

One SQLite file, ``reader.sqlite3`` in `paths.data_dir()` (unlike the analysis
cache it is not safe to delete: it holds the reader's corrections).

- ``corrections``: every correction (`corrections.Correction` as JSON) with the
  SHA-256 of the article text it was made on and the article's source (its
  absolute path or address). An article's corrections are those made on its
  text; corrections made on an earlier version of the same source are replayed
  too, and the ones that no longer fit are reported.
- ``indexed``, ``people``, ``places``: one row per analysed article, per actor
  of its corrected analysis (normalised name, aliases, counts) and per mention
  and quote (paragraph, snippet), filled as articles are analysed, so the People
  view reads a few thousand rows instead of re-reading analyses.

Safe from several threads (one connection, one lock) and processes (WAL, busy
timeout, one transaction per write). Every failure is a `UserDataError` with a
one-line message.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from typing import NamedTuple
from pathlib import Path

from .. import paths
from ..transaction import Transaction
from .corrections import Correction, CorrectionReport, apply_corrections
from .model import Analysis, Article

DB_NAME = "reader.sqlite3"
SCHEMA_VERSION = 2  # 2: people_by_name (every statement is IF NOT EXISTS)
BUSY_TIMEOUT_S = 10.0
SNIPPET = 160

_SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    data TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS corrections_by_hash ON corrections (text_hash, id);
CREATE INDEX IF NOT EXISTS corrections_by_source ON corrections (source, id);
CREATE TABLE IF NOT EXISTS indexed (
    text_hash TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    signature TEXT NOT NULL,
    indexed REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS indexed_by_source ON indexed (source);
CREATE TABLE IF NOT EXISTS people (
    text_hash TEXT NOT NULL,
    actor TEXT NOT NULL,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    quotes INTEGER NOT NULL,
    PRIMARY KEY (text_hash, actor)
);
CREATE TABLE IF NOT EXISTS places (
    text_hash TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    snippet TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS places_by_actor ON places (text_hash, actor);
CREATE INDEX IF NOT EXISTS people_by_name ON people (type, norm);
"""


class UserDataError(Exception):
    """The reader's data file cannot be used; `str()` is one line."""


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def is_local_path(source: str | None) -> bool:
    """Whether an article's source names a file: not standard input ("-" or
    none) and not a web address."""
    return bool(source) and source != "-" and "://" not in source


def source_key(source: str) -> str:
    """An article's source as stored: an absolute path for a file, the address
    for a download, "" for standard input (which cannot be found again)."""
    if is_local_path(source):
        return os.path.abspath(source)
    return "" if not source or source == "-" else source


def article_date(analysis: Analysis | Article) -> str:
    """The article's date: the page's publication date when it was downloaded
    (`origin.date`), else the file's modification day; "" when unknown."""
    origin = getattr(analysis, "origin", None)
    if origin is not None and getattr(origin, "date", None):
        return str(origin.date)
    source = analysis.source
    if is_local_path(source):
        try:
            return time.strftime("%Y-%m-%d", time.localtime(os.stat(source).st_mtime))
        except OSError:
            return ""
    return ""


@dataclass(frozen=True)
class StoredCorrections:
    corrections: tuple[Correction, ...]
    #: how many of them were made on an earlier version of the article
    from_earlier_version: int = 0
    #: rows that could not be read (written by a newer newsreader, damaged)
    unreadable: int = 0


class PersonRow(NamedTuple):
    """One actor of one article, as the people index keeps it."""

    text_hash: str
    actor: str
    name: str
    norm: str
    type: str
    aliases: tuple[str, ...]  # normalised
    mentions: int
    quotes: int


class NameGroup(NamedTuple):
    """The indexed actors of one type and normalised name, summed."""

    type: str
    norm: str
    name: str  # as written by the most mentioned of them
    top: int  # that one's mentions
    mentions: int
    quotes: int
    hashes: frozenset[str]
    aliases: frozenset[str]  # normalised


@dataclass(frozen=True)
class Place:
    """A mention or quote of an actor in one indexed article."""

    text_hash: str
    source: str
    title: str
    kind: str  # "mention", "quote" (the speaker's words) or "reported" (reported speech)
    start: int
    end: int
    paragraph: int
    snippet: str


def normalise(name: str) -> str:
    """Case, spacing, dots and a possessive ending do not tell people apart."""
    flat = " ".join(name.replace(".", " ").replace("’", "'").casefold().split())
    if flat.endswith("'s"):
        flat = flat[:-2]
    return flat


class UserData:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.data_dir() / DB_NAME
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                       check_same_thread=False)
            self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise UserDataError(f"{self.path} was written by a newer newsreader; upgrade newsreader")
            if str(self._db.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            if version < SCHEMA_VERSION:
                with self._tx() as db:
                    for statement in filter(None, (s.strip() for s in _SCHEMA.split(";"))):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise UserDataError(f"the reader's data {self.path} cannot be used ({exc})") from None
        except OSError as exc:
            raise UserDataError(f"the reader's data folder {self.path.parent} cannot be used "
                                f"({exc.strerror or exc})") from None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _tx(self):
        return Transaction(self._db, self._lock, UserDataError, "the reader's data")

    def _read(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                raise UserDataError(f"the reader's data {self.path} cannot be read ({exc})") from None

    # --- corrections ----------------------------------------------------------------

    def add_correction(self, article: Article | Analysis, correction: Correction) -> None:
        with self._tx() as db:
            db.execute("INSERT INTO corrections (text_hash, source, data, created) VALUES (?, ?, ?, ?)",
                       (text_hash(article.text), source_key(article.source),
                        json.dumps(correction.to_json(), ensure_ascii=False), time.time()))

    def _rows(self, article: Article | Analysis) -> list[tuple]:
        digest, source = text_hash(article.text), source_key(article.source)
        if source:
            return self._read("SELECT id, text_hash, data FROM corrections WHERE text_hash = ? OR source = ? "
                              "ORDER BY id", (digest, source))
        return self._read("SELECT id, text_hash, data FROM corrections WHERE text_hash = ? ORDER BY id", (digest,))

    def corrections_for(self, article: Article | Analysis) -> StoredCorrections:
        """Every correction made on this text, and on earlier versions of the
        same source, oldest first."""
        digest = text_hash(article.text)
        out: list[Correction] = []
        earlier = unreadable = 0
        for _id, row_hash, data in self._rows(article):
            try:
                correction = Correction.from_json(json.loads(data))
            except (ValueError, KeyError, TypeError):
                unreadable += 1
                continue
            out.append(correction)
            earlier += row_hash != digest
        return StoredCorrections(tuple(out), earlier, unreadable)

    def undo_last(self, article: Article | Analysis) -> Correction | None:
        """Remove the article's most recent correction; return it (None: none left)."""
        rows = self._rows(article)
        if not rows:
            return None
        row_id, _hash, data = rows[-1]
        with self._tx() as db:
            db.execute("DELETE FROM corrections WHERE id = ?", (row_id,))
        try:
            return Correction.from_json(json.loads(data))
        except (ValueError, KeyError, TypeError):
            return None

    def corrected(self, analysis: Analysis) -> tuple[Analysis, CorrectionReport, StoredCorrections]:
        """`analysis` with its article's stored corrections applied."""
        stored = self.corrections_for(analysis)
        fixed, report = apply_corrections(analysis, stored.corrections)
        return fixed, report, stored

    # --- the people index ---------------------------------------------------------------

    def index(self, analysis: Analysis, signature: str = "") -> bool:
        """Record an article's (corrected) analysis in the people index; False
        when it was already indexed with the same `signature`."""
        digest = text_hash(analysis.text)
        signature = signature or _signature(analysis)
        found = self._read("SELECT signature FROM indexed WHERE text_hash = ?", (digest,))
        if found and found[0][0] == signature:
            return False
        people, places = _index_rows(analysis, digest)
        with self._tx() as db:
            db.execute("DELETE FROM people WHERE text_hash = ?", (digest,))
            db.execute("DELETE FROM places WHERE text_hash = ?", (digest,))
            db.execute("INSERT OR REPLACE INTO indexed (text_hash, source, title, date, signature, indexed) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       (digest, source_key(analysis.source), analysis.title, article_date(analysis), signature,
                        time.time()))
            db.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?)", people)
            db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)", places)
        return True

    def indexed_articles(self) -> dict[str, tuple[str, str, str]]:
        """text_hash -> (source, title, date) of every indexed article."""
        return {h: (s, t, d) for h, s, t, d in self._read("SELECT text_hash, source, title, date FROM indexed")}

    def person_rows(self, hashes: set[str] | None = None) -> list[PersonRow]:
        """Every indexed actor (of the articles in `hashes`, when given)."""
        rows = self._read("SELECT text_hash, actor, name, norm, type, aliases, mentions, quotes FROM people")
        make = PersonRow._make
        return [make((h, actor, name, norm, type_, tuple(aliases.split("\x1f")) if aliases else (), m, q))
                for h, actor, name, norm, type_, aliases, m, q in rows if hashes is None or h in hashes]

    def name_groups(self, hashes: set[str] | None = None) -> list[NameGroup]:
        """The indexed actors (of the articles in `hashes`, when given) summed
        per type and normalised name, in SQL: a few hundred rows for thousands
        of actors."""
        with self._lock:
            try:
                where = ""
                if hashes is not None:
                    self._db.execute("CREATE TEMP TABLE IF NOT EXISTS scope (h TEXT PRIMARY KEY)")
                    self._db.execute("DELETE FROM temp.scope")
                    self._db.executemany("INSERT OR IGNORE INTO temp.scope VALUES (?)", ((h,) for h in hashes))
                    where = "WHERE text_hash IN (SELECT h FROM temp.scope)"
                # SQLite: with max(), the bare column `name` comes from the row holding the maximum
                rows = self._db.execute(
                    "SELECT type, norm, name, max(mentions), sum(mentions), sum(quotes), "
                    f"group_concat(DISTINCT text_hash), group_concat(aliases, char(31)) FROM people {where} "
                    "GROUP BY type, norm").fetchall()
            except sqlite3.Error as exc:
                raise UserDataError(f"the reader's data {self.path} cannot be read ({exc})") from None
        return [NameGroup(type_, norm, name, top, mentions, quotes, frozenset(hashes_.split(",")),
                          frozenset(a for a in (aliases or "").split("\x1f") if a))
                for type_, norm, name, top, mentions, quotes, hashes_, aliases in rows]

    def members(self, groups: list[tuple[str, str]], hashes: set[str] | None = None) -> list[tuple[str, str]]:
        """(text_hash, actor) of the indexed actors in these (type, norm) groups."""
        out = []
        for type_, norm in groups:
            for h, actor in self._read("SELECT text_hash, actor FROM people WHERE type = ? AND norm = ?",
                                       (type_, norm)):
                if hashes is None or h in hashes:
                    out.append((h, actor))
        return out

    def places(self, members: list[tuple[str, str]]) -> list[Place]:
        """The mentions and quotes of these (text_hash, actor) pairs, by article then offset."""
        articles = self.indexed_articles()
        out: list[Place] = []
        for digest, actor in members:
            source, title, _date = articles.get(digest, ("", "", ""))
            for kind, start, end, paragraph, snippet in self._read(
                "SELECT kind, start, end, paragraph, snippet FROM places WHERE text_hash = ? AND actor = ? "
                "ORDER BY start", (digest, actor),
            ):
                out.append(Place(digest, source, title, kind, start, end, paragraph, snippet))
        return out


def _signature(analysis: Analysis) -> str:
    """Changes whenever the indexed facts would: a hash of the actors and speakers."""
    digest = hashlib.sha256()
    for actor in analysis.actors:
        digest.update(f"{actor.id}\0{actor.name}\0{actor.type}\0{len(actor.mentions)}\0".encode("utf-8", "replace"))
        for m in actor.mentions:
            digest.update(f"{m.start},{m.end};".encode())
    for q in analysis.quotes:
        digest.update(f"{q.start},{q.end},{q.speaker},{q.kind};".encode())
    digest.update(f"{analysis.source}\0{analysis.title}".encode("utf-8", "replace"))
    return digest.hexdigest()[:20]


def snippet(text: str, start: int, end: int, room: int = SNIPPET) -> str:
    """The mention in its paragraph, on one line: ``left\x1fmention\x1fright``
    (the separators let the view emphasise the mention and cut either side)."""
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    side = max(0, (room - (end - start)) // 2)
    left = max(para_start, start - side)
    right = min(para_end, end + side)

    def flat(part: str) -> str:
        return " ".join(part.replace("\x1f", " ").split())

    before = ("…" if left > para_start else "") + flat(text[left:start])
    after = flat(text[end:right]) + ("…" if right < para_end else "")
    return "\x1f".join((before + (" " if text[start - 1 : start].isspace() else ""), flat(text[start:end]),
                        (" " if text[end : end + 1].isspace() else "") + after))


def _index_rows(analysis: Analysis, digest: str) -> tuple[list[tuple], list[tuple]]:
    quotes_by: dict[str, list] = {}
    for q in analysis.quotes:
        if q.speaker:
            quotes_by.setdefault(q.speaker, []).append(q)
    people, places = [], []
    for actor in analysis.actors:
        if not actor.named:
            continue  # "officials" of one story and of another are not one person
        said = quotes_by.get(actor.id, [])
        aliases = sorted({normalise(a) for a in actor.aliases} - {""})
        people.append((digest, actor.id, actor.name, normalise(actor.name), actor.type, "\x1f".join(aliases),
                       len(actor.mentions), len(said)))
        for m in actor.mentions:
            places.append((digest, actor.id, "mention", m.start, m.end, analysis.paragraph_of(m.start),
                           snippet(analysis.text, m.start, m.end)))
        for q in said:
            flat = " ".join(q.text.split())
            kind = "quote" if q.kind == "direct" else "reported"
            places.append((digest, actor.id, kind, q.start, q.end, analysis.paragraph_of(q.start),
                           flat if len(flat) <= 400 else flat[:399] + "…"))
    return people, places


_opened: dict[Path, UserData] = {}
_opened_lock = threading.Lock()


def open_userdata(create: bool = True) -> UserData | None:
    """The user's data file (one connection per path in this process); with
    `create` False, None when there is none yet (nothing stored to apply)."""
    path = paths.data_dir() / DB_NAME
    if not create:
        try:
            if not path.exists():
                return None
        except OSError:  # a folder this user may not look into holds nothing of theirs
            return None
    with _opened_lock:
        found = _opened.get(path)
        if found is None or not path.exists():
            found = _opened[path] = UserData(path)
        return found


def corrected_and_indexed(raw: Analysis) -> tuple[Analysis, str | None]:
    """`raw` with the stored corrections applied and recorded in the people
    index: (analysis, None), or (raw, the one-line reason) when the reader's
    data cannot be used."""
    try:
        data = open_userdata()
        assert data is not None
        fixed, _report, _stored = data.corrected(raw)
        data.index(fixed)
    except UserDataError as exc:
        return raw, str(exc)
    return fixed, None
