"""The records of the stage: a candidate name, and the traces of its passes (PASSES), typing rules
(TYPE_RULES) and filters (FILTERS)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from operator import itemgetter


@dataclass
class _Cand:
    start: int  # char offsets of the bare name
    end: int
    text: str
    label: str | None  # None: a fragment whose type is unknown (after a line break)
    title_start: int  # char start of a title/role in front of the name, else == start
    subject: bool = False
    dateline: bool = False
    after_the: bool = False  # written "the X"
    not_person: bool = False  # used as no person is: "the X" as a head noun, "via X", "took to X"
    quoted: bool = False  # the whole content of a pair of quotation marks: a word being named
    cue: str | None = None  # a type the words around the name give ("an Acme store": ORG)
    cue_rule: str | None = None  # the typing rule (TYPE_RULES) that gave the cue
    impersonal: bool = False  # the subject of a verb whose object is "its ...": no person (nor a team with a score)
    attributive: bool = False  # a nationality or creed saying what a person is: "a Swiss painter"
    untagged: bool = False  # found by its cue (_cued_names), its label is the cue's, not spaCy's
    style: bool = False  # a demonym naming a style or tradition: "Spanish poetry", "Iranian architecture"
    dated_work: bool = False  # a title of a work given with its year: "The Lookout (2007)", "Doe's Match Point (2005)"
    speaks: bool = False  # the subject of a verb of speech: "Doe said", "Doe told reporters"
    place_hint: bool = False  # where a place can stand: "in X", "from X", listed or in apposition with places
    preposition: str | None = None  # the preposition the name is the object of: "in" for "in X" (not a dative "to")
    named_thing: bool = False  # tagged as a place but given by a naming verb to no place: "a dog named X"
    common_noun: bool = False  # a capitalised common noun after "a"/"an": "the court will make an Order"
    cited_source: bool = False  # cited as a publisher is: "X reported", "told X", "according to X"
    group: bool = False  # a plural name for the members of a group: "many Doelanders", "thousands of Doelanders"
    title_word: bool = False  # a part of a title in quotation marks: '"Ghost in the Shell"'
    adjective: bool = False  # every word an adjective modifying a noun: "our Royal decree", "the Scriptural sense"
    idea: bool = False  # named as a theory or a term: "her theory of Tidal Grammar", "the term Anchor"
    feature: bool = False  # before a lower-case word of a natural feature it names: "the East Doeland sea"
    honorific: bool = False  # after a person's honorific or title: "Ms. Doe", "Senator Doe"


_COUNT = itemgetter(1)


def top_vote(votes: Mapping[str, float]) -> str:
    """The key of `votes` (not empty) with the most, the first counted of those
    tied: `Counter.most_common(1)[0][0]` without the heap that builds on each
    call (the clustering asks it of the groups thousands of times an article)."""
    return max(votes.items(), key=_COUNT)[0]


#: The clustering passes, in the order they run; each merge is recorded under one.
PASSES = (
    "person name cut in two", "person name cut by a bracket", "exact name", "alias table", "name written in capitals", "plural demonym", "plural short form", "bracketed short form", "acronym", "initials of a longer name", "place-qualified name",
    "inverted name", "family name first", "short form of a given name", "known as", "given name before a name", "saint's name", "partial name", "plural short form of a team", "gendered title", "same title", "surname tagged as a group",
    "family name before things named after it", "family name inside longer names", "short form of a given and family name", "short form of a place-qualified name", "short form of the name written most", "head noun of the institution named in full", "head noun of a place's institution", "shared form", "name in capitals", "short name of a retyped person",
)


@dataclass(frozen=True)
class Merge:
    """One merge of the clustering, for tracing a wrong one back to its pass:
    `rule` (one of PASSES) joined the name `short` to the name `long`."""

    rule: str
    short: str
    long: str


#: The typing rules: each names why an actor's type differs from the vote of spaCy's
#: tags over its names (see `type_vote._cluster_type`); recorded as a Retype.
TYPE_RULES = (
    "context cue", "listed with people", "listed with places", "cited author", "given and family name", "honorific", "given name",
    "military rank before a family name", "bare family name of a person named in full",
    "a person's kin or life", "subject of his or her", "a person's verb", "preposition of place", "title of a work", "not a person",
    "part of a country", "demonym", "building of", "facility head word", "institution word", "organisation head word",
    "body named after a person",
    "natural feature or region", "place noun", "moved to or from", "country name", "untagged given name", "known town",
    "place among places", "after a preposition among places", "title of a place", "subject of a later he or she", "plural title",
    "untagged name with a head word", "place and its region", "untagged place with its region", "listed with organisations", "who after the name", "age after the name",
    "who after a trade noun's name",
    "name given to a thing", "conducts an interview", "acronym of a body", "voice of the text", "says I in a quote", "speaks a quote", "spoken of as he or she", "speaks as he or she", "name spelled by its e-mail",
    "plural group name", "members of a group", "name of a division", "centre of a field",
    "cited source with no person", "known town of several words", "one-word names listed with an organisation",
    "known town among places", "known town tagged a region", "tied with a one-word person tag", "name with its part a person",
    "town of several words with its region", "town with its state", "party to a case",
    "name after an honorific", "name with bare initials", "named relative or friend",
    "seldom-named name among places", "object of a person's verb", "people's name after at",
    "form of address by a dignity", "one-word facility tag", "name with a capital inside", "road number",
    "numbered building", "untagged town of several words", "place no table knows that speaks", "family name of a person shown",
    "part of a named place", "name before a feature word", "short form of a state", "given name before a feature word",
    "paired with a place", "named beside I or me", "untagged town with hyphens", "name of an event",
    "name after a glued dash",
)


@dataclass(frozen=True)
class Retype:
    """An actor typed otherwise than spaCy's tags of its names say: `rule` (one
    of TYPE_RULES) made the actor named `name` a `type` instead of `spacy_type`."""

    rule: str
    name: str
    spacy_type: str | None
    type: str


#: The filters that keep names out of the actor list, each recorded as a Drop.
FILTERS = (
    "language", "nationality of a person", "style or tradition", "term abbreviation", "one-word heading", "concept name",
    "country class word", "work with a year", "academic degree", "part of a document", "note mark",
    "words glued in a headline", "common word before a family name", "imperative before a name", "preposition before a name", "name in an office title", "name of a day",
    "common word opening a line", "name given to a thing of no known kind", "common noun after a or an",
    "common words in a headline", "name of an award", "acronym of a common noun", "part of a quoted title",
    "field of study", "adjective tagged as a name", "abbreviated common word",
    "name of a theory", "interjection", "bracket inside a word", "word of address", "name in a numbered heading",
    "name of a period", "street designator", "last word of a longer name", "date or time",
    "piece of a name its acronym spells", "verb tagged as a name", "species name",
    "piece of a title", "first word of a title", "role glued to a body's name", "work of a named person",
    "name joined to a person's title", "subtitle of a work", "number glued at a dash",
)

#: The filters that judge one place a name stands (a heading, a headline, the
#: start of a line, the word before it), not what the name is: their drops do
#: not keep the quote stage from making a speaker of the name (`unlisted_name`).
PLACE_FILTERS = frozenset({
    "one-word heading", "words glued in a headline", "common word before a family name", "imperative before a name",
    "preposition before a name", "name in an office title", "common word opening a line", "common words in a headline",
    "verb tagged as a name",
    "name in a numbered heading", "piece of a name its acronym spells", "name joined to a person's title",
    "number glued at a dash",
})


@dataclass(frozen=True)
class Drop:
    """A name a filter kept out of the actor list: `rule` (one of FILTERS)
    dropped the name `name`."""

    rule: str
    name: str
