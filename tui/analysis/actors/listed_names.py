"""A name a closed list gives and spaCy leaves untagged: the dignity of a form of address
("Your Honor", "My Lords") that stands for the one addressed; and a road's number ("the A99",
"I-99"), which spaCy tags seldom and the candidate stage takes for a code; and a numbered
building of an airport or a campus ("Terminal 2", "Building 9")."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..parsed import capital_initials, char_tokens, table
from .cues import _covered_chars
from .name_shapes import _given_and_family_name
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


# A dash glued to the first word of a line: a list's bullet ("-Jane Doe explains why ...").
_GLUED_BULLET = re.compile(r"[-–—•]([A-Z][a-z]+)")


def _bulleted_names(doc: Doc, full: str, cands: list[_Cand]) -> None:
    """A person's name behind a glued dash, most often the bullet of a list of
    items ("-Jane Doe explains why the polls missed"): spaCy reads the dash
    and the given name as one word and tags none of the name, so no candidate
    holds it. The words after the dash, two or three capitalised proper nouns
    no entity holds, shaped like a given name and a family name of the table
    (`_given_and_family_name`), are a person's name (rule "name after a glued
    dash"); one word or no given name ("-Acme offers ...", "-One poll shows
    ...") makes none. When spaCy tags the family name alone ("-Jane" + "Doe",
    "-Jane Ann" + "Doe"), the candidate of "Doe" takes the given name in, typed
    by the same rule, if the whole is shaped so ("-Acme Doe" stays "Doe"); when
    it tags the dash with the name, the name (inside that entity) is taken as
    if untagged."""
    cols = table(doc)
    words, n = cols.words, len(doc)
    by_title: dict[int, _Cand] | None = None
    for i in range(n):
        m = _GLUED_BULLET.fullmatch(words[i]) if words[i][:1] in "-–—•" else None
        if m is None:
            continue
        cs = cols.starts[i] + 1
        after = []  # where the one or two capitalised words right after it start
        k = i + 1
        while k < n and k - i < 3 and cols.spaced[k - 1] and words[k][:1].isupper():
            after.append(cols.starts[k])
            k += 1
        if by_title is None:  # (built once, on the first glued dash: no scan of every name per dash)
            by_title = {c.title_start: c for c in cands}
        held = next((by_title[at] for at in (cs - 1, *after) if at in by_title and by_title[at].start > cs), None)
        if held is not None:
            # "-Jane Doe", "-Jane Ann Doe" with "Doe" or "Ann Doe" alone tagged (a title from
            # the dash on, or none): that candidate takes the given name in
            if _given_and_family_name(full[cs:held.end]):
                held.start = held.title_start = cs
                held.text = full[cs:held.end]
                held.cue, held.cue_rule, held.not_person = "PERSON", "name after a glued dash", False
            continue
        tagged = bool(cols.ent_types[i])  # "-Jane Doe" tagged whole: the dash made it no name (`_trim`)
        end = i + 1
        while end < n and end - i < 3 and cols.spaced[end - 1] and cols.pos[end] == "PROPN" \
                and words[end][:1].isupper() and (doc[end].ent_iob_ == "I" if tagged else not cols.ent_types[end]):
            end += 1
        ce = cols.ends[end - 1]
        if not _given_and_family_name(full[cs:ce]):
            continue
        cands.append(_Cand(cs, ce, full[cs:ce], "PERSON", cs, cue="PERSON", cue_rule="name after a glued dash",
                           untagged=True))


def listed_person(name: str) -> bool:
    """Is `name` a dignity `_listed_names` gives ("Honor", "Lords")? It names the one spoken
    to: the pronoun rules give it no "he" or "she" and the narrator no turn of a hearing."""
    return name in _DIGNITIES


# A road's number as British and American maps write it: "the A99", "the M9", "the A9M" (a
# letter for the class of road, then the number; always after "the"), and "I-99", "US-99",
# "SR-99" (interstate, federal and state roads, with a hyphen), maybe with its direction
# ("I-99 West"). A closed set of road classes.
_ROAD_NUMBER = re.compile(
    r"(?<![\w-])(?:(?<=[Tt]he )[ABM]\d{1,4}M?|(?:I|US|SR)-\d{1,3}(?: (?:East|West|North|South)\b)?)(?![\w-])")

# Words before an American form's code that share the road's shape ("Form I-99").
_FORM_WORDS = frozenset({"form", "forms"})


def _road_numbers(doc: Doc, full: str, cands: list[_Cand]) -> None:
    """A road's number ("the A99 northbound", "along I-99", `_ROAD_NUMBER`) that no
    candidate covers is a facility's name (rule "road number"): spaCy leaves most
    untagged, drops others as codes of letters and digits, and one it tags a product
    or anything else whole is a facility too. Not
    after "Form", nor followed by a noun or a name ("the A99 aircraft", "an I-99
    form", "the M9 Doe": a model or a form) but a direction ("eastbound"), unless
    the text gives two British road numbers or more (directions: "the A9 and the
    A99 link ...", where the parser takes the verb for a noun)."""
    if not any(ch.isdigit() for ch in full):
        return
    found = list(_ROAD_NUMBER.finditer(full))
    if not found:
        return
    cols = table(doc)
    british = {m.group(0) for m in found if "-" not in m.group(0)}
    covered = None
    for m in found:
        span = char_tokens(doc, m.start(), m.end(), "expand")
        if span is None:
            continue
        i, j = span
        if i > 0 and cols.lowers[i - 1] in _FORM_WORDS:
            continue
        if j < len(doc) and cols.pos[j] in ("NOUN", "PROPN", "NUM") and cols.spaced[j - 1] \
                and not cols.lowers[j].endswith("bound") and ("-" in m.group(0) or len(british) < 2):
            continue
        tagged = next((c for c in cands if c.start == m.start() and c.end == m.end()), None)
        if tagged is not None:  # "US-99" tagged a product: the road all the same
            tagged.label, tagged.cue, tagged.cue_rule, tagged.not_person = "FAC", "FAC", "road number", True
            continue
        if covered is None:
            covered = _covered_chars(cands, full)
        if any(covered[m.start() : m.end()]):
            continue
        cands.append(_Cand(m.start(), m.end(), m.group(0), "FAC", m.start(), cue="FAC", cue_rule="road number",
                           not_person=True, untagged=True))


# The buildings of an airport, port or campus that are told apart by a number: "Terminal 2",
# "Building 9", "Pier 39", "Hangar 4", "Concourse 3". A closed list of building words that
# take a number as their name (not rooms, suites, wards or floors: parts of a building, or a
# town's district).
_NUMBERED_BUILDING = re.compile(r"(?<![\w-])(?:Terminal|Building|Pier|Hangar|Concourse) \d{1,3}[A-Z]?(?![\w-])")


def _numbered_buildings(doc: Doc, full: str, cands: list[_Cand]) -> None:
    """A building word of a closed list before its number ("Terminal 2", "in
    Building 9", `_NUMBERED_BUILDING`) is a facility's name (rule "numbered
    building"): spaCy leaves most untagged or tags the number alone, and glues a
    word at a line's start to the name a list line above ends with. A candidate
    that is the whole name, whatever spaCy tagged it, is retyped; one covering the
    building word alone (that glued piece) grows to take the number; one reaching
    beyond the name ("the Terminal 2 Hotel") is left alone."""
    found = list(_NUMBERED_BUILDING.finditer(full))
    if not found:
        return
    # the candidates each name overlaps, found once from the sorted, disjoint names (each
    # name's own scan of every candidate was quadratic in a list of thousands); what the
    # loop below adds or grows stays inside its own name, so it changes no other's
    ends = [m.end() for m in found]
    overlaps: list[list[_Cand]] = [[] for _ in found]
    for c in cands:
        k = bisect_right(ends, c.start)
        while k < len(found) and found[k].start() < c.end:
            overlaps[k].append(c)
            k += 1
    for m, inside in zip(found, overlaps):
        if any(c.start < m.start() or c.end > m.end() for c in inside):
            continue  # a longer name holds it
        if len(inside) == 1 and inside[0].start == m.start():
            c = inside[0]  # "Terminal 2" tagged an organisation, or "Terminal" alone
            c.end, c.text = m.end(), m.group(0)
            c.label, c.cue, c.cue_rule, c.not_person = "FAC", "FAC", "numbered building", True
            continue
        if inside:
            continue
        cands.append(_Cand(m.start(), m.end(), m.group(0), "FAC", m.start(), cue="FAC", cue_rule="numbered building",
                           not_person=True, untagged=True))
