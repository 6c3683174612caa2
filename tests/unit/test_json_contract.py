"""The analysis JSON contract (newsreader.analysis/2) on real articles: every
field, every offset, the orderings, and a lossless round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.analysis import pipeline
from tui.analysis.loading import list_articles, load_article
from tui.analysis.model import ACTOR_TYPES, SCHEMA, Analysis
from tui.resources import SAMPLES_DIR

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"
ARTICLES = [GOLD_DIR / "000_seed.txt", *list_articles(SAMPLES_DIR)]


@pytest.fixture(scope="module")
def analyses(nlp) -> dict[str, Analysis]:
    return {path.name: pipeline.analyze(load_article(path), nlp) for path in ARTICLES}


def check_contract(data: dict, source_text: str) -> None:
    assert data["schema"] == SCHEMA == "newsreader.analysis/2"
    assert {"schema", "source", "title", "text", "model", "actors", "quotes"} <= set(data)
    text = data["text"]
    assert text == source_text
    assert data["title"] == text.split("\n", 1)[0]
    assert isinstance(data["model"]["name"], str) and data["model"]["name"]
    assert isinstance(data["model"]["version"], str) and data["model"]["version"]

    ids = [actor["id"] for actor in data["actors"]]
    assert len(ids) == len(set(ids))
    saliences = [actor["salience"] for actor in data["actors"]]
    assert saliences == sorted(saliences, reverse=True), "actors not sorted by salience"
    for actor in data["actors"]:
        assert actor["name"] and actor["type"] in ACTOR_TYPES
        assert 0.0 <= actor["salience"] <= 1.0
        assert all(isinstance(alias, str) and alias for alias in actor["aliases"])
        assert actor["mentions"], actor["name"]
        previous_end = -1
        for mention in actor["mentions"]:
            start, end = mention["start"], mention["end"]
            assert 0 <= start < end <= len(text)
            assert text[start:end] == mention["text"]
            assert mention["kind"] in ("name", "pronoun", "nominal")
            assert start >= previous_end, f"overlapping mentions of {actor['name']}"
            previous_end = end

    starts = [quote["start"] for quote in data["quotes"]]
    assert starts == sorted(starts), "quotes not in text order"
    for quote in data["quotes"]:
        start, end = quote["start"], quote["end"]
        assert 0 <= start < end <= len(text)
        assert text[start:end] == quote["text"]
        assert quote["kind"] in ("direct", "indirect")
        assert quote["speaker"] is None or quote["speaker"] in ids
        assert quote["cue"] is None or isinstance(quote["cue"], str)
        said = quote["speaker_mention"]
        if said is not None:
            assert 0 <= said["start"] < said["end"] <= len(text)
            assert text[said["start"]:said["end"]] == said["text"]
            if quote["speaker"] is not None:  # then it is, or holds, one of the speaker's mentions
                actor = next(a for a in data["actors"] if a["id"] == quote["speaker"])
                assert any(said["start"] <= m["start"] < m["end"] <= said["end"] for m in actor["mentions"])
        if "parts" in quote:  # the quoted pieces: at least two, in order, inside the quote, first and last at its ends
            parts = [(p["start"], p["end"]) for p in quote["parts"]]
            assert quote["kind"] == "direct" and len(parts) >= 2
            assert parts[0][0] == start and parts[-1][1] == end
            assert all(a[1] < b[0] for a, b in zip(parts, parts[1:])), parts
            assert all(s < e for s, e in parts)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_contract_holds(analyses, path) -> None:
    analysis = analyses[path.name]
    data = json.loads(json.dumps(analysis.to_json(), ensure_ascii=False))
    check_contract(data, path.read_text(encoding="utf-8"))


def test_seed_has_actors_and_speakers(analyses) -> None:
    data = analyses["000_seed.txt"].to_json()
    assert len(data["actors"]) >= 10
    assert data["actors"][0]["type"] == "PERSON"
    direct = [q for q in data["quotes"] if q["kind"] == "direct"]
    assert len(direct) >= 10
    assert sum(q["speaker"] is not None for q in direct) >= 0.8 * len(direct)


@pytest.mark.parametrize("path", ARTICLES[:2], ids=lambda p: p.name)
def test_round_trip_is_lossless(analyses, path) -> None:
    analysis = analyses[path.name]
    again = Analysis.from_json(json.loads(json.dumps(analysis.to_json(), ensure_ascii=False)))
    assert again.to_json() == analysis.to_json()
    assert [a.count for a in again.actors] == [a.count for a in analysis.actors]


def test_version_1_is_still_read(analyses) -> None:
    data = json.loads(json.dumps(analyses["000_seed.txt"].to_json(), ensure_ascii=False))
    data["schema"] = "newsreader.analysis/1"
    for quote in data["quotes"]:
        del quote["speaker_mention"]
    old = Analysis.from_json(data)
    assert [q.speaker for q in old.quotes] == [q.speaker for q in analyses["000_seed.txt"].quotes]
    assert all(q.speaker_mention is None for q in old.quotes)


def test_unnamed_sources_are_actors_flagged_not_named(nlp) -> None:
    from tui.analysis.model import Article

    text = "Officials said that the bridge was unsafe.\n\nA source told reporters that the vote was delayed."
    analysis = pipeline.analyze(Article(text, text.split("\n", 1)[0], "x"), nlp)
    data = json.loads(json.dumps(analysis.to_json()))
    check_contract(data, text)
    actors = {a["id"]: a for a in data["actors"]}
    said = [(actors[q["speaker"]]["name"], actors[q["speaker"]].get("named"), q["speaker_mention"]["text"])
            for q in data["quotes"]]
    assert said == [("officials", False, "Officials"), ("a source", False, "A source")]


def test_a_resolved_pronoun_becomes_a_mention_of_the_speaker(nlp) -> None:
    from tui.analysis.model import Article

    text = "Tom Berg met voters in May. The crowd cheered and he said that the plan was sound."
    analysis = pipeline.analyze(Article(text, "T", "x"), nlp)
    quote = analysis.quotes[0]
    actor = analysis.actor_by_id[quote.speaker]
    assert actor.name == "Tom Berg" and quote.speaker_mention.text == "he"
    assert any(m.text == "he" and m.kind == "pronoun" and m.start == quote.speaker_mention.start
               for m in actor.mentions)


def test_an_interrupted_quote_is_one_quote_with_its_parts(nlp) -> None:
    from tui.analysis.model import Article

    text = "Title\n\n“We are ready,” Jane Doe said. “The team has trained for months.”"
    analysis = pipeline.analyze(Article(text, "Title", "x"), nlp)
    data = json.loads(json.dumps(analysis.to_json(), ensure_ascii=False))
    check_contract(data, text)
    [quote] = data["quotes"]
    assert [text[p["start"]:p["end"]] for p in quote["parts"]] == ["We are ready,", "The team has trained for months."]
    again = Analysis.from_json(data)
    assert again.quotes[0].parts == analysis.quotes[0].parts
    assert again.quotes[0].display_text() == "We are ready, … The team has trained for months."


def test_unknown_schema_refused() -> None:
    with pytest.raises(ValueError, match="schema"):
        Analysis.from_json({"schema": "something/9"})
