"""Filters that keep candidates out of the actor list: office titles, terms, concept names, class
words, common words of a headline."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..countries import is_country
from ..first_names import is_given_name
from ..gazetteer import is_town
from ..parsed import capital_initials, lower_case_lemmas, lower_case_words, table, text_of
from .cues import _known_place
from .name_shapes import (
    _LOC_LAST, _abbreviates, _concept_name, _degree, _given_and_family_name, _given_name, _is_acronym, _part_of_a_document,
    _spells_lowercase_phrase,
)
from .records import _Cand, Drop
from .tokens import _WORD, _headline
from .words import (
    _ADDRESS_OFFICES, _FAC_HEADS, _HONORIFICS, _INSTITUTION_WORDS, _LAWYER_AT, _OFFICE_OF, _ORGANISATION_HEADS, _PERSON_ROLES,
    _STATE_HEADS, _TITLE_FUNCTION_WORDS, _TITLE_SHED, _COMPANY_WORDS, _FAC_LAST,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc


# Labels of the names that stand for a person, an organisation or a place.
_ACTOR_KINDS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", None})


def _drop_inside_titles(cands: list[_Cand], pairs: list[tuple[int, int]]) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Secretary of State Jane Doe", "Minister of Justice Tom Berg": a name
    inside a person's title, after its first word, is part of the title, not a
    mention of an organisation; a place there stays one ("Governor of Lyon Jane
    Doe"), and so does a place or group in front ("French President")."""
    titles = [(c.title_start, c.start) for c in cands if c.label == "PERSON" and c.title_start < c.start]
    if not titles:
        return cands, pairs
    starts = sorted(titles)
    keep: list[int] = []
    for i, c in enumerate(cands):
        j = bisect.bisect_right(starts, (c.start, c.start)) - 1
        inside = j >= 0 and starts[j][0] < c.start and c.end <= starts[j][1]
        if inside and c.label not in _TITLE_SHED and c.label != "PERSON":
            continue
        keep.append(i)
    if len(keep) == len(cands):
        return cands, pairs
    return _keep_only(cands, pairs, keep)


def _drop_office_objects(
    cands: list[_Cand], pairs: list[tuple[int, int]], full: str, drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Secretary of State", "Minister of Finance", "Director of National
    Intelligence", a lowercase "secretary of State" (`_OFFICE_OF`; with a person
    after it or not): the words after "of" name the office, not an organisation; not "Secretary of the Navy" or "Director of the
    FBI" (an article or an acronym: the body itself), nor a place ("Minister of
    Lyonesse"). A person's name ending the words ("Secretary of Defense Jane
    Doe" as one organisation) is kept, as the person with the office as title.
    "Law" of a lawyer's "Attorney at Law" is no body either."""
    keep: list[int] = []
    for i, c in enumerate(cands):
        m = None if c.label not in ("ORG", None) or c.text.isupper() else \
            _OFFICE_OF.search(full, max(0, c.start - 40), c.start) or \
            (_LAWYER_AT.search(full, max(0, c.start - 14), c.start) if c.text == "Law" else None)
        if m is None:
            keep.append(i)
            continue
        if drops is not None:
            drops.append(Drop("name in an office title", c.text))
        words = c.text.split(" ")
        for k in range(1, len(words) - 1):
            if _given_and_family_name(" ".join(words[k:])):
                # "Secretary of Defense Jane Doe" as one organisation: the person, titled
                name = " ".join(words[k:])
                c.start, c.text, c.label, c.title_start = c.end - len(name), name, "PERSON", m.start()
                keep.append(i)
                break
    if len(keep) == len(cands):
        return cands, pairs
    return _keep_only(cands, pairs, keep)


# What comes before the name of a field of study: an academic chair or degree ("Professor
# of East Asian Studies", "Doe Professor of Oriental Languages", "Master of Education in
# Sport Psychology", "a master's degree in Ancient Greek", "a PhD in Marine Biology").
_FIELD_OF = re.compile(
    r"(?:\b(?:Professor|Lecturer|Master|Masters|Bachelor|Doctor)(?: of [A-Z]\w+)? (?:of|in)"
    r"|\b(?:[Dd]egrees?|Ph\. ?D\.?|PhD|[Dd]octorate|[Dd]iploma|MBA|[Mm]ajor(?:ed)?|[Mm]inored|[Mm]aster's|[Bb]achelor's) in) $"
)


def _drop_fields_of_study(
    cands: list[_Cand], pairs: list[tuple[int, int]], full: str, drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Professor of East Asian Studies", "a master's degree in Ancient Greek": the
    words right after an academic chair or degree (`_FIELD_OF`) name a field of
    study, which spaCy tags as an organisation, a region or a building, not an actor
    (filter "field of study"). Not after an article ("Doctor of the Church"), nor an
    acronym, a person or a town or country ("a degree in Lyon")."""
    keep: list[int] = []
    for i, c in enumerate(cands):
        if c.label not in ("ORG", "FAC", "LOC", None) or c.text.isupper() or not _FIELD_OF.search(full, max(0, c.start - 45), c.start):
            keep.append(i)
        elif drops is not None:
            drops.append(Drop("field of study", c.text))
    if len(keep) == len(cands):
        return cands, pairs
    return _keep_only(cands, pairs, keep)


# Determiners that only a countable common noun takes: "an LLM", "every CFL"; a name
# takes "the" or nothing ("the FBI", "NASA"). Not the possessives ("our NHS").
_COUNTING_DETERMINERS = frozenset({"a", "an", "every", "each", "another", "any"})

# Dependencies of a word modifying a noun ("an FBI agent") and of a noun phrase standing
# as an argument on its own ("FBI agents searched ...", "... told NASA").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos", "conj"})


# Punctuation that ends a noun phrase: "an ATM, a bank".
_PHRASE_END = frozenset({",", ".", ";", ":", "!", "?", ")"})


def _ends_counted_phrase(doc: Doc, i: int) -> bool:
    """Is the acronym `doc[i]` a noun phrase of its own after a counting
    determiner ("an ATM and currency exchange", "an ATM, a bank"), which the
    parse hangs on the noun after the "and"? Right after the determiner and
    followed by punctuation or by "and"/"or" and a word in lower case: not
    "an FBI agent", nor "a CNN and ORC poll" (two names of one phrase)."""
    if i == 0 or i + 1 >= len(doc) or doc[i - 1].lower_ not in _COUNTING_DETERMINERS:
        return False
    after = doc[i + 1]
    if after.text in _PHRASE_END:
        return True
    return after.lower_ in ("and", "or") and i + 2 < len(doc) and doc[i + 2].text[:1].islower()


def _countable_acronyms(doc: Doc) -> set[str]:
    """Acronyms the article uses as countable common nouns: with a determiner of
    its own ("every LLM is trained", "an ROV"; not "an FBI agent", where the
    article is the agent's) or in the plural ("LLMs", "CFLs"). Such an acronym
    abbreviates a kind of thing ("large language model"), not an actor's name.
    One also written as a bare noun phrase, as only a name can be ("Acme hired
    ...", "a desperate ACME ... ACME was bleeding cash"), stays a name, unless
    the article also writes it in the plural: a name has no plural, and a mass
    noun stands bare too ("recycling CFL ... CFLs are cheap")."""
    found: set[str] = set()
    plural: set[str] = set()
    bare: set[str] = set()
    words = table(doc).words
    for i in capital_initials(doc):
        text = words[i]
        if text[1:].islower():
            continue  # an acronym, in the plural too, has two capitals or more
        tok = doc[i]
        if text.endswith("s") and _is_acronym(text[:-1]) and text[:-1].isupper():
            plural.add(text[:-1])  # "LLMs"
        elif _is_acronym(text) and _ends_counted_phrase(doc, i):
            found.add(text)  # "an ATM and currency exchange": "an" parsed as the determiner of "exchange"
        elif not _is_acronym(text) or tok.dep_ in _MODIFIER_DEPS:
            continue
        elif any(ch.dep_ == "det" and ch.lower_ in _COUNTING_DETERMINERS and ch.i < tok.i for ch in tok.children):
            found.add(text)  # "every LLM"
        elif tok.dep_ in _ARGUMENT_DEPS and not any(ch.dep_ in ("det", "poss") for ch in tok.children):
            bare.add(text)  # "ACME was bleeding cash"
    return (found - bare) | plural


# A bracket of two short forms or more split by slashes: "(SAA / TSM)", "(GDP/GNI)".
_SHORT_FORM_LIST = re.compile(r"\(([A-Z][A-Za-z]+(?: ?/ ?[A-Z][A-Za-z]+)+)\)")


def _listed_short_forms(full: str) -> set[str]:
    """The short forms of the bracket lists (`_SHORT_FORM_LIST`) that define
    terms: as many phrases, split by slashes, stand before the bracket, and
    each short form spells its phrase written in lowercase, in order ("the
    small-angle approximation/thin screen model (SAA / TSM)"). One
    search of the text (a cheap regex), asked once per article."""
    found: set[str] = set()
    for m in _SHORT_FORM_LIST.finditer(full):
        items = re.split(r" ?/ ?", m.group(1))
        parts = full[max(0, m.start() - 160) : m.start()].rstrip().rsplit("\n", 1)[-1].split("/")
        if len(parts) < len(items):
            continue
        parts = parts[-len(items) :]
        if all(_spells_lowercase_phrase(p + " (", len(p) + 2, item) for p, item in zip(parts, items)):
            found.update(items)
    return found


# A plural short form in brackets right after a name: "Harbour Toll Plans (HTPs)".
_PLURAL_SHORT_FORM = re.compile(r" ?\(([A-Z]{2,6})s\)")


def _plural_term(full: str, c: _Cand) -> bool:
    """Is `c` a title-case phrase in the plural whose short form, in brackets
    right after it, is an acronym in the plural spelling its initials
    ("five-year Harbour Toll Plans (HTPs)")? Such a phrase names a class of
    things, never one actor: "Harbour Toll Plan" is the acronym of one of them."""
    m = _PLURAL_SHORT_FORM.match(full, c.end)
    return m is not None and c.text.endswith("s") and _abbreviates(m.group(1), tuple(c.text.split()))


def _drop_terms(
    doc: Doc, cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Capitalised abbreviations that are terms, not actors: one introduced as
    the short form of a phrase written in lowercase ("radio frequency
    interference (RFI)"), a phrase in the plural with a plural short form
    ("Harbour Toll Plans (HTPs)", `_plural_term`), a unit or currency after a number ("225 XKR",
    "3000 BC") (filter "term abbreviation"), and one used as a countable common
    noun ("every LLM", "two ROVs": filter "acronym of a common noun",
    `_countable_acronyms`). Every mention of such a word goes."""
    full = text_of(doc)
    terms: set[str] = set()
    counted = _countable_acronyms(doc) if any(_is_acronym(c.text) for c in cands) else set()
    common: set[str] = set()
    spelled: dict[str, bool] = {}  # acronym -> whether a bracket defines it as a lowercase phrase
    listed: set[str] | None = None  # the short forms of bracket lists (`_listed_short_forms`), once asked
    for c in cands:
        if c.text in terms:
            continue
        if not _is_acronym(c.text):
            if full[c.end : c.end + 2] in (" (", "(") and _plural_term(full, c):
                terms.add(c.text)  # "Harbour Toll Plans (HTPs)": a class of things
            continue
        if (c.text in counted or c.text[-1] == "s" and c.text[:-1] in counted) and c.label in _ACTOR_KINDS:
            terms.add(c.text)
            common.add(c.text)
            continue
        if c.text not in spelled:  # (a search of the whole text: once for each acronym)
            defined = (m.start() + 1 for m in re.finditer(r"\(" + re.escape(c.text) + r"\)", full))
            spelled[c.text] = any(_spells_lowercase_phrase(full, at, c.text) for at in defined)
        if spelled[c.text]:
            terms.add(c.text)  # wherever spaCy tagged it: the definition itself is often untagged
            continue
        if listed is None:
            listed = _listed_short_forms(full)
        if c.text in listed:
            terms.add(c.text)  # "small-angle approximation/thin screen model (SAA / TSM)"
            continue
        before = full[max(0, c.start - 12) : c.start].rstrip().rsplit(" ", 1)[-1]
        if before[-1:].isdigit() and c.label not in ("GPE", "LOC", "NORP"):  # "354 US cities": a place
            terms.add(c.text)
    if not terms:
        return cands, pairs
    # "a Harbour Toll Sensor (HTS) ... two HTSs": the long form of an acronym used as a
    # countable common noun names the same kind of thing
    expansions = {
        cands[x].text for a, b in pairs for x, y in ((a, b), (b, a))
        if cands[y].text in common and not _is_acronym(cands[x].text)
    }
    if drops is not None:
        drops.extend(Drop("acronym of a common noun" if t in common else "term abbreviation", t) for t in sorted(terms))
        drops.extend(Drop("acronym of a common noun", t) for t in sorted(expansions - terms))
    terms |= expansions
    keep = [i for i, c in enumerate(cands) if c.text not in terms]
    return _keep_only(cands, pairs, keep)


def _concept_cluster(cands: list[_Cand], idxs: list[int], lower_words: set[str]) -> bool:
    """Are all the names of a cluster concepts (`_concept_name`) or the acronym of one?"""
    long = [cands[i].text for i in idxs if _concept_name(cands[i].text, lower_words)]
    if not long:
        return False
    return all(
        cands[i].text in long or _is_acronym(cands[i].text) and any(
            _abbreviates(cands[i].text, tuple(t.split())) for t in long
        ) for i in idxs
    )


def _no_actor(cands: list[_Cand], idxs: list[int], label: str | None, lower_words: set[str]) -> str | None:
    """Why a typed cluster (`label`, its vote) is no actor, judged on all its
    names: the Drop rule (FILTERS) to record, "" when it is left out unrecorded
    (untyped fragments; a word only ever named in quotation marks), None when
    it is an actor."""
    if label is None:
        return ""  # only untyped fragments
    if all(cands[i].quoted for i in idxs):
        return ""  # '"XRV" represents ...': a word named in quotation marks, never used as a name
    if all(_degree(cands[i].text) for i in idxs):
        return "academic degree"  # "a Ph.D. in linguistics": a degree, not an actor
    if all(_part_of_a_document(cands[i].text) for i in idxs):
        return "part of a document"  # "see Appendix S1", "Chapter 12": a pointer into a text
    if all(cands[i].dated_work for i in idxs):
        # "The Lookout (2007), Stoker (2013)": a filmography or a bibliography, not actors
        return "work with a year"
    if _concept_cluster(cands, idxs, lower_words):
        # "Frame Semantics", "Geographic Information Systems (GIS)": an idea, not an actor
        return "concept name"
    if all(cands[i].title_word for i in idxs):
        # '"Ghost in the Shell"', '"Marlow or Bust"': words of a title, never a name on their own
        return "part of a quoted title"
    if all(cands[i].common_noun for i in idxs):
        # "the court will make an Order": a capitalised common noun, not a name
        return "common noun after a or an"
    if label != "PERSON" and all(cands[i].idea for i in idxs):
        # "her theory of Tidal Grammar", "the theories of Drift and Anchor": an idea, not an
        # actor; a person stays ("the notion of Doe as a centrist")
        return "name of a theory"
    if label in ("ORG", "GPE", "LOC", "FAC") and all(cands[i].adjective for i in idxs):
        # "our Royal decree", "in the Scriptural sense", "Secessionist flags": spaCy tags
        # the word an adjective and the name an organisation or a place; a person's name
        # so tagged ("the Doe movies") stays
        return "adjective tagged as a name"
    if label in ("GPE", "LOC") and all(cands[i].named_thing and cands[i].cue is None for i in idxs):
        # "a doll called Lyonesse": no place, and nothing in the sentence says what it is
        return "name given to a thing of no known kind"
    if label == "LANGUAGE":
        return "language"  # "English", "Hindi": a language is what people speak, not who is in the story
    if label == "NORP" and all(cands[i].attributive or cands[i].style for i in idxs):
        # "a Swiss physicist", "of Dutch descent", "Spanish poetry": what a person or a
        # thing is, not a group in the story
        return "style or tradition" if any(cands[i].style for i in idxs) else "nationality of a person"
    return None


# "the Nation", "our Country": a speech's capitalised word for the country, which
# descriptions.py resolves as it does "the nation"; never a name of its own.
_COUNTRY_CLASS_WORDS = frozenset({"Nation", "Country"})

# "this State", "the State of Kent", "his State": a speech's capitalised word for a
# state, which descriptions.py resolves as it does "this state"; after a determiner or a
# possessive only. Bare, it is the State Department in news ("at State"); "that State's"
# as often opens a clause ("said that State's inspector") and stays.
_STATE_OF_NAME = re.compile(r"\bState of [A-Z]")
_STATE_CLASS_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our) $")


# Interjections and informal spellings of a transcript, a chat or a letter, written
# capitalised at the head of an utterance, that spaCy may tag as a name ("Nah, I'm
# kidding", "Howdy!", "Aloha everyone", "Altho it is late"): a closed class of words,
# never an actor's name on their own.
_INTERJECTIONS = frozenset({
    "nah", "yeah", "yep", "yup", "nope", "wow", "hey", "howdy", "aloha", "hello", "goodbye", "bye", "okay",
    "oops", "hmm", "uh", "um", "oh", "ah", "aha", "ooh", "whoa", "ugh", "yay", "hooray", "alas", "gosh",
    "jeez", "geez", "huh", "ouch", "yikes", "phew", "whew", "meh", "duh", "altho", "tho", "cuz", "gonna",
    "wanna", "gotta",
})


def _drop_interjections(
    cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Leave out a name that is one interjection (`_INTERJECTIONS`), whatever its
    tag (filter "interjection"); not one written in capitals ("OH" for Ohio)."""
    return _drop_names(cands, pairs, drops, "interjection",
                       lambda text: not text.isupper() and text.lower() in _INTERJECTIONS)


# A square bracket inside a word: a quote's editing that changed a letter's case ("[W]e
# urge", "[T]hey left"), which spaCy may tag as a name ("W]e"). One letter alone before a
# closing bracket, then more of its word; an insertion of a whole name ("[Jane Doe] is
# right") and a name with markup glued to it ("Jane Doe[bold]") stay.
_BRACKET_IN_A_WORD = re.compile(r"(?<!\w)\w\]\w")


def _drop_bracketed_letters(
    cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Leave out a name with a square bracket inside a word (`_BRACKET_IN_A_WORD`):
    a quoted word whose first letter an editor bracketed, no actor (filter
    "bracket inside a word")."""
    return _drop_names(cands, pairs, drops, "bracket inside a word",
                       lambda text: _BRACKET_IN_A_WORD.search(text) is not None)


def _drop_class_words(
    cands: list[_Cand], pairs: list[tuple[int, int]], full: str, drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Leave out the bare capitalised country class words, and "State" after a
    determiner or a possessive (`_STATE_CLASS_BEFORE`) when the article names
    no "State of <name>" (`_STATE_OF_NAME`), whose short form it is (filter
    "country class word"); where it names one, such a "State" is a place,
    whatever spaCy tagged it (typing rule "short form of a state"), and the
    partial-name pass joins it to the one "State of <name>"."""
    cands, pairs = _drop_names(cands, pairs, drops, "country class word", _COUNTRY_CLASS_WORDS.__contains__)
    if any(c.text.startswith("State ") for c in cands) or _STATE_OF_NAME.search(full):
        for c in cands:  # "the State of Lyonesse ... this State": the short form of that name
            if c.text == "State" and _STATE_CLASS_BEFORE.search(full, max(0, c.start - 8), c.start) is not None:
                c.cue, c.cue_rule = "GPE", "short form of a state"
        return cands, pairs
    return _drop_where(cands, pairs, drops, "country class word", lambda c: (
        c.text == "State" and _STATE_CLASS_BEFORE.search(full, max(0, c.start - 8), c.start) is not None))


# Last words of a period's name in history ("Middle Ages", "Bronze Age", "Gilded
# Age"), which spaCy tags as a place or an organisation: a time, not an actor.
_PERIOD_HEADS = frozenset({"Age", "Ages"})

# The words a street's name ends with, which a guide writes alone when it explains the
# street grid ("odd numbers go with Road, even ones with Lane"): one alone, or a list
# of them, is no name of a place.
_STREET_DESIGNATORS = frozenset({
    "Street", "Avenue", "Road", "Boulevard", "Lane", "Place", "Drive", "Terrace", "Parkway", "Highway",
})


def _period_name(text: str) -> bool:
    """Is `text` the name of a period of history: two words or more, the last in
    `_PERIOD_HEADS` ("Golden Age"; not "The Age" cut to "Age", a newspaper)?"""
    words = text.split()
    return len(words) > 1 and words[-1] in _PERIOD_HEADS


def _street_designators(text: str) -> bool:
    """Is `text` only street designators (`_STREET_DESIGNATORS`), alone or listed:
    "Avenue", "Place, Street", "Road or Lane"?"""
    words = text.replace(",", " ").split()
    return bool(words) and words[0] in _STREET_DESIGNATORS and words[-1] in _STREET_DESIGNATORS and all(
        w in _STREET_DESIGNATORS or w in ("and", "or") for w in words)


def _drop_periods_and_street_words(
    cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Leave out the names of periods of history that spaCy tags as an
    organisation or a place ("tools of the Bronze Age": filter "name of a
    period"; one tagged as an event or a work keeps its tag, and a person's name
    glued to the word "Age" of a form, "Name: Jane Doe Age: 41", stays), and street
    designators written alone, whatever their tag ("the grid mixes Road and
    Lane": filter "street designator")."""
    cands, pairs = _drop_where(cands, pairs, drops, "name of a period", lambda c: (
        c.label in _ACTOR_KINDS and c.label != "PERSON" and _period_name(c.text)
        and not is_given_name(c.text.split(" ", 1)[0])))
    return _drop_where(cands, pairs, drops, "street designator", lambda c: _street_designators(c.text))


# Names and abbreviations of months and weekdays, which open a date or a time that spaCy
# may tag as an event or a product ("born 2 March 1902", "Tue 10:15 am - 5 pm").
_CALENDAR_WORDS = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
})
_CLOCK_OR_NUMBER = re.compile(r"\d{1,4}(?:[:.]\d\d)?(?:st|nd|rd|th)?,?")


def _date_or_time(text: str) -> bool:
    """Is `text` a date or an opening time: a month or a weekday (`_CALENDAR_WORDS`,
    with or without its full stop) and only numbers or clock times after it
    ("March 1902", "Tue 10:15", "Fri. 7")?"""
    words = text.split()
    return len(words) > 1 and words[0].rstrip(".") in _CALENDAR_WORDS and all(
        _CLOCK_OR_NUMBER.fullmatch(w) for w in words[1:])


def _drop_dates(
    cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Leave out a date or a time spaCy took for a name, whatever its tag
    (`_date_or_time`: "born 2 March 1902", "open Tue 10:15 am"): when, not who
    (filter "date or time")."""
    return _drop_names(cands, pairs, drops, "date or time", _date_or_time)


# A capitalised word and "of" or "in (the)" right before a name: "Game of X", "Ghost in the X".
_INSIDE_OF = re.compile(r"([A-Z][\w'’-]*) (?:of|in) (?:the )?$")

# Words before "of" that make the name after it a body, a place or an office's
# domain rather than a title's last word ("Leader of the Opposition", "Bank of X").
_NOT_TITLE_LEADS = _HONORIFICS | frozenset(_ADDRESS_OFFICES) | _ORGANISATION_HEADS | _INSTITUTION_WORDS


def _drop_title_tails(
    cands: list[_Cand], pairs: list[tuple[int, int]], full: str, drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Game of Harps", "Ghost in the Lantern": spaCy tags the last word of a
    title in title case alone. A one-word name tagged an organisation or a
    building, or untyped, that the text writes twice or more, each time after the
    same capitalised word and "of" or "in (the)" (`_INSIDE_OF`), is the tail of a
    longer name, not a name of its own (filter "last word of a longer name"). Not
    after a title, an office or the head of an organisation's name
    (`_NOT_TITLE_LEADS`: "Leader of the Opposition", "University of X"), and never
    a person, a place, a given name or a word in capitals. One search of the text
    for each such name."""
    seen: dict[str, bool] = {}

    def gone(c: _Cand) -> bool:
        if c.label not in ("ORG", "FAC", None) or " " in c.text or c.text.isupper() or is_given_name(c.text):
            return False
        m = _INSIDE_OF.search(full, max(0, c.start - 40), c.start)
        if m is None or m.group(1) in _NOT_TITLE_LEADS:
            return False
        if c.text not in seen:
            lead = m.group(0)
            at = [o.start() for o in re.finditer(r"(?<![\w-])" + re.escape(c.text) + r"(?![\w-])", full)]
            seen[c.text] = len(at) > 1 and all(full[max(0, a - len(lead)) : a] == lead for a in at)
        return seen[c.text]

    return _drop_where(cands, pairs, drops, "last word of a longer name", gone)


def _drop_names(
    cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None, rule: str,
    gone: Callable[[str], bool],
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Leave out every candidate whose name alone says it is no actor (`gone`),
    recording each such name once under filter `rule`."""
    keep = [i for i, c in enumerate(cands) if not gone(c.text)]
    if len(keep) == len(cands):
        return cands, pairs
    if drops is not None:
        drops.extend(Drop(rule, t) for t in sorted({c.text for c in cands if gone(c.text)}))
    return _keep_only(cands, pairs, keep)


# Head words of the names of awards and of goals set by a body: "Acme Prize", "Doe Memorial
# Award", "Royal Gold Medal", "Doe Trophy", "Sustainable Harbour Goals". Not "Awards", which
# names the ceremony as often, an event that does things ("the Acme Music Awards honoured
# her"), nor "Program(me)", "Project", "Initiative", "Conference": those name bodies and
# their divisions as often ("World Food Programme", "Conference of Mayors").
_AWARD_HEADS = frozenset({"Prize", "Prizes", "Award", "Medal", "Medals", "Trophy", "Trophies", "Goals"})

# Words after which the head of a name ends: "Medal of Honor", "Prize for Composition".
_AWARD_CUT = frozenset({"of", "for", "in"})


# Words after "Best" that make a category of an award, which spaCy tags as an
# organisation or a person ("she was up for Best Actress twice", "won Best Picture");
# a closed class of the arts' and media's categories. Not "Best Buy", "Best Western".
_AWARD_CATEGORY_WORDS = frozenset({
    "Actor", "Actress", "Director", "Picture", "Film", "Album", "Song", "Score", "Screenplay", "Documentary",
    "Series", "Newcomer", "Performance", "Supporting", "Original", "Foreign", "Animated", "Adapted",
    "Cinematography", "Musical", "Novel", "Comedy", "Drama", "Male", "Female", "New", "Short",
})


def _award_name(text: str) -> bool:
    """Is `text` the name of an award or a set of goals: its head (its last word, or
    the word before "of", "for", "in": "Nobel Prize in Economics") in _AWARD_HEADS,
    or a category of one ("Best Actor", "Best Supporting Actress": `_AWARD_CATEGORY_WORDS`)?"""
    words = text.split()
    if len(words) > 1 and words[0] == "Best" and words[1] in _AWARD_CATEGORY_WORDS:
        return True
    cut = next((k for k, w in enumerate(words) if k and w in _AWARD_CUT), len(words))
    return words[cut - 1] in _AWARD_HEADS if cut else False


def _drop_awards(
    cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"won the Acme Prize", "the Doe Medal of Honor": an award, which spaCy often
    tags as an organisation or a person, is what an actor wins, not an actor
    (filter "name of an award"). The acronym of the body that gives it stays, as
    an organisation ("the ACFA Award for Best Actress": "ACFA"). Titles of works,
    events and laws keep their tags."""
    # (its own loop, not `_drop_where`: an award kept as its giver's acronym is recorded
    # as dropped, yet stays, rewritten, which a keep-or-drop test cannot say)
    keep: list[int] = []
    dropped: list[str] = []
    for i, c in enumerate(cands):
        if c.label not in _ACTOR_KINDS or not _award_name(c.text):
            keep.append(i)
            continue
        dropped.append(c.text)
        first = c.text.split(" ", 1)[0]
        if first != c.text and _is_acronym(first) and first.isupper() and not is_country(first):
            c.text, c.end, c.label, c.title_start = first, c.start + len(first), "ORG", c.start
            keep.append(i)
    if not dropped:
        return cands, pairs
    if drops is not None:
        drops.extend(Drop("name of an award", t) for t in dropped)
    return _keep_only(cands, pairs, keep)


def _drop_headline_common_words(
    doc: Doc, cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Poll Finds Voters Want Change", "Donations Slipped Through the Cracks":
    a headline or heading in title case capitalises every word, and spaCy tags
    some of them as names. A name on such a line (`tokens._headline`) whose
    every word the article writes in lowercase too ("change", "cracks"; or
    another form of it: "Teachers Say" beside "teacher" and "said"), and which
    is written nowhere but on such lines, is common words, not a name (filter "common words in a headline").
    A name the body repeats ("Freedom Caucus"), a word written in capitals, a
    given name, a country and a place tagged so that the gazetteer knows
    ("Reading") stay."""
    full = text_of(doc)
    lower_words = lower_case_words(doc)

    def written_lower(word: str) -> bool:
        """Is `word` written in lower case in the article, or an inflection of
        a word it writes so ("Teachers", "Says" beside "teacher", "said")?"""
        low = word.lower()
        if low in lower_words:
            return True
        bases = {low}
        if low.endswith("ies"):
            bases.add(low[:-3] + "y")
        elif low.endswith("es"):
            bases |= {low[:-2], low[:-1]}
        elif low.endswith("s") and not low.endswith("ss"):
            bases.add(low[:-1])
        return bool(bases & lower_case_lemmas(doc))
    line_title: dict[int, bool] = {}

    def title_line(at: int) -> bool:
        return _headline(full, at, line_title)

    def gone(c: _Cand) -> bool:
        if c.label not in _ACTOR_KINDS or not title_line(c.start):
            return False  # (the cheap tests first: most names stand on no headline)
        content = [w for w in _WORD.findall(c.text) if w.lower() not in _TITLE_FUNCTION_WORDS]
        return not (
            not content
            or any(w.isupper() or not written_lower(w) for w in content)
            or is_given_name(content[0]) or is_country(c.text) or c.label in ("GPE", "LOC") and is_town(c.text)
            or any(not title_line(m.start()) for m in re.finditer(r"(?<![\w-])" + re.escape(c.text) + r"(?![\w-])", full))
        )

    return _drop_where(cands, pairs, drops, "common words in a headline", gone)


# Words for a mother, a father or a grandparent, and forms of address, that a letter or a
# transcript capitalises when it calls someone by them ("Mum, got your note", "Counselor,
# are you ready?") and spaCy then tags as a name: a closed class of words, none an
# actor's name on its own. Not "Ma", "Pa" or "Nana", which are also names.
_KIN_ADDRESS_WORDS = frozenset({
    "mum", "mom", "mommy", "mummy", "dad", "daddy", "mama", "mamma", "papa", "grandma", "grandpa", "granny",
})
_ADDRESS_WORDS = _KIN_ADDRESS_WORDS | {"sir", "madam", "counselor", "counsellor"}
# A letter's salutation: the word of address alone on its line, after "Dear" or not, with
# a comma, a colon or nothing after it ("Mum,", "Dear Dad:"). A kin word there names the
# one the letter is written to, whom its "you" means: an actor. ("Sir," and "Madam," there
# name no one the letter does not name already.)
_SALUTATION_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[Mm]y )?(?:[Dd]ear|[Dd]earest) )?$")
_SALUTATION_AFTER = re.compile(r"[,:!]?[ \t]*(?:\n|$)")
# An honorific and an office said to its holder ("Madam Chair,", "Mr. President."): a form of
# address (the same shape as `descriptions.OFFICE_ADDRESS`), never an actor of its own; the
# description stage makes it a mention of the office holder when the text says who that is.
_OFFICE_ADDRESS_NAME = re.compile(
    r"(?:Mr\.?|Mister|Madam|Madame|Mrs\.?) (?:" + "|".join(sorted(_ADDRESS_OFFICES, key=len, reverse=True)) + r")")

# What stands before and after a word said to the one addressed: a line or sentence
# start or a comma before, a comma or the sentence's end after ("Mum,", "Thank you, Sir.").
_BEFORE_ADDRESS = re.compile(r"(?:^|\n|[.!?,;:][\"”’)]? +)$")
_AFTER_ADDRESS = re.compile(r"[,.!?;:]")


def _drop_address_words(
    cands: list[_Cand], pairs: list[tuple[int, int]], full: str, drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Mum, got your note", "Thank you, Counselor.": a word of
    address (`_ADDRESS_WORDS`) said to someone, set off by a line start, a
    sentence start or a comma before it and by a comma or the sentence's end
    after it, is not a name (filter "word of address"). Used of someone ("I
    asked Mom, and Mom said no") it stays what spaCy made of it, and so does
    one written in capitals. An honorific and an office said so ("Thank you,
    Madam Chair.", `_OFFICE_ADDRESS_NAME`) goes the same way: `vocative_titles`
    links it to the office holder. A kin word that is a letter's salutation
    ("Mum,\n\nGot your note", "Dear Dad,": `_SALUTATION_BEFORE`, `_SALUTATION_AFTER`)
    stays: it names the letter's addressee, the one its "you" means."""
    def salutation(c: _Cand) -> bool:
        return bool(
            c.text.lower() in _KIN_ADDRESS_WORDS and _SALUTATION_AFTER.match(full, c.end)
            and _SALUTATION_BEFORE.search(full, max(0, c.start - 16), c.start)
        )

    def gone(c: _Cand) -> bool:
        return bool(
            (c.text.lower() in _ADDRESS_WORDS and not c.text.isupper() or _OFFICE_ADDRESS_NAME.fullmatch(c.text))
            and _AFTER_ADDRESS.match(full, c.end)
            and _BEFORE_ADDRESS.search(full, max(0, c.start - 4), c.start)
            and not salutation(c)
        )

    return _drop_where(cands, pairs, drops, "word of address", gone)


# A section number opening a heading: "2. ", "2.1. ", "3.2.1 " (a dot after each level but
# the last is optional; one level needs its dot: "4 Main Street" is an address).
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.? |\d{1,2}\. ")


def _drop_section_heading_names(
    cands: list[_Cand], pairs: list[tuple[int, int]], full: str, drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"2. Open Harbour Economics: Foundations and Uses", "2.1. Open Harbour
    Economics, Tolls, and Trust": the title-case words of a numbered section
    heading (a line opening with a section number, `_SECTION_NUMBER`, in title
    case: `tokens._headline`) name the section's topic, and spaCy tags them as an
    organisation. Such a name written nowhere but on numbered headings is no
    actor (filter "name in a numbered heading"). A person's tag or a given name
    ("1. Jane Doe (last week: 2)"), a place tagged so, a country or known town, and
    a word in capitals stay."""
    line_title: dict[int, bool] = {}

    def numbered_heading(at: int) -> bool:
        ls = full.rfind("\n", 0, at) + 1
        return _SECTION_NUMBER.match(full, ls) is not None and _headline(full, at, line_title)

    def gone(c: _Cand) -> bool:
        return not (
            c.label not in ("ORG", "FAC", None) or c.text.isupper() or not numbered_heading(c.start)
            or is_given_name(c.text.split(" ", 1)[0]) or _known_place(c.text)
            or any(not numbered_heading(m.start()) for m in re.finditer(r"(?<![\w-])" + re.escape(c.text) + r"(?![\w-])", full))
        )

    return _drop_where(cands, pairs, drops, "name in a numbered heading", gone)


# Singular nouns for a kind of animal or plant, a closed class: the head a guide or a
# naturalist capitalises in a species' or breed's name ("the Grey Seal", "the Marsh
# Harrier Hawk", "a rare Lantern Tree"). No fruit: a town's nickname is one as often.
_LIVING_KINDS = frozenset("""
tern porpoise shark whale dolphin eagle hawk owl gull heron crab otter seal fox wolf bear deer shrew bat frog
toad snake lizard turtle tortoise beetle butterfly moth bee spider trout salmon oak pine fern orchid lily palm
cactus pheasant duck goose swan finch sparrow robin warbler parrot penguin crane stork ibis pelican cormorant
puffin tiger lion leopard cheetah monkey gorilla elephant rhino hippo pony terrier retriever spaniel hound boar
rabbit hare squirrel beaver moose elk bison buffalo lynx badger weasel vole hedgehog kingfisher woodpecker
pigeon dove crow raven magpie wren lark thrush starling swallow plover sandpiper curlew grouse quail partridge
vulture falcon harrier kestrel buzzard condor albatross petrel gannet egret bittern grebe ostrich lobster oyster
squid octopus jellyfish eel pike perch carp tuna mackerel herring orca walrus manatee sloth armadillo
kangaroo koala wombat possum raccoon skunk coyote jackal hyena zebra giraffe camel llama yak antelope gazelle
ibex iguana gecko python cobra viper crocodile alligator salamander newt snail wasp hornet dragonfly
grasshopper locust tree shrub willow birch maple cedar cypress fir spruce elm beech yew larch poplar
sycamore
""".split())

# A species' name: two or three capitalised words, the last a kind of living thing.
_SPECIES_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def _drop_species_names(
    doc: Doc, cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"the best known is the Grey Seal, which ...", "a very rare Lantern Tree.":
    a guide capitalises the name of a species or a breed, and spaCy tags
    it a place, a body or a person. Two or three capitalised words whose last is
    a kind of animal or plant (`_LIVING_KINDS`), after "the", "a" or "an" or a
    lower-case adjective and ending a clause (a comma, a full stop, a line's
    end) are a kind of thing, not an actor (filter "species name"). Not a name
    opening with a given name ("Jane Crow"), not one a noun follows ("the Blue
    Heron restaurant"), not "the" after a preposition ("drinks at the Red Lion.",
    an inn's name, wherever the text writes it) nor after a capitalised word ("AKA
    Night Owl,")."""
    full = text_of(doc)
    cols = table(doc)

    def kind_here(c: _Cand) -> bool:
        if c.end < len(full) and full[c.end] not in ",.;:!?)\n":
            return False
        span = doc.char_span(c.start, c.end)
        if span is None or span.start == 0:
            return False
        i = span.start - 1
        if cols.lowers[i] in ("the", "a", "an") and cols.words[i].islower():
            return i == 0 or cols.pos[i - 1] != "ADP"
        return cols.pos[i] == "ADJ" and cols.words[i].islower()

    def shaped(c: _Cand) -> bool:
        return bool(
            c.label in _ACTOR_KINDS and c.text.rsplit(" ", 1)[-1].lower() in _LIVING_KINDS
            and _SPECIES_NAME.fullmatch(c.text) is not None and not is_given_name(c.text.split(" ", 1)[0])
        )

    # a name written once where an inn's stands ("at the Red Lion.") is a name everywhere
    return _drop_where_every_mention(cands, pairs, drops, "species name", shaped, kind_here)


# "<Word> of the" or "<Word> from the" right before a one-word name: a title's words in
# title case ("a thriller, Lamps of the Harbour,", "his Letters from the Marsh").
_TITLE_PIECE_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) (?:of|from) the $")
# What may stand before that title's first word: a lower-case word, a comma or an opening
# quotation mark after a space, never a sentence's or a line's start ("Most of the X").
_TITLE_PIECE_LEAD = re.compile(r'(?:(?<![A-Za-z])[a-z]+|,|[ (]["“‘])[ ]?$')
# Its first word names no body, office or person's role ("Leader of the Opposition",
# "Bank of the Ozarks", "Church of the Nativity"): then the name after "the" is one.
_TITLE_PIECE_NOT_FIRST = _ORGANISATION_HEADS | _INSTITUTION_WORDS | _FAC_HEADS | _HONORIFICS | frozenset(
    w for office in _ADDRESS_OFFICES for w in office.split()) | {w.capitalize() for w in _PERSON_ROLES}
# Nor is the name a body's or a building's head word ("six Members of the Assembly":
# the chamber) or a natural feature's ("the Law of the Sea": a longer name's own word).
_TITLE_PIECE_NOT_LAST = _ORGANISATION_HEADS | _FAC_HEADS | _STATE_HEADS | _LOC_LAST | {"House", "Chamber", "Crown"}
# spaCy's tags of a first word that is no name of an actor: none, or a work's or a thing's
# ("Flight" of a film's title tagged a work of art).
_TITLE_PIECE_FIRST_TAGS = frozenset({"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _drop_title_pieces(
    doc: Doc, cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"the thriller Lamps of the Harbour", "my favourite is Letters from the
    Marsh": a one-word name after a capitalised common word (one the text also
    writes in lower case) and "of the" or "from the", mid-sentence, is the last
    word of a title in title case that spaCy tagged alone, a place or a body it
    is not (filter "piece of a title"), when every place the text writes it is
    such. Not after a body's, building's or office's word or a person's role
    ("Leader of the Opposition", "Secretary of the Navy"), not a body's,
    building's or natural feature's head word ("six Members of the Assembly",
    "the Treaty of the Sea"), not a country or a town of
    the gazetteer, not on a title-case headline, not when the first word
    opens a sentence or a line ("Most of the Doelanders")."""
    full = text_of(doc)
    cols = table(doc)
    lower_words = lower_case_words(doc)
    line_title: dict[int, bool] = {}

    def piece_here(c: _Cand) -> bool:
        m = _TITLE_PIECE_BEFORE.search(full, max(0, c.start - 40), c.start)
        if m is None or _TITLE_PIECE_LEAD.search(full, max(0, m.start() - 30), m.start()) is None:
            return False
        first = m.group(1)
        if first in _TITLE_PIECE_NOT_FIRST or is_given_name(first):
            return False
        if first.lower() in lower_words:
            return True
        span = doc.char_span(m.start(1), m.end(1))
        return span is not None and cols.ent_types[span.start] in _TITLE_PIECE_FIRST_TAGS

    def shaped(c: _Cand) -> bool:
        return bool(
            c.label in _ACTOR_KINDS and c.text.isalpha() and c.text[:1].isupper() and c.text[1:].islower()
            and not _known_place(c.text) and c.text not in _TITLE_PIECE_NOT_LAST
        )

    def here(c: _Cand) -> bool:
        return piece_here(c) and not _headline(full, c.start, line_title)

    return _drop_where_every_mention(cands, pairs, drops, "piece of a title", shaped, here)


# What follows a title's first word: "of", "from" and their like, an article perhaps, and
# a capitalised word ("In Lamps from the Harbour", "reissuing Lamps of Lyonesse").
_TITLE_OPENER_AFTER = re.compile(r" (?:of|from|for|in|on|with|at|and) (?:the |a |an )?[A-Z][a-z]")
_COMPASS_NAMES = frozenset({"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Midwest"})


def _drop_title_openers(
    doc: Doc, cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"In Lamps from the Harbour, she ...", "a book, Nature and Origin of
    Things": a one-word name that is a common word the text also writes in
    lower case, every mention of it followed by "of", "from", "and" or a like
    word and a capitalised word, is the first word of a title or of a longer
    name that spaCy tagged alone, no actor (filter "first word of a title").
    Not a body's, building's or office's word or a person's role ("Council of
    Lyonesse said", "Bank of Lyonesse": the longer name is one), not a given
    name ("Jane and John"), a compass point ("the North and Acme"), a
    country or a town of the gazetteer, nor after a capitalised "The" (a
    paper's name: "told The Lamp and Anchor")."""
    full = text_of(doc)
    lower_words = lower_case_words(doc)

    def shaped(c: _Cand) -> bool:
        return bool(
            c.label in _ACTOR_KINDS and c.text.isalpha() and c.text[:1].isupper() and c.text[1:].islower()
            and c.text.lower() in lower_words and c.text not in _TITLE_PIECE_NOT_FIRST
            and c.text not in _COMPASS_NAMES and not is_given_name(c.text)
            and not _known_place(c.text)
        )

    def here(c: _Cand) -> bool:
        return _TITLE_OPENER_AFTER.match(full, c.end) is not None and full[max(0, c.start - 4):c.start] != "The "

    return _drop_where_every_mention(cands, pairs, drops, "first word of a title", shaped, here)


# A subtitle up to a name: a capitalised word and a colon, then a capitalised article,
# possessive or question word and more title-case or function words ("Lamps: Their Making
# and ", "Harbour Lights: How the Tide ", "Doe Mysteries: A "). Searched in the 80
# characters before the name, on its line. Not across "by": the title ends at its author.
_SUBTITLE_BEFORE = re.compile(
    r"[A-Z][\w'’-]*: (?:A|An|The|Its|His|Her|Their|How|Why|What|When|Where)"
    r"(?:,? (?:[A-Z][\w'’-]*|of|and|the|to|from|in|for|a|an|on|with|at))*?,? $"
)
# A preposition of place right before a name: "of ", "in ", "from ".
_PLACE_WORD_BEFORE = re.compile(r"\b(?:of|in|at|from|to) $")
# What may follow a title's last word: a mark, a bracket, the line's end, or a word that
# joins the title to the sentence ("... Origin (1922)", "... Vengeance and co-starred");
# not a common word the title-case run names ("Doe: A Roe Institute poll found").
_SUBTITLE_AFTER = re.compile(r"[ \t]*(?:[,.;:!?()\[\]\"'“”‘’\n]|$|(?:and|or|by|in|from|is|was)\b)")


def _drop_subtitle_words(
    doc: Doc, cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"his book Lamps: Their Making and Mending (1922)", "the series Doe Mysteries: A
    Quiet Harbour and ...": a name ending a subtitle in title case, mid-text, is
    a word of the work's title spaCy tagged alone, no actor (filter "subtitle of a work"),
    when every mention of it stands so. Not on a headline or a heading (a headline's
    "Doe: How Roe Won" names people), not a given name ("... With Jane") nor a name of
    several words spaCy tags a person's ("... of Tom Varnholt"), not a country or a
    town of the gazetteer, nor a name tagged a place after "of", "in", "at", "from" or "to"
    ("The Untold Story of Lyonesse": a place inside a title is one)."""
    full = text_of(doc)
    line_title: dict[int, bool] = {}

    def shaped(c: _Cand) -> bool:
        return bool(
            c.label in _ACTOR_KINDS and c.text[:1].isupper() and not is_given_name(c.text.split()[0])
            and not (c.label == "PERSON" and " " in c.text) and not _known_place(c.text)
        )

    def here(c: _Cand) -> bool:
        line_start = full.rfind("\n", max(0, c.start - 80), c.start) + 1  # only the 80 characters read below
        if c.label in ("GPE", "LOC") and _PLACE_WORD_BEFORE.search(full, max(line_start, c.start - 6), c.start):
            return False  # "The Untold Story of Lyonesse": a place inside a title is one
        return _SUBTITLE_BEFORE.search(full, max(line_start, c.start - 80), c.start) is not None \
            and _SUBTITLE_AFTER.match(full, c.end) is not None and not _headline(full, c.start, line_title)

    return _drop_where_every_mention(cands, pairs, drops, "subtitle of a work", shaped, here)


# A possessive right after a name: "Jane Doe's " or "Jane Doe’s ".
_OWNER_MARKS = ("'s ", "’s ")
# Words of a body, a firm, a building, a state or a natural feature in a name after a
# person's possessive ("Jane Doe's White House", "John Roe's Acme Foundation"): the
# name is that of something the person runs, leads or lives in, an actor.
_WORK_OWNER_NOT = _TITLE_PIECE_NOT_FIRST | _TITLE_PIECE_NOT_LAST | _FAC_LAST | _COMPANY_WORDS


def _drop_owned_works(
    cands: list[_Cand], pairs: list[tuple[int, int]], full: str, drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Jane Doe's Lamplight", "after John Roe's La Nuit Longue": a name right
    after the possessive of a person named by two words or more is
    what that person made, a work, not an actor (filter "work of a named
    person"), when every place the text writes it is such. Not a name holding
    a body's, firm's or building's word ("Jane Doe's Acme Foundation", "John
    Roe's White House": `_WORK_OWNER_NOT`), an
    acronym, a name opening with a given name ("Jane Doe's Maria", "Jane Doe's
    John Roe"), a country or a town of the gazetteer, nor a name spaCy tags a
    place or a group; not after a name of one word ("Doe's Lamplight": more
    often a firm's or a paper's than a person's). The owner is a person by
    spaCy's tag or by a typing cue: "Jean Doe's" tagged a body is a person's
    name by its given name."""
    owners = {c.end for c in cands if "PERSON" in (c.label, c.cue) and " " in c.text}
    if not owners:
        return cands, pairs

    def shaped(c: _Cand) -> bool:
        words = c.text.split()
        return bool(
            c.label in ("ORG", "PERSON", "FAC", None) and not _is_acronym(c.text)
            and not any(w in _WORK_OWNER_NOT for w in words)
            and not _given_name(words[0]) and not _known_place(c.text)
        )

    def here(c: _Cand) -> bool:
        return full[c.start - 3:c.start] in _OWNER_MARKS and c.start - 3 in owners

    return _drop_where_every_mention(cands, pairs, drops, "work of a named person", shaped, here)


def _drop_where_every_mention(
    cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None, rule: str,
    shaped: Callable[[_Cand], bool], here: Callable[[_Cand], bool],
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Leave out, under filter `rule`, every mention of a name some candidate of
    the right shape (`shaped`) bears, unless a mention of it anywhere stands where
    `here` says it is no such thing: one mention out of place keeps the name
    everywhere (serves "species name" and "piece of a title")."""
    names = {c.text for c in cands if shaped(c)}
    if not names:
        return cands, pairs
    names -= {c.text for c in cands if c.text in names and not here(c)}
    return _drop_where(cands, pairs, drops, rule, lambda c: c.text in names)


def _drop_where(
    cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None, rule: str,
    gone: Callable[[_Cand], bool],
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Leave out every candidate `gone` says is no actor where it stands (a test of
    its place, not only of its name: cf. `_drop_names`), recording each one, in
    order, under filter `rule`."""
    keep: list[int] = []
    dropped: list[str] = []
    for i, c in enumerate(cands):
        if gone(c):
            dropped.append(c.text)
        else:
            keep.append(i)
    if not dropped:
        return cands, pairs
    if drops is not None:
        drops.extend(Drop(rule, t) for t in dropped)
    return _keep_only(cands, pairs, keep)


def _keep_only(cands: list, pairs: list[tuple[int, int]], keep: list[int]) -> tuple[list, list[tuple[int, int]]]:
    """The candidates at `keep` (in order), with the pairs between them re-indexed."""
    new_index = {old: new for new, old in enumerate(keep)}
    return [cands[i] for i in keep], [(new_index[a], new_index[b]) for a, b in pairs if a in new_index and b in new_index]
