"""Type evidence from a name's context (`_context_cue`, `_type_evidence`: the noun it modifies, the
verb it is subject of, the words listed or bracketed with it) and the names such cues find that
spaCy did not tag (`_cued_names`)."""

from __future__ import annotations

import re
from itertools import compress
from typing import TYPE_CHECKING

from ..countries import is_country
from ..gazetteer import is_town, is_us_state
from ..parsed import (
    capital_initials, capitalised_words, children, conjuncts, memo, positions_where, sentence_start, table, text_of,
)
from .name_shapes import _LOC_FIRST, _LOC_LAST, _abbreviates, _family, _given_and_family_name, _given_name, _year
from .records import _Cand
from .tokens import (
    _in_brackets, _line_final, _line_initial, _modified_nouns, _root, _root_index, _sentence_initial,
    _title_case_line, _title_start,
)
from .words import (
    _ADDRESS_HEADS, _ARTICLES, _FAC_HEADS, _FAC_LAST, _GROUP_QUANTIFIERS, _HONORIFICS, _INSTITUTION_WORDS,
    _ORGANISATION_HEADS, _PERSONAL_HONORIFICS, _PERSON_ROLES, _PLACE_PREPOSITIONS, _POSSESSIVE, _PREPOSITIONS_OF_MOTION,
    _QUOTE_MARKS, _SCORE, _TITLE_FUNCTION_WORDS, _TITLE_OR_SUFFIX, _TITLE_SHED, _TITLES_OF_A_PLACE, _WHERE_PREPOSITIONS,
    _WORK_NOUNS,
)

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token


# Nouns a name modifies that say what it is: "an Acme store", "the Northline
# pipeline", "a Bexley Foods spokesperson", "Meridian magazine".
_HEAD_CUES = {
    **dict.fromkeys((
        "store", "shop", "supermarket", "chain", "outlet", "franchise", "brand", "spokesperson",
        "spokesman", "spokeswoman", "shareholder", "subsidiary", "headquarters", "website", "magazine",
        "newspaper", "post", "page", "account", "app", "platform", "report", "release", "employee",
        # a platform's: "his Doe feed", "her Doe handle", "the Doe channel"
        "feed", "handle", "channel",
    ), "ORG"),
    **dict.fromkeys((
        "pipeline", "bridge", "airport", "stadium", "station", "tunnel", "dam", "railway", "highway",
        "motorway", "port", "harbour", "harbor", "refinery", "prison", "hospital", "studio", "arena",
    ), "FAC"),
    # "the Varnholt border", "Varnholt residents": a place
    **dict.fromkeys((
        "border", "area", "district", "neighborhood", "neighbourhood", "suburb", "countryside", "skyline",
        "resident", "native", "townspeople", "outskirts", "municipality", "province", "county",
    ), "GPE"),
    # a company has a founder or a chief executive, a person does not ("Acme founder Jane Doe")
    **dict.fromkeys(("founder", "cofounder", "co-founder", "ceo", "chairman", "chairwoman"), "ORG"),
    # a team has a coach ("Riverton coach Tom Berg"); a place's national side keeps its tag (_usable_cue)
    "coach": "TEAM",
    # "the Varnholt massacres": a name given to an event (never to a place or group: see _EVENT_KEPT)
    **dict.fromkeys((
        "massacre", "genocide", "uprising", "rebellion", "famine", "pogrom", "insurgency", "mutiny",
    ), "EVENT"),
    # "its Skylark Titan rocket": a multi-word name in front of a vehicle or device is its model
    # (a one-word name there is usually the maker: "an Acme jet"), see _candidates
    **dict.fromkeys((
        "rocket", "capsule", "spacecraft", "aircraft", "airliner", "jet", "plane", "helicopter", "car",
        "truck", "smartphone", "phone", "tablet", "laptop", "console", "missile", "drone", "satellite",
    ), "MODEL"),
}

# Of the ORG head nouns, those a town's name stands in front of as often as a
# firm's: "the Doeville headquarters", "a Doeville newspaper", "a Doeville store".
_WHERE_HEAD_NOUNS = frozenset({
    "headquarters", "newspaper", "magazine", "employee", "store", "shop", "supermarket", "outlet", "post",
})

# Cues the vote may not give a name spaCy tagged as a place, nationality or
# organisation ("the Iraq war", "the Mumbai massacre" name the place).
_EVENT_KEPT = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC"})

# ORG cues that a person's name can also modify ("a Ruiz spokesman", "the Berg report").
_SOFT_ORG = frozenset({"spokesperson", "spokesman", "spokeswoman", "report", "release", "post", "page", "account", "employee"})

# Head-noun cues that only vote, never rule out a person ("the Doe massacre" is rare, not impossible).
_SOFT_CUES = frozenset({"EVENT", "MODEL"})

# Nouns after a possessive name that only an organisation has ("Acme's store").
_POSS_CUES = frozenset({"store", "shop", "supermarket", "outlet", "branch", "website", "shareholder", "subsidiary"})


# Relatives and peers: they describe a person ("his wife, Jane Doe") but head no title.
_KIN = frozenset({
    "colleague", "wife", "husband", "daughter", "son", "mother", "father", "brother", "sister",
    "friend", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandfather",
    "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother", "fiancé", "fiancée", "fiance",
    "fiancee", "boyfriend", "girlfriend", "spouse", "widow", "widower",
})

# Nouns for what one person does, not an office held for a state, people or party: with
# "a"/"an" ("a Portuguese doctor found ...", "a Danish chemist"), a demonym before one
# describes that person, whoever the sentence's subject is.
_OCCUPATIONS = frozenset({
    "doctor", "priest", "monk", "professor", "student", "scientist", "researcher", "expert", "analyst",
    "economist", "lawyer", "attorney", "author", "writer", "editor", "journalist", "reporter", "photographer",
    "singer", "drummer", "guitarist", "bassist", "musician", "composer", "actor", "actress", "dancer", "painter",
    "artist", "architect", "engineer", "linguist", "mathematician", "physicist", "chemist", "historian",
    "philosopher", "poet", "novelist", "businessman", "businesswoman", "entrepreneur",
})


# Nouns that describe a name in front of it or in apposition: "supermarket
# Bexley", "news agency Acme Media", "the band Velvet", "island Sicily",
# "spokesperson Ana Ruiz", "Ana Ruiz, the head of ...".
_DESCRIBED_CUES = {
    **dict.fromkeys((
        "company", "firm", "retailer", "supermarket", "chain", "agency", "newspaper", "broadcaster",
        "website", "site", "brand", "manufacturer", "producer", "maker", "startup", "carrier", "airline",
        "charity", "band", "supergroup", "group", "trio", "quartet", "orchestra", "club", "team", "magazine",
        "daily", "network", "publisher", "bank", "insurer", "operator", "organisation", "organization",
    ), "ORG"),
    **dict.fromkeys((
        "island", "city", "town", "village", "country", "capital", "province", "region", "suburb", "state",
    ), "GPE"),
    **dict.fromkeys(_PERSON_ROLES | _KIN | _OCCUPATIONS | {"laureate"}, "PERSON"),
    **dict.fromkeys(("pipeline", "airport", "stadium", "bridge", "home", "house", "mansion", "residence",
                     "building", "palace", "villa", "venue"), "FAC"),
    **dict.fromkeys(("colony", "territory", "nation", "republic", "kingdom", "county", "district"), "GPE"),
    **dict.fromkeys(("neighborhood", "neighbourhood", "municipality", "borough", "commune", "parish", "hamlet",
                     "metropolis", "township", "prefecture", "canton", "diocese"), "GPE"),
    # "the film Driftwood", "the 2015 documentary Memories of Mr. Berg", "his album Roads of Gold"
    **dict.fromkeys(_WORK_NOUNS, "WORK_OF_ART"),
}

# Nouns for a firm that name a person's trade as often ("Jane Doe, a publisher",
# "theatre producer Jane Doe", "a letter carrier"): no cue for a name of several words spaCy
# tags a person's ("computer maker Doe" still names a firm).
_TRADE_NOUNS = frozenset({"publisher", "producer", "maker", "manufacturer", "carrier", "operator"})

# Verbs that give a name to the noun they describe: "a colony called New
# Avalon", "a home known as the Old Mill", "a band named Velvet".
_NAMING_VERBS = frozenset({"call", "name", "know", "nickname", "dub", "title", "christen", "rename"})

# Kinds of place a naming verb gives a name to ("a town called X", "a place known as
# X", "a river named X", "a street called X"): the name of a town, region, building
# or natural feature stays a place. The place nouns of the tables above and of the
# heads of names of natural features and buildings, and the general words for a place.
_PLACE_KINDS = frozenset(
    {noun for noun, label in _DESCRIBED_CUES.items() if label in ("GPE", "FAC")}
    | {noun for noun, label in _HEAD_CUES.items() if label in ("GPE", "FAC")}
    | {w.lower() for w in _LOC_LAST | _LOC_FIRST | _FAC_LAST | _FAC_HEADS | _ADDRESS_HEADS}
    | {
        "place", "spot", "site", "location", "zone", "area", "land", "settlement", "camp", "base", "outpost",
        "estate", "farm", "ranch", "plantation", "compound", "neighborhood", "quarter", "street", "lane",
        "crossing", "checkpoint", "resort", "valley", "hill", "peak", "mount", "mountain", "lake", "river",
        "creek", "stream", "pond", "sea", "ocean", "beach", "coast", "cape", "island", "islet", "reef", "cave",
        "plain", "plateau", "desert", "forest", "wood", "park", "garden", "field", "mine", "plant", "factory",
        "facility", "mall", "market", "hotel", "restaurant", "bar", "pub", "cafe", "church", "school",
        "hospital", "prison", "jail", "castle", "fort", "fortress", "tower", "monument", "memorial", "planet",
        "star", "galaxy", "moon", "crater", "state", "nation", "kingdom", "empire", "realm", "homeland",
        "constituency", "ward", "precinct", "riding", "seat", "enclave", "exclave", "colony", "oasis",
    }
)

# Common nouns for a person ("a girl named X", "a man called X").
_PEOPLE_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "child", "baby", "infant", "toddler", "teenager", "teen", "person", "guy",
    "lady", "gentleman", "friend", "kid", "youngster", "individual", "citizen", "resident", "soldier", "worker",
    "patient", "victim", "suspect", "prisoner", "inmate",
})

# Kinds of thing a naming verb gives a name to that OntoNotes types by the kind
# (beyond the nouns of _DESCRIBED_CUES, which `_context_cue` reads): vehicles and
# devices (PRODUCT, as the vehicle head nouns of _HEAD_CUES: "a ship dubbed X"),
# storms and the events of _HEAD_CUES (EVENT: "a storm named X"), and people
# ("a girl named X"). Closed classes of general nouns.
_NAMED_KINDS = {
    **dict.fromkeys({noun for noun, label in _HEAD_CUES.items() if label == "MODEL"} | {
        "ship", "boat", "vessel", "yacht", "submarine", "ferry", "tanker", "freighter", "warship", "train",
        "locomotive", "tank", "probe", "rover", "lander", "shuttle", "telescope",
    }, "PRODUCT"),
    **dict.fromkeys({noun for noun, label in _HEAD_CUES.items() if label == "EVENT"} | {
        "storm", "hurricane", "typhoon", "cyclone", "tornado", "blizzard",
    }, "EVENT"),
    **dict.fromkeys(_PEOPLE_NOUNS | _PERSON_ROLES | _KIN, "PERSON"),
}

# Nouns for a person a name is given after ("named after his grandfather", "named
# for a character in a film"): kin, roles, people, and a work's character or hero.
_EPONYM_NOUNS = _PEOPLE_NOUNS | _PERSON_ROLES | _KIN | {
    "grandfather", "grandmother", "uncle", "aunt", "parent", "character", "hero", "heroine", "saint", "founder",
}

# Adjectives that make the name they modify a people: "ethnic Basques".
_GROUP_ADJECTIVES = frozenset({"ethnic"})

# Tags a name keeps when listed beside people ("Acme Studio, Paris"); ORG and PRODUCT
# often stand for a person spaCy misread ("Ana Ruiz and Tom Berg").
_TAGS_KEPT_BESIDE_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON"})

# Verbs after which "in X" is where something is.
_LOCATIVE_VERBS = frozenset({
    "print", "publish", "bear", "base", "locate", "headquarter", "live", "reside", "grow", "raise",
    "bury", "hospitalize", "hospitalise", "arrive", "gather", "stay", "settle", "station", "land",
})

# Nouns only a town, region or country has a name "of" ("the city of Doeville",
# "the mayor of Doeville", "the population of Doeville").
_PLACE_OF_NOUNS = frozenset({
    "city", "town", "village", "island", "province", "region", "capital", "municipality", "suburb", "county",
    "neighborhood", "neighbourhood", "port", "population", "inhabitant", "mayor", "outskirts", "township",
    "borough", "prefecture", "canton", "commune", "hamlet",
    "coast", "desert",  # "the coast of Doeville", "the desert of Roeland": a place's own stretch
})

# Kinds of polity a name is "the X of" in the singular only ("the state of Doeland", "the
# kingdom of Doeland"); in the plural the name may be a body or a treaty its members
# belong to ("the countries of the Doe Pact", "the member states of Acme").
_POLITY_OF_NOUNS = frozenset({"state", "country", "kingdom", "republic", "emirate", "principality", "duchy"})

# Of these, the nouns a possessive place name has and a person's name has not
# ("Doeville's population"; "Doe's village" is where Doe lives).
_PLACE_POSS_NOUNS = frozenset({"population", "inhabitant", "mayor", "outskirts", "suburb", "township"})

# Kinds of place that a list of names illustrates: "cities like Doeville and Roeburg", "towns such as Doeville".
_PLACE_KIND_NOUNS = frozenset({"city", "town", "village", "island", "country", "destination", "port", "capital", "resort"})


# Verbs of a sports result: a one-word name that wins or loses a match with a
# score is a team ("X defeated Y 31 points to 17"), unless the article also
# gives it as a person's full name.
_RESULT_VERBS = frozenset({"defeat", "beat", "edge", "thrash", "rout", "trounce", "down", "overcome", "whitewash"})


_LANGUAGE_NEXT = frozenset({"language", "languages", "pronunciation", "translation", "dialect", "speaker", "speakers"})

_LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "translate", "write", "read", "study", "know", "understand"})


def _language_use(doc: Doc, i: int) -> bool:
    """A demonym used as the name of a language: "the French language", "(French
    pronunciation: ...)", "French: ..." (a gloss), "said in French", "taught
    himself French", "languages like French and Dutch" (a bare singular noun
    after a verb of speaking or learning, or in a list of them)."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in _LANGUAGE_NEXT or nxt.text == ":"):
        return True
    if tok.text.endswith("s") or tok.pos_ == "ADJ" and tok.dep_ == "amod":
        return False  # "Hungarians" are people; "French troops" is a nationality
    if i > 0 and doc[i - 1].lower_ in ("the", "a", "an"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "like"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("into", "from") and tok.head.head.lemma_ in ("translate", "render"):
        return True  # "translated from French" (but "adapted from Roe and Poe" names authors)
    if tok.dep_ in ("dobj", "acomp") and tok.head.lemma_.lower() in _LANGUAGE_VERBS:  # "spoke German fluently"
        return True
    return tok.dep_ == "conj" and _language_use(doc, tok.head.i) if tok.head.i < i else False


_LANGUAGE_NOUNS = frozenset({"language", "languages", "dialect", "dialects"})

_SPEAKER_NOUNS = frozenset({"speaker", "speakers"})


def _named_as_language(doc: Doc, ts: int, te: int, label: str) -> bool:
    """A name used as the name of a language: "the Doe language", "Doe dialects",
    "Doe speakers", "speakers of Doe", "the Doe-speaking area", "Doe, a Bantu
    language". Loudspeakers of a brand ("Acme speakers") are no language: an
    organisation needs the word language or dialect."""
    cols = table(doc)  # (the columns only: this is asked of most names)
    n = len(doc)
    if te >= n:
        return False
    nxt = cols.lowers[te]
    if nxt in _LANGUAGE_NOUNS or nxt in _SPEAKER_NOUNS and label != "ORG":
        return True
    if label != "ORG" and cols.words[te] in ("-", "‐") and te + 1 < n and cols.lowers[te + 1] == "speaking" \
            and not cols.spaced[te]:
        return True  # "Doe-speaking children"
    if label != "ORG" and nxt == "speaking" and te + 1 < n and cols.pos[te + 1] == "NOUN":
        return True  # "the Doe speaking area"
    root = _root_index(doc, ts, te)
    root = te - 1 if root is None else root
    heads, deps = cols.heads, cols.deps
    if deps[root] in ("pobj", "conj") and label != "ORG":
        head = heads[root]
        while deps[head] == "conj" and heads[head] < head:
            head = heads[head]
        if cols.lowers[head] == "of" and cols.lowers[heads[head]] in _SPEAKER_NOUNS:
            return True  # "speakers of Doe and Roe"
    return root in memo(doc, "cues.language_appositions", _language_appositions)  # "Doe, a Bantu language"


def _language_appositions(doc: Doc) -> frozenset[int]:
    """The tokens that a "language" or "dialect" stands in apposition to ("appos"),
    found once per parse (`_named_as_language` asks of most names)."""
    cols = table(doc)
    return frozenset(
        cols.heads[c] for c in positions_where(cols.deps, ("appos",))
        if cols.lemmas[c].lower() in ("language", "dialect") and cols.heads[c] != c
    )


# Nouns that only a person has, after a possessive name: "Doe's widow", "Doe's death".
_PERSONAL_NOUNS = frozenset({
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "parent", "child", "widow",
    "widower", "fiancé", "fiancée", "fiance", "fiancee", "girlfriend", "boyfriend", "grandson", "granddaughter",
    "grandfather", "grandmother", "uncle", "aunt", "nephew", "niece", "cousin", "death", "birth", "childhood",
    "funeral", "grave", "face", "hand", "eye", "voice", "body", "health", "biography", "autobiography", "memoir",
    "career", "marriage", "wedding", "retirement",
})

# Verbs whose subject is a person: "Doe died", "Doe testified", "Doe was born".
_PERSON_VERBS = frozenset({
    "die", "marry", "divorce", "graduate", "testify", "smile", "laugh", "cry", "weep", "gasp", "pray", "kiss",
    "confess", "retire", "resign", "sing", "dance", "paint", "sleep", "wed", "recall", "apologize", "apologise",
})

# Verbs whose object is a person: "the council appointed Doe", "police arrested Doe",
# "Roe interviews Jane Doe"; and, of them, those whose passive subject is one ("Doe
# was arrested"). A closed class: no firm, town or body is married, kidnapped or
# interviewed, nor appointed or nominated to an office. Not "hire" or "fire" (a firm
# is hired, a gun fired), "sue", "convict" or "indict" (firms are sued and convicted),
# nor the passive "elect" ("Labour was elected").
_PERSON_PASSIVE_VERBS = frozenset({
    "appoint", "nominate", "interview", "marry", "arrest", "detain", "kidnap", "abduct", "assassinate",
    "murder", "imprison", "jail", "extradite", "baptize", "baptise", "knight", "befriend",
})
_PERSON_OBJECT_VERBS = _PERSON_PASSIVE_VERBS | {"elect", "reelect", "re-elect"}

# A personal possessive or reflexive in what the verb of a name's clause governs:
# "Doe lost his notes", "Doe saw herself as ..." (an organisation has "its").
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "himself", "herself"})

_MASCULINE_POSSESSIVES = frozenset({"his", "himself"})

_OBJECT_DEPS = frozenset({"dobj", "prep", "attr", "xcomp", "dative", "acomp", "npadvmod"})


# Of travel: "a ferry into Doeville", "flights via Doeville" as well (`_moved_to`).
_PREPOSITIONS_OF_TRAVEL = _PREPOSITIONS_OF_MOTION | {"into", "via"}

_MOTION_WORDS = frozenset({
    "go", "move", "travel", "return", "come", "fly", "sail", "drive", "walk", "ride", "head", "flee", "emigrate",
    "immigrate", "migrate", "relocate", "arrive", "escape", "commute", "journey", "trip", "flight", "ferry",
    "route", "road", "train", "bus", "boat", "way", "distance", "transfer", "expedition", "voyage", "visit",
    "retreat", "march", "deport", "exile", "evacuate",
})

# Of these, the words of travel: a prize "goes to" a person, a visit or a
# transfer can be "from" one, a letter "comes from" one.
_TRAVEL_WORDS = _MOTION_WORDS - {
    "go", "come", "way", "visit", "transfer", "return", "head", "march", "retreat", "escape", "deport", "exile",
}

# Tags that the words around a one-word name may overrule: spaCy's guesses for names it does not know.
_PERSON_EVIDENCE_RETYPED = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", None})


def _type_evidence(
    doc: Doc, ts: int, te: int, root: Token, label: str | None, after_the: bool, lower_words: set[str] = frozenset()
) -> tuple[str | None, bool, str | None]:
    """A type that the name itself or its place in the sentence gives, whether
    that rules out a person (as `_context_cue` reports it), and the typing rule
    (TYPE_RULES) that gave it: a one-word given name of the table in
    `first_names` ("Julia" tagged as an organisation); a noun only a person has
    after its possessive ("Doe's widow"); a verb only a person is the subject of
    ("Doe died", "Doe was born"); a one-word organisation tag after a preposition
    of place ("moved to Doeville", "born in Doeville"; not "at", used for
    schools and firms alike, nor "the X", "his X", "black X" or "in X's words", nor a
    word that heads names of organisations ("in Congress") or that the article also
    writes in lower case ("in Opera" beside "the opera"), nor "in X" after a word of a measure, a
    field or a holding ("cuts in Acme", "put his money in Acme"); "through X" only after a word
    of moving, as "to X": "sold through Acme" names a firm). Only a place moved to or from
    ("flew to Doeville") rules a person out: no person is gone to so. A name written
    as an address with its region, or as the region of a town (`_place_with_region`:
    "Doeville, Lyonesse", "born in Doeville, Roeshire") votes for a place."""
    cols = table(doc)
    if (label in _REGION_RETYPED or label == "GPE") and _place_with_region(doc, ts, te, root) and not (
        label == "PERSON" and _given_and_family_name(doc[ts:te].text)
    ):
        # (spaCy's own GPE so written votes once more: the region shows the place where
        # its guesses for the same word elsewhere, "Doe said", "Doe's crime rate", differ)
        return "GPE", False, "place and its region"
    if label == "PERSON":
        if te - ts <= 3 and not _given_name(cols.words[ts]) and cols.words[ts] not in _HONORIFICS and _moved_to(root):
            return "GPE", True, "moved to or from"
        return None, False, None
    if label in ("NORP", "LANGUAGE") and te - ts == 1 and _people_where_a_place_is(doc, ts, root):
        return "GPE", False, "people's name after at"  # "the community at Doese": a place
    if label == "NORP":
        return None, False, None
    word = cols.words[ts]
    if te - ts == 1 and label in _PERSON_EVIDENCE_RETYPED and label not in ("GPE", "LOC", "FAC") \
            and not word.isupper() and _given_name(word):
        return "PERSON", False, "given name"
    if label in _PERSON_EVIDENCE_RETYPED and te - ts <= 3:
        if root.dep_ == "poss" and root.head.lemma_.lower() in _PERSONAL_NOUNS and label != "GPE" and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in ("founding", "spiritual") for c in root.head.children
        ):  # "the country's founding father", "the nation's birth" are figures of speech
            return "PERSON", False, "a person's kin or life"
        verb = root.head
        possessives = _MASCULINE_POSSESSIVES if label == "GPE" else _PERSONAL_POSSESSIVES  # a country can be "her"
        # (only a subject's verb is looked at: a walk over its objects' subtrees)
        owned = _owned_words(doc, verb.i, possessives) if cols.deps[root.i] in ("nsubj", "nsubjpass") else []
        words = list(cols.words[ts:te])
        if owned and not _other_owner(doc, ts, te, min(owned)) \
                and not is_country(" ".join(words)) and not any(  # "Lyonesse ... his": the country's leader
                    len(w) > 1 and w.isupper() or w in _ORGANISATION_HEADS for w in words  # "ACME", "Doe Senate"
                ):
            return "PERSON", False, "subject of his or her"  # "Doe lost his notes", "Doe saw herself as ..."
        if _said_who(doc, ts, te, root) and not after_the and not _reads_as_a_body(words) \
                and not is_country(" ".join(words)) and cols.tags[te - 1] != "NNPS":
            return "PERSON", False, "who after the name"  # "Doe, who ...": no firm or town is "who"
        if label not in ("GPE", "LOC", "FAC") and _age_after(cols, te) and not _reads_as_a_body(words):
            return "PERSON", False, "age after the name"  # "Doe, 24, won ...": only a person has an age
        if (root.dep_ == "nsubj" and verb.lemma_ in _PERSON_VERBS) or (
            root.dep_ == "nsubjpass" and verb.lemma_ == "bear"
        ):
            return "PERSON", False, "a person's verb"
        owner = te < len(doc) and cols.words[te] in _POSSESSIVE  # "Acme's Jane Roe was interviewed"
        if not after_the and not owner and _object_of_a_persons_verb(root) and not _reads_as_a_body(words) \
                and not is_country(" ".join(words)):
            return "PERSON", False, "object of a person's verb"  # "they appointed Doe", "Doe was arrested"
    if te - ts == 1 and label in ("ORG", None) and not after_the and not word.isupper() \
            and word not in _ORGANISATION_HEADS and word.lower() not in lower_words \
            and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in root.children) \
            and not (te < len(doc) and cols.words[te] in _POSSESSIVE) \
            and root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS \
            and not _in_a_domain(root.head) \
            and not any(t.ent_type_ == "PERSON" for t in root.conjuncts) and (  # "to Doe and Jane Roe"
                root.head.lower_ not in _PREPOSITIONS_OF_MOTION | {"through"}
                or root.head.head.lemma_.lower() in _MOTION_WORDS
            ):
        return "GPE", False, "preposition of place"
    return None, False, None


def _people_where_a_place_is(doc: Doc, ts: int, root: Token) -> bool:
    """Is the one-word name at `ts` (its token `root`), tagged a people or a language,
    the object of "at" with no article or possessive ("the community at Doese", "a
    figure at Doese for years")? Something is at a place, not at a people or a
    language: such a name is a place's that spaCy took by its ending. Not a plural
    ("look at Doelanders", "at Republicans"), not a word in capitals, and not after an
    adjective ("good at Doese": a language)."""
    word = table(doc).words[ts]
    if root.dep_ != "pobj" or root.head.lower_ != "at" or word.endswith("s") or word.isupper():
        return False
    if any(c.dep_ in ("det", "poss") for c in root.children):
        return False
    return root.head.head.pos_ != "ADJ"


def _object_of_a_persons_verb(root: Token) -> bool:
    """Is the name whose head token is `root` the object of a verb whose object is a
    person (`_PERSON_OBJECT_VERBS`: "the council appointed Doe to draft a code") or
    the subject of one in the passive (`_PERSON_PASSIVE_VERBS`: "Doe was arrested")?
    (The caller leaves out a possessive name, which the parser may hang there in its
    owner's stead: "Acme's Jane Roe was interviewed".)"""
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ == "dobj" and head.pos_ == "VERB" and lemma in _PERSON_OBJECT_VERBS:
        return True
    return root.dep_ == "nsubjpass" and lemma in _PERSON_PASSIVE_VERBS


def _said_who(doc: Doc, ts: int, te: int, root: Token) -> bool:
    """Is the name at tokens ts..te followed, after at most a comma, by a relative
    clause of its own that "who" or "whom" opens ("Doe, who was taking over", "Doe
    whom she met"; not "whose", which a town or a firm has too), the name not the
    object of a preposition unless it hangs on a verb ("an analyst at Acme, who ...")?"""
    cols = table(doc)
    n = len(doc)
    i = te + 1 if te < n and cols.words[te] == "," else te
    # a bracketed note mark between ("Doe, [13] who ...", "Doe [4], who ..."), which
    # spaCy's parse hangs the clause past the name for: the clause may hang on the mark
    # or on the name's own head
    note = i + 2 < n and cols.words[i] == "[" and cols.words[i + 2] == "]" and cols.words[i + 1].isdigit()
    if note:
        i = i + 4 if i + 3 < n and cols.words[i + 3] == "," else i + 3
    if i >= n or cols.lowers[i] not in ("who", "whom"):
        return False
    clause = doc[i].head
    if clause.dep_ != "relcl" or clause.head.i != root.i and not (
        note and (te <= clause.head.i < i or clause.head.i == root.head.i)
    ):
        return False
    # "an analyst at Acme, who notes ...", "a donor in Doeville, who ...": the clause
    # can be the noun's the preposition hangs on; a verb's preposition has no such noun
    return root.dep_ != "pobj" or root.head.head.pos_ in ("VERB", "AUX")


# Tags "place and its region" overrules: spaCy's guesses for a town it does not know.
_REGION_RETYPED = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP", None})


def _ends_a_place(doc: Doc, i: int) -> bool:
    """Does the address end before token `i`: the end of the text, of a
    sentence or of a line (an address heading a letter: "Doeville, Lyonesse" over
    the date), a punctuation mark, a preposition or a conjunction ("in Doeville,
    Lyonesse for a week", "Doeville, Lyonesse and Roe Bay"), or a postal code ending
    its line ("Doeville, Lyonesse 01234")?"""
    cols = table(doc)
    if i >= len(doc) or cols.sent_starts[i] or "\n" in cols.words[i]:
        return True
    if cols.words[i].replace("-", "").isdigit() and (i + 1 >= len(doc) or "\n" in cols.words[i + 1]):
        return True
    return cols.puncts[i] and cols.words[i] not in ("-", "–", "'s", "’s") or cols.pos[i] in ("ADP", "CCONJ")


def _owned_words(doc: Doc, verb: int, possessives: Collection[str]) -> list[int]:
    """The indices of the `possessives` ("his", "herself"; not the object "her" of "asked
    her") in the subtrees of the objects of token `verb` (`_OBJECT_DEPS`), in no order:
    walked over the columns, not a Token per word of every subtree."""
    cols, kids = table(doc), children(doc)
    deps, lowers = cols.deps, cols.lowers
    todo = [c for c in kids[verb] if deps[c] in _OBJECT_DEPS]
    owned = []
    for t in todo:  # (grows as it goes: each word's children are looked at in turn)
        todo += kids[t]
        if lowers[t] in possessives and (deps[t] == "poss" or lowers[t].endswith("self")):
            owned.append(t)
    return owned


def _place_with_region(doc: Doc, ts: int, te: int, root: Token) -> bool:
    """Is the name at tokens ts..te written as a place with its region: followed
    by a comma and a name spaCy tags as a town, region or country that ends the
    phrase ("Doeville, Lyonesse", "in Doe Cliffs, Roeshire, Lyonesse for a week";
    not "Jane Doe, Lyonesse's envoy", nor a member of a list: "Acme, Lyonesse and
    Roe", "Jane Doe, Tom Roe, ..."), or set off by a comma after a town that is
    the object of a preposition of where, in apposition to it and ending the
    sentence ("born in Doeville, Roeshire."; not "in Doeville, Doe, who ..." nor
    "Speaking in Doeville, Doe, without ..." unless the name is a country: "in
    Doeville, Lyonesse, he ...")?"""
    cols = table(doc)
    n = len(doc)
    if te + 1 < n and cols.words[te] == "," and cols.ent_types[te + 1] == "GPE" and doc[te + 1].ent_iob_ == "B" \
            and not (ts > 0 and (cols.words[ts - 1] == "," or cols.pos[ts - 1] == "CCONJ")):
        j = te + 1
        while j < n and cols.ent_types[j] == "GPE":  # the chain of regions: ", Roeshire, Lyonesse"
            j += 1
            while j < n and cols.ent_types[j] == "GPE" and doc[j].ent_iob_ == "I":
                j += 1
            if j + 1 < n and cols.words[j] == "," and cols.ent_types[j + 1] == "GPE" and doc[j + 1].ent_iob_ == "B":
                j += 1
        if _ends_a_place(doc, j) and not (j < n and cols.pos[j] == "CCONJ") \
                and not (j + 1 < n and cols.words[j] == "," and cols.pos[j + 1] == "CCONJ"):
            return True
    if ts >= 2 and cols.words[ts - 1] == "," and root.dep_ == "appos" and root.head.i < ts - 1:
        town = root.head
        ended = te >= n or "\n" in cols.words[te] or cols.words[te] in (".", ")", ";", ":") \
            or cols.words[te] == "," and is_country(doc[ts:te].text)
        if town.pos_ == "PROPN" and town.dep_ == "pobj" and town.head.lower_ in _WHERE_PREPOSITIONS | {"from"} \
                and town.i == ts - 2 and ended:
            return True
    return False


# Words after which "in X" names a field, a holding or a measure, not where:
# "cuts in Acme", "a stake in Acme", "progressed in Acme", "put his money in Acme".
_DOMAIN_WORDS = frozenset({
    "cut", "increase", "decrease", "rise", "fall", "drop", "decline", "change", "growth", "investment", "interest",
    "stake", "share", "faith", "confidence", "trust", "belief", "role", "participation", "involvement", "reform",
    "progress", "career", "degree", "money", "invest", "believe", "participate", "specialize", "specialise", "major",
    "engage", "involve", "succeed", "excel", "fund", "funds", "savings",
})


def _in_a_domain(prep: Token) -> bool:
    """Does the preposition `prep` ("in X") hang on a word after which X is a
    field, a holding or a measure ("cuts in Acme", "invested in Acme"), or on a
    verb whose object is such a word ("put your money in Acme")?"""
    head = prep.head
    if prep.lower_ not in ("in", "into"):
        return False
    return head.lemma_.lower() in _DOMAIN_WORDS or head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DOMAIN_WORDS for c in head.children
    )


# Words for a person the possessive after a name can refer to instead of the name.
_PERSONAL_WORDS = _PERSONAL_POSSESSIVES | {"he", "she", "him", "hers"}


def _other_owner(doc: Doc, ts: int, te: int, at: int) -> bool:
    """Is there someone else in the sentence before token `at` (a possessive after the
    name at ts:te) whom it can refer to: a name tagged as a person's or a personal
    pronoun ("Trump joked that Doeville was his answer", "the ad asked her about her
    plans", "Obama's term, Doe Republicans stalled his picks")?"""
    cols = table(doc)
    return any(not ts <= i < te and (cols.ent_types[i] == "PERSON" or cols.lowers[i] in _PERSONAL_WORDS)
               for i in range(sentence_start(doc, ts), at))


def _moved_to(root: Token) -> bool:
    """Is the name at `root` where someone or something moves to or from: "flew
    to Doeville", "a ferry from Doeville", "flights via Doeville"? No person is
    gone to so ("said to Doe", "a letter from Doe" name a person)."""
    cols = table(root.doc)  # (from the columns: asked of most names of people)
    i = root.i
    head = cols.heads[i]
    return (
        cols.deps[i] == "pobj" and cols.lowers[head] in _PREPOSITIONS_OF_TRAVEL
        and cols.lemmas[cols.heads[head]].lower() in _TRAVEL_WORDS
        and not any(t.ent_type_ == "PERSON" and t.i != root.i for t in root.conjuncts)
    )


def _attributive(doc: Doc, ts: int, te: int) -> bool:
    """A demonym or creed in front of a noun that says what a person is ("Jane
    Doe, a Swiss painter", "He was a Dutch physicist", "Swiss painter Jane Doe"),
    not a group noun ("the Swiss", "Muslims", "a Catholic") nor a group acting
    ("Dutch troops crossed ...")."""
    cols = table(doc)
    root = _root(doc, ts, te)
    if cols.words[te - 1].endswith("s") and cols.tags[te - 1] in ("NNPS", "NNS"):
        return False
    head = root.head
    while head.dep_ in ("amod", "compound") and head.head.i > head.i:
        if head.lower_ in _OFFICES:
            return False  # "Republican committee member Jane Doe"
        head = head.head  # "a Swiss-born theoretical physicist"
    return root.dep_ in ("amod", "compound", "nmod") and head.i >= te and head.pos_ in ("NOUN", "PROPN") and (
        _describes_a_person(head)
    )


# Nouns for where a person's family comes from: "of Polish descent", "English ancestry".
_DESCENT_NOUNS = frozenset({"descent", "origin", "origins", "ancestry", "extraction", "heritage", "parentage"})

# Nouns for a style, tradition or body of work a demonym qualifies ("Spanish poetry",
# "Iranian architecture", "Korean restaurants", "a Chinese dialect"): no group acts there.
_STYLE_NOUNS = frozenset({
    "art", "arts", "artwork", "painting", "paintings", "poetry", "poem", "poems", "poet", "literature", "novel",
    "novels", "fiction", "music", "song", "songs", "opera", "film", "films", "cinema", "comedy", "drama",
    "architecture", "style", "styles", "cuisine", "food", "dish", "dishes", "restaurant", "restaurants",
    "dialect", "dialects", "accent", "accents", "borrowing", "borrowings", "word", "words", "pronunciation",
    "spelling", "grammar", "folklore", "mythology",
})  # not "establishment" ("the Republican establishment" is a group) nor "traditions" (a people's own)


def _of_descent(doc: Doc, ts: int, te: int) -> bool:
    """A demonym saying where a person's family is from: "of Polish descent",
    "Jane Doe has German and Irish ancestry"."""
    return any(n.lemma_.lower() in _DESCENT_NOUNS for n in _modified_nouns(doc, ts, te))


def _style_or_tradition(doc: Doc, ts: int, te: int) -> bool:
    """A demonym or creed naming a style or tradition, not a group: "Spanish
    poetry", "Islamic architecture", "a Chinese dialect", "Korean restaurants",
    "the Australian drama Lost Roads"."""
    return any(n.lower_ in _STYLE_NOUNS for n in _modified_nouns(doc, ts, te))


_PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you"})

# Offices held for a state, people or party: "the Italian foreign minister",
# "Republican committee member Jane Doe" name the group the person acts for.
_OFFICES = frozenset({
    "minister", "president", "premier", "chancellor", "politician", "senator", "official", "ambassador",
    "envoy", "diplomat", "member", "leader", "lawmaker", "legislator", "representative", "congressman",
    "congresswoman", "governor", "spokesman", "spokeswoman", "spokesperson", "delegate", "secretary",
    "candidate", "nominee", "mp", "king", "queen", "monarch", "mayor",
})


def _describes_a_person(noun: Token) -> bool:
    """Is `noun` what a person is said to be: "Swiss physicist Jane Doe" (a
    name hangs on it), "Jane Doe, a Swiss physicist" / "Jane Doe was a Swiss
    physicist" / "He was a Swiss physicist" (it describes a person's name or a
    personal pronoun), "a Portuguese doctor" (one person's occupation after "a"/"an",
    `_OCCUPATIONS`)? An office held for a group ("the Italian foreign
    minister") is not."""
    if noun.lower_ in _OFFICES:
        return False
    if noun.lower_ in _OCCUPATIONS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return True
    if any(c.ent_type_ == "PERSON" and c.dep_ in ("appos", "flat", "compound") for c in noun.children):
        return True
    if noun.ent_type_ == "PERSON":
        return True
    if noun.dep_ == "appos":
        other = noun.head
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        other = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        return False
    return other is not None and (other.ent_type_ == "PERSON" or other.lower_ in _PERSON_PRONOUNS)


def _cited_author(doc: Doc, start: int, end: int) -> bool:
    """A name cited as an author: "Doe et al.", "Doe (2011)", "(Doe, 2011)",
    "(Doe 2011; Roe 2012)", "Doe and Roe (2011)", "Doe's (2011) model". A name
    spaCy tags as a place counts too: unknown surnames often are ("(Doe, 2011)").
    Not the end of a title or a heading before a year (`_titled_with_year`:
    "Walk to the Gallows (1958)", "Doeville Rovers (2012)" alone on its line),
    asked only of a name cited so (most names are not)."""
    return _cited_so(doc, start, end) and not _titled_with_year(doc, start, end)


def _cited_so(doc: Doc, start: int, end: int) -> bool:
    """Do the words after the name at start:end cite it as an author (`_cited_author`)?"""
    cols = table(doc)
    n = len(doc)
    j = end
    if j + 1 < n and cols.lowers[j] == "et" and cols.lowers[j + 1].startswith("al"):
        return True
    if j + 2 < n and cols.words[j] in _POSSESSIVE and cols.words[j + 1] == "(" and _year(cols.words[j + 2]):
        return True  # "Doe's (2011) model"
    # over a list of further authors ("Doe, Roe, & Poe, 2011", "Doe and Roe (2011)")
    while j < n and j - end < 15 and (
        cols.words[j] in (",", "&") or cols.lowers[j] == "and"
        or cols.words[j][:1].isupper() and cols.pos[j] == "PROPN" and not _year(cols.words[j])
    ):
        j += 1
    if j + 1 < n and cols.words[j] == "(" and _year(cols.words[j + 1]):
        return True
    if j == end and j + 1 < n and _year(cols.words[j]) and cols.words[j + 1] in (")", ";", ",") \
            and _in_brackets(doc, start, _CITATION_REACH):
        return True  # "(Roe, 2010; Doe 2011)"
    return j < n and j > end and cols.words[j - 1] == "," and _year(cols.words[j]) \
        and _in_brackets(doc, start, _CITATION_REACH)


# How far back a bracket may open before a cited author: a list of citations in one
# bracket runs long ("(Doe & Roe, 2011; Poe, Lee, & Kim, 2013; Lee, Doe-Roe, & Kim, 2012)").
_CITATION_REACH = 80


# The words between the parties of a court case: "Doe v. Roe", "Doe versus Roe". Not a bare
# "v", which British papers write between teams ("Doeville v Roe Rovers").
_VERSUS = frozenset({"v.", "vs.", "vs", "versus"})


def _party_to_a_case(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word name at start:end a party named in a court case, "Lynch v.
    Roe", "Doe versus Roe": just before or after "v."/"versus", with a capitalised
    word on the other side? A party so named is a person when neither side is a
    town or a country ("Doe v. Lyonesse": a state as a party) and the name is no
    acronym ("Doe v. FEC")."""
    cols = table(doc)
    if end - start != 1 or cols.words[start].isupper() or _known_place(cols.words[start]):
        return False
    n = len(doc)
    for v, other in ((end, end + 1), (start - 1, start - 2)):
        if 0 <= other < n and 0 <= v < n and cols.lowers[v] in _VERSUS:
            word = cols.words[other]
            return word[:1].isupper() and not word.isupper() and not _known_place(word)
    return False


def _region_of_the_one_before(doc: Doc, i: int) -> bool:
    """Is token `i` the last word of a US state or a country tagged GPE that follows,
    with only a comma between, a GPE name that is neither and opens the list (no comma,
    "and" or "or" before it): "out of Doeville, New York, and ...", not "Lyonesse,
    France, ..." nor "Doe and Roe, France, ..." (a list of countries)?"""
    cols = table(doc)

    def start_of(j: int) -> int:
        while j > 0 and cols.ent_types[j - 1] == "GPE" and doc[j].ent_iob_ == "I":
            j -= 1
        return j

    start = start_of(i)
    if start < 2 or cols.words[start - 1] != "," or cols.ent_types[start - 2] != "GPE":
        return False
    town = start_of(start - 2)
    if town > 0 and cols.lowers[town - 1] in (",", "and", "or"):
        return False
    before, name = doc[town : start - 1].text, doc[start : i + 1].text
    return (is_us_state(name) or is_country(name)) and not (is_us_state(before) or is_country(before))


def _age_after(cols, te: int) -> bool:
    """Is the name ending before token `te` followed by an age set off by commas
    ("Doe, 24, won", "Jane Roe, 26, a nurse")? A whole number from 1 to
    119 between two commas, the second right after it (not a year, not "24 ,")."""
    if te + 2 >= len(cols.words) or cols.words[te] != "," or cols.words[te + 2] != ",":
        return False
    age = cols.words[te + 1]
    return age.isdigit() and 0 < int(age) < 120 and cols.starts[te + 2] == cols.ends[te + 1]


def _reads_as_a_body(words: list[str]) -> bool:
    """Does a word of the name say a body rather than a person: an acronym
    ("ACME"), an organisation's head word ("Doe Senate") or an institution's
    ("Doe College")?"""
    return any(len(w) > 1 and w.isupper() or w in _ORGANISATION_HEADS or w in _INSTITUTION_WORDS for w in words)


def _known_place(name: str) -> bool:
    """Is `name` a town of the gazetteer, a US state or a country?"""
    return is_town(name) or is_country(name)


def _titled_with_year(doc: Doc, start: int, end: int) -> bool:
    """Is the name at start:end, before a year in brackets, the end of a title or a
    heading rather than an author: after "the" or "of" ("Walk to the Gallows (1958)",
    "Jane Doe of Doeshire (1635-1699)") or alone on its line ("Doeville Rovers (2012)")?"""
    cols = table(doc)
    if end < len(doc) and cols.words[end] in _POSSESSIVE:
        return False  # "the model of Doe's (2011) book": an author's
    if start > 0 and cols.lowers[start - 1] in ("the", "of"):
        return True
    i = start  # over a prefix written as one word with the name ("All-Doe")
    while i > 0 and not cols.spaced[i - 1] and "\n" not in cols.words[i - 1]:
        i -= 1
    close = next((k for k in range(end, min(end + 6, len(doc))) if cols.words[k] == ")"), None)
    return _line_initial(doc, i) and close is not None and _line_final(doc, close)


def _plays_match(root: Token) -> bool:
    """"Riverton defeated Lakeside 31 points to 17", "Hillside defeated
    Brookfield 38–6": the winner and the loser of a result given with a score
    are teams (the caller keeps a one-word name only; a person's full name
    elsewhere in the article outweighs it)."""
    cols = table(root.doc)  # (from the columns: asked of every one-word name)
    tok = root.i
    if cols.deps[tok] == "compound" and _SCORE.fullmatch(cols.words[cols.heads[tok]]):
        tok = cols.heads[tok]  # the score glued into the name
    verb = cols.heads[tok]
    if cols.deps[tok] not in ("nsubj", "dobj") or cols.pos[verb] != "VERB" \
            or cols.lemmas[verb].lower() not in _RESULT_VERBS:
        return False
    near = [t for c in root.doc[verb].children for t in (c, *c.children)]
    return any(t.like_num or _SCORE.fullmatch(t.text) for t in near)


# Tags spaCy gives a plural name of a people it does not know ("Doelanders"):
# "plural group name" retypes them (the retyped tags of `_plural_group`).
_GROUP_RETYPED = frozenset({"PERSON", "ORG", "WORK_OF_ART", "LAW", "PRODUCT"})

# Nouns for a count or a share of a group before "of" ("thousands of Doelanders", "a
# majority of Doelanders"); the quantifiers in front of one are `_GROUP_QUANTIFIERS`.
_GROUP_MEASURES = frozenset({
    "thousand", "thousands", "million", "millions", "hundreds", "dozens", "majority", "minority", "percent",
    "%", "share", "number", "half", "third", "quarter", "plurality", "group", "groups", "community", "generation",
})


def _plural_name_word(word: str) -> bool:
    """Is `word` shaped like the plural of a name ("Doelanders", not "NGOs" or "Gas")?"""
    return len(word) >= 4 and word.endswith("s") and word[-2].islower()


def _used_as_group(doc: Doc, ts: int, te: int, root: Token) -> bool:
    """Is the name at tokens ts..te a plural proper noun standing for the members
    of a people or a group: "many Doelanders", "fellow Doelanders", "thousands of
    Doelanders", "a majority of Doelanders", "popular among Doelanders"? Its
    last word is capitalised and ends in a lowercase letter and "s"; a
    quantifier or a qualifying adjective of `_GROUP_QUANTIFIERS` opens the name or
    modifies it, it is listed with a plural spaCy tags as a people ("the
    Roelanders and Doelanders"), it is counted after a noun of `_GROUP_MEASURES`
    and "of", or it stands after "among". Not a name modifying another noun ("many Doe fans") nor
    one owning something ("many Does' friends")."""
    cols = table(doc)
    last = cols.words[te - 1]
    if not last[:1].isupper() or not _plural_name_word(last):
        return False
    if root.i != te - 1 or root.dep_ in ("compound", "poss", "nmod", "amod") or (
        te < len(doc) and cols.words[te] in _POSSESSIVE
    ):
        return False
    if any(c.dep_ in ("amod", "det", "nummod", "predet", "quantmod") and c.lower_ in _GROUP_QUANTIFIERS
           for c in root.children):
        return True
    if any(c.ent_type_ == "NORP" and c.tag_ in ("NNPS", "NNS") for c in root.conjuncts):
        return True  # "Roelanders and Doelanders": listed with a people
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ == "among" or prep.lower_ == "of" and prep.head.lower_ in _GROUP_MEASURES


def _title_word_of_person(doc: Doc, ent) -> bool:
    """"archbishop Monsignor Luis Felipe Ruiz": one word tagged as something
    else right before a person's full name, and modifying it, is a title."""
    if ent.label_ == "PERSON" or ent.label_ in _TITLE_SHED or len(ent) != 1 or ent.end >= len(doc):
        return False  # "governor of Texas Jane Doe": a place is a mention of its own
    nxt = doc[ent.end]
    if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B" or ent.end + 1 >= len(doc) or doc[ent.end + 1].ent_iob_ != "I":
        return False
    tok = doc[ent.start]
    return tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON" and tok.head.i >= ent.end and tok.text[:1].isupper()


def _untagged_run(cols, full: str, start: int, stop: int, label: str, rule: str) -> _Cand:
    """The candidate for tokens `start`..`stop` spaCy left untagged, which the
    words themselves type (`label`, never a person's): a head word, a town."""
    cs, ce = cols.starts[start], cols.ends[stop - 1]
    return _Cand(cs, ce, full[cs:ce], label, cs, cue=label, not_person=True, cue_rule=rule, untagged=True)


def _cued_names(
    doc: Doc, full: str, cands: list[_Cand], skip: set[int], lower_words: set[str],
    listed: dict[tuple[int, int], str],
) -> None:
    """Names spaCy did not tag but the words around them type: "an Acme store",
    "news agency Acme Media", "the chains' Instagram pages", "spokesperson Jane
    Doe". A run of capitalised proper nouns outside any entity whose cue rules
    out a person, or a two- or three-word run with a person cue. `listed`: the
    names under a plural title, typed (`_plural_title_names`, as `_candidates` has them)."""
    n = len(doc)
    i = 0  # where the next run may start
    cols = table(doc)
    for at in capitalised_words(doc):  # a run opens with a capitalised word
        if at < i:
            continue
        i = at
        if i not in skip and _author_in_date(doc, i):
            cs, ce = cols.starts[i], cols.ends[i]
            cands.append(_Cand(cs, ce, full[cs:ce], None, cs, cue="PERSON", cue_rule="cited author"))
            i += 1
            continue
        if cols.pos[i] != "PROPN" or cols.ent_types[i] or i in skip:
            continue
        j = i
        while j + 1 < n and cols.pos[j + 1] == "PROPN" and not cols.ent_types[j + 1] and cols.words[j + 1][:1].isupper() \
                and cols.spaced[j] and not cols.sent_starts[j + 1]:
            j += 1
        start, end = i, j + 1
        i = end
        if (start + 1, end) in listed:
            start += 1  # "Presidents" tagged as a proper noun in front of the first name of the list
        hyphened = _hyphened_end(cols, end)
        if hyphened is not None and _cited_author(doc, start, hyphened):
            end = i = hyphened  # "(Poe, Doe-Roe, & Lee, 2012)": the run stopped at the hyphen
        if _bracketed_short_form(doc, start, end):
            # "the Acme Star Widget Guild (Guild)": a long untagged name the
            # article itself shortens in brackets is an organisation's name
            cs, ce = cols.starts[start], cols.ends[end - 1]
            cands.append(_Cand(cs, ce, full[cs:ce], None, cs, cue="ORG", not_person=True))
            cs, ce = cols.starts[end + 1], cols.ends[end + 1]
            cands.append(_Cand(cs, ce, cols.words[end + 1], None, cs, cue="ORG", not_person=True))
            i = end + 3
            continue
        headed = _head_word_name(doc, full, start, end)
        if headed is not None:
            label, end = headed
            cands.append(_untagged_run(cols, full, start, end, label, "untagged name with a head word"))
            i = end
            continue
        town = _town_opening(cols, full, start, end)
        if town is not None:
            cands.append(_untagged_run(cols, full, start, town, "GPE", "untagged town of several words"))
            i = town
            continue
        hyphened = _hyphened_town_end(cols, full, start) if end - start == 1 else None
        if hyphened is not None:
            cands.append(_untagged_run(cols, full, start, hyphened, "GPE", "untagged town with hyphens"))
            i = hyphened
            continue
        if end - start > 3:
            continue
        root = _root(doc, start, end)
        # a cited author is one whatever the words around say, as for a tagged name
        # ("(Li, Roe, & Doe, 2010)": not a place for being listed with places)
        cited = _cited_author(doc, start, end)
        cue, _, cue_rule = _context_cue(doc, root)
        text = full[cols.starts[start] : cols.ends[end - 1]]
        if cue_rule == "listed with people" and any(len(w) > 1 and w.isupper() for w in text.split()):
            cue = None  # a word in capitals is no person's: "Jane Doe and Tom Berg, DOEVILLE NEWS"
        cue = "PERSON" if cited else _usable_cue(cue, None, end - start)
        if cited and end - start == 1:
            cs, ce = cols.starts[start], cols.ends[start]
            cands.append(_Cand(cs, ce, full[cs:ce], None, cs, cue=cue, cue_rule="cited author"))
            continue
        given = cue is None and _untagged_given_name(doc, start, end)
        rule = "untagged given name" if given else "cited author" if cited else None
        if cue is None and not given and not cited and (start, end) in listed:
            # "Presidents Jane Doe of Lyonesse and Ana Ruiz", "Sens. Doe and Roe"
            rule, cue, given = "plural title", listed[(start, end)], listed[(start, end)] == "PERSON"
        if not given and cue is None and _subject_of_later_he_she(doc, start, end, root, lower_words):
            given, rule = True, "subject of a later he or she"
        if not given and cue == "PERSON" and cue_rule == "who after a trade noun's name":
            given, rule = True, cue_rule  # "his publisher, Varnholt, who ...": spaCy's untagged one-word name
        if not given and cue == "PERSON" and end - start == 1 and _named_kin(doc, start):
            given, rule = True, "named relative or friend"
        if not given and cue is None and end - start == 1 and _named_beside_me(doc, start):
            given, rule = True, "named beside I or me"
        if given:
            cue = "PERSON"
        elif cue is None and end - start <= 3:
            # "the Protector of Lyonesse" (a country of the table), "travelled to Lyonesse"
            rule = "country name" if is_country(text) else "moved to or from" if _moved_to(root) else \
                "untagged place with its region" if _place_with_region(doc, start, end, root) \
                and not (start and cols.pos[start - 1] in ("PROPN", "NUM")) and cols.words[end - 1] not in _FAC_LAST \
                else "paired with a place" if end - start == 1 and _paired_with_a_place(doc, start) \
                else None  # not "-Jane Doe, Lyon" cut at "Doe", nor a building's "114 Elm Hall, Lyon"
            cue = "GPE" if rule else None
        # untagged, so spaCy gives no competing type: a soft organisation cue
        # ("an Instagram post") is enough; a person needs two or three words
        # or a given name
        if cue is None or cue == "PERSON" and end - start < 2 and not given:
            continue
        if end - start == 1 and _sentence_initial(doc, start) and not (given and cols.deps[start] in ("nsubj", "nsubjpass")) \
                and rule != "untagged place with its region":  # "Doeville, Lyonesse" opening an address line
            continue
        if cols.words[start] in _HONORIFICS:
            continue
        if cue == "PERSON" and _DESCRIBED_CUES.get(cols.lowers[end - 1]) == "PERSON":
            continue  # "the Trade Minister": a capitalised role, not a person's name
        cs, ce = cols.starts[start], cols.ends[end - 1]
        title = cols.starts[_title_start(doc, start, end)] if cue == "PERSON" else cs
        cands.append(_Cand(cs, ce, full[cs:ce], cue, title, cue=cue, not_person=cue != "PERSON",
                           cue_rule=rule, untagged=True))


def _paired_with_a_place(doc: Doc, i: int) -> bool:
    """Is the untagged one-word name at `i` coordinated with one other name only, which
    spaCy tags a town or a country ("Doeland and Roeland", "Doeland and its neighbour
    Roeland")? ("listed with places" asks for two places at least.) Not a plural name
    ("Doeland and the Allies", a band's "Roes"), nor one after a number ("Doeland and 10,000
    Roes"), nor one in quotation marks (a title: "'Doeland and Roeland'")."""
    cols = table(doc)
    others = conjuncts(doc, i)
    if len(others) != 1 or cols.ent_types[others[0]] != "GPE":
        return False
    return cols.tags[i] != "NNPS" and not (i and cols.pos[i - 1] == "NUM") \
        and not any(k and cols.words[k - 1] in _QUOTE_MARKS for k in (i, others[0]))


def _hyphened_end(cols, end: int) -> int | None:
    """The end of the capitalised proper nouns spaCy left untagged that a hyphen
    with no space around it joins to the run ending at `end` ("Doe" + "-Roe"), or
    None when none is."""
    n, j = len(cols.words), end
    while j + 1 < n and cols.words[j] == "-" and not cols.spaced[j - 1] and not cols.spaced[j] \
            and cols.pos[j + 1] == "PROPN" and cols.words[j + 1][:1].isupper() and not cols.ent_types[j + 1]:
        j += 2
    return j if j > end else None


# Words that open a date before a year and name no author: months and days (also cut
# short, "Sept"), seasons.
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def _author_in_date(doc: Doc, i: int) -> bool:
    """Is token `i` a family name spaCy took into a date with the year cited after it,
    one item of a bracketed list of citations ("(see Doe 2014; Roe et al., 2005)",
    "(Roe, 2010; Doe 2011)")? The date is the name and the year alone, a ";" sits
    right before the name or right after the year, and the bracket opens before it.
    Not a month, a day or a season ("(spring 2014; ...)"), nor a word in capitals."""
    cols = table(doc)
    n = len(doc)
    w = cols.words[i]
    if cols.ent_types[i] != "DATE" or cols.pos[i] != "PROPN" or not w[:1].isupper() or w.isupper() \
            or w in _CALENDAR_WORDS or w.lower() in _SEASONS \
            or len(w.rstrip(".")) <= 4 and any(m.startswith(w.rstrip(".")) for m in _CALENDAR_WORDS):
        return False
    if i + 2 >= n or doc[i].ent_iob_ != "B" or doc[i + 1].ent_iob_ != "I" or doc[i + 2].ent_iob_ == "I" \
            or not _year(cols.words[i + 1]):
        return False
    listed = cols.words[i + 2] == ";" or i > 0 and cols.words[i - 1] == ";"
    return listed and _in_brackets(doc, i, _CITATION_REACH)


def _town_opening(cols, full: str, start: int, end: int) -> int | None:
    """The end of a gazetteer town of two or three words (`is_town`; in capitals,
    as a letterhead writes it, read in title case) that opens the untagged run of
    proper nouns start..end: "San Doe", "the San Doe Seacoast" (the run's other
    words are no part of the town), "DOE FALLS" on an address line. spaCy tags most
    such towns; one it leaves untagged names the place all the same. Not after a
    capitalised word or a number the run did not take in (a street address, "114
    Doe Park"), nor after a body's name and "of" ("Grace Church of San Doe"),
    not before a possessive ("San Doe's mayor" is tagged as a rule)."""
    if start and (cols.words[start - 1][:1].isupper() or cols.words[start - 1][:1].isdigit()):
        return None
    if start > 1 and cols.lowers[start - 1] == "of" and cols.words[start - 2][:1].isupper():
        return None  # "the Grace Church of San Doe": the town is part of the body's name
    for k in (3, 2):
        if end - start < k:
            continue
        name = full[cols.starts[start] : cols.ends[start + k - 1]]
        if "\n" in name:
            continue
        if is_town(name.title() if name.isupper() else name):
            if start + k < len(cols.words) and cols.words[start + k] in ("'s", "’s"):
                return None
            return start + k
    return None


_HYPHENED_TOWN_PIECES = 5  # "Doe-sur-le-Roe": at most five words after the first


def _hyphened_town_end(cols, full: str, start: int) -> int | None:
    """The end of a gazetteer town (`is_town`) whose words hyphens join with no space,
    opening at the untagged proper noun `start` ("Doe-sur-Mer", "Roe-en-Doe"): the
    tokenizer cuts it at each hyphen and spaCy leaves it untagged, which a town of one
    word seldom is; written whole, it names the town (no common word is so spelled)."""
    n, j, found = len(cols.words), start + 1, None
    for _ in range(_HYPHENED_TOWN_PIECES):
        if not (j + 1 < n and cols.words[j] == "-" and not cols.spaced[j - 1] and not cols.spaced[j]
                and cols.words[j + 1].isalpha()):
            break
        j += 2
        if cols.words[j - 1][:1].isupper() and is_town(full[cols.starts[start] : cols.ends[j - 1]]):
            found = j
    return found


# Verbs whose subject conducts an interview ("X interviews Jane Doe"), and verbs of
# conversation that do so with "with"/"to" ("X spoke with Jane Doe", "X caught up with
# her", "X sat down with her"): a closed list of the verbs reporters use for it.
_INTERVIEW_VERBS = frozenset({"interview"})
_CONVERSE_VERBS = frozenset({"speak", "talk", "chat", "catch", "sit"})


def _interviewer_names(doc: Doc, cands: list[_Cand], lower_words: set[str]) -> None:
    """The outlet that conducts an interview, named where its capital says
    nothing - the first word of a headline or sentence - and left untagged by
    spaCy: "Acme interviews Jane Doe on ...", "Acme spoke with Jane Doe", "Acme
    caught up with her". One capitalised proper noun right before the verb, its
    subject (in a headline opening with "X interviews", the modifier, proper noun,
    noun or adjective, spaCy makes of it when it reads a noun phrase), that the
    article never writes in lowercase, that is no given name, honorific, title or
    role ("Police interviewed ..."), and that spaCy tags nowhere as anything but an
    organisation (a surname it tags a person's elsewhere is the person), with no
    "he" or "she" after it in its sentence. Typed ORG: one word that interviews
    someone and is no person's name is the outlet."""
    covered = {c.start for c in cands}
    cols = table(doc)
    other_tags = None  # the words spaCy tags as anything but an organisation, for the few names that get far
    n = len(doc)
    for i in capitalised_words(doc):
        if cols.heads[i] != i + 1 or cols.ent_types[i] or cols.pos[i] not in ("PROPN", "ADJ", "NOUN"):
            continue
        tok = doc[i]
        verb = tok.head
        lemma = verb.lemma_.lower()
        if verb.lower_ == "interviews" and _line_initial_or_after_colon(doc, tok.i):
            # a headline, "Acme interviews Jane Doe ...", which spaCy often reads as a noun
            # phrase ("Acme" its modifier, even an adjective): the word after says whether
            # "interviews" is the verb ("Exclusive interviews with ..." is the noun)
            after = doc[verb.i + 1] if verb.i + 1 < n else None
            ok = tok.dep_ in ("nsubj", "compound", "amod") and after is not None and "\n" not in after.text \
                and after.pos_ not in ("ADP", "AUX", "VERB", "CCONJ", "PUNCT", "PART", "SCONJ")
        elif tok.pos_ != "PROPN" or verb.pos_ != "VERB":
            ok = False
        elif lemma in _INTERVIEW_VERBS:
            ok = tok.dep_ == "nsubj"
        elif lemma in _CONVERSE_VERBS:
            ok = tok.dep_ == "nsubj" and any(
                c.dep_ == "prep" and c.lower_ in ("with", "to") or c.dep_ == "prt" and c.lower_ in ("up", "down")
                for c in verb.children
            ) and (lemma not in ("catch", "sit") or any(c.dep_ == "prt" for c in verb.children))
        else:
            ok = False
        if not ok or tok.idx in covered or any(
            t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") for t in doc[verb.i : tok.sent.end]
        ):
            continue  # "Doe interviewed the driver, and he ...": a person's name
        word = tok.text
        if other_tags is None:
            other_tags = {w for w, tag in zip(cols.words, cols.ent_types) if tag and tag != "ORG"}
        if word.lower() in lower_words or word in other_tags or _given_name(word) or word in _HONORIFICS \
                or word in _TITLE_OR_SUFFIX or word.lower() in _DESCRIBED_CUES or word.isupper() and len(word) == 1:
            continue
        cs, ce = tok.idx, tok.idx + len(word)
        cands.append(_Cand(cs, ce, word, "ORG", cs, cue="ORG", not_person=True, cue_rule="conducts an interview",
                           untagged=True))
        covered.add(cs)


# Verbs whose subject publishes what it found: "Acme reported", "Acme first reported
# that", "Acme published". A closed list; "said", "wrote" are anyone's.
_PUBLISHING_VERBS = frozenset({"report", "publish", "broadcast"})

# Pieces a publication prints, that "in X" places in one: "a report in Acme", "an op-ed in Acme".
_PUBLISHED_PIECES = frozenset({"report", "article", "story", "editorial", "column", "op-ed", "piece", "essay"})


def _cited_source(doc: Doc, ts: int, te: int, root: Token) -> bool:
    """Is the name at tokens ts..te cited the way a publisher or a body is: the
    subject of a verb of publishing ("Acme reported", "Acme first reported"; not
    "Doe reported from Doeville", a reporter's credit line) or its agent
    ("published by Acme"), the one told ("Jane Doe told Acme"; not "tell Doe to
    ..."), "according to Acme", or where a piece is printed ("a report in Acme"),
    its last word written nowhere in the article after a given name or an
    honorific ("Jane Doe", "Mr. Doe") nor at the end of a longer name spaCy tags
    a person's? A person is cited so too; `type_vote` asks that nothing else show one."""
    cols, kids = table(doc), children(doc)
    deps, lowers, lemmas = cols.deps, cols.lowers, cols.lemmas
    dep, head = deps[root.i], cols.heads[root.i]
    if dep == "nsubj" and lemmas[head].lower() in _PUBLISHING_VERBS:
        cited = not any(deps[c] == "prep" and lowers[c] == "from" for c in kids[head])
    elif dep in ("dobj", "dative"):
        # not "tell Doe to cash the check": one is told to do a thing as a person
        cited = lemmas[head].lower() == "tell" and not any(deps[c] == "xcomp" for c in kids[head])
    elif dep == "pobj" and deps[head] == "agent":
        cited = lemmas[cols.heads[head]].lower() in _PUBLISHING_VERBS  # "published by Acme"
    elif dep == "pobj" and lowers[head] == "in":
        cited = lemmas[cols.heads[head]].lower() in _PUBLISHED_PIECES  # "a report in Acme": no person holds one
    else:
        cited = dep == "pobj" and lowers[head] == "to" and lowers[cols.heads[head]] == "according"
    if not cited:
        return False
    words, last, i = cols.words, cols.words[te - 1], 0
    while True:
        try:
            i = words.index(last, i + 1)  # (each token of the word after the first, found in C)
        except ValueError:
            return True
        t = doc[i]
        # 'George "Jay" Doe': a nickname in quotation marks is a given name too
        before = doc[t.i - 2] if t.i > 1 and cols.words[t.i - 1] in _QUOTE_MARKS else doc[t.i - 1]
        if _given_name(before.text) or before.text in _HONORIFICS or t.ent_type_ == "PERSON" and t.ent_iob_ == "I":
            return False  # ... or the end of a longer name spaCy tags a person's


def _line_initial_or_after_colon(doc: Doc, i: int) -> bool:
    """Does token `i` open a line, or a headline's second part ("Cold as ice: Acme ...")?"""
    cols = table(doc)
    return _line_initial(doc, i) or i > 0 and cols.words[i - 1] == ":" and (i < 2 or "\n" not in cols.words[i - 2])


# Offices only a body has, that an acronym in front of them names: "the Acme President
# Jane Doe", "an ACU spokeswoman", "ACU chief". (Not "activist", "member", "voter": a
# cause or a class of people has those too.)
_BODY_OFFICES = frozenset({
    "president", "chairman", "chairwoman", "chair", "chief", "director", "spokesman", "spokeswoman",
    "spokesperson", "secretary", "treasurer", "commissioner", "official", "officials",
})


def _acronym_names(doc: Doc, cands: list[_Cand], lower_words: set[str]) -> None:
    """An organisation written as an acronym that spaCy tags nowhere in the
    article, found by what only a body does or has: "the ACU" as a subject or
    after a preposition ("filed with the ACU", not "the GDP of ..."), "ACU has
    endorsed ...", "ACU's president", "ACU President Jane Doe". The word is
    three to six capitals standing alone: never written in lowercase, no role
    ("CEO"), not beside another capitalised word (part of a longer name: "Purple
    PAC", "DES MOINES") nor in a line of capitals (a headline), nor a speaker's
    label ("RAMOS:"). Typed ORG."""
    cols = table(doc)
    covered = {c.start for c in cands}
    tagged = None  # the words spaCy tags, worked out for the first word in capitals that gets that far
    n = len(doc)
    for i in compress(range(n), map(str.isupper, cols.words)):  # (the words in capitals, picked in C)
        word = cols.words[i]
        if not (word.isalpha() and 3 <= len(word) <= 6) or cols.ent_types[i]:
            continue
        if tagged is None:
            tagged = {w for w, tag in zip(cols.words, cols.ent_types) if tag}
        if word in tagged or word.lower() in lower_words or word.lower() in _PERSON_ROLES \
                or cols.starts[i] in covered or word.title() in _CALENDAR_WORDS:
            continue
        tok = doc[i]  # (the columns first: a Token only for a word that may be a body's acronym)
        prev = doc[i - 1] if i > 0 else None
        nxt = doc[i + 1] if i + 1 < n else None
        office = nxt is not None and nxt.lower_ in _BODY_OFFICES and tok.dep_ == "compound" and (
            tok.head.i == i + 1 or nxt.dep_ == "compound" and nxt.head.i == tok.head.i  # "ACU President Jane Doe"
        )
        if tok.pos_ != "PROPN" and not office:
            continue  # the tagger's common noun ("DNA", "GDP") is a name only before a body's office
        if prev is not None and prev.text[:1].isupper() and prev.is_alpha and prev.lower_ != "the":
            continue  # "Purple PAC", "Navy SEAL": the end of a longer name
        if nxt is not None and (nxt.text[:1].isupper() and nxt.is_alpha and not office or nxt.text in (":", "-", "--", "—")):
            continue  # "DES MOINES", "RAMOS:", "SIEGEL--Jerome": a longer name, a label, a notice
        near = [t for t in doc[max(0, i - 6) : i] if t.is_alpha][-3:] + [t for t in doc[i + 1 : i + 7] if t.is_alpha][:3]
        if any(t.text.isupper() and len(t.text) > 1 for t in near):
            continue  # "THE LORD SAYS TO HIS ...": a line in capitals
        the = prev is not None and prev.lower_ == "the"
        evidence = (
            the and tok.dep_ in ("nsubj", "nsubjpass", "pobj") and not (nxt is not None and nxt.lower_ == "of")
            or tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"
            or tok.dep_ == "poss" and nxt is not None and nxt.tag_ == "POS"
            or office
        )
        if not evidence:
            continue
        cs, ce = tok.idx, tok.idx + len(word)
        cands.append(_Cand(cs, ce, word, "ORG", cs, cue="ORG", not_person=True, cue_rule="acronym of a body",
                           untagged=True))
        covered.add(cs)


# Honorifics that only a person's name follows, and the titles of address of a
# lord or a pope, in front of a name spaCy leaves untagged ("Mrs. T", "Lord Doe",
# "Pope Linus I") or tags but as an initial no name on its own ("Mrs. K.").
_NAME_TITLES = _PERSONAL_HONORIFICS | {"Lord", "Lady", "Pope"}
_INITIAL = re.compile(r"[A-Z]\.?")


def _covered_chars(cands: list[_Cand], full: str) -> bytearray:
    """One byte per character of `full`, set where a candidate (with its title) stands."""
    covered = bytearray(len(full) + 1)
    for c in cands:
        covered[c.title_start : c.end] = b"\x01" * (c.end - c.title_start)
    return covered


def _titled_names(doc: Doc, full: str, cands: list[_Cand]) -> None:
    """A person's name after an honorific ("Mrs. Bramble", "Dr. Oyelaran",
    "Lord Dallow") that no candidate covers: spaCy tags it nowhere, or tags only
    the initial that stands for the name ("Mrs. K.", which `_trim` drops as no
    name). One to three capitalised proper nouns inside a sentence, written with
    spaces, none a title or a role ("Mr. President", "Madam Chair" are forms of
    address) nor tagged as anything but a person; a lone initial keeps its
    honorific as the name ("Mrs. K" for "Mrs. K." and "Mrs. K"). In a line of
    capitals only an abbreviated honorific counts ("MRS. DOE", not "MISS"); a
    peer's title in apposition to a name is that person's ("Jane Doe, Lady Roe,").
    Typed PERSON."""
    cols = table(doc)
    words, n = cols.words, len(doc)
    covered = _covered_chars(cands, full)
    for i in capital_initials(doc):
        word = words[i]
        title = word.title() if word.isupper() and len(word) > 2 else word
        if title not in _NAME_TITLES or word.isupper() and not word.endswith(".") or i + 1 >= n:
            continue
        if not cols.spaced[i] or covered[cols.starts[i + 1]] or cols.sent_starts[i + 1]:
            continue
        if i > 1 and words[i - 1] == "," and cols.ent_types[i - 2] == "PERSON":
            continue  # "Colin Doe, Lord Carrow, ...": a peer's title after his name, the same person
        j = i + 1
        while j < n and j - i <= 3 and cols.pos[j] == "PROPN" and words[j][:1].isupper() \
                and cols.ent_types[j] in ("", "PERSON") and not cols.sent_starts[j] and not covered[cols.starts[j]] \
                and words[j].rstrip(".") not in _HONORIFICS and words[j].lower() not in _PERSON_ROLES \
                and words[j].lower() not in _DESCRIBED_CUES:
            j += 1
            if not cols.spaced[j - 1]:
                break
        if j == i + 1 or j < n and words[j][:1].isupper() and words[j].isalpha() and cols.spaced[j - 1] \
                and not cols.sent_starts[j]:
            continue  # no name, or a longer run of capitals than this rule reads ("Mr. Big Time Records")
        if any(ch.isdigit() for w in words[i + 1 : j] for ch in w):
            continue
        initial = j == i + 2 and _INITIAL.fullmatch(words[i + 1]) is not None
        if not initial and (cols.ent_types[i + 1] == "PERSON" or not _is_name_word(words[i + 1])):
            continue  # a tagged name its own candidate failed on for another reason
        ts = cols.starts[i]
        cs = ts if initial else cols.starts[i + 1]
        ce = cols.ends[j - 1] - (1 if words[j - 1].endswith(".") else 0)
        cands.append(_Cand(cs, ce, full[cs:ce], "PERSON", ts, cue="PERSON", cue_rule="name after an honorific",
                           untagged=True))
        covered[ts:ce] = b"\x01" * (ce - ts)


def _initialled_names(doc: Doc, full: str, cands: list[_Cand], lower_words: set[str]) -> None:
    """A person's name written with bare initials that spaCy leaves untagged:
    "R T Okonjo", "interviewee N Varga". One or two capital letters standing
    alone, without a period, before one capitalised proper noun that ends the
    run of capitals; none tagged, no candidate over them. Not "A" or "I" (words),
    not inside a longer run of capitals ("Plan B Doe"), not before a street's,
    a building's or a body's head word ("K Street", "B Wing") nor a word the
    article writes in lowercase. Typed PERSON."""
    cols = table(doc)
    words, n = cols.words, len(doc)
    covered = _covered_chars(cands, full)

    def initial(k: int) -> bool:
        w = words[k]
        return len(w) == 1 and w.isupper() and w not in ("A", "I") and cols.spaced[k] and not cols.ent_types[k] \
            and not covered[cols.starts[k]]

    for i in capital_initials(doc):
        if not initial(i) or i > 0 and (initial(i - 1) or words[i - 1][:1].isupper() and words[i - 1].isalpha()
                                         and cols.spaced[i - 1] and not cols.sent_starts[i]):
            continue
        j = i + 2 if i + 1 < n and initial(i + 1) else i + 1
        if j >= n:
            continue
        word = words[j]
        if cols.pos[j] != "PROPN" or cols.ent_types[j] or cols.sent_starts[j] or covered[cols.starts[j]] \
                or not _is_name_word(word) or word in _FAC_LAST or word in _ADDRESS_HEADS \
                or word in _ORGANISATION_HEADS or word.lower() in lower_words:
            continue
        if j + 1 < n and words[j + 1][:1].isupper() and words[j + 1].isalpha() and cols.spaced[j]:
            continue  # a longer run of capitals
        cs, ce = cols.starts[i], cols.ends[j]
        cands.append(_Cand(cs, ce, full[cs:ce], "PERSON", cs, cue="PERSON", cue_rule="name with bare initials",
                           untagged=True))
        covered[cs:ce] = b"\x01" * (ce - cs)


def _is_name_word(word: str) -> bool:
    """A word shaped like a name: a capital and one letter or more, or letters
    joined by a hyphen or an apostrophe ("Botero-Moriaty", "O'Neill")."""
    return len(word) > 1 and word[0].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()


# Words after which a name's head word goes on with a field or place: "University of
# Lyonesse", "Society for Tidal Studies".
_HEAD_OF = frozenset({"of", "for"})
_ORG_OF_HEADS = _ORGANISATION_HEADS | _INSTITUTION_WORDS


def _head_word_name(doc: Doc, full: str, start: int, end: int) -> tuple[str, int] | None:
    """An untagged run of two to five capitalised proper nouns (start..end) whose
    last word says what it names: an organisation or institution ("Tidewater
    Rowing Association", "Varnholt University", and so "University of Varnholt",
    "Society for Tidal Studies" over untagged proper nouns after "of"/"for"), a
    building or structure ("Anselm Bay Bridge", "Corder Building"): its type
    and the token index after it. (Not a natural feature: "Varn River" is as
    often the first words of a firm's name, "Varn River Networks".) Not on a
    headline written in title case, where every word is capitalised, nor a run
    that opens with a title, month or day, nor one with an all-capitals word
    other than its first (a heading or a code)."""
    cols = table(doc)
    n = len(doc)
    stop = end
    if end - start == 1 and end + 1 < n and cols.lowers[end] in _HEAD_OF and cols.words[start] in _ORG_OF_HEADS:
        stop = start + 1  # "University of ...": the head is the run's one word
    elif end - start < 2 or end - start > 5:
        return None
    head = cols.words[stop - 1]
    if head in _ORG_OF_HEADS:
        label = "ORG"
    elif head in _FAC_LAST:
        label = "FAC"
    else:
        return None
    if label == "ORG" and end < n - 1 and cols.lowers[end] in _HEAD_OF:
        k = end + 1
        while k < n and k - end <= 3 and cols.pos[k] == "PROPN" and not cols.ent_types[k] and cols.words[k][:1].isupper() \
                and cols.words[k].isalpha():
            k += 1
        if k > end + 1:
            end = k
    if end - start < 2 or _continues_a_name(doc, start):
        return None
    words = cols.words[start:end]
    if words[0] in _HONORIFICS or words[0] in _CALENDAR_WORDS or any(w.isupper() and len(w) > 1 for w in words[1:]):
        return None
    if _title_case_line(full, cols.starts[start]) and not _opens_an_address_line(doc, start, end):
        return None  # "Varnholt Team Wins Cup At Corder Stadium": a headline capitalises every word
    return label, end


def _opens_an_address_line(doc: Doc, start: int, end: int) -> bool:
    """Is the run start..end the whole of a line below the text's first, or its
    part before a comma, as in an address or an affiliation ("Corder Building",
    "Tide Studies Department, Varnholt University, Lyon")? Such a line is in title
    case for its names, not for being a headline."""
    cols = table(doc)
    if start == 0 or not _line_initial(doc, start):
        return False
    return end >= len(doc) or cols.words[end] == "," or "\n" in cols.words[end]


def _continues_a_name(doc: Doc, start: int) -> bool:
    """Does the run at token `start` go on from a name before it: a proper noun
    or a word capitalised inside a sentence right before it ("Andersen [High
    School]", "United States [District Court]"), a word glued to it by a hyphen
    or slash ("G-[III Apparel Group]"), or a capitalised word before "of"/"for"
    and an article ("Students for a [Democratic Society]", "Socialists of
    [America Inc.]")?"""
    cols = table(doc)
    k = start - 1
    if k < 0:
        return False
    if cols.words[k] in ("-", "–", "/") and not cols.spaced[k]:
        return True
    if cols.words[k][:1].isupper():
        return cols.pos[k] == "PROPN" or bool(cols.ent_types[k]) or not _sentence_initial(doc, k)
    while k > 0 and cols.lowers[k] in _ARTICLES and cols.words[k].islower():
        k -= 1
    if k > 0 and cols.words[k] in _HEAD_OF:
        return cols.words[k - 1][:1].isupper() and not cols.sent_starts[k - 1]
    return False


def _subject_of_later_he_she(doc: Doc, start: int, end: int, root: Token, lower_words: set[str]) -> bool:
    """"Doe knows what he knows from the tests he runs": an untagged proper
    noun of one or two words, the subject of its verb with nothing set off
    between them, that a he/she subject later in the same sentence can only
    refer to - no other proper noun, name or personal pronoun comes between
    them. Not a word the article also writes in lower case, an acronym, a
    country, a title or role ("Chairman said he ..."), an organisation's or
    institution's head word, nor a name after "the". (News names are nearly
    all tagged; this finds the surnames spaCy misses in other writing.)"""
    cols = table(doc)
    if end - start > 2 or root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX") \
            or any(cols.puncts[end : root.head.i]):
        return False  # "Alas, he ...", "Loyalty, he noted, ...": a word set off before the subject
    words = cols.words[start:end]
    if any(w.isupper() or w.lower() in lower_words or w in _TITLE_OR_SUFFIX or w in _ORGANISATION_HEADS
           or w in _INSTITUTION_WORDS or w in _CALENDAR_WORDS or w.lower() in _DESCRIBED_CUES for w in words) \
            or is_country(" ".join(words)) or start > 0 and cols.lowers[start - 1] in _ARTICLES:
        return False
    for t in doc[end : root.sent.end]:
        if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
                or t.tag_ in ("PRP", "PRP$") and not (t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass")):
            # someone else in between, or a pronoun that need not be the name's: a
            # possessive ("Acme Fund aimed his sights" is its manager's) or an object
            return False
        if t.lower_ in ("he", "she"):
            return True
    return False


# Months and days that are given names too ("August", "June"): in a date they name no one.
_CALENDAR_WORDS = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
})


def _untagged_given_name(doc: Doc, start: int, end: int) -> bool:
    """Is the run of proper nouns start..end that spaCy left untagged a person's
    name by its given name: "Jane" alone, or "Jane Roe" / "Jane Ann Roe" (see
    `_given_and_family_name`), none of its words a head word of an organisation
    or a title ("Ivy League", "Jane Doe Justice in Policing Act"), no title of a
    work or an organisation going on after it ("Jane Doe of ...")?"""
    cols = table(doc)
    words = cols.words[start:end]
    if any(w in _ORGANISATION_HEADS or w in _INSTITUTION_WORDS or w in _HONORIFICS or w in _CALENDAR_WORDS
           for w in words):
        return False  # "Ivy League", "Last year August 8"
    if end < len(doc) and cols.lowers[end] in _TITLE_FUNCTION_WORDS and end + 1 < len(doc) \
            and cols.words[end + 1][:1].isupper():
        return False
    if start > 0 and cols.lowers[start - 1] in _ARTICLES:
        return False  # "the Victoria", a ship or a pub
    head = cols.heads[end - 1]
    if cols.deps[end - 1] in ("compound", "amod", "nmod") and head >= end and cols.pos[head] == "NOUN":
        return False  # "Andrea toilet paper": a brand in front of a noun
    if end - start == 1:
        return not words[0].isupper() and _given_name(words[0])
    return _given_and_family_name(" ".join(words))


def _named_kin(doc: Doc, i: int) -> bool:
    """Is the one untagged proper noun at `i` the name a noun for a relative or
    friend (`_KIN`) right before it gives ("the brother Tobin", "her daughter,
    Pia", "his friend Olek")? Not after a possessive name ("Doe's son Tobin" is
    as likely Doe's family name), not written in capitals, not followed by
    another capitalised word or an apostrophe-s."""
    cols = table(doc)
    word = cols.words[i]
    if word.isupper() or not word[:1].isupper() or not word.isalpha():
        return False
    h = cols.heads[i]
    k = i - 1 if i and cols.words[i - 1] != "," else i - 2
    if k < 0 or cols.pos[k] != "NOUN" or cols.lemmas[k] not in _KIN or cols.tags[k] != "NN":
        return False
    if not (h == k and cols.deps[i] == "appos" or cols.heads[k] == i and cols.deps[k] == "compound"):
        return False
    if i + 1 < len(doc) and (cols.words[i + 1][:1].isupper() or cols.tags[i + 1] == "POS"):
        return False
    before = k - 1  # the word before the noun: an article or a possessive pronoun, not a name's 's
    return before < 0 or cols.tags[before] != "POS"


_FIRST_PERSON_SINGULAR = frozenset({"i", "me"})


def _named_beside_me(doc: Doc, i: int) -> bool:
    """Is the one-word name at `i` coordinated with "I" or "me" ("Tobin and I left",
    "Pia, Tobin and I", "for me and Tobin")? The writer lists a person beside themself.
    Not written in capitals (an acronym's body), not after an article or a possessive
    ("the Lyonesse and I", "my Acme and I": a ship's or a thing's name), not glued after a
    hyphen (the end of a longer name). Where the parser
    gives the name no conjunct ("-- Tobin and I set it up", the name read as a common noun
    whose conjunct is the verb), the words right after it say so: "and I" or "and me"."""
    cols = table(doc)
    if cols.words[i].isupper():
        return False
    if i and (cols.lowers[i - 1] in _ARTICLES or cols.tags[i - 1] in ("PRP$", "POS")):
        return False
    if i and cols.words[i - 1] == "-" and not cols.spaced[i - 1]:
        return False  # "the Doe-Roe act", "keep Doe-Roe and I'll ...": the end of a longer name
    if i + 2 < len(doc) and cols.lowers[i + 1] == "and" and cols.words[i + 2] in ("I", "me"):
        return True
    return any(cols.lowers[k] in _FIRST_PERSON_SINGULAR for k in conjuncts(doc, i))


def _bracketed_short_form(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end are two to six capitalised words followed by "(W)"
    with W their last word or their initials, untagged by spaCy."""
    cols = table(doc)
    if not 2 <= end - start <= 6 or end + 2 >= len(doc):
        return False
    if cols.words[end] != "(" or cols.words[end + 2] != ")":
        return False
    short = cols.words[end + 1]
    if cols.ent_types[end + 1] or not short[:1].isupper() or not short.isalpha():
        return False
    words = cols.words[start:end]
    return short == words[-1] or _abbreviates(short, words)


def _group_adjective_heads(doc: Doc) -> frozenset[int]:
    """The tokens an adjective of `_GROUP_ADJECTIVES` modifies ("amod"): "Basques"
    of "ethnic Basques" (found once per parse: `_context_cue` asks of every name)."""
    cols = table(doc)
    return frozenset(
        cols.heads[c] for c in positions_where(cols.lowers, _GROUP_ADJECTIVES) if cols.deps[c] == "amod" and cols.heads[c] != c
    )


def _context_cue(doc: Doc, root: Token) -> tuple[str | None, bool, str]:
    """The type the words around a name give it, whether that rules out a
    person, and the typing rule (TYPE_RULES) that found it. The name modifies a noun ("an Acme store", "the Northline pipeline",
    "a Bexley Foods spokesperson", "Acme's store"), a noun describes the name
    ("supermarket Bexley", "news agency Acme Media", "the largest island Sicily",
    "spokesperson Ana Ruiz"), a company makes it ("which makes Softex"), or
    it is listed with people ("Ana Ruiz, Tom Berg and ...").
    A conjunct ("chains Acme and Bexley Foods") shares the cue of the first."""
    # a town tagged so after "in" or "from" keeps its tag beside a person's noun, which
    # describes a person the parser did not attach ("born in Doeville, the son of ...")
    # (read from the columns: this runs for every name, and walks up to four heads)
    cols, kids = table(doc), children(doc)
    heads, deps, pos, lemmas, lowers, ents = cols.heads, cols.deps, cols.pos, cols.lemmas, cols.lowers, cols.ent_types
    r = root.i
    placed = ents[r] in ("GPE", "LOC") and deps[r] == "pobj" and lowers[heads[r]] in _PLACE_PREPOSITIONS
    grouped = memo(doc, "cues.group_adjective_heads", _group_adjective_heads)
    t = r
    for _ in range(4):
        h, dep = heads[t], deps[t]
        if dep in ("compound", "nmod") and h > t and pos[h] == "NOUN" and lemmas[h] in _HEAD_CUES \
                and not (lemmas[h] in _WHERE_HEAD_NOUNS and ents[r] == "GPE") \
                and not _name_between(doc[t], doc[h]):
            # (a town tagged so in front of "headquarters", "newspaper", "employee" says
            # where the thing is: "the Doeville headquarters", "a Doeville newspaper";
            # and the noun is the nearer name's: "the Doeville GOP chairman")
            label = _HEAD_CUES[lemmas[h]]
            return label, label not in _SOFT_CUES and (label != "ORG" or lemmas[h] not in _SOFT_ORG), "context cue"
        if dep == "poss" and lemmas[h] in _POSS_CUES:
            return "ORG", True, "context cue"
        if dep in ("oprd", "dobj", "pobj", "attr"):
            # "a colony called New Avalon", "a home, known as the Old Mill"
            verb = heads[h] if dep == "pobj" and lowers[h] == "as" else h
            if pos[verb] == "VERB" and lemmas[verb] in _NAMING_VERBS and deps[verb] in ("acl", "relcl") \
                    and pos[heads[verb]] == "NOUN" and lemmas[heads[verb]] in _DESCRIBED_CUES:
                label = _DESCRIBED_CUES[lemmas[heads[verb]]]
                return label, label != "PERSON", "context cue"
        if t in grouped:  # an "amod" child of _GROUP_ADJECTIVES
            return "NORP", True, "context cue"  # "ethnic Basques"
        if dep == "appos" and pos[h] == "NOUN" and lemmas[h] in _TRADE_NOUNS and _who_of_the_noun(doc, h, t):
            # "his publisher, Varnholt, who ...": the clause the parser hangs on the noun says
            # the trade's holder is a person here, not a firm ("its publisher, Acme, which ...")
            return "PERSON", False, "who after a trade noun's name"
        if dep == "appos" and pos[h] == "NOUN" and lemmas[h] in _DESCRIBED_CUES \
                and not (placed and _DESCRIBED_CUES[lemmas[h]] == "PERSON") \
                and not (lemmas[h] in _TRADE_NOUNS and _full_person_tag(root)):
            label = _described_as(doc[h])
            return label, label != "PERSON", "context cue"
        if dep == "nsubj" and lemmas[h] == "be":
            # "Varnholt is a small town", "Doe was a painter"
            attr = next((c for c in kids[h] if deps[c] == "attr" and pos[c] == "NOUN"), None)
            if attr is not None and lemmas[attr] in _DESCRIBED_CUES and not any(
                deps[c] == "prep" and lowers[c] == "of" for c in kids[attr]
            ):  # not "Doe was the head of ...": a role can be an organisation's too
                label = _DESCRIBED_CUES[lemmas[attr]]
                if label in ("GPE", "PERSON"):
                    return label, False, "context cue"
        for c in kids[t]:
            if (deps[c] == "appos" or c < t and deps[c] in ("compound", "amod")) \
                    and pos[c] == "NOUN" and lemmas[c] in _DESCRIBED_CUES \
                    and not (placed and deps[c] == "appos" and _DESCRIBED_CUES[lemmas[c]] == "PERSON") \
                    and not (c < t and _before_a_title(doc[c], doc[t])) \
                    and not (lemmas[c] in _TRADE_NOUNS and _full_person_tag(root)):
                label = _described_as(doc[c])
                return label, label != "PERSON", "context cue"
        if dep == "pobj" and lowers[h] in ("in", "near") and pos[heads[h]] == "VERB" \
                and lemmas[heads[h]] in _LOCATIVE_VERBS:
            return "GPE", True, "context cue"  # "a newspaper published in Lyon", "born in Hull"
        if _place_noun(doc, t):
            return "GPE", True, "place noun"
        if dep == "pobj" and lowers[h] == "of" and cols.words[heads[h]] in _TITLES_OF_A_PLACE and t == h + 1:
            return "GPE", True, "title of a place"  # "the Earl of Doeshire", "King of Doeville"
        if dep == "dobj" and lemmas[h] in ("make", "manufacture", "produce") and (
            deps[h] == "relcl" or any(deps[c] == "nsubj" and ents[c] == "ORG" for c in kids[h])
        ):
            return "PRODUCT", True, "context cue"
        if dep in ("conj", "appos"):
            siblings = [h] + [c for c in kids[h] if deps[c] in ("conj", "appos") and c != t]
        else:
            siblings = [c for c in kids[t] if deps[c] == "conj"]
        people = [s for s in siblings if ents[s] == "PERSON" and _full_person_tag(doc[s])]
        if people and pos[t] == "PROPN" and ents[r] not in _TAGS_KEPT_BESIDE_PEOPLE \
                and not _list_of_things(doc[t]):
            # a multi-word person listed beside it; a place tag is kept ("Acme Studio, Paris");
            # a title, a description or a headline's words beside a person say nothing, nor
            # does a person in a list a noun of no person's describes ("four casinos - Acme,
            # Vexa and the Jane Doe Palace")
            if not _written_as_a_listed_name(root) or dep == "appos" and pos[h] == "NOUN" \
                    and _DESCRIBED_CUES.get(lemmas[h]) != "PERSON":
                return None, False, "listed with people"
            return "PERSON", False, "listed with people"
        if ents[r] == "GPE" and t == r and _one_word_name(doc, r) and any(
            ents[s] == "PERSON" and _one_word_name(doc, s) for s in siblings if deps[s] == "conj" or dep == "conj"
        ) and not _known_place(doc[r].text):
            # "we spoke to both Varnholt and Tomas": spaCy's place for one word no table knows
            # as a place, joined by "and"/"or" to a one-word name it tags a person's, is a
            # person too (a place of the tables keeps its tag, "Oslo and Tomas"; a longer
            # person's name beside it is often a firm's, "Acme in Varnholt or Doe Tours")
            return "PERSON", False, "listed with people"
        others = conjuncts(doc, t)  # the coordination's other members
        # (a state or country written right after a town, with a comma between, is the
        # town's region and no other place: "out of Doeville, New York, and Tom" lists one)
        places = sum(ents[o] == "GPE" and not _region_of_the_one_before(doc, o) for o in others) if others else 0
        if places >= 2 and places * 2 > len(others) and pos[t] == "PROPN" \
                and ents[r] in ("PERSON", "ORG", ""):
            # "to Oslo, Bergen, Tromso and Larvik": one name in a list of places (most of them tagged so)
            return "GPE", False, "listed with places"
        firms = sum(ents[o] == "ORG" for o in others) if others else 0
        if firms >= 2 and firms * 2 > len(others) and pos[t] == "PROPN" and t == r \
                and ents[r] in ("PERSON", "GPE") and not _person_named(root) \
                and not is_country(root.text) and not any(ents[o] == "PERSON" for o in others):
            # "Acme, Varn and Roe Media": one name in a list of organisations (most of them tagged
            # so, no person among them), spaCy's guess of a person or a town for a one-word name
            return "ORG", False, "listed with organisations"
        if t == r and ents[r] == "PERSON" and _list_of_one_word_firms(root):
            # "Acmebook, Zapline and Roe": one-word names spaCy guesses to be people, listed
            # with one it tags as an organisation, no person's name among them
            return "ORG", False, "one-word names listed with an organisation"
        if dep != "conj" or pos[h] != "PROPN":
            break  # a conjunct of a common noun ("district leaders, Jane Doe and ...") shares no cue of its words
        t = h
    return None, False, "context cue"


def _who_of_the_noun(doc: Doc, noun: int, name: int) -> bool:
    """Does a relative clause that "who" or "whom" opens, hung on the common noun at
    `noun` or on the name, start right after the name at `name` that stands in apposition to it, at
    most a comma between ("his publisher, Varnholt, who ...")?"""
    after = name + 1  # (the name's head word is its last; its subtree may hold the clause)
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return any(
        c.dep_ == "relcl" and c.left_edge.i == after and c.left_edge.lower_ in ("who", "whom")
        for c in (*doc[noun].children, *doc[name].children)
    )


def _written_as_a_listed_name(root: Token) -> bool:
    """Is the name whose last word is `root` written as a member of a list of people is,
    not as a description of one of them, a title or a headline's words? It takes no
    article or possessive ("Jane Roe, the Regional Committeewoman", "Tom Berg,
    Acme's Deputy Editor"), stands in no quotation marks of its own ("host of
    "Morning Doe"", a nickname "Lucky Tom"), comes before no title ("Doe and Senate
    Leader Ana Ruiz": the word names the house of the title) and stands on no
    line in title case with a capitalised verb ("Rich Donor Doe And Roe Plan Merger")."""
    doc = root.doc
    cols = table(doc)
    start = root.i
    while start > 0 and cols.pos[start - 1] == "PROPN" and cols.spaced[start - 1]:
        start -= 1
    if any((c.dep_ == "poss" or c.dep_ == "det" and c.text.islower()) and c.i < start
           and "NOUN" not in cols.pos[c.i + 1 : start] for c in root.children):
        return False  # (a common noun between describes a person the name names: "his cousin Tom Berg";
        # a capitalised article may be the name's own: "Les Corvanes")
    after = root.i + 1
    if after < len(doc) and cols.words[after] in (",", ".") and not cols.spaced[root.i]:
        after += 1  # "“Morning Doe,” said"
    if start > 0 and cols.words[start - 1] in _QUOTE_MARKS and not cols.spaced[start - 1] \
            and after < len(doc) and cols.words[after] in _QUOTE_MARKS:
        return False
    if root.i + 1 < len(doc) and cols.words[root.i + 1][:1].isupper() and cols.lowers[root.i + 1] in _TITLE_WORDS:
        return False
    return not _headline_with_a_verb(doc, root.i)


def _headline_with_a_verb(doc: Doc, i: int) -> bool:
    """Is token `i` on a line in title case (`_title_case_line`) that holds a
    capitalised verb after its first word ("Doe Backs Roe", "Doe May Be Leaving"): a
    headline, not a line listing names ("Ana Ruiz, Tom Berg, Jane Doe"; "Editing by
    Ana Ruiz and Tom Berg")?"""
    cols = table(doc)
    if not _title_case_line(text_of(doc), cols.starts[i]):
        return False
    lo, hi = i, i
    while lo > 0 and "\n" not in cols.words[lo - 1]:
        lo -= 1
    while hi + 1 < len(doc) and "\n" not in cols.words[hi + 1]:
        hi += 1
    words = [j for j in range(lo, hi + 1) if cols.words[j][:1].isalpha()]
    return any(
        cols.pos[j] in ("VERB", "AUX") and cols.words[j][:1].isupper() and cols.words[j - 1] not in _CLAUSE_OPENERS
        for j in words[1:]
    )


# Marks after which a capitalised word opens a clause of its own: a verb there is
# capitalised as any first word is ("Doe, Roe; Editing by Jane Doe").
_CLAUSE_OPENERS = frozenset({"(", ";", ":", "—", "–", "-", ".", "!", "?"})


# Words of a title in front of a name: offices and roles, and local offices the
# qualifier nouns of places go with ("state Treasurer", "county Sheriff").
_TITLE_WORDS = _OFFICES | _PERSON_ROLES | {
    "treasurer", "comptroller", "controller", "councilman", "councilwoman", "councillor", "councilor", "clerk",
    "auditor", "assemblyman", "assemblywoman", "assemblymember", "sheriff", "alderman", "supervisor", "commissioner",
}


def _described_as(noun: Token) -> str:
    """The type a describing noun of _DESCRIBED_CUES gives a name: "the site of" something
    is the place where it is or was ("the Doe Inn, the site of the riots"), a building
    (FAC: a town spaCy tags as a place keeps its tag, `_usable_cue`), not a website
    ("the site Doe News")."""
    if noun.lemma_ == "site" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return "FAC"
    return _DESCRIBED_CUES[noun.lemma_]


def _name_between(tok: Token, noun: Token) -> bool:
    """Does another name stand between the name at `tok` and the noun it modifies, so
    that the noun is that name's: "the Doeville GOP chairman" (the chairman is the
    party's), "a Roe County Acme spokesman"? A proper noun that begins another entity of
    spaCy's or stands outside any marks one (a name's own later words are inside its
    entity), unless it hangs on the name: "the Doe and Roe districts" lists two names of one noun."""
    return any(
        t.pos_ == "PROPN" and t.ent_iob_ != "I" and not tok.is_ancestor(t) for t in tok.doc[tok.i + 1 : noun.i]
    )


def _person_named(root: Token) -> bool:
    """Is the name whose last word is `root` more than one word, or a given name
    ("Jane", "Tom Roe"): a person's shape, whatever the list it stands in?"""
    return root.ent_iob_ == "I" or _given_name(root.text)


# At least this many names in a list of one-word names (`_list_of_one_word_firms`):
# two ("Doe and Roe") are as often a pair of people named by their family names.
_MIN_ONE_WORD_LIST = 3


def _list_of_one_word_firms(tok: Token) -> bool:
    """Is `tok`, a one-word name tagged as a person's, one of a list of at least
    _MIN_ONE_WORD_LIST one-word proper nouns written out with commas ("Acmebook,
    Zapline, Roe and Vexa"; not "X and Y and even Z") of which another is tagged
    as an organisation, none of which is a given name, none tagged as a place or a
    group, and none the last word of a name of several words spaCy tags as a
    person's anywhere in the text ("Roe" beside "Jane Roe"): firms or websites
    listed together, not people named by their family names?"""
    members = [tok, *tok.conjuncts]
    if len(members) < _MIN_ONE_WORD_LIST or not any(m.ent_type_ == "ORG" for m in members if m is not tok):
        return False
    doc = tok.doc
    first, last = min(m.i for m in members), max(m.i for m in members)
    if not any(t.text == "," for t in doc[first:last]):
        return False  # "X and Y and even Z": a series of people said for effect, not a list written out
    for m in members:
        one_word = m.pos_ == "PROPN" and m.ent_iob_ != "I" and not (m.i + 1 < len(doc) and doc[m.i + 1].ent_iob_ == "I")
        if not one_word or m.ent_type_ not in ("ORG", "PERSON", "") or _given_name(m.text) or any(
            c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in m.children
        ):
            return False
    texts = {m.text for m in members}
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text in texts for e in doc.ents)


def _one_word_name(doc: Doc, i: int) -> bool:
    """Is token `i` a whole name of one word by spaCy's tags?"""
    return doc[i].ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")


def _full_person_tag(root: Token) -> bool:
    """Is the name whose last word is `root` a person's name of several words by spaCy's tag?"""
    return root.ent_type_ == "PERSON" and root.ent_iob_ == "I"


def _before_a_title(noun: Token, tok: Token) -> bool:
    """Is there a title between the noun in front of a name and the name, so
    that the noun qualifies the title ("state Representative Jane Doe", "county
    Commissioner Jane Doe", "district Vice Chair Jane Doe") and not the name?"""
    for t in tok.doc[noun.i + 1 : tok.i]:
        if t.text[:1].isupper() and (t.text in _HONORIFICS or t.lower_ in _TITLE_WORDS):
            return True
    return False


def _list_of_things(tok: Token) -> bool:
    """Is the list `tok` is a member of described by a noun of a kind other than
    people ("the islands Doe Bay, Jane Roe and Roe Key", where spaCy tags "Jane Roe" a person)?"""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    nouns = [tok.head] if tok.dep_ == "appos" else []
    nouns += [c for c in tok.children if c.dep_ == "appos" or c.i < tok.i and c.dep_ == "compound"]
    return any(n.pos_ == "NOUN" and _DESCRIBED_CUES.get(n.lemma_, "PERSON") != "PERSON" for n in nouns)


# Prepositions after which a name can be a place, whatever the verb ("near
# Doeville", "between Doeville and the coast", "along Doe Street"); "to" and "from"
# only after a word of moving (`_MOTION_WORDS`: "sent signals to Doe" names a
# person). Not "at", "on" nor "via", as in `_WHERE_PREPOSITIONS`: "workers at Acme",
# "on Acme", "sold via Acme" name a firm, a school or a website as often as a place.
_HINT_PREPOSITIONS = _WHERE_PREPOSITIONS | {"between", "along", "past"}


def _place_hint(root: Token) -> bool:
    """Can the name at `root` be a place by where it stands: after a preposition
    of place ("in X", "near X", "flew to X"), or listed or in apposition with names
    most of which (of those spaCy tags) are tagged as places ("Doeville, X and
    Roe Bay", "X, Doeshire"; not "Doe Air, X, Roe Airways and Doeville", a list of firms)?"""
    doc, i = root.doc, root.i
    cols = table(doc)
    head = cols.heads[i]
    if cols.deps[i] == "pobj" and (
        cols.lowers[head] in _HINT_PREPOSITIONS
        or cols.lowers[head] in _PREPOSITIONS_OF_MOTION and cols.lemmas[cols.heads[head]].lower() in _MOTION_WORDS
    ):
        return True
    near = conjuncts(doc, i) + [c for c in children(doc)[i] if cols.deps[c] == "appos"]
    if cols.deps[i] == "appos":
        near.append(head)
    tagged = [cols.ent_types[t] for t in near if cols.ent_types[t]]
    return bool(tagged) and 2 * sum(_family(label) == "PLACE" for label in tagged) > len(tagged)


def _place_noun(doc: Doc, i: int) -> bool:
    """Does a noun that only places have give the name at token `i` a place: "the
    city of Doeville", "the mayor of Doeville", "the state of Doeland" (`_POLITY_OF_NOUNS`,
    singular only), "Doeville's population", "cities
    like Doeville", "towns such as Doeville"?"""
    cols = table(doc)
    head = cols.heads[i]
    if cols.deps[i] == "poss":
        return cols.lemmas[head].lower() in _PLACE_POSS_NOUNS
    if cols.deps[i] != "pobj" or cols.pos[cols.heads[head]] != "NOUN":
        return False
    noun = cols.lemmas[cols.heads[head]].lower()
    if cols.lowers[head] == "of":
        return noun in _PLACE_OF_NOUNS or noun in _POLITY_OF_NOUNS and cols.tags[cols.heads[head]] == "NN"
    kids = children(doc)
    return cols.lowers[head] in ("like", "as") and noun in _PLACE_KIND_NOUNS and (
        cols.lowers[head] == "like" or any(cols.lowers[c] == "such" for c in kids[head])
    ) and not any(cols.deps[c] == "conj" for c in kids[cols.heads[head]])  # not "countries and organisations such as"


def _name_given_to(root: Token, text: str) -> tuple[bool, str | None]:
    """Is the name at `root` given by a naming verb to a common noun that is no
    kind of place ("a dog named Rex", "a mannequin nicknamed 'X'", "a ship dubbed
    X", "a storm that was named X"; not "a town called X", "a place known as X",
    nor "the FBI named X", where the verb chooses), and which type does the
    sentence give it: the kind of the noun (`_NAMED_KINDS`), a given name ("a robot
    called Sophia"), or a person it is named after ("named for his grandfather",
    "for Jane Doe's character in the film"); None when nothing does. The nouns of
    _DESCRIBED_CUES are `_context_cue`'s."""
    tok = root
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
    if tok.dep_ not in ("oprd", "dobj", "attr", "pobj") or tok.dep_ == "pobj" and verb is tok.head:
        return False, None
    if verb.pos_ != "VERB" or verb.lemma_ not in _NAMING_VERBS or verb.tag_ != "VBN" \
            or verb.dep_ not in ("acl", "relcl") or verb.head.pos_ != "NOUN":
        return False, None
    noun = verb.head.lemma_.lower()
    if noun in _PLACE_KINDS or noun in _DESCRIBED_CUES:
        return False, None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who") for c in verb.children):
        return False, None  # "the man the voters named X": the verb has a subject of its own
    if noun in _NAMED_KINDS:
        return True, _NAMED_KINDS[noun]
    if " " not in text and _given_name(text):
        return True, "PERSON"
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "after"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.ent_type_ == "PERSON" or obj.lemma_.lower() in _EPONYM_NOUNS):
                    return True, "PERSON"
    return True, None


def _usable_cue(cue: str | None, label: str | None, n_words: int) -> str | None:
    """Drop a head-noun cue that is more often the name of something else: an
    event noun after a place, group or organisation ("the Iraq war" names Iraq),
    a vehicle or device after a one-word name ("an Acme jet" names the maker)."""
    if cue == "EVENT" and label in _EVENT_KEPT:
        return None
    if cue == "TEAM":
        return None if label in ("GPE", "LOC", "NORP") else "ORG"
    if cue == "FAC" and label in ("GPE", "LOC"):
        return None  # "Lyon airport": the place names the building
    if cue == "MODEL":
        return "PRODUCT" if n_words >= 2 else None
    return cue


def _its_subject(root: Token) -> bool:
    """"Acme tested its Skylark Titan rocket": the subject of a verb whose
    direct object is "its ..." is a thing or an organisation, not a person."""
    cols, kids = table(root.doc), children(root.doc)
    if cols.deps[root.i] != "nsubj":
        return False
    return any(
        cols.deps[obj] == "dobj" and any(cols.deps[p] == "poss" and cols.lowers[p] == "its" for p in kids[obj])
        for obj in kids[cols.heads[root.i]]
    )
