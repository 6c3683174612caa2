"""The reader and the terminal (issue 12, items 4, 9 and 11): it refuses to start
without one, SIGTERM / SIGHUP / SIGQUIT restore it (exit 128 + n), and
`analyze` reports every way its output can fail.

The signal tests run the real reader in a pseudo-terminal made the child's
controlling terminal, as a user's shell would, and check what it wrote after
the signal and the terminal's mode afterwards."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "gold" / "000_seed.txt"
ALT_SCREEN_ON, ALT_SCREEN_OFF, CURSOR_ON = b"\x1b[?1049h", b"\x1b[?1049l", b"\x1b[?25h"


def _run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "TERM": "xterm-256color", **kwargs.pop("env", {})}
    env.pop("NEWSREADER_DEBUG", None)
    kwargs.setdefault("capture_output", True)
    proc = subprocess.run([sys.executable, "-m", "tui", *args], cwd=REPO, env=env, timeout=180, **kwargs)
    assert b"Traceback" not in (proc.stderr or b"")
    return proc


# ------------------------------------------------------------- no terminal

@pytest.mark.parametrize("how", ["stdin-null", "stdout-file", "no-controlling-terminal"])
def test_the_reader_without_a_terminal_says_so(how: str, tmp_path: Path) -> None:
    """It used to hang, writing escape codes into whatever it had."""
    kwargs: dict = {"stdin": subprocess.DEVNULL, "start_new_session": True}
    if how == "stdout-file":
        kwargs["stdout"] = (tmp_path / "out").open("wb")
        kwargs["stderr"] = subprocess.PIPE
        kwargs["capture_output"] = False
    proc = _run(str(SEED), **kwargs)
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines()[-1].startswith("newsreader: no terminal")
    if how == "stdout-file":
        assert (tmp_path / "out").read_bytes() == b""


def test_analyze_needs_no_terminal() -> None:
    proc = _run("analyze", str(SEED), "--format", "json", stdin=subprocess.DEVNULL, start_new_session=True)
    assert proc.returncode == 0 and proc.stdout.startswith(b"{")


# ------------------------------------------------------------ output faults

def test_a_pipe_closed_early_exits_141_not_0(tmp_path: Path) -> None:
    """`analyze | head -c 10`: the write was cut short and nobody noticed (exit 0)."""
    big = tmp_path / "big.txt"  # an output beyond the pipe's 64 KB, quick to analyse
    big.write_text("Headline\n\n" + "=" * 200_000 + "\n")
    reader, writer = os.pipe()
    env = {**os.environ}
    proc = subprocess.Popen([sys.executable, "-m", "tui", "analyze", str(big), "--format", "json"],
                            cwd=REPO, env=env, stdout=writer, stderr=subprocess.PIPE)
    os.close(writer)
    assert len(os.read(reader, 10)) == 10
    os.close(reader)
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 141, err
    assert err == b""


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_full_disk_is_one_line_and_exit_1(fmt: str) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        proc = _run("analyze", str(SEED), "--format", fmt, stdout=full, stderr=subprocess.PIPE,
                    capture_output=False)
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines() == ["newsreader: cannot write the analysis (No space left on device)"]


def test_a_closed_stdout_is_one_line_and_exit_1() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import os, sys; os.close(1); from tui.cli import main; sys.exit(main(sys.argv[1:]))",
         "analyze", str(SEED)],
        cwd=REPO, stderr=subprocess.PIPE, timeout=180,
    )
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines() == ["newsreader: standard output is closed; nowhere to write the analysis"]


def test_a_package_that_is_no_spacy_model_exits_2() -> None:
    proc = _run("analyze", str(SEED), env={"NEWSREADER_MODEL": "numpy"})  # spaCy's TypeError before
    assert proc.returncode == 2
    lines = proc.stderr.decode().splitlines()
    assert len(lines) == 1 and "'numpy' is not a spaCy model" in lines[0]


# ------------------------------------------------------------------ signals

def _spawn_in_pty(*args: str) -> tuple[subprocess.Popen, int, int]:
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))

    def controlling_terminal() -> None:  # in the child, after setsid
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("NEWSREADER_DEBUG", None)
    proc = subprocess.Popen([sys.executable, "-m", "tui", *args], cwd=REPO, env=env,
                            stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
                            preexec_fn=controlling_terminal)
    return proc, master, slave


def _read_until(master: int, proc: subprocess.Popen, done, timeout: float) -> bytes:
    out = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not done(out):
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                out += os.read(master, 65536)
            except OSError:
                break
        elif proc.poll() is not None:
            break
    return out


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT], ids=lambda s: s.name)
def test_an_ending_signal_restores_the_terminal(sig: signal.Signals, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Jane Doe resigns\n\nJane Doe said she would leave. Acme thanked her.\n")
    proc, master, slave = _spawn_in_pty(str(article), "--no-cache")
    try:
        cooked = termios.tcgetattr(slave)
        started = _read_until(master, proc, lambda out: ALT_SCREEN_ON in out and b"Jane Doe" in out, 60)
        assert ALT_SCREEN_ON in started, started[-500:]
        _read_until(master, proc, lambda out: False, 1.0)  # let it settle
        assert not termios.tcgetattr(slave)[3] & termios.ICANON, "the reader should have the tty in raw mode"
        proc.send_signal(sig)
        after = _read_until(master, proc, lambda out: False, 15)
        assert proc.wait(timeout=15) == 128 + sig
        assert ALT_SCREEN_OFF in after and CURSOR_ON in after
        assert b"\x1b[?1000l" in after or b"\x1b[?1003l" in after  # mouse reporting off
        restored = termios.tcgetattr(slave)
        assert restored[3] == cooked[3]  # echo, canonical mode, signals as before
        assert restored[0] == cooked[0] and restored[1] == cooked[1]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
        os.close(slave)
