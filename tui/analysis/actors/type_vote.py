"""Step 3: the type of a cluster, by a weighted vote of its names' tags overruled by the typing rules."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict

from ..aliases import canonical
from ..countries import is_country
from ..gazetteer import is_town
from ..parsed import table
from .display_names import _in_quote
from .filters import _STREET_DESIGNATORS
from .cues import _GROUP_RETYPED, _known_place, _plural_name_word
from .name_shapes import (
    _facility_name, _family, _full_name_shape, _given_and_family_name, _given_name, _natural_feature,
    _organisation_name, _weight,
)
from .records import _Cand, Merge, top_vote
from .words import (
    _ADDRESS_HEADS, _COMPANY_WORDS, _DEMONYM_ENDINGS, _FAC_HEADS, _FAC_LAST, _GROUP_QUANTIFIERS, _HONORIFICS, _INSTITUTION_WORDS,
    _NAMED_AFTER_HEADS, _ORGANISATION_HEADS, _PLACE_PREPOSITIONS, _WHERE_PREPOSITIONS,
)


# Continents, oceans, large regions and heavenly bodies: places without a
# government (LOC), whichever tag spaCy gives them. A closed class of general
# geography, like the alias table, not names from any article.
_REGION_NAMES = frozenset({
    "Earth", "Moon", "Mars", "Africa", "Europe", "Asia", "Antarctica", "Oceania", "Arctic", "Antarctic",
    "Middle East", "Scandinavia", "Balkans", "Caribbean", "Mediterranean", "Pacific", "Atlantic", "Siberia",
    "Sahara", "Eurasia", "Latin America", "North America", "South America", "Central America",
})


def _cluster_type(
    cands: list[_Cand], idxs: list[int], lower: frozenset[str] = frozenset()
) -> tuple[str | None, str | None, str | None]:
    """The type of a cluster, the typing rule (TYPE_RULES) that decided it
    when spaCy's tags alone would give another (None when they agree), and the
    type spaCy's tags alone give (their weighted vote, the one the rule is
    judged against; recorded as Retype.spacy_type). `lower`: the words the text
    writes in lower case."""
    votes: Counter = Counter()
    tagged: Counter = Counter()  # spaCy's tags alone
    by_rule: dict[str, Counter] = defaultdict(Counter)  # label -> cue votes per rule
    # spaCy types a lone surname or word by guesswork ("Doe" as ORG, "Paris"
    # as GPE); once the cluster holds a multi-word name of a person, the
    # one-word tags do not outvote it
    full_person = any(cands[i].label == "PERSON" and len(cands[i].text.split()) > 1 for i in idxs)
    # and once it holds a given and family name that the sentence does not show to be
    # something else ("Jane Doe" tagged ORG, with no cue or a person's), spaCy's tags
    # of the family name alone ("Doe" as ORG again and again) are guesses it does not count
    named_person = not full_person and any(
        cands[i].cue in (None, "PERSON") and _given_and_family_name(cands[i].text) for i in idxs
    )
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
        if c.label is not None and not ((full_person or named_person) and one_word_guess) and not repeated:
            w = _weight(c.label, len(c.text.split())) + (1 if c.dateline else 0)
            votes[c.label] += w
            if not c.untagged:
                tagged[c.label] += w
        if c.cue is not None:
            # a cue the name itself gives ("Dr.", a given name) outweighs spaCy's tag of that name
            w = max(_CUE_WEIGHT, len(c.text.split()) + 1) if c.cue_rule in _NAME_RULES else _CUE_WEIGHT
            votes[c.cue] += w
            by_rule[c.cue][c.cue_rule or "context cue"] += w
    spacy_label = top_vote(tagged) if tagged else None
    if not votes:
        return None, None, spacy_label
    label = top_vote(votes)
    rule = top_vote(by_rule[label]) if label != spacy_label and by_rule[label] else None
    if label == "PERSON" and (tied := _tied_with_a_person_tag(cands, idxs, votes)) is not None:
        label, rule = tied, "tied with a one-word person tag"
    elif label != "PERSON" and _name_and_its_person_part(cands, idxs, lower):
        label, rule = "PERSON", "name with its part a person"
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
    if label == "PERSON" and not full_person and _brand_shaped(cands, idxs):
        return "ORG", "name with a capital inside"
    if label in _GROUP_RETYPED and _plural_group(cands, idxs):
        return "NORP", "plural group name"
    if label in ("ORG", "PERSON") and _members_of_a_group(cands, idxs):
        return "NORP", "members of a group"
    # "its" is evidence against a one-word name only; a full person's name
    # outweighs it. "the X" or "on X" is none against a full person's name
    # itself ("an essay on Jane Doe"); a noun saying what it is still is ("the
    # supergroup Blind Faith")
    names = [cands[i].text for i in idxs]
    impersonal = any(cands[i].impersonal for i in idxs) and not full_person
    # a given and family name spaCy tags as a person's ("Jane Doe") is never itself
    # evidence against a person, whatever the words around it ("a group Jane Doe won")
    named = [cands[i].label == "PERSON" and _given_and_family_name(cands[i].text) for i in idxs]
    # (unless the words around every mention of it say a place and no title stands before
    # any: "the islands Doe Roe, Lyonesse and ...", "Jane Roe: the biggest island"; not
    # "states (Sen. Jane Roe of ...)")
    placed = all(
        cands[i].not_person and cands[i].cue in ("GPE", "LOC") and cands[i].title_start == cands[i].start for i in idxs
    )
    against = [
        i for i, is_named in zip(idxs, named) if cands[i].not_person and (not is_named or placed) and not (
            cands[i].label == "PERSON" and len(cands[i].text.split()) > 1 and cands[i].cue in (None, "PERSON")
            and cands[i].preposition != "via"  # "flights from Doeville via Al Roe": a stop on a route, no one's name
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
    if any(cands[i].honorific for i in idxs):
        # "Jane Doe of the Acme Group, a consulting firm" (the parse hangs the firm on her)
        # beside "Ms. Doe said": a mention after an honorific or a person's title is a person's
        impersonal = not_person = False
    if label == "PERSON" and (impersonal or not_person):
        others = Counter({k: v for k, v in votes.items() if k != "PERSON"})
        # with no other type in the vote, "on X", "via X", "in the X" make it a place
        fallback = "GPE" if any(_in_a_place(cands[i]) for i in against) else "ORG"
        label, rule = (top_vote(others) if others else fallback), "not a person"
    if label == "FAC" and _bare_facility_tag(cands, idxs):
        # "west of Doeville, the capital city of ...", "just east of Broadway", "people from
        # Roe": spaCy's FAC for one word that names no building is a guess; the other tags
        # and cues decide, else a place's preposition of going ("from X", "along X") a place
        others = Counter({k: v for k, v in votes.items() if k != "FAC"})
        if others:
            label, rule = top_vote(others), "one-word facility tag"
        elif any(cands[i].preposition in _ALONG_PREPOSITIONS for i in idxs):
            label, rule = "GPE", "one-word facility tag"
    if label == "LOC" and votes.get("GPE") and not any(
        _natural_feature(cands[i].text.split(), "LOC") or cands[i].cue_rule == "name before a feature word" for i in idxs
    ):
        label, rule = "GPE", "part of a country"  # "the Midlands", "Northern Province": spaCy's LOC for part of a country
    if label == "LOC" and all(" " not in n and n not in _REGION_NAMES and is_town(n) for n in names):
        # "Odense" tagged as a region: a one-word name of a town of the gazetteer (a
        # continent or a sea of _REGION_NAMES that shares a town's name stays a region)
        return "GPE", "known town tagged a region"
    if label in ("PERSON", "GPE", "FAC", "LOC") and not full_person and _cited_source_only(cands, idxs):
        return "ORG", "cited source with no person"
    if label in ("GPE", "LOC") and _speaking_unknown_place(cands, idxs):
        # "Roe said", "Acme said in a statement": spaCy's place for one word no table knows
        # as a place, the subject of a verb of speech: its person or organisation tags
        # decide, else a person ("the X": an organisation, "The Doe noted")
        others = Counter({k: v for k, v in votes.items() if k in ("PERSON", "ORG")})
        if others:
            return top_vote(others), "place no table knows that speaks"
        return ("ORG" if any(cands[i].after_the for i in idxs) else "PERSON"), "place no table knows that speaks"
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
    if label in ("PERSON", "ORG") and not full_person and _known_town(cands, idxs):
        return "GPE", "known town"
    if label == "NORP" and not any(n.endswith(_DEMONYM_ENDINGS) for n in names) and _known_town(cands, idxs):
        # "airstrikes around Doeville", "cities like Doeville": spaCy's people (NORP) for a
        # town it does not know; not a name shaped like a people's ("Doeman" is a town too)
        return "GPE", "known town"
    if label == "PERSON" and full_person and all(" " in n for n in names) and _known_town(cands, idxs):
        # "in Doe Roe City", "from Doe Head, Lyonesse": spaCy's person tag of a town's whole
        # name of several words (a person's full name otherwise outweighs every other tag)
        return "GPE", "known town of several words"
    if label in ("LOC", "GPE") and votes.get("NORP") and all(
        n.split()[-1].endswith(_DEMONYM_ENDINGS) for n in names
    ) and not any(_known_place(n) for n in names) and not any(  # "Doeshi" is a town of the gazetteer, not its people
        cands[i].cue_rule == "people's name after at" for i in idxs  # nor is "the community at Doese" a people
    ):
        return "NORP", "demonym"
    if label in ("ORG", "PERSON", "FAC", "LOC", "NORP") and any(_division_name(n.split()) for n in names):
        return "GPE", "name of a division"
    if label != "GPE" and any(_part_of_a_named_place(n.split(), cands) for n in names) \
            and not _shows_a_person(cands, idxs) and not any(cands[i].feature for i in idxs):
        # "Upper Doeville" beside "Doeville", "Southern Lyonesse"; not "the East Doeland sea"
        return "GPE", "part of a named place"
    if label == "ORG" and any(n.split()[0] in _FAC_HEADS and " of " in n for n in names):
        return "FAC", "building of"
    if label in ("ORG", "FAC", "GPE", "LOC", "PERSON") and _event_cluster(names, label):
        return "EVENT", "name of an event"
    # (spaCy's event, law or product for a street or a building it does not know, "Doe Avenue",
    # "Roe Airport", is a guess too; a work's title keeps its tag: a novel may be "Doe Park")
    if label in ("ORG", "GPE", "LOC", "PERSON", "EVENT", "LAW", "PRODUCT") \
            and any(_facility_name(n.split(), label) for n in names):
        return "FAC", "facility head word"
    if label == "FAC" and any(_centre_of_a_field(n.split()) for n in names):
        return "ORG", "centre of a field"
    if label in ("FAC", "GPE", "LOC", "PERSON", "NORP") and any(w in _INSTITUTION_WORDS for n in names for w in n.split()):
        return "ORG", "institution word"
    if label in ("FAC", "GPE", "LOC", "PERSON", "NORP") and any(_organisation_name(n.split(), label) for n in names):
        return "ORG", "organisation head word"
    if label == "PERSON" and all(len(n.split()) > 1 and n.split()[-1] in _NAMED_AFTER_HEADS for n in names):
        # "Jane Doe Foundation", "Doe Campaign": a body named after a person, given name or not
        return "ORG", "body named after a person"
    if label in ("ORG", "GPE", "FAC", "PERSON") and any(
        n in _REGION_NAMES or _natural_feature(n.split(), label) and not (label == "GPE" and _known_place(n))
        for n in names
    ):
        # (a name spaCy tags GPE that the gazetteer knows keeps it: "Rhode Island" is a
        # state, "Moreno Valley" a city, whatever their last word)
        return "LOC", "natural feature or region"
    if label == "PERSON" and all(len(n.split()) == 2 and n.split()[-1] in _TOWN_FEATURE_HEADS for n in names) \
            and not _shows_a_person(cands, idxs, by_name=False):
        # "Molly Point", "Carol Springs": spaCy's person tag (from the given name) of a name
        # of two words whose last is a word of a place's name that no common surname is
        # ("Jane Hill", "John Bay" stay people), with nothing but the name's own words
        # showing a person: no title, honorific, verb of speech or person's context cue
        return "GPE", "given name before a feature word"
    if label == "PERSON" and full_person and any(cands[i].cue_rule == "place and its region" for i in idxs) \
            and not _shows_a_person(cands, idxs) and not any(w.isupper() for n in names for w in n.split()):
        # "Doe Roe, Lyonesse" over a letter's date: spaCy's person tag of a town's whole name
        # of several words (which outweighs a cue) yields to its region, with nothing else
        # showing a person (a given name, a title, a verb of speech) nor a building or a
        # body (the head words above, an acronym: "his ACME Studio, Doeville, Lyonesse")
        return "GPE", "town of several words with its region"
    if label in ("PERSON", "ORG") and all(" " in n and n.split()[-1] in _STATE_ABBREVIATIONS for n in names) \
            and not _shows_a_person(cands, idxs):
        return "GPE", "town with its state"  # "from Doe Roe N.Y.": a town and its US state's abbreviation
    return label, rule


# Head words of the names of gatherings held at a time, which spaCy often tags as an
# organisation or a building: "the Lyonesse Summit",
# "the Doeville Marathon", "the Roe County Primary", "the Acme Open Championship", "the
# Doeville Film Festival", "the Lyonesse Expo". Not "Convention" (an assembly that drafts
# a charter as often as a party's gathering: "a National Convention of delegates to draw up
# a constitution"), "Caucus" (a body of members: "the Varn
# Caucus"; its plural, "the Doeville caucuses", is the vote), "Conference" (a league or a
# body: "the Conference of Mayors"), "Awards" (a ceremony our gold counts as an actor),
# "Games" (studios: "Acme Games"), "Series" (a product line), "Fair" (a fairground too).
_EVENT_HEADS = frozenset({
    "Summit", "Marathon", "Primary", "Primaries", "Caucuses", "Championship", "Championships",
    "Tournament", "Festival", "Expo", "Carnival", "Debate", "Debates", "Olympics", "Paralympics", "Olympiad",
})

# Words after which the head of an event's name ends: "Festival of Lights", "Summit on the
# Harbour", "Tournament in Doeville" (so "Commission on Presidential Debates" stays a body).
_EVENT_CUT = frozenset({"of", "on", "for", "in", "at"})

# Words before a storm's given name: "Hurricane Jane", "Typhoon Roe", "Tropical Storm Doe".
_STORM_WORDS = frozenset({"Hurricane", "Typhoon", "Cyclone"})


def _event_name(words: list[str], label: str) -> bool:
    """Is the name of these words an event's: its head (its last word, or the word before
    "of", "on", "for", "in", "at") in _EVENT_HEADS, in a name of two words or more (one word
    only for the plural games, "Olympics"), or a storm's ("Hurricane Jane", "Tropical Storm
    Roe"; never from a person's tag: "Hurricane" is a boxer's nickname too)?"""
    if label != "PERSON" and (
        len(words) == 2 and words[0] in _STORM_WORDS or len(words) == 3 and words[:2] == ["Tropical", "Storm"]
    ):
        return True
    cut = next((k for k, w in enumerate(words) if k and w in _EVENT_CUT), len(words))
    head = words[cut - 1] if cut else ""
    return head in _EVENT_HEADS and (len(words) > 1 or head.endswith("ics"))


def _event_cluster(names: list[str], label: str) -> bool:
    """Is every name of the cluster an event's (`_event_name`)? A shorter name beside one
    ("Roe" beside "the Roe Primary", where the parse joined the party to its vote) keeps
    the vote's type."""
    return all(_event_name(n.split(), label) for n in names)


# The particles a family name joins to the rest of it with a capital ("McAllister",
# "MacLeod", "DeWitt", "LaRue", "VanDerBerg", "FitzRoy"): a closed class.
_SURNAME_PARTICLES = frozenset({
    "Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "La", "Le", "Van", "Vande", "Vander", "Von", "Fitz", "St",
})


def _capital_inside(word: str) -> bool:
    """Is `word` a capitalised word with a capital after a lower-case letter inside it
    ("GlobexNet", "TrekPal"), what comes before that capital no particle of a family name
    (`_SURNAME_PARTICLES`: "McAllister", "DeWitt") nor a given name of the table
    ("RoseAnn"), and the word no given name of the table itself ("JoAnne")?"""
    if not word[:1].isupper() or not word.isalpha() or _given_name(word):
        return False
    for k in range(1, len(word)):
        if word[k].isupper() and word[k - 1].islower():
            return word[:k] not in _SURNAME_PARTICLES and not _given_name(word[:k])  # "RoseAnn"
    return False


def _brand_shaped(cands: list[_Cand], idxs: list[int]) -> bool:
    """Is every name of the cluster one word with a capital inside it (`_capital_inside`:
    "GlobexNet", "TrekPal"), the way firms, brands and websites write their names and no
    person's name is written, with no title, honorific or person cue in front of one of
    them? Then spaCy's person tag is a guess: the name is an organisation's."""
    for i in idxs:
        c = cands[i]
        if " " in c.text or not _capital_inside(c.text) or c.cue == "PERSON" or c.title_start < c.start:
            return False
    return True


# Prepositions of going from, along or onto a place (a closed class): not "in", "at" or
# "of", said of a building's inside as often ("in the Doe Capitol", "the outskirts of Doeland"),
# nor "to" ("a ticket to this Tarpit": a figure of speech as often).
_ALONG_PREPOSITIONS = frozenset({"from", "on", "along", "via", "through", "across"})


def _bare_facility_tag(cands: list[_Cand], idxs: list[int]) -> bool:
    """Is the cluster's FAC only spaCy's guess for a one-word name: every name one word
    with no word of a building or a street (`_FAC_LAST`, `_FAC_HEADS`, `_ADDRESS_HEADS`),
    no cue of a facility, and none written "the X" as a building's name is ("the
    Capitol", "the Kremlin" keep their FAC)?"""
    for i in idxs:
        c = cands[i]
        if " " in c.text or c.after_the or c.cue == "FAC" or c.text in _FAC_LAST or c.text in _FAC_HEADS \
                or c.text in _ADDRESS_HEADS:
            return False
    return True


def _name_and_its_person_part(cands: list[_Cand], idxs: list[int], lower: frozenset[str]) -> bool:
    """Is the cluster a name of two words spaCy tagged anything but a person ("Jane
    Roe" as an organisation) and its first or last word written alone, which spaCy
    tags a person more often than anything else ("Jane", "Roe said")? A body is
    seldom called by one word of a two-word name, and spaCy knows a person's given or
    family name alone better than the pair. Not with a word of a body, a firm, a
    building or a feature in the name ("Doe University", "Doe News": "Doe" tagged a
    person is a guess there), nor a word the text writes in lower case (`lower`:
    "First Symphony" beside "Symphony" and "a symphony"), nor a cue of another
    type, "the X" as a head noun, a country or a town."""
    pairs, alone = [], Counter()
    for i in idxs:
        c = cands[i]
        words = c.text.split()
        if c.cue not in (None, "PERSON") or c.not_person or _known_place(c.text):
            return False
        if len(words) == 2:
            if c.label == "PERSON" or any(w in _COMPANY_WORDS or w in _INSTITUTION_WORDS or w in _FAC_HEADS for w in words) \
                    or not _plain_name_words(words, c.label, lower):
                return False
            pairs.append(words)
        elif len(words) == 1:
            alone[(c.text, c.label)] += 1
        else:
            return False
    if not pairs or not alone:
        return False
    parts = {w for words in pairs for w in (words[0], words[-1])}
    if any(text not in parts for text, _ in alone):
        return False
    tags = Counter()
    for (_, tag), n in alone.items():
        tags[tag] += n
    return top_vote(tags) == "PERSON" and 2 * tags["PERSON"] > sum(tags.values())


def _tied_with_a_person_tag(cands: list[_Cand], idxs: list[int], votes: Counter) -> str | None:
    """"ORG" when spaCy's tags of a cluster of one-word names with no context cue
    tie between a person and an organisation ("Acme" tagged a person once and an
    organisation once: "Acme normally does not ...", "a film at Acme") and nothing
    shows a person (`_shows_a_person`: no title, honorific or given name, no verb of
    speech). spaCy's person tag of a lone word it does not know is its weakest guess.
    Not a tie with a place: a one-word name tagged a person and a town ("Doe's
    cabinet", "on Doe") is as often a person's. None otherwise."""
    if any(" " in cands[i].text or cands[i].cue is not None for i in idxs):
        return None
    if set(votes) != {"PERSON", "ORG"} or votes["PERSON"] != votes["ORG"]:
        return None
    return None if _shows_a_person(cands, idxs) else "ORG"


def _cited_source_only(cands: list[_Cand], idxs: list[int]) -> bool:
    """Is the cluster cited as a publisher or a body is ("Acme reported", "told Acme",
    "according to Acme": `cues._cited_source`) with nothing to show a person: no given
    name, honorific or title in front of a name, no person cue of a sentence, no verb
    of speech but a publishing one ("Doe said"), and no town or country of the tables
    ("Lyonesse reported a rise", "according to Doeville")? Then it is an organisation,
    whatever spaCy guessed for a name it does not know."""
    if not any(cands[i].cited_source for i in idxs):
        return False
    for i in idxs:
        c = cands[i]
        first = c.text.split()[0]
        if c.cue == "PERSON" or c.speaks and not c.cited_source or c.title_start < c.start or _given_name(first) \
                or first in _HONORIFICS or _known_place(c.text):
            return False
    return True


def _plain_name_words(words: list[str], label: str | None, lower: frozenset[str]) -> bool:
    """Are these the words of a name written as a person's are (each a capitalised word
    of letters, not in capitals, none the text writes in lower case: `lower`) and no
    body's, building's or natural feature's name for spaCy's `label`? Asked by the two
    rules that make a two-word name a person on the evidence of other mentions (a
    part of it tagged a person; the family name of a person shown)."""
    return all(w.isalpha() and w[0].isupper() and not w.isupper() and w.lower() not in lower for w in words) \
        and not (_organisation_name(words, label) or _facility_name(words, label) or _natural_feature(words, label))


def _speaking_unknown_place(cands: list[_Cand], idxs: list[int]) -> bool:
    """Is the cluster, typed a place, one word that speaks ("Roe said", "Acme told
    reporters": the subject of a verb of speech) and that no table knows as a place: no
    town, US state or country of the tables, no alias, continent or sea, no word in
    capitals (a dateline's "DOEVILLE - "), and no cue of a place around any mention
    ("the mayor of X")? A town the gazetteer lacks seldom speaks; a person, a firm or a
    paper spaCy does not know does ("Roe then asked", "Acme said in a statement")."""
    if not any(cands[i].speaks and not cands[i].cited_source for i in idxs):
        return False
    for i in idxs:
        c = cands[i]
        if " " in c.text or not c.text[:1].isupper() or c.text.isupper() or c.dateline or c.cue in ("GPE", "LOC") \
                or c.text in _REGION_NAMES or _known_place(c.text) or canonical(c.text) is not None:
            return False
    return True


# The abbreviations of the US states newspapers write after a town ("Doeville, Fla.",
# "Roe Falls N.Y."), those with a full stop only: a closed class, and no word of a
# person's name ends so.
_STATE_ABBREVIATIONS = frozenset({
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.",
    "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.",
    "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.",
    "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.",
})


# Words that end the name of a country's division or of a state that was ("Doe County",
# "Roe Province", "the Varnian Empire") or open it before "of" ("the Municipality of
# Doeville", "Province of Roe"), and, for the Irish and British counties, before the
# name itself ("County Doe"). A closed class of words of government.
_DIVISION_LAST = frozenset({
    "County", "Province", "Prefecture", "Oblast", "Voivodeship", "Voivodship", "Governorate", "Municipality",
    "Township", "Borough", "Empire",
})
_DIVISION_FIRST = frozenset({"County", "Province", "Prefecture", "Governorate", "Municipality", "Borough"})


def _division_name(words: list[str]) -> bool:
    """"Doe County", "Greater Doeville Metropolitan Area", "Municipality of Doeville",
    "County Doe": a name of a division of a country (GPE) by its head word
    (`_DIVISION_LAST`, `_DIVISION_FIRST`), every word capitalised and none a word of a
    body, a firm, a building or a street ("Doe County Council" ends otherwise; "the
    Council of Doe County" is the council's name: "of" before a last-word head)."""
    if len(words) < 2:
        return False
    if words[0] in _DIVISION_FIRST:
        shaped = words[1] == "of" and len(words) > 2 or len(words) == 2 and words[1][:1].isupper()
    else:
        shaped = (words[-1] in _DIVISION_LAST or words[-2:] == ["Metropolitan", "Area"]) \
            and "of" not in words and all(w[:1].isupper() for w in words)
    # (the head tested first: this is asked of every name of every actor, and few have one)
    return shaped and not any(w in _BODY_WORDS or w in _FAC_LAST or w in _FAC_HEADS for w in words)


# Words that name a part of a town, state or country before its name ("North Doeville",
# "Southern Lyonesse", "Upper Doeville", "Greater Doeville", "Downtown Doeville"): a
# closed class of directions and parts. Not "New" ("New Doeville" is another town), nor
# "Old" ("Old Doeville glamour" names an era or a style as often as a quarter).
_PLACE_PART_WORDS = frozenset({
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Northeast", "Northwest",
    "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Upper", "Lower",
    "Central", "Inner", "Outer", "Greater", "Downtown", "Midtown", "Uptown",
})


def _part_of_a_named_place(words: list[str], cands: list[_Cand]) -> bool:
    """"Upper Doeville", "Southern Lyonesse": a word of `_PLACE_PART_WORDS` before the
    name of a town, state or country, one of the country table or one spaCy tags a
    GPE where the text writes it alone (`cands`: the article's candidates). Not a
    continent or a sea ("North America", "South Pacific": `_REGION_NAMES`), nor a name
    with a word of a body, a building or a street ("Eastern Doeville College") or of a
    natural feature ("Upper Doeville Lake")."""
    if len(words) < 2 or words[0] not in _PLACE_PART_WORDS:
        return False
    rest = " ".join(words[1:])
    if rest in _REGION_NAMES or " ".join(words) in _REGION_NAMES:
        return False
    if any(w in _BODY_WORDS or w in _FAC_LAST or w in _FAC_HEADS for w in words) or _natural_feature(words, "LOC"):
        return False
    return is_country(rest) or any(c.text == rest and c.label == "GPE" and not c.untagged for c in cands)


# Fields of a centre of research, policy or care: "the Doe Research Center", "Roe Policy Centre".
# Not "Space": a space center is also the site rockets leave from ("launched from the Doe
# Space Center"), a facility.
_CENTRE_FIELDS = frozenset({
    "Research", "Policy", "Science", "Study", "Studies", "Medical", "Cancer", "Health", "Law",
})


def _centre_of_a_field(words: list[str]) -> bool:
    """"Center for Doe Studies", "Centre on Roe Policy", "Doe Research Center": a centre
    named for what it studies or serves is a body (ORG), not the building spaCy's FAC
    says ("Doe Center", "Doe Convention Center" keep it)."""
    if len(words) > 2 and words[0] in ("Center", "Centre") and words[1] in ("for", "on"):
        return True
    return len(words) >= 2 and words[-1] in ("Center", "Centre") and words[-2] in _CENTRE_FIELDS


# Words of a name that show a firm or a body: "Doe Partners", "Doe Airlines", "Doe Institute".
_BODY_WORDS = _ORGANISATION_HEADS | _COMPANY_WORDS | _INSTITUTION_WORDS


def _plural_group(cands: list[_Cand], idxs: list[int]) -> bool:
    """Is the cluster a people or a group named by a plural proper noun (NORP),
    whatever spaCy tagged it: one of its names is used so ("many Doelanders",
    "thousands of Doelanders", "among Doelanders": `_Cand.group`), every name
    ends in the same plural word, none is a person's name of more words (a
    quantifier in front aside: "Young Doelanders") nor a name of a firm or body
    ("Doe Partners", "Doe Airlines"), no context cue says it is something else
    ("store chains Roe and Does": a firm), and no person of the article has the word's
    singular as family name ("the Does" beside "Jane Doe": a family)?"""
    if not any(cands[i].group for i in idxs) or any(cands[i].cue not in (None, "NORP", "PERSON") for i in idxs):
        return False  # (a cue of a firm, a team or a place outweighs it: "store chains Roe and Does")
    lasts = {cands[i].text.split()[-1] for i in idxs}
    if len(lasts) != 1:
        return False
    word = lasts.pop()
    if word in _BODY_WORDS:
        return False
    if any(cands[i].label == "PERSON" and len(cands[i].text.split()) > 1
           and cands[i].text.split()[0].lower() not in _GROUP_QUANTIFIERS for i in idxs):
        return False
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return not any(c.label == "PERSON" and len(c.text.split()) > 1 and c.text.split()[-1] in stems for c in cands)


def _members_of_a_group(cands: list[_Cand], idxs: list[int]) -> bool:
    """Is the cluster the members of a group the article names alone as one
    (NORP): every name is two words or more ending in the same plural, a word
    spaCy tags as a group where it stands alone in the article ("Senate
    Doecrats" beside "the Doecrats")? Not when that word heads names of firms
    or bodies, a context cue says it is something else, or a name begins with
    a given name ("Jane Doecrats")."""
    names = [cands[i].text.split() for i in idxs]
    lasts = {n[-1] for n in names}
    if len(lasts) != 1 or any(len(n) < 2 or _given_name(n[0]) for n in names):
        return False
    word = lasts.pop()
    if not _plural_name_word(word) or word in _BODY_WORDS:
        return False
    if any(cands[i].cue not in (None, "NORP", "PERSON") for i in idxs):
        return False
    return any(c.text == word and c.label == "NORP" and not c.untagged for c in cands)


# A context cue outweighs spaCy's tag of a one- or two-word name, not several of them.
_CUE_WEIGHT = 3

# Typing rules that show a person in the sentences around a name.
_PERSON_EVIDENCE = frozenset({
    "a person's kin or life", "subject of his or her", "a person's verb", "object of a person's verb", "honorific",
    "plural title", "military rank before a family name",
})

# Typing rules that show a town, region or country in the sentences around a name.
_PLACE_EVIDENCE = frozenset({
    "place noun", "moved to or from", "listed with places", "title of a place", "place and its region",
    "untagged place with its region",
})

# Typing rules whose evidence is in the name itself.
_NAME_RULES = frozenset({
    "given and family name", "given name", "honorific", "plural title", "military rank before a family name",
})


# A document of places: at least this many actors typed as places, and this many
# times as many as people the text shows to be people, in names and in mentions. (Names
# alone, with one person added for caution, made a guide of ten places naming two people
# once each no document of places; the mentions keep out a guide that names one person
# again and again, and an essay naming many people once each has too many names.)
_PLACE_DOCUMENT_MIN = 8

_PLACE_DOCUMENT_RATIO = 5


def _shows_a_person(cands: list[_Cand], idxs: list[int], by_name: bool = True) -> bool:
    """Does anything but spaCy's tag show a person: a given name or a title in
    front of one of the names, a person cue of the sentence ("Doe's widow",
    "Doe et al."), or a verb of speech ("Doe said")? With `by_name` False the
    name's own words count for nothing (no given name, no cue of `_NAME_RULES`:
    "Molly Point" may be a town), a mention after an honorific or a title does."""
    for i in idxs:
        c = cands[i]
        first = c.text.split()[0]
        if c.speaks or c.title_start < c.start or first in _HONORIFICS:
            return True
        if by_name and (c.cue == "PERSON" or _given_name(first)):
            return True
        if not by_name and (c.cue == "PERSON" and c.cue_rule not in _NAME_RULES or c.honorific):
            return True
    return False


# Last words of a town's name of two words that no common surname is ("Molly Point",
# "Carol Springs"): a closed class of geographic words. Hill(s), Bay, Lake, Brook, Park
# are common surnames and not here.
_TOWN_FEATURE_HEADS = frozenset({
    "Hook", "Point", "Springs", "Falls", "Heights", "Beach", "Creek", "Harbor", "Harbour",
})


# Words of a name that show an organisation or a building, not a town: "Doe Hospital", "Doe Museum".
_NOT_A_TOWN_WORDS = _BODY_WORDS | _FAC_LAST | {
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
    cands: list[_Cand], clusters: list[list[int]], typed: list[tuple[str | None, str | None, str | None]],
    full: str = "",
) -> list[tuple[str | None, str | None, str | None]]:
    """In a document whose actors are places many times over the people it shows
    (a guide to a region, a list of towns: at least _PLACE_DOCUMENT_MIN places,
    _PLACE_DOCUMENT_RATIO times as many places as people, and that many times as many
    mentions of places as of those people + 1), a name spaCy guesses to be a
    person or an organisation with nothing in the text showing one (`_shows_a_person`,
    `_shows_an_organisation`) and standing where a place can stand ("ferries
    from Varnholt", "Doe Cliffs, Roe Bay and ...") is a place: typed GPE by the
    rule "place among places"; one after a preposition of `_PLACE_DOCUMENT_PREPOSITIONS`
    with no word of moving before it ("From Doeby there is a ferry", "on Roeby") is one
    too, by the rule "after a preposition among places". A town of the gazetteer guessed so is one wherever
    it stands (a heading, a list "Odense: ferries every hour"), when nothing else
    shows a person or an organisation (`_known_town`): typed GPE by the rule
    "known town among places". A name spaCy guessed a person that nothing shows to be one,
    written once or twice, not always "the X" and never owning something ("Doeby's
    harbour"), is a place there too wherever it stands ("Doeby lakes", a heading "Doeby.",
    "a quarter called Doeby"): typed GPE by the rule "seldom-named name among places".
    `typed` holds _cluster_type's answer per cluster; `full` is the text."""
    places = [len(idxs) for idxs, t in zip(clusters, typed) if _family(t[0]) == "PLACE"]
    shown = [t[0] == "PERSON" and _shows_a_person(cands, idxs) for idxs, t in zip(clusters, typed)]
    people = [len(idxs) for idxs, person in zip(clusters, shown) if person]
    if len(places) < _PLACE_DOCUMENT_MIN or len(places) < _PLACE_DOCUMENT_RATIO * len(people) \
            or sum(places) < _PLACE_DOCUMENT_RATIO * (sum(people) + 1):
        return typed
    out = []
    for idxs, (label, rule, spacy_label), person in zip(clusters, typed, shown):
        unshown = label == "PERSON" and not person or (label == "ORG" and not _shows_an_organisation(cands, idxs))
        if unshown and any(cands[i].place_hint for i in idxs):
            label, rule = "GPE", ("place among places" if spacy_label != "GPE" else None)
        elif unshown and any(cands[i].preposition in _PLACE_DOCUMENT_PREPOSITIONS for i in idxs):
            label, rule = "GPE", ("after a preposition among places" if spacy_label != "GPE" else None)
        elif unshown and _known_town(cands, idxs, anywhere=True):
            label, rule = "GPE", ("known town among places" if spacy_label != "GPE" else None)
        elif unshown and label == "PERSON" and _seldom_named(cands, idxs, full):
            label, rule = "GPE", ("seldom-named name among places" if spacy_label != "GPE" else None)
        out.append((label, rule, spacy_label))
    return out


# In a document of places, a name spaCy guessed a person, written at most this many times
# with nothing showing a person, is a place (`_seldom_named`): a person the guide names
# more often is shown to be one somewhere, or named as one by spaCy each time.
_SELDOM_NAMED_MAX = 2


def _seldom_named(cands: list[_Cand], idxs: list[int], full: str) -> bool:
    """Is the cluster written at most _SELDOM_NAMED_MAX times, once at least not as
    "the X" ("the Doe era" names a dynasty or a style), never shaped like a person's
    full name (`_full_name_shape`: "Jon Roe." signing a reader's letter above his town),
    never owning something ("Doe's movie", "Doe's shop": a person's or a firm's as
    often as a place's), and never whom something is given or sent to ("sends a
    signal to Doe", "wrote a letter to Doe": the parse's dative "to", which
    `_Cand.preposition` leaves out; a place one goes to is its "to X")?"""
    if len(idxs) > _SELDOM_NAMED_MAX or all(cands[i].after_the for i in idxs):
        return False
    if any(_full_name_shape(cands[i].text) for i in idxs):
        return False
    if any(cands[i].preposition is None and full[max(0, cands[i].start - 3) : cands[i].start] == "to " for i in idxs):
        return False
    return not any(full[cands[i].end : cands[i].end + 2] in ("'s", "\u2019s") for i in idxs)


# In a document of places, the prepositions after which a name spaCy guessed to be a
# person or a firm stands where a place does, whatever word comes before them ("From
# Doeby there is a ferry", "a connection to Roeby", "on Doe Island", "via Doeby"): a
# closed class. Not "at" (a restaurant or a school in a town of its name), nor the
# "to" of whom something is given to (`_Cand.preposition` is None for it: "sends a
# signal to Doe").
_PLACE_DOCUMENT_PREPOSITIONS = frozenset({"from", "to", "on", "into", "via", "through", "towards", "toward"})


# Prepositions after which a known town stands as a place: where ("in X", "near
# X") and "from X" ("a voter from X", "ferries from X"). Not "at" ("at X" names a
# school or a firm in a town of its name: "studied at Doeville"), nor "to" or
# "via" outside a word of moving (`_place_hint`: "according to X", "pro-X").
_TOWN_PREPOSITIONS = _WHERE_PREPOSITIONS | {"from"}


def _known_town(cands: list[_Cand], idxs: list[int], anywhere: bool = False) -> bool:
    """Is the cluster a town of the gazetteer (`gazetteer.is_town`) that spaCy took
    for a person or an organisation: every name of it a town's, nothing showing a
    person or an organisation (a cue of another type, a verb of speech, a title
    or an honorific in front, "the X", an acronym or a head word of an
    organisation, the last or first word of a person's longer name in the text:
    "Jane Doeville" beside "Doeville"), and at least once standing where a place
    stands ("in X", "from X", `_place_hint`; with `anywhere`, wherever it stands)?"""
    if not all(is_town(cands[i].text) for i in idxs):
        return False
    for i in idxs:
        c = cands[i]
        words = c.text.split()
        if c.cue not in (None, "GPE", "LOC") or c.speaks or c.title_start < c.start or words[0] in _HONORIFICS:
            return False
        if c.after_the or any(len(w) > 1 and w.isupper() or w in _NOT_A_TOWN_WORDS for w in words):
            return False
    names = {cands[i].text for i in idxs}
    if any(c.label == "PERSON" and len(c.text.split()) > 1 and any(w in names for w in c.text.split()) for c in cands):
        return False
    return anywhere or any(cands[i].place_hint or cands[i].preposition in _TOWN_PREPOSITIONS for i in idxs)


def _family_of_a_named_person(
    doc, cands: list[_Cand], clusters: list[list[int]], typed: list[tuple[str | None, str | None, str | None]],
    full: str, lower: frozenset[str] = frozenset(),
) -> list[tuple[str | None, str | None, str | None]]:
    """A name of two words spaCy tags anything but a person ("Jana Doe" as a firm, a
    building or a product) whose last word is the family name of a person the text
    shows (a cluster typed PERSON with something beyond spaCy's tag showing one,
    `_shows_a_person`, and a name ending in that word: "Mr. Doe", "John Doe" her
    husband) is a person: typed PERSON by the rule "family name of a person shown".
    Not a name with a word the text writes in lower case, in capitals or of a body,
    building, street or feature ("Doe Foundation", "Doe Street"), a known place or a
    word of one, "the X", a cue of another type, nor one written inside quotation
    marks ("Dump Doe," a slogan) or before a noun it qualifies ("the Stop Doe
    movement"). `typed` holds the clusters' types so far."""
    families: set[str] = set()
    for idxs, (label, _, _) in zip(clusters, typed):
        if label == "PERSON" and _shows_a_person(cands, idxs):
            families.update(cands[i].text.split()[-1] for i in idxs)
    if not families:
        return typed
    cols = table(doc)
    out = []
    for idxs, (label, rule, spacy_label) in zip(clusters, typed):
        if label not in (None, "PERSON") and all(_named_for_family(cands[i], families, lower, cols, full) for i in idxs):
            label, rule = "PERSON", ("family name of a person shown" if spacy_label != "PERSON" else None)
        out.append((label, rule, spacy_label))
    return out


def _named_for_family(c: _Cand, families: set[str], lower: frozenset[str], cols, full: str) -> bool:
    """Is `c` a given name and the family name of a person shown (`_family_of_a_named_person`)?"""
    words = c.text.split()
    if len(words) != 2 or words[1] not in families or c.after_the or c.cue not in (None, "PERSON"):
        return False
    if not _plain_name_words(words, c.label or "ORG", lower):
        return False
    if _known_place(words[0]) or is_country(words[1]):  # "Doeville Roe" a shop; a family name may be a town's too
        return False
    if _known_place(c.text) or any(w in _NOT_A_TOWN_WORDS or w in _ADDRESS_HEADS for w in words) \
            or words[1] in _STREET_DESIGNATORS or words[1] in _TOWN_FEATURE_HEADS:  # "Elm Terrace", "Roe Creek"
        return False
    if _in_quote(full, c.start):
        return False
    last = bisect_right(cols.starts, c.end - 1) - 1  # the name's last word
    return not (0 <= last < len(cols.words) and cols.deps[last] == "compound" and cols.heads[last] > last
                and cols.pos[cols.heads[last]] == "NOUN")


def _join_family_names(
    cands: list[_Cand], clusters: list[list[int]], typed: list[tuple[str | None, str | None, str | None]],
    trace: list[Merge] | None = None,
) -> tuple[list[list[int]], list[tuple[str | None, str | None, str | None]]]:
    """The clusters and types after `_family_of_a_named_person`, with each name it
    made a person's ("Jane Doe", spaCy's work) joined by the clusters of its bare
    family name typed PERSON ("Doe explained ..."), as the clustering's partial
    names join a name spaCy tags a person: when no other person's name of two
    words or more ends with that word. The clustering ran on spaCy's tags and
    kept them apart; the late stage that would join them (`late_types`) leaves a
    person alone. Recorded under the pass "short name of a retyped person"."""
    retyped = [k for k, (_, rule, _) in enumerate(typed) if rule == "family name of a person shown"]
    if not retyped:
        return clusters, typed
    # the persons' clusters by their one form, and by the last word of each longer form
    # they have (one pass, not one per retyped name: a list of thousands stays linear)
    bare: dict[str, list[int]] = defaultdict(list)
    ending: dict[str, set[int]] = defaultdict(set)
    for j, idxs in enumerate(clusters):
        if typed[j][0] != "PERSON":
            continue
        forms = {cands[i].text for i in idxs}
        if len(forms) == 1:
            bare[next(iter(forms))].append(j)
        for form in forms:
            if len(words := form.split()) > 1:
                ending[words[-1]].add(j)
    joined: dict[int, int] = {}  # short cluster -> the retyped cluster it joins
    for k in retyped:
        family = cands[clusters[k][0]].text.split()[-1]
        if ending[family] - {k}:
            continue  # another person's longer name ends so
        for j in bare[family]:
            joined.setdefault(j, k)
    return _join_short_names(cands, clusters, typed, joined, trace)


def _join_short_names(
    cands: list[_Cand], clusters: list[list[int]], typed: list[tuple[str | None, str | None, str | None]],
    joined: dict[int, int], trace: list[Merge] | None,
) -> tuple[list[list[int]], list[tuple[str | None, str | None, str | None]]]:
    """The clusters with each short one of `joined` (short -> person) moved into its
    person's, recorded as "short name of a retyped person", in order of first mention."""
    if not joined:
        return clusters, typed
    out = [list(idxs) for idxs in clusters]
    for j, k in joined.items():
        out[k].extend(clusters[j])
        if trace is not None:
            trace.append(Merge("short name of a retyped person", cands[clusters[j][0]].text, cands[clusters[k][0]].text))
    keep = sorted((k for k in range(len(clusters)) if k not in joined), key=lambda k: min(cands[i].start for i in out[k]))
    return [out[k] for k in keep], [typed[k] for k in keep]


# The types spaCy gives a bare family name it takes for something else ("Doe" as a
# place or a firm) that `_bare_family_name` retypes.
_BARE_FAMILY_RETYPED = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP"})


def _bare_family_name(
    cands: list[_Cand], clusters: list[list[int]], typed: list[tuple[str | None, str | None, str | None]],
    lower: frozenset[str] = frozenset(), trace: list[Merge] | None = None,
) -> tuple[list[list[int]], list[tuple[str | None, str | None, str | None]]]:
    """A cluster of one word, typed a place, a firm, a building or a people, that is the
    last word of a person's name of given and family name shape the text writes in full
    ("Doe landed a jab" beside "Jane Doe"; the clustering kept them apart, their types
    differing) is a person: typed PERSON by the rule "bare family name of a person named
    in full", and joined to that person when no other person's full name ends so. Not a
    place of the tables ("Doeville" beside "Tom Doeville"), a word the text
    writes in lower case ("west" beside "Jane West"), "the X", a cue of another type, nor
    a name after a preposition of place ("in Doe", "from Doe"). One pass over the
    clusters and one over their names."""
    ending: dict[str, set[int]] = defaultdict(set)  # family name -> the person clusters it ends
    for j, idxs in enumerate(clusters):
        if typed[j][0] == "PERSON":
            for i in idxs:
                if " " in cands[i].text and _full_name_shape(cands[i].text):
                    ending[cands[i].text.split()[-1]].add(j)
    if not ending:
        return clusters, typed
    out_typed = list(typed)
    joined: dict[int, int] = {}  # bare cluster -> the person cluster it joins
    for k, idxs in enumerate(clusters):
        label, _, spacy_label = typed[k]
        word = cands[idxs[0]].text
        if label not in _BARE_FAMILY_RETYPED or any(cands[i].text != word for i in idxs):
            continue
        if word not in ending or word.lower() in lower or _known_place(word):
            continue
        if any(cands[i].after_the or cands[i].cue not in (None, "PERSON") or cands[i].preposition in _PLACE_PREPOSITIONS
               for i in idxs):
            continue
        out_typed[k] = ("PERSON", "bare family name of a person named in full" if spacy_label != "PERSON" else None,
                        spacy_label)
        if len(ending[word]) == 1:
            joined[k] = next(iter(ending[word]))
    return _join_short_names(cands, clusters, out_typed, joined, trace)
