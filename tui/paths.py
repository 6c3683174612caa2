"""Where newsreader keeps its files, one place for every module.

- cache (``$NEWSREADER_CACHE_DIR``, else platformdirs' user cache dir): what can
  be recomputed, e.g. analyses; safe to delete.
- data (``$NEWSREADER_DATA_DIR``, else platformdirs' user data dir): what the
  user would lose: the library of downloaded articles and feeds, corrections.
- config (``$NEWSREADER_CONFIG_DIR``, else the user config dir): settings.
- state (``$NEWSREADER_STATE_DIR``, else the user state dir): what is restored
  on the next start (last article, reading position, theme).

The environment overrides exist for tests and for users who keep their library
somewhere else; nothing here creates a folder.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "newsreader"


def _dir(env: str, kind: str) -> Path:
    override = os.environ.get(env)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return _dir("NEWSREADER_CACHE_DIR", "cache")


def data_dir() -> Path:
    return _dir("NEWSREADER_DATA_DIR", "data")


def config_dir() -> Path:
    return _dir("NEWSREADER_CONFIG_DIR", "config")


def state_dir() -> Path:
    return _dir("NEWSREADER_STATE_DIR", "state")
