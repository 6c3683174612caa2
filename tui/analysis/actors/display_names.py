"""The name an actor is shown under: its most frequent full form outside quotes."""

from __future__ import annotations

from collections import Counter

from .name_shapes import _plural_short_form_of


def _display_name(outside: list[str], texts: list[str], label: str) -> str:
    """The name an actor is shown by: its most frequent full form outside
    quotations. For a person a full form has two or more words ("Jane Doe" over
    "Doe"; "Ginger Doe", used throughout, over the birth name "Mary Jane Doe"
    given once); for anything else it is a form no other form contains
    ("House of Commons" over "House", "Marrow Islands" over "the Marrows") and no acronym when the name is also
    spelt out. Ties go to the longer form."""
    if label == "PERSON":
        full = [t for t in outside if len(t.split()) > 1] or [t for t in texts if len(t.split()) > 1]
        if not full:
            return _fullest(texts)
        counts = Counter(full)
        return max(counts, key=lambda t: (counts[t], len(t.split()), len(t)))
    forms = set(texts)
    spelt = [t for t in forms if not (" " not in t and sum(c.isupper() for c in t) >= 2)]  # "UN", "AfCFTA"
    keep = {t for t in (spelt or forms) if not any(o != t and (_part_of(t, o) or _plural_short_form_of(t, o)) for o in forms)}
    counts = Counter(t for t in outside if t in keep) or Counter(t for t in texts if t in keep)
    if not counts:
        return _fullest(texts)
    return max(counts, key=lambda t: (counts[t], len(t.split()), len(t)))


def _name_out_of_capitals(name: str, mentions: list) -> str:
    """The name of an actor first named in capitals ("NEW YORK" in a dateline,
    "JANE DOE" over a letter) as the text also writes it in lower-case letters
    ("New York", the form its propagated mentions found): the most frequent such
    form, the first on a tie; `name` when there is none (an acronym)."""
    if not name.isupper():
        return name
    folded = name.casefold()
    forms = Counter(m.text[m.title :] for m in mentions if m.kind == "name")
    same = [f for f in forms if not f.isupper() and f.casefold() == folded]
    return max(same, key=lambda f: forms[f]) if same else name


def _part_of(short: str, long: str) -> bool:
    """Is `short` a part of the name `long` ("House" of "House of Commons"),
    other than the place or thing it is "of" ("Lyonesse" in "Republic of Lyonesse")?"""
    big, small = long.split(), short.split()
    n = len(small)
    return any(big[i : i + n] == small and not (i and big[i - 1] == "of") for i in range(len(big) - n + 1))


_OPEN_QUOTES = ("“", "«")

_CLOSE_QUOTES = ("”", "»")


def _in_quote(text: str, at: int) -> bool:
    """Does offset `at` lie inside quotation marks opened earlier in its
    paragraph (curly marks paired by kind; straight ones by parity)?"""
    start = text.rfind("\n\n", 0, at) + 1
    before = text[start:at]
    depth = sum(before.count(c) for c in _OPEN_QUOTES) - sum(before.count(c) for c in _CLOSE_QUOTES)
    return depth > 0 or before.count('"') % 2 == 1


def _fullest(texts: list[str]) -> str:
    counts = Counter(texts)
    return max(counts, key=lambda t: (len(t.split()) - (1 if t.isupper() and len(t) > 1 else 0),
                                       counts[t], len(t)))
