"""Property tests: whatever text a stranger writes, cleaning and analysis hold their contract.

For arbitrary Unicode (letters, capitalised names and speech cues, every kind of
quotation mark, markup-like brackets, control characters and escape sequences,
bidi overrides, blank lines), `clean_text` then `pipeline.analyze`:
never raises; every offset lies inside the text; `text[start:end]` is the
reported text of every mention and quote; mentions of one actor are in text
order and never overlap; salience is in [0, 1] and actors are sorted by it;
quotes are in text order and their speakers are actors of the analysis.

Bounded (small texts, 150 examples per test; set NEWSREADER_PROPERTY_EXAMPLES
to search harder) so the suite stays fast. The
spaCy model is the session fixture from tests/conftest.py: hypothesis reuses it
across examples, which is safe because the model is never mutated.
"""

from __future__ import annotations

import os
import unicodedata

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tui.analysis import pipeline
from tui.analysis.clean import clean_text
from tui.analysis.model import Article

EXAMPLES = int(os.environ.get("NEWSREADER_PROPERTY_EXAMPLES", "150"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Bidi embedding/override/isolate controls and marks: they reorder what a
# terminal shows ("Trojan Source"), so they must not survive cleaning.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"

ESCAPES = [
    "\x1b[2J", "\x1b[31m", "\x1b[0m", "\x1b]0;title\x07", "\x1b]8;;https://example.com\x1b\\",
    "\x1b]8;;\x1b\\", "\x1bc", "\x1b[?1049h", "\x1b", "\x9b31m", "\x9d0;t\x9c", "\x07", "\x08",
    "\x00", "\x0b", "\x0c", "\r", "\r\n", "\x7f", "\x85", "\x1b[", "\x1b]",
]
MARKUP = [
    "[bold]", "[/bold]", "[red]x[/]", "[/]", "[link=https://example.com]", "[@click=app.quit]quit[/]",
    "[", "]", "[[", "]]", "[b", "[$accent]", "[BOLD]", "\\[", "\\",
]
QUOTES = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "‚"]
WORDS = [
    "John Smith", "Mary Jones", "Smith", "Jones", "he", "she", "his", "her", "they", "it",
    "said", "told", "added", "according to", "the spokesman", "President", "Dr.", "Jr.",
    "Russia", "the United Nations", "U.N.", "UN", "U.S.", "Kim", "O'Brien", "José Martí",
    "the", "a", "and", "of", "in", "was", ".", ",", ":", ";", "—", "-", "…", "?", "!",
    "(", ")", "'s", "’s", "said that", "John Smith said", "“We will win,” she said.",
    "\"No,\" he said", "Apple", "Washington", "Monday", "42", "北京", "Москва", "مرحبا",
    "🙂", "e\u0301", "\ufeff", "\u200b", "\u00a0",
]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "\n \n", "\t", "  "]

fragment = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(QUOTES),
    st.sampled_from(MARKUP),
    st.sampled_from(ESCAPES),
    st.sampled_from(list(BIDI)),
    st.text(max_size=6),
    st.characters(codec="utf-8").map(str),
)
articles = st.lists(st.tuples(fragment, st.sampled_from(SEPARATORS)), max_size=45).map(
    lambda parts: "".join(f + s for f, s in parts)
)
# Raw code points of any category, surrogates aside (they cannot come out of a decoder).
raw_unicode = st.text(st.characters(exclude_categories=("Cs",)), max_size=120)
any_text = st.one_of(articles, articles, raw_unicode)


def _disallowed(ch: str) -> bool:
    if ch in "\n\t":
        return False
    return unicodedata.category(ch) == "Cc" or ch in BIDI


@SETTINGS
@given(any_text)
@example("\x1b]8;;https://example.com\x1b\\click\x1b]8;;\x1b\\ and \x1b[2J\x1b]0;title\x07")
@example("\u202eevil\u202c \x9b2J \x85 a\r\nb\rc")
def test_clean_text_leaves_no_control_escape_or_bidi_character(raw):
    cleaned = clean_text(raw)
    bad = [hex(ord(ch)) for ch in cleaned if _disallowed(ch)]
    assert not bad, f"{bad} survived cleaning of {raw!r}"
    assert "\x1b" not in cleaned and "\r" not in cleaned


@SETTINGS
@given(any_text)
def test_clean_text_is_idempotent(raw):
    once = clean_text(raw)
    assert clean_text(once) == once


@SETTINGS
@given(st.text(st.characters(exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp")), max_size=200))
def test_clean_text_keeps_ordinary_text(raw):
    """Text with no control or format characters keeps every letter and digit, in order."""
    cleaned = clean_text(raw)
    keep = lambda s: [c for c in unicodedata.normalize("NFC", s) if c.isalnum()]  # noqa: E731
    assert keep(cleaned) == keep(raw)


def _check_analysis(analysis, text: str) -> None:
    # Shown by --hypothesis-show-statistics: the examples do exercise actors and quotes.
    event(f"actors: {min(len(analysis.actors), 3)}{'+' if len(analysis.actors) >= 3 else ''}")
    event(f"quotes: {min(len(analysis.quotes), 2)}{'+' if len(analysis.quotes) >= 2 else ''}")
    if any(q.speaker for q in analysis.quotes):
        event("a quote with a speaker")
    n = len(text)
    assert analysis.text == text
    ids = [a.id for a in analysis.actors]
    assert len(ids) == len(set(ids)), "actor ids repeat"
    saliences = [a.salience for a in analysis.actors]
    assert all(0.0 <= s <= 1.0 for s in saliences), saliences
    # Ties (equal to 1e-6) are ordered by first mention, so allow that much.
    assert all(a >= b - 1e-6 for a, b in zip(saliences, saliences[1:])), f"not sorted by salience: {saliences}"
    for actor in analysis.actors:
        assert actor.mentions, f"actor {actor.name!r} without mentions"
        prev_end = -1
        for m in actor.mentions:
            assert 0 <= m.start < m.end <= n, (actor.name, m)
            assert text[m.start : m.end] == m.text, (actor.name, m)
            assert m.kind in ("name", "pronoun", "nominal"), m
            assert m.start >= prev_end, f"mentions of {actor.name!r} overlap or are out of order"
            prev_end = m.end
    known = set(ids)
    prev_start = -1
    for q in analysis.quotes:
        assert 0 <= q.start <= q.end <= n, q
        assert text[q.start : q.end] == q.text, q
        assert q.kind in ("direct", "indirect"), q
        assert q.speaker is None or q.speaker in known, q
        assert q.start >= prev_start, "quotes not in text order"
        prev_start = q.start
    # The JSON contract round-trips.
    data = analysis.to_json()
    assert data["text"] == text
    for a in data["actors"]:
        for m in a["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def _analyze(nlp, raw: str):
    text = clean_text(raw)
    title = text.strip().partition("\n")[0]
    return pipeline.analyze(Article(text=text, title=title, source="prop.txt"), nlp), text


@SETTINGS
@given(any_text)
@example("")
@example("   \n\n\t ")
@example("“")
@example("”“”“")
@example('"""')
@example("John Smith said “[bold]hi[/]” and “[@click=app.quit]quit[/]")
@example("“We will win,” he said. “We will.\n\n“And again,” John Smith said.")
@example("[link=https://example.com]Mary Jones[/link] said: “x\x1b[2J”")
@example("Kim said.\n\nKim Jong Un and Kim Yo Jong met. Kim said “no”.")
@example("Smith Smith Smith John Smith John John Smith Smith")
@example("U.N. UN United Nations U.S. US the United States said")
def test_analysis_of_any_text_keeps_its_contract(nlp, raw):
    analysis, text = _analyze(nlp, raw)
    _check_analysis(analysis, text)


names = st.sampled_from(["John Smith", "Mary Jones", "Ahmed Ali", "Li Wei", "Olga Petrova", "Smith", "Jones"])
cues = st.sampled_from(["said", "told reporters", "added", "said on Monday", "wrote"])
marks = st.sampled_from([("“", "”"), ('"', '"'), ("‘", "’"), ("“", "’"), ("'", "'"), ("“", ""), ("", "”")])
sentences = st.one_of(
    st.builds(lambda n, c, m, w: f"{m[0]}{w},{m[1]} {n} {c}.", names, cues, marks, st.text(max_size=30)),
    st.builds(lambda n, c, m, w: f"{n} {c}: {m[0]}{w}.{m[1]}", names, cues, marks, st.text(max_size=30)),
    st.builds(lambda n, c, w: f"{n} {c} that {w}.", names, cues, st.text(max_size=30)),
    st.builds(lambda n, w: f"According to {n}, {w}.", names, st.text(max_size=20)),
    st.builds(lambda n: f"He met {n}. She said nothing.", names),
)
quote_heavy = st.lists(st.tuples(sentences, st.sampled_from([" ", "\n\n", " "])), min_size=1, max_size=10).map(
    lambda parts: "Headline about " + "".join(s + sep for s, sep in parts)
)


@SETTINGS
@given(quote_heavy)
def test_analysis_of_quote_heavy_text_keeps_its_contract(nlp, raw):
    analysis, text = _analyze(nlp, raw)
    _check_analysis(analysis, text)


hostile_bits = st.one_of(st.sampled_from(MARKUP), st.sampled_from(ESCAPES), st.sampled_from(list(BIDI)),
                         st.sampled_from(QUOTES))


@st.composite
def hostile_news(draw) -> str:
    """News-like sentences with markup, escapes, bidi controls and stray quote
    marks inserted anywhere, inside names and quotes too."""
    text = draw(quote_heavy)
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(hostile_bits) + text[at:]
    return text


@SETTINGS
@given(hostile_news())
@example("[bold]John Smith[/] said “[red]x[/]”. [@click=app.quit]Mary Jones[/] told reporters: “[link=https://example.com]go”")
@example("Joh\x1b[2Jn Smith said “hi\x1b]0;title\x07”. He added “\u202eno\u202c”.")
def test_analysis_of_news_with_hostile_fragments_keeps_its_contract(nlp, raw):
    analysis, text = _analyze(nlp, raw)
    _check_analysis(analysis, text)
    for actor in analysis.actors:  # names come from the cleaned text: nothing to escape
        assert not any(_disallowed(ch) for ch in actor.name), actor.name


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("ab \n."), max_size=3000), st.integers(min_value=2, max_value=400))
def test_chunks_concatenate_back_to_the_text(text, size):
    pieces = list(pipeline.chunks(text, size))
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces)


byte_soup = st.one_of(
    st.binary(max_size=400),
    any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    any_text.map(lambda t: t.encode("utf-16")),
    any_text.map(lambda t: t.encode("cp1252", "ignore")),
    st.tuples(st.sampled_from([b"<html><body>", b"<!doctype html><p>", b"<div><script>", b"---\ntitle: x\n---\n# "]),
              any_text).map(lambda p: p[0] + p[1].encode("utf-8", "surrogatepass")),
)


@SETTINGS
@given(byte_soup, st.sampled_from([None, "txt", "md", "html"]))
@example(b"\xff\xfe" + b"\x00\xd8" * 3, None)
@example(b"<html><body>" + b"<div>" * 300 + b"x", "html")
@example(b"# [bold]x[/]\n\n\x1b[2J[@click=app.quit]q[/]", "md")
def test_loading_any_bytes_gives_a_clean_article_or_one_line_error(data, kind):
    from tui.analysis.loading import ArticleError, load_bytes

    try:
        article = load_bytes(data, "prop", kind)
    except ArticleError as exc:
        event("refused")
        message = str(exc)
        assert message.startswith("prop: ") and "\n" not in message
        assert not any(_disallowed(ch) for ch in message)
        return
    event("loaded")
    assert article.text.strip()
    assert clean_text(article.text) == article.text
    assert not any(_disallowed(ch) for ch in article.text)
    assert article.title and "\n" not in article.title
    assert not any(_disallowed(ch) for ch in article.title)
