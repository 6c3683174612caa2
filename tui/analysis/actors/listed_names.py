"""A name a closed list gives and spaCy leaves untagged: the dignity of a form of address
("Your Honor", "My Lords") that stands for the one addressed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parsed import capital_initials, table
from .cues import _covered_chars
from .records import _Cand

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The dignities a person is addressed by after "Your": "Your Honor", "Your Excellency".
_YOUR_DIGNITIES = frozenset({
    "Honor", "Honour", "Excellency", "Majesty", "Highness", "Lordship", "Ladyship", "Worship", "Eminence", "Holiness",
})
# ... and after "My": "My Lord", "my Lords" (a bench of judges), "My Lady".
_MY_DIGNITIES = frozenset({"Lord", "Lords", "Lady", "Ladies"})
_DIGNITIES = _YOUR_DIGNITIES | _MY_DIGNITIES


def _listed_names(doc: Doc, full: str, cands: list[_Cand]) -> None:
    """A form of address by a dignity, "Your" before a dignity ("Your Honor",
    "Your Excellency") or "My" before a lord or lady ("My Lord", "my Lords"),
    makes the dignity a person's name (typed PERSON, rule "form of address by a
    dignity"): the one addressed, whom the text seldom names (`vocative_titles`
    leaves "Your Honor" unlinked). The possessive stays out of the name: it is
    the speaker's "my". Not before a name ("My Lady Doe": the name is a
    candidate of its own), not a word a candidate holds ("the Lord Mayor")."""
    cols = table(doc)
    words, lowers, n = cols.words, cols.lowers, len(doc)
    covered = None
    for i in capital_initials(doc):
        word = words[i]
        if word not in _DIGNITIES or not i or not cols.spaced[i - 1]:
            continue
        if not (lowers[i - 1] == "your" and word in _YOUR_DIGNITIES or lowers[i - 1] == "my" and word in _MY_DIGNITIES):
            continue
        if i + 1 < n and cols.spaced[i] and cols.pos[i + 1] == "PROPN" and words[i + 1][:1].isupper():
            continue  # "My Lady Doe": a title before a name
        if cols.ent_types[i] not in ("", "PERSON"):
            continue
        if covered is None:
            covered = _covered_chars(cands, full)
        cs, ce = cols.starts[i], cols.ends[i]
        if covered[cs]:
            continue
        cands.append(_Cand(cs, ce, full[cs:ce], "PERSON", cs, cue="PERSON", cue_rule="form of address by a dignity",
                           untagged=True))


def listed_person(name: str) -> bool:
    """Is `name` a dignity `_listed_names` gives ("Honor", "Lords")? It names the one spoken
    to: the pronoun rules give it no "he" or "she" and the narrator no turn of a hearing."""
    return name in _DIGNITIES
