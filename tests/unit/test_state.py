"""What the reader remembers: TOML files in the config and state folders;
a damaged file is ignored with a notice and rewritten."""

from __future__ import annotations

from tui import state
from tui.paths import config_dir, state_dir


def test_theme_and_places_survive_a_save_and_load() -> None:
    remembered = state.load()
    assert remembered.theme is None and not remembered.articles and not remembered.notices
    remembered.theme = "textual-light"
    remembered.remember("Headline\n\nJane Doe spoke.", "/tmp/jane \"doe\"\x7f\x1b.txt", 12, "Jane Doe")
    assert state.save_config(remembered) is None
    assert state.save_state(remembered) is None
    again = state.load()
    assert again.theme == "textual-light"
    assert again.last == "/tmp/jane \"doe\"\x7f\x1b.txt"
    place = again.place("Headline\n\nJane Doe spoke.")
    assert place is not None and place.position == 12 and place.actor == "Jane Doe"
    assert again.place("Another text") is None


def test_a_damaged_file_is_ignored_with_a_notice() -> None:
    state_dir().mkdir(parents=True, exist_ok=True)
    config_dir().mkdir(parents=True, exist_ok=True)
    (state_dir() / state.STATE_FILE).write_bytes(b"articles = [[[ not toml")
    (config_dir() / state.CONFIG_FILE).write_bytes(b"\xff\xfe theme")
    remembered = state.load()
    assert remembered.articles == {} and remembered.theme is None
    assert len(remembered.notices) == 2 and all("ignored" in n or "damaged" in n for n in remembered.notices)
    # wrong types are dropped, not trusted
    (state_dir() / state.STATE_FILE).write_text('last = 3\n[articles.x]\nposition = -4\n[articles.y]\nposition = 7\nactor = 5\n')
    remembered = state.load()
    assert remembered.last is None and set(remembered.articles) == {"y"} and remembered.articles["y"].actor is None


def test_only_the_most_recent_articles_are_kept() -> None:
    remembered = state.Remembered()
    for i in range(state.MAX_ARTICLES + 5):
        remembered.remember(f"text {i}", None, i, None)
    assert len(remembered.articles) == state.MAX_ARTICLES
    assert remembered.place(f"text {state.MAX_ARTICLES + 4}") is not None


def test_a_place_kept_under_the_older_shorter_key_still_resolves_and_moves_to_the_new_one() -> None:
    """state.toml written before the key became the text hash corrections use
    (`userdata.text_hash`; it was its first 32 characters): the reader still
    finds where it was, and the next save keeps it under the new key only."""
    from tui.analysis.userdata import text_hash

    text = "Headline\n\nJane Doe spoke."
    state_dir().mkdir(parents=True, exist_ok=True)
    (state_dir() / state.STATE_FILE).write_text(
        '[articles."7bcd99f4da034b5eaed3252ef2535de7"]\nposition = 9\nactor = "Jane Doe"\nseen = 1\n', encoding="utf-8")
    remembered = state.load()
    place = remembered.place(text)
    assert place is not None and place.position == 9 and place.actor == "Jane Doe"
    remembered.remember(text, None, 15, "Jane Doe")
    assert state.save_state(remembered) is None
    again = state.load()
    assert set(again.articles) == {text_hash(text)} and again.place(text).position == 15
