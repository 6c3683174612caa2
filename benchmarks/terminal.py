"""The reader in a real terminal (tmux), against a bare Textual app in the same run.

1. First paint: from launching the command in a fresh tmux window (120x40)
   until the article's text is on the screen (the pane polled with
   `capture-pane` through one control-mode client, see `Control`), for newsreader and for a bare Textual app that shows the
   same text in a read-only TextArea; medians of `--runs` interleaved runs and
   their ratio (target <= 1.3x), for a cached and an uncached article.
2. Key-to-screen during an analysis: a ~38,000-word article built from the
   bundled samples, opened without the cache; while it is analysed, PageDown /
   PageUp are sent with `send-keys` and the time until the article's text on
   the pane changes is taken (a repaint of the sidebar's progress bar does not
   count); p50/p95 (target p95 <= 50 ms), with the bare app's figure for the
   same keys (the cost of tmux and the polling itself) beside it.

tmux runs on a private socket (`-L newsreader-bench`) and is killed at the end.

The reader's sources are byte-compiled first (`compileall`, into the
checkout's ignored __pycache__), as pip does on install.

Run: python benchmarks/terminal.py [--runs 7] [--keys 40]
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SEED = REPO / "sample_articles" / "00_seed_putin_kim_pact.txt"
SOCKET = "newsreader-bench"
SIZE = (120, 40)

BARE = r"""
import sys
from pathlib import Path
from textual.app import App
from textual.widgets import TextArea

text = Path(sys.argv[1]).read_text(encoding="utf-8")

class Bare(App):
    def compose(self):
        yield TextArea(text, read_only=True, soft_wrap=True)

if __name__ == "__main__":
    Bare().run()
"""


def tmux(*args: str, check: bool = True) -> str:
    out = subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True)
    if check and out.returncode != 0:
        raise RuntimeError(f"tmux {' '.join(args)}: {out.stderr.strip()}")
    return out.stdout


class Control:
    """One tmux control-mode client (`tmux -C`) that every poll and key goes
    through: a command is a line on a pipe (~0.2 ms), where spawning a `tmux`
    client per poll cost ~6 ms of CPU each, so polling every few ms kept most of
    a core busy on a 2-core machine, taken from the app being measured."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(["tmux", "-L", SOCKET, "-C", "attach-session", "-t", "keep"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._reply()  # the attach command's own (empty) reply comes first

    def __call__(self, *args: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write((" ".join(shlex.quote(a) for a in args) + "\n").encode())
        self.proc.stdin.flush()
        return self._reply(args)

    def _reply(self, args: tuple[str, ...] = ()) -> str:
        """The output of the next command block; notifications are skipped."""
        assert self.proc.stdout is not None
        lines: list[bytes] = []
        inside = False
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("the tmux control client ended")
            if line.startswith(b"%begin"):
                inside, lines = True, []
            elif inside and line.startswith((b"%end", b"%error")):
                text = b"".join(lines).decode("utf-8", "replace")
                if line.startswith(b"%error"):
                    raise RuntimeError(f"tmux {' '.join(args)}: {text.strip()}")
                return text
            elif inside:
                lines.append(line)
            # anything else is a notification (%output, %session-changed, ...)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(5)


_session = ["bench-0"]
_control: list[Control] = []


def screen() -> str:
    return _control[0]("capture-pane", "-p", "-t", _session[0])


def start(command: list[str], env: dict[str, str]) -> float:
    """Launch `command` in a fresh tmux session; the launch time."""
    stop()
    _session[0] = f"bench-{int(_session[0].split('-')[1]) + 1}"
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    shell = f"env {exports} {' '.join(shlex.quote(c) for c in command)}; sleep 30"
    t0 = time.perf_counter()
    tmux("new-session", "-d", "-s", _session[0], "-c", str(REPO), "-x", str(SIZE[0]), "-y", str(SIZE[1]), shell)
    return t0


def wait_for_text(marker: str, since: float, timeout: float = 60.0) -> float:
    while True:
        if marker in screen():
            return time.perf_counter() - since
        if time.perf_counter() - since > timeout:
            raise RuntimeError(f"{marker!r} not on screen after {timeout} s:\n{screen()}")
        time.sleep(0.002)


def stop() -> None:
    tmux("kill-session", "-t", _session[0], check=False)


def marker_of(path: Path) -> str:
    """A phrase from the article's first lines that shows once the text is painted."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 30]
    return lines[1][:25] if len(lines) > 1 else lines[0][:25]


def first_paint(runs: int, env: dict[str, str], bare: Path) -> None:
    marker = marker_of(SEED)
    reader = [sys.executable, "-m", "tui", str(SEED)]
    plain = [sys.executable, str(bare), str(SEED)]
    with tempfile.TemporaryDirectory() as warm:
        warm_env = dict(env, NEWSREADER_CACHE_DIR=warm)
        subprocess.run([sys.executable, "-m", "tui", "analyze", str(SEED), "--format", "json"],
                       env={**os.environ, **warm_env}, cwd=REPO, capture_output=True, check=True)
        results: dict[str, list[float]] = {"bare": [], "cached": [], "uncached": []}
        for run in range(runs + 1):  # the first round warms the OS file cache
            for name, command, run_env in (("bare", plain, env), ("cached", reader, warm_env),
                                           ("uncached", reader, dict(env, NEWSREADER_CACHE_DIR=tempfile.mkdtemp()))):
                t0 = start(command, run_env)
                elapsed = wait_for_text(marker, t0)
                stop()
                if run:
                    results[name].append(elapsed)
    b, c, u = (statistics.median(results[k]) for k in ("bare", "cached", "uncached"))
    print(f"first paint in tmux {SIZE[0]}x{SIZE[1]} (median of {runs} interleaved runs)")
    print(f"  bare Textual app (TextArea, same text): {b * 1000:7.1f} ms")
    print(f"  newsreader, cached analysis:            {c * 1000:7.1f} ms  ratio {c / b:.2f}x (target <= 1.3x)")
    print(f"  newsreader, not cached:                 {u * 1000:7.1f} ms  ratio {u / b:.2f}x (target <= 1.3x)")


def long_article(folder: Path, words: int = 38_000) -> Path:
    bodies = [p.read_text(encoding="utf-8").partition("\n\n")[2].strip()
              for p in sorted((REPO / "sample_articles").glob("*.txt"))]
    parts, i = ["A very long article"], 0
    while sum(len(p.split()) for p in parts) < words:
        parts.append(bodies[i % len(bodies)])
        i += 1
    path = folder / "long.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def article_region(text: str) -> list[str]:
    """What a page key changes: the article's text, i.e. the left 60 columns
    between the first line and the footer. The reader's sidebar (progress bar)
    and footer are outside it, so a progress repaint never counts as the key's
    frame; for the bare app it is the same part of its TextArea."""
    lines = text.splitlines()
    return [line[:60] for line in lines[1:SIZE[1] - 2]]


def key_latencies(keys: int, settle: float = 0.15) -> list[float]:
    """Alternate PageDown/PageUp; the time from send-keys until the article's
    text on the pane changed."""
    out = []
    for i in range(keys):
        before = article_region(screen())
        t0 = time.perf_counter()
        _control[0]("send-keys", "-t", _session[0], "PageDown" if i % 2 == 0 else "PageUp")
        while article_region(screen()) == before:
            if time.perf_counter() - t0 > 5:
                break
            time.sleep(0.001)
        out.append(time.perf_counter() - t0)
        time.sleep(settle)  # let the frame finish (a key every 150 ms, as a reader scrolls)
    return out


def key_to_screen(keys: int, env: dict[str, str], bare: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = long_article(Path(tmp))
        words = len(path.read_text(encoding="utf-8").split())
        marker = "A very long article"
        # the bare app: the same keys, no analysis (what tmux and polling cost)
        t0 = start([sys.executable, str(bare), str(path)], env)
        wait_for_text(marker, t0)
        time.sleep(1.0)
        base = key_latencies(keys)
        stop()
        t0 = start([sys.executable, "-m", "tui", str(path), "--no-cache"], env)
        wait_for_text(marker, t0)
        time.sleep(1.0)  # the analysis process has started
        t1 = time.perf_counter()
        during = key_latencies(keys)
        spent = time.perf_counter() - t1
        still = "Analys" in screen()
        stop()
    ms = lambda xs, q: statistics.quantiles(xs, n=100)[q - 1] * 1000  # noqa: E731
    print(f"\nkey-to-screen in tmux, PageDown/PageUp on a {words:,}-word article ({keys} keys over {spent:.1f} s)")
    print(f"  bare Textual app (no analysis):    p50 {ms(base, 50):6.1f} ms  p95 {ms(base, 95):6.1f} ms")
    print(f"  newsreader during its analysis:    p50 {ms(during, 50):6.1f} ms  p95 {ms(during, 95):6.1f} ms "
          f"(target p95 <= 50 ms){'' if still else '  [the analysis ended before the last key]'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--skip-paint", action="store_true")
    parser.add_argument("--skip-keys", action="store_true")
    args = parser.parse_args()
    print(f"machine load average (1 min) at the start: {os.getloadavg()[0]:.1f} on {len(os.sched_getaffinity(0))} cores\n")
    env = {"PYTHONPATH": str(REPO), "TERM": "xterm-256color", "COLORTERM": "truecolor"}
    # The reader's modules as an installed reader has them: byte-compiled (pip
    # compiles on install, as Textual's were). Run from a checkout where
    # PYTHONDONTWRITEBYTECODE is set, every start compiled ~30 modules from
    # source (~60 ms), a cost no installed reader pays and the bare app never did.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "tui")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        env["NEWSREADER_CACHE_DIR"] = str(Path(tmp) / "cache")
        # a session that keeps the server up between runs (a server whose last
        # session was just killed may still be exiting when the next starts)
        tmux("kill-server", check=False)
        tmux("new-session", "-d", "-s", "keep", "sleep 86400")
        _control.append(Control())
        try:
            if not args.skip_paint:
                first_paint(args.runs, env, bare)
            if not args.skip_keys:
                key_to_screen(args.keys, env, bare)
        finally:
            _control[0].close()
            tmux("kill-server", check=False)
    print(f"\nmachine load average (1 / 5 min) at the end: {os.getloadavg()[0]:.1f} / {os.getloadavg()[1]:.1f} on {len(os.sched_getaffinity(0))} cores")


if __name__ == "__main__":
    main()
