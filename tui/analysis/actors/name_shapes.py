"""What a name's own words say: normal forms, given names, initials, suffixes, names of organisations,
buildings and natural features, codes, concepts and degrees."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from ..first_names import is_given_name
from .words import (
    _ADDRESS_HEADS, _COMPANY_WORDS, _FAC_HEADS, _FAC_LAST, _FAC_LAST_NOT_SURNAME, _FAC_LAST_RARE_SURNAME,
    _INSTITUTION_WORDS, _NUMBERED_ROAD_WORDS,
    _NAME_FUNCTION_WORDS, _NAME_WORD, _ORG_HEADS, _ORGANISATION_HEADS, _SUFFIXES,
)


# Last words of a name that make it a natural feature or a region (LOC in OntoNotes):
# "Lake Doe", "the Doe Sea". Some are surnames too ("Ana Lake", "Tom Rivers" is not
# one, "Tom River" may be) and do not retype a person; islands and bays can be
# places with a government ("Solomon Islands", a city on a bay), so they do not
# retype a name spaCy calls a GPE.
_LOC_LAST = frozenset({
    "Ocean", "Sea", "River", "Lake", "Mountains", "Mountain", "Peninsula", "Desert", "Strait", "Straits",
    "Canyon", "Glacier", "Valley", "Gulf", "Forest", "Highlands", "Alps", "Island", "Islands", "Bay",
})

_LOC_SURNAMES = frozenset({"River", "Lake", "Valley", "Gulf", "Forest", "Bay", "Mountain"})

_LOC_NOT_FOR_GPE = frozenset({"Islands", "Bay"})

# First words of a two-word name of a natural feature: "Mount Doe", "Lake Doe".
_LOC_FIRST = frozenset({"Mount", "Lake", "Isle"})


# Plural last words of a group of natural features that the group's short form
# drops, making the first word plural: "the Marrows" for "Marrow Islands", "the
# Fennies" for "Fenny Hills" (`_plural_short_form`).
_PLURAL_FEATURES = frozenset({"Islands", "Isles", "Mountains", "Hills", "Highlands"})


def _plural_short_form(word: str) -> str:
    """The plural a group of features' short form makes of its first word: "Marrows"
    of "Marrow", "Fennies" of "Fenny"."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _feature_group_short_form(words: Sequence[str]) -> str | None:
    """The plural short form of a group of features of two words ("Marrows" of
    "Marrow Islands"), None for any other name."""
    return _plural_short_form(words[0]) if len(words) == 2 and words[1] in _PLURAL_FEATURES else None


def _plural_short_form_of(short: str, long: str) -> bool:
    """Is `short` the plural short form of the group of features `long` ("Marrows" of "Marrow Islands")?"""
    return short == _feature_group_short_form(long.split())


# Organisation heads that also end names of states ("Soviet Union", "Russian Federation").
_STATE_HEADS = frozenset({"Union", "Federation", "Government", "Assembly", "Congress", "Parliament", "Senate"})


# Head words of diseases, which spaCy often tags ORG ("Coastal Respiratory Syndrome").
_DISEASE_HEADS = frozenset({
    "Syndrome", "Disease", "Fever", "Flu", "Influenza", "Virus", "Coronavirus", "Pandemic", "Epidemic",
})


_DOTTED = re.compile(r"\b[A-Za-z](?:\. ?[A-Za-z])+\b\.?")  # "U.S.", "U. S.", "U.S" (its last dot read as a full stop)


@lru_cache(maxsize=4096)  # asked of every name form again and again by the clustering passes
def _key(text: str) -> str:
    """Normalised name for exact matching: curly apostrophes, spaces, accents
    ("Yucatán" -> "Yucatan": a text often writes a name both ways), dotted
    abbreviations ("U.S." -> "US"), an editor's square brackets ("[Jane] Doe" -> "Jane Doe")."""
    if "[" in text:
        text = text.replace("[", "").replace("]", "")
    text = _strip_accents(" ".join(text.replace("’", "'").split()))
    return _DOTTED.sub(lambda m: m.group(0).replace(".", "").replace(" ", ""), text)


def _strip_accents(text: str) -> str:
    """`text` without its accents ("Gérard" -> "Gerard")."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


# (the name-shape tests below are asked of every name form by several stages, each a
# function of the one string: their answers are kept, as `_key`'s)
@lru_cache(maxsize=4096)
def _is_name_like(text: str) -> bool:
    if len(text) < 2 or not text[0].isupper() and not text[0].isdigit():
        return False
    if text.isalpha():
        return True  # (most names: a capital and two letters or more, without a walk over the letters)
    if not any(c.isupper() for c in text):
        return False
    letters = sum(c.isalpha() for c in text)
    return letters >= 2


@lru_cache(maxsize=4096)
def _given_name(word: str) -> bool:
    """A given name of the table in `first_names`, also with accents ("Gérard")
    or as the first part of a double name ("Jean-Pierre", "Pierre-Simon")."""
    return is_given_name(_strip_accents(word.split("-")[0]))


@lru_cache(maxsize=4096)
def _given_and_family_name(text: str) -> bool:
    """"Jennifer Roe", "Marco T. Berg": a person's name in shape (`_full_name_shape`)
    whose first word is a given name of the table in `first_names`."""
    words = text.split()
    return _full_name_shape(text) and _given_name(words[0])


@lru_cache(maxsize=4096)
def _full_name_shape(text: str) -> bool:
    """Is `text` shaped like a person's full name: two or three capitalised words
    ("Drea Voss", "Marco T. Berg"), none in capitals ("Acme CEO"), none a head word
    of an institution, a firm, a building or a street ("Victoria Street", "Charles
    University", "Bexley News")?"""
    words = text.split()
    return (
        2 <= len(words) <= 3 and words[0][-1] != "." and all(_NAME_WORD.fullmatch(w) for w in words)
        and words[0].lower() not in _NAME_FUNCTION_WORDS  # "Al Varna" is the article "al"
        and not any(
            w in _ORG_HEADS or w in _FAC_HEADS or w in _FAC_LAST or w in _ADDRESS_HEADS or w in _COMPANY_WORDS
            or w in _PLACE_NAME_WORDS for w in words
        )
    )


# Words that end names of towns and counties ("Mason City", "Scott County", "Pearl Harbor").
_PLACE_NAME_WORDS = frozenset({
    "City", "County", "Harbor", "Harbour", "Township", "Borough", "Province", "Village",
})


def _person_shaped(text: str, lower_words: set[str]) -> bool:
    """Can `text` be a person's name by its shape: a full name (`_full_name_shape`), or
    one capitalised word ("Doe") that is no acronym ("AP"), no plural ("Latinos",
    "Caesars"), no head word of an organisation's name ("Congress", "Foods") and no
    word the article also writes in lower case ("House" beside "the house")?"""
    words = text.split()
    if len(words) > 1:
        return _full_name_shape(text) and not any(w in _ORGANISATION_HEADS for w in words)
    word = words[0]
    return (
        bool(_NAME_WORD.fullmatch(word)) and "-" not in word and not word.endswith("s")
        and word not in _ORGANISATION_HEADS and word not in _COMPANY_WORDS and word.lower() not in lower_words
    )


def _year(word: str) -> bool:
    return len(word) >= 4 and word[:4].isdigit() and (len(word) == 4 or word[4:].isalpha() and len(word) == 5)


def _is_code_or_disease(text: str) -> bool:
    """"XR-19", "VX-2B", "Coastal Respiratory Syndrome": a code of
    letters and digits joined by hyphens, or a name whose head is a disease, is
    no organisation, person or place."""
    if " " not in text and "-" in text and any(c.isdigit() for c in text):
        return True
    return text.split()[-1] in _DISEASE_HEADS


def _weight(label: str, n_words: int) -> int:
    """Vote weight of one typed name: longer names are tagged more reliably, and
    a multi-word PERSON tag most of all (single surnames are often ORG or GPE)."""
    return n_words * n_words if label == "PERSON" else n_words


def _family(label: str | None) -> str:
    if label in ("GPE", "LOC", "FAC"):
        return "PLACE"
    return label or "?"


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() and w not in _SUFFIXES)


def _spells(parts: tuple[tuple[str, bool], ...], letters: str, skips: int) -> bool:
    """Do the words `parts` (each its upper-cased initial and whether it is
    capitalised) spell `letters` in order: every capitalised word gives its
    initial but at most `skips` of them after the first, a lower-case word may
    or may not? The one initials search of `_abbreviates` and `_spelled_by`."""
    # the (letters spelled, skips left) reachable after each word, a set: a search of
    # every choice takes combinatorial time on a long name of lower-case words, and a
    # recursive one a frame per word (a hostile name of a thousand words)
    states = {(0, skips)}
    for i, (initial, capital) in enumerate(parts):
        after = set()
        for j, skip in states:
            if j < len(letters) and initial == letters[j]:
                after.add((j + 1, skip))
            if not capital:
                after.add((j, skip))
            elif skip > 0 and i > 0:
                after.add((j, skip - 1))
        if not after:
            return False
        states = after
    return any(j == len(letters) for j, _ in states)


def _abbreviates(short: str, words: tuple[str, ...]) -> bool:
    """Is `short` ("CoFTA", "ICS") an abbreviation of `words`: its capitals are
    the initials of the capitalised words, in order, starting with the first
    (any later capitalised word may be left out, a lower-case word gives none)?"""
    caps = "".join(c for c in short if c.isupper())
    ini = _initials(words)
    return bool(caps) and bool(ini) and len(caps) >= min(2, len(ini)) and _spells(
        tuple((c.upper(), True) for c in ini), caps, len(ini)
    )


def _spelled_by(name: str, acronym: str) -> bool:
    """Do the initials of `name`'s words spell `acronym` ("ACS", all capitals):
    every capitalised word gives its initial but at most one after the first (a
    name's last word an acronym leaves out: "Board of Ships and Harbours" for
    "BOS"), a lower-case word may or may not ("Institute into Tides" for "IIT",
    "Acme Radio instruments for Sea" for "ARS"); each piece of a hyphenated word
    counts as a word ("Passive-Active Sensor" for "PAS"), an "&" not at all?"""
    parts = tuple(
        (piece[0].upper(), piece[0].isupper()) for word in name.split() if word != "&" for piece in word.split("-") if piece
    )
    return bool(parts) and acronym.isupper() and _spells(parts, acronym, 1)


def _strip_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[:-1] if len(words) > 1 and words[-1] in _SUFFIXES else words


def _suffix(words: tuple[str, ...]) -> str | None:
    return words[-1].rstrip(".") if len(words) > 1 and words[-1] in _SUFFIXES else None


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


# Last words of the names of newspapers ("the Doeville Star", "Lyonesse Herald") and of
# a union of nations: spaCy takes a paper for a building or a town when it does not
# know it. A closed class of nameplate words, kept apart from _ORGANISATION_HEADS,
# which the clustering and the filters read too.
_PAPER_HEADS = frozenset({
    "Times", "Post", "Tribune", "Herald", "Chronicle", "Star", "Courier", "Examiner", "Inquirer", "Enquirer",
    "Observer", "Telegraph", "Dispatch", "Sentinel", "Bulletin", "Nations",
})

# The words of a newspaper's nameplate after the town or state it is named for ("the
# Doeville Daily News", "the Lyonesse Sun-Times", "Doeville Gazette"): the nameplate
# words above and a few a paper's name shares with other bodies' names, which only
# count right after a place's name, the longer name ending in one too.
_NAMEPLATE_WORDS = (_PAPER_HEADS - {"Nations"}) | frozenset({
    "Gazette", "Globe", "Journal", "News", "Sun", "Daily", "Register", "Ledger", "Bee",
})


def _organisation_name(words: list[str], label: str) -> bool:
    """"Varn Foundation", "Ministry of Tides", "Doe Airlines", "the Doeville Star": a
    name of two or more words whose head (its last word, or the word before "of") is
    a kind of organisation or a newspaper's nameplate word; a GPE tag keeps names of
    states ("Soviet Union"), a person's tag a given name in front ("Jane Press")."""
    if len(words) < 2:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head not in _ORGANISATION_HEADS and head not in _PAPER_HEADS or label == "GPE" and head in _STATE_HEADS:
        return False
    return not (label == "PERSON" and _given_name(words[0]))


def _natural_feature(words: list[str], label: str) -> bool:
    """"Doe River", "Lake Doe", "the Doe Islands": a name of two or more words whose
    last word is a kind of natural feature, or of two words whose first is; a
    person's name only yields to the heads no surname has, a GPE tag not to
    islands and bays (places with a government can be named so)."""
    if len(words) < 2:
        return False
    if len(words) == 2 and words[0] in _LOC_FIRST and label != "PERSON":
        return True
    last = words[-1].capitalize()  # "the Bohai sea"
    if last not in _LOC_LAST:
        return False
    return not (label == "PERSON" and last in _LOC_SURNAMES or label == "GPE" and last in _LOC_NOT_FOR_GPE)


def _facility_name(words: list[str], label: str) -> bool:
    """"Central Bus Station", "Acme Studio", "Riverside Park": a name of two or
    more words whose last is a kind of building or structure; "12 Elm Street":
    a street address with a house number. A name spaCy tags as a person's only
    yields to the heads no surname has, and to those few surnames have
    (`_FAC_LAST_RARE_SURNAME`) when its first word is no given name ("Doe
    Tower", "Acmeloans Arena": a building named after a family or a firm; "Tom
    Tower" stays a person, and so does "Doe Hall": Hall, Park, Street are common
    surnames); "Hwy 9", "State Route 9A": a numbered road (`_NUMBERED_ROAD_WORDS`
    before the number that ends the name; no person's name ends in a number)."""
    if len(words) < 2:
        return False
    if words[0].isdigit() and words[-1] in _ADDRESS_HEADS:
        return True
    if words[-2] in _NUMBERED_ROAD_WORDS and words[-1].rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").isdigit():
        return True  # "9", "9A": a number, maybe lettered
    if label != "PERSON":
        return words[-1] in _FAC_LAST
    return words[-1] in _FAC_LAST_NOT_SURNAME or words[-1] in _FAC_LAST_RARE_SURNAME and not _given_name(words[0]) \
        and words[0][:1].isupper() and not words[0].endswith(".")


def _verb_forms(word: str) -> tuple[str, ...]:
    """Lemmas a capitalised word of a headline may be an inflection of ("Wins"
    -> "win", "Pushes" -> "push", "Tries" -> "try", "Died" -> "die")."""
    low = word.lower()
    forms = [low]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("es"):
        forms.append(low[:-2])
    if low.endswith("s") and not low.endswith("ss"):
        forms.append(low[:-1])
    if low.endswith("ied"):
        forms.append(low[:-3] + "y")
    if low.endswith("ed"):
        forms.extend((low[:-2], low[:-1]))
    return tuple(forms)


@lru_cache(maxsize=4096)
def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and sum(ch.isupper() for ch in word) >= 2 and word.isalnum()


def _spells_lowercase_phrase(full: str, start: int, word: str) -> bool:
    """"sea surface temperature (SST)": the words before the bracket, written in
    lowercase, have the acronym's letters as their initials."""
    before = full[max(0, start - 120) : start].rstrip()
    if not before.endswith("("):
        return False
    words = re.findall(r"[A-Za-z]+", before[:-1].rsplit("\n", 1)[-1])
    letters = [ch.lower() for ch in word if ch.isupper()]
    n = len(letters)
    if n < 2 or len(words) < n:
        return False
    for k in (n, n + 1, n + 2):  # "of", "and" may sit inside the phrase
        tail = [w for w in words[-k:] if w.lower() not in ("of", "and", "the", "for", "in", "on", "to")]
        if len(tail) == n and [w[0].lower() for w in tail] == letters:
            return all(w.islower() for w in tail)
    return False


# Names of fields of study, theories and methods: "Frame Semantics", "New Institutional
# Economics", "Natural Language Processing" name ideas, not actors.
_FIELD_WORDS = frozenset({
    "economics", "semantics", "linguistics", "sociolinguistics", "psycholinguistics", "syntax", "grammar",
    "phonology", "phonetics", "morphology", "pragmatics", "deixis", "psychology", "sociology", "anthropology",
    "philosophy", "mathematics", "physics", "chemistry", "biology", "ecology", "statistics", "engineering",
    "informatics", "humanities", "counseling", "counselling", "ai",
})

# Heads of names of concepts and methods when the other words of the name are common
# words the article also writes in lowercase ("Geographic Information Systems",
# "Open Educational Resources (OER)"): not a company that merely ends so ("Acme Systems").
_CONCEPT_HEADS = _FIELD_WORDS | frozenset({
    "studies", "sciences", "processing", "framework", "analysis", "theory", "theories", "hypothesis", "principle",
    "principles", "method", "methods", "methodology", "equivalence", "paradigm", "technique", "techniques",
    "algorithm", "technology", "technologies", "systems", "system", "resources", "goals",
})

# Heads that name a field, a theory or a method and nothing else: with them a word the
# article never writes in lowercase may still be a plain adjective by its ending
# ("Analytic Syntax", "Descriptive Analysis of Words", "Behavioral Sciences"). Not the
# heads a company or a body ends with as often ("Acme Systems", "Lucent Technologies",
# "Natural Resources"), nor "economics" ("Capital Economics" is a firm).
_LEARNED_HEADS = (_FIELD_WORDS - {"economics", "engineering", "ai"}) | frozenset({
    "studies", "sciences", "analysis", "theory", "theories", "hypothesis", "principle", "principles",
    "method", "methods", "methodology", "equivalence", "paradigm",
})

# Endings of the adjectives of learned names: "analytic", "historical", "descriptive",
# "functional", "behavioral", "natural". Not a bare "-al" ("Capital", "General", "Royal").
_LEARNED_ADJECTIVE_ENDINGS = ("ic", "ical", "ive", "ional", "ural", "oral")

_CONCEPT_FUNCTION_WORDS = frozenset({"of", "for", "and", "in", "on", "under", "the", "to", "&"})

# Words that make a name an institution, a project or a place however general its head.
_CONCEPT_NOT = frozenset(w.lower() for w in _ORGANISATION_HEADS | _INSTITUTION_WORDS | _FAC_LAST) | {
    "center", "centre", "department", "faculty", "program", "programme", "project", "initiative", "office",
    "museum", "hospital", "clinic", "lab", "labs",
}


def _concept_name(text: str, lower_words: set[str]) -> bool:
    """A name of a field, theory, method or system of ideas in title case: its
    head ("Frame Semantics", "Descriptive Analysis of Words") is a field or a
    word for a concept, every other word is one the article writes in lowercase
    too, and no word makes it an institution ("Institute of Coastal Studies").
    A field's name alone ("Linguistics") is one as well."""
    words = text.split()
    low = [w.lower() for w in words]
    if any(w in _CONCEPT_NOT for w in low) or not words[0][:1].isupper():
        return False
    if len(words) == 1:
        return low[0] in _FIELD_WORDS
    cut = next((k for k, w in enumerate(low) if k and w in _CONCEPT_FUNCTION_WORDS), len(words))
    heads = {low[-1], low[cut - 1]}
    if not heads & _CONCEPT_HEADS:
        return False
    learned = bool(heads & _LEARNED_HEADS)
    return all(
        w in _CONCEPT_FUNCTION_WORDS or w in _CONCEPT_HEADS or w in lower_words
        or learned and w.endswith(_LEARNED_ADJECTIVE_ENDINGS) for w in low
    )


# Academic degrees spaCy tags as works or organisations ("a Ph.D. in linguistics"),
# without the dots; not "MA" or "BA", which are also a state and an airline.
_DEGREES = frozenset({"phd", "phds", "msc", "bsc", "mba", "mbas", "dphil", "mphil", "llb", "edd", "mfa", "bfa"})

# Words for parts of a document: with a number ("Chapter 12", "Appendix S1", "Table 3",
# "Paragraph 1 & 2") or alone ("the attached Appendix") they point into a text.
_DOCUMENT_PARTS = frozenset({
    "chapter", "chapters", "section", "sections", "paragraph", "paragraphs", "appendix", "table", "figure", "fig",
    "tab", "page", "pages", "verse", "annex", "exhibit", "footnote", "step",
})

_PART_NUMBER = re.compile(r"(?:\d+[A-Za-z]?|[A-Z]?\d+|[IVXLC]+|[A-Z])\.?$")


# Names of the supplement of a paper, which spaCy tags as an organisation ("see Table S2
# in the Supplementary Material"): a closed class of pointers into a text, as "Appendix".
_SUPPLEMENTS = frozenset({
    "supporting information", "supplementary information", "supplemental information", "supplementary material",
    "supplementary materials", "supplemental material", "supplemental materials", "supporting material",
    "supporting materials", "supplementary data", "supplemental data", "supporting data",
})


def _part_of_a_document(text: str) -> bool:
    """"Chapter 12", "Appendix S1", "Tab 4", "Paragraph 1 & 2", "Appendix", "the
    Supplementary Material" (`_SUPPLEMENTS`): a pointer into a text."""
    if text.lower() in _SUPPLEMENTS:
        return True
    words = text.split()
    if words[0].rstrip(".").lower() not in _DOCUMENT_PARTS:
        return False
    return all(_PART_NUMBER.match(w) or w in ("&", "and", "-", "–") for w in words[1:])


def _degree(text: str) -> bool:
    """"PhD", "Ph.D.", "MSc": an academic degree."""
    return text.replace(".", "").replace(" ", "").lower() in _DEGREES
