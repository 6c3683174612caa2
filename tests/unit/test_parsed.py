"""The per-parse memos (tui/analysis/parsed.py) and the whole-word search that
replaced a per-article regex in name propagation: each must give exactly what
the code it replaced computed."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.actors.propagation import _whole_word_matches
from tui.analysis.model import paragraph_index
from tui.analysis.parsed import (
    capital_initials, capitalised_words, char_span_root, char_tokens, children, conjuncts, lower_case_lemmas, lower_case_words,
    positions_where, sentence_end, sentence_of, sentence_start, sentence_starts, span_root, table, text_of, tokens_among,
)
from tui.analysis.pipeline import parse

TEXT = (
    "The Harbour Board met on Monday. Jane Okafor said the harbour would reopen.\n\n"
    "She told the board that her team, and theirs, had said so since 2019."
)


def test_memos_hold_what_the_doc_says(nlp):
    doc = nlp(TEXT)
    assert text_of(doc) == doc.text == TEXT
    assert lower_case_words(doc) == {t.text for t in doc if t.is_lower}
    assert "harbour" in lower_case_words(doc) and "Harbour" not in lower_case_words(doc)
    assert lower_case_lemmas(doc) == {t.lemma_ for t in doc if t.is_lower}
    assert "say" in lower_case_lemmas(doc)


def _token_rows(doc):
    return [
        (t.idx, t.text, doc[t.i : t.i + 1].end_char, t.lower_, t.lemma_, t.ent_type_, t.tag_, t.pos_, t.dep_, t.head.i, t.whitespace_ == " ",
         bool(t.is_sent_start), t.is_space, t.is_punct, t.morph.key)
        for t in doc
    ]


def test_token_table_holds_every_token_attribute(nlp):
    # a root (its own head), heads on both sides, a sentence start after a
    # blank line, trailing-space and newline tokens, an entity and none
    doc = nlp(TEXT + "\n\n  Did   they? “Yes,” said Mr. Okafor-Bell.")
    t = table(doc)
    assert list(zip(*[getattr(t, f) for f in t.__slots__])) == _token_rows(doc)
    assert sentence_starts(doc) == tuple(s.start for s in doc.sents)
    assert text_of(doc) == doc.text
    assert len(sentence_starts(doc)) > 3
    assert any(h < i for i, h in enumerate(t.heads)) and any(h > i for i, h in enumerate(t.heads))
    assert t.heads.count(-1) == 0 and any(h == i for i, h in enumerate(t.heads))


def test_token_table_of_a_chunked_parse(nlp, monkeypatch):
    # long texts are parsed in pieces joined into one Doc: the columns must
    # follow the joined Doc, not its pieces
    from tui.analysis import pipeline

    real = pipeline.chunks
    monkeypatch.setattr(pipeline, "chunks", lambda text: real(text, 120))
    doc = parse(nlp, TEXT + "\n\n" + TEXT)
    assert len(list(pipeline.chunks(TEXT + "\n\n" + TEXT))) > 1
    assert list(zip(*[getattr(table(doc), f) for f in table(doc).__slots__])) == _token_rows(doc)
    assert sentence_starts(doc) == tuple(s.start for s in doc.sents)
    assert text_of(doc) == doc.text


def test_token_table_ends_count_characters_not_bytes(nlp):
    # the ends come from spaCy's LENGTH: characters, as `len` counts them, for
    # accented letters, a sign outside the basic plane and a combining accent too
    doc = nlp("Zoë Brandt-Nuñez waved 🙂 at Rene\u0301e in the café in Malmö.")
    t = table(doc)
    assert t.ends == tuple(tok.idx + len(tok.text) for tok in doc)
    assert [doc.text[s:e] for s, e in zip(t.starts, t.ends)] == [tok.text for tok in doc]


def test_parse_tells_the_doc_its_text(nlp, monkeypatch):
    # parse has the text at hand: text_of gives it without joining the words again
    from tui.analysis import parsed

    doc = parse(nlp, TEXT)
    monkeypatch.setattr(parsed, "_text", lambda doc: (_ for _ in ()).throw(AssertionError("joined again")))
    assert text_of(doc) == TEXT == doc.text


def test_token_table_after_its_string_cache_is_cleared(nlp, monkeypatch):
    # the hash -> string cache shared by all parses is emptied when full: the
    # next table still names every token
    from tui.analysis import parsed

    monkeypatch.setattr(parsed, "_NAMES_KEPT", 0)
    parsed._NAMES[1] = "a string of an earlier parse"
    doc = nlp(TEXT + " Qorvath Ellindquist-Braemoor replied.")  # words no earlier test parsed
    assert list(zip(*[getattr(table(doc), f) for f in table(doc).__slots__])) == _token_rows(doc)
    assert 1 not in parsed._NAMES


def test_children_and_conjuncts_are_spacys(nlp):
    # lists of three and more, nested coordination, a verb with its own conjuncts
    doc = nlp(
        TEXT + " Ana, Tom and Eve sang, danced and wrote songs and poems. The port grew and the town,"
        " the bay and the hills, which were green and quiet, became famous."
    )
    kids = children(doc)
    assert [list(k) for k in kids] == [[c.i for c in t.children] for t in doc]
    assert [conjuncts(doc, t.i) for t in doc] == [[c.i for c in t.conjuncts] for t in doc]
    assert sum(len(t.conjuncts) > 1 for t in doc) >= 6


# sentences across a blank line, a bracket and quotation marks, a run of spaces,
# punctuation with no children, and a text that ends in white space
SPANS_TEXT = (
    "Mayor Ines Varga (a former sailor) said: “The pier opens in May.”  Crews cheered.\n\n"
    "Why?   Nobody knows -- yet. "
)


def test_sentence_lookups_are_spacys(nlp):
    doc = nlp(SPANS_TEXT)
    for t in doc:
        sent = sentence_of(doc, t.i)
        assert (sent.start, sent.end) == (t.sent.start, t.sent.end)
        assert (sentence_start(doc, t.i), sentence_end(doc, t.i)) == (t.sent.start, t.sent.end)


def test_span_root_is_spacys(nlp):
    doc = nlp(SPANS_TEXT)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 8) + 1):
            assert span_root(doc, start, end) == doc[start:end].root.i, (start, end)
    assert span_root(doc, 3, 3) == doc[3:3].root.i  # an empty span: its start, as spaCy has it


def _outcome(call):
    """What `call()` returns, or the type of the error it raises (both sides of a
    comparison with spaCy raise alike)."""
    try:
        return call()
    except Exception as err:
        return type(err)


def _bounds(span):
    return None if span is None else (span.start, span.end)


def _root(span):
    return None if span is None else span.root.i


def test_char_tokens_are_char_spans(nlp):
    # every pair of offsets in and around the text, in each alignment mode:
    # inside words, on spaces, before the start, past the end, backwards
    doc = nlp(SPANS_TEXT)
    offsets = range(-2, len(SPANS_TEXT) + 3)
    for mode in ("strict", "contract", "expand"):
        for start in offsets:
            for end in range(start - 2, min(start + 14, len(SPANS_TEXT) + 3)):
                # (spaCy's own error for a backward range is the answer too)
                want = _outcome(lambda: _bounds(doc.char_span(start, end, alignment_mode=mode)))
                got = _outcome(lambda: char_tokens(doc, start, end, mode))
                assert got == want, (start, end, mode)


def test_char_span_root_is_the_char_spans_root(nlp):
    doc = nlp(SPANS_TEXT)
    offsets = range(0, len(SPANS_TEXT) + 1)
    for mode in ("strict", "expand"):
        for start in offsets:
            for end in range(start + 1, min(start + 14, len(SPANS_TEXT) + 1)):
                # (spaCy's own error for an empty span at the end is the answer too)
                want = _outcome(lambda: _root(doc.char_span(start, end, alignment_mode=mode)))
                got = _outcome(lambda: char_span_root(doc, start, end, mode))
                assert got == want, (start, end, mode)


def test_capitalised_words_are_letters_opening_with_a_capital(nlp):
    doc = nlp("ACME and Acme-Corp sold 3M shares to Ines, iPhone maker.")
    found = [doc[i].text for i in capitalised_words(doc)]
    assert found == [t.text for t in doc if t.text[:1].isupper() and t.is_alpha]
    assert "ACME" in found and "Ines" in found and "3M" not in found and "iPhone" not in found
    assert [doc[i].text for i in capital_initials(doc)] == [t.text for t in doc if t.text[:1].isupper()]


def test_token_table_of_an_empty_doc(nlp):
    assert table(nlp("")).words == () and sentence_starts(nlp("")) == ()


def test_memos_are_computed_once_per_doc(nlp):
    doc = nlp(TEXT)
    assert table(doc) is table(doc)
    assert text_of(doc) is text_of(doc)
    other = nlp("A different text.")
    assert table(other).words == ("A", "different", "text", ".")  # each Doc has its own


def test_memos_alternate_between_docs(nlp):
    # the last parse's table, children and memo are kept aside: asking of one
    # Doc, then another, then the first again gives each its own
    first, second = nlp("Ann met Bo in town."), nlp("Cy left early. Di stayed.")
    for doc in (first, second, first, second):
        assert table(doc).words == tuple(t.text for t in doc)
        assert children(doc) == tuple(tuple(c.i for c in t.children) for t in doc)
        assert sentence_starts(doc) == tuple(s.start for s in doc.sents)
        assert text_of(doc) == doc.text


def test_paragraph_index_counts_the_paragraphs_before_an_offset():
    # an offset before the first paragraph is in the first; with none, in the first too
    para_of = paragraph_index(((2, 5), (7, 9), (12, 20)))
    assert [para_of(o) for o in (0, 2, 6, 7, 11, 12, 30)] == [0, 0, 0, 1, 1, 2, 2]
    assert paragraph_index(())(4) == 0 and paragraph_index(((3, 4),))(0) == 0


def test_tokens_among_finds_every_word_of_the_classes(nlp):
    doc = nlp(TEXT)
    found = [t.i for t in tokens_among(doc, {"she", "her"}, ("theirs",))]
    assert found == [t.i for t in doc if t.lower_ in {"she", "her", "theirs"}]
    assert [t.text for t in tokens_among(doc, {"harbour"})] == ["Harbour", "harbour"]
    assert list(tokens_among(doc, set())) == []


def test_positions_where_finds_the_entries_among_the_values(nlp):
    doc = nlp(TEXT)
    cols = table(doc)
    found = list(positions_where(cols.lemmas, {"say", "tell"}))
    assert found == [t.i for t in doc if t.lemma_ in {"say", "tell"}] and len(found) == 3
    assert list(positions_where(cols.words, frozenset({"Harbour"}))) == [1]
    assert list(positions_where(cols.words, ())) == []


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


def test_column_walks_match_the_token_walks_they_replaced(nlp):
    # the possessives in a verb's objects' subtrees (`_owned_words`) and the
    # verb a subject (or a name beside it) is the subject of (`_subject_verb`),
    # read from the columns: the same as the Token walks they replaced, for every token
    from tui.analysis.actors.cues import _OBJECT_DEPS, _PERSONAL_POSSESSIVES, _owned_words
    from tui.analysis.coref import _SUBJECT_DEPS, _subject_verb

    doc = nlp("Jane Doe lost her notes in his office and found herself alone. Her father, John Roe, "
              "told Acme's board about its plans for his own firm. The firm's owner sent them.")
    found = owners = 0
    for t in doc:
        walked = {u.i for c in t.children if c.dep_ in _OBJECT_DEPS for u in c.subtree
                  if u.lower_ in _PERSONAL_POSSESSIVES and (u.dep_ == "poss" or u.lower_.endswith("self"))}
        assert set(_owned_words(doc, t.i, _PERSONAL_POSSESSIVES)) == walked
        owners += bool(walked)
        subj = t if t.dep_ in _SUBJECT_DEPS else t.head if t.dep_ == "appos" and t.head.dep_ in _SUBJECT_DEPS else None
        verb = None if subj is None or any(c.dep_ == "case" for c in subj.children) else subj.head.i
        assert _subject_verb(t) == verb
        found += verb is not None
    assert owners and found  # (the walks found something to compare)
