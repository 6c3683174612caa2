"""Where the files that ship beside the package live.

In a wheel, `styles/` and `sample_articles/` are copied into the package
(pyproject's force-include); in a source checkout they sit at the repo root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


STYLES_DIR = _shipped("styles")
SAMPLES_DIR = _shipped("sample_articles")
