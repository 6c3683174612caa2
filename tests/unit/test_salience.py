"""Salience ranking and the assembled Analysis."""

from __future__ import annotations

from tui.analysis import salience
from tui.analysis.actors import find_actors
from tui.analysis.coref import resolve_references
from tui.analysis.drafts import ActorDraft
from tui.analysis.model import Article, Mention, ModelInfo, Quote

TEXT = (
    "Putin visits Pyongyang\n\n"
    "Vladimir Putin arrived in Pyongyang on Wednesday. Putin met officials. "
    "Putin said the visit was “historic.” A Japanese reporter watched.\n\n"
    "Later, Putin left Pyongyang for Vietnam."
)


def build(nlp, quotes_for=None):
    doc = nlp(TEXT)
    article = Article(text=TEXT, title="Putin visits Pyongyang", source="-")
    drafts = find_actors(doc, article)
    resolve_references(doc, drafts)
    quotes = []
    if quotes_for:
        key = next(d.key for d in drafts if quotes_for in d.name)
        s = TEXT.index("historic.")
        quotes = [Quote(s, s + 9, "historic.", "direct", key, "said")]
    return salience.assemble(article, doc, drafts, quotes, ModelInfo("m", "1"), "t")


def test_sorted_by_salience_with_ids_in_order(nlp):
    analysis = build(nlp)
    values = [a.salience for a in analysis.actors]
    assert values == sorted(values, reverse=True)
    assert [a.id for a in analysis.actors] == [f"a{i}" for i in range(1, len(values) + 1)]
    assert all(0.0 <= v <= 1.0 for v in values)
    assert analysis.actors[0].name == "Vladimir Putin"


def test_headline_and_frequency_beat_a_single_late_mention(nlp):
    analysis = build(nlp)
    by_name = {a.name: a for a in analysis.actors}
    assert by_name["Pyongyang"].salience > by_name["Vietnam"].salience


def test_quote_speakers_are_remapped_to_public_ids(nlp):
    analysis = build(nlp, quotes_for="Putin")
    putin = next(a for a in analysis.actors if a.name == "Vladimir Putin")
    assert [q.speaker for q in analysis.quotes] == [putin.id]
    assert analysis.quotes_by(putin.id)


def test_aliases_and_mentions_in_text_order(nlp):
    analysis = build(nlp)
    putin = next(a for a in analysis.actors if a.name == "Vladimir Putin")
    assert putin.aliases == tuple(sorted(set(putin.aliases)))
    assert "Putin" in putin.aliases
    starts = [m.start for m in putin.mentions]
    assert starts == sorted(starts)
    for m in putin.mentions:
        assert TEXT[m.start : m.end] == m.text


def test_ties_broken_by_first_mention():
    text = "A\n\nAlpha met Beta."
    article = Article(text=text, title="A", source="-")
    drafts = [
        ActorDraft("k2", "Beta", "PERSON", [Mention(13, 17, "Beta")]),
        ActorDraft("k1", "Alpha", "PERSON", [Mention(3, 8, "Alpha")]),
    ]

    class FakeDoc(list):
        """No tokens; `user_data` holds the stages' per-parse memos, as on a Doc."""
        __hash__, __eq__ = object.__hash__, object.__eq__  # a Doc is itself alone (the memos' key)

        def __init__(self):
            super().__init__()
            self.user_data = {}

    analysis = salience.assemble(article, FakeDoc(), drafts, [], ModelInfo("m", "1"), "t")
    # same count, same paragraph, no subjects known: earlier first mention first
    assert [a.name for a in analysis.actors] == ["Alpha", "Beta"]


def _analyse(nlp, text):
    doc = nlp(text)
    article = Article(text=text, title=text.split("\n")[0], source="-")
    drafts = find_actors(doc, article)
    resolve_references(doc, drafts)
    return salience.assemble(article, doc, drafts, [], ModelInfo("m", "1"), "t")


def test_aliases_leave_out_titles_and_roles_the_mention_spans_keep(nlp):
    text = (
        "Talks resume\n\n"
        "Acme leader Jane Doe met President John Roe in Doeville on Monday. "
        "Doe said the talks went well. Roe left on Tuesday."
    )
    analysis = _analyse(nlp, text)
    people = {a.name: a for a in analysis.actors if a.type == "PERSON"}
    assert people["Jane Doe"].aliases == ("Doe", "Jane Doe")
    assert people["John Roe"].aliases == ("John Roe", "Roe")
    spans = {m.text for a in people.values() for m in a.mentions if m.kind == "name"}
    assert "President John Roe" in spans  # the spans still cover the titles
    assert any(t.endswith("leader Jane Doe") for t in spans)
    for a in analysis.actors:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text
