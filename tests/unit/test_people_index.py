"""The people index: rows written per article, merged across articles."""

from __future__ import annotations

from tests.unit.test_corrections import make_analysis
from tui.analysis.people import filter_people, group_rows, merge_people
from tui.analysis.userdata import PersonRow, UserData, normalise


def row(h: str, actor: str, name: str, type_: str = "PERSON", aliases: tuple[str, ...] = (), m: int = 1, q: int = 0):
    return PersonRow(h, actor, name, normalise(name), type_, tuple(normalise(a) for a in (name, *aliases)), m, q)


def test_same_name_and_shared_full_names_merge_across_articles():
    people = merge_people(group_rows([
        row("h1", "a1", "Jane Doe", m=3, q=1),
        row("h2", "a4", "jane  doe", m=1),
        row("h3", "a1", "Doe", aliases=("Jane Doe",), m=2, q=2),  # known by the surname, called by the full name once
        row("h3", "a2", "Acme Corp", "ORG", m=2),
        row("h4", "a1", "Acme Corp", "GPE", m=1),  # a place of that name is someone else
    ]))
    jane = next(p for p in people if p.name == "Jane Doe")
    assert (jane.articles, jane.mentions, jane.quotes) == (3, 6, 3)
    assert sorted(p.type for p in people if p.name == "Acme Corp") == ["GPE", "ORG"]
    assert people[0] is jane


def test_a_one_word_name_joins_only_an_unambiguous_person():
    people = merge_people(group_rows([
        row("h1", "a1", "Jane Doe", aliases=("Doe",)),
        row("h2", "a1", "John Doe", aliases=("Doe",)),
        row("h3", "a1", "Doe"),
        row("h4", "a1", "Roe"),
        row("h5", "a1", "John Roe", aliases=("Roe",)),
    ]))
    names = sorted((p.name, p.articles) for p in people)
    assert names == [("Doe", 1), ("Jane Doe", 1), ("John Doe", 1), ("John Roe", 2)]


def test_filter_substring_then_fuzzy():
    people = merge_people(group_rows([row("h1", "a1", "Jane Doe"), row("h1", "a2", "Springfield", "GPE"),
                           row("h2", "a1", "John Roe")]))
    assert [p.name for p in filter_people("doe", people)] == ["Jane Doe"]
    assert [p.name for p in filter_people("sprngfield", people)] == ["Springfield"]
    assert filter_people("", people) == people
    assert filter_people("zzzz", people) == []


def test_index_rows_and_places_come_from_the_corrected_analysis(tmp_path):
    store = UserData(tmp_path / "reader.sqlite3")
    analysis = make_analysis()
    assert store.index(analysis) is True
    assert store.index(analysis) is False  # unchanged: not written again
    rows = store.person_rows()
    assert {r.name for r in rows} == {a.name for a in analysis.actors}
    jane = next(r for r in rows if r.name == "Jane Doe")
    assert (jane.mentions, jane.quotes) == (4, 2)
    places = store.places([(jane.text_hash, jane.actor)])
    assert [p.kind for p in places].count("quote") == 2
    assert all(p.title == analysis.title for p in places)
    assert store.person_rows({"other"}) == []


def test_unnamed_sources_are_not_people_across_articles(tmp_path):
    import dataclasses

    store = UserData(tmp_path / "reader.sqlite3")
    analysis = make_analysis()
    last = dataclasses.replace(analysis.actors[-1], named=False)
    store.index(dataclasses.replace(analysis, actors=analysis.actors[:-1] + (last,)))
    assert {r.name for r in store.person_rows()} == {a.name for a in analysis.actors[:-1]}


def test_sql_groups_match_the_python_grouping(tmp_path):
    store = UserData(tmp_path / "reader.sqlite3")
    analysis = make_analysis()
    store.index(analysis)
    rows = store.person_rows()
    in_sql = sorted(store.name_groups())
    in_python = sorted(group_rows(rows))
    assert in_sql == in_python
    people = merge_people(store.name_groups({rows[0].text_hash}))
    jane = next(p for p in people if p.name == "Jane Doe")
    assert store.members(jane.groups) == [(rows[0].text_hash, "a1")]
    assert merge_people(store.name_groups({"elsewhere"})) == []


def test_filter_matches_what_a_reader_would_accept():
    """A query names a word's start, or a whole word with a typo: never a piece
    inside a longer word, nor a word it only overlaps."""
    people = merge_people(group_rows([
        row("h1", "a1", "Lena Marsk", aliases=("Marsk",)), row("h1", "a2", "Damarsket Charter", "LAW"),
        row("h2", "a1", "Marnow County", "GPE"), row("h2", "a2", "Tom Berg"), row("h3", "a1", "Constitution of Ruritania", "LAW"),
    ]))

    def names(query):
        return [p.name for p in filter_people(query, people)]

    assert names("marsk") == ["Lena Marsk"]  # not "Damarsket Charter", not "Marnow County"
    assert names("marks") == ["Lena Marsk"]  # a typo in a real name
    assert names("lena marks") == ["Lena Marsk"]
    assert names("mar")[:2] == ["Lena Marsk", "Marnow County"]  # prefixes, in list order
    assert names("berg tom") == ["Tom Berg"]
    assert names("constitution") == ["Constitution of Ruritania"]
    assert names("stitution") == []
    assert names("ruritnia") == ["Constitution of Ruritania"]


def test_filter_takes_no_typo_a_short_name_cannot_afford():
    """The People filter matches as the actor search does: "blin" is no typo of
    the 3-letter "Lin", and "lian" (wrong first letter) is none of "Jian"."""
    people = merge_people(group_rows([row("h1", "a1", "Lin Jian"), row("h1", "a2", "Marta Kowal")]))

    def names(query):
        return [p.name for p in filter_people(query, people)]

    assert names("blin") == []
    assert names("lian") == []
    assert names("jain") == ["Lin Jian"]  # two letters swapped in a 4-letter word
    assert names("kowl marta") == ["Marta Kowal"]


def test_reported_speech_is_indexed_apart_from_the_speakers_words(tmp_path):
    """A paraphrase is kept as "reported", so the People view never puts it
    between quotation marks as if it were the speaker's words; a new kind
    changes the signature, so an index made before is made again."""
    from dataclasses import replace

    store = UserData(tmp_path / "reader.sqlite3")
    analysis = make_analysis()
    assert store.index(analysis) is True
    reported = replace(analysis, quotes=(replace(analysis.quotes[0], kind="indirect"), *analysis.quotes[1:]))
    assert store.index(reported) is True
    jane = next(r for r in store.person_rows() if r.name == "Jane Doe")
    places = store.places([(jane.text_hash, jane.actor)])
    assert sorted(p.kind for p in places if p.kind != "mention") == ["quote", "reported"]
