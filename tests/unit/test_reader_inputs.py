"""Markdown on standard input is recognised; plain prose is not taken for it;
a file name the OS refuses is a one-line error, not an OSError."""

from __future__ import annotations

import pytest

from tui.analysis.loading import ArticleError, is_folder, load_bytes, looks_like_markdown


@pytest.mark.parametrize("data", [
    b"# Jane Doe wins\n\nShe won.\n",
    b"Title\n=====\n\nJane Doe said [this](https://example.com) and **that**.\n",
    b"Title\n\n```\ncode\n```\n",
])
def test_markdown_is_recognised(data: bytes) -> None:
    assert looks_like_markdown(data)


@pytest.mark.parametrize("data", [
    b"Jane Doe wins\n\nShe won the race - by a mile - on Monday.\n",
    b"Headline\n\n#1 seed Jane Doe lost.\n\n> not quite markdown alone\n",
])
def test_plain_prose_stays_plain(data: bytes) -> None:
    assert not looks_like_markdown(data)
    assert load_bytes(data, "-").text.startswith(data.decode().split("\n")[0])


def test_markdown_is_only_sniffed_on_standard_input() -> None:
    data = b"# Jane Doe wins\n\nShe **won**.\n"
    assert "**" not in load_bytes(data, "-").text
    assert "**" in load_bytes(data, "page.txt").text


def test_a_name_too_long_for_the_os_is_an_article_error(tmp_path) -> None:
    with pytest.raises(ArticleError) as caught:
        is_folder(tmp_path / ("a" * 300))
    assert "too long" in str(caught.value).lower()


def test_the_cli_says_so_in_one_line(tmp_path, capsys) -> None:
    from tui.cli import main

    code = main([str(tmp_path / ("a" * 300))])
    err = capsys.readouterr().err
    assert code != 0 and "unexpected error" not in err and "too long" in err.lower()
    assert len(err.strip().splitlines()) == 1
