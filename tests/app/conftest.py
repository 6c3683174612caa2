"""Fixtures for the Pilot tests: the real Analyzer with a throw-away cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.analysis.service import Analyzer
from tui.resources import SAMPLES_DIR



@pytest.fixture
def analyzer(tmp_path, monkeypatch) -> Analyzer:
    """The real analyzer; its cache lives in a temporary directory."""
    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(tmp_path / "cache"))
    return Analyzer()


@pytest.fixture
def small_library(tmp_path) -> Path:
    """A folder with two of the bundled articles (keeps background analysis short)."""
    folder = tmp_path / "library"
    folder.mkdir()
    for name in ("02_african_free_trade_area.txt", "04_scottish_court_prorogation.txt"):
        shutil.copy(SAMPLES_DIR / name, folder / name)
    return folder
