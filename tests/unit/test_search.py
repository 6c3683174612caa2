"""Actor search: names and name parts, never titles; exact and prefix first."""

from __future__ import annotations

from tui.analysis.model import Actor
from tui.widgets.search_bar import match_actors


def actor(id_: str, name: str, *aliases: str) -> Actor:
    return Actor(id=id_, name=name, type="PERSON", aliases=(name, *aliases), mentions=(), salience=0.0)


JANE = actor("a1", "Jane Doe", "President Jane Doe", "Doe")
JOHN = actor("a2", "John Smith", "President John Smith", "leader John Smith")
CHURCH = actor("a3", "Orthodox Church")
NORTH = actor("a4", "Northland", "North")
EVERYONE = [JOHN, CHURCH, JANE, NORTH]


def names(query: str) -> list[str]:
    return [a.name for a, _ in match_actors(query, EVERYONE)]


def test_a_title_shared_by_aliases_matches_nobody() -> None:
    assert names("president") == []
    assert names("leader") == []
    assert names("doe") == ["Jane Doe"]


def test_a_name_does_not_match_a_lookalike_word_inside_another_name() -> None:
    assert names("north") == ["Northland"]  # not "Orthodox Church"


def test_exact_and_prefix_rank_before_parts_and_typos() -> None:
    assert names("jane doe") == ["Jane Doe"]
    assert names("smi") == ["John Smith"]
    assert names("smiht") == ["John Smith"]  # a typo in a part, fuzzy
    both = [actor("b1", "Doeland"), actor("b2", "Jane Doe")]
    assert [a.name for a, _ in match_actors("doe", both)][0] == "Jane Doe"  # a whole part before a prefix
