"""Word tables shared by the stage's modules: titles, honorifics, roles, head words of names."""

from __future__ import annotations

import re

from ..model import ACTOR_TYPES


ACTOR_LABELS = frozenset(ACTOR_TYPES)


# Lowercase words no name holds: an entity running over one is two names.
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})

_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s'", "s’"})

_ARTICLES = frozenset({"the", "a", "an"})


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
    "AG",  # an attorney general: "AG Jane Doe" (a firm's "Acme AG" puts it after the name)
})

# Honorifics that only a person's name follows ("Dr. Doe"; not "King" or "General",
# which also begin names of streets, ships and companies).
_PERSONAL_HONORIFICS = frozenset({
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame",
    "Mme", "Mme.", "Mlle", "Mlle.", "Madame", "Monsieur", "Herr", "Frau", "Mx", "Mx.",
})

# Plural titles in front of a list of names: "Presidents Ana Ruiz of Lyonesse and Tom
# Berg of Doeland", "Sens. Ruiz and Berg" (each name is a person's).
_PLURAL_TITLES = frozenset({
    "Presidents", "Senators", "Sens.", "Reps.", "Governors", "Govs.", "Ministers", "Mayors", "Judges",
    "Justices", "Commissioners", "Ambassadors", "Congressmen", "Congresswomen", "Drs.", "Professors",
    "Profs.", "Generals", "Gens.", "Messrs.", "Messrs", "Chancellors", "Premiers", "Councillors",
    "Councilors", "Bishops", "Cardinals", "Rabbis", "Secretaries", "Presidents-elect",
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

# Head nouns of a polity that a nationality or creed before them names ("the modern
# Varnish State", "the Doeish Republic"): spaCy tags the adjective alone as a group
# and leaves the head out. A closed class of words for a state.
_STATE_HEADS = frozenset({"State", "Republic", "Kingdom", "Empire", "Caliphate"})

# Buildings: "the Church of the Holy Trinity" is a place, "the Methodist Church" is not.
_FAC_HEADS = frozenset({"Church", "Cathedral", "Mosque", "Temple", "Basilica", "Chapel", "Synagogue", "Palace"})

# Last words of a name that make it a building or structure (FAC in OntoNotes);
# those a surname can be ("Ana Arena", "Tom Tower") do not retype a person.
_FAC_LAST_NOT_SURNAME = frozenset({
    "Station", "Airport", "Stadium", "Studio", "Cathedral", "Mosque", "Synagogue", "Hotel", "Palace", "Building",
    "Terminal", "Plaza", "Square", "Avenue", "Boulevard", "Road", "Highway", "Expressway", "Motorway",
    "Cemetery", "Trail", "Base",
})

# Those few surnames end: a name spaCy tags as a person's yields to them when its first
# word is no given name ("Doe Tower", not "Tom Tower"; `name_shapes._facility_name`).
_FAC_LAST_RARE_SURNAME = frozenset({"Arena", "Bridge", "Tunnel", "Dam", "Tower", "Prison"})

_FAC_LAST = _FAC_LAST_NOT_SURNAME | _FAC_LAST_RARE_SURNAME | {"Park", "Street", "Hall", "Castle", "Place"}


# Head words of names of organisations: "Varn Foundation", "Ministry of Tides".
_ORGANISATION_HEADS = _ORG_HEADS | frozenset({
    "Foundation", "Society", "Library", "Laboratory", "Laboratorio", "Lab", "Observatory", "Lines", "Collaboration", "Inc", "Inc.", "Ltd", "Ltd.",
    "LLC", "Corp", "Corp.", "Group", "Airlines", "Airways", "Records", "Studios", "Tours", "Club", "League",
    "Team", "Network", "Press", "Magazine", "Journal", "Gazette", "Orchestra", "Choir", "Band", "Trust",
})


# Last words of the name of a body often named after a person, its founder or its
# candidate, that no person has as a family name: "Jane Doe Foundation", "Doe
# Organization", "Doe Campaign", "Jane Doe Center", and a government or a cabinet named
# after the one who leads it ("the Doe Government"). (A closed class of trade nouns.)
# Those of a firm ("Doe Inc.", "Doe Group") are left out of `_NAMED_AFTER_NOT_FIRM`: a firm
# goes by its first word ("Doe" for "Doe Holdings") as a foundation or a campaign does not.
_NAMED_AFTER_NOT_FIRM = frozenset({
    "Organization", "Organisation", "Foundation", "Campaign", "Center", "Centre", "Institute", "Fund",
    "Administration", "PAC", "Library", "Museum", "Trust", "Government", "Cabinet",
})

_NAMED_AFTER_HEADS = _NAMED_AFTER_NOT_FIRM | frozenset({
    "Corporation", "Corp", "Corp.", "Inc", "Inc.", "LLC", "Ltd", "Ltd.", "Holdings", "Enterprises", "Group", "Company",
})



# The dependencies of a clause's subject (spaCy's English labels): active and passive.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


# Head words of a law, a prize or a work named after a person, that end its name or
# follow the part of it spaCy kept ("Jane Doe Safety Act" cut to "Jane Doe Safety"):
# "Jane Doe Act", "Jane Doe Prize", "The Jane Doe Show". (A closed class of nouns; not
# "Bill", a given name too.)
_NAMED_WORK_HEADS = frozenset({
    "Act", "Law", "Amendment", "Prize", "Award", "Medal", "Trophy", "Lecture", "Fellowship", "Scholarship",
    "Memorial", "Show", "Syndrome", "Doctrine",
})


# Words that make a name an institution (ORG) rather than the building or town it
# is in: "Doe University", "University of Lyonesse", "Universidad de Lyonesse".
_INSTITUTION_WORDS = frozenset({
    "University", "College", "Institute", "Academy", "Conservatory", "Conservatoire", "Seminary", "Polytechnic",
    "School", "Universidad", "Universidade", "Université", "Universität", "Universiteit", "Università",
    "Instituto", "Institut", "Istituto",
})

_ADDRESS_HEADS = frozenset({"Street", "Road", "Avenue", "Lane", "Square", "Boulevard"})

# Words that name a numbered road before its number ("Highway 9", "Hwy 9", "Route 9",
# "Interstate 9"): a closed class of the words for a road and their usual abbreviations.
_NUMBERED_ROAD_WORDS = frozenset({"Highway", "Hwy", "Hwy.", "Route", "Rte", "Rte.", "Interstate"})


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


# Offices a form of address names after "Mr."/"Madam" ("Mr. President", "Madam Speaker"):
# `descriptions.OFFICE_ADDRESS` / `vocative_titles`, and the "word of address" filter.
_ADDRESS_OFFICES = ("President", "Vice President", "Speaker", "Chair", "Chairman", "Chairwoman", "Secretary",
                    "Ambassador", "Mayor", "Prime Minister", "Minister", "Chief Justice", "Justice", "Senator",
                    "Governor", "Leader", "Commissioner", "Director")
# Offices named "<office> of <field>": "Secretary of State", "Minister of Finance", and,
# as news style writes them, "Doe, once secretary of State", "as minister of Finance";
# not a lowercase "director of" or "commissioner of": "director of Acme Action" is a post
# at the organisation the name is.
_OFFICE_OF = re.compile(
    r"\b(?:Secretary|Minister|Director|Commissioner|Undersecretary|Under Secretary|secretary|minister)(?:-General)? of $"
)
# A lawyer's title under the name on a letterhead, before "Law": "Attorney at Law", "Counselor-at-Law".
_LAWYER_AT = re.compile(r"\b(?:[Aa]ttorneys?|[Cc]ounsell?ors?)[ -]at[ -]$")

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


# Words that count or qualify the members of a people or a group, in front of a
# plural name ("many Doelanders", "fellow Doelanders", "older Doelanders"; not
# "both" or "two", which count the members of a family: "both Does"). A closed
# class of quantifiers and qualifying adjectives.
_GROUP_QUANTIFIERS = frozenset({
    "many", "most", "more", "few", "fewer", "several", "some", "other", "fellow", "all", "million",
    "millions", "thousand", "thousands", "hundreds", "young", "younger", "older", "ethnic",
})


# Words that, following the name of a body, make the name of a group of people
# in or behind it: a party's members, or the party's word itself ("Senate
# Democrats", "Senate Dems", "Senate GOP", "Senate Democratic Caucus", "Acme Party
# Conservatives", "Second Amendment Democrats", "Doe Supporters"). A closed class:
# the main parties' plurals, adjectives and short forms, and words for members,
# supporters and voters.
_MEMBER_WORDS = frozenset({
    "Democrats", "Republicans", "Conservatives", "Liberals", "Tories", "Socialists", "Communists",
    "Progressives", "Libertarians", "Independents", "Dems", "GOP",
    "Democratic", "Republican", "Conservative", "Labour", "Socialist", "Communist", "Libertarian",
    "Members", "Supporters", "Voters", "Delegates", "Loyalists", "Backers",
    "members", "supporters", "voters", "delegates", "loyalists", "backers",
})


_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "ian", "ians", "i", "is", "ic")


# A score glued to a name ("Hillside 38–6"): digits joined by a dash.
_SCORE = re.compile(r"\d+[-–—]\d+")


# Last words of company names that begin with a given name ("Felix Airways", "Victoria Foods").
_COMPANY_WORDS = frozenset({
    "Airways", "Airlines", "Air", "Hotel", "Hotels", "Motors", "Records", "Foods", "Media", "Group", "Holdings",
    "Inc", "Ltd", "Partners", "Studios", "Films", "Pictures", "Books", "Press", "Times", "News", "Trust",
    "Foundation", "Fund", "Prize", "Award", "Awards", "Center", "Centre", "School", "College", "Hall", "Library",
})

# A capitalised word of a person's name, an initial ("T."), or a double name ("Roe-Berg"); a
# family name may open with one of the closed class of prefixes that capitalise the next
# letter too ("O'Varn", "McBerg", "MacDoe", "D'Arvo").
_NAME_WORD = re.compile(r"(?:[A-Z]\.|(?:O['’]|Mc|Mac|D['’])?[A-Z][a-zà-ÿ'’-]+(?:-[A-Z][a-zà-ÿ'’]+)?)")


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


# The title of a saint's name: "Saint Doe", "St. Doe".
_SAINT_WORDS = frozenset({"Saint", "St.", "St"})
