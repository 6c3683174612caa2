"""What the reader remembers between runs, in two small TOML files:

- ``config.toml`` in ``paths.config_dir()``: settings the user chose (the theme);
- ``state.toml`` in ``paths.state_dir()``: the last article opened and, per
  article (by the hash of its text, `userdata.text_hash`, the key its
  corrections have too), the reading position and selected actor.

A file that cannot be read or parsed is ignored (with a notice for the reader to
show) and replaced on the next save; nothing here raises. No Textual here, and
userdata (the corrections store) only where a key is made: this module is part
of the reader's start-up, and an article's place is looked up after its first
frame.
"""

from __future__ import annotations

import json
import os
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .paths import config_dir, state_dir

CONFIG_FILE = "config.toml"
STATE_FILE = "state.toml"
#: articles remembered (the most recently read are kept)
MAX_ARTICLES = 200


#: how long the keys of older state files are: the first characters of the text hash
OLD_KEY_LENGTH = 32


@dataclass
class Place:
    """Where the reader was in one article."""

    position: int = 0  # article offset of the first character on screen
    actor: str | None = None  # the selected actor's name
    seen: float = 0.0


@dataclass
class Remembered:
    theme: str | None = None
    last: str | None = None  # the last article's source (a path, or an address)
    articles: dict[str, Place] = field(default_factory=dict)
    #: why a file was ignored, for the reader to show once
    notices: list[str] = field(default_factory=list)

    def place(self, text: str) -> Place | None:
        from .analysis.userdata import text_hash  # (see the module's docstring)

        key = text_hash(text)  # the article's key everywhere (its corrections too)
        return self.articles.get(key) or self.articles.get(key[:OLD_KEY_LENGTH])

    def remember(self, text: str, source: str | None, position: int, actor: str | None) -> None:
        from .analysis.userdata import text_hash

        key = text_hash(text)
        self.articles.pop(key[:OLD_KEY_LENGTH], None)  # kept under its old key until now
        self.articles.pop(key, None)  # the most recent last: the file keeps this order
        self.articles[key] = Place(max(0, int(position)), actor, time.time())
        if source and source != "-":
            self.last = source
        while len(self.articles) > MAX_ARTICLES:
            del self.articles[next(iter(self.articles))]


def _read(path: Path, notices: list[str]) -> dict:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        notices.append(f"{path.name} could not be read ({exc.strerror or exc}); using defaults.")
        return {}
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        notices.append(f"{path.name} is damaged ({' '.join(str(exc).split())}); it was ignored and will be rewritten.")
        return {}


def load() -> Remembered:
    notices: list[str] = []
    config = _read(config_dir() / CONFIG_FILE, notices)
    state = _read(state_dir() / STATE_FILE, notices)
    theme = config.get("theme")
    last = state.get("last")
    articles: dict[str, Place] = {}
    raw = state.get("articles")
    if isinstance(raw, dict):
        for key, value in raw.items():
            if not isinstance(value, dict):
                continue
            position, actor, seen = value.get("position", 0), value.get("actor"), value.get("seen", 0.0)
            if isinstance(position, int) and not isinstance(position, bool) and position >= 0:
                articles[str(key)] = Place(position, actor if isinstance(actor, str) else None,
                                           float(seen) if isinstance(seen, (int, float)) else 0.0)
    return Remembered(theme if isinstance(theme, str) else None, last if isinstance(last, str) else None,
                      articles, notices)


def _string(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; DEL must be escaped too)."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _write(path: Path, text: str) -> str | None:
    """Write atomically; the reason as one line when it fails."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8", errors="strict")
        os.replace(tmp, path)
    except (OSError, UnicodeError) as exc:
        return f"{path.name} could not be saved ({getattr(exc, 'strerror', None) or exc})"
    return None


def config_text(remembered: Remembered) -> str:
    """What `save_config` writes (made on the UI thread, written in a worker: `config_writer`)."""
    lines = ["# newsreader settings (written by the reader)"]
    if remembered.theme:
        lines.append(f"theme = {_string(remembered.theme)}")
    return "\n".join(lines) + "\n"


def config_writer(remembered: Remembered) -> Callable[[], str | None]:
    """The config file as it is now, to be written later (and elsewhere: a thread)."""
    text = config_text(remembered)
    return lambda: _write(config_dir() / CONFIG_FILE, text)


def save_config(remembered: Remembered) -> str | None:
    return config_writer(remembered)()


def state_writer(remembered: Remembered) -> Callable[[], str | None]:
    """The state file as it is now, to be written later (and elsewhere: a thread)."""
    text = state_text(remembered)
    return lambda: _write(state_dir() / STATE_FILE, text)


def save_state(remembered: Remembered) -> str | None:
    return state_writer(remembered)()


def state_text(remembered: Remembered) -> str:
    lines = ["# newsreader: where you were (safe to delete)"]
    if remembered.last:
        try:
            remembered.last.encode("utf-8")
            lines.append(f"last = {_string(remembered.last)}")
        except UnicodeError:  # a path that is not text: not remembered
            pass
    for key, place in remembered.articles.items():
        lines.append("")
        lines.append(f"[articles.{_string(key)}]")
        lines.append(f"position = {place.position}")
        if place.actor:
            lines.append(f"actor = {_string(place.actor.encode('utf-8', 'replace').decode('utf-8'))}")
        lines.append(f"seen = {place.seen:.0f}")
    return "\n".join(lines) + "\n"
