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


def names(query: str, among: list[Actor] = EVERYONE) -> list[str]:
    return [a.name for a, _ in match_actors(query, among)]


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


LIN = actor("b1", "Lin Jian")
PUTIN = actor("b2", "Vladimir Putin", "Putin")
BERLIN = actor("b3", "Berlin")
KIM = actor("b4", "Kim Jong Un", "Kim")
ABROAD = [LIN, PUTIN, BERLIN, KIM]


def test_a_query_never_matches_a_word_it_only_overlaps_or_a_piece_inside_a_word() -> None:
    """"blin" is no typo of "Lin" (a 3-letter word takes none, and the first
    letter is wrong); "erlin" is a piece of "Berlin", not a name."""
    assert names("blin", ABROAD) == []
    assert names("erlin", ABROAD) == []
    assert names("lian", ABROAD) == []  # a wrong first letter is no typo of "Jian"
    assert names("kimm", ABROAD) == []  # "Kim" is too short for a typo
    assert names("lin", ABROAD) == ["Lin Jian"]
    assert names("b", ABROAD) == ["Berlin"]


def test_typos_in_whole_words_are_still_found() -> None:
    assert names("putni", ABROAD) == ["Vladimir Putin"]  # two letters swapped
    assert names("ptuin", ABROAD) == ["Vladimir Putin"]
    assert names("putn", ABROAD) == ["Vladimir Putin"]  # a letter left out
    assert names("jain", ABROAD) == ["Lin Jian"]
    assert names("vladmir putin", ABROAD) == ["Vladimir Putin"]  # a typo in one word of several
    assert names("jong u", ABROAD) == ["Kim Jong Un"]


def spans_of(found: tuple[list[int], int, int]) -> tuple[list[tuple[int, int]], int]:
    starts, size, count = found
    return [(start, start + size) for start in starts], count


def test_the_text_finder_finds_what_a_fresh_search_finds_key_by_key() -> None:
    """Lower-cased once and narrowing the last query's matches, it finds the
    very spans and counts of a whole case-insensitive search of the text, for
    every query typed, extended, cut back, overlapping itself ("aa" in "aaa"),
    over and under the cap of matches kept."""
    import random

    from tui.widgets.search_bar import TextFinder, find_in_text

    rng = random.Random(7)
    text = "".join(rng.choice("aAbB é\n") for _ in range(5000))
    typed = ["a", "aa", "aab", "aaba", "aabab", "aab", "ab", "aba", "abab", "b", "bb", "bbb", "bbba",
             "é", "éa", "Éa b", " a a "]
    for limit in (10**6, 40, 1, 0):
        finder = TextFinder(text, limit)
        for query in typed:
            assert spans_of(finder.find(query)) == find_in_text(query, text, limit), (query, limit)


def test_the_text_finder_keeps_the_offsets_of_a_text_lower_casing_lengthens() -> None:
    """"İ" lower-cases to two characters: the offsets still point into the text."""
    from tui.widgets.search_bar import TextFinder, find_in_text

    text = "İstanbul and Izmir; istanbul again"
    finder = TextFinder(text)
    for query in ("istanbul", "izmir", "again"):
        assert spans_of(finder.find(query)) == find_in_text(query, text)
    assert finder.find("istanbul") == ([0, 20], 8, 2)
    assert finder.find("again") == ([29], 5, 1)


def test_the_matches_past_the_cap_are_the_ones_a_whole_search_finds() -> None:
    """`more` continues after the last match kept (what n/N walk past the
    cap): the very starts of an uncapped search, whether the text is
    lower-cased yet or not, and where lower-casing lengthens it."""
    import random

    from tui.widgets.search_bar import TextFinder, find_in_text

    rng = random.Random(11)
    texts = ["".join(rng.choice("aAbB é\n") for _ in range(3000)), "İstanbul, istanbul; " * 40]
    for text in texts:
        for query in ("a", "aa", "Ab", "é", "istanbul", " a "):
            every = [start for start, _end in find_in_text(query, text, 10**6)[0]]
            for built in (False, True):
                finder = TextFinder(text, 5)
                if built:
                    finder.build()
                kept, size, count = finder.find(query) if built else (every[:5], len(query.strip()), len(every))
                assert count == len(every) and kept == every[:5], (query, built)
                if len(kept) == 5:
                    assert kept + finder.more(query, kept[-1] + size, 10**6) == every, (query, built)
                    assert finder.more(query, kept[-1] + size, 2) == every[5:7], (query, built)
