"""The analysis cache: hits, keys, faults (corrupt, unwritable, concurrent) and
the promise that a hit never imports spaCy."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tui.analysis.cache import (
    DB_NAME,
    AnalysisCache,
    cache_key,
    code_fingerprint,
    model_version,
    source_fingerprint,
)
from tui.analysis.model import Actor, Analysis, Article, Mention, ModelInfo, Quote
from tui.analysis.pipeline import ANALYZER_VERSION
from tui.analysis.service import Analyzer

REPO = Path(__file__).resolve().parents[2]
TEXT = "Jane Doe resigns\n\n“I am leaving,” Jane Doe said. She thanked Acme."


def _analysis(text: str = TEXT, source: str = "a.txt") -> Analysis:
    """A valid analysis of `text`, which names Jane Doe (who says something) and Acme."""
    first, start, acme = text.index("Jane Doe"), text.index("Jane Doe said"), text.rindex("Acme")
    opening, closing = text.find("“"), text.find("”")
    quotes = (Quote(opening + 1, closing, text[opening + 1 : closing], "direct", "a1", "said"),) \
        if 0 <= opening < closing else ()
    return Analysis(
        source=source,
        title=text.split("\n", 1)[0],
        text=text,
        model=ModelInfo("en_core_web_sm", "3.8.0"),
        actors=(
            Actor("a1", "Jane Doe", "PERSON", 0.8, ("Jane Doe",),
                  (Mention(first, first + 8, "Jane Doe"), Mention(start, start + 8, "Jane Doe"))),
            Actor("a2", "Acme", "ORG", 0.2, ("Acme",), (Mention(acme, acme + 4, "Acme"),)),
        ),
        quotes=quotes,
        analyzer_version=ANALYZER_VERSION,
    )


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(directory))
    return directory


def test_round_trip(cache_dir: Path) -> None:
    cache = AnalysisCache()
    key = cache_key(TEXT, ANALYZER_VERSION, "m", "1")
    assert cache.get(key) is None
    cache.put(key, _analysis())
    assert AnalysisCache().get(key) == _analysis()
    assert (cache_dir / DB_NAME).is_file()
    assert cache.warnings == []


def test_key_depends_on_text_analyser_and_model() -> None:
    base = cache_key(TEXT, "1", "m", "1")
    assert base == cache_key(TEXT, "1", "m", "1")
    assert len({base, cache_key(TEXT + " ", "1", "m", "1"), cache_key(TEXT, "2", "m", "1"),
                cache_key(TEXT, "1", "n", "1"), cache_key(TEXT, "1", "m", "2")}) == 5


def test_key_follows_the_code_and_the_model() -> None:
    analyzer = Analyzer()
    article = Article(text=TEXT, title="t", source="s")
    name, version = analyzer.model_identity()
    key = analyzer.key_for(article)
    assert key == cache_key(TEXT, f"{ANALYZER_VERSION}+{code_fingerprint()}", name, version)
    assert key.split(":")[0] == __import__("hashlib").sha256(TEXT.encode()).hexdigest()
    assert len(code_fingerprint()) == 12


def test_fingerprint_follows_code_in_subpackages(tmp_path: Path) -> None:
    (tmp_path / "stage.py").write_text("A = 1\n")
    (tmp_path / "quotes").mkdir()
    rule = tmp_path / "quotes" / "sieves.py"
    rule.write_text("B = 1\n")
    before = source_fingerprint(tmp_path)
    assert before == source_fingerprint(tmp_path)
    rule.write_text("B = 2\n")
    assert source_fingerprint(tmp_path) != before


def test_model_version_from_metadata() -> None:
    from tui.analysis.nlp import resolve_model_name

    name = resolve_model_name()
    version = model_version(name)
    assert version[0].isdigit(), version


def test_analyzer_hit_restores_current_source_and_title(cache_dir: Path) -> None:
    analyzer = Analyzer()
    first = Article(text=TEXT, title="Jane Doe resigns", source="first.txt")
    AnalysisCache().put(analyzer.key_for(first), _analysis(source="first.txt"))
    again = Article(text=TEXT, title="Jane Doe resigns", source="elsewhere/copy.txt")
    hit = analyzer.cached(again)
    assert hit is not None
    assert hit.source == "elsewhere/copy.txt"
    assert hit.actors == _analysis().actors and hit.quotes == _analysis().quotes
    assert analyzer.cached(first).source == "first.txt"
    assert analyzer.cached(Article(text=TEXT + "!", title="x", source="y")) is None


def test_no_cache_never_touches_disk(cache_dir: Path) -> None:
    analyzer = Analyzer(use_cache=False)
    assert analyzer.cached(Article(text=TEXT, title="t", source="s")) is None
    assert not cache_dir.exists()


def test_corrupt_database_rebuilt_with_warning(cache_dir: Path, caplog) -> None:
    cache_dir.mkdir(parents=True)
    (cache_dir / DB_NAME).write_bytes(b"this is not an sqlite database" * 100)
    cache = AnalysisCache()
    key = cache_key(TEXT, "1", "m", "1")
    with caplog.at_level(logging.WARNING, logger="newsreader.cache"):
        assert cache.get(key) is None
        cache.put(key, _analysis())
        assert cache.get(key) == _analysis()
    assert len(cache.warnings) == 1 and "corrupt" in cache.warnings[0]
    assert "rebuilt" in caplog.text
    assert not cache.disabled


def test_damaged_entry_is_a_miss(cache_dir: Path) -> None:
    import sqlite3

    cache = AnalysisCache()
    key = cache_key(TEXT, "1", "m", "1")
    cache.put(key, _analysis())
    with sqlite3.connect(cache_dir / DB_NAME) as conn:
        conn.execute("UPDATE analyses SET data = ?", (b"not zlib",))
    assert cache.get(key) is None
    assert "damaged" in cache.warnings[0]


@pytest.mark.parametrize("kind", ["file-in-the-way", "proc"])
def test_unusable_directory_bypassed_with_warning(tmp_path: Path, monkeypatch, kind: str) -> None:
    # Tests may run as root, which writes into read-only directories, so use
    # places no one can create a database in: below a regular file, or in /proc.
    if kind == "file-in-the-way":
        blocker = tmp_path / "blocker"
        blocker.write_text("x")
        directory = blocker / "cache"
    else:
        directory = Path("/proc/self/newsreader-cache")
    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(directory))
    cache = AnalysisCache()
    key = cache_key(TEXT, "1", "m", "1")
    cache.put(key, _analysis())
    assert cache.get(key) is None
    assert cache.disabled
    assert len(cache.warnings) == 1 and "\n" not in cache.warnings[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_read_only_directory_bypassed(cache_dir: Path) -> None:
    cache_dir.mkdir(parents=True)
    cache_dir.chmod(0o500)
    try:
        cache = AnalysisCache()
        cache.put(cache_key(TEXT, "1", "m", "1"), _analysis())
        assert cache.disabled and cache.warnings
    finally:
        cache_dir.chmod(0o700)


def test_read_only_database_file_bypassed(cache_dir: Path, monkeypatch) -> None:
    # A database that opens but refuses writes, as on a read-only file system.
    import sqlite3

    key = cache_key(TEXT, "1", "m", "1")
    AnalysisCache().put(key, _analysis())
    real_connect = sqlite3.connect

    def read_only(path, *args, **kwargs):
        return real_connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    cache = AnalysisCache()
    cache.put(cache_key("other", "1", "m", "1"), _analysis())
    assert cache.disabled
    assert len(cache.warnings) == 1 and "not usable" in cache.warnings[0]


_WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from test_cache import _analysis
    from tui.analysis.cache import AnalysisCache, cache_key
    cache = AnalysisCache()
    worker = int(sys.argv[1])
    for i in range(40):
        text = f"article {{i}} " + "x" * 2000
        cache.put(cache_key(text, "1", "m", str(worker)), _analysis(text=text + " Jane Doe said. Acme."))
        assert cache.get(cache_key(text, "1", "m", str(worker))) is not None
    assert not cache.warnings, cache.warnings
    print("ok")
    """
)


def test_two_processes_write_at_once(cache_dir: Path) -> None:
    script = _WRITER.format(tests=str(Path(__file__).parent))
    env = {**os.environ, "NEWSREADER_CACHE_DIR": str(cache_dir)}
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(n)], cwd=REPO, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(3)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
        assert out.strip() == "ok"
    cache = AnalysisCache()
    for worker in range(3):
        for i in range(40):
            text = f"article {i} " + "x" * 2000
            assert cache.get(cache_key(text, "1", "m", str(worker))) is not None


def test_hit_does_not_import_spacy(cache_dir: Path) -> None:
    analyzer = Analyzer()
    AnalysisCache().put(analyzer.key_for(Article(text=TEXT, title="t", source="s")), _analysis())
    script = textwrap.dedent(
        f"""
        import json, sys
        from tui.analysis.model import Article
        from tui.analysis.service import Analyzer
        hit = Analyzer().cached(Article(text={TEXT!r}, title="t", source="s"))
        print(json.dumps({{"hit": hit is not None,
                          "spacy": sorted(m for m in sys.modules if m == "spacy" or m.startswith("spacy.")
                                          or m.startswith("thinc"))}}))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True,
                         env={**os.environ, "NEWSREADER_CACHE_DIR": str(cache_dir)}, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result == {"hit": True, "spacy": []}


_FIRST_RUN = textwrap.dedent("""
    import sys, time
    from tui.analysis.cache import AnalysisCache
    from tui.analysis.model import Analysis, ModelInfo
    analysis = Analysis(source="a", title="t", text="t", model=ModelInfo("m", "1"), actors=(), quotes=())
    cache = AnalysisCache()
    start = float(sys.argv[1])
    while time.time() < start:  # both processes meet the new database together
        pass
    cache.get("k")
    cache.put("k", analysis)
    assert cache.get("k") == analysis
    print(cache.warnings)
""")


def test_two_first_runs_on_a_new_cache_neither_skip_nor_warn(tmp_path: Path) -> None:
    """Switching a new database to WAL takes an exclusive lock that SQLite
    refuses at once, without the busy handler: two processes starting on an
    empty cache folder must wait for each other, not report "cache busy"."""
    import time

    for round_ in range(6):
        env = {**os.environ, "NEWSREADER_CACHE_DIR": str(tmp_path / f"round{round_}")}
        start = str(time.time() + 0.8)
        procs = [subprocess.Popen([sys.executable, "-c", _FIRST_RUN, start], cwd=REPO, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
        for proc in procs:
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err.decode()[-2000:]
            assert out.decode().strip() == "[]" and err == b"", (out, err)


# -- entries checked on read (issue 12, item 3)

def _store_raw(cache_dir: Path, key: str, payload) -> None:
    """Write `payload` (JSON-able, or bytes as is) as the entry of `key`."""
    import sqlite3
    import zlib

    AnalysisCache().put(key, _analysis())  # creates the database
    blob = payload if isinstance(payload, bytes) else zlib.compress(json.dumps(payload).encode())
    with sqlite3.connect(cache_dir / DB_NAME) as conn:
        conn.execute("UPDATE analyses SET data = ? WHERE key = ?", (blob, key))


def _tampered(change) -> dict:
    data = _analysis().to_json()
    change(data)
    return data


_BAD_ENTRIES = {
    "mention offsets past the end": lambda d: d["actors"][0]["mentions"][0].update(start=10**6, end=10**6 + 8),
    "negative offsets": lambda d: d["quotes"][0].update(start=-5),
    "start after end": lambda d: d["quotes"][0].update(start=30, end=20),
    "offsets as strings": lambda d: d["quotes"][0].update(start="19"),
    "offsets as booleans": lambda d: d["actors"][1]["mentions"][0].update(start=True),
    "text differs from the slice": lambda d: d["quotes"][0].update(text="something else"),
    "actors a list of lists": lambda d: d.update(actors=[["a1", "Jane Doe"]]),
    "quotes an object": lambda d: d.update(quotes={"0": d["quotes"][0]}),
    "an escape in a name": lambda d: d["actors"][0].update(name="Jane\x1b]0;pwned\x07 Doe"),
    "an escape in an alias": lambda d: d["actors"][0].update(aliases=["\x1b[2J"]),
    "an escape in a cue": lambda d: d["quotes"][0].update(cue="said\x9b31m"),
    "an escape in the model name": lambda d: d["model"].update(name="m\x1b[5m"),
    "a speaker who is no actor": lambda d: d["quotes"][0].update(speaker="a99"),
    "an unknown quote kind": lambda d: d["quotes"][0].update(kind="shouted"),
    "an unknown actor type": lambda d: d["actors"][0].update(type="ALIEN"),
    "salience not a number": lambda d: d["actors"][0].update(salience="NaN"),
    "a repeated actor id": lambda d: d["actors"][1].update(id="a1"),
    "a name that is a list": lambda d: d["actors"][0].update(name=["Jane"]),
}


@pytest.mark.parametrize("change", list(_BAD_ENTRIES.values()), ids=list(_BAD_ENTRIES))
def test_an_invalid_entry_is_dropped_with_one_warning(cache_dir: Path, change) -> None:
    import sqlite3

    key = cache_key(TEXT, "1", "m", "1")
    _store_raw(cache_dir, key, _tampered(change))
    cache = AnalysisCache()
    assert cache.get(key) is None
    assert cache.get(key) is None
    assert len(cache.warnings) == 1 and "damaged" in cache.warnings[0], cache.warnings
    with sqlite3.connect(cache_dir / DB_NAME) as conn:
        assert conn.execute("SELECT COUNT(*) FROM analyses WHERE key = ?", (key,)).fetchone()[0] == 0


@pytest.mark.parametrize("payload", [
    [1, 2, 3],  # a list instead of an object
    "just a string",
    None,
    b"x\x9c" + b"\x00" * 10,  # not zlib
], ids=["list", "string", "null", "not-zlib"])
def test_an_entry_of_the_wrong_shape_is_dropped(cache_dir: Path, payload) -> None:
    key = cache_key(TEXT, "1", "m", "1")
    _store_raw(cache_dir, key, payload)
    cache = AnalysisCache()
    assert cache.get(key) is None
    assert len(cache.warnings) == 1


def test_a_deeply_nested_entry_is_dropped(cache_dir: Path) -> None:
    import sqlite3
    import zlib

    key = cache_key(TEXT, "1", "m", "1")
    AnalysisCache().put(key, _analysis())
    deep = ("[" * 100_000 + "]" * 100_000).encode()  # json.loads raises RecursionError
    with sqlite3.connect(cache_dir / DB_NAME) as conn:
        conn.execute("UPDATE analyses SET data = ?", (zlib.compress(deep),))
    cache = AnalysisCache()
    assert cache.get(key) is None
    assert len(cache.warnings) == 1


def test_the_analyzer_recomputes_after_dropping_a_bad_entry(cache_dir: Path, nlp) -> None:
    analyzer = Analyzer()
    article = Article(text=TEXT, title="t", source="s")
    key = analyzer.key_for(article)
    _store_raw(cache_dir, key, _tampered(lambda d: d["actors"][0].update(name="Jane\x1b]2;x\x07")))
    assert analyzer.cached(article) is None
    fresh = analyzer.analyze(article)
    assert all("\x1b" not in a.name for a in fresh.actors)
    again = Analyzer()
    assert again.cached(article).to_json() == fresh.to_json()
    assert again.warnings == []


def test_real_analyses_pass_the_check(nlp) -> None:
    from tui.analysis.cache import check_analysis
    from tui.analysis.loading import list_articles, load_article
    from tui.analysis.pipeline import analyze
    from tui.resources import SAMPLES_DIR

    for path in list_articles(SAMPLES_DIR):
        check_analysis(analyze(load_article(path), nlp))


# -- the key follows the model's files and spaCy (issue 12, item 10)

def test_a_model_changed_in_place_gets_new_keys(tmp_path: Path) -> None:
    import time

    from tui.analysis import cache as cache_module

    model = tmp_path / "model-best"
    (model / "ner").mkdir(parents=True)
    (model / "meta.json").write_text('{"version": "1.0.0"}')
    (model / "ner" / "model").write_bytes(b"weights")
    first = cache_module.model_fingerprint(str(model))
    assert first == cache_module.model_fingerprint(str(model))
    cache_module.model_fingerprint.cache_clear()
    (model / "ner" / "model").write_bytes(b"retrained weights")
    os.utime(model / "ner" / "model", ns=(time.time_ns(), time.time_ns() + 10**9))
    second = cache_module.model_fingerprint(str(model))
    assert second != first
    key_before = cache_key(TEXT, "1", str(model), "1.0.0")
    cache_module.model_fingerprint.cache_clear()
    (model / "ner" / "model").write_bytes(b"retrained again, longer")
    assert cache_key(TEXT, "1", str(model), "1.0.0") != key_before
    cache_module.model_fingerprint.cache_clear()


def test_the_key_follows_spacys_version(monkeypatch) -> None:
    from tui.analysis import cache as cache_module

    before = cache_key(TEXT, "1", "m", "1")
    cache_module.model_fingerprint.cache_clear()
    monkeypatch.setattr(cache_module, "spacy_version", lambda: "99.0.0")
    try:
        assert cache_key(TEXT, "1", "m", "1") != before
    finally:
        cache_module.model_fingerprint.cache_clear()


def test_spacy_version_is_read_without_importing_spacy() -> None:
    from importlib import metadata

    from tui.analysis.cache import spacy_version

    assert spacy_version() == metadata.version("spacy")

