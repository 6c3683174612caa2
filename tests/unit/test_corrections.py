"""Corrections: the pure replay (apply_corrections) and their storage."""

from __future__ import annotations

import json

import pytest

from tests.unit.test_json_contract import check_contract
from tui.analysis.corrections import ActorRef, Correction, Span, apply_corrections
from tui.analysis.model import Actor, Analysis, Mention, ModelInfo, Quote
from tui.analysis.userdata import UserData, text_hash

TEXT = (
    "Jane Doe meets Acme Corp\n\n"
    "Jane Doe said the deal was “a good start,” adding that she was pleased.\n\n"
    "Doe, who leads Acme Corp, said “we will see.” John Roe disagreed.\n\n"
    "“Not at all,” Mr. Roe said. Springfield welcomed the news."
)


def _m(text: str, needle: str, nth: int = 0, kind: str = "name") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(start, start + len(needle), needle, kind)  # type: ignore[arg-type]


def _q(text: str, needle: str, speaker: str | None, kind: str = "direct") -> Quote:
    start = text.index(needle)
    return Quote(start, start + len(needle), needle, kind, speaker, "said")  # type: ignore[arg-type]


def make_analysis(text: str = TEXT, first_quote: str = "a good start,") -> Analysis:
    jane = Actor("a1", "Jane Doe", "PERSON", 0.9, ("Doe", "Jane Doe"), (
        _m(text, "Jane Doe"), _m(text, "Jane Doe", 1), _m(text, "she", 0, "pronoun"), _m(text, "Doe", 2)))
    acme = Actor("a2", "Acme Corp", "ORG", 0.6, ("Acme Corp",), (_m(text, "Acme Corp"), _m(text, "Acme Corp", 1)))
    roe = Actor("a3", "John Roe", "PERSON", 0.5, ("John Roe",), (_m(text, "John Roe"),))
    mr_roe = Actor("a4", "Mr. Roe", "PERSON", 0.3, ("Mr. Roe",), (_m(text, "Mr. Roe"),))
    place = Actor("a5", "Springfield", "GPE", 0.2, ("Springfield",), (_m(text, "Springfield"),))
    quotes = (
        _q(text, first_quote, "a1"),
        _q(text, "we will see.", "a1"),
        _q(text, "Not at all,", "a4"),
    )
    return Analysis(source="jane.txt", title=text.split("\n")[0], text=text, model=ModelInfo("m", "1"),
                    actors=(jane, acme, roe, mr_roe, place), quotes=quotes, analyzer_version="1")


def ref(analysis: Analysis, name: str) -> ActorRef:
    return ActorRef.of(analysis, next(a for a in analysis.actors if a.name == name))


def by_name(analysis: Analysis, name: str) -> Actor:
    return next(a for a in analysis.actors if a.name == name)


def valid(analysis: Analysis) -> None:
    check_contract(json.loads(json.dumps(analysis.to_json())), analysis.text)
    assert [a.id for a in analysis.actors] == [f"a{i}" for i in range(1, len(analysis.actors) + 1)]


def test_no_corrections_is_the_same_object():
    analysis = make_analysis()
    fixed, report = apply_corrections(analysis, [])
    assert fixed is analysis and not report.failed


def test_merge_moves_mentions_and_quotes_to_the_target():
    a = make_analysis()
    fixed, report = apply_corrections(a, [Correction("merge", actor=ref(a, "Mr. Roe"), target=ref(a, "John Roe"))])
    valid(fixed)
    roe = by_name(fixed, "John Roe")
    assert [m.text for m in roe.mentions] == ["John Roe", "Mr. Roe"]
    assert "Mr. Roe" not in {x.name for x in fixed.actors}
    assert fixed.quotes[2].speaker == roe.id
    assert report.corrected_actors == {roe.id} and not report.failed


def test_split_a_mention_into_a_new_actor_and_into_another():
    a = make_analysis()
    doe = by_name(a, "Jane Doe").mentions[3]  # "Doe" in "Doe, who leads ..."
    new = Correction("split", span=Span.at(a.text, doe.start, doe.end), name="Dan Doe", type="PERSON")
    fixed, report = apply_corrections(a, [new])
    valid(fixed)
    assert [m.text for m in by_name(fixed, "Dan Doe").mentions] == ["Doe"]
    assert len(by_name(fixed, "Jane Doe").mentions) == 3
    she = by_name(a, "Jane Doe").mentions[2]
    other = Correction("split", span=Span.at(a.text, she.start, she.end), target=ref(a, "John Roe"))
    fixed, _ = apply_corrections(a, [other])
    assert [m.text for m in by_name(fixed, "John Roe").mentions] == ["she", "John Roe"]


def test_rename_retype_and_not_an_actor():
    a = make_analysis()
    fixed, report = apply_corrections(a, [
        Correction("rename", actor=ref(a, "Acme Corp"), name="Acme Corporation"),
        Correction("retype", actor=ref(a, "Springfield"), type="ORG"),
        Correction("not_actor", actor=ref(a, "Jane Doe")),
    ])
    valid(fixed)
    names = {x.name: x.type for x in fixed.actors}
    assert names["Acme Corporation"] == "ORG" and names["Springfield"] == "ORG"
    assert "Jane Doe" not in names
    assert fixed.quotes[0].speaker is None and fixed.quotes[1].speaker is None
    assert not report.failed and len(report.applied) == 3


def test_set_and_clear_a_speaker():
    a = make_analysis()
    q0, q2 = a.quotes[0], a.quotes[2]
    fixed, report = apply_corrections(a, [
        Correction("speaker", span=Span.at(a.text, q0.start, q0.end), target=ref(a, "John Roe")),
        Correction("speaker", span=Span.at(a.text, q2.start, q2.end), target=None),
    ])
    valid(fixed)
    assert fixed.actor_by_id[fixed.quotes[0].speaker].name == "John Roe"
    assert fixed.quotes[2].speaker is None
    assert report.corrected_quotes == {(q0.start, q0.end), (q2.start, q2.end)}


def test_salience_order_is_kept_after_a_merge_lifts_an_actor():
    a = make_analysis()
    fixed, _ = apply_corrections(a, [Correction("merge", actor=ref(a, "Jane Doe"), target=ref(a, "Springfield"))])
    valid(fixed)
    assert fixed.actors[0].name == "Springfield"


def test_corrections_survive_a_different_analysis_of_the_same_text():
    """Another analyser version: other ids, other order, a wider mention span."""
    a = make_analysis()
    corrections = [
        Correction("merge", actor=ref(a, "Mr. Roe"), target=ref(a, "John Roe")),
        Correction("rename", actor=ref(a, "Acme Corp"), name="Acme Corporation"),
    ]
    other = Analysis(
        source=a.source, title=a.title, text=a.text, model=a.model, analyzer_version="2",
        actors=(
            Actor("a1", "Acme Corp", "ORG", 0.95, ("Acme Corp",), by_name(a, "Acme Corp").mentions),
            Actor("a2", "Roe", "PERSON", 0.4, ("Mr. Roe",), (Mention(a.text.index("Mr. Roe"),
                  a.text.index("Mr. Roe") + 7, "Mr. Roe"),)),
            Actor("a3", "John Roe", "PERSON", 0.3, ("John Roe",), by_name(a, "John Roe").mentions),
        ),
        quotes=(Quote(a.quotes[2].start, a.quotes[2].end, a.quotes[2].text, "direct", "a2", "said"),),
    )
    fixed, report = apply_corrections(other, corrections)
    valid(fixed)
    assert not report.failed
    assert {x.name for x in fixed.actors} == {"Acme Corporation", "John Roe"}
    assert fixed.actor_by_id[fixed.quotes[0].speaker].name == "John Roe"


def test_a_changed_article_reports_what_no_longer_fits_and_moves_what_does():
    a = make_analysis()
    q0 = a.quotes[0]
    corrections = [
        Correction("rename", actor=ref(a, "Acme Corp"), name="Acme Corporation"),
        Correction("speaker", span=Span.at(a.text, q0.start, q0.end), target=ref(a, "John Roe")),
    ]
    # an edit before everything (offsets shift) and the quote reworded
    changed_text = "Update: " + TEXT.replace("a good start,", "a fine start,")
    changed = make_analysis_for(changed_text)
    fixed, report = apply_corrections(changed, corrections)
    valid(fixed)
    assert "Acme Corporation" in {x.name for x in fixed.actors}  # found again after the shift
    assert len(report.failed) == 1 and report.failed[0][0].op == "speaker"
    assert "no longer in the article" in report.problems()[0]
    assert fixed.quotes == changed.quotes  # nothing misapplied


def make_analysis_for(text: str) -> Analysis:
    base = (make_analysis(TEXT.replace("a good start,", "a fine start,"), "a fine start,") if "fine" in text
            else make_analysis())
    shift = len(text) - len(base.text)

    def moved(m: Mention) -> Mention:
        return Mention(m.start + shift, m.end + shift, m.text, m.kind)

    return Analysis(
        source=base.source, title=text.split("\n")[0], text=text, model=base.model,
        actors=tuple(Actor(x.id, x.name, x.type, x.salience, x.aliases, tuple(moved(m) for m in x.mentions))
                     for x in base.actors),
        quotes=tuple(Quote(q.start + shift, q.end + shift, q.text, q.kind, q.speaker, q.cue) for q in base.quotes),
    )


def test_an_actor_that_is_gone_is_reported_not_guessed():
    a = make_analysis()
    bogus = ActorRef("Nobody Here", Span(0, 4, "Zzzz"))
    _fixed, report = apply_corrections(a, [Correction("rename", actor=bogus, name="X")])
    assert len(report.failed) == 1 and "Nobody Here" in report.problems()[0]


def test_bad_corrections_are_refused():
    with pytest.raises(ValueError):
        Correction("retype", actor=ActorRef("A", Span(0, 1, "J")), type="ALIEN")
    with pytest.raises(ValueError):
        Correction("explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Correction("rename", actor=ActorRef("A", Span(0, 1, "J")), name="  ")


def test_json_round_trip():
    a = make_analysis()
    c = Correction("split", span=Span.at(a.text, 0, 8), target=ref(a, "Acme Corp"), name=None, type="ORG")
    assert Correction.from_json(json.loads(json.dumps(c.to_json()))) == c


# --- the store ------------------------------------------------------------------------

def test_store_keeps_corrections_by_text_and_undoes_the_last(tmp_path):
    a = make_analysis()
    store = UserData(tmp_path / "reader.sqlite3")
    first = Correction("rename", actor=ref(a, "Acme Corp"), name="Acme Corporation")
    second = Correction("not_actor", actor=ref(a, "Springfield"))
    store.add_correction(a, first)
    store.add_correction(a, second)
    store.close()
    reopened = UserData(tmp_path / "reader.sqlite3")  # a restart
    assert reopened.corrections_for(a).corrections == (first, second)
    fixed, report, _ = reopened.corrected(a)
    assert {x.name for x in fixed.actors} == {"Jane Doe", "Acme Corporation", "John Roe", "Mr. Roe"}
    assert reopened.undo_last(a) == second
    assert reopened.corrections_for(a).corrections == (first,)
    other = Analysis(source="elsewhere.txt", title="t", text="Other text", model=a.model, actors=(), quotes=())
    assert reopened.corrections_for(other).corrections == ()


def test_store_finds_corrections_of_an_earlier_version_by_source(tmp_path):
    a = make_analysis()
    store = UserData(tmp_path / "reader.sqlite3")
    store.add_correction(a, Correction("rename", actor=ref(a, "Acme Corp"), name="Acme Corporation"))
    changed = make_analysis_for("Update: " + TEXT)
    stored = store.corrections_for(changed)
    assert len(stored.corrections) == 1 and stored.from_earlier_version == 1
    assert text_hash(changed.text) != text_hash(a.text)


def test_an_unusable_data_folder_is_one_clear_error(tmp_path):
    from tui.analysis.userdata import UserDataError

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserDataError, match="cannot be used"):
        UserData(blocker / "reader.sqlite3")


def test_analyze_applies_stored_corrections_unless_told_not_to(tmp_path, capfd):
    from tui.analysis.loading import load_article
    from tui.analysis.service import Analyzer
    from tui.analysis.userdata import open_userdata
    from tui.cli import main

    path = tmp_path / "jane.txt"
    path.write_text("Jane Doe visits Springfield\n\n“We are glad,” Jane Doe said in Springfield on Monday.\n",
                    encoding="utf-8")
    analysis = Analyzer().analyze(load_article(path))
    jane = next(a for a in analysis.actors if a.name == "Jane Doe")
    open_userdata().add_correction(analysis, Correction("rename", actor=ActorRef.of(analysis, jane), name="J. Doe"))
    assert main(["analyze", str(path), "--format", "json"]) == 0
    names = {a["name"] for a in json.loads(capfd.readouterr().out)["actors"]}
    assert "J. Doe" in names and "Jane Doe" not in names
    assert main(["analyze", str(path), "--format", "json", "--no-corrections"]) == 0
    names = {a["name"] for a in json.loads(capfd.readouterr().out)["actors"]}
    assert "Jane Doe" in names and "J. Doe" not in names
    # a correction that no longer fits is a one-line warning, not a failure
    open_userdata().add_correction(analysis, Correction("rename", actor=ActorRef("Nobody", Span(0, 3, "Zzz")),
                                                        name="X"))
    assert main(["analyze", str(path), "--format", "json"]) == 0
    err = capfd.readouterr().err
    assert "newsreader: warning: correction not applied: rename Nobody to X" in err


def test_an_unnamed_source_stays_unnamed_and_last_until_the_reader_names_it():
    a = make_analysis()
    source = Actor("a6", "the crowd", "PERSON", 0.1, (), (_m(TEXT, "Springfield", 0, "nominal"),), named=False)
    place = by_name(a, "Springfield")
    a = Analysis(source=a.source, title=a.title, text=a.text, model=a.model,
                 actors=tuple(x for x in a.actors if x is not place) + (source,), quotes=a.quotes,
                 analyzer_version="1")
    fixed, _ = apply_corrections(a, [Correction("retype", actor=ref(a, "the crowd"), type="ORG"),
                                     Correction("merge", actor=ref(a, "John Roe"), target=ref(a, "Mr. Roe"))])
    valid(fixed)
    assert not fixed.actors[-1].named and fixed.actors[-1].name == "the crowd"
    named, _ = apply_corrections(a, [Correction("rename", actor=ref(a, "the crowd"), name="Springfield fans")])
    assert by_name(named, "Springfield fans").named


def test_aliases_of_a_loaded_analysis_stay_without_titles_after_a_merge():
    text = "Talks\n\nPresident John Roe met Acme leader Jane Doe. Roe and Doe spoke. Jane Doe left."
    roe = (_m(text, "President John Roe"), _m(text, "Roe", 1))
    doe = (_m(text, "leader Jane Doe"), _m(text, "Doe", 1), _m(text, "Jane Doe", 1))
    analysis = Analysis(
        source="-", title="Talks", text=text, model=ModelInfo("m", "1"), quotes=(), analyzer_version="1",
        actors=(Actor("a1", "John Roe", "PERSON", 0.6, ("John Roe", "Roe"), roe),
                Actor("a2", "Jane Doe", "PERSON", 0.5, ("Doe", "Jane Doe"), doe)),
    )
    loaded = Analysis.from_json(json.loads(json.dumps(analysis.to_json())))  # the titles' lengths are gone
    merged, report = apply_corrections(loaded, [Correction("merge", actor=ref(loaded, "Jane Doe"), target=ref(loaded, "John Roe"))])
    assert not report.failed
    assert by_name(merged, "John Roe").aliases == ("Doe", "Jane Doe", "John Roe", "Roe")
    assert "President John Roe" in {m.text for m in by_name(merged, "John Roe").mentions}

