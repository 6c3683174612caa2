"""Long articles: chunked parsing keeps the text and the offsets whole, and reports progress.

A cheaper stand-in for benchmarks/memory.py (200,000 words): here ~30,000 words,
built from the bundled sample articles repeated, so the analysis crosses many
chunk boundaries (pipeline.CHUNK_CHARS).
"""

from __future__ import annotations

import pytest

from tui.analysis import pipeline
from tui.analysis.model import Article
from tui.resources import SAMPLES_DIR


def _bodies() -> list[str]:
    bodies = []
    for path in sorted(SAMPLES_DIR.glob("*.txt")):
        _, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        bodies.append(body.strip())
    assert len(bodies) >= 2
    return bodies


def _long_text(words: int, bodies: list[str]) -> str:
    parts = ["A long article made of the sample articles repeated"]
    count, i = 0, 0
    while count < words:
        parts.append(bodies[i % len(bodies)])
        count += len(bodies[i % len(bodies)].split())
        i += 1
    return "\n\n".join(parts) + "\n"


@pytest.fixture(scope="module")
def long_text() -> str:
    return _long_text(30_000, _bodies())


@pytest.fixture(scope="module")
def long_run(nlp, long_text):
    """(analysis, progress calls) of the ~30,000-word article."""
    calls: list[float] = []
    article = Article(text=long_text, title=long_text.partition("\n")[0], source="long.txt")
    analysis = pipeline.analyze(article, nlp, calls.append)
    return analysis, calls


def test_long_text_is_split_into_many_chunks_that_concatenate_back(long_text):
    pieces = list(pipeline.chunks(long_text))
    assert len(pieces) >= 5, "the test text must cross several chunk boundaries"
    assert "".join(pieces) == long_text
    assert all(pieces)
    assert all(len(p) <= pipeline.CHUNK_CHARS for p in pieces)
    # Cuts fall on paragraph breaks when there are some: no sentence is cut.
    assert all(p.endswith("\n\n") for p in pieces[:-1])


@pytest.mark.parametrize(
    "text",
    [
        "a" * 50_001,  # no whitespace at all: hard cuts
        ("word " * 12_000),  # only spaces
        ("line\n" * 12_000),  # only single line breaks
        "x" * 19_999 + "\n\n" + "y" * 30_000,
        "",
    ],
    ids=["no-space", "spaces", "lines", "break-at-edge", "empty"],
)
def test_chunks_concatenate_back_for_degenerate_texts(text):
    pieces = list(pipeline.chunks(text))
    assert "".join(pieces) == text
    assert all(0 < len(p) <= pipeline.CHUNK_CHARS for p in pieces)


def test_progress_increases_and_ends_at_one(long_run, long_text):
    _, calls = long_run
    assert len(calls) >= len(list(pipeline.chunks(long_text))) - 1 >= 2
    assert all(0.0 <= f <= 1.0 for f in calls)
    assert calls == sorted(calls), "progress went backwards"
    assert len(set(calls)) > 1
    assert calls[-1] == 1.0


def test_progress_is_called_for_a_single_chunk_text(nlp):
    calls: list[float] = []
    text = "Short headline\n\nJohn Smith met Mary Jones in Paris.\n"
    pipeline.analyze(Article(text=text, title="Short headline", source="s.txt"), nlp, calls.append)
    assert calls and calls[-1] == 1.0


def test_offsets_are_valid_across_chunk_boundaries(long_run, long_text):
    analysis, _ = long_run
    assert analysis.text == long_text
    n = len(long_text)
    for actor in analysis.actors:
        for m in actor.mentions:
            assert 0 <= m.start < m.end <= n
            assert long_text[m.start : m.end] == m.text
    for q in analysis.quotes:
        assert 0 <= q.start <= q.end <= n
        assert long_text[q.start : q.end] == q.text


def test_mentions_and_quotes_are_found_in_every_chunk(long_run, long_text):
    """The analysis does not stop after the first chunk: each chunk of the text
    (the same articles, repeated) has name mentions and quotes in it."""
    analysis, _ = long_run
    bounds = []
    pos = 0
    for piece in pipeline.chunks(long_text):
        bounds.append((pos, pos + len(piece)))
        pos += len(piece)
    starts = [m.start for a in analysis.actors for m in a.mentions if m.kind == "name"]
    quote_starts = [q.start for q in analysis.quotes]
    for lo, hi in bounds[:-1]:  # the last piece may be a short tail
        assert any(lo <= s < hi for s in starts), f"no name mention in chunk {lo}-{hi}"
        assert any(lo <= s < hi for s in quote_starts), f"no quote in chunk {lo}-{hi}"


def test_repeated_article_gives_as_many_names_in_its_last_copy_as_in_its_first(nlp, long_text):
    """Name mentions of one article repeated across chunks: the copies far into
    the text are recognised about as well as the first one."""
    bodies = _bodies()
    body = bodies[0]
    text = "Headline\n\n" + "\n\n".join([body] * 8) + "\n"
    assert len(list(pipeline.chunks(text))) >= 2
    analysis = pipeline.analyze(Article(text=text, title="Headline", source="rep.txt"), nlp)
    first_lo = text.index(body)
    last_lo = text.rindex(body)
    starts = [m.start for a in analysis.actors for m in a.mentions if m.kind == "name"]
    first = sum(first_lo <= s < first_lo + len(body) for s in starts)
    last = sum(last_lo <= s < last_lo + len(body) for s in starts)
    assert first > 0
    assert last >= 0.8 * first, (first, last)


@pytest.mark.parametrize(
    "raw",
    [
        "\x1b]" * 200_000,  # unterminated OSC introducers
        "\x1b[" + "0;" * 500_000,  # a CSI that never ends
        "\x9d" * 300_000,  # C1 OSC introducers
        "\x1bP" * 200_000 + "x",  # DCS introducers
        ("\x1b]8;;" + "a" * 50) * 20_000,  # unterminated hyperlinks
        "\r" * 500_000 + "\u202e" * 500_000,
    ],
    ids=["osc", "csi", "c1-osc", "dcs", "osc8", "cr-bidi"],
)
def test_cleaning_pathological_megabytes_is_total(raw):
    # how long it takes is measured by benchmarks/adversarial.py against a normal
    # article of the same size, not timed here
    from tui.analysis.clean import clean_text

    cleaned = clean_text(raw)
    assert "\x1b" not in cleaned and "\x9d" not in cleaned and "\u202e" not in cleaned


def test_one_huge_word_and_a_wall_of_quote_marks_analyse(nlp):
    text = "Title\n\n" + "a" * 100_000 + "\n\n" + " ".join(["“a", "b”", '"c', "'d"] * 1500) + "\n"
    calls: list[float] = []
    analysis = pipeline.analyze(Article(text=text, title="Title", source="x.txt"), nlp, calls.append)
    assert calls[-1] == 1.0
    for q in analysis.quotes:
        assert text[q.start : q.end] == q.text
