"""Step 1: candidate name spans from spaCy's entities, cut, trimmed and extended; titles of works;
datelines."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from ..aliases import ALIAS_GROUPS
from ..countries import is_country
from ..gazetteer import is_town
from ..first_names import is_given_name
from ..model import paragraph_spans
from ..parsed import capital_initials, char_tokens, lower_case_words, memo, positions_where, table, text_of
from ..speech_cues import SPEECH_VERBS
from .cues import (
    _GROUP_RETYPED, _acronym_names, _attributive, _cited_author, _cited_source, _context_cue, _cued_names,
    _initialled_names, _interviewer_names, _its_subject, _known_place, _language_use, _name_given_to,
    _named_as_language, _named_beside_me, _of_descent, _party_to_a_case, _place_hint, _plays_match, _style_or_tradition,
    _title_word_of_person, _titled_names, _type_evidence, _usable_cue, _used_as_group,
)
from .filters import _keep_only
from .listed_names import _bulleted_names, _listed_names, _numbered_buildings, _road_numbers
from .name_shapes import (
    _LOC_LAST, _abbreviates, _facility_name, _given_and_family_name, _given_name, _is_code_or_disease, _is_name_like,
    _person_shaped, _spelled_by, _year,
)
from .records import _Cand, Drop
from .tokens import (
    _line_final, _line_initial, _plural_title_names, _root, _sentence_initial, _title_start, _titles_a_person,
)
from .words import (
    ACTOR_LABELS, _ARTICLES, _DEMONSTRATIVES, _HONORIFICS, _NAME_FUNCTION_WORDS, _ORG_HEADS, _PERSONAL_HONORIFICS,
    _PLACE_PREPOSITIONS, _POSSESSIVE, _QUOTE_MARKS, _SCORE, _STATE_HEADS, _TITLE_FUNCTION_WORDS, _TITLE_OR_SUFFIX,
    _INSTITUTION_WORDS, _SUBJECT_DEPS, _TITLES_OF_A_PLACE, _WORK_NOUNS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token


def _taken_to(root: Token) -> bool:
    """Is the name where one "takes to" with nothing taken ("took to X to answer
    her critics"): a medium or a place, no person ("took the case to X" may be)?"""
    cols = table(root.doc)
    head = cols.heads[root.i]
    if cols.deps[root.i] != "pobj" or cols.lowers[head] != "to" or cols.deps[head] != "prep":
        return False  # (the columns first: this is asked of every name)
    verb = root.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "take" and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


# Tokens at which an entity span is cut: the parts are separate names.
_CUT_TOKENS = frozenset({"(", ")", "[", "]", ";", ":", "—", "|", '"', "“", "”", "«", "»", "/"})


_CUT_WORDS = _DEMONSTRATIVES | {"my", "your", "his", "her", "its", "our", "their"}


# A lowercase prefix joined by a hyphen: "anti-American" still mentions the
# Americans; "inter-American" or "pan-European" describe a relation, not an actor.
_KEEP_PREFIXES = frozenset({"anti", "pro", "ex", "non", "post", "pre", "mid", "neo"})


# Without quotation marks a title runs over fewer of them: "with", "and", "by",
# "for" more often end it ("the album X with Tom Berg").
_BARE_TITLE_FUNCTION_WORDS = frozenset({"of", "on", "the", "a", "an", "in", "to"})


# Labels a code or a disease name is wrongly given.
_CODE_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"})


# A quoted name given to something ("nicknamed "Skipper"", "known as the "Old Mill"").
_NAMING_CUE = re.compile(r"\b(?:named|nicknamed|called|dubbed|known as|titled|christened)(?: the| a)? ?[\"“‘']$")

_GLUED_BRACKET = re.compile(r".*[)\]](?=[A-Z])")


_DATELINE = re.compile(r"([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2}),[ \t]")

# A dateline before a dash, with or without its region: "LYON - ", "LYON, Lyonesse – ", "LYON — ".
_DASH_DATELINE = re.compile(
    r"([A-Z][A-Z'’.]{2,}(?: [A-Z][A-Z'’.]+){0,2})(?:,[ \t]+([A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2}))?[ \t]+[-–—][ \t]+"
)


# Standard time-zone abbreviations (a small table of well-known abbreviations):
# after a clock time ("9:15 pm CET", "1130 UTC") they are no organisation.
_TIME_ZONES = frozenset({
    "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "IST",
    "CET", "CEST", "EET", "EEST", "WET", "WEST", "BST", "JST", "KST", "HKT", "SGT", "PHT", "ICT", "WIB",
    "MSK", "SAST", "WAT", "CAT", "EAT", "PKT", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "AST", "ADT",
})

# Words that end a clock time ("9:15 pm", "14:00 hrs").
_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "hrs", "hours", "h", "noon", "midnight"})


def _spaced_hyphen(doc: Doc, i: int) -> bool:
    """Is token `i` a hyphen with a space on both sides, written for a dash
    ("Lyonesse - Jane Doe"), not one joining two words ("Doe-Roe")?"""
    cols = table(doc)
    return cols.words[i] == "-" and i > 0 and cols.spaced[i - 1] and cols.spaced[i]


def _pieces(doc: Doc, start: int, end: int, title: bool = False) -> list[tuple[int, int, bool]]:
    """Split tokens [start, end) at line breaks, brackets, dashes (a hyphen
    with spaces round it too, "Lyonesse - Jane Doe", except in the title of a
    work, `title`: "Nightfall - The Return"), lowercase determiners ("Doe v.
    Roe this Court") and lowercase verbs ("Doe composed Nightfall"): (start,
    end, after_break), where after_break marks the pieces after a line break, a
    demonstrative or a verb."""
    cols = table(doc)
    out = []
    cur = start
    after_break = False
    for i in range(start, end):
        word = cols.words[i]
        brk = "\n" in word or cols.spaces[i]
        if cols.lowers[i] == "et" and i + 1 < len(doc) and cols.lowers[i + 1].startswith("al") and i > cur:
            out.append((cur, i, after_break))  # "Doe et al.": the author, not the abbreviation
            return out
        # (spaCy's is_alpha is str.isalpha of the text)
        verb = cols.pos[i] in ("VERB", "AUX") and word.isalpha() and word.islower()
        if brk or word in _CUT_TOKENS or word in _CUT_WORDS or verb or not title and _spaced_hyphen(doc, i):
            if i > cur:
                out.append((cur, i, after_break))
            cur = i + 1
            # after "this"/"that" an untyped fragment: "this Court" joins the court
            # named elsewhere, "this Sat" (a weekday) is nothing; so is what
            # follows a verb spaCy ran a name over ("Doe composed Nightfall")
            after_break = after_break or brk or word in _DEMONSTRATIVES or verb
        elif i > cur and word == "The":
            # "Harbor Sound for The Night Owls": a new name starts
            out.append((cur, i, after_break))
            cur = i
    if end > cur:
        out.append((cur, end, after_break))
    return out


# Lowercase words a name does not end with ("the Bank of", "Doe and the"): cut off its end.
_TRAILING_WORDS = _NAME_FUNCTION_WORDS | _ARTICLES

_PREFIX_BEFORE_NAME = re.compile(r"([a-z]+)[-‐](?=[A-Z])")


def _trim(doc: Doc, start: int, end: int, full: str) -> tuple[int, int, int, int] | None:
    """Strip articles, punctuation, possessives and stray lowercase words from a
    token span. Returns (tok_start, tok_end, char_start, char_end) or None for junk."""
    cut_prefix = 0
    cols = table(doc)
    while start < end:
        low, word = cols.lowers[start], cols.words[start]
        if low in _ARTICLES or cols.puncts[start] or cols.spaces[start]:
            start += 1
            continue
        if word[:1].islower() and not _GLUED_BRACKET.match(word):
            # "anti" "-" "American": keep the name unless the prefix marks a relation.
            if start + 1 < end and cols.words[start + 1] in ("-", "‐") and low not in _KEEP_PREFIXES:
                return None
            start += 1
            continue
        break
    while end > start:
        word = cols.words[end - 1]
        if word in _POSSESSIVE or cols.tags[end - 1] == "POS" or cols.spaces[end - 1]:
            end -= 1
        elif cols.puncts[end - 1] and word not in (".",):
            end -= 1
        elif word == "." and end - 1 > start:
            end -= 1
        elif _SCORE.fullmatch(word) and end - 1 > start:
            end -= 1  # "Hillside 38–6": a score glued to the name
        elif word[:1].islower() and cols.lowers[end - 1] in _TRAILING_WORDS:
            end -= 1
        elif word == "I" and end - 2 > start and cols.lowers[end - 2] in ("&", "and"):
            end -= 2  # "Jane Doe & I": the writer, glued to the name by spaCy (a firm's "&" to its eyes)
        else:
            break
    if start >= end:
        return None
    first = cols.words[start]
    cs = cols.starts[start]
    m = _PREFIX_BEFORE_NAME.match(first)
    if m:  # "inter-American" as one token
        if m.group(1) not in _KEEP_PREFIXES:
            return None
        cut_prefix = m.end()
    m = _GLUED_BRACKET.match(first)
    if m:  # "((fr))French": a closing bracket glued to the name
        cut_prefix = m.end()
    cs += cut_prefix
    last = cols.words[end - 1]
    ce = cols.starts[end - 1] + len(last)
    text = full[cs:ce]
    for poss in ("'s", "’s"):
        if text.endswith(poss) and len(text) > len(poss) + 1 and last != poss:
            ce -= len(poss)
            text = text[: -len(poss)]
    if not _is_name_like(text):
        return None
    return start, end, cs, ce


# Words of a quantity spaCy runs a name over: "Doe 46 percent", "Doe 46 to 40 percent".
_PERCENT_WORDS = frozenset({"percent", "pct", "%", "cent"})

_QUANTITY_WORDS = _PERCENT_WORDS | {"per", "points", "to", "-", "–", "—"}


_HYPHENS = ("-", "‐")

# Lowercase particles inside names of other languages: "Casa do Cerrado", "Bourg-la-Varne",
# "Bagh-e Varan", "Ruiz y Varga", "Doemura no Mori". Not English words ("of", "in":
# "Commander-in-Chief"), which spaCy keeps inside a name when they belong to it.
_NAME_PARTICLES = frozenset({
    "de", "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el",
    "al", "e", "y", "no", "van", "von", "der", "den", "ter", "ten", "zu",
})


def _joined_by_particle(doc: Doc, end: int, used: set[int]) -> tuple[int, str | None] | None:
    """The end of a name spaCy cut at a particle of another language
    (`_NAME_PARTICLES`), and the label of the part after it: the name ending
    before token `end` goes on over "-la-Varne" or "-e Varan Square" (the
    particle glued by a hyphen, the next word capitalised), or over "do Cerrado"
    when both sides are tagged names ("Casa" + "do" + "Cerrado", not "Doe de
    facto" nor "Doe no Party"). The tokens after it are marked `used`. None when
    no particle follows."""
    cols = table(doc)
    n = len(doc)
    j = end
    glued = j + 1 < n and cols.words[j] in _HYPHENS and not cols.spaced[j - 1] and not cols.spaced[j]
    if glued:
        j += 1
    if j + 1 >= n or cols.lowers[j] not in _NAME_PARTICLES or not cols.words[j].islower():
        return None
    k = j + 1
    if glued and cols.words[k] in _HYPHENS and not cols.spaced[j] and k + 1 < n and not cols.spaced[k]:
        k += 1  # "Bourg-la-Varne"
    elif not cols.spaced[j] or not (glued or cols.spaced[j - 1] and doc[k].ent_iob_ == "B"):
        return None
    word = cols.words[k]
    if not word[:1].isupper() or not word[1:2].islower() or cols.sent_starts[k] or "\n" in word \
            or cols.ent_types[k] and cols.ent_types[k] not in ACTOR_LABELS:
        return None
    right = cols.ent_types[k] or None
    e = k + 1
    if right is not None:
        while e < n and doc[e].ent_iob_ == "I":
            e += 1
    used.update(range(k, e))
    return e, right


def _extend_right(doc: Doc, start: int, end: int, label: str, used: set[int]) -> tuple[int, int, str]:
    """Repair a name spaCy cut short: while the last token is a compound modifier
    of a following capitalised proper noun on the same line, take the tokens up
    to that noun."""
    cols = table(doc)
    if label in ("ORG", "PRODUCT") and end < len(doc) and cols.words[end].isdigit() and doc[end].like_num \
            and len(cols.words[end]) <= 4 and cols.spaced[end - 1] \
            and not (end + 1 < len(doc) and cols.lowers[end + 1] in _PERCENT_WORDS) \
            and cols.words[end - 1] not in _ORG_HEADS and cols.words[end - 1] not in _INSTITUTION_WORDS:
        # "Skylark 9", "Acme 320"; not "Acme 30 percent", nor a body's head word before the
        # number of an address ("Doe State University 223 Main Hall"): no model of a body
        return start, end + 1, "PRODUCT"
    paired = _paired_place_body(doc, start, end, label)
    if paired is not None:
        used.update(range(end + 1, paired))
        return start, paired, "ORG"
    if label == "ORG" and cols.words[end - 1] in _ORG_HEADS and end + 1 < len(doc) \
            and cols.lowers[end] == "of":
        # "the Supreme Court" + "of Canada", "the High Court" + "of the Republic of Doeland"
        j = end + 1
        if cols.lowers[j] == "the" and doc[j].ent_iob_ != "B":
            j += 1
        if j < len(doc) and doc[j].ent_iob_ == "B" and (
            cols.ent_types[j] in ("GPE", "LOC")
            or cols.ent_types[j] == "ORG" and _polity_of(doc, j + (cols.lowers[j] == "the"))
        ):  # (a polity named by its head, "the State of Doeland", which spaCy tags a body)
            k = j + 1
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
            used.update(range(j, k))
            return start, k, label
    ents = cols.ent_types
    joined = _joined_by_particle(doc, end, used)
    if joined is not None:
        end, right_label = joined
        return start, end, right_label or label
    while end < len(doc):
        head = cols.heads[end - 1]
        if (cols.deps[end - 1] != "compound" or head < end or head > end + 3) and not (
            label == "NORP" and cols.deps[end - 1] == "amod" and head == end and cols.words[head] in _STATE_HEADS
        ):  # (spaCy parses the nationality or creed before a polity as its adjective too)
            break
        if not cols.spaced[end - 1]:
            break
        span = range(end, head + 1)
        if any(
            cols.pos[t] != "PROPN" or not cols.words[t][:1].isupper() or cols.sent_starts[t] or "\n" in cols.words[t]
            or (ents[t] and ents[t] not in ACTOR_LABELS)
            for t in span
        ):
            break
        if ents[end] != "PERSON" and any(ents[t] == "PERSON" for t in span) or _titles_a_person(doc[head]) \
                or label == "ORG" and end - start == 1 and cols.words[start] in _HONORIFICS and ents[end] == "PERSON":
            break  # "Acme Corp Chief Executive Jane Doe": a person and her title, not a longer name
        if label == "NORP" and head == end and cols.words[head] in _STATE_HEADS and ents[head] in ("", "ORG", "GPE") \
                and not _name_goes_on(doc, head + 1):
            # "the modern Varnish State", "the Doeish Republic's envoy": one polity whose
            # adjective alone spaCy tagged as a group (a name that goes on, "Varnish State
            # Archive", is another's)
            label = _polity_label(cols.words[head])
        elif label in ("GPE", "NORP", "LOC"):
            if cols.words[head] in _ORG_HEADS:
                label = "ORG"
            elif label != "NORP" and ents[end] in ("ORG", "FAC") and doc[end].ent_iob_ == "B" \
                    and all(ents[t] == ents[end] for t in span) and (head + 1 >= len(doc) or doc[head + 1].ent_iob_ != "I"):
                # "the Doeville Opera House": the place names the building or the body that
                # spaCy tagged on its own right after it; one name, of the building's type
                label = ents[end]
            else:
                break
        elif label == "PERSON" and any(ents[t] for t in span):
            break
        used.update(t for t in span if ents[t])
        end = head + 1
    return start, end, label


def _paired_place_body(doc: Doc, start: int, end: int, label: str) -> int | None:
    """The end of "<Place> and <Place> <Body>" when spaCy tagged the first place alone
    and the rest as the body ("the Doeland and Roeland Court of Appeal", one court of
    the two places): the name [start, end) is one word, not itself a body's head, "and"
    follows, then a tagged body whose first word modifies a body's head inside it, that
    head the first place's conjunct or what the place modifies, and no name goes on
    after the body (the title of a person, "Doe and Roeland Committee Chairman ...")."""
    cols = table(doc)
    s = start + (cols.lowers[start] in _ARTICLES)
    n = len(doc)
    if end - s != 1 or label not in ("GPE", "LOC", "ORG") or cols.words[s] in _ORG_HEADS or end + 2 >= n \
            or cols.lowers[end] != "and" or cols.ent_types[end + 1] != "ORG" or doc[end + 1].ent_iob_ != "B":
        return None
    k = end + 2
    while k < n and doc[k].ent_iob_ == "I":
        k += 1
    head = cols.heads[end + 1]
    if cols.deps[end + 1] != "compound" or not end + 1 < head < k or cols.words[head] not in _ORG_HEADS:
        return None
    if not (cols.heads[s] == head or cols.heads[head] == s and cols.deps[head] == "conj") or _name_goes_on(doc, k):
        return None  # not the place's body, or the title of a person ("Doe and Roeland Committee Chairman Jim Roe")
    return k


def _polity_of(doc: Doc, i: int) -> bool:
    """Does token `i`, inside a tagged name, open "<State|Republic|...> of" with the name
    going on after the "of" ("the State of Doeland")?"""
    cols = table(doc)
    return i + 2 < len(doc) and cols.words[i] in _STATE_HEADS and cols.lowers[i + 1] == "of" \
        and doc[i + 1].ent_iob_ == "I" and doc[i + 2].ent_iob_ == "I"


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Is token `i` a capitalised word that carries a name on (not after a line break)?"""
    cols = table(doc)
    return i < len(doc) and cols.words[i][:1].isupper() and cols.pos[i] == "PROPN" and not cols.sent_starts[i] \
        and cols.spaced[i - 1] and "\n" not in cols.words[i - 1]


def _polity_label(head: str) -> str:
    """The type of "<nationality or creed> <head>" (`_STATE_HEADS`): "the Varnish
    State" is the state that acts, a government or a movement that calls itself one
    (an organisation, as spaCy tags "State" alone there); a republic, kingdom, empire
    or caliphate is a place."""
    return "ORG" if head == "State" else "GPE"


def _state_after_group(doc: Doc, i: int) -> bool:
    """Is token `i`, one word spaCy tagged alone as a body or place, the head of a
    polity (`_STATE_HEADS`) right after an untagged proper noun that modifies it and
    that the text tags as a group elsewhere ("the Varnish State" where "Varnish" is
    a nationality in other sentences)?"""
    cols = table(doc)
    if not i or cols.words[i] not in _STATE_HEADS or cols.ent_types[i - 1] or cols.pos[i - 1] != "PROPN" \
            or cols.deps[i - 1] != "compound" or cols.heads[i - 1] != i or not cols.spaced[i - 1] \
            or _name_goes_on(doc, i + 1):
        return False
    word = cols.words[i - 1]
    return any(w == word and t == "NORP" for w, t in zip(cols.words, cols.ent_types))


# The long official forms of countries in the alias table (three words or more, not the
# usual form: "Union of Soviet Socialist Republics"), longest first, each with its
# apostrophe also curled.
_LONG_FORMS = tuple(sorted(
    {f for group in ALIAS_GROUPS if is_country(group[0]) for form in group[1:] if len(form.split()) >= 3
     for f in (form, form.replace("'", "’"))},
    key=len, reverse=True,
))


def _table_long_forms(doc: Doc, full: str, cands: list[_Cand], used: set[int]) -> list[tuple[int, int]]:
    """A country's long official form from the alias table written out whole
    ("Union of Soviet Socialist Republics" on an address line, where spaCy tags
    "Soviet" alone as a group) is one name, a place; spaCy's entities inside it
    are left out (their tokens go to `used`; the token ranges are returned).
    Not inside a longer one ("Democratic People's Republic of Korea" holds
    "Republic of Korea"), nor glued to a word."""
    taken: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    for form in _LONG_FORMS:
        at = full.find(form)
        while at >= 0:
            end = at + len(form)
            span = char_tokens(doc, at, end)
            if span is not None and not any(s < end and at < e for s, e in taken):
                taken.append((at, end))
                spans.append(span)
                used.update(range(*span))
                cands.append(_Cand(at, end, form, "GPE", at, not_person=True))
            at = full.find(form, end)
    return spans


# Military ranks that stand before a family name ("General Doe", "Col. Roe") and
# begin names of firms and bodies as well ("General Motors", "General Assembly"): a
# closed class. Only before the family name of a person the text names in full is
# such a rank a person's title (`_person_family_names`).
_MILITARY_TITLES = frozenset({
    "General", "Gen.", "Colonel", "Col.", "Admiral", "Adm.", "Lieutenant", "Lt.", "Major", "Maj.",
    "Sergeant", "Sgt.", "Captain", "Capt.", "Commander", "Cmdr.", "Brigadier", "Brig.", "Marshal",
})


def _person_family_names(doc: Doc) -> frozenset[str]:
    """The last words of the names spaCy tags a person's that have two words or more
    ("Doe" of "Jane Doe", "Jane H. Doe"): after a military rank the entity tagged
    otherwise ("General Doe" as an organisation) is that person (one pass over the
    entities)."""
    return frozenset(
        ent[-1].text for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text[:1].isupper() and ent[-1].text.isalpha()
    )


def _candidates(doc: Doc, drops: list[Drop] | None = None) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Name candidates, and pairs of candidate indices (long name, bracketed
    short form) for "Institute for Coastal Studies (ICS)"; `drops` records the
    words left out of a name or left out as no name (FILTERS: an imperative or
    a preposition before a name, a note mark, a day, a one-word heading, a
    common word opening a line)."""
    full = text_of(doc)
    cands: list[_Cand] = []
    bracket_pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    lower_words = lower_case_words(doc)
    # capitalised words written inside a sentence: names, whatever their tag
    cols = table(doc)
    words, spaces, sent_starts = cols.words, cols.spaces, cols.sent_starts
    mid_words = {  # (`_line_initial` inline: this tests every capitalised word)
        words[i] for i in capital_initials(doc)
        if not sent_starts[i] and i and not (spaces[i - 1] and "\n" in words[i - 1])
    }
    titles = _work_titles(doc)
    in_title = {i for s, e in titles for i in range(s, e)}
    listed = _plural_title_names(doc)
    for s, e in titles:
        cs, ce = cols.starts[s], cols.ends[e - 1]
        cands.append(_Cand(cs, ce, full[cs:ce], "WORK_OF_ART", cs, not_person=True, cue="WORK_OF_ART"))
    long_forms = _table_long_forms(doc, full, cands, used)
    families = _person_family_names(doc)
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS or ent.start in used:
            continue
        if long_forms and any(s < ent.end and ent.start < e for s, e in long_forms):
            continue  # "the Union of Soviet Socialist Republics": one name already
        if any(i in in_title for i in range(ent.start, ent.end)):
            continue  # a name inside a title ("Memories of Mr. Berg") is part of the title
        if ent.label_ == "CARDINAL":
            continue
        if _title_word_of_person(doc, ent):
            continue
        prev_idx: int | None = None
        for s, e, after_break in _pieces(doc, ent.start, ent.end, ent.label_ == "WORK_OF_ART"):
            label = None if after_break else ent.label_
            if e - s > 1 and _imperative(doc, s, mid_words):
                if drops is not None:
                    drops.append(Drop("imperative before a name", doc[s:e].text))
                s += 1  # "Follow Jane Doe on Twitter", "Meet Jane Doe": the verb is no part of the name
            if e - s > 1 and _opening_preposition(doc, s, e, full):
                if drops is not None:
                    drops.append(Drop("preposition before a name", doc[s:e].text))
                s += 1  # "Among Doelanders, the plan is popular": the preposition is no part of the name
            if label in ("ORG", "GPE") and e - s == 1 and _state_after_group(doc, s):
                s, label = s - 1, _polity_label(cols.words[s])  # "the Varnish State", its adjective untagged here
            if label is not None:
                s, e, label = _extend_right(doc, s, e, label, used)
            e = _before_a_quantity(doc, s, e)
            trimmed = _trim(doc, s, e, full)
            if trimmed is None:
                prev_idx = None
                continue
            ts, te, cs, ce = trimmed
            honorific_start, rank = None, False
            if label == "PERSON":
                while te - ts > 1 and cols.words[ts] in _HONORIFICS and cols.tags[ts + 1] != "POS":  # "King's Man"
                    honorific_start = cs if honorific_start is None else honorific_start
                    ts += 1
                    cs = cols.starts[ts]
                if te - ts > 1 and cols.lowers[ts] == "of" and cols.words[ts - 1] in _TITLES_OF_A_PLACE:
                    # "King of Doeville" tagged as a person: the title's place, untyped (its cue types it)
                    ts, cs, honorific_start, label = ts + 1, cols.starts[ts + 1], None, None
            elif te - ts > 1 and cols.words[ts] in _PERSONAL_HONORIFICS and not _facility_name(
                list(cols.words[ts:te]), "ORG"
            ):
                honorific_start = cs  # "Dr. Doe" tagged as an organisation: a person after all
                ts += 1
                cs = cols.starts[ts]
            elif te - ts == 2 and cols.words[ts] in _MILITARY_TITLES and cols.words[ts + 1] in families:
                # "General Doe" tagged as an organisation beside "Jane H. Doe": her rank
                honorific_start, rank = cs, True
                ts += 1
                cs = cols.starts[ts]
            personal_honorific = honorific_start is not None and label != "PERSON" or (
                ts > 0 and (
                    cols.words[ts - 1] in _PERSONAL_HONORIFICS
                    or cols.words[ts - 1] in _HONORIFICS and cols.ent_types[ts - 1] in ("", "PERSON")
                    and ts <= cols.heads[ts - 1] < te and label != "GPE"
                )  # "Senator Doe", "Chief Justice Doe" (not "Justice Department", one name, nor
                # "the first Senator Varnia has elected", where the title is not the name's)
            )
            if te - ts == 1 and (cols.words[ts] in _TITLE_OR_SUFFIX):
                # "Mlle", "Jr": a title or a suffix whose name spaCy left out
                prev_idx = None
                continue
            if label == "LANGUAGE" and cols.deps[ts] in ("amod", "compound") and cols.heads[ts] >= te:
                label = "NORP"  # "English painter": a nationality, not the language
            elif label == "NORP" and te - ts == 1 and _language_use(doc, ts):
                label = "LANGUAGE"  # "French language", "said in French", "(French: ...)"
            elif label in _LANGUAGE_MISTAGS and _named_as_language(doc, ts, te, label):
                label = "LANGUAGE"  # "Lao, a Tai-Kadai language", "speakers of Doe", "Doe-speaking children"
            if _no_name_here(doc, full, ent.start, ts, te, cs, label, lower_words, mid_words, drops):
                prev_idx = None
                continue
            cand = _typed_candidate(doc, full, ts, te, cs, ce, label, honorific_start, personal_honorific,
                                    listed, lower_words)
            if cand is None:
                prev_idx = None
                continue
            if rank and cand.cue_rule == "honorific":
                cand.cue_rule = "military rank before a family name"
            if prev_idx is not None and s > 0 and cols.words[s - 1] == "(":
                bracket_pairs.append((prev_idx, len(cands)))
            cands.append(cand)
            prev_idx = len(cands) - 1
        # "the Coastal Farmers National Union (CFNU)", the short form untagged
        if (
            prev_idx is not None and ent.end + 2 < len(doc) and cols.words[ent.end] == "("
            and cols.words[ent.end + 2] == ")" and not cols.ent_types[ent.end + 1]
        ):
            short = doc[ent.end + 1]
            if _abbreviates(short.text, tuple(cands[prev_idx].text.split())):
                cands.append(_Cand(short.idx, short.idx + len(short.text), short.text, cands[prev_idx].label, short.idx))
                bracket_pairs.append((prev_idx, len(cands) - 1))
    _cued_names(doc, full, cands, in_title | used, lower_words, listed)  # (used: words a name took in, "-la-Varne")
    _interviewer_names(doc, cands, lower_words)
    _acronym_names(doc, cands, lower_words)
    _titled_names(doc, full, cands)
    _listed_names(doc, full, cands)
    _bulleted_names(doc, full, cands)
    _road_numbers(doc, full, cands)
    _numbered_buildings(doc, full, cands)
    _initialled_names(doc, full, cands, lower_words)
    _dated_works(doc, full, cands, lower_words)
    cands, bracket_pairs = _names_spelled_by_acronyms(full, cands, bracket_pairs, drops)
    _bracket_neighbours(doc, cands, bracket_pairs)
    return cands, bracket_pairs


def _no_name_here(doc: Doc, full: str, ent_start: int, ts: int, te: int, cs: int, label: str | None,
                  lower_words: set[str], mid_words: set[str], drops: list[Drop] | None) -> bool:
    """Is the trimmed piece [ts, te) of an entity starting at token `ent_start`
    (`label` as the candidate stage has it so far, from char `cs`) no name at
    all: a note mark, a day, a one-word heading, a common word opening a line
    or a sentence? `drops` records the rules that FILTERS names."""
    cols = table(doc)
    words = full[cols.starts[ts] : cols.ends[te - 1]]  # Span.text, without a Token per word
    if words in _NOTE_MARKS:
        if drops is not None:
            drops.append(Drop("note mark", words))
        return True  # "P.S. What about ...?": a postscript, not a place
    if _not_a_name(doc, full, ts, te, cs, label, lower_words):
        return True
    if _names_a_day(doc, ts, te):
        if drops is not None:
            drops.append(Drop("name of a day", cols.words[ts]))
        return True
    if _abbreviated_word(full, cols.starts[ts], cols.words[ts], te - ts, label):
        if drops is not None:
            drops.append(Drop("abbreviated common word", cols.words[ts].rstrip(".")))
        return True
    if (
        te - ts == 1 and _line_initial(doc, ts) and _line_final(doc, ts)
        and (cols.pos[ts] != "PROPN" and label != "PERSON" or _lone_heading(full, doc[ts]))
        and not is_given_name(cols.words[ts]) and not _named_mid_line(full, cols.words[ts])
    ):
        if drops is not None:
            drops.append(Drop("one-word heading", cols.words[ts]))
        return True  # "Background", "Understand": a one-word heading that is no proper noun
    if _common_word_opening_a_line(doc, ts, te, label, mid_words):
        if drops is not None:
            drops.append(Drop("common word opening a line", cols.words[ts]))
        return True
    if te - ts == 1 and _opening_phrase(doc, ts):
        return True
    if te - ts == 1 and cols.pos[ts] in ("VERB", "AUX") and label not in ("NORP", "LANGUAGE", None) \
            and cols.words[ts].isalpha() and not cols.words[ts].isupper() and not is_given_name(cols.words[ts]) \
            and (ts == 0 or cols.lowers[ts - 1] != "the") and _written_once(doc, cols.words[ts]):
        # "Subscribe here.", "Writing by Jane Doe", "Presented at the Lyonesse Congress":
        # a capitalised word the tagger reads as a verb where it stands, and the text
        # writes nowhere else, not a name (not after "the": a title, "the song The
        # Rising"; a name the tagger once reads as a verb is written again: "Doe")
        if drops is not None:
            drops.append(Drop("verb tagged as a name", cols.words[ts]))
        return True
    after_dash = ts > ent_start and _spaced_hyphen(doc, ts - 1)
    # "Earlier", "Fly": a capitalised first word that is not a proper noun; after a
    # dash also one the text writes in lower case ("LYON - Harbour rules changed"
    # beside "the harbour")
    # not a name beside "I" ("-- Tobin and I set it up": spaCy's town read as a common noun)
    return te - ts == 1 and label not in ("NORP", "LANGUAGE", None) and (_sentence_initial(doc, ts) or after_dash) \
        and (cols.pos[ts] != "PROPN" or after_dash and cols.lowers[ts] in lower_words) \
        and not _named_beside_me(doc, ts)


def _written_once(doc: Doc, word: str) -> bool:
    """Is `word` (letters only) written once in the text, as a whole word and with
    its capital? (A whole word is a run of word characters and hyphens; the runs are
    counted once per text: a search of the whole text per name was quadratic.)"""
    return memo(doc, "candidates.word_runs", lambda d: Counter(re.findall(r"[\w-]+", text_of(d))))[word] == 1


def _typed_candidate(doc: Doc, full: str, ts: int, te: int, cs: int, ce: int, label: str | None,
                     honorific_start: int | None, personal_honorific: bool, listed: dict[tuple[int, int], str],
                     lower_words: set[str]) -> _Cand | None:
    """The candidate of the name at tokens [ts, te) (chars [cs, ce)), with
    what its words and its place in the sentence say of its type (the cue and
    its rule, evidence against a person, a place, a group, ...); None for a
    code or a disease name. `honorific_start`: where an honorific spaCy left
    out starts; `listed`: the names under a plural title (`_plural_title_names`)."""
    cols = table(doc)
    text = full[cs:ce]
    title = cs
    if label in ("PERSON", None):
        title = cols.starts[_title_start(doc, ts, te)]
    if honorific_start is not None:
        title = min(title, honorific_start)
    subj = not _SUBJECT_DEPS.isdisjoint(cols.deps[ts:te])
    after_the = ts > 0 and cols.lowers[ts - 1] == "the"
    if label == "PERSON" and te - ts == 1 and cols.words[ts].isupper() and len(cols.words[ts]) > 1:
        label = None  # "UTC", "ACME": an all-capitals word is not a person's name
    root = _root(doc, ts, te)
    # (its dependency and its head's words from the columns: this runs for every name)
    dep, head = cols.deps[root.i], cols.heads[root.i]
    # "the Doe legal team": a name modifying a later noun is no
    # evidence against a person, whatever the parser calls the link
    modifier = head > root.i and cols.pos[head] in ("NOUN", "PROPN")
    not_person = not personal_honorific and (
        (after_the and dep != "compound" and not modifier and not text.endswith("s"))
        or dep == "pobj" and cols.lowers[head] in ("via", "on") or _taken_to(root)
    )  # ("the attacks on Ms. Doe": a title says a person wherever the name stands)
    cue, strong, cue_rule = _context_cue(doc, root)
    cue = _usable_cue(cue, label, te - ts)
    if cue_rule == "listed with people" and (after_the or not _person_shaped(text, lower_words) or (
        label in _GIVEN_NAME_RETYPED and _given_and_family_name(text)
    )):
        # "Ana Ruiz, Tom Berg and the AP", "... and the Corvane Society", "... and Acme
        # Foods": only a name shaped like a person's is one for being listed with people;
        # a given and family name has the stronger cue of its own words (below), which
        # outweighs spaCy's ORG for a name of three words ("Ana Maria Ruiz")
        cue = None
    if cue_rule == "place noun" and label in ("LOC", "FAC"):
        cue = None  # "the population of the Doe Valley": a region or a building keeps its tag
    if cue == "GPE" and label == "ORG" and text.isupper():
        cue = None  # "the EU border": an acronym tagged as an organisation is one
    cue_rule = None if cue is None else cue_rule
    named_thing = False
    if (label in ("PERSON", "ORG", "LANGUAGE", None) or label in ("GPE", "LOC", "FAC") and not (
        dep == "pobj" and cols.lowers[head] in _PLACE_PREPOSITIONS and cols.lowers[head] != "from"
    )) and _cited_author(doc, ts, te):  # "in Lyon (1925)" is a place and a year
        cue, strong, cue_rule = "PERSON", False, "cited author"  # "Doe et al.", "Doe (2011)": an author
    elif (cue is None or cue == "PERSON" and cue_rule == "context cue") and label in _GIVEN_NAME_RETYPED \
            and _given_and_family_name(text):
        # "Jennifer Roe" tagged as an organisation or a place; where the words around it say
        # a person too ("Jane Ann Roe, a law professor, ..."), the name's own words are the
        # stronger cue of the two (they weigh as many as its words and one more, a context
        # cue 3: as much as spaCy's ORG for three words, and the tie went to the tag)
        cue, cue_rule = "PERSON", "given and family name"
    elif cue is None and label in ("GPE", "ORG") and te - ts == 1 and not _known_place(text) \
            and _named_beside_me(doc, ts):
        cue, cue_rule = "PERSON", "named beside I or me"  # "Tobin and I stayed home": spaCy's town or firm
    elif cue is None and label == "ORG" and _party_to_a_case(doc, ts, te):
        cue, cue_rule = "PERSON", "party to a case"  # "Lynch v. Roe": spaCy's ORG for a party's surname
    elif cue is None and personal_honorific:
        # "Mr Doe", "Dr. Doe" tagged as something else; and tagged as a person too, for
        # that one tag counts for little beside spaCy's ORG for the bare "Doe" elsewhere
        cue, cue_rule = "PERSON", "honorific"
    elif cue is None and label != listed.get((ts, te), label):
        cue, cue_rule = listed[(ts, te)], "plural title"  # "Presidents Jane Doe of X and Ana Ruiz of Y"
    elif cue is None and label in ("GPE", "LOC") and (given := _name_given_to(root, text))[0]:
        # "a robot called Sophia", "a ship dubbed X": the name of no place; the type the sentence gives, if any
        named_thing, cue = True, given[1]
        strong, cue_rule = cue not in (None, "PERSON"), "name given to a thing"
    elif cue is None and label in ("GPE", "ORG", "PERSON", "FAC") and _names_a_feature(doc, ts, te, root, text):
        cue, strong, cue_rule = "LOC", True, "name before a feature word"  # "the Doe sea", spaCy's "Doe" a town
    elif cue is None:
        cue, strong, cue_rule = _type_evidence(doc, ts, te, root, label, after_the, lower_words)
    not_person = not_person or (strong and cue not in (None, "PERSON"))
    team = te - ts == 1 and _plays_match(root)  # a team is no person (`impersonal`); the tags decide its type
    if label in _CODE_LABELS and _is_code_or_disease(text):
        return None
    # '"Ghost in the Shell"', '"Orange Is the New Black" star': a word of a title, not a name
    title_word = label not in _PLACE_OR_GROUP_LABELS and not text.isupper() \
        and not any(is_given_name(w) for w in text.split()) and _inside_quoted_title(doc, ts, te)
    quoted = (
        cs > 0 and full[cs - 1] in _QUOTE_MARKS and full[ce : ce + 1] in _QUOTE_MARKS
        and not _NAMING_CUE.search(full, max(0, cs - 30), cs)
    )
    speaks = dep == "nsubj" and cols.lemmas[head].lower() in SPEECH_VERBS
    place_hint = _place_hint(root)
    return _Cand(cs, ce, text, label, title, subject=subj, after_the=after_the, not_person=not_person,
                 speaks=speaks, place_hint=place_hint, preposition=cols.lowers[head] if dep == "pobj" and cols.deps[head] != "dative" else None,
                 quoted=quoted, cue=cue, cue_rule=cue_rule, impersonal=team or _its_subject(root),
                 attributive=label == "NORP" and (_attributive(doc, ts, te) or _of_descent(doc, ts, te)),
                 style=label == "NORP" and _style_or_tradition(doc, ts, te), named_thing=named_thing,
                 common_noun=te - ts == 1 and label not in ("NORP", "LANGUAGE") and _common_noun(doc, ts),
                 group=label in _GROUP_RETYPED and _used_as_group(doc, ts, te, root), title_word=title_word,
                 cited_source=_cited_source(doc, ts, te, root),
                 adjective=dep in _ADJECTIVE_DEPS and _adjective_words(doc, full, ts, te, cs, ce),
                 idea=_idea_before(doc, full, cs), honorific=personal_honorific,
                 feature=te < len(doc) and cols.words[te].islower() and cols.words[te].capitalize() in _LOC_LAST)


def _names_a_feature(doc: Doc, ts: int, te: int, root, text: str) -> bool:
    """Is the name at tokens [ts, te) (its head `root`) the compound of a lower-case word
    of a natural feature right after it ("the Doe sea", "Roe river": `_LOC_LAST`), which
    it names, with no "a" or "an" before it ("a Doeland island" is some island of a
    place), the feature word no modifier of a noun after it ("a Jane Doe mountain man"),
    the name no person's of two words or more, and no town or country of the tables ("the
    Doeville lake" may be a town's)?"""
    cols = table(doc)
    if te >= len(doc) or not cols.words[te].islower() or cols.words[te].capitalize() not in _LOC_LAST:
        return False
    if root.dep_ != "compound" or root.head.i != te or cols.deps[te] in ("compound", "amod") \
            or ts > 0 and cols.lowers[ts - 1] in ("a", "an"):
        return False
    if te - ts > 1 and cols.ent_types[ts] == "PERSON":
        return False
    return not is_country(text) and not is_town(text)


# What names a theory or a term: "her theory of Tidal Grammar", "a theory called Frame
# Analysis", "the theories of Drift and Anchor", "the term Anchor". Not "principles" or
# "philosophy", which a person's name follows as often ("the principles of Doe").
_IDEA_BEFORE = re.compile(
    r"(?:\b(?:[Tt]heor(?:y|ies)|[Nn]otions?|[Cc]oncepts?|[Dd]octrines?|[Hh]ypothes[ie]s) (?:of|called|named|known as) "
    r"(?:the )?|\b[Tt]he term )(?:[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:and|or) )?$"
)


# A piece of each word `_IDEA_BEFORE` needs, whatever the case of its first letter.
_IDEA_PIECES = ("heor", "otion", "oncept", "octrine", "ypothes", "he term")


def _idea_before(doc: Doc, full: str, cs: int) -> bool:
    """Does a word for a theory or a term (`_IDEA_BEFORE`) stand in the 80
    characters before offset `cs` of `full` (the text of `doc`)? Its pieces
    (`_IDEA_PIECES`: "heor" of "theory", "he term" of "The term") are looked
    for first, where the text holds them (`_idea_pieces`, found once per
    parse): the search runs for every name, and most have none of them before."""
    lo = max(0, cs - 80)
    pieces = memo(doc, "candidates.idea_pieces", _idea_pieces)
    k = bisect_left(pieces, (lo,))
    while k < len(pieces) and pieces[k][0] < cs:
        if pieces[k][1] <= cs:  # the whole piece in [lo, cs)
            return _IDEA_BEFORE.search(full, lo, cs) is not None
        k += 1
    return False


def _idea_pieces(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every place the text holds one of `_IDEA_PIECES`, in order."""
    full = text_of(doc)
    found = []
    for piece in _IDEA_PIECES:
        at = full.find(piece)
        while at != -1:
            found.append((at, at + len(piece)))
            at = full.find(piece, at + 1)
    return sorted(found)


# Dependencies of an adjective that modifies a noun, alone or listed: "a Stately
# neighbourhood", "Latin American and Caribbean countries".
_ADJECTIVE_DEPS = frozenset({"amod", "compound", "conj"})


def _adjective_words(doc: Doc, full: str, ts: int, te: int, cs: int, ce: int) -> bool:
    """Is every word of the name at tokens [ts, te) (chars [cs, ce)) tagged an
    adjective ("our Royal decree", "the Scriptural sense", "Secessionist flags"),
    with no hyphen glued to it from outside? Not "anti-Doe signs" or
    "UN-backed agencies", where the hyphen's compound, not the name, is the
    adjective."""
    cols = table(doc)
    if any(cols.pos[t] != "ADJ" and not cols.puncts[t] for t in range(ts, te)):
        return False
    return full[cs - 1 : cs] not in _HYPHENS and full[ce : ce + 1] not in _HYPHENS


# Dependencies of a word that modifies another noun, so that an article before it
# belongs to that noun ("a Times reporter", "an Acme-made car"), or is itself a part of one.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})


def _common_noun(doc: Doc, i: int) -> bool:
    """Is the one word at token `i` a capitalised common noun heading a noun
    phrase with an indefinite article ("the court will make an Order", "the
    council granted a Licence"): the article's head, tagged a common noun (NN, NNS)
    by spaCy, not written in capitals (an acronym is a name: "an ISIS attack"),
    and modifying no later noun ("a Times reporter": the article is the
    reporter's)? A name used so ("a Kennedy", "a Democrat") is tagged a proper
    noun or a nationality, and stays."""
    cols = table(doc)  # (from the columns: asked of every one-word name)
    word = cols.words[i]
    if i == 0 or cols.tags[i] not in ("NN", "NNS") or not word[:1].isupper() or word.isupper():
        return False
    return cols.lowers[i - 1] in ("a", "an") and cols.deps[i - 1] == "det" and cols.heads[i - 1] == i \
        and cols.deps[i] not in _MODIFIER_DEPS


def _imperative(doc: Doc, i: int, mid_words: set[str]) -> bool:
    """Is token `i` a capitalised verb in its base form opening a sentence or a
    line ("Follow Jane Doe on Twitter", "Meet Jane Doe"), which spaCy ran a name
    over? Not a given name ("Will", "Bill"), which a verb's tag may hide, nor a
    word the text capitalises inside a sentence too (`mid_words`: a name), nor
    the first part of a hyphenated word."""
    cols = table(doc)  # (from the columns: asked of every name of two words or more)
    word = cols.words[i]
    return (
        cols.pos[i] == "VERB" and cols.tags[i] == "VB" and word[:1].isupper() and word[1:].islower()
        and cols.spaced[i] and (cols.sent_starts[i] or _line_initial(doc, i))
        and not is_given_name(word) and word not in mid_words
    )


# Prepositions that open a sentence or a headline in front of a name ("Among
# Doelanders", "Without Doe"); not those that begin names ("Near East", "Under
# Secretary", "Inside Edition", "Off Broadway", "Over the Rhine").
_OPENING_PREPOSITIONS = frozenset({
    "about", "after", "against", "amid", "amidst", "among", "at", "before", "behind", "beneath", "beside",
    "between", "beyond", "by", "despite", "during", "for", "from", "in", "into", "of", "on", "since", "through",
    "to", "toward", "towards", "unlike", "with", "within", "without",
})


# Of those, the ones no name begins with: the rest need not be written alone elsewhere.
_NEVER_NAME_PREPOSITIONS = frozenset({"among", "amid", "amidst", "despite", "unlike"})


def _opening_preposition(doc: Doc, s: int, e: int, full: str) -> bool:
    """Is token `s` a capitalised preposition opening a sentence or a line that
    spaCy ran the name after it over ("Among Doelanders, ...", "Beyond Doe: ..."),
    the rest being written as a name elsewhere in the text too? A name that
    begins with such a word ("Beyond Compare") is not written without it; no
    name begins with "Among", "Amid", "Despite" or "Unlike", which go wherever
    the rest is written."""
    cols = table(doc)
    if cols.pos[s] != "ADP":
        return False  # (most names: no Token made)
    tok = doc[s]
    if tok.lower_ not in _OPENING_PREPOSITIONS or not tok.text[:1].isupper() \
            or tok.text.isupper() or not (tok.is_sent_start or _line_initial(doc, s) or _sentence_initial(doc, s)):
        return False
    if tok.lower_ in _NEVER_NAME_PREPOSITIONS:
        return True
    rest = full[cols.starts[s + 1] : cols.ends[e - 1]]
    before = re.compile(r"(?<![\w-])" + re.escape(tok.lower_) + r"\s*$")
    return any(
        not before.search(full[max(0, m.start() - 20) : m.start()].lower())
        for m in re.finditer(r"(?<![\w-])" + re.escape(rest) + r"(?![\w-])", full)
    )


def _before_a_quantity(doc: Doc, s: int, e: int) -> int:
    """The end of the name in tokens `s`..`e` before a percentage glued to it or
    right after it ("Doe 46 percent", "Doe - 46 percent to 40", "Doe at 8" +
    "percent"): a number after the first word from which every word, to the end
    of the quantity, is part of it with a percentage in it, less the lowercase
    words before it ("at"); `e` when there is none ("Route 66", "Apollo 11")."""
    cols = table(doc)
    words, lowers = cols.words, cols.lowers

    def number(i: int) -> bool:  # (a digit first: `_number` needs a Token, and most words have none)
        return any(map(str.isdigit, words[i])) and _number(doc[i])

    stop = e
    while stop < len(doc) and (lowers[stop] in _QUANTITY_WORDS or number(stop)):
        stop += 1
    for k in range(s + 1, stop):
        if not number(k):
            continue
        rest = range(k, stop)
        if not all(lowers[i] in _QUANTITY_WORDS or number(i) for i in rest) or not any(
                lowers[i] in _PERCENT_WORDS or words[i].endswith("%") for i in rest):
            return e
        while k - 1 > s and words[k - 1].islower():
            k -= 1
        return min(k, e)
    return e


def _number(tok: Token) -> bool:
    """A number written in digits: "46", "4.5", "46%"."""
    return tok.like_num and any(c.isdigit() for c in tok.text) or tok.text.endswith("%") and tok.text[:-1].replace(".", "").isdigit()


def _year_bracket_end(doc: Doc, te: int) -> int | None:
    """Token index after "(1999)", "(1909 – 1949)" or "(Other Title, 1959)" right after
    token `te` - 1, else None."""
    cols = table(doc)
    n = len(doc)
    if te + 2 >= n or cols.words[te] != "(":
        return None
    j = te + 1
    if not _year(cols.words[j]):
        while j < n and j - te < 8 and cols.words[j] not in (",", ")", "(") and "\n" not in cols.words[j]:
            j += 1
        if not (j + 1 < n and cols.words[j] == "," and _year(cols.words[j + 1])):
            return None
        j += 1
    j += 1
    if j + 1 < n and cols.words[j] in ("-", "–", "—") and _year(cols.words[j + 1]):
        j += 2
    return j + 1 if j < n and cols.words[j] == ")" else None


def _dated_works(doc: Doc, full: str, cands: list[_Cand], lower_words: set[str]) -> None:
    """Mark titles of works given with their year, which spaCy tags as people,
    organisations or places ("The Lookout (2007)", "A Single Man (2009)",
    "Jane Doe's Lost Roads (2005)", "the drama Lost Roads (2011)", "Lost Roads
    (2010)" of words the article writes in lowercase too): not an author cited with
    a year ("Doe (2011)") nor a place with one ("in Lyon (1925)"). A name in a list
    of such titles ("..., Lost Roads (2010), Stoker (2013), ...") is one as well."""
    # (ts, te, candidate index, token index after the year's bracket) of the names
    # followed by "(1999)", in text order
    cols = table(doc)
    dated = []
    for k, c in enumerate(cands):
        if full[c.end : c.end + 2] == " (":
            span = doc.char_span(c.start, c.end)
            end = None if span is None else _year_bracket_end(doc, span.end)
            if end is not None:
                dated.append((span.start, span.end, k, end))
    if not dated:
        return
    dated.sort()
    marked = []
    for ts, te, k, _ in dated:
        before = doc[ts - 1] if ts > 0 else None
        words = [t for t in doc[ts:te] if t.is_alpha]
        marked.append(before is not None and (
            cands[k].label == "WORK_OF_ART"  # listed beside the others; spaCy's type kept (below)
            or before.text in ("The", "A", "An") and ts > 1 and cols.words[ts - 2] not in (".", "!", "?") and "\n" not in cols.words[ts - 2]  # "include The Lookout (2007)"
            or before.tag_ == "POS" and ts > 1 and cols.ent_types[ts - 2] == "PERSON"  # "Jane Doe's Lost Roads (2005)"
            or before.pos_ == "NOUN" and before.lemma_.lower() in _WORK_NOUNS  # "the drama Lost Roads (2011)"
        ) or len(words) >= 2 and not _given_name(words[0].text) and all(
            t.lower_ in lower_words or t.lower_ in _TITLE_FUNCTION_WORDS for t in words
        ))
    # a list of dated titles: only ",", "and" and an article between one's year and the next
    linked = []
    for a in range(len(dated) - 1):
        end = dated[a][3]
        s2 = dated[a + 1][0]
        linked.append(end <= s2 and all(
            t.text == "," or t.lower_ in ("and", "the", "a", "an") for t in doc[end:s2]
        ))
    for order in (range(len(linked)), reversed(range(len(linked)))):
        for a in order:
            if linked[a] and (marked[a] or marked[a + 1]):
                marked[a] = marked[a + 1] = True
    for (_, _, k, _), m in zip(dated, marked):
        cands[k].dated_work = m and cands[k].label != "WORK_OF_ART"


# Marks of a note in a letter or a text: "P.S.", "N.B.".
_NOTE_MARKS = frozenset({"P.S.", "P.P.S.", "N.B.", "P.S", "N.B"})


def _not_a_name(doc: Doc, full: str, ts: int, te: int, cs: int, label: str | None, lower_words: set[str]) -> bool:
    """Words spaCy tags that name no actor: a hashtag ("#TownHall" labels a
    topic), a time zone after a clock time ("9:15 pm CET", "1130 UTC"), and a
    capitalised first word of a sentence or headline that the article also
    writes in lowercase ("Flowers left for ..." beside "flowers were left")."""
    cols = table(doc)
    if cs > 0 and full[cs - 1] == "#":
        return True
    if te - ts != 1:
        return False
    word = cols.words[ts]  # (the word from the columns: asked of every one-word name)
    if word in _TIME_ZONES:
        j = ts - 1
        if j >= 0 and cols.words[j] == "(":
            j -= 1
        if j >= 0 and (doc[j].like_num or cols.ent_types[j] == "TIME" or cols.lowers[j] in _CLOCK_WORDS):
            return True
    return (
        label not in ("NORP", "LANGUAGE") and not word.isupper() and word.lower() in lower_words
        and (_sentence_initial(doc, ts) or _line_initial(doc, ts))
    )


_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


# A word's full stop with the sentence going on after it: "the Chem. exam", "the Presb.
# hall", "Eds.: see the list".
_ABBREVIATION_STOP = re.compile(r"\.(?: ?[a-z]|:)")


def _abbreviated_word(full: str, cs: int, word: str, n_words: int, label: str | None) -> bool:
    """Is the one short word spaCy tagged (five letters at most, not in capitals)
    cut by an abbreviation's full stop with the sentence going on in lowercase
    ("the Chem. exam", "the Presb. hall", "Eds.: see")? A common word
    shortened, not a name; not a place ("Springfield, Ill. officials"), which
    a state's abbreviation is."""
    if n_words != 1 or label in ("GPE", "LOC", "NORP", "LANGUAGE"):
        return False
    bare = word.rstrip(".")
    if len(bare) > 5 or bare.isupper() or not bare.isalpha():
        return False
    return _ABBREVIATION_STOP.match(full, cs + len(bare)) is not None


def _names_a_day(doc: Doc, ts: int, te: int) -> bool:
    """Is the one word spaCy tagged the first word of a day's name ("Super
    Tuesday", "Black Friday"), the day tagged as a date: a modifier of the
    weekday right after it, not a place the day follows ("in Lyon Tuesday")?"""
    if te - ts != 1 or te >= len(doc):
        return False
    cols = table(doc)
    return (
        cols.words[te] in _WEEKDAYS and cols.ent_types[te] == "DATE" and cols.heads[ts] == te
        and cols.deps[ts] in ("compound", "amod", "nmod") and cols.spaced[ts]
    )


def _common_word_opening_a_line(doc: Doc, ts: int, te: int, label: str | None, mid_words: set[str]) -> bool:
    """Is the one word spaCy tagged the first word of a paragraph or a line that
    its tagger reads as a common word there, not a proper noun ("Aides said
    ...", "Exit polls ...", "Subscribe to ...", "Cheers erupted ..."), and that
    the article never capitalises inside a sentence? Not a nationality or
    language, an acronym, a given name or a country. (Such a word opening a
    sentence inside a paragraph goes by the rule after it in _candidates.)"""
    if te - ts != 1 or label in ("NORP", "LANGUAGE"):
        return False
    cols = table(doc)
    word = cols.words[ts]
    j = ts
    while j > 0 and cols.words[j - 1] in _QUOTE_MARKS and not cols.spaced[j - 1]:
        j -= 1  # '"Exit polls ...'
    return (  # (`is_alpha` is the word's own `isalpha`)
        cols.pos[ts] not in ("PROPN", "X") and word.isalpha() and not word.isupper() and word not in mid_words
        and _line_initial(doc, j) and not is_given_name(word) and not is_country(word)
    )


def _lone_heading(full: str, tok: Token) -> bool:
    """Is the word alone on its line below the article's opening paragraphs
    (its headline, byline, dateline), above more text (not a letter's
    signature), and nowhere else in the text: a section heading
    ("Background", "Understand") that spaCy took for a name? Below the first
    paragraph too when that one is a paragraph of the body (`_body_paragraph`)."""
    if tok.text.isupper() or not tok.is_alpha:
        return False
    blocks = full.count("\n\n", 0, tok.idx)
    if blocks < 2 and not (blocks == 1 and _body_paragraph(full[: tok.idx])):
        return False
    if len(full[tok.idx + len(tok.text) :].split(None, 8)) < 8:
        return False
    return len(re.findall(r"(?<!\w)" + re.escape(tok.text) + r"(?!\w)", full)) == 1


def _body_paragraph(before: str) -> bool:
    """Does the text `before` end with a paragraph of the body: twelve words or
    more ending a sentence ("... per one million residents."), not a headline,
    a byline or a dateline?"""
    last = before.rstrip().rsplit("\n", 1)[-1]
    return last[-1:] in (".", "!", "?") and len(last.split(None, 12)) > 12


def _named_mid_line(full: str, word: str) -> bool:
    """Is `word` written, capitalised, anywhere but at the start of a line (a
    heading that is also a name used in the text, "Lyon" over a section on it)?"""
    return any(
        m.start() > 0 and full[m.start() - 1] != "\n"
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", full)
    )


# Types spaCy gives names of languages it does not know ("Eegimaa", "Chitonga").
_LANGUAGE_MISTAGS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


_GIVEN_NAME_RETYPED = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", None})


def _opening_phrase(doc: Doc, i: int) -> bool:
    """"Longer term, ...", "Bloody hell, ...", "Frankly, ...": a capitalised
    first word of a sentence (or quotation) that is an adverb or interjection,
    or that opens a two-word phrase set off by a comma with no verb in it, is
    no name."""
    cols = table(doc)
    opens_quote = i > 0 and cols.words[i - 1] in _QUOTE_MARKS and not cols.spaced[i - 1]
    if not (opens_quote or cols.sent_starts[i] or _sentence_initial(doc, i)):
        return False
    tok = doc[i]
    if tok.pos_ in ("ADV", "INTJ") and i + 1 < len(doc) and cols.words[i + 1] in (",", "!"):
        return True
    if i + 2 >= len(doc):
        return False
    nxt, after = doc[i + 1], doc[i + 2]
    return (
        nxt.is_alpha and nxt.text.islower() and nxt.pos_ not in ("VERB", "AUX") and after.text in (",", "!")
        and tok.whitespace_ == " "
    )


def _work_titles(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of titles of works that spaCy fragments: a title of two or
    more words right after a noun for a work ("the documentary Memories of Mr.
    Berg", "his album Roads of Gold"), or in quotation marks right after or
    before one ("the 'Light on the Water' album"). A title is capitalised words
    with lowercase function words between them; a person's full name as the
    subject of a new clause ("in the film Tom Berg plays ...") is no title.
    One-word titles are typed by the context cue instead."""
    cols = table(doc)
    out: list[tuple[int, int]] = []
    n = len(doc)
    # (each distinct lemma lower-cased once, not each word's: most articles name no work)
    work_lemmas = {lemma for lemma in set(cols.lemmas) if lemma.lower() in _WORK_NOUNS}
    if not work_lemmas:
        return out
    for i in positions_where(cols.lemmas, work_lemmas):
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        span = None
        if tok.i + 1 < n:
            span = _quoted_title(doc, tok.i + 1, 1) if cols.words[tok.i + 1] in _QUOTE_MARKS else _bare_title(doc, tok.i + 1)
        if span is None and tok.i > 0 and cols.words[tok.i - 1] in _QUOTE_MARKS:
            span = _quoted_title(doc, tok.i - 1, -1)
        if span is not None and (not out or span[0] >= out[-1][1]):
            out.append(span)
    return out


def _title_words_ok(doc: Doc, s: int, e: int) -> bool:
    words = doc[s:e]
    if not words[0].text[:1].isupper() or not words[-1].text[:1].isupper() and words[-1].text not in ("?", "!"):
        return False
    return all(
        t.text[:1].isupper() or t.is_digit or t.lower_ in _TITLE_FUNCTION_WORDS and t.text.islower()
        or t.text in ("?", "!", ",", "-", "'s", "’s") or t.text.startswith("'") and len(t.text) <= 3
        for t in words
    )


def _bare_title(doc: Doc, j: int) -> tuple[int, int] | None:
    cols = table(doc)
    n = len(doc)
    first = doc[j]
    if not first.text[:1].isupper() or not first.is_alpha or first.pos_ == "PRON" or first.is_sent_start:
        return None
    k = j + 1  # end (exclusive) of the title so far
    while k < n and k - j < 12:
        t = doc[k]
        if t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".")):
            k += 1
            continue
        if t.text in ("?", "!") and not cols.spaced[k - 1]:
            k += 1
            break
        if t.lower_ in _BARE_TITLE_FUNCTION_WORDS and t.text.islower():
            m = k
            while m < n and cols.lowers[m] in _BARE_TITLE_FUNCTION_WORDS and cols.words[m].islower():
                m += 1
            # "Light on the Water", "Memories of Mr. Berg"; not "X on Tuesday", "X in Paris"
            if m < n and cols.words[m][:1].isupper() and (doc[m].is_alpha or cols.words[m].endswith(".")) \
                    and doc[m].ent_iob_ != "B":
                k = m
                continue
        break
    if k - j < 2:
        return None
    span = doc[j:k]
    ent = span[0].ent_type_ == "PERSON" and all(t.ent_type_ == "PERSON" for t in span)
    if ent and span.root.dep_ in ("nsubj", "nsubjpass") and span[0].ent_iob_ == "B":
        return None  # "in the film Tom Berg plays a pilot": a person, subject of a new clause
    return (j, k) if _title_words_ok(doc, j, k) else None


# Labels of what a title may name and still mean: a place ("Protector of Lyonesse"), a people.
_PLACE_OR_GROUP_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "LANGUAGE"})

# Opening quotation marks and the mark that closes each (the straight single quote, also
# an apostrophe, is left out).
_QUOTE_PAIRS = {'"': '"', "“": "”", "‘": "’", "«": "»"}


def _inside_quoted_title(doc: Doc, ts: int, te: int) -> bool:
    """Are the tokens ts..te a part, not the whole, of a title in quotation
    marks on one line ('"Ghost in the Shell"', '"Orange Is the New Black"
    star'): capitalised words with lowercase function words between them
    (`_title_words_ok`), the name not the whole title nor the title after its
    article ('"The Lookout"' is the title itself), the title no nickname given
    by a naming word ('known as the "Queen of the Coast"')?"""
    k = _mark_within(doc, ts - 1, -1, _QUOTE_PAIRS)  # (not a straight single quote: an apostrophe too)
    if k is None:
        return False
    j = _mark_within(doc, te, 1, (_QUOTE_PAIRS[doc[k].text],))
    if j is None:
        return False
    s, e = k + 1, j
    if e - s < 2 or not _title_words_ok(doc, s, e):
        return False
    if _NAMING_CUE.search(text_of(doc), max(0, doc[k].idx - 30), doc[k].idx + 1):
        return False  # 'called the "Oil Town of the North"': a nickname of what the sentence is about
    if doc[s].lower_ in _ARTICLES and s + 1 < e:
        s += 1
    return (s, e) != (ts, te)


def _quoted_title(doc: Doc, q: int, step: int) -> tuple[int, int] | None:
    """The tokens between the quotation mark at `q` and the next mark of its
    kind (double or single: the ’ of "Doe’ Town" does not end a “…” title),
    looking forward (step 1) or backward (step -1) on the same line, if they
    read as a title. Any mark of the kind, not only the pair: news copy closes
    a title with the opening mark too ('the film “Frozen“')."""
    kind = _DOUBLE_MARKS if doc[q].text in _DOUBLE_MARKS else _QUOTE_MARKS - _DOUBLE_MARKS
    k = _mark_within(doc, q + step, step, kind)
    if k is None:
        return None
    s, e = (q + 1, k) if step == 1 else (k + 1, q)
    return (s, e) if e > s and _title_words_ok(doc, s, e) else None


# The double quotation marks (the others of `_QUOTE_MARKS` are single).
_DOUBLE_MARKS = frozenset({'"', "“", "”", "«", "»"})


def _mark_within(doc: Doc, start: int, step: int, marks) -> int | None:
    """The first token from `start`, forward (step 1) or backward (step -1),
    at most 12 tokens on and on the same line, that is one of the quotation
    `marks`; other marks are passed over (the ’ of "Ender’s" does not close
    a “…” title)."""
    words = table(doc).words
    k = start
    while 0 <= k < len(words) and abs(k - start) < 12 and "\n" not in words[k]:
        if words[k] in marks:
            return k
        k += step
    return None


# An acronym in brackets ("(ACS)"), and the words before it back to the sentence's last
# punctuation or slash (`_name_spelled`).
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")
_BEFORE_ACRONYM = re.compile(r"[^.,;:!?()\"“”/\n]{1,200}$")


def _name_spelled(full: str, at: int, acronym: str) -> tuple[int, int] | None:
    """The chars [start, end) of the shortest run of words right before the
    bracket at `at`, opening with a capitalised word, whose initials spell
    `acronym` (`name_shapes._spelled_by`), twelve words at most; None if there is none."""
    m = _BEFORE_ACRONYM.search(full, max(0, at - 200), at)
    if m is None:
        return None
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", full[m.start() : at])]
    words = [(s + m.start(), e + m.start()) for s, e in words]
    for k in range(len(words) - 1, max(-1, len(words) - 13), -1):
        first = full[words[k][0]]
        if first != acronym[0]:
            continue
        if _spelled_by(full[words[k][0] : words[-1][1]], acronym):
            return words[k][0], words[-1][1]
    return None


def _names_spelled_by_acronyms(
    full: str, cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Board of Tides and Harbours in Lyonesse (BTHL)", where spaCy tagged
    "Board of Tides and Harbours" and "Lyonesse" apart, or only "Harbour Customs"
    of "Tide and Harbour Customs (THC)": the words before a bracketed acronym whose
    initials spell it (`_name_spelled`) are one name, which the acronym then
    pairs with. The longest candidate inside them takes the whole run and its
    label; the others, pieces of it, are left out (filter "piece of a name its
    acronym spells"). Not where a candidate already spans the run, or runs past
    either end of it."""
    if "(" not in full:
        return cands, pairs
    gone: set[int] = set()
    for m in _BRACKETED_ACRONYM.finditer(full):
        run = _name_spelled(full, m.start(), m.group(1))
        if run is None:
            continue
        s, e = run
        inside = [i for i, c in enumerate(cands) if i not in gone and c.start < e and s < c.end]
        if not inside or any(cands[i].start < s or cands[i].end > e for i in inside) or any(
            cands[i].start == s and cands[i].end == e for i in inside
        ):
            continue
        keep = max(inside, key=lambda i: cands[i].end - cands[i].start)
        if drops is not None:
            drops.extend(Drop("piece of a name its acronym spells", cands[i].text) for i in inside)
        c = cands[keep]
        c.start, c.end, c.text, c.title_start = s, e, full[s:e], s
        gone.update(i for i in inside if i != keep)
    if not gone:
        return cands, pairs
    return _keep_only(cands, pairs, [i for i in range(len(cands)) if i not in gone])


def _bracket_neighbours(doc: Doc, cands: list[_Cand], pairs: list[tuple[int, int]]) -> None:
    """Pair "Long Name (LN)" where both are separate candidates."""
    by_start = {c.start: i for i, c in enumerate(cands)}
    text = text_of(doc)
    for i, c in enumerate(cands):
        j = c.end
        while j < len(text) and text[j] in " \t":
            j += 1
        if j < len(text) and text[j] == "(":
            k = by_start.get(j + 1)
            if k is not None and text[cands[k].end : cands[k].end + 1] == ")":
                if (i, k) not in pairs:
                    pairs.append((i, k))


def _datelines(doc: Doc, cands: list[_Cand]) -> None:
    """An upper-case place at the start of a paragraph followed by a comma is a
    dateline ("LYON, France (Acme News) —"): a GPE. So is one followed by a dash
    ("LYON - ", "LYON, Lyonesse – ") when the gazetteer or the table of countries
    knows it or its region as a place ("UPDATE - " is none); a name spaCy
    glued across the dash ("LYON - Jane Doe" as one person) is cut there, the
    name after the dash keeping its tag (a given and family name: a person's;
    a lone word: none, it is typed by the rest of its cluster, "LYON - Democrats")."""
    text = text_of(doc)
    for m, dash in _dateline_matches(text):
        if dash:
            ps, body = m.start(), m.end()
            for c in cands:
                if ps <= c.start < body < c.end:
                    c.start, c.title_start, c.text = body, max(c.title_start, body), text[body : c.end]
                    if _given_and_family_name(c.text):
                        c.label = "PERSON"  # "LYON - Jane Doe" tagged as one organisation
                    elif " " not in c.text:
                        c.label = None
            for k in (1, 2) if m.group(2) else (1,):
                _dateline_place(text, cands, m.start(k), m.end(k))
            continue
        s, e = m.start(1), m.end(1)
        starts = {c.start: c for c in cands}
        old = starts.get(s)
        if old is not None:
            if old.end == e:
                old.label, old.dateline = "GPE", True
            continue
        if any(c.start < e and s < c.end for c in cands):
            continue
        cands.append(_Cand(s, e, text[s:e], "GPE", s, dateline=True))


def _dateline_matches(text: str) -> Iterator[tuple[re.Match, bool]]:
    """(the match, whether before a dash) of each dateline opening one of the
    first three paragraphs: a known place before a dash (`_dash_dateline`), else
    an upper-case word before a comma."""
    for ps, pe in paragraph_spans(text)[:3]:
        dash = _dash_dateline(text, ps, pe)
        if dash:
            yield dash, True
        elif (m := _DATELINE.match(text, ps, pe)) and any(ch.isalpha() for ch in m.group(1)):
            yield m, False


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each dateline opening one of the first three paragraphs,
    its region and the comma or dash after it included ("LYON, Lyonesse - ",
    "LYON, "), as `_datelines` finds them."""
    return [(m.start(), m.end()) for m, _dash in _dateline_matches(text)]


def _dash_dateline(text: str, ps: int, pe: int) -> re.Match | None:
    """The dateline before a dash opening the paragraph at ps..pe, when the
    gazetteer or the table of countries knows its place or its region."""
    dash = _DASH_DATELINE.match(text, ps, pe)
    if dash and (_known_place(dash.group(1).title()) or dash.group(2) and _known_place(dash.group(2))):
        return dash
    return None


def _dateline_place(text: str, cands: list[_Cand], s: int, e: int) -> None:
    """The place of a dateline at s..e is a GPE: the candidate that is it or the one
    piece of it spaCy tagged ("ST" of "ST. LOUIS") becomes it, else a new one."""
    inside = [c for c in cands if c.start < e and s < c.end]
    if not inside:
        cands.append(_Cand(s, e, text[s:e], "GPE", s, dateline=True))
    elif len(inside) == 1 and s <= inside[0].start and inside[0].end <= e:
        c = inside[0]
        c.start, c.end, c.title_start, c.text, c.label, c.dateline = s, e, s, text[s:e], "GPE", True
