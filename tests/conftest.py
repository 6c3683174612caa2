"""Fixtures shared by every test layer."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
GOLD_DIR = TESTS / "gold"
REPO = TESTS.parent


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy model, loaded once per test session."""
    from tui.analysis.nlp import load_model, resolve_model_name

    return load_model(resolve_model_name())


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (GOLD_DIR / "000_seed.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own cache, data, config and state folders: none writes
    to the user's real ones, and no test sees another's files."""
    for kind in ("cache", "data", "config", "state"):
        monkeypatch.setenv(f"NEWSREADER_{kind.upper()}_DIR", str(tmp_path_factory.mktemp(kind)))


@pytest.fixture
def deny_reading(monkeypatch):
    """`deny_reading(path)`: opening `path` fails as the OS refuses an unreadable
    file. Tests run as root, which ignores file modes, so the refusal is simulated."""
    import builtins

    real_open = builtins.open
    denied: set[Path] = set()

    def guarded_open(file, *args, **kwargs):
        if isinstance(file, (str, Path)) and Path(file) in denied:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    return denied.add
