"""Adversarial text costs linear time and memory (issue 12, items 1 and 2).

Regression tests for each shape the red team found, then hypothesis strategies
that generate those shapes: long whitespace-free runs of punctuation, emoji and
CJK; endless chains of reported speech with and without quotation marks; deep
nesting (Markdown, in tests/unit/test_loading_limits.py).

The strategies with >= 500 examples run on a blank spaCy pipeline (tokenizer
only, ~1 ms an example) or on `bounds.bound_quotes` directly: the full model
costs ~50 ms an example even on short texts, too slow for 500 examples in CI's
budget. One strategy goes through the real parse path with the real model, with
fewer examples (`REAL_EXAMPLES`), because only the parser shows where sentences
end and which clauses the speech verbs open.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.analysis import pipeline
from tui.analysis.bounds import MAX_COVER, MAX_PER_SENTENCE, bound_quotes
from tui.analysis.model import Article, Quote

EXAMPLES = max(500, int(os.environ.get("NEWSREADER_PROPERTY_EXAMPLES", "500")))
REAL_EXAMPLES = int(os.environ.get("NEWSREADER_REAL_EXAMPLES", "25"))
MANY = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

RUN_CHARS = ["(", "=", "*", "!", "…", "”", "“", '"', "😀", "中", "-", ".", "a"]


@pytest.fixture(scope="module")
def blank():
    import spacy

    return spacy.blank("en")


def _analysis(nlp, text: str):
    return pipeline.analyze(Article(text=text, title=text.split("\n", 1)[0], source="t.txt"), nlp)


def _cover(quotes) -> int:
    """The largest number of quotes covering one character."""
    events = sorted([(q.start, 1) for q in quotes] + [(q.end, -1) for q in quotes], key=lambda e: (e[0], e[1]))
    depth = best = 0
    for _, step in events:
        depth += step
        best = max(best, depth)
    return best


# ----------------------------------------------------------- regression tests

@pytest.mark.parametrize("char", RUN_CHARS)
def test_a_long_run_is_tokenised_in_bounded_pieces(blank, char: str) -> None:
    text = "Jane Doe spoke. " + char * 5000 + " The end.\n"
    doc = pipeline.make_doc(blank, text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) <= pipeline.MAX_RUN
    # one token per piece: spaCy alone makes one token per mark (and takes quadratic time)
    assert len(doc) <= 5000 // (pipeline.MAX_RUN // 2) + 10
    assert [t.text for t in doc[:4]] == ["Jane", "Doe", "spoke", "."]
    assert [t.text for t in doc[-4:]] == ["The", "end", ".", "\n"]


def test_text_around_runs_is_tokenised_as_spacy_would(blank) -> None:
    text = "Jane  Doe\n" + "=" * 300 + "\n\nJohn Smith said, “yes”. " + "(" * 150 + "  x"
    doc = pipeline.make_doc(blank, text)
    assert doc.text == text
    plain = [t.text for t in blank.make_doc("Jane  Doe\n")] + [t.text for t in blank.make_doc("\n\nJohn Smith said, “yes”. ")]
    words = [t.text for t in doc]
    for word in plain:
        assert word in words


def test_chunks_are_bounded_without_whitespace() -> None:
    text = "Headline\n\n" + "中" * 100_000 + " " + "x" * 50_000
    pieces = list(pipeline.chunks(text))
    assert "".join(pieces) == text
    assert all(len(p) <= pipeline.CHUNK_CHARS for p in pieces)


def test_a_sentence_without_end_is_cut(nlp) -> None:
    doc = pipeline.parse(nlp, "Headline\n\n" + "Jane Doe said " * 400)
    assert max(len(s) for s in doc.sents) <= pipeline.MAX_SENTENCE_TOKENS


def test_a_chain_of_reported_speech_gives_linear_output(nlp) -> None:
    """'Jane Doe said ' x 50,000 gave 511 MB of JSON: each verb opened a quote to
    the end of the sentence, each with its own copy of the text."""
    text = "Headline\n\n" + "Jane Doe said " * 2000
    analysis = _analysis(nlp, text)
    size = len(json.dumps(analysis.to_json(), ensure_ascii=False))
    assert size <= 20 * len(text), size
    assert sum(len(q.text) for q in analysis.quotes) <= MAX_COVER * len(text)
    assert _cover(analysis.quotes) <= MAX_COVER


def test_unbalanced_marks_and_speech_verbs_give_linear_output(nlp) -> None:
    """10,000 “ and 10,000 'John Smith said' gave 19,990 overlapping quotes (113 MB of JSON)."""
    text = "Headline\n\n" + "“ John Smith said " * 1000 + "\n"
    analysis = _analysis(nlp, text)
    assert sum(len(q.text) for q in analysis.quotes) <= MAX_COVER * len(text)
    assert _cover(analysis.quotes) <= MAX_COVER
    assert len(json.dumps(analysis.to_json(), ensure_ascii=False)) <= 20 * len(text)


def test_ordinary_articles_keep_every_quote(nlp) -> None:
    """The bounds only bite on adversarial text: the gold articles lose nothing."""
    from tui.analysis import actors, coref, quotes
    from tui.analysis.drafts import MentionIndex
    from tui.analysis.loading import load_article

    gold = sorted((Path(__file__).parents[1] / "gold").glob("*.txt"))
    assert gold
    for path in gold:
        article = load_article(path)
        doc = pipeline.parse(nlp, article.text)
        drafts = actors.find_actors(doc, article)
        coref.resolve_references(doc, drafts)
        found = quotes.find_quotes(doc, MentionIndex(drafts))
        assert bound_quotes(found, [s.start_char for s in doc.sents]) == found, path.name


def test_bound_quotes_keeps_outer_quotes_of_a_chain() -> None:
    chain = [Quote(i, 1000, "", "indirect", None, "said") for i in range(0, 500, 5)]
    kept = bound_quotes(chain, [0])
    assert kept == chain[:MAX_COVER]
    assert bound_quotes(chain, list(range(0, 1000, 5))) == chain[:MAX_COVER]


def test_bound_quotes_caps_quotes_per_sentence() -> None:
    many = [Quote(i * 10, i * 10 + 5, "", "direct", None, None) for i in range(50)]
    assert bound_quotes(many, [0]) == many[:MAX_PER_SENTENCE]
    assert bound_quotes(many, [0, 250]) == many[:MAX_PER_SENTENCE] + many[25 : 25 + MAX_PER_SENTENCE]


# ------------------------------------------------------------------ strategies

runs = st.lists(
    st.one_of(
        st.builds(lambda c, n: c * n, st.sampled_from(RUN_CHARS), st.integers(1, 3000)),
        st.sampled_from(["Jane Doe", "said", " ", "\n", "\n\n", "  ", "“", "”", ".", "x" * 99, "x" * 101]),
        st.text(max_size=30),
    ),
    max_size=12,
).map("".join)


@MANY
@given(runs)
def test_any_run_keeps_the_text_and_bounded_tokens(blank, text: str) -> None:
    doc = pipeline.make_doc(blank, text)
    assert doc.text == text
    assert all(len(t.text) <= pipeline.MAX_RUN for t in doc if not t.is_space)
    for piece in pipeline.chunks(text, 500):
        assert len(piece) <= 500


SPEECH = ["Jane Doe", "John Smith", "she", "he", "said", "told", "says", "added", "according to",
          "that", "“", "”", '"', ",", ".", "Jane Doe said", "\n", "\n\n", "—"]
speech_chains = st.lists(st.sampled_from(SPEECH), min_size=1, max_size=2000).map(" ".join)


@MANY
@given(speech_chains)
def test_speech_chains_never_make_a_sentence_longer_than_the_bound(blank, text: str) -> None:
    doc = pipeline._run(blank, text)
    assert doc.text == text
    run = 0
    for tok in doc:
        run = 1 if tok.is_sent_start else run + 1
        assert run <= pipeline.MAX_SENTENCE_TOKENS + 1


intervals = st.lists(
    st.tuples(st.integers(0, 2000), st.integers(1, 2000), st.sampled_from(["direct", "indirect"])),
    max_size=300,
)


@MANY
@given(intervals, st.lists(st.integers(1, 4000), max_size=30))
def test_bound_quotes_bounds_cover_and_sentences(spans, cuts) -> None:
    quotes = sorted(
        (Quote(s, s + n, "", k, None, None) for s, n, k in spans),  # type: ignore[arg-type]
        key=lambda q: (q.start, q.kind != "indirect", q.end),
    )
    starts = sorted({0, *cuts})
    kept = bound_quotes(quotes, starts)
    assert _cover(kept) <= MAX_COVER
    assert all(q in quotes for q in kept)
    assert [quotes.index(q) for q in kept] == sorted(quotes.index(q) for q in kept)  # order kept
    import bisect
    from collections import Counter

    per = Counter(bisect.bisect_right(starts, q.start) for q in kept)
    assert max(per.values(), default=0) <= MAX_PER_SENTENCE
    assert bound_quotes(kept, starts) == kept
    if _cover(quotes) <= MAX_COVER and len(quotes) <= MAX_PER_SENTENCE:
        assert kept == quotes


adversarial = st.lists(
    st.one_of(
        st.sampled_from(SPEECH),
        st.builds(lambda c, n: c * n, st.sampled_from(RUN_CHARS), st.integers(100, 2000)),
        st.builds(lambda n: "Jane Doe said " * n, st.integers(1, 300)),
    ),
    min_size=1, max_size=12,
).map(lambda parts: "Headline\n\n" + " ".join(parts))


@settings(max_examples=REAL_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(adversarial)
def test_real_parse_of_adversarial_text_stays_bounded(nlp, text: str) -> None:
    analysis = _analysis(nlp, text)
    assert analysis.text == text
    assert _cover(analysis.quotes) <= MAX_COVER
    assert sum(len(q.text) for q in analysis.quotes) <= MAX_COVER * len(text)
    for q in analysis.quotes:
        assert text[q.start : q.end] == q.text
