"""Candidates that are two names glued together, split apart; inverted names ("Doe, Jane") joined."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..mail import MAIL_ADDRESS
from ..parsed import lower_case_words, table
from ..speech_cues import AGENT_ENDINGS
from .cues import _known_place
from .filters import _keep_only
from .name_shapes import _given_and_family_name, _given_name, _key, _strip_accents, _verb_forms
from .records import _Cand, Drop, Merge
from .tokens import _headline, _title_case_line
from .type_vote import _division_name
from .words import _FAC_LAST, _NAME_FUNCTION_WORDS, _NAME_WORD, _ORGANISATION_HEADS, _PERSON_ROLES

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _glue_person_pieces(
    doc: Doc, cands: list[_Cand], pairs: list[tuple[int, int]], full: str, trace: list[Merge] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """One person's name that spaCy cut in two persons side by side: after a
    given name ("Lottie Ann" + "Rose Doe", "María" + "Elena Roe": the given
    names run on into the rest of the name), or around "the" ("Theodore" the
    "Wise": an epithet of one word). The two are one name. Not on a headline
    or heading line ("Doe Endorses Ted Roe"), nor a word glued to what comes
    before it ("out-Roe Jane Roe"), nor when the parse starts a
    sentence between them (its reading of the second piece's sentence would be
    lost on the glued name). With `trace`, each glue is recorded as a merge of
    the second piece into the whole name (pass "person name cut in two")."""
    cols = table(doc)
    order = sorted((i for i, c in enumerate(cands) if c.label == "PERSON"), key=lambda i: cands[i].start)
    gone: set[int] = set()
    lines: dict[int, bool] = {}
    k = 0
    while k + 1 < len(order):
        a, b = cands[order[k]], cands[order[k + 1]]
        gap = full[a.end : b.start]
        if _bracket_cut(full, a, b):
            start, end = a.start - (gap == "] "), b.end + (gap == " [")
            a.start, a.end, a.text, a.title_start = start, end, full[start:end], min(a.title_start, start)
            if trace is not None:
                trace.append(Merge("person name cut by a bracket", b.text, a.text))
            _absorb(a, b)
            gone.add(order[k + 1])
            del order[k + 1]
            continue
        if (
            (gap == " " and _given_name(a.text.rsplit(" ", 1)[-1]) or gap == " the " and " " not in b.text)
            and not (a.start and (full[a.start - 1].isalnum() or full[a.start - 1] in "-‐"))
            and b.title_start in (b.start, a.start) and not _headline(full, a.start, lines)
            and not cols.sent_starts[bisect.bisect_left(cols.starts, b.start)]
        ):
            a.end, a.text = b.end, full[a.start : b.end]
            if trace is not None:
                trace.append(Merge("person name cut in two", b.text, a.text))
            _absorb(a, b)
            gone.add(order[k + 1])
            del order[k + 1]
            continue
        k += 1
    if not gone:
        return cands, pairs
    return _keep_only(cands, pairs, [i for i in range(len(cands)) if i not in gone])


def _absorb(a: _Cand, b: _Cand) -> None:
    """`a` takes in the piece `b` glued to it: `b`'s cue if `a` has none, and its
    subject and speaker marks."""
    a.cue, a.cue_rule = (a.cue, a.cue_rule) if a.cue is not None else (b.cue, b.cue_rule)
    a.subject, a.speaks, a.untagged = a.subject or b.subject, a.speaks or b.speaks, a.untagged and b.untagged


def _bracket_cut(full: str, a: _Cand, b: _Cand) -> bool:
    """"[Jane] Doe", "Jane [Doe]": an editor's square brackets around one part
    of a person's name (in a quote) and spaCy's two persons on either side."""
    gap = full[a.end : b.start]
    if gap == "] ":
        return a.start > 0 and full[a.start - 1] == "["
    return gap == " [" and full[b.end : b.end + 1] == "]"


def _split_joined(cands: list[_Cand]) -> None:
    """A name made of two names the article also uses on their own ("Acme
    Star Glider") is a mention of each of them; a person's full name ("Jane
    Ann Doe", with "Jane Ann" and "Doe" also used) stays one, and so does a body
    named for its town ("the Riverton Blue Herons" beside "Riverton" and "the
    Blue Herons": spaCy tags the whole a body, the first part only ever a place
    and the rest a body)."""
    labels: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.label is not None:
            labels[_key(c.text)].add(c.label)
    for c in list(cands):
        words = c.text.split(" ")
        if len(words) < 2 or c.label is None or c.label == "PERSON" and _given_name(words[0]):
            continue
        for k in range(1, len(words)):
            left, right = " ".join(words[:k]), " ".join(words[k:])
            if _key(left) in labels and _key(right) in labels and len(words) > 2:
                if c.label == "ORG" and labels[_key(left)] <= {"GPE", "LOC"} and "ORG" in labels[_key(right)]:
                    break  # the town's body, one name
                cut = c.start + len(left)
                cands.append(_Cand(cut + 1, c.end, right, None, cut + 1))
                c.end, c.text, c.label = cut, left, None
                break


def _split_coordinated(cands: list[_Cand]) -> None:
    """"Sicily and Malta", "Acme and Bexley Foods" tagged as one entity: when both
    sides are names the article also uses on their own, they are two names."""
    keys = {_key(c.text) for c in cands}
    for c in list(cands):
        if " and " not in c.text:
            continue
        left, right = c.text.split(" and ", 1)
        if _key(left) in keys and _key(right) in keys and left != right:
            cut = c.start + len(left)
            cands.append(_Cand(cut + 5, c.end, right, None, cut + 5))
            c.end, c.text, c.label, c.title_start = cut, left, None, min(c.title_start, c.start)


_LIST_SEPARATOR = re.compile(r",? and |, ")


def _split_family_names(cands: list[_Cand]) -> None:
    """"Doe, Roe" or "Doe, Roe and Poe" tagged as one entity (a headline listing
    people by family name), or "Doe and Roe" alone: when every part is one word
    and the family name of a person the article names in full ("Jane Doe",
    "John Roe"), each part is a name of its own."""
    family = {c.text.split()[-1] for c in cands if c.label == "PERSON" and " " in c.text and "," not in c.text}
    for c in list(cands):
        if "," not in c.text and " and " not in c.text:
            continue
        parts = _LIST_SEPARATOR.split(c.text)
        if len(parts) < 2 or not all(p in family for p in parts) or len(set(parts)) < len(parts):
            continue
        at, first = c.start, None
        for p in parts:
            at = c.text.index(p, at - c.start) + c.start
            if first is None:
                first = at
            else:
                cands.append(_Cand(at, at + len(p), p, None, at))
            at += len(p)
        c.end, c.text, c.label, c.title_start = first + len(parts[0]), parts[0], None, min(c.title_start, c.start)


_CITED_YEAR_AFTER = re.compile(r"[ ,]*\(?(?:1[5-9]|20)\d\d[a-z]?\b| ?\[\d+(?:[,–-] ?\d+)*\]")  # "(2011)", "[7]"

_TRAILING_YEAR = re.compile(r"[ ,]*(?:1[5-9]|20)\d\d[a-z]?$")

_AUTHOR_SEPARATOR = re.compile(r",? *& *|, *and +| +and +|, *")

_AUTHOR = re.compile(r"(?:(?:[Dd][eiau]|[Vv][ao]n|[Ll][ae]) )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def _split_cited_authors(cands: list[_Cand], full: str) -> None:
    """"Doe & Roe, 2011", "(Doe, Roe, & Poe, 2011)", "Doe and Roe 2011": a list of
    authors cited with a year, which spaCy tags as one organisation, is one
    person per surname (the year is not part of any name)."""
    authors: set[str] = set()
    later: list[_Cand] = []
    for c in list(cands):
        text = c.text
        year = _TRAILING_YEAR.search(text)
        if year:
            text = text[: year.start()]
        elif not _CITED_YEAR_AFTER.match(full, c.end):
            later.append(c)  # "Doe and Roe's experiment": the authors cited elsewhere (below)
            continue
        parts = _AUTHOR_SEPARATOR.split(text)
        if not all(_AUTHOR.fullmatch(p) for p in parts):
            continue
        if len(parts) < 2 and not (year and re.search(r"[(;] *$", full[max(0, c.start - 3) : c.start])):
            continue  # one name before a year is an author only in a citation: "(Doe 2011; ...)", not "Copyright 2024"
        authors.update(parts)
        _split_authors(cands, c, parts, full)
    if not authors:
        return  # (most articles: no name cited with a year, and none of the rest split)
    for c in later:
        parts = _AUTHOR_SEPARATOR.split(c.text)
        if len(parts) > 1 and all(_AUTHOR.fullmatch(p) for p in parts) and all(p in authors for p in parts):
            _split_authors(cands, c, parts, full)


def _split_authors(cands: list[_Cand], c: _Cand, parts: list[str], full: str) -> None:
    """`c` becomes the first author's name; the others are new candidates."""
    at = c.start
    spans = []
    for part in parts:
        at = full.index(part, at)
        spans.append((at, at + len(part), part))
        at += len(part)
    c.start, c.end, c.text, c.label, c.cue = spans[0][0], spans[0][1], spans[0][2], "PERSON", "PERSON"
    c.title_start = c.start
    for ps, pe, part in spans[1:]:
        cands.append(_Cand(ps, pe, part, "PERSON", ps, cue="PERSON"))


def _split_org_person(cands: list[_Cand]) -> None:
    """"Acme Space Agency Administrator Carl Borden": spaCy's one organisation
    ends in a role and a given and family name; that is a person, titled by
    what stands before it, and the organisation is the words before the role."""
    for c in list(cands):
        words = c.text.split(" ")
        if c.label not in ("ORG", "GPE", "FAC", None) or len(words) < 3:
            continue
        for n in (2, 3):
            k = len(words) - n
            if k < 1 or not _given_and_family_name(" ".join(words[k:])):
                continue
            if words[k - 1].lower() not in _PERSON_ROLES:
                break  # "Saint Louis Cardinals", "Webber Douglas Academy": no role, no person
            org = words[: k - 1]
            if not org or org[-1].lower() in _NAME_FUNCTION_WORDS:
                break
            person_start = c.start + len(" ".join(words[:k])) + 1
            cands.append(_Cand(person_start, c.end, " ".join(words[k:]), "PERSON", c.start, cue="PERSON"))
            c.end = c.start + len(" ".join(org))
            c.text = " ".join(org)
            break


def _split_person_of(cands: list[_Cand]) -> None:
    """"Tom Roe of Acme Gaming", "interviews Jane Ruiz of the Lyonesse Club":
    spaCy's one entity is a person's given and family name, "of" and an
    organisation or place; that is the person and then the other name (typed
    by its own tags elsewhere, by an organisation's head word, else left to
    the vote)."""
    typed = {_key(c.text): c.label for c in cands if c.label is not None and " of " not in c.text}
    for c in list(cands):
        if " of " not in c.text:
            continue
        left, right = c.text.split(" of ", 1)
        offset = len(left) + 4
        if right.startswith("the "):
            right, offset = right[4:], offset + 4
        if not _given_and_family_name(left) or not right[:1].isupper() or not _NAME_WORD.fullmatch(right.split()[0]):
            continue
        label = typed.get(_key(right))
        if label is None and any(w in _ORGANISATION_HEADS for w in right.split()):
            label = "ORG"
        cands.append(_Cand(c.start + offset, c.end, right, label, c.start + offset))
        c.end, c.text, c.label = c.start + len(left), left, "PERSON"


# The head words of a body, of which "at" or "on" makes a part of another ("Doe School at Roe
# University", "Centre on Trade"): a closed class of organisation nouns.
_BODY_HEADS = _ORGANISATION_HEADS | frozenset({"School", "College", "Center", "Centre", "Program", "Programme", "Project"})


def _split_at_preposition(cands: list[_Cand]) -> None:
    """"Roe at Lyonesse", "Doeby on Tarn", "Doe on Chirper", "Night Harbour as
    Jo": spaCy's one entity is a name, a lower-case "at", "on" or "as" and
    another name. When either side is a name the text also writes on its own
    or a family name of a person it names in full (for "as", the side before
    it: a work and then the part played in it, a person unless a role word),
    they are two names, each typed by its own tags elsewhere, else left to
    the vote. Not when the side before "at"/"on" has a lower-case word
    ("University of Lyonesse at Doeby", "Council on Trade"), nor when either
    side has an organisation's head word ("Doe School at Roe University"),
    nor when the side after is more than three words or has a lower-case one
    ("Mistake on the Lake")."""
    keys: dict[str, str | None] = {}
    for c in cands:
        if c.label is not None or _key(c.text) not in keys:
            keys[_key(c.text)] = c.label
    for c in cands:  # a person's family name stands for the person ("Roe" of "Jane Roe")
        if c.label == "PERSON" and " " in c.text and all(w[:1].isupper() for w in c.text.split(" ")) \
                and _key(c.text.rsplit(" ", 1)[-1]) not in keys:
            keys[_key(c.text.rsplit(" ", 1)[-1])] = "PERSON"
    for c in list(cands):
        for prep in (" at ", " on ", " as "):
            if c.text.count(prep) != 1:
                continue
            left, right = c.text.split(prep)
            after = right.split(" ")
            if len(after) > 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in after):
                continue
            before = left.split(" ")
            if prep == " as ":
                if _key(left) not in keys or not before[0][:1].isupper():
                    continue
            elif not all(w[:1].isupper() for w in before) or any(w in _BODY_HEADS for w in before + after) \
                    or (_key(left) not in keys and _key(right) not in keys):
                continue
            cut = c.start + len(left) + len(prep)
            label = keys.get(_key(right))
            if label is None and prep == " as " and not any(w.lower() in _PERSON_ROLES for w in after):
                label = "PERSON"  # the part played in a work: "Night Harbour as Jo"
            cands.append(_Cand(cut, c.end, right, label, cut))
            c.end, c.text, c.label = c.start + len(left), left, keys.get(_key(left))
            break


# A possessive inside one entity: "Doe's", "Doe’s", "Acme Times’" (the plural's bare apostrophe).
_POSSESSIVE = re.compile(r"(?<=\w)['’]s (?=\S)|(?<=s)['’] (?=\S)")


# Words before "’s" that own nothing: "That’s Jane Doe", "Here's Doe" ("is", not a possessive).
_NOT_AN_OWNER = frozenset({"that", "this", "it", "here", "there", "what", "who", "where", "how", "he", "she", "let"})

# A year or a date after a possessive: "Doe's 2019 campaign", "Doe’s Nov. 4 speech" (no name goes on so).
_DATE_AFTER_OWNER = re.compile(
    r"(?:1[5-9]|20)\d\d\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d")


# Words that make one day's name of a possessive before them: "New Year's Eve", "Doe's Day"
# (a holiday, never an owner and a name it owns). A closed class.
_DAY_AFTER_OWNER = frozenset({"Day", "Eve"})


def _split_possessive(cands: list[_Cand]) -> None:
    """"Acme Times’ Jane Roe", "Doe's Harbour Hall", "Doe’s 2019": spaCy's one
    entity is a name, a possessive and what it owns. When the words after the
    possessive are a person's given and family name, the mention is that
    person's (the owner a name of its own, typed by its own tags elsewhere,
    else left to the vote), as it is when they are a family name of a person
    the text names in full ("Lyonesse's Doe"); else, when the owner is a name
    the text also writes on its own or a family name of a person it names in
    full, the mention is the owner's, and what it owns stays a name only if
    the text writes it on its own too or it holds an organisation's or a
    building's head word ("Harbour Hall"), else it is no name ("Endorsement");
    a year or a date after the possessive is never part of a name ("2019").
    A division of a country after the possessive ("Doeland's Roe County") is
    the mention, a place's, and the owner a place of its own, whatever the
    text writes alone. Not a holiday ("Doe's Day", "New Year's Eve":
    `_DAY_AFTER_OWNER`), nor a name no part of which the text writes alone
    ("Martha’s Garden", "Doe’s Rules of Order"), nor one it writes twice the
    same way ("the Doe People’s Party"), nor a title of a work ("Doe's Long Walk Home": the
    names inside a title are its nested names): that is the name of a place,
    a body or a work."""
    keys: dict[str, str | None] = {}
    for c in cands:
        if c.label is not None or _key(c.text) not in keys:
            keys[_key(c.text)] = c.label
    for c in cands:  # a person's family name stands for the person ("Roe" of "Jane Roe", not of "Jane Roe's Walk")
        if c.label == "PERSON" and " " in c.text and all(w[:1].isupper() for w in c.text.split(" ")) \
                and _key(c.text.rsplit(" ", 1)[-1]) not in keys and not _POSSESSIVE.search(c.text):
            keys[_key(c.text.rsplit(" ", 1)[-1])] = "PERSON"
    written = Counter(_key(c.text) for c in cands)
    for c in list(cands):
        found = list(_POSSESSIVE.finditer(c.text))
        if len(found) != 1 or c.label == "WORK_OF_ART" or written[_key(c.text)] > 1:
            continue
        m = found[0]
        left, right = c.text[: m.start()], c.text[m.end() :]
        if not left[:1].isupper() or not (right[:1].isupper() or right[:1].isdigit()) \
                or left.split(" ")[0].lower() in _NOT_AN_OWNER or right in _DAY_AFTER_OWNER:
            continue
        cut = c.start + m.end()
        if _given_and_family_name(right) or keys.get(_key(right)) == "PERSON":
            cands.append(_Cand(c.start, c.start + len(left), left, keys.get(_key(left)), c.start))
            c.start, c.text, c.label, c.title_start, c.cue, c.cue_rule = cut, right, "PERSON", cut, "PERSON", None
            continue
        if _division_name(right.split(" ")):  # "Doe's Roe County": what holds a county is a place
            cands.append(_Cand(c.start, c.start + len(left), left, keys.get(_key(left)) or "GPE", c.start))
            c.start, c.text, c.label, c.title_start, c.cue, c.cue_rule = cut, right, "GPE", cut, None, None
            continue
        if _key(left) not in keys and not _DATE_AFTER_OWNER.match(right):
            continue
        if _key(right) in keys or " " in right and any(w in _BODY_HEADS or w in _FAC_LAST for w in right.split(" ")):
            cands.append(_Cand(cut, c.end, right, keys.get(_key(right)), cut))
        owner = keys.get(_key(left)) if _key(left) in keys else c.label
        c.end, c.text, c.label, c.cue, c.cue_rule = c.start + len(left), left, owner, None, None


# Words that make a role another ("Vice President", "Acting Director").
_ROLE_MODIFIERS = frozenset({"vice", "deputy", "assistant", "associate", "acting", "senior", "executive", "interim"})
_ROLE_RUN = _ROLE_MODIFIERS | _PERSON_ROLES  # the words of a role run, built once


def _cut_role_after_name(cands: list[_Cand]) -> None:
    """"Jane Roe Vice President" under a letter's signature: spaCy's one person
    runs on over the role written after the name. When the words before the
    role are a given and family name and the text names the person elsewhere
    by that family name ("Dr. Roe"), the name ends before the role (not "Jane
    Roe Chair", a chair named after her, which the text names no other way)."""
    family = {c.text.rsplit(" ", 1)[-1] for c in cands if c.label == "PERSON" and c.text.count(" ") < 2}
    for c in cands:
        words = c.text.split(" ")
        if c.label != "PERSON" or len(words) < 3 or words[-1].lower() not in _PERSON_ROLES:
            continue
        k = len(words) - 1
        while k > 2 and words[k - 1].lower() in _ROLE_RUN:
            k -= 1
        name = " ".join(words[:k])
        if words[k - 1] not in family or not all(w[:1].isupper() and w[1:].islower() for w in words[k:]) \
                or not _given_and_family_name(name):
            continue
        c.end = c.start + len(name)
        c.text = name


# Words that, before a role, make it another ("National Director", "Majority Leader", "Managing Editor"):
# with `_ROLE_MODIFIERS`, a closed class.
_ROLE_QUALIFIERS = _ROLE_MODIFIERS | frozenset({"national", "international", "general", "managing", "majority", "minority"})
_QUALIFIED_ROLE_RUN = _ROLE_QUALIFIERS | _PERSON_ROLES  # built once, not at each word of the loop

# What may stand between a role ending a body's name and the person who holds it: more of the
# role ("-in-Chief", " Of Staff", " and CEO", " of Government Affairs"), then a comma and a title
# at most ("…Director, Dr. "). Every repeat bounded.
_ROLE_TO_HOLDER = re.compile(r"(?:-in-Chief)?(?: (?:and |of |for )?[A-Z][\w.&'’-]{0,30}){0,5}(?:, (?:[A-Z][a-z]{1,5}\. )?| )")


def _cut_role_after_body(cands: list[_Cand], full: str, drops: list[Drop] | None = None) -> None:
    """"Acme News Chairman Jane Doe", "the Acme Agency Acting Director, Dr. Jane
    Roe": spaCy's one organisation runs on over the role of the person named
    right after it. When the name ends in a capitalised role (with the words
    that make it another: "Vice President", "National Director") and a name
    spaCy tagged a person follows, with only more of the role between
    ("Chief Of Staff", "Editor-in-Chief", "Chairman and CEO") or a comma and a
    title, the body's name ends before the role. Not when other words come
    between ("the Acme Union Leader said ...", "Doeville Head, Lyonesse, ...":
    the role word is then part of the name), nor when nothing but the role
    would be left, nor when the rest is no body's name: not written alone in
    the text, not an acronym, with no body's head word ("Doeish
    Assistant Foreign Minister": the words of the role run on), nor when the
    rest ends in a function word ("Office of the Chief Economist") or the role
    is an office ending in "General" whose first word is no role ("Surveyor
    General")."""
    people = sorted(c.start for c in cands if c.label == "PERSON")
    if not people:
        return
    written = {_key(c.text) for c in cands}
    for c in cands:
        words = c.text.split(" ")
        if c.label not in ("ORG", "GPE") or len(words) < 2 or words[-1].lower() not in _PERSON_ROLES \
                or not words[-1][:1].isupper():
            continue
        if words[-1] == "General" and words[-2].lower() not in _PERSON_ROLES:
            continue  # an office this list does not know: "Surveyor General"
        k = len(words) - 1
        while k > 0 and words[k - 1].lower() in _QUALIFIED_ROLE_RUN:
            k -= 1
        if k == 0 or words[k - 1].lower() in _NAME_FUNCTION_WORDS:
            continue
        body = words[:k]
        if _key(" ".join(body)) not in written and not (len(body) == 1 and body[0].isupper()) \
                and not any(w in _BODY_HEADS for w in body):
            continue  # "Kuwaiti Assistant Foreign Minister": "Foreign" is the role's, not a body's word
        at = bisect.bisect_left(people, c.end)
        if at == len(people) or not _ROLE_TO_HOLDER.fullmatch(full, c.end, people[at]):
            continue
        if drops is not None:
            drops.append(Drop("role glued to a body's name", c.text))
        c.text = " ".join(words[:k])
        c.end = c.start + len(c.text)


def _cut_name_from_title(cands: list[_Cand], full: str, drops: list[Drop] | None = None) -> None:
    """"Doe and Lyonesse Gov. Jane Roe": spaCy's person starts at the governor,
    but when it left the first person untagged or tagged a body, the parse
    makes the whole coordination the title in front of her name, so her
    mention ran back over another name. When a name of the text (any tag) ends
    right before the title's last " and ", and the text writes that name
    elsewhere too, the title starts after that "and"; so too where no name
    ends there but the title's words before "and" are, in full, a name the
    text tags a person elsewhere ("Doe" left untagged in "Doe and Lyonesse
    Gov. Jane Roe", tagged a person in another sentence). Not a title whose word
    before "and" is no name ("Acme surrogate and actor Jane Roe", "Mr. and Mrs.
    Roe": one person's titles), nor one whose name there is written nowhere
    else (a body's name run on: "Tide and Harbour Index Professor Roe"). With
    `drops`, the glued form is recorded as gone (filter "name joined to a
    person's title")."""
    ends = {c.end: c for c in cands}
    written = Counter(_key(c.text) for c in cands)
    people = {_key(c.text) for c in cands if c.label == "PERSON"}
    for c in cands:
        at = full.rfind(" and ", c.title_start, c.start)
        if at < 0:
            continue
        if at in ends:
            if written[_key(ends[at].text)] < 2:
                continue
        else:
            left = full[c.title_start : at]
            if not left[:1].isupper() or _key(left) not in people:
                continue  # no name there: "Acme surrogate and actor", "Mr. and Mrs."
        if drops is not None:
            drops.append(Drop("name joined to a person's title", full[c.title_start : c.end]))
        c.title_start = at + 5


_NUMBER_AFTER_DASH = re.compile(r"(?<=[^\W\d_])[—–](?=\d)")  # "Doe—35": a letter, an unspaced long dash, a digit


def _cut_number_at_dash(cands: list[_Cand], drops: list[Drop] | None = None) -> None:
    """"the leader Jane Doe—41 to 7 points—after the count": spaCy runs a name
    on over an unspaced long dash into the number after it, and the glued
    form becomes an actor of its own beside the person's. A name's text is cut
    before a long dash (em or en) written between a letter and a digit; not a
    hyphen ("Acme-3", "Doe-2": a model's or a vessel's name), nor a dash after
    a digit ("1950–1960"), nor a dash with spaces around it. With `drops`, the
    glued form is recorded as gone (filter "number glued at a dash")."""
    for c in cands:
        m = _NUMBER_AFTER_DASH.search(c.text)
        if m is None or m.start() == 0:
            continue
        if drops is not None:
            drops.append(Drop("number glued at a dash", c.text))
        c.text = c.text[: m.start()]
        c.end = c.start + len(c.text)


def _mail_letters(text: str) -> str:
    """The letters of `text`, unaccented and in lower case: "Zoë Doe-Roe" -> "zoedoeroe"."""
    return "".join(ch for ch in _strip_accents(text).lower() if "a" <= ch <= "z")


def _split_at_author_mail(cands: list[_Cand], full: str) -> None:
    """"… Lyonesse, the Netherlands Jane Doe jane.doe@acme.org" in a paper's
    author lines: spaCy runs a place or a body's name on into the author's
    name written before her e-mail address, or tags nothing there. When the
    last two or three capitalised words before an address spell its local
    part ("jane.doe", "janedoe", "jdoe"), they are a person's name (typing
    rule "name spelled by its e-mail"): cut from the longer name that holds
    them (the rest a name of its own, left to the vote), a person whatever
    spaCy tagged them, or a new person where spaCy tagged no name there."""
    if "@" not in full:
        return
    by_end = {c.end: c for c in cands}
    starts = sorted((c.start, c.end) for c in cands)
    for m in MAIL_ADDRESS.finditer(full):
        local = _mail_letters(m.group(1))
        before = full[max(0, m.start() - 200) : m.start()]
        before = before[before.rfind("\n") + 1 :]  # the address's own line
        end = len(before.rstrip(" "))
        if len(local) < 4 or len(before) - end != 1:
            continue  # one space between the name and its address
        words = before[:end].split(" ")
        for n in (3, 2):
            if len(words) < n or not all(_NAME_WORD.fullmatch(w) for w in words[-n:]):
                continue
            name = words[-n:]
            if local not in (_mail_letters("".join(name)), _mail_letters(name[0][:1] + name[-1]),
                             _mail_letters(name[0] + name[-1])):
                continue
            pe = m.start() - (len(before) - end)
            ps = pe - len(" ".join(name))
            c = by_end.get(pe)
            if c is not None and (c.start < ps or c.start == ps and c.label != "PERSON"):
                if c.start < ps:
                    rest = full[c.start : ps].rstrip(" ,")
                    cands.append(_Cand(c.start, c.start + len(rest), rest, None, c.start))
                c.start, c.text, c.label, c.title_start = ps, full[ps:pe], "PERSON", ps
                c.cue, c.cue_rule = "PERSON", "name spelled by its e-mail"
            elif c is None:
                k = bisect.bisect_left(starts, (pe, -1))
                if not any(s < pe and ps < e for s, e in starts[max(0, k - 1) : k + 1]):
                    cands.append(_Cand(ps, pe, full[ps:pe], "PERSON", ps, cue="PERSON",
                                       cue_rule="name spelled by its e-mail", untagged=True))
            break


# Words in capitals after a person's name in capitals that no name holds: "ORAL ARGUMENT OF JANE
# ROE ON BEHALF OF THE APPELLANT", "REMARKS BY JOHN DOE AT THE SUMMIT".
_CAPITAL_PREPOSITIONS = frozenset({"ON", "AT", "FOR", "TO", "IN", "BY", "WITH", "FROM", "BEFORE", "AFTER", "DURING"})


def _cut_capitals_at_preposition(cands: list[_Cand]) -> None:
    """A heading in capitals ("ARGUMENT OF JANE ROE ON BEHALF OF ..."): spaCy's one
    person runs over the words after the name; a preposition ends the name."""
    for c in cands:
        words = c.text.split(" ")
        if c.label != "PERSON" or len(words) < 3 or not c.text.isupper():
            continue
        cut = next((k for k, w in enumerate(words) if w in _CAPITAL_PREPOSITIONS), None)
        if cut is None or cut < 2:
            continue
        c.text = " ".join(words[:cut])
        c.end = c.start + len(c.text)


def _split_title_place(cands: list[_Cand], full: str) -> None:
    """"Premier of Quebec Ana Ruiz" comes out of spaCy as one
    entity: after "<role> of", a known place followed by two or three
    capitalised words is the place and then a person."""
    places = {_key(c.text) for c in cands if c.label in ("GPE", "LOC")}
    for c in list(cands):
        words = c.text.split(" ")
        if c.label not in ("ORG", "GPE") or len(words) < 3 or not full[: c.start].endswith(" of "):
            continue
        for k in range(1, len(words) - 1):
            left, right = words[:k], words[k:]
            if _key(" ".join(left)) in places and 2 <= len(right) <= 3 and all(
                w[:1].isupper() and w[1:].islower() for w in right
            ):
                cut = c.start + len(" ".join(left))
                cands.append(_Cand(cut + 1, c.end, " ".join(right), "PERSON", cut + 1))
                c.end, c.text, c.label = cut, " ".join(left), None
                break


def _split_headline_words(doc: Doc, cands: list[_Cand], full: str, drops: list[Drop] | None = None) -> None:
    """"Jane Doe Wins Acme Award", "Doe Says ..." in a title-case headline:
    spaCy runs the name over the capitalised verb after it. When the words
    before that verb are a name the article uses on another line, and the verb
    is one the article uses as a verb (in lowercase, also in an irregular form:
    "Doe Said ..." beside "said"), the name ends before it; it also ends before a preposition or
    "to" the article writes in lower case when the words before it are a name
    spaCy tags a person on another line ("Doe To Resign", "With Roe Out, and Doe
    In"). A name the article also uses that ends the rest
    ("Roe's Move Against Jane Doe") is a name of its own."""
    verbs: set[str] | None = None  # the verbs written in lower case (lemmas and forms), when first needed
    lower: frozenset[str] | None = None
    # a line's number and whether it is in title case, each found once: counting
    # from the text's start or reading the whole line again for every name was
    # quadratic in an article of one long line of names
    breaks = [m.start() for m in re.finditer("\n", full)]
    title_case: dict[int, bool] = {}
    lines: dict[str, set[int]] = defaultdict(set)
    people: dict[str, set[int]] = defaultdict(set)  # the same, for names spaCy tagged a person
    for c in cands:
        lines[_key(c.text)].add(bisect.bisect_left(breaks, c.start))
        if c.label == "PERSON":
            people[_key(c.text)].add(bisect.bisect_left(breaks, c.start))
    for c in list(cands):
        words = c.text.split(" ")
        if len(words) < 2:
            continue
        here = bisect.bisect_left(breaks, c.start)
        if here not in title_case:
            title_case[here] = _title_case_line(full, c.start)
        if not title_case[here]:
            continue
        for k in range(len(words) - 1, 0, -1):
            left = " ".join(words[:k])
            bare = re.sub(r"['’]s?$", "", left)
            verb = words[k]
            if not lines.get(_key(bare), set()) - {here} or verb in _ORGANISATION_HEADS or verb in _FAC_LAST \
                    or not verb[:1].isupper():
                continue
            vs = c.start + len(left) + 1
            span = doc.char_span(vs, vs + len(verb))
            in_place = span is not None and len(span) == 1 and span[0].pos_ in ("VERB", "AUX")
            if verb.lower() in _HEADLINE_LINKS:
                if not people.get(_key(bare), set()) - {here}:
                    continue
                if lower is None:
                    lower = lower_case_words(doc)
                if verb.lower() not in lower:
                    continue
            elif not in_place:
                if verbs is None:
                    cols = table(doc)  # (`is_lower` is the text's own `islower`)
                    verbs = {
                        form for i, w in enumerate(cols.words)
                        if cols.pos[i] in ("VERB", "AUX") and w.islower() for form in (cols.lemmas[i].lower(), w)
                    }
                if not any(f in verbs for f in _verb_forms(verb)):
                    continue
            rest = words[k + 1 :]
            for j in range(len(rest)):
                right = " ".join(rest[j:])
                if lines.get(_key(right), set()) - {here}:
                    at = c.end - len(right)
                    cands.append(_Cand(at, c.end, right, None, at))
                    break
            if drops is not None:
                drops.append(Drop("words glued in a headline", c.text))
            c.end = c.start + len(bare)
            c.text = bare
            break


# "To" and the prepositions a title-case headline capitalises after a name ("Doe To
# Resign", "Doe In"); never "of", "and" nor "&", which names hold ("Bank of Lyonesse").
_HEADLINE_LINKS = frozenset({
    "to", "in", "on", "at", "for", "with", "from", "by", "as", "over", "after", "against", "about", "into", "amid",
})


# Marks after which a capital says nothing: a line's or a sentence's start, an opening quotation mark.
_CAPITAL_ANYWAY = frozenset(".!?:;\"“‘'(—–-")


def _common_word_before_name(doc: Doc, cands: list[_Cand], full: str, drops: list[Drop] | None = None) -> None:
    """"Top Doe adviser ...", "Donor Doe and Roe ..." in a headline, "Hacker
    Doe:" opening a line: a word the text also writes in lower case ("top",
    "donor", "hacker"), capitalised only because a line, a sentence or a
    title-case headline starts with it, glued to the family name of a person
    the text names elsewhere ("Jane Doe", or "Doe" on its own), is no given
    name: the name is the family name alone, so the person keeps the mentions
    ("Donor Doe" took 18 of one man's mentions on a news article). Never a given
    name of the tables ("Bill", "Mark"), nor a name the text also writes in
    full where nothing capitalises it. A role word ("Donor") stays the mention's
    title."""
    people = [c for c in cands if c.label == "PERSON"]
    if not people:
        return
    lower = lower_case_words(doc)
    breaks: dict[int, bool] = {}

    def glued_place(c: _Cand) -> bool:
        line = full.rfind("\n", 0, c.start) + 1
        before = full[line : c.start].rstrip()
        if not before or before[-1] in _CAPITAL_ANYWAY:
            return True
        return _headline(full, c.start, breaks)

    names: dict[str, set[int]] = defaultdict(set)  # a name -> the starts of its occurrences
    surnames: set[str] = set()  # the family names of the given and family names
    particles = set(_NAME_FUNCTION_WORDS)  # "de" of "Jane de Roe": "De Roe" is her family name
    for c in people:
        names[_key(c.text)].add(c.start)
        words = c.text.split(" ")
        particles.update(w for w in words if w.islower())
        if len(words) > 1 and _given_name(words[0]):
            surnames.add(_key(words[-1]))
    ungluable = {_key(c.text) for c in people if not glued_place(c)}
    for c in people:
        words = c.text.split(" ")
        first = words[0]
        if len(words) != 2 or not first[:1].isupper() or first.isupper() or first.lower() not in lower \
                or first.lower() in particles or _given_name(first) or _key(c.text) in ungluable or not glued_place(c):
            continue
        rest = words[1]
        if _key(rest) not in surnames and not names.get(_key(rest), set()) - {c.start + len(first) + 1}:
            continue
        if drops is not None:
            drops.append(Drop("common word before a family name", c.text))
        c.start += len(first) + 1
        c.text = rest
        if first.lower() not in _PERSON_ROLES and not first.lower().endswith(AGENT_ENDINGS):
            c.title_start = max(c.title_start, c.start)


_INVERTED_BEFORE = re.compile(r"(?:^|\n|; | and )([A-Z][\w'’-]+), $")

# spaCy's tags for a reading list's given name alone that `_inverted_names` overrules
_INVERTED_MISTAGS = frozenset({"GPE", "LOC", "ORG", "NORP"})


def _inverted_names(
    cands: list[_Cand], pairs: list[tuple[int, int]], full: str, trace: list[Merge] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Doe, Jane. A History of Leeds", "Doe, Jane and Roe, Tom": a list of
    books or authors gives the family name first. The given name after
    "Surname, " at the start of a line (or after "and") is one name with the
    surname, "Jane Doe", not a person called Jane beside another called Doe.
    spaCy often tags such a given name alone a place, a body or a people
    ("Doe, Agatha." as a town): one word of the given-name table is taken
    whatever its tag, unless it is a town, a state or a country of the tables
    ("Richmond, Virginia.")."""
    drop: set[int] = set()
    at = {c.start: i for i, c in enumerate(cands)}
    for c in cands:
        words = c.text.split()
        if not 1 <= len(words) <= 2 or not _given_name(words[0]) or not _NAME_WORD.fullmatch(words[-1]):
            continue
        if c.label != "PERSON" and (c.label not in _INVERTED_MISTAGS or len(words) != 1 or _known_place(c.text)):
            continue
        if not (full.startswith(".", c.end) or full.startswith(" and ", c.end)):
            continue  # "Doe, Jane." or "Doe, Jane and ...", not "Sincerely, Jane Doe"
        m = _INVERTED_BEFORE.search(full, max(0, c.start - 60), c.start)
        if m is None:
            continue
        surname = m.group(1)
        if surname.endswith("ly"):
            continue  # "Respectfully, Jane."
        start = m.start(1)
        if start in at:
            drop.add(at[start])
        if trace is not None:
            trace.append(Merge("inverted name", c.text, surname))
        c.start = c.title_start = start
        c.text = f"{c.text} {surname}"
        c.label = "PERSON"
    if not drop:
        return cands, pairs
    return _keep_only(cands, pairs, [i for i in range(len(cands)) if i not in drop])
