"""What a typed word matches in a name, for every place a reader narrows a list
by typing (the actor search, the correction pickers, the People filter): the
start of a word, or a whole word with a small typo; never a piece inside a
longer word ("stitution" is not "constitution"), never a word the query only
overlaps ("blin" is not "Lin Jian"). Plain functions on processed (lower-case,
punctuation-free) words, so the analysis layer and the UI share one rule."""

from __future__ import annotations


def typo_budget(length: int) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) a word of this
    many letters may take for a typo: none under 4 letters, 1 up to 5, 2 from
    6 (a search engine's "auto" fuzziness)."""
    return 0 if length < 4 else 1 if length < 6 else 2


def typo_edits(token: str, word: str) -> int | None:
    """The edits between a typed word and a name's word when one is a typo of
    the other, else None. The budget is the shorter word's (a 3-letter name
    takes no typo: "blin" is not "Lin"), and the first letter must be right
    (a typo is rarely there, and a wrong one made "lian" find "Jian")."""
    budget = typo_budget(min(len(token), len(word)))
    if not budget or token[0] != word[0]:
        return None
    from rapidfuzz.distance import OSA  # here, not at import: off the reader's first paint

    edits = OSA.distance(token, word, score_cutoff=budget)
    return edits if edits <= budget else None


def word_score(tokens: list[str], words: list[str] | set[str]) -> float:
    """How well the typed words (processed, lower case) name something made of
    `words`: 100 when each starts one of its words; less when some are whole
    words with a typo (10 per edit); 0 when any is neither."""
    if not tokens or not words:
        return 0.0
    total = 0.0
    for token in tokens:
        if any(word.startswith(token) for word in words):
            total += 100.0
            continue
        edits = [e for e in (typo_edits(token, word) for word in words) if e is not None]
        if not edits:
            return 0.0
        total += 100.0 - 10.0 * min(edits)
    return total / len(tokens)
