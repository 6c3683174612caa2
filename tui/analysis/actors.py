"""Actors: spaCy's named entities, cleaned and clustered so that one draft is one
real-world referent.

The stage runs in four steps, each near-linear in the article length:

1. **Candidates** (`_candidates`): every entity of an actor type becomes one or
   more name spans. Spans are cut at line breaks and brackets, lose a leading
   "the", a trailing possessive ("’s") and stray punctuation; a name that spaCy
   cut short is extended over the proper nouns it is a compound modifier of
   ("Ana Lucia" + "Ruiz"); a person's title or role in front of the name ("French
   President", "spokesman") is remembered so that the mention can cover it while
   the actor's name stays the bare proper name. Datelines ("LYON, France
   (Acme News) —") give a place. Titles of works that spaCy fragments ("the album
   Light on the Water", "the 'Light on the Water' album") are one WORK_OF_ART name.
2. **Clustering** over the distinct names only (never over all mention pairs):
   identical names after normalising dotted abbreviations; the alias table in
   `aliases`; plural demonyms ("New Zealanders"); acronyms that are the initials
   of a longer name in the article or are given in brackets after it; and
   partial names ("Ruiz", "Coastal Institute", "the Gulf") joining the one
   longer name they continue. A family name shared by several people goes to
   the person the article introduced first and has been calling by it; names
   that differ only by "Jr."/"Sr." stay apart.
3. **Type** of a cluster by a vote weighted by name length, with demonyms kept
   as NORP, plus a vote from the words around each mention (`_context_cue`: "an
   Acme store", "supermarket Bexley", "the Northline pipeline", "published in
   Lyon", people listed beside it, "the film Driftwood", "a colony called X",
   "ethnic X", "the X massacres", "its X Y rocket", "X founder"), a facility
   head word ("... Station", "... Studio") and "its" after a one-word subject
   ("X tested its rocket": no person). Evidence in the name or the sentence
   outvotes spaCy's guess for names it does not know (`_type_evidence`: a given
   name, "Dr.", "X's widow", "X died", "moved to X"; "the mayor of X", "cities
   such as X", "flights from X" show a place, after which spaCy's repeated guess
   for the same word counts once); head words give natural features and regions
   (LOC), buildings and streets (FAC), institutions (ORG); a country of the
   table in `countries` is a GPE.
   Every actor typed otherwise than spaCy's tags say is recorded under the
   rule that did it (TYPE_RULES). The same cues find names spaCy missed
   (`_cued_names`). Words named in quotation marks, codes ("XR-19") and
   diseases are no actors.
4. **Propagation**: exact, word-bounded occurrences of a cluster's names that
   spaCy did not tag are added, except where they look like the first word of
   a sentence that merely happens to be capitalised, or part of a longer name.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .aliases import canonical
from .countries import is_country
from .drafts import ActorDraft
from .first_names import gender_of_first_name, is_given_name
from .model import ACTOR_TYPES, Article, Mention, paragraph_spans
from .speech_cues import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ACTOR_LABELS = frozenset(ACTOR_TYPES)

# Tokens at which an entity span is cut: the parts are separate names.
_CUT_TOKENS = frozenset({"(", ")", "[", "]", ";", ":", "—", "|", '"', "“", "”", "«", "»", "/"})
# Lowercase words no name holds: an entity running over one is two names.
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_CUT_WORDS = _DEMONSTRATIVES | {"my", "your", "his", "her", "its", "our", "their"}
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s'", "s’"})
_ARTICLES = frozenset({"the", "a", "an"})
# Words that may stand before a country's name in another name of the same place
# ("the Netherlands", "These United States"), unlike "South" in "South Sudan" (`_partial_ok`).
_GLUED_DETERMINERS = _ARTICLES | _DEMONSTRATIVES | {"our", "all"}
# Honorifics that spaCy sometimes puts inside a PERSON entity ("Cde Ruiz",
# "Mr. Berg"): part of the mention, not of the name.
_HONORIFICS = frozenset({
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame",
    "Lord", "Lady", "Cde", "Comrade", "Rev", "Rev.", "Gen", "Gen.", "Sen", "Sen.", "Rep", "Rep.",
    "Gov", "Gov.", "Pres", "Pres.", "Sgt", "Sgt.", "Col", "Col.", "Capt", "Capt.", "Lt", "Lt.",
    "President", "Senator", "Governor", "King", "Queen", "Prince", "Princess", "Pope",
    "Councillor", "Councilor", "Councilman", "Councilwoman", "Alderman", "Mayor", "Judge", "Justice", "Chief",
    "Chancellor", "Minister", "Premier", "Professor", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam",
    "Sheikh", "Tsar", "Czar", "Emperor", "Empress", "Ambassador", "Secretary", "Speaker", "Chairman",
    "Chairwoman", "Commissioner", "Detective", "Inspector", "Sergeant", "Captain", "Colonel", "General",
    "Admiral", "Lieutenant", "Congressman", "Congresswoman", "Deputy", "Vice", "Madam",
})
# Honorifics that only a person's name follows ("Dr. Doe"; not "King" or "General",
# which also begin names of streets, ships and companies).
_PERSONAL_HONORIFICS = frozenset({
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame",
    "Mme", "Mme.", "Mlle", "Mlle.", "Madame", "Monsieur", "Herr", "Frau", "Mx", "Mx.",
})
# Titles held of a place: in "the Earl of Doeshire", "King of Doeville" the name
# after "of" is the place (the title-holder may go unnamed).
_TITLES_OF_A_PLACE = frozenset({
    "King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Earl", "Count", "Countess", "Marquis",
    "Marquess", "Baron", "Baroness", "Viscount", "Viscountess", "Emperor", "Empress", "Tsar", "Czar",
    "Sultan", "Emir", "Bishop", "Archbishop", "Mayor",
})
# A title or suffix alone is no name ("Mlle", "Jr").
_TITLE_OR_SUFFIX = _HONORIFICS | _PERSONAL_HONORIFICS | {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
# Entity types that may stand in front of a role ("French President", "Canadian
# Foreign Minister", "Eastfield University economist"): mentions
# of their own, so not part of the person's mention.
_TITLE_SHED = frozenset({"NORP", "GPE", "LOC", "LANGUAGE"})
# A lowercase prefix joined by a hyphen: "anti-American" still mentions the
# Americans; "inter-American" or "pan-European" describe a relation, not an actor.
_KEEP_PREFIXES = frozenset({"anti", "pro", "ex", "non", "post", "pre", "mid", "neo"})
# Function words inside names; never a name on their own.
_NAME_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "de", "du", "la", "le", "van", "von", "der", "al", "bin", "&"})
# Generational suffixes: "X Jr." and "X Sr." are different people.
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
# Head nouns that make a place name extended by proper nouns an organisation
# ("US" + "Commerce Department").
_ORG_HEADS = frozenset({
    "Department", "Ministry", "Army", "Navy", "Council", "Agency", "Party", "Bank",
    "Office", "Court", "Committee", "Commission", "Service", "Institute", "University",
    "Administration", "Government", "Police", "Force", "Forces", "Guard", "Senate",
    "Parliament", "Congress", "Assembly", "Embassy", "Corporation", "Company", "Union",
    "Association", "Federation", "Authority", "Bureau", "Cabinet",
})
# Buildings: "the Church of the Holy Trinity" is a place, "the Methodist Church" is not.
_FAC_HEADS = frozenset({"Church", "Cathedral", "Mosque", "Temple", "Basilica", "Chapel", "Synagogue", "Palace"})
# Last words of a name that make it a building or structure (FAC in OntoNotes);
# those a surname can be ("Ana Arena", "Tom Tower") do not retype a person.
_FAC_LAST_NOT_SURNAME = frozenset({
    "Station", "Airport", "Stadium", "Studio", "Cathedral", "Mosque", "Synagogue", "Hotel", "Palace", "Building",
    "Terminal", "Plaza", "Square", "Avenue", "Boulevard", "Road", "Highway", "Expressway", "Motorway",
})
_FAC_LAST = _FAC_LAST_NOT_SURNAME | {"Arena", "Bridge", "Tunnel", "Dam", "Tower", "Prison", "Park", "Street", "Hall",
                                     "Castle", "Place"}
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
# Continents, oceans, large regions and heavenly bodies: places without a
# government (LOC), whichever tag spaCy gives them. A closed class of general
# geography, like the alias table, not names from any article.
_REGION_NAMES = frozenset({
    "Earth", "Moon", "Mars", "Africa", "Europe", "Asia", "Antarctica", "Oceania", "Arctic", "Antarctic",
    "Middle East", "Scandinavia", "Balkans", "Caribbean", "Mediterranean", "Pacific", "Atlantic", "Siberia",
    "Sahara", "Eurasia", "Latin America", "North America", "South America", "Central America",
})
# Head words of names of organisations: "Varn Foundation", "Ministry of Tides".
_ORGANISATION_HEADS = _ORG_HEADS | frozenset({
    "Foundation", "Society", "Library", "Laboratory", "Laboratorio", "Collaboration", "Inc", "Inc.", "Ltd", "Ltd.",
    "LLC", "Corp", "Corp.", "Group", "Airlines", "Airways", "Records", "Studios", "Tours", "Club", "League",
    "Team", "Network", "Press", "Magazine", "Journal", "Gazette", "Orchestra", "Choir", "Band", "Trust",
})
# Organisation heads that also end names of states ("Soviet Union", "Russian Federation").
_STATE_HEADS = frozenset({"Union", "Federation", "Government", "Assembly", "Congress", "Parliament", "Senate"})
# Words that make a name an institution (ORG) rather than the building or town it
# is in: "Doe University", "University of Lyonesse", "Universidad de Lyonesse".
_INSTITUTION_WORDS = frozenset({
    "University", "College", "Institute", "Academy", "Conservatory", "Conservatoire", "Seminary", "Polytechnic",
    "School", "Universidad", "Universidade", "Université", "Universität", "Universiteit", "Università",
    "Instituto", "Institut", "Istituto",
})
_ADDRESS_HEADS = frozenset({"Street", "Road", "Avenue", "Lane", "Square", "Boulevard"})
# Last words of a place's name that leave it the same place as the bare name ("Lyonesse Island").
_ISLAND_WORDS = frozenset({"Island", "Isle"})
# Last words of a name that no person has as a surname: a name ending so and
# misread as a person's does not take its first word as a short form.
_NOT_A_SURNAME = _FAC_LAST_NOT_SURNAME | _ADDRESS_HEADS - {"Lane"} | {"School"}
# Last words of a place or building that can be named after a person ("Jane Doe Square").
_NAMED_AFTER_LAST = _FAC_LAST | _ADDRESS_HEADS | {"Bay", "School"}
# Nouns a name modifies that say what it is: "an Acme store", "the Northline
# pipeline", "a Bexley Foods spokesperson", "Meridian magazine".
_HEAD_CUES = {
    **dict.fromkeys((
        "store", "shop", "supermarket", "chain", "outlet", "franchise", "brand", "spokesperson",
        "spokesman", "spokeswoman", "shareholder", "subsidiary", "headquarters", "website", "magazine",
        "newspaper", "post", "page", "account", "app", "platform", "report", "release", "employee",
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
# Nouns for works whose title follows them or stands quoted before them ("the
# film Driftwood", "the 'Light on the Water' album"): the title is one WORK_OF_ART name.
_WORK_NOUNS = frozenset({
    "film", "movie", "documentary", "album", "song", "single", "book", "novel", "memoir", "series",
    "sitcom", "show", "play", "musical", "opera", "painting", "poem", "biopic", "comedy", "drama", "thriller",
})
# Words a title keeps lowercase between its capitalised words ("Light on the Water").
_TITLE_FUNCTION_WORDS = frozenset({
    "of", "on", "the", "a", "an", "in", "and", "to", "for", "with", "at", "from", "by", "or", "is", "are",
})
# Without quotation marks a title runs over fewer of them: "with", "and", "by",
# "for" more often end it ("the album X with Tom Berg").
_BARE_TITLE_FUNCTION_WORDS = frozenset({"of", "on", "the", "a", "an", "in", "to"})
# A person's office, job or role: it describes a name beside it ("spokesperson
# Ana Ruiz", "Ana Ruiz, the director,") and ends an organisation's name that
# spaCy glued to the person's ("Acme Space Agency Administrator Carl Borden").
_PERSON_ROLES = frozenset({
    "spokesperson", "spokesman", "spokeswoman", "head", "director", "chief", "minister", "president",
    "secretary", "chairman", "chairwoman", "chair", "founder", "executive", "ceo", "manager", "leader",
    "administrator", "commissioner", "governor", "mayor", "senator", "ambassador", "officer", "general",
    "captain", "coach", "professor", "expert", "analyst", "economist", "scientist", "researcher", "student",
    "lawyer", "attorney", "judge", "prosecutor", "doctor", "archbishop", "bishop", "priest",
    "author", "writer", "editor", "journalist", "reporter", "correspondent", "photographer",
    "drummer", "singer", "guitarist", "bassist", "actor", "actress",
})
# Relatives and peers: they describe a person ("his wife, Jane Doe") but head no title.
_KIN = frozenset({"colleague", "wife", "husband", "daughter", "son", "mother", "father", "brother", "sister"})
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
    **dict.fromkeys(_PERSON_ROLES | _KIN, "PERSON"),
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
})
# Of these, the nouns a possessive place name has and a person's name has not
# ("Doeville's population"; "Doe's village" is where Doe lives).
_PLACE_POSS_NOUNS = frozenset({"population", "inhabitant", "mayor", "outskirts", "suburb", "township"})
# Kinds of place that a list of names illustrates: "cities like Doeville and Roeburg", "towns such as Doeville".
_PLACE_KIND_NOUNS = frozenset({"city", "town", "village", "island", "country", "destination", "port", "capital", "resort"})
# Head words of diseases, which spaCy often tags ORG ("Coastal Respiratory Syndrome").
_DISEASE_HEADS = frozenset({
    "Syndrome", "Disease", "Fever", "Flu", "Influenza", "Virus", "Coronavirus", "Pandemic", "Epidemic",
})
# Labels a code or a disease name is wrongly given.
_CODE_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"})
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "ian", "ians", "i", "is", "ic")

# A quoted name given to something ("nicknamed "Skipper"", "known as the "Old Mill"").
_NAMING_CUE = re.compile(r"\b(?:named|nicknamed|called|dubbed|known as|titled|christened)(?: the| a)? ?[\"“‘']$")
_GLUED_BRACKET = re.compile(r".*[)\]](?=[A-Z])")
_DOTTED = re.compile(r"\b[A-Za-z](?:\. ?[A-Za-z])+\b\.?")  # "U.S.", "U. S.", "U.S" (its last dot read as a full stop)
_DATELINE = re.compile(r"([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2}),[ \t]")
# A score glued to a name ("Hillside 38–6"): digits joined by a dash.
_SCORE = re.compile(r"\d+[-–—]\d+")
# Standard time-zone abbreviations (a small table of well-known abbreviations):
# after a clock time ("9:15 pm CET", "1130 UTC") they are no organisation.
_TIME_ZONES = frozenset({
    "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "IST",
    "CET", "CEST", "EET", "EEST", "WET", "WEST", "BST", "JST", "KST", "HKT", "SGT", "PHT", "ICT", "WIB",
    "MSK", "SAST", "WAT", "CAT", "EAT", "PKT", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "AST", "ADT",
})
# Words that end a clock time ("9:15 pm", "14:00 hrs").
_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "hrs", "hours", "h", "noon", "midnight"})
# Verbs of a sports result: a one-word name that wins or loses a match with a
# score is a team ("X defeated Y 31 points to 17"), unless the article also
# gives it as a person's full name.
_RESULT_VERBS = frozenset({"defeat", "beat", "edge", "thrash", "rout", "trounce", "down", "overcome", "whitewash"})


# -- step 1: candidates ------------------------------------------------------


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
    not_person: bool = False  # used as no person is: "the X" as a head noun, "via X"
    quoted: bool = False  # the whole content of a pair of quotation marks: a word being named
    cue: str | None = None  # a type the words around the name give ("an Acme store": ORG)
    cue_rule: str | None = None  # the typing rule (TYPE_RULES) that gave the cue
    impersonal: bool = False  # the subject of a verb whose object is "its ...": no person
    attributive: bool = False  # a nationality or creed saying what a person is: "a Swiss painter"
    untagged: bool = False  # found by its cue (_cued_names), its label is the cue's, not spaCy's
    style: bool = False  # a demonym naming a style or tradition: "Spanish poetry", "Iranian architecture"
    dated_work: bool = False  # a title of a work given with its year: "The Lookout (2007)", "Doe's Match Point (2005)"
    speaks: bool = False  # the subject of a verb of speech: "Doe said", "Doe told reporters"
    place_hint: bool = False  # where a place can stand: "in X", "from X", listed or in apposition with places
    preposition: str | None = None  # the preposition the name is the object of: "in" for "in X"


def _key(text: str) -> str:
    """Normalised name for exact matching: curly apostrophes, spaces, accents
    ("Yucatán" -> "Yucatan": a text often writes a name both ways), dotted
    abbreviations ("U.S." -> "US")."""
    text = _strip_accents(" ".join(text.replace("’", "'").split()))
    return _DOTTED.sub(lambda m: m.group(0).replace(".", "").replace(" ", ""), text)


def _strip_accents(text: str) -> str:
    """`text` without its accents ("Gérard" -> "Gerard")."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Split tokens [start, end) at line breaks, brackets, lowercase
    determiners ("Doe v. Roe this Court") and lowercase verbs ("Doe composed
    Nightfall"): (start, end, after_break), where after_break marks the pieces
    after a line break, a demonstrative or a verb."""
    out = []
    cur = start
    after_break = False
    for i in range(start, end):
        tok = doc[i]
        brk = "\n" in tok.text or tok.is_space
        if tok.lower_ == "et" and i + 1 < len(doc) and doc[i + 1].lower_.startswith("al") and i > cur:
            out.append((cur, i, after_break))  # "Doe et al.": the author, not the abbreviation
            return out
        verb = tok.pos_ in ("VERB", "AUX") and tok.is_alpha and tok.text.islower()
        if brk or tok.text in _CUT_TOKENS or tok.text in _CUT_WORDS or verb:
            if i > cur:
                out.append((cur, i, after_break))
            cur = i + 1
            # after "this"/"that" an untyped fragment: "this Court" joins the court
            # named elsewhere, "this Sat" (a weekday) is nothing; so is what
            # follows a verb spaCy ran a name over ("Doe composed Nightfall")
            after_break = after_break or brk or tok.text in _DEMONSTRATIVES or verb
        elif i > cur and tok.text == "The":
            # "Harbor Sound for The Night Owls": a new name starts
            out.append((cur, i, after_break))
            cur = i
        elif i > start and "\n" in doc[i - 1].whitespace_:
            out.append((cur, i, after_break))
            cur, after_break = i, True
    if end > cur:
        out.append((cur, end, after_break))
    return out


def _trim(doc: Doc, start: int, end: int, full: str) -> tuple[int, int, int, int] | None:
    """Strip articles, punctuation, possessives and stray lowercase words from a
    token span. Returns (tok_start, tok_end, char_start, char_end) or None for junk."""
    cut_prefix = 0
    while start < end:
        tok = doc[start]
        low = tok.lower_
        if low in _ARTICLES or tok.is_punct or tok.is_space:
            start += 1
            continue
        if tok.text[:1].islower() and not _GLUED_BRACKET.match(tok.text):
            # "anti" "-" "American": keep the name unless the prefix marks a relation.
            nxt = doc[start + 1] if start + 1 < end else None
            if nxt is not None and nxt.text in ("-", "‐") and low not in _KEEP_PREFIXES:
                return None
            start += 1
            continue
        break
    while end > start:
        tok = doc[end - 1]
        if tok.text in _POSSESSIVE or tok.tag_ == "POS" or tok.is_space:
            end -= 1
        elif tok.is_punct and tok.text not in (".",):
            end -= 1
        elif tok.text == "." and end - 1 > start:
            end -= 1
        elif _SCORE.fullmatch(tok.text) and end - 1 > start:
            end -= 1  # "Hillside 38–6": a score glued to the name
        elif tok.text[:1].islower() and tok.lower_ in _NAME_FUNCTION_WORDS | _ARTICLES:
            end -= 1
        else:
            break
    if start >= end:
        return None
    first = doc[start]
    cs = first.idx
    m = re.match(r"([a-z]+)[-‐](?=[A-Z])", first.text)
    if m:  # "inter-American" as one token
        if m.group(1) not in _KEEP_PREFIXES:
            return None
        cut_prefix = m.end()
    m = _GLUED_BRACKET.match(first.text)
    if m:  # "((fr))French": a closing bracket glued to the name
        cut_prefix = m.end()
    cs += cut_prefix
    last = doc[end - 1]
    ce = last.idx + len(last.text)
    text = full[cs:ce]
    for poss in ("'s", "’s"):
        if text.endswith(poss) and len(text) > len(poss) + 1 and last.text != poss:
            ce -= len(poss)
            text = text[: -len(poss)]
    if not _is_name_like(text):
        return None
    return start, end, cs, ce


def _is_name_like(text: str) -> bool:
    if len(text) < 2 or not text[0].isupper() and not text[0].isdigit():
        return False
    if not any(c.isupper() for c in text):
        return False
    letters = sum(c.isalpha() for c in text)
    return letters >= 2


def _extend_right(doc: Doc, start: int, end: int, label: str, used: set[int]) -> tuple[int, int, str]:
    """Repair a name spaCy cut short: while the last token is a compound modifier
    of a following capitalised proper noun on the same line, take the tokens up
    to that noun."""
    if label in ("ORG", "PRODUCT") and end < len(doc) and doc[end].like_num and doc[end].text.isdigit() \
            and len(doc[end].text) <= 4 and doc[end - 1].whitespace_ == " ":
        return start, end + 1, "PRODUCT"  # "Skylark 9", "Acme 320"
    if label == "ORG" and doc[end - 1].text in _ORG_HEADS and end + 1 < len(doc) \
            and doc[end].lower_ == "of":
        # "the Supreme Court" + "of Canada"
        j = end + 1
        if doc[j].lower_ == "the" and doc[j].ent_iob_ != "B":
            j += 1
        if j < len(doc) and doc[j].ent_type_ in ("GPE", "LOC") and doc[j].ent_iob_ == "B":
            k = j + 1
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
            used.update(range(j, k))
            return start, k, label
    while end < len(doc):
        last = doc[end - 1]
        head = last.head
        if last.dep_ != "compound" or head.i < end or head.i > end + 3:
            break
        if "\n" in last.whitespace_ or last.whitespace_ == "":
            break
        span = doc[end : head.i + 1]
        if any(
            t.pos_ != "PROPN" or not t.text[:1].isupper() or t.is_sent_start or "\n" in t.text
            or (t.ent_type_ and t.ent_type_ not in ACTOR_LABELS)
            for t in span
        ):
            break
        if span[0].ent_type_ != "PERSON" and any(t.ent_type_ == "PERSON" for t in span) or _titles_a_person(head):
            break  # "Acme Corp Chief Executive Jane Doe": a person and her title, not a longer name
        if label in ("GPE", "NORP", "LOC"):
            if head.text not in _ORG_HEADS:
                break
            label = "ORG"
        elif label == "PERSON" and any(t.ent_type_ for t in span):
            break
        used.update(t.i for t in span if t.ent_type_)
        end = head.i + 1
    return start, end, label


def _titles_a_person(tok: Token) -> bool:
    """Is `tok` part of a title in front of a person's name: a compound
    modifier whose chain of heads reaches a word spaCy tagged PERSON
    ("Executive" in "Acme Corp Chief Executive Jane Doe")?"""
    seen = 0
    while tok.dep_ == "compound" and tok.head.i != tok.i and seen < 8:
        tok = tok.head
        seen += 1
        if tok.ent_type_ == "PERSON":
            return True
    return False


def _root(doc: Doc, start: int, end: int) -> Token:
    for tok in doc[start:end]:
        if tok.head.i < start or tok.head.i >= end or tok.head.i == tok.i:
            return tok
    return doc[end - 1]


def _title_start(doc: Doc, start: int, end: int) -> int:
    """Token index where a title or role in front of a person's name begins
    ("French President", "Spanish Foreign Ministry spokesman", "senior adviser and
    deputy party leader"), or `start` if there is none. The title is the
    left subtree of a modifier of the name's head, contiguous with the name."""
    root = None
    for tok in doc[start:end]:
        if tok.head.i < start or tok.head.i >= end or tok.head.i == tok.i:
            root = tok
            break
    if root is None:
        return start
    new_start = start
    for child in reversed(list(root.lefts)):
        if child.i >= start:
            continue
        if child.dep_ not in ("compound", "amod", "nmod", "nn", "appos") or child.ent_type_ == "PERSON":
            break
        if child.subtree is None:
            break
        left = child.left_edge.i
        if child.right_edge.i != new_start - 1:
            break
        if left > 0 and doc[left - 1].text in _QUOTE_MARKS:
            break  # "Welcome Ruiz" in a chant: a quoted phrase, not a title
        toks = doc[left:new_start]
        if len(toks) > 8 or any(
            t.is_punct and t.text not in ("-", "‐") or t.pos_ in ("DET", "PRON", "VERB", "AUX", "NUM")
            and not (t.pos_ == "VERB" and t.dep_ == "amod")
            or t.ent_type_ == "PERSON" or t.tag_ == "POS" or "\n" in t.text or "\n" in t.whitespace_
            for t in toks
        ):
            break
        new_start = left
    while new_start < start and (doc[new_start].ent_type_ in _TITLE_SHED or doc[new_start].lower_ in ("of", "and")):
        new_start += 1
    return new_start


def _candidates(doc: Doc, drops: list[Drop] | None = None) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Name candidates, and pairs of candidate indices (long name, bracketed
    short form) for "Institute for Coastal Studies (ICS)"; `drops` records the
    one-word headings and note marks left out."""
    full = doc.text  # Doc.text is rebuilt on every access
    cands: list[_Cand] = []
    bracket_pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    lower_words = {t.text for t in doc if t.is_lower}
    # capitalised words written inside a sentence: names, whatever their tag
    mid_words = {t.text for t in doc if t.text[:1].isupper() and not t.is_sent_start and not _line_initial(doc, t.i)}
    titles = _work_titles(doc)
    in_title = {i for s, e in titles for i in range(s, e)}
    for s, e in titles:
        cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        cands.append(_Cand(cs, ce, full[cs:ce], "WORK_OF_ART", cs, not_person=True, cue="WORK_OF_ART"))
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS or ent.start in used:
            continue
        if any(i in in_title for i in range(ent.start, ent.end)):
            continue  # a name inside a title ("Memories of Mr. Berg") is part of the title
        if ent.label_ == "CARDINAL":
            continue
        if _title_word_of_person(doc, ent):
            continue
        prev_idx: int | None = None
        for s, e, after_break in _pieces(doc, ent.start, ent.end):
            label = None if after_break else ent.label_
            if e - s > 1 and _imperative(doc, s, mid_words):
                if drops is not None:
                    drops.append(Drop("imperative before a name", doc[s:e].text))
                s += 1  # "Follow Jane Doe on Twitter", "Meet Jane Doe": the verb is no part of the name
            if label is not None:
                s, e, label = _extend_right(doc, s, e, label, used)
            trimmed = _trim(doc, s, e, full)
            if trimmed is None:
                prev_idx = None
                continue
            ts, te, cs, ce = trimmed
            honorific_start = None
            if label == "PERSON":
                while te - ts > 1 and doc[ts].text in _HONORIFICS and doc[ts + 1].tag_ != "POS":  # "King's Man"
                    honorific_start = cs if honorific_start is None else honorific_start
                    ts += 1
                    cs = doc[ts].idx
                if te - ts > 1 and doc[ts].lower_ == "of" and doc[ts - 1].text in _TITLES_OF_A_PLACE:
                    # "King of Doeville" tagged as a person: the title's place, untyped (its cue types it)
                    ts, cs, honorific_start, label = ts + 1, doc[ts + 1].idx, None, None
            elif te - ts > 1 and doc[ts].text in _PERSONAL_HONORIFICS and not _facility_name(
                [t.text for t in doc[ts:te]], "ORG"
            ):
                honorific_start = cs  # "Dr. Doe" tagged as an organisation: a person after all
                ts += 1
                cs = doc[ts].idx
            personal_honorific = honorific_start is not None and label != "PERSON" or (
                ts > 0 and "\n" not in doc[ts - 1].whitespace_ and (
                    doc[ts - 1].text in _PERSONAL_HONORIFICS
                    or doc[ts - 1].text in _HONORIFICS and doc[ts - 1].ent_type_ in ("", "PERSON")
                    and ts <= doc[ts - 1].head.i < te and label != "GPE"
                )  # "Senator Doe", "Chief Justice Doe" (not "Justice Department", one name, nor
                # "the first Senator Varnia has elected", where the title is not the name's)
            )
            if te - ts == 1 and (doc[ts].text in _TITLE_OR_SUFFIX):
                # "Mlle", "Jr": a title or a suffix whose name spaCy left out
                prev_idx = None
                continue
            if label == "LANGUAGE" and doc[ts].dep_ in ("amod", "compound") and doc[ts].head.i >= te:
                label = "NORP"  # "English painter": a nationality, not the language
            elif label == "NORP" and te - ts == 1 and _language_use(doc, ts):
                label = "LANGUAGE"  # "French language", "said in French", "(French: ...)"
            elif label in _LANGUAGE_MISTAGS and _named_as_language(doc, ts, te, label):
                label = "LANGUAGE"  # "Lao, a Tai-Kadai language", "speakers of Doe", "Doe-speaking children"
            text = full[cs:ce]
            if doc[ts:te].text in _NOTE_MARKS:
                if drops is not None:
                    drops.append(Drop("note mark", doc[ts:te].text))
                prev_idx = None
                continue  # "P.S. What about ...?": a postscript, not a place
            if _not_a_name(doc, full, ts, te, cs, label, lower_words):
                prev_idx = None
                continue
            if (
                te - ts == 1 and _line_initial(doc, ts) and _line_final(doc, ts)
                and (doc[ts].pos_ != "PROPN" and label != "PERSON" or _lone_heading(full, doc[ts]))
                and not is_given_name(doc[ts].text) and not _named_mid_line(full, doc[ts].text)
            ):
                if drops is not None:
                    drops.append(Drop("one-word heading", doc[ts].text))
                prev_idx = None
                continue  # "Background", "Understand": a one-word heading that is no proper noun
            if te - ts == 1 and _opening_phrase(doc, ts):
                prev_idx = None
                continue
            if te - ts == 1 and label not in ("NORP", "LANGUAGE", None) and _sentence_initial(doc, ts):
                # "Earlier", "Fly": a capitalised first word that is not a proper noun.
                if doc[ts].pos_ != "PROPN":
                    prev_idx = None
                    continue
            title = cs
            if label in ("PERSON", None):
                title = doc[_title_start(doc, ts, te)].idx
            if honorific_start is not None:
                title = min(title, honorific_start)
            subj = any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[ts:te])
            after_the = ts > 0 and doc[ts - 1].lower_ == "the"
            if label == "PERSON" and te - ts == 1 and doc[ts].text.isupper() and len(doc[ts].text) > 1:
                label = None  # "UTC", "ACME": an all-capitals word is not a person's name
            root = _root(doc, ts, te)
            # "the Doe legal team": a name modifying a later noun is no
            # evidence against a person, whatever the parser calls the link
            modifier = root.head.i > root.i and root.head.pos_ in ("NOUN", "PROPN")
            not_person = (after_the and root.dep_ != "compound" and not modifier and not text.endswith("s")) or (
                root.dep_ == "pobj" and root.head.lower_ in ("via", "on")
            )
            cue, strong, cue_rule = _context_cue(doc, root)
            cue = _usable_cue(cue, label, te - ts)
            if cue_rule == "listed with people" and (after_the or not _person_shaped(text, lower_words)):
                # "Ana Ruiz, Tom Berg and the AP", "... and the Corvane Society", "... and Acme
                # Foods": only a name shaped like a person's is one for being listed with people
                cue = None
            if cue_rule == "place noun" and label in ("LOC", "FAC"):
                cue = None  # "the population of the Doe Valley": a region or a building keeps its tag
            if cue == "GPE" and label == "ORG" and text.isupper():
                cue = None  # "the EU border": an acronym tagged as an organisation is one
            cue_rule = None if cue is None else cue_rule
            if (label in ("PERSON", "ORG", "LANGUAGE", None) or label in ("GPE", "LOC", "FAC") and not (
                root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS and root.head.lower_ != "from"
            )) and _cited_author(doc, ts, te) and not _titled_with_year(doc, ts, te):  # "in Lyon (1925)" is a place and a year
                cue, strong, cue_rule = "PERSON", False, "cited author"  # "Doe et al.", "Doe (2011)": an author
            elif cue is None and label in _GIVEN_NAME_RETYPED and _given_and_family_name(text):
                cue, cue_rule = "PERSON", "given and family name"  # "Jennifer Roe" tagged as an organisation or a place
            elif cue is None and personal_honorific and label != "PERSON":
                cue, cue_rule = "PERSON", "honorific"  # "Mr Doe", "Dr. Doe" tagged as something else
            elif cue is None:
                cue, strong, cue_rule = _type_evidence(doc, ts, te, root, label, after_the, lower_words)
            not_person = not_person or (strong and cue not in (None, "PERSON"))
            team = te - ts == 1 and _plays_match(root)
            if team and cue is None:
                cue, cue_rule = "ORG", "plays a match"
            if label in _CODE_LABELS and _is_code_or_disease(text):
                prev_idx = None
                continue
            quoted = (
                cs > 0 and full[cs - 1] in _QUOTE_MARKS and full[ce : ce + 1] in _QUOTE_MARKS
                and not _NAMING_CUE.search(full, max(0, cs - 30), cs)
            )
            speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS
            place_hint = _place_hint(root)
            cand = _Cand(cs, ce, text, label, title, subject=subj, after_the=after_the, not_person=not_person,
                         speaks=speaks, place_hint=place_hint, preposition=root.head.lower_ if root.dep_ == "pobj" else None,
                         quoted=quoted, cue=cue, cue_rule=cue_rule, impersonal=team or _its_subject(root),
                         attributive=label == "NORP" and (_attributive(doc, ts, te) or _of_descent(doc, ts, te)),
                         style=label == "NORP" and _style_or_tradition(doc, ts, te))
            if prev_idx is not None and s > 0 and doc[s - 1].text == "(":
                bracket_pairs.append((prev_idx, len(cands)))
            cands.append(cand)
            prev_idx = len(cands) - 1
        # "the Coastal Farmers National Union (CFNU)", the short form untagged
        if (
            prev_idx is not None and ent.end + 2 < len(doc) and doc[ent.end].text == "("
            and doc[ent.end + 2].text == ")" and not doc[ent.end + 1].ent_type_
        ):
            short = doc[ent.end + 1]
            if _abbreviates(short.text, tuple(cands[prev_idx].text.split())):
                cands.append(_Cand(short.idx, short.idx + len(short.text), short.text, cands[prev_idx].label, short.idx))
                bracket_pairs.append((prev_idx, len(cands) - 1))
    _cued_names(doc, full, cands, in_title, lower_words)
    _dated_works(doc, full, cands, lower_words)
    _bracket_neighbours(doc, cands, bracket_pairs)
    return cands, bracket_pairs


def _imperative(doc: Doc, i: int, mid_words: set[str]) -> bool:
    """Is token `i` a capitalised verb in its base form opening a sentence or a
    line ("Follow Jane Doe on Twitter", "Meet Jane Doe"), which spaCy ran a name
    over? Not a given name ("Will", "Bill"), which a verb's tag may hide, nor a
    word the text capitalises inside a sentence too (`mid_words`: a name), nor
    the first part of a hyphenated word."""
    tok = doc[i]
    return (
        tok.pos_ == "VERB" and tok.tag_ == "VB" and tok.text[:1].isupper() and tok.text[1:].islower()
        and tok.whitespace_ == " " and (tok.is_sent_start or _line_initial(doc, i))
        and not is_given_name(tok.text) and tok.text not in mid_words
    )


def _year_bracket_end(doc: Doc, te: int) -> int | None:
    """Token index after "(1999)", "(1909 – 1949)" or "(Other Title, 1959)" right after
    token `te` - 1, else None."""
    n = len(doc)
    if te + 2 >= n or doc[te].text != "(":
        return None
    j = te + 1
    if not _year(doc[j].text):
        while j < n and j - te < 8 and doc[j].text not in (",", ")", "(") and "\n" not in doc[j].text:
            j += 1
        if not (j + 1 < n and doc[j].text == "," and _year(doc[j + 1].text)):
            return None
        j += 1
    j += 1
    if j + 1 < n and doc[j].text in ("-", "–", "—") and _year(doc[j + 1].text):
        j += 2
    return j + 1 if j < n and doc[j].text == ")" else None


def _dated_works(doc: Doc, full: str, cands: list[_Cand], lower_words: set[str]) -> None:
    """Mark titles of works given with their year, which spaCy tags as people,
    organisations or places ("The Lookout (2007)", "A Single Man (2009)",
    "Jane Doe's Lost Roads (2005)", "the drama Lost Roads (2011)", "Lost Roads
    (2010)" of words the article writes in lowercase too): not an author cited with
    a year ("Doe (2011)") nor a place with one ("in Lyon (1925)"). A name in a list
    of such titles ("..., Lost Roads (2010), Stoker (2013), ...") is one as well."""
    # (ts, te, candidate index, token index after the year's bracket) of the names
    # followed by "(1999)", in text order
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
            or before.text in ("The", "A", "An") and ts > 1 and doc[ts - 2].text not in (".", "!", "?", "\n")
            and "\n" not in doc[ts - 2].whitespace_  # "include The Lookout (2007)"
            or before.tag_ == "POS" and ts > 1 and doc[ts - 2].ent_type_ == "PERSON"  # "Jane Doe's Lost Roads (2005)"
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
    if cs > 0 and full[cs - 1] == "#":
        return True
    if te - ts != 1:
        return False
    tok = doc[ts]
    if tok.text in _TIME_ZONES:
        j = ts - 1
        if j >= 0 and doc[j].text == "(":
            j -= 1
        if j >= 0 and (doc[j].like_num or doc[j].ent_type_ == "TIME" or doc[j].lower_ in _CLOCK_WORDS):
            return True
    return (
        label not in ("NORP", "LANGUAGE") and not tok.text.isupper() and tok.text.lower() in lower_words
        and (_sentence_initial(doc, ts) or _line_initial(doc, ts))
    )


def _lone_heading(full: str, tok: Token) -> bool:
    """Is the word alone on its line below the article's opening paragraphs
    (its headline, byline, dateline), above more text (not a letter's
    signature), and nowhere else in the text: a section heading
    ("Background", "Understand") that spaCy took for a name?"""
    if tok.text.isupper() or not tok.is_alpha or full.count("\n\n", 0, tok.idx) < 2:
        return False
    if len(full[tok.idx + len(tok.text) :].split(None, 8)) < 8:
        return False
    return len(re.findall(r"(?<!\w)" + re.escape(tok.text) + r"(?!\w)", full)) == 1


def _named_mid_line(full: str, word: str) -> bool:
    """Is `word` written, capitalised, anywhere but at the start of a line (a
    heading that is also a name used in the text, "Lyon" over a section on it)?"""
    return any(
        m.start() > 0 and full[m.start() - 1] != "\n"
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", full)
    )


def _line_final(doc: Doc, i: int) -> bool:
    """Is token `i` the last word of a line?"""
    return i == len(doc) - 1 or "\n" in doc[i].whitespace_ or doc[i + 1].is_space and "\n" in doc[i + 1].text


def _line_initial(doc: Doc, i: int) -> bool:
    """Is token `i` the first word of a line (a heading, a list item)?"""
    return i == 0 or doc[i - 1].is_space and "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


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


# Types spaCy gives names of languages it does not know ("Eegimaa", "Chitonga").
_LANGUAGE_MISTAGS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_LANGUAGE_NOUNS = frozenset({"language", "languages", "dialect", "dialects"})
_SPEAKER_NOUNS = frozenset({"speaker", "speakers"})


def _named_as_language(doc: Doc, ts: int, te: int, label: str) -> bool:
    """A name used as the name of a language: "the Doe language", "Doe dialects",
    "Doe speakers", "speakers of Doe", "the Doe-speaking area", "Doe, a Bantu
    language". Loudspeakers of a brand ("Acme speakers") are no language: an
    organisation needs the word language or dialect."""
    n = len(doc)
    nxt = doc[te] if te < n else None
    if nxt is None:
        return False
    if nxt.lower_ in _LANGUAGE_NOUNS or nxt.lower_ in _SPEAKER_NOUNS and label != "ORG":
        return True
    if label != "ORG" and nxt.text in ("-", "‐") and te + 1 < n and doc[te + 1].lower_ == "speaking" \
            and doc[te].whitespace_ == "":
        return True  # "Doe-speaking children"
    if label != "ORG" and nxt.lower_ == "speaking" and te + 1 < n and doc[te + 1].pos_ == "NOUN":
        return True  # "the Doe speaking area"
    root = _root(doc, ts, te)
    if root.dep_ in ("pobj", "conj") and label != "ORG":
        head = root.head
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        if head.lower_ == "of" and head.head.lower_ in _SPEAKER_NOUNS:
            return True  # "speakers of Doe and Roe"
    return any(c.dep_ == "appos" and c.lemma_.lower() in ("language", "dialect") for c in root.children)


_GIVEN_NAME_RETYPED = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", None})
# Last words of company names that begin with a given name ("Felix Airways", "Victoria Foods").
_COMPANY_WORDS = frozenset({
    "Airways", "Airlines", "Air", "Hotel", "Hotels", "Motors", "Records", "Foods", "Media", "Group", "Holdings",
    "Inc", "Ltd", "Partners", "Studios", "Films", "Pictures", "Books", "Press", "Times", "News", "Trust",
    "Foundation", "Fund", "Prize", "Award", "Awards", "Center", "Centre", "School", "College", "Hall", "Library",
})
_NAME_WORD = re.compile(r"(?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+(?:-[A-Z][a-zà-ÿ'’]+)?)")


def _given_name(word: str) -> bool:
    """A given name of the table in `first_names`, also with accents ("Gérard")
    or as the first part of a double name ("Jean-Pierre", "Pierre-Simon")."""
    return is_given_name(_strip_accents(word.split("-")[0]))


def _given_and_family_name(text: str) -> bool:
    """"Jennifer Roe", "Marco T. Berg": a person's name in shape (`_full_name_shape`)
    whose first word is a given name of the table in `first_names`."""
    words = text.split()
    return _full_name_shape(text) and _given_name(words[0])


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


# Nouns that only a person has, after a possessive name: "Doe's widow", "Doe's death".
_PERSONAL_NOUNS = frozenset({
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "parent", "child", "widow",
    "widower", "fiancé", "fiancée", "fiance", "fiancee", "girlfriend", "boyfriend", "grandson", "granddaughter",
    "grandfather", "grandmother", "uncle", "aunt", "nephew", "niece", "cousin", "death", "birth", "childhood",
    "funeral", "grave", "face", "hand", "eye", "voice", "body", "health", "biography", "autobiography", "memoir",
})
# Verbs whose subject is a person: "Doe died", "Doe testified", "Doe was born".
_PERSON_VERBS = frozenset({
    "die", "marry", "divorce", "graduate", "testify", "smile", "laugh", "cry", "weep", "gasp", "pray", "kiss",
    "confess", "retire", "resign", "sing", "dance", "paint", "sleep", "wed", "recall", "apologize", "apologise",
})
# A personal possessive or reflexive in what the verb of a name's clause governs:
# "Doe lost his notes", "Doe saw herself as ..." (an organisation has "its").
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "himself", "herself"})
_MASCULINE_POSSESSIVES = frozenset({"his", "himself"})
_OBJECT_DEPS = frozenset({"dobj", "prep", "attr", "xcomp", "dative", "acomp", "npadvmod"})
# Prepositions of place: "moved to Doeville", "in Doeville", "from Doeville".
_PLACE_PREPOSITIONS = frozenset({
    "in", "into", "from", "to", "near", "through", "across", "around", "outside", "throughout", "towards",
    "toward", "within", "inside",
})
# "to X" and "from X" name a place only after a word of moving ("moved to
# Doeville", "a flight from Doeville"); "said to Acme", "data from Acme" name a source.
_PREPOSITIONS_OF_MOTION = frozenset({"to", "from", "towards", "toward"})
# The others say where something is: "in X", "near X" (not "on X" nor "via X":
# "on Doe", "said via Doe" name a website or a topic as often as a place).
_WHERE_PREPOSITIONS = _PLACE_PREPOSITIONS - _PREPOSITIONS_OF_MOTION
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
    ("flew to Doeville") rules a person out: no person is gone to so."""
    if label == "PERSON":
        if te - ts <= 3 and not _given_name(doc[ts].text) and doc[ts].text not in _HONORIFICS and _moved_to(root):
            return "GPE", True, "moved to or from"
        return None, False, None
    if label == "NORP":
        return None, False, None
    word = doc[ts].text
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
        owned = [
            t for c in verb.children if c.dep_ in _OBJECT_DEPS for t in c.subtree
            if t.lower_ in possessives and (t.dep_ == "poss" or t.lower_.endswith("self"))  # not "asked her"
        ]
        words = [t.text for t in doc[ts:te]]
        if root.dep_ in ("nsubj", "nsubjpass") and owned and not _other_owner(doc, ts, te, min(t.i for t in owned)) \
                and not is_country(" ".join(words)) and not any(  # "Lyonesse ... his": the country's leader
                    len(w) > 1 and w.isupper() or w in _ORGANISATION_HEADS for w in words  # "ACME", "Doe Senate"
                ):
            return "PERSON", False, "subject of his or her"  # "Doe lost his notes", "Doe saw herself as ..."
        if (root.dep_ == "nsubj" and verb.lemma_ in _PERSON_VERBS) or (
            root.dep_ == "nsubjpass" and verb.lemma_ == "bear"
        ):
            return "PERSON", False, "a person's verb"
    if te - ts == 1 and label in ("ORG", None) and not after_the and not word.isupper() \
            and word not in _ORGANISATION_HEADS and word.lower() not in lower_words \
            and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in root.children) \
            and not (te < len(doc) and doc[te].text in _POSSESSIVE) \
            and root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS \
            and not _in_a_domain(root.head) \
            and not any(t.ent_type_ == "PERSON" for t in root.conjuncts) and (  # "to Doe and Jane Roe"
                root.head.lower_ not in _PREPOSITIONS_OF_MOTION | {"through"}
                or root.head.head.lemma_.lower() in _MOTION_WORDS
            ):
        return "GPE", False, "preposition of place"
    return None, False, None


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
    for t in doc[doc[ts].sent.start : at]:
        if ts <= t.i < te:
            continue
        if t.ent_type_ == "PERSON" or t.lower_ in _PERSONAL_WORDS:
            return True
    return False


def _moved_to(root: Token) -> bool:
    """Is the name at `root` where someone or something moves to or from: "flew
    to Doeville", "a ferry from Doeville", "flights via Doeville"? No person is
    gone to so ("said to Doe", "a letter from Doe" name a person)."""
    head = root.head
    return (
        root.dep_ == "pobj" and head.lower_ in _PREPOSITIONS_OF_TRAVEL
        and head.head.lemma_.lower() in _TRAVEL_WORDS
        and not any(t.ent_type_ == "PERSON" and t.i != root.i for t in root.conjuncts)
    )


def _attributive(doc: Doc, ts: int, te: int) -> bool:
    """A demonym or creed in front of a noun that says what a person is ("Jane
    Doe, a Swiss painter", "He was a Dutch physicist", "Swiss painter Jane Doe"),
    not a group noun ("the Swiss", "Muslims", "a Catholic") nor a group acting
    ("Dutch troops crossed ...")."""
    root = _root(doc, ts, te)
    if doc[te - 1].text.endswith("s") and doc[te - 1].tag_ in ("NNPS", "NNS"):
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


def _modified_nouns(doc: Doc, ts: int, te: int) -> list[Token]:
    """The common nouns a one-word demonym stands in front of, over a list of them
    ("German, Scottish and English ancestry") and the adjectives between
    ("Hindustani classical music"), up to a proper noun ("the Australian drama
    Lost Roads": drama); empty when it modifies none."""
    if te - ts != 1:
        return []
    tok = doc[ts]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.i <= tok.i:
        return []
    nouns = []
    head = tok.head
    while head.pos_ in ("ADJ", "NOUN"):
        if head.pos_ == "NOUN":
            nouns.append(head)
        if head.dep_ not in ("amod", "compound") or head.head.i <= head.i:
            break
        head = head.head
    return nouns


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
    personal pronoun)? An office held for a group ("the Italian foreign
    minister") is not."""
    if noun.lower_ in _OFFICES:
        return False
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
    spaCy tags as a place counts too: unknown surnames often are ("(Doe, 2011)")."""
    n = len(doc)
    j = end
    if j + 1 < n and doc[j].lower_ == "et" and doc[j + 1].lower_.startswith("al"):
        return True
    if j + 2 < n and doc[j].text in _POSSESSIVE and doc[j + 1].text == "(" and _year(doc[j + 2].text):
        return True  # "Doe's (2011) model"
    # over a list of further authors ("Doe, Roe, & Poe, 2011", "Doe and Roe (2011)")
    while j < n and j - end < 15 and (
        doc[j].text in (",", "&") or doc[j].lower_ == "and"
        or doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" and not _year(doc[j].text)
    ):
        j += 1
    if j + 1 < n and doc[j].text == "(" and _year(doc[j + 1].text):
        return True
    if j == end and j + 1 < n and _year(doc[j].text) and doc[j + 1].text in (")", ";", ",") and _in_brackets(doc, start):
        return True  # "(Roe, 2010; Doe 2011)"
    return j < n and j > end and doc[j - 1].text == "," and _year(doc[j].text) and _in_brackets(doc, start)


def _titled_with_year(doc: Doc, start: int, end: int) -> bool:
    """Is the name at start:end, before a year in brackets, the end of a title or a
    heading rather than an author: after "the" or "of" ("Walk to the Gallows (1958)",
    "Jane Doe of Doeshire (1635-1699)") or alone on its line ("Doeville Rovers (2012)")?"""
    if end < len(doc) and doc[end].text in _POSSESSIVE:
        return False  # "the model of Doe's (2011) book": an author's
    if start > 0 and doc[start - 1].lower_ in ("the", "of"):
        return True
    i = start  # over a prefix written as one word with the name ("All-Doe")
    while i > 0 and not doc[i - 1].whitespace_ and "\n" not in doc[i - 1].text:
        i -= 1
    before = doc[i - 1] if i > 0 else None
    line_start = before is None or "\n" in before.text or "\n" in before.whitespace_
    close = next((t for t in doc[end : end + 6] if t.text == ")"), None)
    return line_start and close is not None and (close.i + 1 >= len(doc) or "\n" in close.whitespace_
                                                 or "\n" in doc[close.i + 1].text)


def _in_brackets(doc: Doc, start: int) -> bool:
    """Is token `start` inside "( ... " on its line (an open bracket before it, not closed)?"""
    i = start - 1
    while i >= 0 and start - i < 30 and "\n" not in doc[i].text:
        if doc[i].text == ")":
            return False
        if doc[i].text == "(":
            return True
        i -= 1
    return False


def _year(word: str) -> bool:
    return len(word) >= 4 and word[:4].isdigit() and (len(word) == 4 or word[4:].isalpha() and len(word) == 5)


def _opening_phrase(doc: Doc, i: int) -> bool:
    """"Longer term, ...", "Bloody hell, ...", "Frankly, ...": a capitalised
    first word of a sentence (or quotation) that is an adverb or interjection,
    or that opens a two-word phrase set off by a comma with no verb in it, is
    no name."""
    opens_quote = i > 0 and doc[i - 1].text in _QUOTE_MARKS and doc[i - 1].whitespace_ == ""
    if not (opens_quote or doc[i].is_sent_start or _sentence_initial(doc, i)):
        return False
    tok = doc[i]
    if tok.pos_ in ("ADV", "INTJ") and i + 1 < len(doc) and doc[i + 1].text in (",", "!"):
        return True
    if i + 2 >= len(doc):
        return False
    nxt, after = doc[i + 1], doc[i + 2]
    return (
        nxt.is_alpha and nxt.text.islower() and nxt.pos_ not in ("VERB", "AUX") and after.text in (",", "!")
        and tok.whitespace_ == " "
    )


def _plays_match(root: Token) -> bool:
    """"Riverton defeated Lakeside 31 points to 17", "Hillside defeated
    Brookfield 38–6": the winner and the loser of a result given with a score
    are teams (the caller keeps a one-word name only; a person's full name
    elsewhere in the article outweighs it)."""
    tok = root
    if tok.dep_ == "compound" and _SCORE.fullmatch(tok.head.text):
        tok = tok.head  # the score glued into the name
    verb = tok.head
    if tok.dep_ not in ("nsubj", "dobj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in _RESULT_VERBS:
        return False
    near = [t for c in verb.children for t in (c, *c.children)]
    return any(t.like_num or _SCORE.fullmatch(t.text) for t in near)


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


def _work_titles(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of titles of works that spaCy fragments: a title of two or
    more words right after a noun for a work ("the documentary Memories of Mr.
    Berg", "his album Roads of Gold"), or in quotation marks right after or
    before one ("the 'Light on the Water' album"). A title is capitalised words
    with lowercase function words between them; a person's full name as the
    subject of a new clause ("in the film Tom Berg plays ...") is no title.
    One-word titles are typed by the context cue instead."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _WORK_NOUNS:
            continue
        span = None
        if tok.i + 1 < n and "\n" not in tok.whitespace_:
            span = _quoted_title(doc, tok.i + 1, 1) if doc[tok.i + 1].text in _QUOTE_MARKS else _bare_title(doc, tok.i + 1)
        if span is None and tok.i > 0 and doc[tok.i - 1].text in _QUOTE_MARKS:
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
    ) and not any("\n" in t.whitespace_ for t in words[:-1])


def _bare_title(doc: Doc, j: int) -> tuple[int, int] | None:
    n = len(doc)
    first = doc[j]
    if not first.text[:1].isupper() or not first.is_alpha or first.pos_ == "PRON" or first.is_sent_start:
        return None
    k = j + 1  # end (exclusive) of the title so far
    while k < n and "\n" not in doc[k - 1].whitespace_ and k - j < 12:
        t = doc[k]
        if t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".")):
            k += 1
            continue
        if t.text in ("?", "!") and doc[k - 1].whitespace_ == "":
            k += 1
            break
        if t.lower_ in _BARE_TITLE_FUNCTION_WORDS and t.text.islower():
            m = k
            while m < n and doc[m].lower_ in _BARE_TITLE_FUNCTION_WORDS and doc[m].text.islower():
                m += 1
            # "Light on the Water", "Memories of Mr. Berg"; not "X on Tuesday", "X in Paris"
            if m < n and doc[m].text[:1].isupper() and (doc[m].is_alpha or doc[m].text.endswith(".")) \
                    and "\n" not in doc[m - 1].whitespace_ and doc[m].ent_iob_ != "B":
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


def _quoted_title(doc: Doc, q: int, step: int) -> tuple[int, int] | None:
    """The tokens between the quotation mark at `q` and its partner, looking
    forward (step 1) or backward (step -1) on the same line, if they read as a title."""
    k = q + step
    while 0 <= k < len(doc) and abs(k - q) <= 12 and "\n" not in doc[k].text:
        if doc[k].text in _QUOTE_MARKS:
            s, e = (q + 1, k) if step == 1 else (k + 1, q)
            if e > s and _title_words_ok(doc, s, e):
                return s, e
            return None
        k += step
    return None


def _cued_names(doc: Doc, full: str, cands: list[_Cand], skip: set[int], lower_words: set[str]) -> None:
    """Names spaCy did not tag but the words around them type: "an Acme store",
    "news agency Acme Media", "the chains' Instagram pages", "spokesperson Jane
    Doe". A run of capitalised proper nouns outside any entity whose cue rules
    out a person, or a two- or three-word run with a person cue."""
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper() or not tok.is_alpha or i in skip:
            i += 1
            continue
        j = i
        while j + 1 < n and doc[j + 1].pos_ == "PROPN" and not doc[j + 1].ent_type_ and doc[j + 1].text[:1].isupper() \
                and doc[j].whitespace_ == " " and not doc[j + 1].is_sent_start:
            j += 1
        start, end = i, j + 1
        i = end
        if _bracketed_short_form(doc, start, end):
            # "the Acme Star Widget Guild (Guild)": a long untagged name the
            # article itself shortens in brackets is an organisation's name
            cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            cands.append(_Cand(cs, ce, full[cs:ce], None, cs, cue="ORG", not_person=True))
            short = doc[end + 1]
            cands.append(_Cand(short.idx, short.idx + len(short.text), short.text, None, short.idx, cue="ORG",
                               not_person=True))
            i = end + 3
            continue
        if end - start > 3:
            continue
        root = _root(doc, start, end)
        # a cited author is one whatever the words around say, as for a tagged name
        # ("(Li, Roe, & Doe, 2010)": not a place for being listed with places)
        cited = _cited_author(doc, start, end) and not _titled_with_year(doc, start, end)
        cue, strong, _ = (None, False, None) if cited else _context_cue(doc, root)
        cue = _usable_cue(cue, None, end - start)
        if cited:
            cue = "PERSON"
            if end - start == 1:
                cs, ce = doc[start].idx, doc[start].idx + len(doc[start].text)
                cands.append(_Cand(cs, ce, full[cs:ce], None, cs, cue=cue, cue_rule="cited author"))
                continue
        given = cue is None and _untagged_given_name(doc, start, end)
        rule = "untagged given name" if given else "cited author" if cited else None
        if not given and cue is None and _subject_of_later_he_she(doc, start, end, root, lower_words):
            given, rule = True, "subject of a later he or she"
        if given:
            cue = "PERSON"
        elif cue is None and end - start <= 3:
            # "the Protector of Lyonesse" (a country of the table), "travelled to Lyonesse"
            text = full[doc[start].idx : doc[end - 1].idx + len(doc[end - 1].text)]
            rule = "country name" if is_country(text) else "moved to or from" if _moved_to(root) else None
            cue = "GPE" if rule else None
        # untagged, so spaCy gives no competing type: a soft organisation cue
        # ("an Instagram post") is enough; a person needs two or three words
        # or a given name
        if cue is None or cue == "PERSON" and end - start < 2 and not given:
            continue
        if end - start == 1 and _sentence_initial(doc, start) and not (given and doc[start].dep_ in ("nsubj", "nsubjpass")):
            continue
        if doc[start].text in _HONORIFICS:
            continue
        if cue == "PERSON" and _DESCRIBED_CUES.get(doc[end - 1].lower_) == "PERSON":
            continue  # "the Trade Minister": a capitalised role, not a person's name
        cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        title = doc[_title_start(doc, start, end)].idx if cue == "PERSON" else cs
        cands.append(_Cand(cs, ce, full[cs:ce], cue, title, cue=cue, not_person=cue != "PERSON",
                           cue_rule=rule, untagged=True))


def _subject_of_later_he_she(doc: Doc, start: int, end: int, root: Token, lower_words: set[str]) -> bool:
    """"Doe knows what he knows from the tests he runs": an untagged proper
    noun of one or two words, the subject of its verb with nothing set off
    between them, that a he/she subject later in the same sentence can only
    refer to - no other proper noun, name or personal pronoun comes between
    them. Not a word the article also writes in lower case, an acronym, a
    country, a title or role ("Chairman said he ..."), an organisation's or
    institution's head word, nor a name after "the". (News names are nearly
    all tagged; this finds the surnames spaCy misses in other writing.)"""
    if end - start > 2 or root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX") \
            or any(t.is_punct for t in doc[end : root.head.i]):
        return False  # "Alas, he ...", "Loyalty, he noted, ...": a word set off before the subject
    words = [t.text for t in doc[start:end]]
    if any(w.isupper() or w.lower() in lower_words or w in _TITLE_OR_SUFFIX or w in _ORGANISATION_HEADS
           or w in _INSTITUTION_WORDS or w in _CALENDAR_WORDS or w.lower() in _DESCRIBED_CUES for w in words) \
            or is_country(" ".join(words)) or start > 0 and doc[start - 1].lower_ in _ARTICLES:
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
    words = [t.text for t in doc[start:end]]
    if any(w in _ORGANISATION_HEADS or w in _INSTITUTION_WORDS or w in _HONORIFICS or w in _CALENDAR_WORDS
           for w in words):
        return False  # "Ivy League", "Last year August 8"
    if end < len(doc) and doc[end].lower_ in _TITLE_FUNCTION_WORDS and end + 1 < len(doc) \
            and doc[end + 1].text[:1].isupper():
        return False
    if start > 0 and doc[start - 1].lower_ in _ARTICLES:
        return False  # "the Victoria", a ship or a pub
    last = doc[end - 1]
    if last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end and last.head.pos_ == "NOUN":
        return False  # "Andrea toilet paper": a brand in front of a noun
    if end - start == 1:
        return not words[0].isupper() and _given_name(words[0])
    return _given_and_family_name(" ".join(words))


def _bracketed_short_form(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end are two to six capitalised words followed by "(W)"
    with W their last word or their initials, untagged by spaCy."""
    if not 2 <= end - start <= 6 or end + 2 >= len(doc):
        return False
    if doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    short = doc[end + 1]
    if short.ent_type_ or not short.text[:1].isupper() or not short.is_alpha:
        return False
    words = tuple(t.text for t in doc[start:end])
    return short.text == words[-1] or _abbreviates(short.text, words)


def _bracket_neighbours(doc: Doc, cands: list[_Cand], pairs: list[tuple[int, int]]) -> None:
    """Pair "Long Name (LN)" where both are separate candidates."""
    by_start = {c.start: i for i, c in enumerate(cands)}
    text = doc.text
    for i, c in enumerate(cands):
        j = c.end
        while j < len(text) and text[j] in " \t":
            j += 1
        if j < len(text) and text[j] == "(":
            k = by_start.get(j + 1)
            if k is not None and text[cands[k].end : cands[k].end + 1] == ")":
                if (i, k) not in pairs:
                    pairs.append((i, k))


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
    placed = root.ent_type_ in ("GPE", "LOC") and root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS
    tok = root
    for _ in range(4):
        head = tok.head
        if tok.dep_ in ("compound", "nmod") and head.i > tok.i and head.pos_ == "NOUN" and head.lemma_ in _HEAD_CUES \
                and not (head.lemma_ in _WHERE_HEAD_NOUNS and root.ent_type_ == "GPE"):
            # (a town tagged so in front of "headquarters", "newspaper", "employee" says
            # where the thing is: "the Doeville headquarters", "a Doeville newspaper")
            label = _HEAD_CUES[head.lemma_]
            return label, label not in _SOFT_CUES and (label != "ORG" or head.lemma_ not in _SOFT_ORG), "context cue"
        if tok.dep_ == "poss" and head.lemma_ in _POSS_CUES:
            return "ORG", True, "context cue"
        if tok.dep_ in ("oprd", "dobj", "pobj", "attr"):
            # "a colony called New Avalon", "a home, known as the Old Mill"
            verb = head.head if tok.dep_ == "pobj" and head.lower_ == "as" else head
            if verb.pos_ == "VERB" and verb.lemma_ in _NAMING_VERBS and verb.dep_ in ("acl", "relcl") \
                    and verb.head.pos_ == "NOUN" and verb.head.lemma_ in _DESCRIBED_CUES:
                label = _DESCRIBED_CUES[verb.head.lemma_]
                return label, label != "PERSON", "context cue"
        if any(c.dep_ == "amod" and c.lower_ in _GROUP_ADJECTIVES for c in tok.children):
            return "NORP", True, "context cue"  # "ethnic Basques"
        if tok.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_ in _DESCRIBED_CUES \
                and not (placed and _DESCRIBED_CUES[head.lemma_] == "PERSON") \
                and not (head.lemma_ in _TRADE_NOUNS and _full_person_tag(root)):
            label = _DESCRIBED_CUES[head.lemma_]
            return label, label != "PERSON", "context cue"
        if tok.dep_ == "nsubj" and head.lemma_ == "be":
            # "Varnholt is a small town", "Doe was a painter"
            attr = next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
            if attr is not None and attr.lemma_ in _DESCRIBED_CUES and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in attr.children
            ):  # not "Doe was the head of ...": a role can be an organisation's too
                label = _DESCRIBED_CUES[attr.lemma_]
                if label in ("GPE", "PERSON"):
                    return label, False, "context cue"
        for child in tok.children:
            if (child.dep_ == "appos" or child.i < tok.i and child.dep_ in ("compound", "amod")) \
                    and child.pos_ == "NOUN" and child.lemma_ in _DESCRIBED_CUES \
                    and not (placed and child.dep_ == "appos" and _DESCRIBED_CUES[child.lemma_] == "PERSON") \
                    and not (child.i < tok.i and _before_a_title(child, tok)) \
                    and not (child.lemma_ in _TRADE_NOUNS and _full_person_tag(root)):
                label = _DESCRIBED_CUES[child.lemma_]
                return label, label != "PERSON", "context cue"
        if tok.dep_ == "pobj" and head.lower_ in ("in", "near") and head.head.pos_ == "VERB" \
                and head.head.lemma_ in _LOCATIVE_VERBS:
            return "GPE", True, "context cue"  # "a newspaper published in Lyon", "born in Hull"
        if _place_noun(tok):
            return "GPE", True, "place noun"
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.text in _TITLES_OF_A_PLACE and tok.i == head.i + 1:
            return "GPE", True, "title of a place"  # "the Earl of Doeshire", "King of Doeville"
        if tok.dep_ == "dobj" and head.lemma_ in ("make", "manufacture", "produce") and (
            head.dep_ == "relcl" or any(c.dep_ == "nsubj" and c.ent_type_ == "ORG" for c in head.children)
        ):
            return "PRODUCT", True, "context cue"
        if tok.dep_ in ("conj", "appos"):
            siblings = [head] + [c for c in head.children if c.dep_ in ("conj", "appos") and c.i != tok.i]
        else:
            siblings = [c for c in tok.children if c.dep_ == "conj"]
        people = [t for t in siblings if t.ent_type_ == "PERSON" and t.ent_iob_ == "I"]
        if people and tok.pos_ == "PROPN" and root.ent_type_ not in _TAGS_KEPT_BESIDE_PEOPLE \
                and not _list_of_things(tok):
            # a multi-word person listed beside it; a place tag is kept ("Acme Studio, Paris")
            return "PERSON", False, "listed with people"
        others = tok.conjuncts  # spaCy's: the coordination's other members
        places = sum(t.ent_type_ == "GPE" for t in others)
        if places >= 2 and places * 2 > len(others) and tok.pos_ == "PROPN" \
                and root.ent_type_ in ("PERSON", "ORG", ""):
            # "to Oslo, Bergen, Tromso and Larvik": one name in a list of places (most of them tagged so)
            return "GPE", False, "listed with places"
        if tok.dep_ != "conj" or head.pos_ != "PROPN":
            break  # a conjunct of a common noun ("district leaders, Jane Doe and ...") shares no cue of its words
        tok = head
    return None, False, "context cue"


# Words of a title in front of a name: offices and roles, and local offices the
# qualifier nouns of places go with ("state Treasurer", "county Sheriff").
_TITLE_WORDS = _OFFICES | _PERSON_ROLES | {
    "treasurer", "comptroller", "controller", "councilman", "councilwoman", "councillor", "councilor", "clerk",
    "auditor", "assemblyman", "assemblywoman", "assemblymember", "sheriff", "alderman", "supervisor", "commissioner",
}


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
    if root.dep_ == "pobj" and (
        root.head.lower_ in _HINT_PREPOSITIONS
        or root.head.lower_ in _PREPOSITIONS_OF_MOTION and root.head.head.lemma_.lower() in _MOTION_WORDS
    ):
        return True
    near = list(root.conjuncts) + [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        near.append(root.head)
    tagged = [t for t in near if t.ent_type_]
    return 2 * sum(_family(t.ent_type_) == "PLACE" for t in tagged) > len(tagged)


def _place_noun(tok: Token) -> bool:
    """Does a noun that only places have give the name at `tok` a place: "the
    city of Doeville", "the mayor of Doeville", "Doeville's population", "cities
    like Doeville", "towns such as Doeville"?"""
    head = tok.head
    if tok.dep_ == "poss":
        return head.lemma_.lower() in _PLACE_POSS_NOUNS
    if tok.dep_ != "pobj" or head.head.pos_ != "NOUN":
        return False
    noun = head.head.lemma_.lower()
    if head.lower_ == "of":
        return noun in _PLACE_OF_NOUNS
    return head.lower_ in ("like", "as") and noun in _PLACE_KIND_NOUNS and (
        head.lower_ == "like" or any(c.lower_ == "such" for c in head.children)
    ) and not any(c.dep_ == "conj" for c in head.head.children)  # not "countries and organisations such as"


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
    if root.dep_ != "nsubj":
        return False
    return any(
        obj.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ == "its" for p in obj.children)
        for obj in root.head.children
    )


def _is_code_or_disease(text: str) -> bool:
    """"XR-19", "VX-2B", "Coastal Respiratory Syndrome": a code of
    letters and digits joined by hyphens, or a name whose head is a disease, is
    no organisation, person or place."""
    if " " not in text and "-" in text and any(c.isdigit() for c in text):
        return True
    return text.split()[-1] in _DISEASE_HEADS


def _sentence_initial(doc: Doc, i: int) -> bool:
    j = i
    while j > 0 and (doc[j - 1].is_punct and doc[j - 1].text in "\"“‘'(-—" or doc[j - 1].is_space):
        j -= 1
    return doc[j].is_sent_start or j == 0 or "\n" in doc[j - 1].whitespace_ or doc[j - 1].is_space


def _datelines(doc: Doc, article: Article, cands: list[_Cand]) -> None:
    """An upper-case place at the start of a paragraph followed by a comma is a
    dateline ("LYON, France (Acme News) —"): a GPE."""
    text = doc.text
    starts = {c.start: c for c in cands}
    for ps, pe in paragraph_spans(text)[:3]:
        m = _DATELINE.match(text, ps, pe)
        if not m or not any(ch.isalpha() for ch in m.group(1)):
            continue
        s, e = m.start(1), m.end(1)
        old = starts.get(s)
        if old is not None:
            if old.end == e:
                old.label, old.dateline = "GPE", True
            continue
        if any(c.start < e and s < c.end for c in cands):
            continue
        cands.append(_Cand(s, e, text[s:e], "GPE", s, dateline=True))


# -- step 2: clustering ------------------------------------------------------

#: The clustering passes, in the order they run; each merge is recorded under one.
PASSES = (
    "exact name", "alias table", "plural demonym", "bracketed short form", "acronym", "place-qualified name",
    "inverted name", "family name first", "known as", "partial name", "gendered title", "surname tagged as a group",
    "shared form",
)


@dataclass(frozen=True)
class Merge:
    """One merge of the clustering, for tracing a wrong one back to its pass:
    `rule` (one of PASSES) joined the name `short` to the name `long`."""

    rule: str
    short: str
    long: str


#: The typing rules: each names why an actor's type differs from the vote of spaCy's
#: tags over its names (see `_cluster_type`); recorded as a Retype.
TYPE_RULES = (
    "context cue", "listed with people", "listed with places", "cited author", "given and family name", "plays a match", "honorific", "given name",
    "a person's kin or life", "subject of his or her", "a person's verb", "preposition of place", "title of a work", "not a person",
    "part of a country", "demonym", "building of", "facility head word", "institution word", "organisation head word",
    "natural feature or region", "place noun", "moved to or from", "country name", "untagged given name",
    "place among places", "title of a place", "subject of a later he or she",
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
    "words glued in a headline", "imperative before a name", "name in an office title",
)


@dataclass(frozen=True)
class Drop:
    """A name a filter kept out of the actor list: `rule` (one of FILTERS)
    dropped the name `name`."""

    rule: str
    name: str


@dataclass
class _Group:
    key: str
    words: tuple[str, ...]
    cands: list[int] = field(default_factory=list)
    first: int = 0
    votes: Counter = field(default_factory=Counter)
    after_the: bool = False  # most of its occurrences are written "the X"
    gender: str | None = None  # "m"/"f": a family name after "Mr."/"Mrs." where people of both share it

    @property
    def label(self) -> str | None:
        return self.votes.most_common(1)[0][0] if self.votes else None


class _UnionFind:
    """Union-find over group keys that also sums each cluster's type votes."""

    def __init__(self, groups: dict[str, _Group], trace: list[Merge] | None = None) -> None:
        self.parent: dict[str, str] = {k: k for k in groups}
        self.votes: dict[str, Counter] = {k: Counter(g.votes) for k, g in groups.items()}
        self.trace = trace

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, rule: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if self.trace is not None:
                self.trace.append(Merge(rule, a, b))
            self.parent[ra] = rb
            self.votes[rb].update(self.votes.pop(ra))

    def label(self, x: str) -> str | None:
        votes = self.votes[self.find(x)]
        return votes.most_common(1)[0][0] if votes else None


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


def _abbreviates(short: str, words: tuple[str, ...]) -> bool:
    """Is `short` ("CoFTA", "ICS") an abbreviation of `words`: its capitals are
    the initials of the capitalised words, in order, starting with the first?"""
    caps = [c for c in short if c.isupper()]
    ini = _initials(words)
    if not caps or not ini or caps[0] != ini[0]:
        return False
    it = iter(ini)
    return all(c in it for c in caps) and len(caps) >= min(2, len(ini))


def _strip_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[:-1] if len(words) > 1 and words[-1] in _SUFFIXES else words


def _suffix(words: tuple[str, ...]) -> str | None:
    return words[-1].rstrip(".") if len(words) > 1 and words[-1] in _SUFFIXES else None


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _cluster(cands: list[_Cand], pairs: list[tuple[int, int]], trace: list[Merge] | None = None,
             known_as: list[tuple[int, int]] = (), text: str = "") -> dict[str, list[int]]:
    """Root key -> candidate indices. Passes (PASSES): exact name (after
    normalising dots, apostrophes and spaces), the alias table, plural demonyms,
    bracketed short forms, acronyms, other names the text gives a name
    (`known_as`, see _known_as_pairs), partial names (the longest name a shorter
    one continues: a surname, a given name, first and last name), and among them
    a family name a man and a woman of the text share, after "Mr." or "Mrs.",
    "Ms.", "Miss" (gendered title: the person whose given name marks that gender),
    and a person's family name spaCy tagged as a group (`_surname_tagged_as_group`).
    Each merge is appended to `trace` when given."""
    groups: dict[str, _Group] = {}
    cand_key: list[str] = []
    typed_keys = {_key(c.text) for c in cands if c.label is not None}
    shared = _family_names_of_both_genders(cands)
    for i, c in enumerate(cands):
        key = _key(c.text)
        gender = _titled_gender(text, c) if key in shared else None
        if gender is not None:
            # "Mrs. Doe" beside "Jane Doe" and "John Doe": her, not whoever came first
            g = groups.get(_GENDERED_KEY[gender] + key)
            if g is None:
                g = groups[_GENDERED_KEY[gender] + key] = _Group(_GENDERED_KEY[gender] + key, (key,), first=c.start,
                                                                  gender=gender)
            g.cands.append(i)
            cand_key.append(g.key)
            g.first = min(g.first, c.start)
            if c.label is not None:
                g.votes[c.label] += _weight(c.label, 1)
            continue
        if key.isupper() and len(key) > 3:
            for variant in (key.title(), key.capitalize()):
                if variant in typed_keys:
                    key = variant
                    break
        alias = canonical(key)
        if alias is not None and alias != key and trace is not None and Merge("alias table", key, alias) not in trace:
            trace.append(Merge("alias table", key, alias))
        key = alias or key
        g = groups.get(key)
        if g is None:
            words = tuple(key.split())
            g = groups[key] = _Group(key, words, first=c.start)
        elif trace is not None and c.text != cands[g.cands[0]].text and alias is None \
                and Merge("exact name", c.text, cands[g.cands[0]].text) not in trace:
            trace.append(Merge("exact name", c.text, cands[g.cands[0]].text))
        g.cands.append(i)
        cand_key.append(key)
        g.first = min(g.first, c.start)
        if c.label is not None:
            g.votes[c.label] += _weight(c.label, len(g.words))
    for g in groups.values():
        g.after_the = 2 * sum(cands[i].after_the for i in g.cands) > len(g.cands)
    # "the Bergs": a family, not one of its members
    person_words = {g.words[-1] for g in groups.values() if len(g.words) > 1 and g.label == "PERSON"}
    for k in [k for k, g in groups.items() if len(g.words) == 1 and k.endswith("s") and k[:-1] in person_words]:
        del groups[k]
    uf = _UnionFind(groups, trace)

    # Plural demonyms: "New Zealanders" -> "New Zealander".
    for k, g in groups.items():
        if k.endswith("s") and k[:-1] in groups:
            other = groups[k[:-1]]
            if "NORP" in (g.label, other.label) or other.label == "NORP":
                uf.union(k, k[:-1], "plural demonym")

    # Bracketed short forms: "Institute for Coastal Studies (ICS)".
    for i, j in pairs:
        ki, kj = cand_key[i], cand_key[j]
        if ki in groups and kj in groups and len(groups[kj].words) == 1 and len(groups[ki].words) > 1:
            if _abbreviates(kj, groups[ki].words):
                uf.union(kj, ki, "bracketed short form")

    # Acronyms that are the initials of exactly one longer name.
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k, g in groups.items():
        if len(g.words) > 1 and g.label not in ("PERSON", "NORP"):
            ini = _initials(g.words)
            if len(ini) >= 2:
                by_initials[ini].append(k)
    for k, g in groups.items():
        if len(g.words) == 1 and k.isupper() and 2 <= len(k) <= 6 and canonical(k) is None:
            found = by_initials.get(k, [])
            roots = {uf.find(x) for x in found}
            if len(roots) == 1:
                uf.union(k, found[0], "acronym")

    # A place-qualified short form: "US House" is the one "House of ..." of the article.
    places = {k for k, g in groups.items() if _family(g.label) == "PLACE" or canonical(k) is not None}
    for k, g in groups.items():
        if len(g.words) < 2 or g.label not in ("ORG", None):
            continue
        for n in (1, 2):
            rest = g.words[n:]
            head = " ".join(g.words[:n])
            if head not in places and canonical(head) is None or not rest:
                continue
            found = [
                h for h, hg in groups.items()
                if h != k and len(hg.words) > len(rest) + 1 and hg.words[: len(rest)] == rest
                and hg.words[len(rest)] == "of" and hg.label in ("ORG", None)
            ]
            if len({uf.find(h) for h in found}) == 1:
                uf.union(k, found[0], "place-qualified name")
            break

    # Family name first: "Tanaka Yuki" beside "Yuki Tanaka" (a Japanese, Chinese
    # or Hungarian name given in both orders) is one person.
    for k, g in groups.items():
        if len(g.words) == 2 and g.label == "PERSON":
            other = f"{g.words[1]} {g.words[0]}"
            if other in groups and groups[other].label != "NORP":
                uf.union(k, other, "family name first")

    # Another name the text gives it: "Jane Doe, also known as Jane Roe", "Jane
    # Doe (born Jane Mary Roe; 1901)": one actor under both names, unless spaCy
    # tells kinds apart ("Lyonesse, known as the Jewel": a place, not a work).
    for i, j in known_as:
        ki, kj = cand_key[i], cand_key[j]
        if ki not in groups or kj not in groups:
            continue
        li, lj = uf.label(ki), uf.label(kj)
        if "NORP" in (li, lj) or li is not None and lj is not None and _family(li) != _family(lj):
            continue
        uf.union(kj, ki, "known as")

    # Partial names join the one longer name they continue, not a group named
    # after it with a plural group word the text uses on its own ("Acme Party
    # Liberals" beside "Liberals", "Lyonesse Americans" beside "Americans": a
    # body and a group of people in it, a place and a community).
    title_starts = {c.title_start for c in cands if c.label == "PERSON" and c.title_start < c.start}
    group_words = frozenset(k for k, g in groups.items() if len(g.words) == 1 and g.label == "NORP" and k.endswith("s"))
    by_word: dict[str, list[str]] = defaultdict(list)
    for k, g in groups.items():
        for w in set(g.words):
            by_word[w].append(k)
    for k, g in sorted(groups.items(), key=lambda kv: -len(kv[1].words)):
        words = g.words
        if not words or all(w.lower() in _NAME_FUNCTION_WORDS for w in words):
            continue
        if len(words) == 1 and (words[0].lower() in _NAME_FUNCTION_WORDS or words[0] in _SUFFIXES):
            continue
        longer = [
            h for h in by_word.get(words[0], ())
            if len(groups[h].words) > len(words) and _partial_ok(g, groups[h], uf.label(h))
        ]
        if not longer:
            continue
        roots: dict[str, list[str]] = defaultdict(list)
        for h in longer:
            roots[uf.find(h)].append(h)
        if uf.find(k) in roots and len(roots) == 1:
            continue
        target = _choose(g, groups, roots, uf, places)
        if target is not None and any(
            groups[h].words[:-1] == words and groups[h].words[-1] in group_words for h in roots[uf.find(target)]
        ):
            continue  # "Acme Party" and "Acme Party Liberals": a body and a group of people in it
        if target is not None and len(words) == 1 and g.label == "ORG" and uf.label(target) in ("ORG", "FAC", None) \
                and groups[target].words[-1] == words[0] and not _institution_form(groups[target].words, words[0], places) and (
                    any(cands[i].start in title_starts for i in g.cands) or any(
                        len(o.words) > 1 and o.words[0] == words[0] and uf.find(h) != uf.find(target)
                        for h, o in groups.items()
                    )):
            # "House" opening "House Speaker Jane Doe" or "House Budget Committee"
            # beside "White House": the bare head noun names an institution of its
            # own, not the one name that merely ends in it
            continue
        if target is not None:
            rule = "gendered title" if g.gender is not None else "partial name"
            if g.label == "NORP" and uf.label(target) == "PERSON":
                rule = "surname tagged as a group"
            uf.union(k, target, rule)

    out: dict[str, list[int]] = defaultdict(list)
    for k, g in groups.items():
        out[uf.find(k)].extend(g.cands)
    return out


# What joins a name to another name of the same actor: "Jane Doe (1901 - 1980),
# also known as Jane Roe", "Jane Doe, better known by her pseudonym Jane Roe",
# "Jane Doe, self-identified as Jane Roe" (an aside in brackets may stand
# between the name and the comma).
_KNOWN_AS = re.compile(
    r"(?:\s*\((?:[^()\n]|\([^()\n]*\))*\))?\s*,\s*"
    r"(?:(?:also|better|commonly|popularly|often|locally|more commonly)\s+)?"
    r"(?:known as|self-identified as|better known by (?:his|her|their) (?:pseudonym|pen name|stage name))\s+")
# A birth name in the brackets after a name: "Jane Doe (born Jane Mary Roe; 1901)".
_BORN_AS = re.compile(r"\s*\((?:[^()\n]*?[;,]\s*)?born\s+")


def _known_as_pairs(cands: list[_Cand], text: str) -> list[tuple[int, int]]:
    """(i, j): candidate j is another name the text gives candidate i's actor
    right after it ("Jane Doe, also known as Jane Roe"; "Jane Doe (born Jane
    Mary Roe)", a birth name of two words or more, not a date or a place)."""
    at = {c.title_start: j for j, c in enumerate(cands)}  # "known as Emperor Doe": the title opens it
    at.update({c.start: j for j, c in enumerate(cands)})
    out = []
    for i, c in enumerate(cands):
        for pattern in (_KNOWN_AS, _BORN_AS):
            m = pattern.match(text, c.end, c.end + 400)
            j = at.get(m.end()) if m else None
            if j is None or j == i:
                continue
            if pattern is _BORN_AS and (len(cands[j].text.split()) < 2 or cands[j].label not in ("PERSON", None)):
                continue  # "(born 1901)", "(born in Lyonesse)": no name
            out.append((i, j))
    return out


_GENDERED_TITLES = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_GENDERED_KEY = {"m": "Mr ", "f": "Ms "}


def _family_names_of_both_genders(cands: list[_Cand]) -> set[str]:
    """Family names that a man and a woman of the text share ("John Doe" and
    "Jane Doe"), by the gender their given names mark (`first_names`)."""
    genders: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.label != "PERSON":
            continue
        core = _strip_suffix(tuple(c.text.split()))
        if len(core) >= 2 and (gender := gender_of_first_name(core[0])) is not None:
            genders[_key(core[-1])].add(gender)
    return {k for k, gs in genders.items() if len(gs) == 2}


def _titled_gender(text: str, c: _Cand) -> str | None:
    """"m" or "f" when the one-word name has "Mr." or "Mrs.", "Ms.", "Miss" as its title."""
    words = text[c.title_start : c.start].split()
    if not words or " " in c.text.strip():
        return None
    return _GENDERED_TITLES.get(words[-1].rstrip("."))


def _surname_tagged_as_group(g: _Group, h: _Group) -> bool:
    """Is the one word spaCy tagged as a group (NORP) the family name of the
    person `h` ("Doe" after "Jane Doe": spaCy takes unfamiliar surnames for
    nationalities), not a word shaped like one ("Cuban", "Jewish", "Democrats")?"""
    if len(g.words) != 1 or not all(w[:1].isupper() for w in h.words):
        return False
    word = g.words[0]
    core = _strip_suffix(h.words)
    return (len(core) >= 2 and core[-1] == word and not word.isupper()
            and not word.endswith((*_DEMONYM_ENDINGS, "s")))


def _partial_ok(g: _Group, h: _Group, hl: str | None) -> bool:
    """May the shorter name `g` be a partial form of the longer name `h` (whose
    cluster has type `hl`)?"""
    gl = g.label
    if gl == "NORP" and hl == "PERSON" and _surname_tagged_as_group(g, h):
        return True
    if (gl == "NORP") != (hl == "NORP") and gl is not None:
        return False
    if hl == "PERSON":
        if _family(gl) == "PLACE" and is_country(g.key):
            return False  # "Lyonesse Taiwan" misread as a person does not take "Taiwan"
        if h.words[-1] in _NOT_A_SURNAME:
            return False  # "Lyonesse Hotel" misread as a person is named after Lyonesse
        # A person is called by the first or the last part(s) of the name, or
        # by first and last name without the middle ones.
        core = _strip_suffix(h.words)
        n = len(g.words)
        if _suffix(g.words) is not None:
            return False
        if n == 2 and len(core) > 2 and (core[0], core[-1]) == g.words:
            return True
        return core[:n] == g.words or core[-n:] == g.words
    if not _contains(h.words, g.words):
        return False
    n = len(g.words)
    at = [i for i in range(len(h.words) - n + 1) if h.words[i : i + n] == g.words]
    if all(i > 0 and h.words[i - 1] == "of" for i in at) and (
        _family(gl) == "PLACE" or n == 1 and not g.words[0].endswith("s")
    ):
        # "Lyon" in "University of Lyon": the place it is of, not a short form
        # of it (whatever spaCy guessed for the lone word); "Representatives"
        # still stands for "House of Representatives"
        return False
    if 0 not in at and is_country(g.key) and any(
            w.lower() not in _GLUED_DETERMINERS for w in h.words[: at[0]]):
        return False  # "Sudan" and "South Sudan", "the Netherlands" and "the Spanish Netherlands": another place
    if at == [0] and len(h.words) == n + 1 and h.words[-1] in _ISLAND_WORDS and _family(hl) == "PLACE" and gl != "NORP":
        return True  # "Lyonesse" and "Lyonesse Island": one place, whatever spaCy guessed for the lone word
    named_after = at == [0] and h.words[-1] in _NAMED_AFTER_LAST
    if gl == "PERSON" or gl is None:
        return hl in ("ORG", None) and not named_after  # "Jane Doe Square" is a place named after her
    if _family(gl) == "PLACE" and at == [0] and hl != "GPE" and h.words[-1] != "City":
        return False  # "Lyon" and "Lyon Bay", "Lyon Cathedral": a place and something named after it
    if _family(gl) != _family(hl):
        return False  # "Canada" in "Canada Farmers National Union" is the country
    if _family(hl) == "PLACE" and len(g.words) == 1:
        # One word of a place name stands for it when written "the Gulf", not
        # "America" beside "South America".
        return g.after_the
    return True


def _main_institution(
    g: _Group, groups: dict[str, _Group], roots: dict[str, list[str]], places: set[str]
) -> str | None:
    """A bare capitalised head noun ("the Court") shared by several
    organisations' names ("Court of Appeal", "Supreme Court of the
    Netherlands") refers to the one the article is about: the one it named first and
    at least twice as often as any other. Otherwise it is left alone. `places`:
    the group keys that name places (see _cluster)."""
    if len(g.words) != 1 or g.label != "ORG":
        return None
    head = g.words[0]
    count: dict[str, int] = {}
    first: dict[str, int] = {}
    for r, hs in roots.items():
        if not all(_org_head(groups[h].words) == head for h in hs):
            return None
        count[r] = sum(len(groups[h].cands) for h in hs)
        first[r] = min(groups[h].first for h in hs)
    best = max(count, key=lambda r: count[r])
    if not any(r != best and (count[r] * 2 > count[best] or first[r] < first[best]) for r in count) \
            and first[best] <= g.first:
        return roots[best][0]
    # Else the only one named in full as the institution itself ("House of
    # Representatives", "US Senate", "Court of Appeal"), not one the head noun
    # is merely qualified in ("White House", "Circuit Court", "Democratic Senate").
    full = [r for r, hs in roots.items() if any(_institution_form(groups[h].words, head, places) for h in hs)]
    return roots[full[0]][0] if len(full) == 1 else None


def _institution_form(words: tuple[str, ...], head: str, places: set[str]) -> bool:
    """Is `words` a full name of the institution `head` stands for: the head
    word followed by an "of"/"for" phrase ("Court of Appeal", "Supreme Court of
    Lyonesse"), or with nothing but a place before it ("US Senate")?"""
    if head not in words:
        return False
    i = words.index(head)
    before, after = " ".join(words[:i]), words[i + 1 :]
    if after:
        return after[0] in ("of", "for")
    return not before or before in places or canonical(before) is not None


def _org_head(words: tuple[str, ...]) -> str:
    """Head word of a name: the last word before "of"/"for" ("Court of Appeal"),
    else the last word ("High Court")."""
    for i, w in enumerate(words):
        if w in ("of", "for") and i > 0:
            return words[i - 1]
    return words[-1]


def _choose(
    g: _Group, groups: dict[str, _Group], roots: dict[str, list[str]], uf: _UnionFind, places: set[str]
) -> str | None:
    """Pick the longer name a partial name belongs to, or None when ambiguous."""
    if g.gender is not None:
        # "Mrs. Doe": only the people whose given name is a woman's
        roots = {r: hs for r, hs in roots.items()
                 if any(gender_of_first_name(_strip_suffix(groups[h].words)[0]) == g.gender for h in hs)}
        if not roots:
            return None
    if len(roots) == 1:
        return next(iter(roots.values()))[0]
    fam = _family(g.label)
    same = {r: hs for r, hs in roots.items() if _family(uf.label(r)) == fam}
    if len(same) == 1:
        return next(iter(same.values()))[0]
    cands = same or roots
    if not all(uf.label(r) == "PERSON" for r in cands):
        return _main_institution(g, groups, cands, places)
    # People sharing a family name. Names that differ only by a generational
    # suffix ("Jr."/"Sr.") are never guessed between.
    cores = {_strip_suffix(groups[h].words) for hs in cands.values() for h in hs}
    if len(cores) == 1:
        return None
    # The article calls by the short name the person it introduced first
    # (before the short name was first used); with no such person, leave it.
    firsts = {r: min(groups[h].first for h in hs) for r, hs in cands.items()}
    before = [r for r, f in firsts.items() if f < g.first]
    if not before:
        # used before any full name: the person the article names most, when
        # it names them at least twice as often as any other
        count = {r: sum(len(groups[h].cands) for h in hs) for r, hs in cands.items()}
        ranked = sorted(count.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] >= 2 * ranked[1]:
            return cands[max(count, key=lambda r: count[r])][0]
        return None
    best = min(before, key=lambda r: firsts[r])
    return cands[best][0]


# -- step 3 and 4: drafts, type, propagation ----------------------------------


def _cluster_type(cands: list[_Cand], idxs: list[int]) -> tuple[str | None, str | None, str | None]:
    """The type of a cluster, the typing rule (TYPE_RULES) that decided it
    when spaCy's tags alone would give another (None when they agree), and the
    type spaCy's tags alone give (their weighted vote, the one the rule is
    judged against; recorded as Retype.spacy_type)."""
    votes: Counter = Counter()
    tagged: Counter = Counter()  # spaCy's tags alone
    by_rule: dict[str, Counter] = defaultdict(Counter)  # label -> cue votes per rule
    # spaCy types a lone surname or word by guesswork ("Doe" as ORG, "Paris"
    # as GPE); once the cluster holds a multi-word name of a person, the
    # one-word tags do not outvote it
    full_person = any(cands[i].label == "PERSON" and len(cands[i].text.split()) > 1 for i in idxs)
    # nor, once the sentences show a person ("Doe lost his notes", "Doe's widow"),
    # does spaCy's guess for a one-word name count more than once: the same word
    # tagged again is the same guess
    person_shown = any(cands[i].cue == "PERSON" and cands[i].cue_rule in _PERSON_EVIDENCE for i in idxs)
    # likewise once they show a town or country ("flew to Doeville", "the mayor
    # of Doeville"), spaCy's PERSON or ORG for the same one word is one guess
    place_shown = any(cands[i].cue == "GPE" and cands[i].cue_rule in _PLACE_EVIDENCE for i in idxs)
    guessed: set[tuple[str, str]] = set()
    for i in idxs:
        c = cands[i]
        one_word_guess = c.label != "PERSON" and len(c.text.split()) == 1
        guess = len(c.text.split()) == 1 and (
            person_shown and c.label != "PERSON" or place_shown and c.label in ("PERSON", "ORG")
        )
        repeated = guess and (c.text, c.label) in guessed
        if guess:
            guessed.add((c.text, c.label))
        if c.label is not None and not (full_person and one_word_guess) and not repeated:
            w = _weight(c.label, len(c.text.split())) + (1 if c.dateline else 0)
            votes[c.label] += w
            if not c.untagged:
                tagged[c.label] += w
        if c.cue is not None:
            # a cue the name itself gives ("Dr.", a given name) outweighs spaCy's tag of that name
            w = max(_CUE_WEIGHT, len(c.text.split()) + 1) if c.cue_rule in _NAME_RULES else _CUE_WEIGHT
            votes[c.cue] += w
            by_rule[c.cue][c.cue_rule or "context cue"] += w
    spacy_label = tagged.most_common(1)[0][0] if tagged else None
    if not votes:
        return None, None, spacy_label
    label = votes.most_common(1)[0][0]
    rule = by_rule[label].most_common(1)[0][0] if label != spacy_label and by_rule[label] else None
    label, rule = _retype(cands, idxs, votes, label, rule, full_person)
    return label, (rule if label != spacy_label else None), spacy_label


def _retype(
    cands: list[_Cand], idxs: list[int], votes: Counter, label: str, rule: str | None, full_person: bool
) -> tuple[str, str | None]:
    """The rules of _cluster_type that overrule the vote, each named in TYPE_RULES."""
    if label != "WORK_OF_ART" and not full_person and any(cands[i].label == cands[i].cue == "WORK_OF_ART" for i in idxs):
        # "the film Night Harbor" says what the name is; spaCy's ORG for the
        # same words elsewhere is a guess (a person's full name still wins)
        return "WORK_OF_ART", "title of a work"
    # "its" is evidence against a one-word name only; a full person's name
    # outweighs it. "the X" or "on X" is none against a full person's name
    # itself ("an essay on Jane Doe"); a noun saying what it is still is ("the
    # supergroup Blind Faith")
    impersonal = any(cands[i].impersonal for i in idxs) and not full_person
    # a given and family name spaCy tags as a person's ("Jane Doe") is never itself
    # evidence against a person, whatever the words around it ("a group Jane Doe won")
    named = [cands[i].label == "PERSON" and _given_and_family_name(cands[i].text) for i in idxs]
    against = [
        i for i, is_named in zip(idxs, named) if cands[i].not_person and not is_named and not (
            cands[i].label == "PERSON" and len(cands[i].text.split()) > 1 and cands[i].cue in (None, "PERSON")
        )
    ]
    # a one-word "the X" or "on X" among more mentions spaCy tags as a person ("the
    # Doe versus Roe matter" beside "Doe said", "Justice Doe") does not outweigh
    # them, unless a cue of another type backs it ("the town of Doe Hill"); a
    # longer name so ("the Jane Doe Justice Act") names a thing after a person
    tagged_person = sum(cands[i].label == "PERSON" and not cands[i].not_person for i in idxs)
    # nor does a cue of another type on a one-word mention ("Doe's website") once the
    # cluster holds a person's full name ("Jane Doe" several times): it is one guess
    # against the tags of a name spaCy knows as a person's
    long_against = any(" " in cands[i].text for i in against)
    not_person = bool(against) and (
        len(against) >= tagged_person or long_against
        or not full_person and any(cands[i].cue not in (None, "PERSON") for i in idxs)
    )
    if any(named) and not long_against:
        # with such a name in the cluster, one-word mentions against ("The Doe", "Doe
        # spokeswoman") must be most of its mentions: spaCy's ORG for a lone surname is a guess
        not_person = not_person and 2 * len(against) > len(idxs)
    if label == "PERSON" and (impersonal or not_person):
        others = Counter({k: v for k, v in votes.items() if k != "PERSON"})
        # with no other type in the vote, "on X", "via X", "in the X" make it a place
        fallback = "GPE" if any(_in_a_place(cands[i]) for i in against) else "ORG"
        label, rule = (others.most_common(1)[0][0] if others else fallback), "not a person"
    if label == "LOC" and votes.get("GPE") and not any(_natural_feature(cands[i].text.split(), "LOC") for i in idxs):
        label, rule = "GPE", "part of a country"  # "the Midlands", "Northern Province": spaCy's LOC for part of a country
    names = [cands[i].text for i in idxs]
    if label in ("PERSON", "ORG", "FAC", "LOC") and not full_person and any(is_country(n) for n in names) and not any(
        cands[i].cue == "PERSON" for i in idxs
    ) and not any(
        _organisation_name(n.split(), "GPE") for n in names  # "the Lyonesse Court of Appeals" beside "Lyonesse"
    ) and not (label == "PERSON" and any(
        cands[i].subject or " " not in cands[i].text and _given_name(cands[i].text) for i in idxs
    )):
        # "Lyonesse" tagged as an organisation or a region: a country of the table in
        # `countries`; one tagged as a person is one unless it acts as one ("Chad said", a nickname)
        return "GPE", "country name"
    if label in ("LOC", "GPE") and votes.get("NORP") and all(
        n.split()[-1].endswith(_DEMONYM_ENDINGS) for n in names
    ):
        return "NORP", "demonym"
    if label == "ORG" and any(n.split()[0] in _FAC_HEADS and " of " in n for n in names):
        return "FAC", "building of"
    if label in ("ORG", "GPE", "LOC", "PERSON") and any(_facility_name(n.split(), label) for n in names):
        return "FAC", "facility head word"
    if label in ("FAC", "GPE", "LOC", "PERSON", "NORP") and any(w in _INSTITUTION_WORDS for n in names for w in n.split()):
        return "ORG", "institution word"
    if label in ("FAC", "GPE", "LOC", "PERSON", "NORP") and any(_organisation_name(n.split(), label) for n in names):
        return "ORG", "organisation head word"
    if label in ("ORG", "GPE", "FAC", "PERSON") and any(
        n in _REGION_NAMES or _natural_feature(n.split(), label) for n in names
    ):
        return "LOC", "natural feature or region"
    return label, rule


def _organisation_name(words: list[str], label: str) -> bool:
    """"Varn Foundation", "Ministry of Tides", "Doe Airlines": a name of two or more
    words whose head (its last word, or the word before "of") is a kind of
    organisation; a GPE tag keeps names of states ("Soviet Union"), a person's
    tag a given name in front ("Jane Press")."""
    if len(words) < 2:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head not in _ORGANISATION_HEADS or label == "GPE" and head in _STATE_HEADS:
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
    a street address with a house number. A person's name only yields to the
    heads no surname has."""
    if len(words) < 2:
        return False
    if words[0].isdigit() and words[-1] in _ADDRESS_HEADS:
        return True
    return words[-1] in (_FAC_LAST_NOT_SURNAME if label == "PERSON" else _FAC_LAST)


# A context cue outweighs spaCy's tag of a one- or two-word name, not several of them.
_CUE_WEIGHT = 3
# Typing rules that show a person in the sentences around a name.
_PERSON_EVIDENCE = frozenset({"a person's kin or life", "subject of his or her", "a person's verb", "honorific"})
# Typing rules that show a town, region or country in the sentences around a name.
_PLACE_EVIDENCE = frozenset({"place noun", "moved to or from", "listed with places", "title of a place"})
# Typing rules whose evidence is in the name itself.
_NAME_RULES = frozenset({"given and family name", "given name", "honorific"})


def _display_name(outside: list[str], texts: list[str], label: str) -> str:
    """The name an actor is shown by: its most frequent full form outside
    quotations. For a person a full form has two or more words ("Jane Doe" over
    "Doe"; "Ginger Doe", used throughout, over the birth name "Mary Jane Doe"
    given once); for anything else it is a form no other form contains
    ("House of Commons" over "House") and no acronym when the name is also
    spelt out. Ties go to the longer form."""
    if label == "PERSON":
        full = [t for t in outside if len(t.split()) > 1] or [t for t in texts if len(t.split()) > 1]
        if not full:
            return _fullest(texts)
        counts = Counter(full)
        return max(counts, key=lambda t: (counts[t], len(t.split()), len(t)))
    forms = set(texts)
    spelt = [t for t in forms if not (" " not in t and sum(c.isupper() for c in t) >= 2)]  # "UN", "AfCFTA"
    keep = {t for t in (spelt or forms) if not any(o != t and _part_of(t, o) for o in forms)}
    counts = Counter(t for t in outside if t in keep) or Counter(t for t in texts if t in keep)
    if not counts:
        return _fullest(texts)
    return max(counts, key=lambda t: (counts[t], len(t.split()), len(t)))


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


def _split_joined(cands: list[_Cand]) -> None:
    """A name made of two names the article also uses on their own ("Acme
    Star Glider") is a mention of each of them; a person's full name ("Jane
    Ann Doe", with "Jane Ann" and "Doe" also used) stays one."""
    keys = {_key(c.text) for c in cands if c.label is not None}
    for c in list(cands):
        words = c.text.split(" ")
        if len(words) < 2 or c.label is None or c.label == "PERSON" and _given_name(words[0]):
            continue
        for k in range(1, len(words)):
            left, right = " ".join(words[:k]), " ".join(words[k:])
            if _key(left) in keys and _key(right) in keys and len(words) > 2:
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


_CITED_YEAR_AFTER = re.compile(r"[ ,]*\(?(?:1[5-9]|20)\d\d[a-z]?\b| ?\[\d+(?:[,–-] ?\d+)*\]")  # "(2011)", "[7]"
_TRAILING_YEAR = re.compile(r"[ ,]*(?:1[5-9]|20)\d\d[a-z]?$")
_AUTHOR_SEPARATOR = re.compile(r",? *& *|, *and +| +and +|, *")
_AUTHOR = re.compile(r"(?:(?:[Dd][eiau]|[Vv][ao]n|[Ll][ae]) )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def _split_cited_authors(cands: list[_Cand], full: str) -> None:
    """"Doe & Roe, 2011", "(Doe, Roe, & Poe, 2011)", "Doe and Roe 2011": a list of
    authors cited with a year, which spaCy tags as one organisation, is one
    person per surname (the year is not part of any name)."""
    authors: set[str] = set()
    later: list[tuple[_Cand, list[str]]] = []
    for c in list(cands):
        text = c.text
        year = _TRAILING_YEAR.search(text)
        if year:
            text = text[: year.start()]
        parts = _AUTHOR_SEPARATOR.split(text)
        if not all(_AUTHOR.fullmatch(p) for p in parts):
            continue
        if not year and not _CITED_YEAR_AFTER.match(full, c.end):
            if len(parts) > 1:
                later.append((c, parts))  # "Doe and Roe's experiment": the authors cited elsewhere
            continue
        if len(parts) < 2 and not (year and re.search(r"[(;] *$", full[max(0, c.start - 3) : c.start])):
            continue  # one name before a year is an author only in a citation: "(Doe 2011; ...)", not "Copyright 2024"
        authors.update(parts)
        _split_authors(cands, c, parts, full)
    for c, parts in later:
        if all(p in authors for p in parts):
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


def _title_case_line(full: str, at: int) -> bool:
    """Is the line holding offset `at` written in title case, as headlines are
    ("Jane Doe Wins Acme Award In Lyon"): three words or more, and at least
    three in four of its words of four letters or more capitalised?"""
    ls = full.rfind("\n", 0, at) + 1
    le = full.find("\n", at)
    words = re.findall(r"[^\W\d_][\w'’-]*", full[ls : le if le >= 0 else len(full)])
    long = [w for w in words if len(w) >= 4]
    return len(words) >= 3 and len(long) >= 2 and 4 * sum(w[0].isupper() for w in long) >= 3 * len(long)


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


def _split_headline_words(doc: Doc, cands: list[_Cand], full: str, drops: list[Drop] | None = None) -> None:
    """"Jane Doe Wins Acme Award", "Doe Says ..." in a title-case headline:
    spaCy runs the name over the capitalised verb after it. When the words
    before that verb are a name the article uses on another line, and the verb
    is one the article uses as a verb (in lowercase), the name ends before it;
    a name the article also uses that ends the rest ("Roe's Move Against Jane
    Doe") is a name of its own."""
    verbs = {t.lemma_.lower() for t in doc if t.pos_ in ("VERB", "AUX") and t.is_lower}
    # a line's number and whether it is in title case, each found once: counting
    # from the text's start or reading the whole line again for every name was
    # quadratic in an article of one long line of names
    breaks = [m.start() for m in re.finditer("\n", full)]
    title_case: dict[int, bool] = {}
    lines: dict[str, set[int]] = defaultdict(set)
    for c in cands:
        lines[_key(c.text)].add(bisect.bisect_left(breaks, c.start))
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
            if not in_place and not any(f in verbs for f in _verb_forms(verb)):
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


_INVERTED_BEFORE = re.compile(r"(?:^|\n|; | and )([A-Z][\w'’-]+), $")


def _inverted_names(
    cands: list[_Cand], pairs: list[tuple[int, int]], full: str, trace: list[Merge] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Doe, Jane. A History of Leeds", "Doe, Jane and Roe, Tom": a list of
    books or authors gives the family name first. The given name after
    "Surname, " at the start of a line (or after "and") is one name with the
    surname, "Jane Doe", not a person called Jane beside another called Doe."""
    drop: set[int] = set()
    at = {c.start: i for i, c in enumerate(cands)}
    for c in cands:
        words = c.text.split()
        if c.label != "PERSON" or not 1 <= len(words) <= 2 or not _given_name(words[0]) \
                or not _NAME_WORD.fullmatch(words[-1]):
            continue
        m = _INVERTED_BEFORE.search(full, max(0, c.start - 60), c.start)
        if m is None or not (full.startswith(".", c.end) or full.startswith(" and ", c.end)):
            continue  # "Doe, Jane." or "Doe, Jane and ...", not "Sincerely, Jane Doe"
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
    if not drop:
        return cands, pairs
    return _keep_only(cands, pairs, [i for i in range(len(cands)) if i not in drop])


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


# Offices named "<office> of <field>": "Secretary of State", "Minister of Finance".
_OFFICE_OF = re.compile(r"\b(?:Secretary|Minister|Director|Commissioner|Undersecretary|Under Secretary)(?:-General)? of $")


def _drop_office_objects(
    cands: list[_Cand], pairs: list[tuple[int, int]], full: str, drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """"Secretary of State", "Minister of Finance", "Director of National
    Intelligence" (with a person after it or not): the words after "of" name the
    office, not an organisation; not "Secretary of the Navy" or "Director of the
    FBI" (an article or an acronym: the body itself), nor a place ("Minister of
    Lyonesse"). A person's name ending the words ("Secretary of Defense Jane
    Doe" as one organisation) is kept, as the person with the office as title."""
    keep: list[int] = []
    for i, c in enumerate(cands):
        m = None if c.label not in ("ORG", None) or c.text.isupper() else \
            _OFFICE_OF.search(full, max(0, c.start - 40), c.start)
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


def _drop_terms(
    doc: Doc, cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Capitalised abbreviations that are terms, not actors: one introduced as
    the short form of a phrase written in lowercase ("radio frequency
    interference (RFI)"), and a unit or currency after a number ("225 XKR",
    "3000 BC"). Every mention of such a word goes."""
    full = doc.text
    terms: set[str] = set()
    for c in cands:
        if not _is_acronym(c.text):
            continue
        if c.text in terms:
            continue
        defined = (m.start() + 1 for m in re.finditer(r"\(" + re.escape(c.text) + r"\)", full))
        if any(_spells_lowercase_phrase(full, at, c.text) for at in defined):
            terms.add(c.text)  # wherever spaCy tagged it: the definition itself is often untagged
            continue
        before = full[max(0, c.start - 12) : c.start].rstrip().rsplit(" ", 1)[-1]
        if before[-1:].isdigit() and c.label not in ("GPE", "LOC", "NORP"):  # "354 US cities": a place
            terms.add(c.text)
    if not terms:
        return cands, pairs
    if drops is not None:
        drops.extend(Drop("term abbreviation", t) for t in sorted(terms))
    keep = [i for i, c in enumerate(cands) if c.text not in terms]
    return _keep_only(cands, pairs, keep)


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
    return all(w in _CONCEPT_FUNCTION_WORDS or w in _CONCEPT_HEADS or w in lower_words for w in low)


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


def _part_of_a_document(text: str) -> bool:
    """"Chapter 12", "Appendix S1", "Tab 4", "Paragraph 1 & 2", "Appendix": a pointer into a text."""
    words = text.split()
    if words[0].rstrip(".").lower() not in _DOCUMENT_PARTS:
        return False
    return all(_PART_NUMBER.match(w) or w in ("&", "and", "-", "–") for w in words[1:])


def _degree(text: str) -> bool:
    """"PhD", "Ph.D.", "MSc": an academic degree."""
    return text.replace(".", "").replace(" ", "").lower() in _DEGREES


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


# "the Nation", "our Country": a speech's capitalised word for the country, which
# descriptions.py resolves as it does "the nation"; never a name of its own.
_COUNTRY_CLASS_WORDS = frozenset({"Nation", "Country"})


def _drop_class_words(
    cands: list[_Cand], pairs: list[tuple[int, int]], drops: list[Drop] | None = None
) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Leave out the bare capitalised country class words (filter "country class word")."""
    keep = [i for i, c in enumerate(cands) if c.text not in _COUNTRY_CLASS_WORDS]
    if len(keep) == len(cands):
        return cands, pairs
    if drops is not None:
        drops.extend(Drop("country class word", t) for t in sorted({c.text for c in cands} & _COUNTRY_CLASS_WORDS))
    return _keep_only(cands, pairs, keep)


def _keep_only(cands: list, pairs: list[tuple[int, int]], keep: list[int]) -> tuple[list, list[tuple[int, int]]]:
    """The candidates at `keep` (in order), with the pairs between them re-indexed."""
    new_index = {old: new for new, old in enumerate(keep)}
    return [cands[i] for i in keep], [(new_index[a], new_index[b]) for a, b in pairs if a in new_index and b in new_index]


def find_actors(
    doc: Doc, article: Article, trace: list[Merge] | None = None, drops: list[Drop] | None = None,
    retypes: list[Retype] | None = None,
) -> list[ActorDraft]:
    """The actor drafts of a parsed article; with `trace`, every merge of the
    clustering is appended to it (see PASSES and benchmarks/actor_passes.py);
    with `drops`, every name a filter left out (see FILTERS); with `retypes`,
    every actor a typing rule typed otherwise than spaCy's tags (see TYPE_RULES)."""
    full = doc.text
    cands, pairs = _candidates(doc, drops)
    _split_joined(cands)
    _split_coordinated(cands)
    _split_cited_authors(cands, full)
    _split_person_of(cands)
    _split_org_person(cands)
    _split_title_place(cands, full)
    _split_headline_words(doc, cands, full, drops)
    cands, pairs = _inverted_names(cands, pairs, full, trace)
    _datelines(doc, article, cands)
    cands, pairs = _drop_inside_titles(cands, pairs)
    cands, pairs = _drop_office_objects(cands, pairs, full, drops)
    cands, pairs = _drop_terms(doc, cands, pairs, drops)
    cands, pairs = _drop_class_words(cands, pairs, drops)
    clusters = _cluster(cands, pairs, trace, _known_as_pairs(cands, full), full)
    lower_words = {t.lower_ for t in doc if t.is_lower}
    drafts: list[ActorDraft] = []
    ordered = sorted(clusters.values(), key=lambda ix: min(cands[i].start for i in ix))
    typed = [_cluster_type(cands, idxs) for idxs in ordered]
    typed = _places_among_places(cands, ordered, typed)
    for idxs, (label, type_rule, spacy_label) in zip(ordered, typed):
        if label is None:
            continue  # only untyped fragments
        if all(cands[i].quoted for i in idxs):
            continue  # '"XRV" represents ...': a word named in quotation marks, never used as a name
        if all(_degree(cands[i].text) for i in idxs):
            if drops is not None:
                drops.append(Drop("academic degree", cands[idxs[0]].text))
            continue  # "a Ph.D. in linguistics": a degree, not an actor
        if all(_part_of_a_document(cands[i].text) for i in idxs):
            if drops is not None:
                drops.append(Drop("part of a document", cands[idxs[0]].text))
            continue  # "see Appendix S1", "Chapter 12": a pointer into a text
        if all(cands[i].dated_work for i in idxs):
            if drops is not None:
                drops.append(Drop("work with a year", cands[idxs[0]].text))
            continue  # "The Lookout (2007), Stoker (2013)": a filmography or a bibliography, not actors
        if _concept_cluster(cands, idxs, lower_words):
            if drops is not None:
                drops.append(Drop("concept name", cands[idxs[0]].text))
            continue  # "Frame Semantics", "Geographic Information Systems (GIS)": an idea, not an actor
        if label == "LANGUAGE":
            if drops is not None:
                drops.append(Drop("language", cands[idxs[0]].text))
            continue  # "English", "Hindi": a language is what people speak, not who is in the story
        if label == "NORP" and all(cands[i].attributive or cands[i].style for i in idxs):
            if drops is not None:
                rule = "style or tradition" if any(cands[i].style for i in idxs) else "nationality of a person"
                drops.append(Drop(rule, cands[idxs[0]].text))
            continue  # "a Swiss physicist", "of Dutch descent", "Spanish poetry": what a person or a thing is, not a group in the story
        mentions = []
        for i in idxs:
            c = cands[i]
            start = c.title_start if label == "PERSON" else c.start
            mentions.append(Mention(start, c.end, full[start : c.end], "name", title=c.start - start))
        texts = [cands[i].text for i in idxs if not cands[i].dateline]
        outside = [cands[i].text for i in idxs if not cands[i].dateline and not _in_quote(full, cands[i].start)]
        name = _display_name(outside or texts, texts, label) if texts else _fullest([cands[i].text.title() for i in idxs])
        draft = ActorDraft(key=f"d{len(drafts)}", name=name, type=label, mentions=_dedupe(mentions))
        drafts.append(draft)
        if retypes is not None and type_rule is not None:
            retypes.append(Retype(type_rule, name, spacy_label, label))
    _propagate(doc, drafts, trace)
    return drafts


# A document of places: at least this many actors typed as places, and this many
# times as many as people the text shows to be people.
_PLACE_DOCUMENT_MIN = 8
_PLACE_DOCUMENT_RATIO = 5


def _shows_a_person(cands: list[_Cand], idxs: list[int]) -> bool:
    """Does anything but spaCy's tag show a person: a given name or a title in
    front of one of the names, a person cue of the sentence ("Doe's widow",
    "Doe et al."), or a verb of speech ("Doe said")?"""
    for i in idxs:
        c = cands[i]
        first = c.text.split()[0]
        if c.cue == "PERSON" or c.speaks or c.title_start < c.start or _given_name(first) or first in _HONORIFICS:
            return True
    return False


# Words of a name that show an organisation or a building, not a town: "Doe Hospital", "Doe Museum".
_NOT_A_TOWN_WORDS = _ORGANISATION_HEADS | _INSTITUTION_WORDS | _COMPANY_WORDS | _FAC_LAST | {
    "Hospital", "Museum", "Gallery", "Clinic",
}


def _shows_an_organisation(cands: list[_Cand], idxs: list[int]) -> bool:
    """Does anything but spaCy's tag show an organisation (or something other than a
    town): a cue of the sentence ("a Doe spokesperson"), "the X", an acronym, a
    word of its name ("Doe Hospital", "Doe Airlines"), or a verb of speech?"""
    for i in idxs:
        c = cands[i]
        words = c.text.split()
        if c.cue is not None or c.after_the or c.speaks or any(w.isupper() or w in _NOT_A_TOWN_WORDS for w in words):
            return True
    return False


def _in_a_place(c: _Cand) -> bool:
    """Is the name the object of a preposition of where: "in X", "near X"?"""
    return c.preposition in _WHERE_PREPOSITIONS


def _places_among_places(
    cands: list[_Cand], clusters: list[list[int]], typed: list[tuple[str | None, str | None, str | None]]
) -> list[tuple[str | None, str | None, str | None]]:
    """In a document whose actors are places many times over the people it shows
    (a guide to a region, a list of towns: at least _PLACE_DOCUMENT_MIN places and
    _PLACE_DOCUMENT_RATIO times the people + 1), a name spaCy guesses to be a
    person or an organisation with nothing in the text showing one (`_shows_a_person`,
    `_shows_an_organisation`) and standing where a place can stand ("ferries
    from Varnholt", "Doe Cliffs, Roe Bay and ...") is a place: typed GPE by the
    rule "place among places". `typed` holds _cluster_type's answer per cluster."""
    places = sum(_family(t[0]) == "PLACE" for t in typed)
    shown = [t[0] == "PERSON" and _shows_a_person(cands, idxs) for idxs, t in zip(clusters, typed)]
    if places < _PLACE_DOCUMENT_MIN or places < _PLACE_DOCUMENT_RATIO * (sum(shown) + 1):
        return typed
    out = []
    for idxs, (label, rule, spacy_label), person in zip(clusters, typed, shown):
        unshown = label == "PERSON" and not person or (label == "ORG" and not _shows_an_organisation(cands, idxs))
        if unshown and any(cands[i].place_hint for i in idxs):
            label, rule = "GPE", ("place among places" if spacy_label != "GPE" else None)
        out.append((label, rule, spacy_label))
    return out


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Text order, no two overlapping (the longer one wins)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            if m.end - m.start > out[-1].end - out[-1].start:
                out[-1] = m
            continue
        out.append(m)
    return out


def propagate_late_names(doc: Doc, drafts: list[ActorDraft], before: set[str]) -> None:
    """The names later stages made actors of (a letter's signature, a byline, an
    interview's speaker label, an untagged name the quote stage found speaking:
    every draft whose key is not in `before`, the keys find_actors returned)
    recur where spaCy missed them ("Jane Doe" in the interview's headline, "Doe"
    in its introduction): add those occurrences as find_actors does for its own
    names (mention rule "late_name"), none that another actor's name also holds."""
    late = {d.key for d in drafts if d.key not in before and any(m.kind == "name" for m in d.mentions)}
    if late:
        _propagate(doc, drafts, only=late, rule="late_name")


def _propagate(
    doc: Doc, drafts: list[ActorDraft], trace: list[Merge] | None = None, only: set[str] | None = None,
    rule: str | None = None,
) -> None:
    """Add exact, word-bounded occurrences of known names that spaCy missed. A
    form of several actors' names goes to the one that holds it as a whole name,
    if that one is a person or the form is its name (pass "shared form",
    recorded in `trace`). With `only`, just the names of those actors' keys,
    each added mention recording `rule`."""
    text = doc.text
    owner: dict[str, str | None] = {}
    by_key = {d.key: d for d in drafts}
    for d in drafts:
        for form in _name_forms(d):
            if len(form) < 2 or not _is_name_like(form):
                continue
            prev = owner.get(form, d.key)
            owner[form] = d.key if prev == d.key else None
    # a form several actors' names hold ("Doe" of "Jane Doe" and "John Doe") is the
    # one actor's that the clustering gave it as a whole name ("Doe" alone)
    whole: dict[str, set[str]] = defaultdict(set)
    for d in drafts:
        for m in d.mentions:
            if m.kind == "name" and m.text in owner:
                whole[m.text].add(d.key)
    # only to a person or to the actor it names whole: "Doe" is a modifier of
    # "Doe University", never its name
    shared = set()
    for form, k in owner.items():
        if k is None and len(whole.get(form, ())) == 1:
            key = next(iter(whole[form]))
            if by_key[key].type == "PERSON" or by_key[key].name == form:
                owner[form] = key
                shared.add(form)
    forms = sorted((f for f, k in owner.items() if k is not None and (only is None or k in only)), key=len, reverse=True)
    if not forms:
        return
    taken = sorted((m.start, m.end) for d in drafts for m in d.mentions)
    starts = [s for s, _ in taken]
    tok_starts = [t.idx for t in doc]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    lower_words = {t.lower_ for t in doc if t.is_lower}
    added: list[tuple[int, int, str]] = []
    matches = list(pattern.finditer(text))
    # known names side by side ("Acme Star Glider") are not one unknown longer name
    bounds = {m.start() for m in matches} | {m.end() for m in matches}
    bounds.update(b for span in taken for b in span)
    for m in matches:
        s, e = m.start(), m.end()
        i = bisect.bisect_right(starts, e) - 1
        clash = False
        while i >= 0 and taken[i][0] > s - 300:
            if taken[i][0] < e and s < taken[i][1]:
                clash = True
                break
            i -= 1
        if clash:
            continue
        t = bisect.bisect_right(tok_starts, s) - 1
        if t < 0 or doc[t].idx != s:
            continue  # not at a token boundary
        tok = doc[t]
        if tok.ent_type_ and tok.ent_type_ not in ACTOR_LABELS:
            continue  # inside a date, number, ...
        form = m.group(0)
        if form.isalpha() and tok.text != form:
            continue  # "Don" inside "Don't": not the whole token
        if (
            " " not in form and _sentence_initial(doc, t) and tok.pos_ != "PROPN" and not tok.ent_type_
            and form.lower() in lower_words
        ):
            continue  # a capitalised first word the text also writes in lower case ("Will", "Harvest"),
            # unless spaCy took it for a name here too
        if _continues_name(doc, text, t, e, bounds):
            continue
        added.append((s, e, owner[form]))
    for s, e, key in added:
        by_key[key].add(Mention(s, e, text[s:e], "name", rule))
        if trace is not None and text[s:e] in shared:
            merge = Merge("shared form", text[s:e], by_key[key].name)
            if merge not in trace:
                trace.append(merge)
    for key in {k for _, _, k in added}:
        by_key[key].mentions = _dedupe(by_key[key].mentions)


def _name_forms(d: ActorDraft) -> set[str]:
    forms = set()
    name_words = set(d.name.replace("’", "'").split())
    for m in d.mentions:
        if m.kind != "name":
            continue  # a pronoun or a description the later stages linked
        t = m.text
        if d.type == "PERSON":
            # drop a title in front: keep the trailing words that are part of a name
            words = t.split()
            k = len(words)
            while k > 0 and words[k - 1].replace("’", "'") in name_words:
                k -= 1
            t = " ".join(words[k:]) or t
        forms.add(t)
    if d.type == "PERSON":
        # a later bare surname ("Berg" after "Tom Berg"); shared ones are
        # dropped by the caller as ambiguous
        core = _strip_suffix(tuple(d.name.split()))
        if len(core) >= 2 and core[-1][:1].isupper() and len(core[-1]) > 2:
            forms.add(core[-1])
        # a given name used alone ("Omar also stated" after "Omar Said
        # Haddad"): the caller drops it when it begins (or ends) another name too
        if len(core) >= 2 and core[0][:1].isupper() and core[0][1:].islower() and len(core[0]) > 2 and core[0].isalpha():
            forms.add(core[0])
    return forms


def _continues_name(doc: Doc, text: str, t: int, end: int, bounds: set[int]) -> bool:
    """Is the occurrence glued to another capitalised proper noun (part of a
    longer name the article does not otherwise use)? `bounds` are the edges of
    known names, which do not count as such a neighbour."""
    nxt_i = t
    while nxt_i < len(doc) and doc[nxt_i].idx < end:
        nxt_i += 1
    if nxt_i < len(doc):
        nxt = doc[nxt_i]
        if (
            nxt.idx == end + 1 and text[end] == " " and nxt.pos_ == "PROPN" and nxt.idx not in bounds and nxt.text[:1].isupper()
            and nxt.ent_type_ not in ("DATE", "TIME") and not nxt.is_sent_start
        ):
            return True
    if t > 0:
        prv = doc[t - 1]
        if (
            prv.pos_ == "PROPN" and prv.text[:1].isupper() and prv.idx + len(prv.text) + 1 == doc[t].idx
            and prv.idx + len(prv.text) not in bounds
            and not _sentence_initial(doc, t - 1) and prv.ent_type_ not in ("DATE", "TIME")
        ):
            return True
    return False
