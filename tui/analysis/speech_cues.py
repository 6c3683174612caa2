"""Word lists the quote stage uses to recognise speech and its speakers.

General English vocabulary only, never names or phrases from particular
articles. Verbs are listed by lemma (spaCy's `token.lemma_`, lower-cased).
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

# Verbs of the manner of speaking that news sets beside a quote ("“…,” Doe fumed",
# "“…?” Roe pressed", "“…!” barked Jane Doe", "Roe grumbled that …"): a closed list.
MANNER_VERBS: frozenset[str] = frozenset(
    {
        "fume", "press", "scoff", "bark", "gush", "surmise", "marvel", "gripe",
        "chide", "scold", "sneer", "interject", "grumble", "mutter", "murmur", "bellow",
        "thunder", "rail", "confess", "repeat",
    }
)

# Those of them that take a person or a thing, not what was said ("pressed the council
# for a vote", "barked at the crowd", "railed against the plan"): cues for direct quotes only.
MANNER_DIRECT_ONLY: frozenset[str] = frozenset({"press", "bark", "chide", "scold", "rail", "marvel"})

# Verbs that introduce or attribute speech ("said", "told", "warned" …): the
# subject of one of these is the speaker of the quote or clause it governs.
# Cognition verbs (think, hope, fear) are deliberately absent: their clauses are
# opinions the reporter ascribes, not words someone said; "believe" is the
# exception, as news reports a stated position with it ("X believes that …").
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "call", "describe", "state", "explain", "warn",
        "note", "write", "announce", "argue", "claim", "insist", "ask", "reply",
        "urge", "toast", "chant", "comment", "remark", "respond", "answer",
        "acknowledge", "admit", "agree", "allege", "assert", "boast", "caution",
        "complain", "concede", "conclude", "confirm", "contend", "declare",
        "deny", "disclose", "emphasize", "emphasise", "indicate", "inform",
        "maintain", "mention", "observe", "predict", "promise", "proclaim",
        "quip", "recall", "recount", "report", "reiterate", "reveal", "shout",
        "stress", "suggest", "testify", "tweet", "post", "underline",
        "underscore", "vow", "whisper", "yell", "scream", "cry", "joke",
        "lament", "muse", "blame", "quote", "cite", "assure", "affirm",
        "continue", "speak", "react", "retort", "counter", "exclaim", "plead",
        "brag", "concur", "elaborate", "opine", "recommend",
        "demand", "criticize", "criticise", "charge", "threaten", "acclaim",
        "praise", "hail", "dismiss", "sing", "read", "denounce", "condemn", "decry",
        "estimate", "forecast", "project", "signal", "tout", "express",
        # verdicts: a court or inquiry "found"/"ruled"/"decided"/"deemed" that …
        "find", "rule", "decide", "deem",
        # speech acts whose object or complement is the quoted words
        "advise", "thank", "dub", "term", "label", "brand", "refer",
        # characterising, defending, accusing and writing ("likened the rules to
        # “…”", "characterized the attack as “…”", "emailed …", "as X put it, “…”")
        "liken", "characterize", "characterise", "defend", "accuse", "reference",
        "email", "text", "grouse", "question", "pledge", "wonder", "propose",
        "put",
        # manners of speaking
        *MANNER_VERBS,
        # beliefs stated as someone's position ("X believes that …")
        "believe",
    }
)

# Verbs of striking back that are speech cues only with "back" ("Doe shot back, “…”",
# "Roe fired back that …", "hit back", "snapped back"), never alone ("fired the aide").
RETORT_VERBS: frozenset[str] = frozenset({"fire", "shoot", "hit", "snap", "strike"})

# Verbs that only count as speech cues for a direct quote, never as a frame for
# reported (indirect) speech: they take objects, not reported clauses.
DIRECT_ONLY_VERBS: frozenset[str] = frozenset(
    {
        "call", "describe", "toast", "chant", "quote", "cite", "sing", "read",
        "praise", "hail", "dismiss", "criticize", "criticise", "blame",
        "speak", "react", "acclaim", "tout", "charge", "demand", "recommend",
        "continue", "thank", "dub", "term", "label", "brand", "refer",
        "liken", "characterize", "characterise", "defend", "accuse", "reference", "put",
        *MANNER_DIRECT_ONLY,
    }
)

# Nouns that speak for someone else: for "a Bexley Foods spokesperson" or
# "the Acme Corporation's website", the speaker is the organisation named around them.
SPOKES_NOUNS: frozenset[str] = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople",
        "representative", "official", "statement", "website", "site", "release",
        "communique", "communiqué", "announcement", "report", "document",
        "account", "office", "secretary", "media", "agency", "outlet", "channel",
        "newspaper", "broadcaster", "summary", "ruling", "judgment", "judgement",
        "letter", "post", "tweet", "filing", "spokesmen", "aide", "envoy",
        "ambassador", "delegation", "mission", "embassy", "ministry",
        "department", "source", "sources", "officer", "leadership", "government",
        "administration", "regime", "service", "press",
    }
)

# Nouns of organisations: "the institute said" refers back to an organisation
# the article named before (preferably one whose name contains the noun).
ORG_NOUNS: frozenset[str] = frozenset(
    {
        "institute", "institution", "ministry", "department", "company", "agency", "group",
        "government", "council", "committee", "court", "party", "organization",
        "organisation", "firm", "bank", "union", "university", "association",
        "commission", "army", "military", "police", "administration",
        "campaign", "center", "centre", "foundation", "office", "board",
        "network", "newspaper", "station", "team", "club", "league",
        "federation", "corporation", "authority", "bureau", "service",
        "regime", "embassy", "parliament", "congress", "senate", "assembly",
        "cabinet", "tribunal", "alliance", "coalition", "charity", "body",
        "watchdog", "regulator", "manufacturer", "airline", "operator",
        "broadcaster", "school", "hospital", "museum",
        "fund", "programme", "program", "website", "statement",
    }
)

# Nouns for people in a role: "the president said" refers back to a person.
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "president", "minister", "spokesman", "spokeswoman", "spokesperson",
        "senator", "governor", "mayor", "chairman", "chairwoman", "chair",
        "chairperson", "director", "chief", "leader", "secretary", "official",
        "ambassador", "envoy", "adviser", "advisor", "aide", "general",
        "commander", "judge", "prosecutor", "lawyer", "attorney", "executive",
        "founder", "premier", "chancellor", "king", "queen", "prince",
        "princess", "pope", "priest", "bishop", "captain", "coach", "manager",
        "representative", "congressman", "congresswoman", "lawmaker",
        "commissioner", "professor", "researcher", "scientist", "analyst",
        "economist", "author", "writer", "actor", "actress", "singer",
        "drummer", "player", "officer", "sheriff", "candidate", "ceo",
        "dictator", "politician", "diplomat", "legislator", "emperor",
        "monarch", "father", "mother", "son", "daughter", "wife", "husband",
        "woman", "man", "boy", "girl", "doctor", "nurse", "teacher", "student",
        "witness", "victim", "suspect", "defendant", "president-elect",
    }
)

# Endings of agent nouns, nouns for someone who does something ("painter",
# "sculptor", "pianist", "historian", "consultant"), of their plurals, and of the
# compounds of "-man", "-woman" and "-person" ("businessman", "chairperson"): a
# closed list of English suffixes. Callers add their own guards (a noun, more
# than four letters, ...): alone an ending also fits "water" or "plant".
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ers", "ors", "ists", "ians", "ants", "sman", "swoman",
                 "smen", "swomen", "person")

# Determiners that bring in someone new to the text without naming them ("a designer",
# "one official", "another aide"): what a later "the designer" may go back to. Not "the":
# news calls the person it names "the billionaire", "the retired surgeon"
# (blocking those removed right links by the score on the news articles).
INDEFINITE_DETS: frozenset[str] = frozenset({"a", "an", "one", "another"})


# Subject pronouns and what they can refer to.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS: frozenset[str] = frozenset({"it"})

# Words that start a reporter's comment after a reported clause
# ("…,” without giving further details).
COMMENT_STARTERS: frozenset[str] = frozenset({"without", "while", "whereas"})


# The people who speak for an organisation, as opposed to its documents.
SPOKES_PEOPLE: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}
)


def is_spokes_person(word: str) -> bool:
    """"spokesman" and its kin, allowing one typo: news copy misspells it
    ("spoksman") often enough, and no other English word is that close."""
    word = word.lower()
    if word in SPOKES_PEOPLE:
        return True
    return len(word) >= 8 and any(Levenshtein.distance(word, form, score_cutoff=1) <= 1 for form in SPOKES_PEOPLE)


def is_spokes_noun(word: str) -> bool:
    return word.lower() in SPOKES_NOUNS or is_spokes_person(word)
