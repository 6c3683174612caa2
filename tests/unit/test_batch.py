"""`newsreader analyze FOLDER --format jsonl --jobs N`, and the per-article
function a process pool, Dask or Ray maps over a corpus."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tui.analysis.batch import analyze_file, analyze_many
from tui.resources import SAMPLES_DIR

REPO = Path(__file__).resolve().parents[2]
NAMES = ("02_african_free_trade_area.txt", "04_scottish_court_prorogation.txt")


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES_DIR / name, folder / name)
    return folder


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=REPO, capture_output=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def test_a_pool_gives_the_same_lines_in_folder_order(corpus):
    paths = sorted(corpus.iterdir())
    pooled = list(analyze_many(paths, jobs=2, use_cache=False))
    assert [o.path for o in pooled] == [str(p) for p in paths]
    assert all(o.error is None for o in pooled)
    alone = [analyze_file(p, use_cache=False) for p in paths]
    assert [o.line for o in pooled] == alone
    for line, path in zip(alone, paths, strict=True):
        data = json.loads(line)
        assert "\n" not in line and data["text"] and data["actors"]
        assert data["source"] == str(path)


def test_the_jsonl_line_is_the_json_object(corpus):
    path = corpus / NAMES[0]
    single = cli("analyze", str(path), "--format", "json", "--no-cache")
    folder = cli("analyze", str(corpus), "--format", "jsonl", "--jobs", "2", "--no-cache")
    assert single.returncode == 0 and folder.returncode == 0, folder.stderr
    lines = folder.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(NAMES)
    assert json.loads(lines[0]) == json.loads(single.stdout)


def test_an_unreadable_article_is_reported_and_the_rest_analysed(corpus):
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 50)
    proc = cli("analyze", str(corpus), "--format", "jsonl", "--jobs", "1", "--no-cache")
    assert proc.returncode == 1
    assert len(proc.stdout.decode().splitlines()) == len(NAMES)
    errors = proc.stderr.decode().splitlines()
    assert len(errors) == 1 and errors[0].startswith("newsreader: ") and "broken.txt" in errors[0]
    assert b"Traceback" not in proc.stderr


def test_a_folder_needs_jsonl_and_jobs_at_least_one(corpus):
    text = cli("analyze", str(corpus), "--format", "json")
    assert text.returncode == 1
    assert "is a folder" in text.stderr.decode() and "--format jsonl" in text.stderr.decode()
    zero = cli("analyze", str(corpus), "--format", "jsonl", "--jobs", "0")
    assert zero.returncode == 2
    for proc in (text, zero):
        assert proc.stderr.decode().startswith("newsreader: ") and b"Traceback" not in proc.stderr


def test_dask_maps_the_same_function_on_a_local_cluster(corpus):
    """README's example of a corpus beyond one machine, on a local cluster
    (skipped unless the optional extra is installed: pip install ".[dask]")."""
    distributed = pytest.importorskip("distributed")
    paths = [str(p) for p in sorted(corpus.iterdir())]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster, \
            distributed.Client(cluster) as client:
        lines = client.gather(client.map(analyze_file, paths, use_cache=False))
    assert lines == [analyze_file(p, use_cache=False) for p in paths]
