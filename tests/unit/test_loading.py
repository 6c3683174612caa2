"""Loading articles: each format and encoding, and every broken input refused
with a one-line ArticleError."""

from __future__ import annotations

import builtins
import codecs
import os
from pathlib import Path

import pytest

from tui.analysis import loading
from tui.analysis.loading import ArticleError, list_articles, load_article, load_bytes
from tui.analysis.model import paragraph_spans
from tui.resources import SAMPLES_DIR

ARTICLE = "Mayor resigns after vote\n\nJane Doe said on Monday: “I am leaving.”\n\nThe council met.\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _error(path_or_bytes, kind=None) -> str:
    with pytest.raises(ArticleError) as info:
        if isinstance(path_or_bytes, bytes):
            load_bytes(path_or_bytes, "input.txt", kind)
        else:
            load_article(path_or_bytes)
    message = str(info.value)
    assert "\n" not in message and message
    return message


# ------------------------------------------------------------------ .txt

def test_txt_headline_shape(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "a.txt", ARTICLE.encode()))
    assert article.title == "Mayor resigns after vote"
    assert article.text == ARTICLE
    assert article.source == str(tmp_path / "a.txt")
    assert len(paragraph_spans(article.text)) == 3


def test_txt_without_headline_shape_still_loads(tmp_path: Path) -> None:
    body = ("\n\n   " + "word " * 80 + "ends here.\nsecond line\n").encode()
    article = load_article(_write(tmp_path, "b.txt", body))
    assert article.title.startswith("word word")
    assert article.title.endswith("…") and len(article.title) <= loading.TITLE_LIMIT
    assert article.text == body.decode()  # the text itself is never reshaped


def test_txt_crlf_becomes_lf(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "c.txt", ARTICLE.replace("\n", "\r\n").encode()))
    assert article.text == ARTICLE


def test_txt_escape_codes_cleaned(tmp_path: Path) -> None:
    raw = "Title\x1b]0;pwned\x07\n\nBody \x1b[2Jtext \u202eevil\n"
    article = load_article(_write(tmp_path, "d.txt", raw.encode()))
    assert article.text == "Title\n\nBody text evil\n"
    assert article.title == "Title"


def test_samples_load() -> None:
    paths = list_articles(SAMPLES_DIR)
    assert len(paths) >= 5
    assert all(p.suffix == ".txt" for p in paths)  # SOURCES.md is documentation
    for path in paths:
        article = load_article(path)
        assert article.text == path.read_text(encoding="utf-8")
        assert article.title == article.text.split("\n", 1)[0]


# -------------------------------------------------------------- encodings

def test_utf8_bom(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "e.txt", codecs.BOM_UTF8 + ARTICLE.encode()))
    assert article.text == ARTICLE and article.title == "Mayor resigns after vote"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, encoding: str) -> None:
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert load_article(_write(tmp_path, "f.txt", data)).text == ARTICLE


def test_utf16_without_bom(tmp_path: Path) -> None:
    assert load_article(_write(tmp_path, "g.txt", ARTICLE.encode("utf-16-le"))).text == ARTICLE


def test_cp1252_curly_quotes(tmp_path: Path) -> None:
    raw = b"Caf\xe9 owner speaks\r\n\r\nShe said \x93we will stay\x94 and it\x92s final \x96 really.\r\n"
    article = load_article(_write(tmp_path, "h.txt", raw))
    assert article.text == "Café owner speaks\n\nShe said “we will stay” and it’s final – really.\n"


def test_latin1_text(tmp_path: Path) -> None:
    raw = "Der Bär sagt hallo\n\nNaïve résumé of the Première ministre.\n".encode("latin-1")
    assert load_article(_write(tmp_path, "i.txt", raw)).text.startswith("Der Bär")


# -------------------------------------------------------------- markdown

def test_markdown_syntax_stripped(tmp_path: Path) -> None:
    md = (
        "---\nlayout: post\n---\n\n"
        "# The *Big* Headline\n\n"
        "Jane [Doe](https://example.com) said **hello** ![photo](x.png) to `everyone`\n"
        "on two lines.\n\n"
        "## A subheading\n\n"
        "- first item\n- second item\n\n"
        "> A quoted paragraph.\n\n"
        "```\ncode stays as text\n```\n"
    )
    article = load_article(_write(tmp_path, "j.md", md.encode()))
    assert article.title == "The Big Headline"
    assert article.text == (
        "The Big Headline\n\n"
        "Jane Doe said hello to everyone on two lines.\n\n"
        "A subheading\n\nfirst item\n\nsecond item\n\nA quoted paragraph.\n\ncode stays as text"
    )


def test_markdown_without_heading_uses_first_line(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "k.md", b"Just a paragraph of *text*.\n"))
    assert article.title == "Just a paragraph of text."


# ------------------------------------------------------------------ html

PAGE = """<!doctype html><html><head><title>Mayor resigns | The Daily Site</title>
<script>var tracking = "Jane Doe";</script><style>p {color: red}</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Mayor resigns after vote</h1>
<p>Jane Doe, the mayor of the town for eleven years, said on Monday that she would resign after
the council voted against her budget plan for the third time this year.</p>
<p>“I am leaving with my head held high,” Doe told reporters outside the town hall, adding that
she had no regrets about the decisions she had made while in office.</p>
<p>The council will meet next week to choose an interim mayor, according to a statement
released by the town clerk on Monday evening.</p></article>
<footer>Copyright The Daily Site. All rights reserved.</footer></body></html>"""


def test_html_main_article_extracted(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "l.html", PAGE.encode()))
    assert article.title == "Mayor resigns after vote"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Mayor resigns after vote"
    assert len(paragraphs) == 4
    assert paragraphs[1].startswith("Jane Doe, the mayor")
    assert "tracking" not in article.text and "Home" not in article.text
    assert "color" not in article.text and "All rights reserved" not in article.text


def test_html_short_page_and_htm_suffix(tmp_path: Path) -> None:
    page = b"<html><body><h1>Short</h1><p>One line.</p><p>Two lines.</p></body></html>"
    article = load_article(_write(tmp_path, "m.htm", page))
    assert article.text == "Short\n\nOne line.\n\nTwo lines."


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    page = b"<html><head><meta charset='windows-1252'></head><body><h1>Caf\xe9 \x93news\x94</h1><p>Body.</p></body></html>"
    assert load_article(_write(tmp_path, "n.html", page)).title == "Café “news”"


def test_html_markup_and_escapes_stay_literal_but_clean(tmp_path: Path) -> None:
    page = b"<html><body><h1>[bold]Head[/]</h1><p>[@click=app.quit]x[/] \x1b[2Jcleared</p></body></html>"
    article = load_article(_write(tmp_path, "o.html", page))
    assert article.text == "[bold]Head[/]\n\n[@click=app.quit]x[/] cleared"


def test_html_deeply_nested_does_not_crash(tmp_path: Path) -> None:
    depth = 20_000
    page = b"<html><body>" + b"<div>" * depth + b"<p>deep</p>" + b"</div>" * depth + b"</body></html>"
    try:
        load_article(_write(tmp_path, "p.html", page))
    except ArticleError as exc:
        assert "\n" not in str(exc)


def test_html_too_many_elements_refused(tmp_path: Path) -> None:
    # (what hostile markup costs is measured by benchmarks/adversarial.py)
    page = b"<html><body>" + b"<div><span>w</span></div>" * 60_000 + b"</body></html>"
    message = _error(_write(tmp_path, "q.html", page))
    assert "too complex" in message


def test_html_script_heavy(tmp_path: Path) -> None:
    page = (b"<html><body><script>" + b"var x = '<p>not text</p>';" * 100_000 + b"</script>"
            + b"<h1>Real headline</h1><p>Real text of the article, said the editor.</p></body></html>")
    article = load_article(_write(tmp_path, "r.html", page))
    assert article.title == "Real headline"
    assert "not text" not in article.text


def test_html_with_no_text(tmp_path: Path) -> None:
    assert "no article text" in _error(_write(tmp_path, "s.html", b"<html><body><script>x()</script></body></html>"))


# ----------------------------------------------------------------- stdin

def test_stdin_bytes_plain_and_sniffed_html() -> None:
    article = load_bytes(ARTICLE.encode(), "-")
    assert article.text == ARTICLE and article.source == "-"
    html = load_bytes(PAGE.encode(), "-")
    assert html.title == "Mayor resigns after vote"


def test_stdin_errors_say_standard_input() -> None:
    with pytest.raises(ArticleError, match="^standard input: is empty"):
        load_bytes(b"", "-")


# ---------------------------------------------------------- broken input

def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in _error(_write(tmp_path, "empty.txt", b""))


def test_whitespace_only(tmp_path: Path) -> None:
    assert "whitespace" in _error(_write(tmp_path, "ws.txt", b" \n\t\r\n  \n"))


def test_only_escape_codes_is_no_text(tmp_path: Path) -> None:
    assert "no readable text" in _error(_write(tmp_path, "esc.txt", b"\x1b[2J\x1b]0;t\x07\n"))


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (bytes(range(256)) * 40, "binary"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        (b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG"),
        (b"\x01\x02\x03\x04\x05\x06" * 100 + b"some text", "binary"),
    ],
)
def test_binary_data(tmp_path: Path, data: bytes, fragment: str) -> None:
    assert fragment in _error(_write(tmp_path, "bin.txt", data))


def test_invalid_utf8(tmp_path: Path) -> None:
    data = "Headline “quoted” — café\n\nBody ".encode() + b"\xff\xfe\xc3 broken"
    message = _error(_write(tmp_path, "bad.txt", data))
    assert "not valid UTF-8" in message and "offset" in message


def test_undecodable_noise(tmp_path: Path) -> None:
    assert "cannot be decoded" in _error(_write(tmp_path, "noise.txt", b"\x81\x8d\x8f\x90\x9d" * 50))


def test_missing_path(tmp_path: Path) -> None:
    message = _error(tmp_path / "nope.txt")
    assert message == f"{tmp_path / 'nope.txt'}: no such file or directory"


def test_directory_given_as_file(tmp_path: Path) -> None:
    assert "is a folder" in _error(tmp_path)


def test_oversized_file_refused_without_reading(tmp_path: Path, monkeypatch) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)

    def no_open(*args, **kwargs):
        raise AssertionError("the oversized file was opened")

    monkeypatch.setattr(builtins, "open", no_open)
    message = _error(big)
    assert "too large (50.0 MB; the limit is 20 MB)" in message


def test_oversized_bytes_refused() -> None:
    with pytest.raises(ArticleError, match="too large"):
        load_bytes(b"a" * (loading.MAX_BYTES + 1), "-")


def test_no_read_permission(tmp_path: Path, deny_reading) -> None:
    path = _write(tmp_path, "secret.txt", ARTICLE.encode())
    deny_reading(path)
    assert _error(path) == f"{path}: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_no_read_permission_real(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.txt", ARTICLE.encode())
    path.chmod(0)
    assert _error(path).endswith("permission denied")


def test_path_with_escape_codes_is_sanitised_in_message(tmp_path: Path) -> None:
    message = _error(tmp_path / "evil\x1b]0;title\x07name.txt")
    assert "\x1b" not in message and "\x07" not in message


# ---------------------------------------------------------------- folders

def test_list_articles_filters_and_sorts(tmp_path: Path) -> None:
    for name in ["b.txt", "A.md", "c.html", "d.htm", "e.pdf", ".hidden.txt", "README.md", "SOURCES.md"]:
        _write(tmp_path, name, b"x")
    (tmp_path / "sub.txt").mkdir()
    assert [p.name for p in list_articles(tmp_path)] == ["A.md", "b.txt", "c.html", "d.htm"]


def test_folder_without_articles(tmp_path: Path) -> None:
    _write(tmp_path, "notes.pdf", b"%PDF")
    with pytest.raises(ArticleError, match="no articles here"):
        list_articles(tmp_path)


def test_folder_missing_or_a_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        list_articles(tmp_path / "gone")
    with pytest.raises(ArticleError, match="not a folder"):
        list_articles(_write(tmp_path, "f.txt", b"x"))


def test_folder_without_permission(tmp_path: Path, monkeypatch) -> None:
    def deny(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loading.os, "scandir", deny)
    with pytest.raises(ArticleError, match="permission denied"):
        list_articles(tmp_path)
