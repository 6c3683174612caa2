"""The analysis cache: finished analyses in SQLite, so an article seen before
opens without spaCy.

Where: ``analyses.sqlite3`` in the user's cache directory (platformdirs, e.g.
``~/.cache/newsreader``), or in ``$NEWSREADER_CACHE_DIR`` when set.

Key: SHA-256 of the cleaned article text, the analyser version
(`pipeline.ANALYZER_VERSION` plus a hash of the analysis layer's source, so
an edited rule never meets a stale entry), the resolved model name and installed
version, and a fingerprint of the model's files (their names, sizes and
modification times: a model retrained in place under the same name and version
is a new model) and of spaCy's version. The model's version is read from package
metadata (or a model directory's ``meta.json``) and spaCy's from its
``about.py``, never by importing spaCy, so a lookup stays a few milliseconds.
Value: the analysis JSON (the ``newsreader.analysis/2`` contract, with each quote's ``rule``),
zlib-compressed. The same text under another path is a hit; the caller puts
the current source and title on the result.

An entry is checked on read (`check_analysis`): every field of the right type,
every offset inside the text with ``text[start:end]`` equal to the stored
text, speakers that are actors, and names, aliases and cues unchanged by the
cleaning an article gets at load (no escape sequence can come from the cache).

Faults never stop the reader; each is reported once as a one-line warning
(logger ``newsreader.cache``, and `AnalysisCache.warnings` for the UI):

- a corrupt database file is deleted and rebuilt;
- a damaged or invalid entry is deleted (and so analysed again);
- an unwritable or unusable directory turns the cache off for this process;
- a database locked by another process for longer than the busy timeout skips
  that one read or write. Several processes may share the cache: it runs in
  WAL mode, and writes are single ``INSERT OR REPLACE`` transactions.

The cache keeps the newest `MAX_ENTRIES` analyses.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import sqlite3
import time
import zlib
from functools import lru_cache
from pathlib import Path

from .. import paths

from .clean import clean_text
from .model import ACTOR_TYPES, Analysis

log = logging.getLogger("newsreader.cache")

DB_NAME = "analyses.sqlite3"
SCHEMA_VERSION = 1
MAX_ENTRIES = 1000
BUSY_TIMEOUT_MS = 10_000


def cache_dir() -> Path:
    return paths.cache_dir()


@lru_cache(maxsize=8)
def model_version(name: str) -> str:
    """The installed version of a model package (or model directory), read
    without importing spaCy or the model: the package's own ``meta.json``
    (as spaCy packages ship it), else the distribution metadata."""
    path = Path(name)
    if path.is_dir():
        return f"{_meta_version(path) or 'unknown'}@{path.resolve()}"
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin:
        version = _meta_version(Path(spec.origin).parent)
        if version:
            return version
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


@lru_cache(maxsize=8)
def model_fingerprint(name: str) -> str:
    """A hash of the model's files (relative path, size, modification time; a
    model has a few dozen files, so this is ~1 ms) and of spaCy's version,
    without importing either. "unknown" parts when they cannot be found."""
    folder = _model_folder(name)
    digest = hashlib.sha256(f"spacy {spacy_version()}".encode())
    if folder is None:
        digest.update(b"\0no model files")
        return digest.hexdigest()[:16]
    entries = []
    for path in folder.rglob("*"):
        if "__pycache__" in path.parts:
            continue
        try:
            info = path.stat()
        except OSError:
            continue
        if path.is_file():
            entries.append(f"{path.relative_to(folder).as_posix()}\0{info.st_size}\0{info.st_mtime_ns}")
    for entry in sorted(entries):
        digest.update(b"\0" + entry.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:16]


def _model_folder(name: str) -> Path | None:
    path = Path(name)
    if path.is_dir():
        return path.resolve()
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not spec.submodule_search_locations:
        return None  # not a package: no model files to fingerprint
    return Path(spec.origin).resolve().parent


_VERSION = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.M)


@lru_cache(maxsize=1)
def spacy_version() -> str:
    """spaCy's version from its ``about.py`` (importing spaCy takes a second)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("spacy")
        if spec is None or not spec.origin:
            return "unknown"
        about = (Path(spec.origin).parent / "about.py").read_text(encoding="utf-8")
    except (ImportError, ValueError, OSError):
        return "unknown"
    found = _VERSION.search(about)
    return found.group(1) if found else "unknown"


def _meta_version(folder: Path) -> str:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    version = meta.get("version") if isinstance(meta, dict) else None
    return str(version) if version else ""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the analysis layer's source files, added to the analyser
    version in the key: an edited rule can never be served a stale analysis,
    even when nobody remembered to bump `ANALYZER_VERSION` (~1 ms, once)."""
    return source_fingerprint(Path(__file__).resolve().parent)


def source_fingerprint(root: Path) -> str:
    """A hash of every ``*.py`` under `root`, subpackages included (the quote
    stage lives in ``analysis/quotes/``), by relative path and content."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        try:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:12]


def cache_key(text: str, analyzer_version: str, model_name: str, model_ver: str) -> str:
    """The key of `text` analysed by this analyser with this model (the model's
    files and spaCy's version included through `model_fingerprint`)."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    fingerprint = model_fingerprint(model_name)
    ident = hashlib.sha256(
        f"{analyzer_version}\0{model_name}\0{model_ver}\0{fingerprint}".encode("utf-8", "surrogatepass")
    ).hexdigest()[:16]
    return f"{digest}:{ident}"


def check_analysis(analysis: Analysis) -> None:
    """Raise ValueError unless `analysis` keeps the contract: the types of
    ANALYSIS_SCHEMA.md, each mention and quote inside the text with
    ``text[start:end]`` equal to its own text, known mention and quote kinds,
    speakers that are actors of the analysis, unique actor ids, finite
    salience, and names, aliases and cues as the cleaning at load leaves them."""
    text = analysis.text
    for value in (text, analysis.source, analysis.title, analysis.analyzer_version,
                  analysis.model.name, analysis.model.version):
        _need(isinstance(value, str), "a string field is not a string")
    _need(isinstance(analysis.actors, tuple) and isinstance(analysis.quotes, tuple), "bad lists")
    _clean(analysis.model.name)
    _clean(analysis.model.version)
    ids = set()
    for actor in analysis.actors:
        _need(isinstance(actor.id, str) and actor.id not in ids, "actor id missing or repeated")
        ids.add(actor.id)
        _clean(actor.name)
        _need(actor.type in ACTOR_TYPES, "unknown actor type")
        _need(isinstance(actor.salience, float) and math.isfinite(actor.salience), "bad salience")
        _need(isinstance(actor.named, bool), "an actor's named flag is not a boolean")
        for alias in actor.aliases:
            _clean(alias)
        for mention in actor.mentions:
            _span(text, mention.start, mention.end, mention.text)
            _need(mention.kind in ("name", "pronoun", "nominal"), "unknown mention kind")
    for quote in analysis.quotes:
        _span(text, quote.start, quote.end, quote.text)
        _need(quote.kind in ("direct", "indirect"), "unknown quote kind")
        _need(quote.speaker is None or quote.speaker in ids, "a quote's speaker is not an actor")
        if quote.cue is not None:
            _clean(quote.cue)
        said = quote.speaker_mention
        if said is not None:
            _span(text, said.start, said.end, said.text)
        _need(quote.rule is None or isinstance(quote.rule, str), "a quote's rule is not a string")


def _need(condition: bool, reason: str) -> None:
    if not condition:
        raise ValueError(reason)


def _clean(value: object) -> None:
    _need(isinstance(value, str) and clean_text(value) == value,
          "a name is not clean text")


def _span(text: str, start: object, end: object, value: object) -> None:
    _need(type(start) is int and type(end) is int and 0 <= start < end <= len(text), "offsets outside the text")
    _need(text[start:end] == value, "text[start:end] differs from the stored text")  # type: ignore[index]


class AnalysisCache:
    """get/put of `Analysis` objects by key. Safe to use from several threads
    (one short-lived connection per call) and several processes."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else cache_dir()
        self.path = self.directory / DB_NAME
        self.disabled = False
        self.warnings: list[str] = []
        self._ready = False

    # -- public

    def get(self, key: str) -> Analysis | None:
        row = self._run(self._select, key)
        if not row:
            return None
        try:
            data = row[0]
            if not isinstance(data, bytes):
                raise TypeError("not a blob")
            analysis = Analysis.from_json(json.loads(zlib.decompress(data)))
            check_analysis(analysis)
        except (zlib.error, ValueError, KeyError, TypeError, AttributeError, RecursionError, MemoryError):
            self._warn("a damaged cache entry was dropped (it will be analysed again)")
            self._run(self._delete, key)
            return None
        return analysis

    def put(self, key: str, analysis: Analysis) -> None:
        data = json.dumps(analysis.to_json(rules=True), ensure_ascii=False, separators=(",", ":"))
        blob = zlib.compress(data.encode("utf-8", "surrogatepass"), 6)
        self._run(self._insert, key, blob)

    # -- statements (each runs inside `_run`'s error handling)

    @staticmethod
    def _select(conn: sqlite3.Connection, key: str) -> tuple | None:
        return conn.execute("SELECT data FROM analyses WHERE key = ?", (key,)).fetchone()

    @staticmethod
    def _delete(conn: sqlite3.Connection, key: str) -> None:
        with conn:
            conn.execute("DELETE FROM analyses WHERE key = ?", (key,))

    @staticmethod
    def _insert(conn: sqlite3.Connection, key: str, blob: bytes) -> None:
        with conn:
            conn.execute(
                "INSERT OR REPLACE INTO analyses (key, data, created) VALUES (?, ?, ?)",
                (key, blob, time.time()),
            )
            conn.execute(
                "DELETE FROM analyses WHERE key IN (SELECT key FROM analyses "
                "ORDER BY created DESC LIMIT -1 OFFSET ?)",
                (MAX_ENTRIES,),
            )

    # -- connection and fault handling

    def _run(self, statement, *args):
        if self.disabled:
            return None
        for attempt in (1, 2):
            conn = None
            try:
                conn = self._connect()
                return statement(conn, *args)
            except sqlite3.OperationalError as exc:
                message = str(exc).lower()
                if "locked" in message or "busy" in message:
                    self._warn(f"cache busy, skipped ({exc})")
                    return None
                if "no such table" in message and attempt == 1:
                    self._ready = False
                    continue
                return self._disable(f"cache at {self.directory} is not usable ({exc}); continuing without it")
            except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
                if attempt == 2 or not self._remove_files():
                    return self._disable(f"cache at {self.path} is corrupt and could not be rebuilt ({exc})")
                self._warn(f"cache at {self.path} was corrupt ({exc}); rebuilt it")
                self._ready = False
            except OSError as exc:
                return self._disable(
                    f"cache directory {self.directory} is not writable ({exc.strerror or exc}); "
                    "continuing without it"
                )
            finally:
                if conn is not None:
                    conn.close()
        return None

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.directory.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not self._ready:
                self._initialise_when_free(conn)
                self._ready = True
        except BaseException:
            conn.close()
            raise
        return conn

    def _initialise_when_free(self, conn: sqlite3.Connection) -> None:
        """Initialise, waiting while another process does the same: switching to
        WAL takes an exclusive lock and SQLite answers "locked" at once there,
        without the busy handler, so two first runs would otherwise race."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        pause = 0.01
        while True:
            try:
                self._initialise(conn)
                return
            except sqlite3.OperationalError as exc:
                busy = "locked" in str(exc).lower() or "busy" in str(exc).lower()
                if not busy or time.monotonic() + pause > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)

    @staticmethod
    def _initialise(conn: sqlite3.Connection) -> None:
        # Reading the header first turns a non-database file into a DatabaseError.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if version == SCHEMA_VERSION and mode == "wal":
            return  # the usual case: no write on start-up
        if mode != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        with conn:
            if version not in (0, SCHEMA_VERSION):
                conn.execute("DROP TABLE IF EXISTS analyses")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS analyses ("
                " key TEXT PRIMARY KEY, data BLOB NOT NULL, created REAL NOT NULL)"
            )
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _remove_files(self) -> bool:
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        except OSError:
            return False
        return True

    def _disable(self, message: str) -> None:
        self.disabled = True
        self._warn(message)
        return None

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
            log.warning(message)
