"""Hostile and broken input through the real command line (subprocesses), the
cases tests/unit/test_cli.py does not already cover: a real permission error
for an unprivileged user, 100,000 nested divs, script-heavy pages, devices,
oversized and binary standard input, escape sequences and bidi controls in
names, quotes, titles and file names, and cache faults met by several
processes at once or by a read-only cache directory.

Exit codes are the documented ones (tui/cli.py): 1 for an article that cannot
be read, 2 for usage. Every error is one `newsreader: ` line on stderr and no
traceback, ever.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from tui.cli import EXIT_ARTICLE, EXIT_OK

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "gold" / "000_seed.txt"
NOBODY = 65534
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


@pytest.fixture(scope="module")
def scratch_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hostile-cache")


def run(*args: str, cache: Path, stdin: bytes = b"", as_nobody: bool = False, timeout: float = 180,
        cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSREADER_CACHE_DIR": str(cache)}
    env.pop("NEWSREADER_DEBUG", None)
    argv = [sys.executable, "-m", "tui", *args]
    if as_nobody:
        argv = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *argv]
        env["HOME"] = "/nonexistent"
    proc = subprocess.run(argv, input=stdin, capture_output=True, cwd=cwd, env=env, timeout=timeout,
                          start_new_session=True)  # no controlling terminal: the reader cannot start
    assert b"Traceback" not in proc.stderr, proc.stderr.decode(errors="replace")
    return proc


def error_line(proc: subprocess.CompletedProcess) -> str:
    """The one error line on stderr (warnings aside); it must be printable."""
    lines = proc.stderr.decode("utf-8").splitlines()
    errors = [line for line in lines if not line.startswith("newsreader: warning:")]
    assert len(errors) == 1, lines
    assert errors[0].startswith("newsreader: ")
    assert not _unsafe(errors[0]), errors[0]
    return errors[0]


def _unsafe(text: str) -> list[str]:
    """Characters a terminal would act on: controls (but newline and tab), DEL,
    C1, bidi controls."""
    return [hex(ord(c)) for c in text if (unicodedata.category(c) == "Cc" and c not in "\n\t") or c in BIDI]


# ------------------------------------------------------- permission (real, unprivileged)

def _nobody_can_run() -> bool:
    if shutil.which("setpriv") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", sys.executable,
         "-c", "import tui.cli"], cwd=REPO, capture_output=True, timeout=60)
    return probe.returncode == 0


needs_nobody = pytest.mark.skipif(not _nobody_can_run(), reason="needs root with setpriv to drop to an unprivileged user")


@pytest.fixture
def world_tmp():
    """A temporary folder the unprivileged user can enter (pytest's own is private to root)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="nr-hostile-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


@needs_nobody
@pytest.mark.parametrize("command", ["analyze", "reader"])
def test_unreadable_file_for_a_real_user(world_tmp: Path, command: str) -> None:
    path = world_tmp / "secret.txt"
    path.write_text("Headline\n\nJane Doe said “hello”.\n", encoding="utf-8")
    path.chmod(0o600)  # owned by root: nobody may not read it
    cache = world_tmp / "cache"
    args = ("analyze", str(path)) if command == "analyze" else (str(path),)
    proc = run(*args, cache=cache, as_nobody=True)
    assert proc.returncode == EXIT_ARTICLE
    assert error_line(proc) == f"newsreader: {path}: permission denied"


@needs_nobody
def test_unreadable_folder_for_a_real_user(world_tmp: Path) -> None:
    folder = world_tmp / "private"
    folder.mkdir()
    (folder / "a.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    folder.chmod(0o700)
    proc = run(str(folder), cache=world_tmp / "cache", as_nobody=True)
    assert proc.returncode == EXIT_ARTICLE
    assert "permission denied" in error_line(proc)


@needs_nobody
def test_read_only_cache_directory_for_a_real_user(world_tmp: Path) -> None:
    """A cache directory the user cannot write (here: owned by root, mode 755),
    empty or holding a database from another user: the analysis is still right."""
    expected = run("analyze", str(SEED), "--format", "json", "--no-cache", cache=world_tmp / "unused")
    assert expected.returncode == 0
    cache = world_tmp / "ro-cache"
    cache.mkdir()
    cache.chmod(0o755)
    first = run("analyze", str(SEED), "--format", "json", cache=cache, as_nobody=True)
    assert first.returncode == EXIT_OK, first.stderr
    assert json.loads(first.stdout) == json.loads(expected.stdout)
    warnings = first.stderr.decode().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("newsreader: warning: cache"), warnings
    # Now root fills it (a database nobody can open for writing) and nobody reads again.
    filled = run("analyze", str(SEED), "--format", "json", cache=cache)
    assert filled.returncode == EXIT_OK and filled.stderr == b""
    again = run("analyze", str(SEED), "--format", "json", cache=cache, as_nobody=True)
    assert again.returncode == EXIT_OK, again.stderr
    assert json.loads(again.stdout) == json.loads(expected.stdout)
    warnings = again.stderr.decode().splitlines()
    assert len(warnings) <= 1, warnings  # a read-only cache may serve the hit silently, or warn once
    assert all(line.startswith("newsreader: warning: cache") for line in warnings), warnings


# --------------------------------------------------------------- broken and hostile files

def _nested_divs(depth: int, inner: str = "") -> bytes:
    return (b"<!doctype html><html><head><title>Deep</title></head><body>" + b"<div>" * depth
            + inner.encode() + b"</div>" * depth + b"</body></html>")


ARTICLE_PARAS = [
    "Mayor Jane Doe opened the new bridge on Monday.",
    "“It is a great day for the city,” Doe said at the ceremony.",
    "Acme Corp built the bridge in two years, the company said in a statement.",
]


def _script_heavy(with_article: bool) -> bytes:
    """Megabytes of scripts and styles around (or instead of) a short article."""
    script = "<script>function f%d(){document.write('Jane Doe said hacked');var x=[1,2,3];}</script>\n"
    scripts = "".join(script % i for i in range(3000))
    style = "<style>" + "p{color:red}" * 5000 + "</style>"
    if not with_article:
        return f"<!doctype html><html><head>{style}{scripts}</head><body>{scripts}</body></html>".encode()
    body = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAS)
    return (f"<!doctype html><html><head><title>Bridge opens</title>{style}{scripts}</head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>Bridge opens</h1>{body}</article>"
            f"{scripts}<noscript>Enable JavaScript</noscript></body></html>").encode()


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("deep-100k.html", _nested_divs(100_000), "HTML"),
        ("deep-100k-text.html", _nested_divs(100_000, "<p>Jane Doe said hello.</p>"), "HTML"),
        ("scripts-only.html", _script_heavy(with_article=False), "no article text found"),
        ("png-named.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50, "binary data"),
        ("only-escapes.txt", b"\x1b[2J\x1b]0;title\x07\x1b[31m\x1b[0m\n\n\x1b]8;;http://x\x1b\\\x1b]8;;\x1b\\", "no readable text"),
        ("only-bidi.txt", "\u202e\u2066\u200f \n\n\u202c".encode(), "no readable text"),
        ("utf16-garbage.txt", b"\xff\xfe" + b"\x00\xd8" * 50, "not valid UTF-16"),
    ],
    ids=["deep-100k", "deep-100k-text", "scripts-only", "png-named-txt", "only-escapes", "only-bidi",
         "utf16-garbage"],
)
@pytest.mark.parametrize("command", ["analyze", "reader"])
def test_broken_article_exits_1_with_one_line(tmp_path: Path, scratch_cache: Path, name: str, data: bytes,
                                              fragment: str, command: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    args = ("analyze", str(path), "--format", "json") if command == "analyze" else (str(path),)
    start = time.perf_counter()
    proc = run(*args, cache=scratch_cache)
    took = time.perf_counter() - start
    if proc.returncode == 0 and command == "analyze" and "text" in name:
        # Extracting the deep paragraph is also acceptable, if it is the text.
        assert "Jane Doe said hello." in json.loads(proc.stdout)["text"]
        return
    assert proc.returncode == EXIT_ARTICLE, proc.stderr
    assert fragment in error_line(proc)
    assert proc.stdout == b""
    assert took < 60, f"took {took:.1f} s to refuse"


def test_script_heavy_page_gives_the_article_without_the_scripts(tmp_path: Path, scratch_cache: Path) -> None:
    path = tmp_path / "scripts.html"
    path.write_bytes(_script_heavy(with_article=True))
    proc = run("analyze", str(path), "--format", "json", cache=scratch_cache)
    assert proc.returncode == EXIT_OK, proc.stderr
    data = json.loads(proc.stdout)
    for para in ARTICLE_PARAS:
        assert para in data["text"]
    for leak in ("function", "document.write", "hacked", "color:red", "Enable JavaScript"):
        assert leak not in data["text"]
    assert any(a["name"] == "Jane Doe" for a in data["actors"])


@pytest.mark.parametrize(
    ("device", "fragment"),
    [("/dev/null", "is empty"), ("/dev/zero", "too large")],
)
def test_devices_are_refused(scratch_cache: Path, device: str, fragment: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    proc = run("analyze", device, cache=scratch_cache, timeout=60)
    assert proc.returncode == EXIT_ARTICLE
    assert fragment in error_line(proc)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"Headline\n\n" + b"word " * (11 * 1024 * 1024), "too large"),  # 55 MB of text
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "binary data"),
        ("Head “x” café\n\nBody ".encode() + b"\xff\xfe\xc3 and more", "not valid UTF-8"),
        (b" \n\t \r\n", "only whitespace"),
    ],
    ids=["55MB", "png", "invalid-utf8", "whitespace"],
)
def test_broken_standard_input(scratch_cache: Path, data: bytes, fragment: str) -> None:
    proc = run("analyze", "-", cache=scratch_cache, stdin=data, timeout=120)
    assert proc.returncode == EXIT_ARTICLE
    line = error_line(proc)
    assert line.startswith("newsreader: standard input: ")
    assert fragment in line


def test_missing_path_with_escapes_in_its_name_prints_a_clean_line(tmp_path: Path, scratch_cache: Path) -> None:
    path = tmp_path / "evil\x1b]0;owned\x07\x1b[2J\u202emid\x9b31m.txt"
    for args in (("analyze", str(path)), (str(path),)):
        proc = run(*args, cache=scratch_cache)
        assert proc.returncode == EXIT_ARTICLE
        line = error_line(proc)  # asserts no control or bidi character
        assert "no such file or directory" in line and "evil" in line and "mid" in line


# ------------------------------------------------------------ escapes in the text report

HOSTILE = (
    "Bridge \x1b[2J\x1b]0;owned\x07opens [bold]today[/] \u202eevil\u202c \x9b31m\n\n"
    "Mayor Jane Doe [red]x[/] said \u201c[@click=app.quit]quit[/] \x1b]8;;https://evil.example\x1b\\click"
    "\x1b]8;;\x1b\\ now\u201d on Monday.\n\n"
    "\u201cThe [link=https://example.com]bridge[/link] is open \x9d0;t\x9c[/]\u201d, Doe told "
    "Acme\u2066 Corp\u2069 reporters. \x85Doe\x1bc added that [b unbalanced [[ and ]] were\x08 fine.\x07\n\n"
    "Officials from Springfield \x1b[?1049h\x1b[31mconfirmed\x1b[0m the \u200fopening.\x7f\x01\n"
)


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory, scratch_cache: Path) -> tuple[str, dict]:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "bridge \x1b[2J\u202e.txt"  # the file name is hostile too (shown as the source)
    path.write_text(HOSTILE, encoding="utf-8")
    text = run("analyze", str(path), "--format", "text", cache=scratch_cache)
    assert text.returncode == EXIT_OK, text.stderr
    data = run("analyze", str(path), "--format", "json", cache=scratch_cache)
    assert data.returncode == EXIT_OK, data.stderr
    return text.stdout.decode("utf-8"), json.loads(data.stdout)


def test_text_report_holds_no_control_escape_or_bidi_character(hostile_report) -> None:
    report, _ = hostile_report
    assert not _unsafe(report), _unsafe(report)


def test_text_report_shows_markup_literally(hostile_report) -> None:
    report, data = hostile_report
    assert "[bold]today[/]" in report  # the title
    assert "[@click=app.quit]quit[/]" in report  # a quote
    assert "[link=https://example.com]bridge[/link]" in report
    assert "Jane Doe" in report
    names = [a["name"] for a in data["actors"]]
    assert any("Doe" in n for n in names), names
    for name in names:  # every actor name is printed as written
        assert name in report


def test_json_holds_the_cleaned_text_and_valid_offsets(hostile_report) -> None:
    _, data = hostile_report
    text = data["text"]
    assert not _unsafe(text)
    assert "[@click=app.quit]quit[/]" in text
    for actor in data["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for q in data["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
    assert any("[@click=app.quit]quit[/]" in q["text"] for q in data["quotes"])


# ------------------------------------------------------------------------- cache faults

def test_corrupt_cache_met_by_two_processes_at_once(tmp_path: Path, scratch_cache: Path) -> None:
    """Both processes find the database corrupt and rebuild it at the same time:
    both still print the right analysis, and the rebuilt cache then serves it."""
    expected = json.loads(run("analyze", str(SEED), "--format", "json", "--no-cache", cache=scratch_cache).stdout)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "analyses.sqlite3").write_bytes(b"this is not a database" * 5000)
    env = {**os.environ, "NEWSREADER_CACHE_DIR": str(cache)}
    cmd = [sys.executable, "-m", "tui", "analyze", str(SEED), "--format", "json"]
    procs = [subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    results = [p.communicate(timeout=240) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == EXIT_OK, err
        assert b"Traceback" not in err
        assert all(line.startswith("newsreader: warning: ") for line in err.decode().splitlines()), err
        assert json.loads(out) == expected
    again = run("analyze", str(SEED), "--format", "json", cache=cache)
    assert again.returncode == EXIT_OK and again.stderr == b""
    assert json.loads(again.stdout) == expected


def test_cache_truncated_mid_file_is_rebuilt(tmp_path: Path, scratch_cache: Path) -> None:
    """A real database cut short (a crash or a full disk while writing)."""
    cache = tmp_path / "cache"
    first = run("analyze", str(SEED), "--format", "json", cache=cache)
    assert first.returncode == EXIT_OK
    db = cache / "analyses.sqlite3"
    for extra in cache.glob("analyses.sqlite3-*"):  # WAL and shared memory
        extra.unlink()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2] + b"\x00" * 17)
    proc = run("analyze", str(SEED), "--format", "json", cache=cache)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert json.loads(proc.stdout) == json.loads(first.stdout)
    assert all(line.startswith("newsreader: warning: ") for line in proc.stderr.decode().splitlines())


def test_json_output_holds_no_raw_control_or_bidi_character(tmp_path: Path, scratch_cache: Path) -> None:
    """JSON on a terminal is read by people too: C0 controls are escaped by JSON
    itself; C1 and bidi controls in `source` (the path as given) must not be
    printed raw either. (\\u escapes decode to the same string.)"""
    path = tmp_path / "bridge \x9b2J \u202eevil.txt"
    path.write_text("Bridge opens\n\nMayor Jane Doe said “yes”.\n", encoding="utf-8")
    proc = run("analyze", str(path), "--format", "json", cache=scratch_cache)
    assert proc.returncode == EXIT_OK, proc.stderr
    raw = proc.stdout.decode("utf-8")
    assert not _unsafe(raw), _unsafe(raw)
    assert json.loads(raw)["source"] == str(path)


def test_file_name_that_is_not_utf8_still_gives_json(tmp_path: Path, scratch_cache: Path) -> None:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/bad\xffname.txt"))
    path.write_text("Bridge opens\n\nMayor Jane Doe said “yes”.\n", encoding="utf-8")
    proc = run("analyze", str(path), "--format", "json", cache=scratch_cache)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert json.loads(proc.stdout)["source"] == str(path)
