"""The per-parse memos (tui/analysis/parsed.py) and the whole-word search that
replaced a per-article regex in name propagation: each must give exactly what
the code it replaced computed."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.actors.propagation import _whole_word_matches
from tui.analysis.parsed import (
    entity_types, fine_tags, lemmas, lower_case_lemmas, lower_case_words, lowers, text_of, token_starts,
    tokens_among, words,
)

TEXT = (
    "The Harbour Board met on Monday. Jane Okafor said the harbour would reopen.\n\n"
    "She told the board that her team, and theirs, had said so since 2019."
)


def test_memos_hold_what_the_doc_says(nlp):
    doc = nlp(TEXT)
    assert text_of(doc) == doc.text == TEXT
    assert token_starts(doc) == tuple(t.idx for t in doc)
    assert words(doc) == tuple(t.text for t in doc)
    assert lowers(doc) == tuple(t.lower_ for t in doc)
    assert entity_types(doc) == tuple(t.ent_type_ for t in doc)
    assert fine_tags(doc) == tuple(t.tag_ for t in doc)
    assert lemmas(doc) == tuple(t.lemma_ for t in doc)
    assert lower_case_words(doc) == {t.text for t in doc if t.is_lower}
    assert "harbour" in lower_case_words(doc) and "Harbour" not in lower_case_words(doc)
    assert lower_case_lemmas(doc) == {t.lemma_ for t in doc if t.is_lower}
    assert "say" in lower_case_lemmas(doc)


def test_memos_are_computed_once_per_doc(nlp):
    doc = nlp(TEXT)
    assert words(doc) is words(doc)
    assert text_of(doc) is text_of(doc)
    other = nlp("A different text.")
    assert words(other) == ("A", "different", "text", ".")  # each Doc has its own


def test_tokens_among_finds_every_word_of_the_classes(nlp):
    doc = nlp(TEXT)
    found = [t.i for t in tokens_among(doc, {"she", "her"}, ("theirs",))]
    assert found == [t.i for t in doc if t.lower_ in {"she", "her", "theirs"}]
    assert [t.text for t in tokens_among(doc, {"harbour"})] == ["Harbour", "harbour"]
    assert list(tokens_among(doc, set())) == []


def _regex_matches(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """What propagation searched with before: one alternation, longest first, between word boundaries."""
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def test_whole_words_longest_first_never_overlapping():
    text = "Acme Star met Acme, not Acmeville or Acme_2; Don didn't see Donald. Acme Star Acme"
    forms = ["Acme Star", "Acme", "Don", "Star Acme"]
    got = _whole_word_matches(text, forms)
    assert [text[s:e] for s, e in got] == ["Acme Star", "Acme", "Don", "Acme Star", "Acme"]
    assert got == _regex_matches(text, forms)


_alphabet = st.sampled_from(list("ab_ 1é-.\n"))


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=_alphabet, max_size=40),
    forms=st.lists(st.text(alphabet=_alphabet, min_size=1, max_size=4), min_size=1, max_size=5, unique=True),
)
def test_whole_words_agree_with_the_regex(text, forms):
    forms = sorted(forms, key=len, reverse=True)
    assert _whole_word_matches(text, forms) == _regex_matches(text, forms)
