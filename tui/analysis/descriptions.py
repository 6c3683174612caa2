"""Descriptions of named actors: "Jane Doe, the singer", "Lyonesse is a small
town", and later "the town" - nominal mentions that say what an actor is.

Rules (general; each recorded as the mention's `rule`):

- **Apposition** (`nom_apposition`): a noun phrase set beside a name by the
  parser's `appos` relation ("Jane Doe, a singer from Leeds,"; "the singer,
  Jane Doe") is a mention of that name's actor. Its head noun ("singer") is
  then one of the actor's classes; a person's role may be written with a
  capital ("Jane Doe, Professor of Law"). A name before the head noun ("an
  Israeli mathematician", "the Lyonesse Bank chairman") keeps its own mention
  and the description starts after it; a name that holds the head noun leaves
  it alone.
  A noun of kin set beside the place of a birth is not the place's: "Jane
  Doe was born in Leeds, the daughter of ..." describes the person born
  (`nom_born_apposition`), or no one when a pronoun was born.
- **Bracket apposition** (`nom_bracket_apposition`): the same across a
  short bracket beside the name ("Jane Doe (1901-1980), a painter,", "Sen.
  Jane Doe (D-Kent), the chairwoman of ...") and for a name alone in a bracket
  right after a lower-case noun phrase ("a large art museum (the Lyonesse
  Museum of Art)", "this guy (Doe)"); not a place's class for what is no place
  ("bar Muslims from the country (Doe)": the bracket names who would).
- **Age apposition** (`nom_age_apposition`): the same past an age set off
  by commas ("Jane Doe, 45, a teacher from Leeds,").
- **Loose apposition** (`nom_loose_apposition`): the parser's apposition of
  a person's name that opens right after the comma after the name but is not
  closed (no closing comma in the text, or a tree broken further on: "Jane
  Doe, a spokeswoman for the mayor told reporters ..."), when it is a
  singular noun for a person (a role, kin, a noun for people or an agent
  noun: "painter", "strategist") with "a", "an", "the" or a possessive
  before it, no verb right after it ("Doe, a top aide said,"), and no list
  around it (neither it nor the name coordinated, no "and"/"or" after it).
  For any noun and any actor this was wrong one time in three on news: a
  sentence's subject after a fronted phrase ("For Doe, the worst attack
  ...", "At a meeting in Leeds, a young woman asked ...").
- **Preposed** (`nom_preposed`): for a person, a singular noun phrase with a
  determiner or possessive right before the name, which the parser makes its
  apposition ("her brother Tom Doe", "the Dutch painter Jane Doe"); not a noun
  that names a name ("her pseudonym Jane Doe"). The same for an
  organisation (`nom_preposed_body`: "the law firm Acme", "the advocacy
  group Acme"), unless the noun is an "-ing" word the parser took for one
  ("a polarizing Acme") or the name qualifies a noun after it ("his underdog
  Acme bid").
- **Preposed run** (`nom_preposed_run`): the same read from the words
  when the parser did not make the name the noun's apposition ("Doe and her
  partner Tom Roe won", "the senator's chief adviser Tom Roe"): a possessive
  or "the", then only adjectives, adverbs, nouns or a hyphen, then a
  singular lower-case noun for a person (`_person_noun`) right before a
  person's name (`_preposed_before`).
- **Named** (`nom_named`): a noun phrase with a determiner that a name
  follows through "named" or "called" ("a man named Tom Doe", "a company
  called Acme") is a mention of the name's actor; not a noun that names a
  name ("a pseudonym called").
- **Predicate** (`nom_predicate`): the noun phrase after a form of "be" (or
  "become", "remain") whose subject is a name ("Lyonesse is a small town",
  "Jane Doe was a singer") is a mention of that actor, unless negated ("is not
  a town"); its head noun becomes a class too. "One of ..." describes as a noun does ("Jane Doe was
  one of the founders"), without giving a class; so does a superlative or an ordinal after "the"
  that picks one of a group ("the youngest of four children", "the first to climb it"). Every predicate rule below
  reads a predicate the same way (`_verb_predicates`): it opens with "a",
  "an" or "the", "one of" or a name's possessive ("Kent's largest town");
  of a person also with any possessive ("her mentor"), or it is a bare office
  ("chairman of the club") or role ("senator"); never a bare noun ("is part
  of Kent", "is home to") nor, of a person, a plural.
- **Aside predicate** (`nom_aside_predicate`): the same when the name
  subject has an aside beside it: an apposition, a bracket, a reference
  mark ("[1]"), a relative or participle clause ("Jane Doe, the mayor's wife, was a singer", "Jane Doe,
  born in 1901, is a painter"); not a coordination ("Doe and Roe are ...").
- **Relative predicate** (`nom_relative_predicate`): the predicate of a
  relative clause on a name, "Jane Doe, who was a singer", "Lyonesse, which
  is a port": "who" of a person, "which" or "that" of anything else; not when
  the name is coordinated ("Roe and Doe, who is") or inside another noun
  phrase ("the hotel in Lyonesse, which is a spa": the clause may be the
  hotel's).
- **Apposed subject** (`nom_apposed_subject`): the predicate of a singular
  noun whose apposition is the name ("Her father, John Doe, was a geologist",
  "Her mother Jane Doe was an artist") describes the name's actor.
- **Capitalised rank** (`nom_capital_role`): a person's predicate (any of
  the rules here, a naming verb's included) that is a rank or an honour
  written with a capital, which spaCy tags as a name but no entity: after
  "a" or "an" ("Jane Doe is a Senior Lecturer in Law", "was named a Fellow
  of the Academy", "was made a Dame"), or with an "of" and no article ("was
  created Baron of Lyonesse", "became Keeper of the Rolls"); not a word spaCy
  tagged ("a Democrat", "a Catholic"). Closes the gap of `_describing`, which
  takes a capitalised role only from the `_PERSON_ROLES` list.
- **Predicate conjunct** (`nom_predicate_conjunct`): nouns coordinated with
  a predicate noun describe the same subject ("Jane Doe is a singer, writer
  and actress"), unless one has a possessor of its own.
- **Lead predicate** (`nom_lead_predicate`): the same for the opening
  sentence of a paragraph, "Lyonesse (Cornish: Lethowsow) is a town in Kent",
  when the parser did not make the name its subject (spaCy's small model often
  ends a sentence at the bracket, or after a name that is also the headline);
  with its predicate conjuncts ("a town, port and spa") and the predicate of a
  "be" coordinated with its verb ("... is a town in Kent and is the capital of
  the county": `nom_conjoined_predicate`).
- **Place class** (`nom_place_class`): "the city", "this town", "our
  country", "these islands" (and "the city's") refer to the place (by its
  type, or by a class the text gives it: "Fort Berg is a town" makes a place
  of a name spaCy took for a person) mentioned
  last in this paragraph or the one before whose class is that word: from an
  apposition or a predicate, from its own name ("Lyonesse Island", "City of
  Lyonesse"; a capital is a city), or, for "country" and "nation", from the
  list of countries in `countries`; for "state", from the fifty US states of
  `gazetteer` ("Nebraska ... the state's economy"), skipping a state said of a
  person ("the Kent senator", "Jane Doe of Kent") when another state is in reach
  ("... in Iowa. Jane Doe of Kent ran ads in the state": Iowa; on PolNeAR train
  7 such choices changed, 5 to the right state, 2 unclear). Being a US state
  does not make a place the article's main state for "the state" (below):
  "matters of the state" is as often the government. A class word followed by "of" ("the city
  of Lyonesse") is the next rule's; "the old city" and "a city" are left alone.
  "The region" and "this region" (`nom_region`) are the same for the place
  spaCy types LOC named last ("Scandinavia"), unless its name ends
  in a natural feature that is no region (Sea, Ocean, River, Lake, Island ...:
  "the region" of a sea is the land around it).
  One hyphenated word or lower-case noun between the determiner and the class
  word only describes the place ("the investment-starved city", "this border
  town"; `nom_place_described`, whichever way the place was found); an
  adjective may pick another place ("the old city", "the other islands"), and
  so may a class word or a noun of another place ("the state capital", "the
  sister city").
  After "our" or "my" the mention is the noun alone ("our country": "country"):
  the possessive is the speakers' own mention.
- **Class of** (`nom_class_of`): "the city of Lyonesse", "the state of
  Kent": a class word with "the", "this" or "that" alone before it, then
  "of" and a place's name, names that place (not "the capital of Kent" nor
  "the largest town of Kent", another place); the word becomes a class of
  the place, so "the city" later finds it.
- **Main place** (`nom_main_place`): with no such place in reach, the place
  of that class the article names most (at least twice, and twice as often
  as any other of the class); "the country" and "our country" (not "that
  country") go to the article's main country even when another country was
  named last ("U.S." and "U.K." are countries too); so do "the Nation" and
  "our Country" written with a capital, as speeches do; with no main country,
  "the country" or "this country" of a text that names one country, however
  seldom and wherever, is that country (`nom_only_country`: a letter names its
  country once and calls it "this country" before and after); not a country
  other than the United States in a text that names a US state or
  "Americans" (news of US politics naming one foreign country: "the country"
  is the United States, unnamed), nor "the Nation" with a capital. A city or town the article never calls one is the place it
  names most, more than any other place that is no country, state or
  island, when that is no country, state or island either and no country,
  state or island is named more than twice as often (a story of a city in a
  country named as often: "this city" is the city; in a story about a country
  whose capital stands for its government, "Washington" named 3 times beside a
  country named 22, it may be any of its cities) (a class only a place named once gives, "Doe City" named once, does not
  count as the article calling a city one). The place named last with no class was as often wrong as right on
  development texts ("the country" of a speech given in a city): it is never
  guessed. "Georgia", the one name in both the country list and the fifty
  states, is no country in a text that also names the United States or another
  state (it is the state there: "a senator from Georgia ... the roads of the
  country" are the United States'; on PolNeAR train 8 links moved from Georgia
  to the United States, 1 was added and 6 wrong ones to Georgia went, all 15
  read right; GUM dev +6 right, 0 wrong).
- **We as a nation** (`nom_we_as_nation`): "a nation" or "a country" in an
  "as" phrase that describes "we" ("we as a nation", "as a country, we
  are ...", "who we are as a nation") is the article's main country found as
  for "the country" above; the "as" role rule then leaves it to the country
  (not the people "we" stands for). No main country: nothing.
- **Organisation class** (`nom_org_class`): "the firm", "the group" (with
  "the" or "this" and nothing else) is the one organisation in this
  paragraph or the one before that a description of its own called so
  ("Acme, a consulting firm", "the advocacy group Acme"), when it is also the
  organisation named last; two in reach, or another named since: nothing.
  The same after one hyphenated word or lower-case noun ("the 90-year-old
  firm", "the consulting firm"; `nom_org_described`), as for places.
- **Place modifier** (`nom_place_modifier`): a bare lowercase "city" or
  "town" that modifies a noun right after "the", "this" or "our" ("the city
  centre", "this city committee", "the city council"; not a campaign's "town
  hall", a meeting) is the city or town the place rules above find for "the
  city" (the last one named of that class in reach, else the main one); "city
  life", "a city dweller" are no place.
- **Pronoun predicate** (`nom_pronoun_predicate`): "He was a singer", "It is
  the largest town on the island": the predicate noun phrase of "be",
  "become" or "remain" whose subject is a third-person pronoun linked to an
  actor is a mention of that actor (run after the pronouns are resolved, so
  it is only as right as the pronoun's link). "It" and "they" describe only
  an actor that is no person, and one person is not "members"; of a person,
  a bare office with "of", "at" or "for" describes too ("he became chairman
  of the club"). A name before
  the head noun keeps its own mention, as in an apposition ("He became an
  American citizen": "citizen").
- **Description predicate** (`nom_nominal_predicate`): the same for a
  description already linked to an actor that is the subject ("the island is
  the former base of ...", "the firm is now a unit of ..."), run after the
  descriptions are linked; only as right as the subject's link.
- **Curly "be"**: "’s", "’re", "’m" are read as "is", "are", "am" (spaCy
  leaves them unlemmatised and takes the noun after "’s" for an object: "He’s
  a singer"); not for a third-person pronoun inside a quotation.
- **Split conjunct** (`nom_split_conjunct`): a predicate noun the parser
  made a conjunct of the verb rather than of the first predicate noun
  ("Lyonesse is Doeshire's oldest port, and the seat of its council") describes
  the subject as the first one does (see `_split_conjuncts`).
- **Conjoined predicate** (`nom_conjoined_predicate`): the same for a "be"
  coordinated with the subject's verb and without a subject of its own
  ("Lyonesse has a port and is the capital of Kent", "He moved to Leeds and
  became a teacher").
- **Relation** (`nom_relation`): a possessor and a noun of a relation one has
  to one person at a time ("his father", "her husband") that an apposition or
  predicate gave to one actor name that actor again wherever the same noun has
  the same possessor (see `relations`). A relative one may have several of
  ("his brother", "her daughter": `_NEAR_KIN`) is named so again only in the
  paragraph where it was said or the next, when the text names one such
  relative of that possessor (`nom_relation_near`).
- **Object predicate** (`nom_object_predicate`): the role a passive naming
  verb gives its subject, read as a predicate is ("Jane Doe was named
  chairman of the club", "he was elected mayor", "Doe was made a general";
  see `_NAMING_VERBS`), not when negated.
- **Judged predicate** (`nom_judged_predicate`): the same for the noun a
  passive judging verb gives its subject ("Lyonesse is considered the
  oldest town on the coast", "Doe was ranked the best player of the season";
  see `_JUDGING_VERBS`).
- **Parent** (`nom_parent`): a person described as "the son of", "a
  daughter of" one or two people ("Jane Doe is the daughter of Ann Roe";
  "Tom Doe was born in Leeds, the son of Ann and Sam Doe") has those people
  as "his father", "her mother", found as for a relation; a parent's gender
  comes from an honorific or the given name, or, of two parents, from the
  other's; a parent of unknown gender is neither.
- **Speaker predicate** (`nom_speaker_predicate`): the same for an "I" the
  narrator stage linked to a speaker ("I am the only candidate who ...").
- **Addressee predicate** (`nom_addressee_predicate`): the same for a "you"
  the narrator stage linked to the one spoken to ("Jane, you are a painter").
- **As a role** (`nom_as_role`): "Doe worked as a teacher", "she was known as
  a poet", "As a child, he ...": "as" + an indefinite singular noun phrase on a
  verb with no object describes the verb's subject (see `as_roles`).
  The verb may have a reflexive or a role as its object ("made a living as a
  clerk", "set herself up as a teacher") or be coordinated with the
  subject's verb ("moved to Leeds and worked as a teacher").
  A name before the head noun keeps its own mention, as in an apposition
  ("he was ordained as a Baptist minister": "minister").
- **Clause as** (`nom_clause_as`): the same for an "as" phrase on the verb
  of a clause with no subject of its own, which takes the subject of the verb
  it hangs on: an adverbial participle ("Trained as a nurse, she ...") or a
  gerund after "after", "before", "while", "since", "by", "upon" or "on"
  ("after working as a plumber, he ..."); never an infinitive ("asked Roe to
  serve as"). No "as" role of the subject, on either verb, when the verb has
  a person after "to" or "of" ("referring to him as a reformer", "spoke of
  Roe as a friend": the role is that person's).
- **As conjunct** (`nom_as_conjunct`): a noun coordinated with the head of
  an "as" phrase of the three rules above or the object-as rule below ("my
  years as a nurse and a midwife") describes the same actor when it reads as
  a role on its own ("a" or "an" and a singular noun, after "and" or "or";
  not "as a port rather than a town").
- **Possessor as** (`nom_possessor_as`): the same for a noun and its
  possessor ("his career as a teacher", "its history as a port").
- **As an office** (`nom_as_office`): the same for a bare or definite noun
  of an office followed by "of" ("she served as treasurer of the club", "as
  the host of a show") and for "one of" ("he is known as one of its founders");
  never "as part of", "as evidence of" (`_NO_OFFICE`: no role).
- **Object as** (`nom_object_as`): the "as" phrase after the object of a
  verb that casts its object in a role ("the board named Doe as its
  chairwoman", "hired him as a coach", "critics describe her as a
  populist", "sees Doe as the best candidate"; see `_CASTING_VERBS`)
  describes the object, when that is a name or a pronoun linked to an
  actor; read as a predicate is (an article, "one of", a possessive, a bare
  office or role), never an idiom ("as a result") nor, of a person, a
  plural. Not "replaced Doe as chairman" (the subject holds it now) nor
  "met Doe as a student".
- **Late names**: names a late stage added (`late_name`: where spaCy missed
  the name but a speaker label or a byline named the actor) get the
  apposition and predicate rules above too ("Jane Doe is a painter").
- **Controlled predicate** (`nom_controlled_predicate`): a "be", "become"
  or "remain" with no subject of its own takes the subject of the verb above
  its "to" or "by": "Lyonesse grew to become a port", "Doe became famous by
  being the youngest mayor" (not past an object, "for", a negation or
  "there", nor a role sought or denied: "asked Roe to be a judge", "attacked
  Roe for being", "hopes to be"; see `controlled_predicates`).
- **Participle predicate** (`nom_participle_predicate`): the same for a
  "being", "becoming" or "having been" that opens a clause set off by a comma
  after its verb: "Lyonesse recorded its first case, becoming the fifth town
  to do so", "Doe showed his gifts early, being a fine student at six" (not
  "while being", "without being"; see `_participle_head`).
- **There** (`nom_there`): "there" (not the "there" of "there is") is the one
  place its own sentence named before it, when that name is where a verb's
  action went or happened ("He moved to Leeds in 1901 and lived there",
  "returned to Leeds, marrying there", "visited Leeds and stayed there"):
  the object of a place preposition on a verb or of "visit". Not a name that
  modifies a noun ("the shop at the end of Main Street ... worked there": the
  shop), nor when the sentence also names another place or an organisation,
  or a place said with a common noun comes between ("flew from Leeds to a
  small airport and drove on from there"). Run last, on the actors as
  `resolve_references` leaves them (`there_references`). A place named in
  the sentence before was wrong 2 times in 5 on news ("the debate was
  televised from Leeds. ... her performance there": an earlier debate).
- **Here in** (`nom_here`; `nom_there` for "there in"): "here in Leeds",
  "here at the Varn Institute", "come here to Leeds": the place or body
  named by the "in", "at" or "to" right after the word; not a "here" that
  is itself a preposition's object ("a club 300 miles north of here in
  Leeds": the club is in Leeds, "here" is not).
- **Here in a letter** (`nom_here_letter`): a letter whose heading, above
  its salutation ("Dear Jane:"), has a line that is only a place's name
  ("Doeville." or "Doeville, Kent."): the writer's "here" below it, outside
  quotation marks, is that place.
- **Recalled class** (`nom_recalled_class`): "the museum", "this bakery", a
  bare noun after "the" or "this", is the place, site or body (not a person)
  whose multi-word name ends in that noun ("Pellan Museum") or that a
  description linked to it had as its head ("began as a bakery"), when it is
  the one such actor referred to in this paragraph (else in the one before:
  two there, no choice). Run after every linking stage, so the late
  descriptions count (`recalled_classes`). Out of reach, the noun still
  recalls the one actor of the text that has it, named three times before
  (`nom_recalled_main`: "the city" of a guide to one city).
- **Fronted as** (`nom_fronted_as`): an "as" phrase that opens the sentence
  and a comma closes before the subject describes the subject even when the
  verb has an object ("As a doctor trained in sleep medicine, I often tell
  my patients ..."), which `nom_as_role` leaves alone (`as_roles`).
- **Body noun** (`nom_body_noun`): "the company", "the network", "the
  organization's": "the" and a bare singular noun of a kind of organisation
  is the one organisation named in its sentence or the one before, when its
  own name says no other kind ("Norland University" is no "company") and is
  no word of government or an event ("Senate", "Games"); not "the company
  of ...", not a noun after others in a list, not a set-off apposition, nor
  past a proper noun that names no person, place or group (a firm spaCy
  left untagged), nor after an outlet cited as a source ("The Planet
  reported ... The firm ...") unless the noun is the media's ("the
  newspaper"). "The group", "the team", "the club" are not read: on news
  they were as often a group of people, a militia or a school team the text
  never names (`recalled_bodies`).
- **Role line** (`nom_role_line`): in an address block or under a
  signature, a line that is a person's name alone (an honorific or a
  particle may come before it, a comma or one title word such as "Esquire"
  after it) and the next line a capitalised role: a few
  capitalised words with "of", "at", "for", "the", "and" or "in" between
  them, up to a comma or the line's end, holding a role word
  (`_PERSON_ROLES`) or opening "<Word> of", "<Word> at" ("Jane Doe /
  Member of the Assembly", "Tom Roe, Esquire / Attorney at Law", "Jane Doe /
  Staff Writer"); not a line that opens with another actor's mention ("Jane
  Doe / Acme University", "Jane Doe / Leeds, Kent"). The role up to its
  head word ("Member") names the person above it, as a description's phrase
  does; the body after it keeps its own mention.
- **Form of address** (`nom_vocative_you`): "Mr. President,", "Madam
  Speaker,", "Sir,", "Counsel," set off as an address (after a paragraph
  start, a comma or an opening quotation mark, before a comma or the end of
  the sentence) is the one person a "you" of its sentence or the next was
  linked to ("Mr. President, do you still think ...?", "It is time for you,
  Sir, and your party"); two people there, or none: no choice. Not "Your
  Honor": in a hearing the one who says it answers, and the "you" beside it
  may be the speaker's (`vocative_titles`). With no "you" beside it, a form
  naming an office ("Madam Speaker, nearly a year ago ...", "Mr Chairman –")
  is the one person the text names with that office as a title, of the
  honorific's sex when known (`nom_vocative_title`; `office_holders`, shared
  with the narrator's `vocative_title`). In a letter whose "you"s the
  narrator gave one addressee, a bare "Sir," or "Madam," with no "you"
  beside it (the salutation, "Why, Sir, has ...") is that addressee
  (`nom_vocative_addressee`).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .actors.display_names import _in_quote
from .actors.listed_names import listed_person
from .actors.words import _ADDRESS_OFFICES, _PERSON_ROLES
from .aliases import canonical
from .countries import is_country
from .drafts import ActorDraft
from .gazetteer import is_us_state
from .gender import known_gender
from .model import Mention, paragraph_index, paragraph_spans
from .parsed import (
    char_span_root, char_tokens, children, conjuncts, memo, positions_where, sentence_starts, span_root, table,
    text_of, tokens_among,
)
from .speech_cues import AGENT_ENDINGS, PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PLACE_TYPES = ("GPE", "LOC")
# Class words that refer to a place.
_PLACE_CLASSES = frozenset({"city", "town", "village", "capital", "country", "nation", "state", "island", "islands",
                            "archipelago"})
_COUNTRY_CLASSES = ("country", "nation")
# The class words a speech writes with a capital ("our Nation", "this State").
_CAPITALISED_CLASSES = (*_COUNTRY_CLASSES, "state")
_SETTLEMENT_CLASSES = ("city", "town")
# Classes of a place that is no city or town.
_NOT_SETTLEMENT = frozenset({"country", "nation", "state", "island", "islands", "archipelago"})
# Class words a place of spaCy's type LOC has without the text saying so: "Scandinavia ...
# countries of the region" (`nom_region`); the place-class rule looks at these words too.
_LOC_CLASSES = frozenset({"region"})
# Final words naming a natural feature that is no region of its own: "the Doe Sea
# ... countries of the region" means the land around it.
_NOT_REGIONS = frozenset({"Ocean", "Sea", "River", "Lake", "Strait", "Straits", "Canyon", "Glacier", "Mountain",
                          "Island"})
# Words before a class word that point at one place: "the city", "this town", "our country".
_PLACE_DETERMINERS = frozenset({"the", "this", "that", "these", "our", "my"})


def describe(doc: Doc, drafts: list[ActorDraft], token_of, para_of,
             added: dict[str, list[Mention]]) -> dict[str, set[str]]:
    """Add the description mentions to `added`; return each actor's classes
    (the head nouns of its appositions and predicates: "singer", "town")."""
    classes = _name_classes(doc, drafts, token_of, drafts, added)
    _place_references(doc, drafts, para_of, classes, added)
    _body_references(doc, drafts, para_of, classes, added)
    return classes


def person_classes(doc: Doc, drafts: list[ActorDraft], token_of, para_of) -> dict[str, set[str]]:
    """The classes `describe` gives the people of `drafts`, without its
    description mentions: for the runs of the pronoun stage after the quotes
    (`coref.quoted_pronouns`, `coref.late_person_pronouns`), which read the
    people's classes alone. Those come from the people's own appositions and
    predicates; the place rules add to them only for a person given a place's
    class ("Jane Doe, a town ..."), and then the whole `describe` runs."""
    classes = _name_classes(doc, drafts, token_of, [d for d in drafts if d.type == "PERSON"])
    if any(found & _PLACE_CLASSES for found in classes.values()):
        return describe(doc, drafts, token_of, para_of, defaultdict(list))
    return classes


def _name_classes(doc: Doc, drafts: list[ActorDraft], token_of, of: list[ActorDraft],
                  added: dict[str, list[Mention]] | None = None) -> dict[str, set[str]]:
    """The classes the appositions and predicates of the names of the actors
    `of` (some of `drafts`) give them (their head nouns); with `added`, the
    description mentions go there (`_name_descriptions`)."""
    classes: dict[str, set[str]] = defaultdict(set)
    text = text_of(doc)
    names_inside = _names_inside(drafts)
    person_at = {token_of(m).i: d for d in drafts if d.type == "PERSON" for m in d.mentions if m.kind == "name"}
    for d in of:
        for m in d.mentions:
            if m.kind != "name":
                continue
            for key, mention, head in _name_descriptions(doc, text, d, m, token_of(m), names_inside, person_at):
                if key == d.key and head.pos_ == "NOUN":
                    classes[d.key].add(head.lower_)
                if added is not None:
                    added[key].append(mention)
    return classes


def _names_inside(drafts: list[ActorDraft]):
    """`names_inside(start, end)`: the (start, end) of the name mentions of
    `drafts` that overlap [start, end), among the 8 starting last before `end`
    (a description is a few words; a bisect keeps this cheap per mention)."""
    names = sorted((m.start, m.end) for d in drafts for m in d.mentions if m.kind == "name")
    name_starts = [s for s, _ in names]

    def names_inside(start: int, end: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(name_starts, end)
        return [names[j] for j in range(max(0, i - 8), i) if names[j][1] > start]

    return names_inside


def _name_descriptions(doc: Doc, text: str, d: ActorDraft, m: Mention, tok: Token, names_inside, person_at):
    """(actor key, description mention, head token) of the appositions and
    predicates of one name mention `m` of `d` whose head token is `tok` (see
    `describe`)."""
    person, body, place = d.type == "PERSON", d.type in _PREPOSED_BODIES, d.type in _PLACE_TYPES
    # they depend on the parse alone: kept with it, as token ranges (no Span holds the
    # parse from its own memo), for the runs after the quotes (`coref.quoted_pronouns`,
    # `coref.late_person_pronouns` run `describe` again)
    known = memo(doc, "descriptions.found", lambda _: {})
    at = (m.start, m.end, tok.i, person, body, place)
    ranges = known.get(at)
    if ranges is None:
        found = _found_descriptions(doc, text, m, tok, person, body, place)
        known[at] = tuple((desc.start, desc.end, rule) for desc, rule in found)
    else:
        found = [(doc[a:b], rule) for a, b, rule in ranges]
    out = []
    for desc, rule in found:
        head = desc.root
        if not head.is_alpha:
            continue
        desc = _past_names(desc, names_inside(desc.start_char, desc.end_char))
        if desc is None:
            continue
        if d.type == "PERSON" and head.tag_ in ("NNS", "NNPS"):
            continue  # one person is not "members"
        verb = _born_in(tok) if d.type != "PERSON" and rule == "nom_apposition" \
            and head.lemma_ in _KIN_NOUNS else None
        if verb is not None:
            # "Jane Doe was born in Leeds, the daughter of ...": the one born, not the place
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            born = person_at.get(subject.i) if subject is not None else None
            if born is not None:
                out.append((born.key, Mention(desc.start_char, desc.end_char, desc.text, "nominal",
                                              "nom_born_apposition"), head))
            continue
        out.append((d.key, Mention(desc.start_char, desc.end_char, desc.text, "nominal", rule), head))
    return out


def _found_descriptions(doc: Doc, text: str, m: Mention, tok: Token, person: bool, body: bool, place: bool):
    """(span, rule) of the appositions and predicates of the name `m` whose
    head token is `tok` (`_descriptions_of` and `_lead_predicates`), a tuple."""
    found = _descriptions_of(tok, m, person, body, place)
    lead = _lead_predicates(doc, text, m, person)
    led = {(x.start, x.end) for x, _ in lead}
    # an opening sentence's predicate is the lead rule's even when the parse sees an aside
    found = [(desc, rule) for desc, rule in found
             if rule != "nom_aside_predicate" or (desc.start, desc.end) not in led]
    seen = {(desc.start, desc.end) for desc, _ in found}
    found += [(desc, rule) for desc, rule in lead if (desc.start, desc.end) not in seen]
    return tuple(found)


def late_name_descriptions(doc: Doc, drafts: list[ActorDraft]) -> None:
    """The descriptions (`describe`'s apposition and predicate rules) of the
    names a late stage added (mention rule "late_name": "Jane Doe is a
    painter" where spaCy missed the name but a byline or a speaker label
    named her), which `describe` ran too early to see; none that overlaps a
    mention already there."""
    late = [(d, m) for d in drafts for m in d.mentions if m.kind == "name" and m.rule == "late_name"]
    if not late:
        return
    text = text_of(doc)
    names_inside = _names_inside(drafts)
    by_key = {d.key: d for d in drafts}
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    for d, m in late:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for key, mention, _ in _name_descriptions(doc, text, d, m, span.root, names_inside, {}):
            if not any(s < mention.end and mention.start < e for s, e in taken):
                by_key[key].add(mention)
                taken.append((mention.start, mention.end))


# Nouns of kin: "born in Leeds, the daughter of ..." is no place's apposition.
_KIN_NOUNS = frozenset({"son", "daughter", "child", "wife", "husband", "father", "mother", "brother", "sister",
                        "widow", "widower", "grandson", "granddaughter", "nephew", "niece", "cousin"})


def _born_in(place: Token) -> Token | None:
    """The "born" whose "in" or "at" phrase holds `place` ("Jane Doe was born
    in Leeds"), else None."""
    prep = place.head if place.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.lower_ in ("in", "at") else None
    return verb if verb is not None and verb.lower_ == "born" else None


def _past_names(desc, inside: list[tuple[int, int]]):
    """The description without the names before its head word ("an Israeli
    mathematician", "the Acme Party nominee": each name keeps its own mention,
    the description is "mathematician"); None when a name holds the head ("the
    Acme Party": another actor's name is the description)."""
    if not inside:
        return desc
    head = desc.root
    if not all(e <= head.idx for _, e in inside):
        return None
    after = max(e for _, e in inside)
    doc = desc.doc
    span = doc.char_span(after, desc.end_char, alignment_mode="contract") if after < head.idx else None
    if span is None or span.root != head:
        return None
    return doc[span.start + (not span[0].is_alpha) : span.end] if len(span) > 1 else span


def _past_names_in(phrase, names: list[tuple[int, int]]):
    """`_past_names` of `phrase` with those of the names' (start, end) that overlap it."""
    return _past_names(phrase, [(s, e) for s, e in names if s < phrase.end_char and phrase.start_char < e])


def _phrase(head: Token):
    """The noun phrase of `head` up to the head word ("a small town" of
    "a small town in Kent"), after any possessor ("father" of "his father",
    "deputy" of "Jane Doe's deputy": the possessor is a mention of its own)."""
    start = head.left_edge.i
    for c in head.children:
        if c.dep_ == "poss" and c.i < head.i:
            start = max(start, c.right_edge.i + 1)
    if start < head.i and head.doc[start].dep_ == "case":
        start += 1
    return head.doc[start : head.i + 1]


def _bracket_after(doc: Doc, i: int) -> int | None:
    """The index of the ")" closing a short bracket that opens at doc[i] and
    is followed by a comma ("Jane Doe (1901-1980), ...", "Jane Doe (D-Kent),
    ..."), else None."""
    cols = table(doc)
    if i >= len(doc) or cols.words[i] != "(":
        return None
    for k in range(i + 1, min(i + 10, len(doc) - 1)):
        if cols.words[k] == "(" or "\n" in cols.words[k]:
            return None
        if cols.words[k] == ")":
            return k if cols.words[k + 1] == "," else None
    return None


def _age_after(doc: Doc, i: int) -> bool:
    """Is doc[i:i + 3] an age set off by commas (", 45,")?"""
    cols = table(doc)
    return i + 3 < len(doc) and cols.words[i] == "," and cols.words[i + 2] == "," \
        and cols.words[i + 1].isdigit() and len(cols.words[i + 1]) <= 3


def _bracketed_name(doc: Doc, span, mention: Mention, name_end: int) -> bool:
    """Is the name of `mention` alone in a bracket right after the lower-case
    noun phrase `span` ("a large art museum (the Lyonesse Museum of Art)";
    not "the Acme Party (AP)", a name before it)?"""
    cols = table(doc)
    head = span[-1]
    if not head.is_lower or span.end >= len(doc) or cols.words[span.end] != "(" or name_end >= len(doc):
        return False
    inside = [t for t in doc[span.end + 1 : name_end] if t.idx < mention.start]
    return all(t.lower_ == "the" for t in inside) and cols.words[name_end] == ")"


def _set_off(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] (a phrase's whole subtree) set off by punctuation: a
    comma before it and a comma (its own last token too: "an independent school
    in Leeds, Kent, [4]" holds the comma before the reference mark), a full
    stop, a parenthesis or the end after?"""
    cols = table(doc)
    while end - 1 > start and cols.spaces[end - 1]:
        end -= 1  # a line break the parser hung on the phrase
    if end - 1 > start and cols.words[end - 1] == ",":
        return start > 0 and cols.words[start - 1] == ","  # a comma the parser hung on the phrase ("Devon, [4]")
    after = cols.words[end] if end < len(doc) else "."
    if after.strip() == "" and "\n" in after:
        after = "."  # the end of a line: "Reporters interview Jane Doe, Acme Party candidate"
    return start > 0 and cols.words[start - 1] == "," and after in (",", ".", ";", ")", ":", "—", "–")


_MEASURE_NOUNS = frozenset({"bit", "lot", "lots", "couple", "kind", "sort", "deal", "size"})


def _describing(head: Token, person: bool = False) -> bool:
    """Can `head` head a description: a noun ("a singer"), or "one of ..."
    ("one of the founders of the club")? Not a measure ("I'm a bit tired",
    "it was a lot of work", "half the size of Kent")."""
    if head.lower_ in _MEASURE_NOUNS:
        return False
    if person and head.pos_ == "PROPN" and head.lower_ in _PERSON_ROLES:
        return True  # "Jane Doe, Professor of Law": a person's role written with a capital
    if head.pos_ == "PROPN" and head.is_lower and head.is_alpha:
        return True  # "Jane Doe, our treasurer": a lower-case noun the parser took for a name
    return head.pos_ == "NOUN" or head.lower_ == "one" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children) or _superlative_of(head)


# Ordinals that head a description as a superlative does: "the first to climb it".
_ORDINALS = frozenset({"first", "second", "third", "last"})


def _superlative_of(head: Token) -> bool:
    """"The youngest of four children", "the largest of the three firms", "the
    first to climb the peak": a superlative or an ordinal after "the" that
    picks one out of a plural "of" phrase, or an ordinal with a "to" clause,
    heads a description as "one of" does (rule of the predicate or apposition
    that finds it). Not a bare superlative ("is the best in the class"), nor
    one of no group ("the last of the line", "the first of May": a singular
    noun)."""
    if head.tag_ != "JJS" and head.lower_ not in _ORDINALS:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.tag_ in ("NNS", "NNPS"):
                return True
        if c.dep_ in ("relcl", "acl") and c.i > head.i and head.lower_ in _ORDINALS \
                and any(g.dep_ == "aux" and g.lower_ == "to" and g.i == head.i + 1 for g in c.children):
            return True
    return False


# Types of a name a noun phrase right before it may describe as it does a
# person's ("the company Acme", "the publishing giant Acme").
_PREPOSED_BODIES = frozenset({"ORG"})

# Nouns that name a name, not its bearer: "her pseudonym Jane Doe".
_NAMING_NOUNS = frozenset({"name", "pseudonym", "nickname", "alias", "surname", "title", "term", "word"})


def _descriptions_of(tok: Token, mention: Mention, person: bool = False, body: bool = False, place: bool = False):
    """(span, rule) of the appositions and predicates of a name's head token:
    "Jane Doe, a singer," (set off by commas, right after the name), "the
    singer, Jane Doe", "Jane Doe is a singer" (the subject is the name alone);
    of a `person`'s name also "her sister Jane Doe", "the Dutch painter Jane Doe"
    (a singular noun phrase with a determiner or possessive right before the
    name, which is its apposition)."""
    doc = tok.doc
    out = []
    if listed_person(mention.text):
        return out  # "My Lords, the question is ...": the dignity of a form of address has no apposition
    name = char_tokens(doc, mention.start, mention.end, "expand")  # (start, end) of `doc.char_span`
    name_end = name[1] if name is not None and name[1] > name[0] else tok.i + 1
    bracket_end = _bracket_after(doc, name_end)
    # (the columns first: this runs for every name, and most have no apposition)
    cols, kids = table(doc), children(doc)
    i, deps, heads = tok.i, cols.deps, cols.heads
    for c in (doc[c] for c in kids[i] if deps[c] == "appos"):
        if _describing(c, person) and _set_off(doc, c.left_edge.i, c.right_edge.i + 1):
            if c.left_edge.i == name_end + 1:
                out.append((_phrase(c), "nom_apposition"))
            elif bracket_end is not None and c.left_edge.i == bracket_end + 2:
                out.append((_phrase(c), "nom_bracket_apposition"))  # "Jane Doe (1901-1980), a painter,"
            elif c.left_edge.i == name_end + 3 and _age_after(doc, name_end):
                out.append((_phrase(c), "nom_age_apposition"))  # "Jane Doe, 45, a teacher from Leeds,"
        elif c.left_edge.i == name_end + 1 and _loose_apposition(tok, c, person):
            out.append((_phrase(c), "nom_loose_apposition"))  # "by Jane Doe, the court painter of King Tom"
    if deps[i] == "appos" and cols.pos[heads[i]] == "NOUN" and heads[i] < i:
        span = _phrase(tok.head)
        if span.end_char <= mention.start and doc[span.end].text == "," and doc[span.end + 1].idx >= mention.start:
            out.append((span, "nom_apposition"))
        elif _bracketed_name(doc, span, mention, name_end) and _describing(tok.head, person) \
                and (tok.head.lower_ not in _PLACE_CLASSES or place):
            # not "who would bar Muslims from the country (Jane Doe)": the bracket names who would
            out.append((span, "nom_bracket_apposition"))  # "a large art museum (the Lyonesse Museum of Art)"
        elif (person or body and _body_described(tok.head, name_end)) and span.end < len(doc) \
                and doc[span.end].idx == mention.start \
                and span.end == tok.head.i + 1 and tok.head.tag_ == "NN" and tok.head.lower_ not in _NAMING_NOUNS \
                and any(c.dep_ in ("det", "poss") and c.i < tok.head.i for c in tok.head.children):
            # "her brother Tom Doe", "the Dutch painter Jane Doe"; "the company Acme"
            out.append((span, "nom_preposed" if person else "nom_preposed_body"))
    if person and not any(rule == "nom_preposed" for _, rule in out):
        span = _preposed_before(doc, name[0]) if name is not None else None
        if span is not None:
            out.append((span, "nom_preposed_run"))  # "her boyfriend Tom Doe" the parser did not make an apposition
    if deps[i] == "oprd" and cols.lemmas[heads[i]] in ("name", "call") and deps[heads[i]] == "acl" \
            and cols.tags[heads[i]] == "VBN" and heads[heads[i]] < heads[i]:
        named = tok.head.head
        if _describing(named, person) and named.lower_ not in _NAMING_NOUNS \
                and any(c.dep_ == "det" for c in named.children):
            out.append((_phrase(named), "nom_named"))  # "a man named Tom Doe", "a company called Acme"
    subject, rule = None, "nom_predicate"
    if deps[i] == "nsubj":
        if tok.left_edge.idx >= mention.start - 4 and tok.right_edge.idx < mention.end:  # the name alone
            subject = tok
        elif tok.left_edge.idx >= mention.start - 4 and all(
                c.dep_ in _ASIDES for c in tok.children if not mention.start <= c.idx < mention.end):
            subject, rule = tok, "nom_aside_predicate"  # "Jane Doe, the mayor's wife, was a singer"
    elif deps[i] == "appos" and deps[heads[i]] == "nsubj" and heads[i] < i and cols.tags[heads[i]] == "NN" \
            and tok.head.lower_ not in _NAMING_NOUNS and not any(c.dep_ in ("cc", "conj") for c in tok.children) \
            and not any(c.dep_ in ("cc", "conj") for c in tok.head.children):
        subject, rule = tok.head, "nom_apposed_subject"  # "Her father, John Doe, was a geologist"
    if subject is not None:
        out += _predicates_of(subject, rule, person)
    # "Jane Doe, who was a singer, ...": not when the clause may be another
    # noun's, one the name is coordinated with ("Roe and Jane Doe, who was") or
    # that holds the name ("the hotel in Lyonesse, which is")
    if not any(deps[c] == "conj" for c in kids[i]) \
            and not (deps[i] == "pobj" and cols.pos[heads[heads[i]]] in ("NOUN", "PROPN")):
        for clause in (doc[c] for c in kids[i] if deps[c] == "relcl" and c > i):
            who = _relative_subject(clause, person)
            if who is not None:
                out += _predicates_of(who, "nom_relative_predicate", person)
    return out


# Words a preposed description may hold between its opening word and its noun:
# "his former co-star", "Kent's national security adviser".
_PREPOSED_INSIDE = ("ADJ", "NOUN", "PUNCT", "ADV")


def _preposed_before(doc: Doc, first: int):
    """The noun phrase right before a person's name that opens with a
    possessive ("her", "Kent's") or "the" and ends in a singular lower-case noun
    for a person (`_person_noun`): "her boyfriend Tom Doe", "his former
    co-star Jane Doe", "Kent's national security adviser Tom Doe", read from
    the words when the parser did not make the name its apposition; else
    None. Only a hyphen, adjectives, adverbs and nouns between."""
    cols = table(doc)
    noun = doc[first - 1] if first > 1 else None
    if noun is None or noun.tag_ != "NN" or not noun.is_lower or not noun.is_alpha \
            or noun.lower_ in _NAMING_NOUNS or not _person_noun(noun):
        return None
    i = first - 2
    while i >= 0 and i > first - 7 and cols.pos[i] in _PREPOSED_INSIDE and doc[i].is_lower \
            and (cols.pos[i] != "PUNCT" or cols.words[i] in ("-", "‐")):
        i -= 1
    if i < 0:
        return None
    if noun.dep_ != "conj" and not first <= noun.head.i < first + 6:
        return None  # "the judge Doe was referring to", "the server Doe used": the noun is no part of the name's phrase
    opener = doc[i]
    if opener.tag_ == "PRP$" and opener.lower_ in ("his", "her", "their", "its", "my", "our", "your"):
        return doc[i + 1 : first]
    if opener.tag_ == "POS":
        return doc[i + 1 : first]
    if opener.lower_ == "the" and opener.tag_ == "DT":
        return doc[i : first]
    return None


def _person_noun(noun: Token) -> bool:
    """Is `noun` a noun for a person: a role, kin, a common noun for people
    (`PERSON_NOUNS`, `_PERSON_ROLES`, `_KIN_NOUNS`) or an agent noun
    (`AGENT_ENDINGS`)?"""
    word = noun.lower_
    return word in PERSON_NOUNS or word in _PERSON_ROLES or word in _KIN_NOUNS or word.endswith(AGENT_ENDINGS)


def _loose_apposition(name: Token, noun: Token, person: bool) -> bool:
    """Is `noun`, the parser's apposition of a person's `name` that opens right
    after the comma after the name but whose phrase the parser did not close
    (the sentence's tree is broken further on, or the closing comma is
    missing), still a description of it: a singular noun for a person
    (`_person_noun`) with "a", "an", "the" or a possessive before it ("Jane
    Doe, the court painter of ..."), not followed by a verb ("Doe, a top aide
    said,"), neither it nor the name coordinated ("Doe, the mayor and the
    police": a list), and no "and" or "or" after its own phrase? (On news,
    the same for any noun and any actor was wrong one time in three: a
    sentence's subject after a fronted phrase, "For Doe, the worst attack
    ...".)"""
    doc = noun.doc
    if not person or doc[noun.left_edge.i - 1].text != "," or not _describing(noun, person) \
            or noun.tag_ not in ("NN", "NNP") or not _person_noun(noun):
        return False
    if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("VERB", "AUX"):
        return False  # "Doe, a top aide said, ...": the noun is a subject of its own
    if not any(c.dep_ in ("det", "poss") and c.i < noun.i and (c.dep_ == "poss" or c.lower_ in _PREDICATE_DETERMINERS)
               for c in noun.children):
        return False
    if any(c.dep_ in ("cc", "conj") for c in noun.children) or any(c.dep_ in ("cc", "conj") for c in name.children) \
            or name.dep_ == "conj":
        return False
    end = noun.right_edge.i + 1
    return end >= len(doc) or doc[end].lower_ not in ("and", "or")


def _body_described(noun: Token, name_end: int) -> bool:
    """May `noun`, right before an organisation's name that ends before token
    `name_end`, describe it ("the law firm Acme")? Not an adjective the parser
    took for a noun ("a polarizing Acme"), nor when the name itself only
    qualifies the noun after it ("his underdog Acme bid")."""
    doc = noun.doc
    nxt = doc[name_end] if name_end < len(doc) else None
    return not noun.lower_.endswith("ing") and not (nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower)


def _relative_subject(clause: Token, person: bool) -> Token | None:
    """The relative pronoun that is the subject of a relative clause on a
    name: "who" of a person ("Jane Doe, who was a singer"), "which" or "that"
    of anything else ("Lyonesse, which is a port"); None when the pronoun does
    not agree (a clause the parser hung on the wrong name: "the home of Jane
    Doe, which is a museum")."""
    words = ("who",) if person else ("which", "that")
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in words and c.i < clause.i), None)


# What may stand beside a name that is the subject of a predicate, set off or
# not: "Jane Doe, the mayor's wife, ...", "Jane Doe (1901 - 1980) ...", "Jane Doe,
# who ..., was", "Jane Doe, born in 1901, is".
_ASIDES = frozenset({"appos", "relcl", "acl", "punct", "nmod"})


def _conjuncts(noun: Token, person: bool = False) -> list[Token]:
    """The nouns coordinated with a predicate noun, which describe the same
    subject: "Jane Doe is a singer, writer and actress" ("writer", "actress");
    not one with a possessor of its own ("a singer and her sister a dancer")."""
    return [x for x in noun.conjuncts if x.i > noun.i and x.dep_ == "conj" and _describing(x, person)
            and not any(c.dep_ == "poss" for c in x.children)]


# Before the name on its line: titles or another form of the name ("Dame Jane
# Doe", "Jane Ann Doe or Jane Doe").
_LEAD_PREFIX = re.compile(r"(?:[A-Z][\w.'’-]* )+(?:or )?")
# After it: a reference mark ("[1]"), a comma.
_MARK = re.compile(r" *(?:\[\d+\] *)*,? *")


def _past_asides(text: str, at: int) -> int:
    """Offset after the brackets (nested ones too: pronunciations, dates),
    reference marks and comma that follow a name at `at`."""
    at = _MARK.match(text, at).end()
    if text[at : at + 1] != "(":
        return at
    depth, i = 0, at
    while i < len(text) and i < at + 400 and text[i] != "\n":
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        i += 1
        if depth == 0:
            return _MARK.match(text, i).end()
    return at


_COPULAS = frozenset({"is", "was", "are", "were"})
_PREDICATE_VERBS = frozenset({"be", "become", "remain"})
# Contractions of "be" written with a curly apostrophe, which spaCy's lemmatizer
# leaves as they are ("’s", "’re", "’m"; "'s" with a straight one is "be").
_CURLY_BE = frozenset({"’s", "’re", "’m"})


def _verb_lemma(verb: Token) -> str:
    """The lemma of `verb`, "be" for a curly-apostrophe contraction of it
    tagged as a verb ("He’s a singer", "you’re a good friend")."""
    if verb.lower_ in _CURLY_BE and verb.tag_ in ("VBZ", "VBP"):
        return "be"
    return verb.lemma_


def _predicate_verbs(subject: Token, rule: str) -> list[tuple[Token, str]]:
    """(verb, rule) of the "be", "become" or "remain" that can give `subject`
    a predicate, unless negated: its own verb (`rule`), and one coordinated with
    that verb without a subject of its own ("Lyonesse has a port and is the
    capital of Kent": rule `nom_conjoined_predicate`)."""
    verbs = [(subject.head, rule)] + [(v, "nom_conjoined_predicate") for v in _conjoined_verbs(subject.head)]
    return [(verb, r) for verb, r in verbs
            if _verb_lemma(verb) in _PREDICATE_VERBS and not any(c.dep_ == "neg" for c in verb.children)]


def _conjoined_verbs(verb: Token) -> list[Token]:
    """The verbs coordinated after `verb` that have no subject of their own and
    so share its subject ("Lyonesse has a port and is the capital of Kent")."""
    doc = verb.doc
    deps, kids = table(doc).deps, children(doc)
    return [doc[v] for v in conjuncts(doc, verb.i)
            if v > verb.i and not any(deps[c] in ("nsubj", "nsubjpass", "expl") for c in kids[v])]


def _predicates_of(subject: Token, rule: str, person: bool = False,
                   names: list[tuple[int, int]] = ()) -> list[tuple[object, str]]:
    """(span, rule) of the predicates that describe `subject` (a name, a
    pronoun, a noun with a name in apposition): those of its "be", "become" or
    "remain" and of one coordinated with it (see `_predicate_verbs`, `_verb_predicates`)."""
    return [found for verb, verb_rule in _predicate_verbs(subject, rule)
            for found in _verb_predicates(verb, verb_rule, person, names)]


def _verb_predicates(verb: Token, rule: str, person: bool = False,
                     names: list[tuple[int, int]] = (), dep: str | tuple[str, ...] = "attr") -> list[tuple[object, str]]:
    """(span, rule) of the predicate noun phrases of a "be", "become" or
    "remain" `verb`, each cut past the `names` before its head (see
    `_past_names`), and of the nouns coordinated with one (rule
    `nom_predicate_conjunct`: "a singer, writer and actress"). The one place
    that says what a predicate is, whatever the subject (a name, a pronoun, a
    controlling verb's subject, an opening sentence's name): a noun after the
    verb (`_describing`; its "attr", never an "acomp": a noun there is a
    misparse, "it was overdone") opening with "a", "an" or "the" ("a singer",
    "just a small town"), "one of", a name's possessive ("Kent's largest
    town"), or of a `person` any possessive ("her mentor"), an office
    ("chairman of the club", see `_bare_office`) or a role ("senator", see
    `_PERSON_ROLES`); never a bare noun ("part of Kent", "home to"), a
    negated one ("not a model") or, of a person, a plural ("members")."""
    out = []
    # the parser reads a curly "’s" as "has" and its predicate as an object ("He’s a singer")
    if isinstance(dep, tuple):
        deps = dep
    else:
        deps = (dep, "dobj") if dep == "attr" and verb.lower_ in _CURLY_BE else (dep,)
    for c in verb.children:
        if c.dep_ not in deps or c.i <= verb.i:
            continue
        capital = person and _capital_role(c)
        if not capital and (not _describing(c, person) or not _opens_predicate(c, person)):
            continue
        if person and c.tag_ in ("NNS", "NNPS"):
            continue  # one person is not "members"
        phrase = _phrase(c)
        if phrase.start <= verb.i:
            continue
        phrase = _past_names_in(phrase, names)
        if phrase is None:
            continue  # "the Lyonesse Bank": another actor's name is no description of this one
        out.append((phrase, "nom_capital_role" if capital else rule))
        for x in _conjuncts(c, person):
            more = _past_names_in(_phrase(x), names)
            if more is not None and not (person and x.tag_ in ("NNS", "NNPS")):
                out.append((more, "nom_predicate_conjunct"))
        for x in _split_conjuncts(verb, c, person):
            more = _past_names_in(_phrase(x), names)
            if more is not None:
                out.append((more, "nom_split_conjunct"))
    return out


def _split_conjuncts(verb: Token, noun: Token, person: bool) -> list[Token]:
    """The nouns the parser hung on the verb as its conjuncts where they are
    conjuncts of its predicate noun `noun`: "Lyonesse is Doeshire's oldest port,
    and the seat of its council" ("seat" a conjunct of "is"). Each comes
    right after the phrase of `noun` with only a comma, an "and" or "but" of
    the verb and adverbs between ("a baker, and the mayor", "a baker, but
    also the mayor"; not past other words the
    parser hung elsewhere: "the only leader to have seen the ice, the dry
    lake, and the island nation"), has no subject of its own, and reads as a
    predicate does (`_describing`, `_opens_predicate`; of a person never a
    plural)."""
    doc = verb.doc
    ands = [c.i for c in verb.children if c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i > noun.i]
    if not ands:
        return []
    return [x for x in verb.children
            if x.dep_ == "conj" and x.i > ands[0] and x.pos_ in ("NOUN", "PROPN")
            and all(t.is_punct or t.i in ands or t.pos_ == "ADV" for t in doc[noun.right_edge.i + 1 : x.left_edge.i])
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in x.children)
            and _describing(x, person) and _opens_predicate(x, person)
            and not (person and x.tag_ in ("NNS", "NNPS"))]


def _capital_role(noun: Token) -> bool:
    """Is the predicate noun of a person a rank or an honour written with a
    capital that is no name: an untagged singular proper noun after "a" or
    "an" ("was named a Fellow of the Academy", "was made a Dame") or with an
    "of" phrase and no determiner ("was created Baron of Lyonesse", "is Keeper
    of the Rolls")? Not one spaCy tagged as an entity ("a Democrat"), not one
    already read as a description (`_describing`: "Professor of Law")."""
    if noun.pos_ != "PROPN" or noun.tag_ != "NNP" or noun.ent_type_ or not noun.is_title or not noun.is_alpha \
            or _describing(noun, True):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if dets:
        return dets == ["a"] or dets == ["an"]
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _opens_predicate(noun: Token, person: bool) -> bool:
    """Does the predicate noun open as a description does (see `_verb_predicates`)?"""
    if noun.lower_ == "self" or any(c.dep_ == "neg" for c in noun.children):
        return False  # "was her old self", "is not a model"
    if noun.lower_ == "one" or any(c.dep_ == "det" and c.lower_ in _PREDICATE_DETERMINERS for c in noun.children):
        return True
    if noun.tag_ not in ("NN", "NNP"):
        return False
    # "her mentor"; of anything "Kent's largest town" (a name's, not "it was his idea")
    if any(c.dep_ == "poss" and (person or c.pos_ == "PROPN") for c in noun.children):
        return True
    return person and (_bare_office(noun) or noun.lower_ in _PERSON_ROLES
                       and not any(c.dep_ == "det" for c in noun.children))


def speaker_predicates(doc: Doc, drafts: list[ActorDraft]) -> None:
    """Add to each actor the predicates of the "I" linked to it ("I am the only
    candidate who ..."; rule `nom_speaker_predicate`) and of the "you" linked
    to it as the one spoken to ("Jane, you're a good friend"; rule
    `nom_addressee_predicate`); run after the narrator stage has linked the
    first and second person."""
    for word, rule in (("i", "nom_speaker_predicate"), ("you", "nom_addressee_predicate")):
        found = {d.key: ms for d in drafts
                 if (ms := [m for m in d.mentions if m.kind == "pronoun" and m.text.lower() == word])}
        if not found:
            continue
        pronoun_predicates(doc, drafts, found, {word}, rule)  # appends the nominals to `found`
        for d in drafts:
            for m in found.get(d.key, ()):
                if m.kind == "nominal" and not any(o.start < m.end and m.start < o.end for o in d.mentions):
                    d.add(m)


# Objects that leave an "as" phrase to the subject: a reflexive ("set herself up
# as a teacher") and what one has in a role ("made a living as a clerk", "began
# her career as a singer").
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
_ROLE_OBJECTS = frozenset({"living", "career", "debut", "name", "reputation"})


def _own_object(obj: Token) -> bool:
    return obj.lower_ in _REFLEXIVES or obj.lower_ in _ROLE_OBJECTS and obj.tag_ == "NN"


# "as a result", "as a rule": phrases about the sentence, not its subject.
_AS_IDIOMS = frozenset({"one", "result", "consequence", "whole", "rule", "matter", "precaution", "example", "reminder",
                        "means", "way", "favor", "favour", "gesture", "sign", "token", "measure", "reward", "penalty"})


def mention_roots(doc: Doc, drafts: list[ActorDraft]) -> dict[int, ActorDraft]:
    """Token index of the root of each name or pronoun mention -> its actor (the
    later one in `drafts` when two share a root), in the order the roots are
    first met. The stages after the narrator's (`as_roles`,
    `controlled_predicates`, `relations`) add only nominal mentions, so one map
    built after it serves them all."""
    roots: dict[int, ActorDraft] = {}
    for d in drafts:
        for m in d.mentions:
            if m.kind != "nominal":
                span = char_tokens(doc, m.start, m.end, "expand")
                if span is not None:
                    roots[span_root(doc, *span)] = d
    return roots


def as_roles(doc: Doc, drafts: list[ActorDraft], roots: dict[int, ActorDraft]) -> None:
    """"Doe worked as a teacher", "she was known as a poet", "As a child, he
    ...": an "as" phrase whose object is an indefinite singular noun phrase
    ("a teacher"), on a verb with no object of its own ("saw it as a
    challenge" describes "it"), describes the verb's subject; when that
    subject is a mention of an actor (a name, or a pronoun linked to it), the
    noun phrase is a mention of it (rule `nom_as_role`); an "as" phrase
    opening the sentence does so even past an object (`_fronted_as`). Run
    after every stage that links mentions; `roots` is `mention_roots`."""
    # "we as a nation" is the country's (`nom_we_as_nation`), as a name holding it would be
    names = [(m.start, m.end) for d in drafts for m in d.mentions
             if m.kind == "name" or m.rule == "nom_we_as_nation"]
    cols = table(doc)
    for i, d in roots.items():
        if cols.deps[i] not in ("nsubj", "nsubjpass"):
            continue
        # its verb, and verbs coordinated with it that have no subject of their own
        # ("He moved to Leeds in 1990 and served as an engineer"; _as_role_of takes only verbs)
        head = doc[cols.heads[i]]
        for verb in [head] + _conjoined_verbs(head):
            _as_role_of(verb, d, names)
            for clause in _subjectless_clauses(verb):
                _as_role_of(clause, d, names, clause_rule="nom_clause_as")
        _fronted_as(head, i, d, names)  # what _as_role_of left: "As a doctor, I tell my patients"
    # "its history as a port", "her career as a singer": the possessor's role
    for i, d in roots.items():
        noun = cols.heads[i]
        if cols.deps[i] == "poss" and cols.pos[noun] == "NOUN" and noun > i:
            _as_role_of(doc[noun], d, names, "nom_possessor_as")
    # "the board named Doe as its chairwoman", "critics describe her as a populist": the object's role
    for i, d in roots.items():
        if cols.deps[i] == "dobj":
            _object_as(doc[i], d, names)


def _fronted_as(verb: Token, subject: int, d: ActorDraft, names: list[tuple[int, int]]) -> None:
    """"As a doctor trained in sleep, I often tell my patients ...": an "as"
    phrase that opens the sentence, set off by a comma before the verb's
    subject, describes that subject even when the verb has an object of its
    own (rule `nom_fronted_as`); read as `_as_role_of` reads one ("a" or "an"
    and a singular noun, no idiom: "As a result, ..."). Not a phrase that is
    no clause's opening ("Such as a ...")."""
    doc = verb.doc
    cols, kids = table(doc), children(doc)
    for c in kids[verb.i]:
        if cols.deps[c] != "prep" or cols.lowers[c] != "as" or not cols.sent_starts[c] or c > subject:
            continue
        obj = next((x for x in kids[c] if cols.deps[x] == "pobj"), None)
        if obj is None or cols.tags[obj] != "NN" or cols.lowers[obj] in _AS_IDIOMS or cols.lowers[obj] in _NO_OFFICE:
            continue
        phrase, right = _phrase(doc[obj]), doc[obj].right_edge.i + 1
        person = d.type == "PERSON"
        if phrase[0].lower_ not in ("a", "an") or not _describing(doc[obj], person) \
                or person and not _person_noun(doc[obj]) or right >= subject or cols.words[right] != ",":
            continue  # "As a child, she ...": a comma closes the phrase before the subject
        _add_as_phrase(phrase, d, names, "nom_fronted_as")


# Verbs that cast their object in the role an "as" phrase names: choosing or
# appointing someone ("named Doe as its chairwoman", "hired her as a
# consultant") and seeing or presenting someone as something ("describes him
# as a populist", "regarded it as a threat"). Not a verb whose "as" phrase
# may be its subject's ("replaced Doe as chairman": the subject is chairman
# now; "met Doe as a student").
_CASTING_VERBS = frozenset({
    "name", "appoint", "reappoint", "nominate", "elect", "choose", "select", "pick", "tap", "hire", "recruit",
    "install", "designate", "confirm", "employ", "identify", "describe", "portray", "depict", "characterize",
    "characterise", "present", "introduce", "cast", "see", "regard", "view", "recognize", "recognise", "know",
    "cite", "label", "brand", "dub", "hail", "feature"})


def _object_as(obj: Token, d: ActorDraft, names: list[tuple[int, int]]) -> None:
    """"The board named Jane Doe as its chairwoman", "critics describe him as
    a populist": the "as" phrase after the object of a casting verb
    (`_CASTING_VERBS`; on the verb or, as the parser often hangs it, on the
    object) describes the object, when that is a mention of an actor `d` (a
    name or a pronoun linked to it); rule `nom_object_as`. The phrase reads
    as a predicate does (`_opens_predicate`: "a", "an", "the", "one of", a
    possessive, a bare office or role: "elected her as chair of the board"),
    not as an idiom ("as a result"), nor, of a person, a plural."""
    verb = obj.head
    if verb.lemma_ not in _CASTING_VERBS or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ == "neg" for c in verb.children):
        return
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i] \
        + [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"]
    person = d.type == "PERSON"
    for prep in preps[:1]:
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or not _describing(noun, person) or not _opens_predicate(noun, person) \
                or noun.lower_ != "one" and (noun.lower_ in _AS_IDIOMS or noun.lower_ in _NO_OFFICE):
            continue  # "as a result", "as part of"
        if person and noun.tag_ in ("NNS", "NNPS"):
            continue  # one person is not "guests"
        if _add_as_phrase(_phrase(noun), d, names, "nom_object_as"):
            _add_as_conjuncts(noun, d, names)


def _add_as_conjuncts(noun: Token, d: ActorDraft, names: list[tuple[int, int]]) -> None:
    """The nouns coordinated with the head of an "as" phrase that was added to
    `d` describe it too: "from my years as a nurse and a midwife", "served as
    a clerk and then a judge" (rule `nom_as_conjunct`); each must read as an
    "as" role on its own: a singular noun after "a" or "an", no idiom, no
    possessor of its own (`_conjuncts`), joined by "and" or "or" with nothing that sets it
    against the first ("as a news site rather than a network", "as a clerk,
    not a judge")."""
    doc = noun.doc
    for x in _conjuncts(noun, d.type == "PERSON"):
        if x.tag_ != "NN" or x.lower_ in _AS_IDIOMS or x.lower_ in _NO_OFFICE:
            continue
        phrase = _phrase(x)
        between = {t.lower_ for t in doc[noun.i + 1 : phrase.start]}
        if phrase[0].lower_ in ("a", "an") and between & {"and", "or"} and not between & _CONTRASTING:
            _add_as_phrase(phrase, d, names, "nom_as_conjunct")


# Words that set a conjunct against the one before it: "rather than a", "not a", "instead of".
_CONTRASTING = frozenset({"than", "not", "never", "instead", "but", "nor", "n't"})


def _add_as_phrase(phrase, d: ActorDraft, names: list[tuple[int, int]], rule: str) -> bool:
    """Add the "as" phrase `phrase` to `d` as a description (`rule`), past the
    names before its head ("minister" of "as a Baptist minister"), unless what
    is left is no description ("as the Acme Party", "as a Lyonesse Bank":
    another actor's name; `_words_only`) or overlaps a mention `d` has. Was it
    added?"""
    past = _past_names_in(phrase, names)
    if past is None or past.start != phrase.start and not _words_only(past):
        return False
    m = Mention(past.start_char, past.end_char, past.text, "nominal", rule)
    if any(o.start < m.end and m.start < o.end for o in d.mentions):
        return False
    d.add(m)
    return True


def _words_only(phrase) -> bool:
    """Is `phrase` (what is left of an "as" phrase after the names before its
    head) words only, no determiner or punctuation but a hyphen ("minister"
    of "as a Baptist minister"; not "- the party" of "ran as a Republican -
    the party he ...": a second phrase)?"""
    return not any(t.dep_ == "det" or t.is_punct and t.tag_ != "HYPH" for t in phrase)


def _subjectless_clauses(verb: Token) -> list[Token]:
    """The verbs of the clauses on `verb` that have no subject of their own and
    so take its subject: an adverbial participle ("While working in Leeds as
    a nurse, she ...", "Hired as a clerk, he ...") and a gerund after a
    preposition ("After ten years as ..." is no verb; "before serving as a
    judge, he ..."). Not an infinitive ("asked Roe to serve as"), nor a clause
    with a subject, a "to" or "there" of its own."""
    doc = verb.doc
    cols, kids = table(doc), children(doc)
    deps, lowers, tags = cols.deps, cols.lowers, cols.tags
    out = []
    for c in kids[verb.i]:
        v = c
        if deps[c] == "prep" and lowers[c] in _CLAUSE_PREPOSITIONS:
            v = next((x for x in kids[c] if deps[x] == "pcomp" and tags[x] == "VBG"), None)
            if v is None:
                continue
        elif deps[c] != "advcl" or tags[c] not in ("VBG", "VBN"):
            continue
        if any(deps[x] in ("nsubj", "nsubjpass", "expl", "csubj") or lowers[x] == "to" and deps[x] in ("aux", "mark")
               for x in kids[v]):
            continue
        out.append(doc[v])
    return out


# A person after "to" or "of" on the verb ("referred to him as", "thought of her as").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
# Prepositions whose gerund takes the clause's subject: "after serving as", "before working as".
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "while", "since", "by", "upon", "on"})


def _as_role_of(verb: Token, d: ActorDraft, names: list[tuple[int, int]], noun_rule: str | None = None,
                clause_rule: str | None = None) -> None:
    """Add the "as a ..." description of `verb` to its subject's actor `d` (see
    as_roles); with `noun_rule`, of a noun (`verb`) to its possessor's; with
    `clause_rule`, of a subjectless clause's verb (see `_subjectless_clauses`)
    to its subject, under that rule."""
    doc = verb.doc
    cols, kids = table(doc), children(doc)
    deps, lowers, near = cols.deps, cols.lowers, kids[verb.i]
    if noun_rule is None and cols.pos[verb.i] not in ("VERB", "AUX") or any(
            deps[c] in ("attr", "oprd") or deps[c] == "dobj" and not _own_object(doc[c]) for c in near):
        return
    if noun_rule is None and any(deps[c] == "prep" and lowers[c] in ("to", "of") and any(
            deps[x] == "pobj" and (lowers[x] in _OBJECT_PRONOUNS or cols.ent_types[x] == "PERSON") for x in kids[c])
            for c in near):
        return  # "referred to him as a reformer", "thought of Roe as a friend": the role is the other's
    for prep in (doc[c] for c in near if deps[c] == "prep" and lowers[c] == "as"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not _describing(obj, d.type == "PERSON") or obj.lower_ != "one" and (
                obj.lower_ in _AS_IDIOMS or obj.lower_ in _NO_OFFICE):
            continue  # "as a result", "met Roe as part of a tour", "as evidence of": no role
        phrase = _phrase(obj)
        rule = "nom_as_role"
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children) and (
                obj.lower_ == "one" or obj.tag_ in ("NN", "NNP") and all(
                    t.dep_ not in ("det", "poss") or t.lower_ == "the" for t in obj.children)):
            rule = "nom_as_office"  # "she served as treasurer of the club", "known as one of its founders"
        elif obj.tag_ != "NN" or phrase[0].lower_ not in ("a", "an"):
            continue
        if _add_as_phrase(phrase, d, names, noun_rule or clause_rule or rule):
            _add_as_conjuncts(obj, d, names)


# The verbs whose "to be" / "to become" states what their subject is or came
# to be ("grew to become", "went on to become", "turned out to be", "seems to
# be"), unlike a role sought, denied or expected ("hopes to be", "claimed to
# be", "is expected to be", "is going to be"); and the verbs whose passive
# reports it ("is considered to be").
_ASSERTING = frozenset({"grow", "go", "continue", "come", "turn", "prove", "seem", "appear", "happen", "remain"})
_REPORTING = frozenset({"consider", "believe", "know", "think", "regard"})


def _controller(verb: Token) -> Token | None:
    """The verb whose subject a subjectless be/become/remain `verb` takes: the
    verb above a "to" ("grew to become", with no object, negation or "there"
    on it, and only verbs that assert the result, see `_ASSERTING`) or above
    "by" + a participle ("became famous by being"); never through "for"
    ("attacked Roe for being": Roe is the one described)."""
    if verb.dep_ in ("xcomp", "advcl") and any(
            c.dep_ in ("aux", "mark") and c.lower_ == "to" and c.i < verb.i for c in verb.children):
        up = verb.head
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in up.children)
        if not (up.lemma_ in _ASSERTING or passive and up.lemma_ in _REPORTING) or any(
                c.dep_ in ("dobj", "dative", "attr", "oprd") for c in up.children):
            return None  # "asked Roe to be", "hopes to be", "claimed to be"
        if up.lemma_ == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in up.children):
            return None  # "is going to be": a future, not "went on to become"
        if verb.dep_ == "advcl" and up.lemma_ != "go":
            return None  # "remained in the race to be the nominee": a purpose
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "by" and verb.head.dep_ == "prep":
        up = verb.head.head
    else:
        return None
    if up.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("expl", "neg") for c in up.children):
        return None  # "there has to be", "never grew to become"
    return up


def _participle_head(verb: Token) -> Token | None:
    """The verb a participle "being", "becoming", "having been" `verb` is
    set off from by a comma, whose subject it describes: "Lyonesse recorded its
    first case, becoming the fifth town to do so", "Doe showed his gifts early,
    being a fine student at six" (not after "while", "to" or a preposition,
    "without being a member": the participle must open the clause)."""
    if verb.dep_ != "advcl" or verb.head.i > verb.i or not (
            verb.tag_ == "VBG" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ == "VBG" for c in verb.children)):
        return None
    if any(c.dep_ in ("mark", "aux") and c.tag_ != "VBG" for c in verb.children):
        return None  # "to be", "while being"
    first = verb.left_edge
    if first.i == 0 or verb.doc[first.i - 1].text != "," or first.tag_ not in ("VBG", "VBN"):
        return None
    up = verb.head
    return up if up.pos_ in ("VERB", "AUX") else None


def controlled_predicates(doc: Doc, drafts: list[ActorDraft], roots: dict[int, ActorDraft]) -> None:
    """"Lyonesse grew to become a port", "Doe became famous by being the
    youngest mayor", "Lyonesse is considered to be one of the oldest towns": the
    predicate of a "be", "become" or "remain" that has no subject of its own
    describes the subject of the verb above its "to" or "by" (see `_controller`;
    that verb's own subject or, for a coordinated verb, the first verb's), when
    that subject is a mention of an actor; rule `nom_controlled_predicate`.
    Run after every stage that links mentions; `roots` is `mention_roots`."""

    def subject(verb: Token) -> tuple[ActorDraft, str, str] | None:
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "neg") for c in verb.children):
            return None  # a subject of its own or a negation
        up, rule = _controller(verb), "nom_controlled_predicate"
        if up is None:
            up, rule = _participle_head(verb), "nom_participle_predicate"
        while up is not None:
            subj = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            if subj:
                d = roots.get(subj[0].i) if len(subj) == 1 and subj[0].dep_ != "expl" else None
                return None if d is None else (d, rule, "attr")
            up = up.head if up.dep_ == "conj" and up.head.i != up.i else None  # "moved to Leeds and grew to become"
        return None

    _add_verb_predicates(doc, drafts, _PREDICATE_VERBS, subject)


# Verbs whose passive gives its subject a role: "was named chairman", "was elected mayor".
_NAMING_VERBS = frozenset({"name", "elect", "appoint", "make", "crown", "proclaim", "declare", "nominate",
                           "designate", "vote", "promote", "create"})


def object_predicates(doc: Doc, drafts: list[ActorDraft], roots: dict[int, ActorDraft]) -> None:
    """"Jane Doe was named chairman of the club", "In 1683 Doe was made a full
    general", "Roe was elected mayor": the noun a passive naming verb
    (`_NAMING_VERBS`) gives its subject, read as a predicate is (see
    `_verb_predicates`), is a mention of the subject's actor (rule
    `nom_object_predicate`). Run after every linking stage; `roots` is
    `mention_roots`."""

    def subject(verb: Token) -> tuple[ActorDraft, str, str] | None:
        if verb.tag_ != "VBN" or any(c.dep_ == "neg" for c in verb.children):
            return None
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        d = roots.get(subj[0].i) if len(subj) == 1 else None
        return None if d is None else (d, "nom_object_predicate", "oprd")

    _add_verb_predicates(doc, drafts, _NAMING_VERBS, subject)


# Verbs whose passive states what its subject is held to be: "is considered the
# oldest town", "was ranked the third largest port", "was deemed a success".
_JUDGING_VERBS = frozenset({"consider", "deem", "rank", "rate", "reckon"})


def judged_predicates(doc: Doc, drafts: list[ActorDraft], roots: dict[int, ActorDraft]) -> None:
    """"Lyonesse is considered the oldest town on the coast", "Doe was ranked
    the best player of the season": the noun a passive judging verb
    (`_JUDGING_VERBS`) gives its subject, read as a predicate is (see
    `_verb_predicates`: an article, "one of", a possessive; of a person never
    a plural), is a mention of the subject's actor (rule
    `nom_judged_predicate`). The parser makes that noun the verb's "oprd" or,
    after "ranked" and "rated", its "dobj". Not when negated, not a verb with
    an "as" (the as rules read that). Run after every linking stage; `roots`
    is `mention_roots`."""

    def subject(verb: Token) -> tuple[ActorDraft, str, tuple[str, ...]] | None:
        if verb.tag_ != "VBN" or any(c.dep_ == "neg" for c in verb.children):
            return None
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        d = roots.get(subj[0].i) if len(subj) == 1 else None
        return None if d is None else (d, "nom_judged_predicate", ("oprd", "dobj"))

    _add_verb_predicates(doc, drafts, _JUDGING_VERBS, subject)


def _add_verb_predicates(doc: Doc, drafts: list[ActorDraft], lemmas: frozenset[str], subject) -> None:
    """Add to the actor `subject(verb)` gives, for every verb whose lemma is one
    of `lemmas`, the predicates `_verb_predicates` reads there (its rule and the
    predicate's dependency label given with the actor; None: no actor), except
    those overlapping a mention already taken."""
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    names = [(m.start, m.end) for d in drafts for m in d.mentions if m.kind == "name"]
    for i in positions_where(table(doc).lemmas, lemmas):
        verb = doc[i]
        found = subject(verb)
        if found is None:
            continue
        d, rule, dep = found
        for phrase, rule in _verb_predicates(verb, rule, d.type == "PERSON", names, dep=dep):
            if any(s < phrase.end_char and phrase.start_char < e for s, e in taken):
                continue
            d.add(Mention(phrase.start_char, phrase.end_char, phrase.text, "nominal", rule))
            taken.append((phrase.start_char, phrase.end_char))


def relations(doc: Doc, drafts: list[ActorDraft], roots: dict[int, ActorDraft]) -> None:
    """"His father, John Doe, ... . Later his father ...": a description made of
    a possessor and a noun ("his father", "Doe's mother") that an apposition,
    a predicate or a name right after it gave to one actor names that actor
    again wherever the same noun has the same possessor (a name or a pronoun
    linked to the same actor; rule `nom_relation`); "his brother", "her
    daughter" only near where it was said (`nom_relation_near`). Run after
    every linking stage; `roots` is `mention_roots`."""
    owner = {i: d.key for i, d in roots.items()}  # token index -> actor key of the name or pronoun there
    cols = table(doc)

    def possessor(noun: Token) -> Token | None:
        return next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)

    known: dict[tuple[str, str], set[str]] = defaultdict(set)  # (possessor, noun) -> actors
    parents: set[tuple[str, str]] = set()  # the (possessor, noun) known from "the son of ..."
    # (possessor, noun of kin one may have several of) -> [(paragraph, actor)] where it was said
    kin: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    para_of = paragraph_index(paragraph_spans(text_of(doc)))
    taken: list[tuple[int, int]] = []
    for d in drafts:
        for m in d.mentions:
            taken.append((m.start, m.end))
            if m.kind != "nominal" or m.rule not in _RELATION_SOURCES:
                continue
            at = char_span_root(doc, m.start, m.end, "expand")
            if at is None or cols.pos[at] != "NOUN":
                continue
            root = doc[at]
            poss = possessor(root)
            who = owner.get(poss.i) if poss is not None else None
            if who is not None and who != d.key and root.lemma_ in _ONE_ONLY:
                known[(who, root.lemma_)].add(d.key)
            elif who is not None and who != d.key and root.lemma_ in _NEAR_KIN and root.tag_ == "NN":
                kin[(who, root.lemma_)].append((para_of(m.start), d.key))
    for d, parent, noun in _parents(drafts, roots, doc):
        known[(d, noun)].add(parent)
        parents.add((d, noun))
    if not known and not kin:
        return
    by_key = {d.key: d for d in drafts}
    for i in positions_where(cols.lemmas, _KIN_LEMMAS):  # (a Token only for a word of kin)
        tok = doc[i]
        poss = possessor(tok)
        pair = (owner.get(poss.i), tok.lemma_) if poss is not None else None
        actors = known.get(pair) if pair is not None else None  # no None possessor is known
        rule = "nom_parent" if pair in parents else "nom_relation"
        if tok.lemma_ in _NEAR_KIN:
            # "his brother, Tom Doe, ... his brother": only in the paragraph where it was said or the
            # next, and only when one such relative of that possessor was named (he may have several)
            said = kin.get(pair, ()) if pair is not None else ()
            p = para_of(tok.idx)
            near = tok.tag_ == "NN" and any(0 <= p - q <= 1 for q, _ in said)
            actors = {k for _, k in said} if near else None
            rule = "nom_relation_near"
        if not actors or len(actors) != 1:
            continue
        start, end = tok.idx, tok.idx + len(tok.text)  # the noun: the possessor is a mention of its own
        if tok.left_edge.i < poss.left_edge.i or poss.right_edge.i != tok.i - 1 \
                or any(s < end and start < e for s, e in taken):
            continue  # only the bare possessor and noun ("his father", not "his late father")
        by_key[next(iter(actors))].add(Mention(start, end, tok.text, "nominal", rule))
        taken.append((start, end))


# Nouns of a child in "the son of Jane Doe": their "of" names the child's parents.
_CHILD_NOUNS = frozenset({"son", "daughter", "child"})


def _parents(drafts: list[ActorDraft], roots: dict[int, ActorDraft], doc: Doc):
    """(child key, parent key, "father" or "mother") for a person described as
    "a son of", "the daughter of" one or two people ("Jane Doe, the daughter of
    Ann and Tom Roe"; "He was the son of Tom Roe"; rule `nom_parent` for the
    "his father", "her mother" then found): a parent whose name or honorific
    tells their gender is the father or the mother; of two parents joined by
    "and", the other one is the other (`gender.known_gender`)."""
    child_nouns = []  # (child actor, child noun)
    for d in drafts:
        if d.type != "PERSON":
            continue
        for m in d.mentions:
            if m.kind != "nominal" or m.rule in ("nom_relation", "nom_parent"):
                continue
            at = char_span_root(doc, m.start, m.end, "expand")
            if at is not None:
                child_nouns.append((d, doc[at]))
    for tok in tokens_among(doc, ("born",)):
        # "Jane Doe was born in Leeds, the daughter of ...": the one born
        if tok.tag_ == "VBN":
            subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            d = roots.get(subject.i) if subject is not None else None
            if d is not None and d.type == "PERSON":
                child_nouns += [(d, t) for t in tok.sent if t.i > tok.i and t.lemma_ in _CHILD_NOUNS
                                and any(c.dep_ == "det" and c.lower_ in ("the", "a") for c in t.children)]
    for d, noun in child_nouns:
        if noun.lemma_ not in _CHILD_NOUNS or noun.tag_ != "NN":
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            continue
        words = [obj] + [c for c in obj.children if c.dep_ == "conj"]
        people = [roots.get(w.i) for w in words]
        if len(words) > 2 or any(p is None or p.type != "PERSON" or p.key == d.key for p in people):
            continue
        sexes = [known_gender(p) for p in people]
        if len(people) == 2:
            if sexes[0] is None and sexes[1] is not None:
                sexes[0] = "m" if sexes[1] == "f" else "f"
            elif sexes[1] is None and sexes[0] is not None:
                sexes[1] = "m" if sexes[0] == "f" else "f"
            if sexes[0] == sexes[1]:
                continue
        for p, sex in zip(people, sexes):
            if sex is not None:
                yield d.key, p.key, "father" if sex == "m" else "mother"


# Relations a person has to one other at a time: "his father" is one man, "his
# friend" or "her brother" may be any of several.
_ONE_ONLY = frozenset({"father", "mother", "wife", "husband", "widow", "widower", "grandfather", "grandmother",
                       "stepfather", "stepmother", "fiancé", "fiancée", "boyfriend", "girlfriend"})
# Relatives one may have several of: "his brother" names the one an apposition or
# a predicate named only near it (`nom_relation_near`).
_NEAR_KIN = frozenset({"brother", "sister", "son", "daughter", "cousin", "uncle", "aunt", "nephew", "niece",
                       "grandson", "granddaughter"})
_KIN_LEMMAS = _ONE_ONLY | _NEAR_KIN  # (the words `relations` looks for)
# Rules whose descriptions say how an actor relates to a possessor.
_RELATION_SOURCES = frozenset({"nom_apposition", "nom_preposed", "nom_predicate", "nom_lead_predicate"})


def pronoun_predicates(doc: Doc, drafts: list[ActorDraft], added: dict[str, list[Mention]],
                       pronouns=frozenset({"he", "she", "it", "they"}), rule: str = "nom_pronoun_predicate",
                       quoted=None) -> None:
    """Add the predicates of linked subject pronouns ("He was a singer") to
    `added` (rule `nom_pronoun_predicate`); with `quoted` (a token test), not
    after a curly "’s" or "’re" inside a quotation ("‘He’s a fraud,’ Roe
    said"): on news that reading was wrong 12 times in 32 inside quotations
    (the speaker's "he" is often someone the link does not find), once in 12
    outside. (Inside quotations the predicates after "is", "was" were 21
    right, 19 wrong of 40 read: measured, left as they were.)"""
    def subject(m: Mention, person: bool, names) -> Token | None:
        if m.kind != "pronoun" or m.text.lower() not in pronouns:
            return None
        found = char_tokens(doc, m.start, m.end)  # (`doc.char_span`, without the Span)
        if found is None or found[1] - found[0] != 1:
            return None
        tok = doc[found[0]]
        if tok.dep_ != "nsubj" or tok.head.i < tok.i or tok.lower_ in ("it", "they") and person:
            return None
        if quoted is not None and tok.head.lower_ in _CURLY_BE and quoted(tok):
            return None
        return tok

    _add_predicates(drafts, added, subject, rule)


def nominal_predicates(doc: Doc, drafts: list[ActorDraft], added: dict[str, list[Mention]]) -> None:
    """Add the predicates of the description mentions already linked that are
    the subject of "be", "become" or "remain" ("the island is the ancestral
    home of ...", "the firm became a subsidiary of ...") to `added` (rule
    `nom_nominal_predicate`): read as a pronoun's predicate is
    (`_predicates_of`), so only as right as the subject's link. Not a subject
    with a name of its own inside it ("the Acme deal is ...": whose is it?)."""
    def subject(m: Mention, person: bool, names) -> Token | None:
        if m.kind != "nominal" or any(s < m.end and m.start < e for s, e in names):
            return None
        at = char_span_root(doc, m.start, m.end)
        if at is None:
            return None
        tok = doc[at]
        return tok if tok.dep_ == "nsubj" and tok.head.i > tok.i and tok.pos_ == "NOUN" else None

    _add_predicates(drafts, added, subject, "nom_nominal_predicate")


def _add_predicates(drafts: list[ActorDraft], added: dict[str, list[Mention]], subject, rule: str) -> None:
    """Add to `added` the predicates (`_predicates_of`, under `rule`) of the
    linked mentions there whose subject token `subject(mention, person, names)`
    gives (None: not one), `person` saying whether the actor is a person and
    `names` the spans of every name mention. All are read before any is added,
    so a predicate added here is never itself a subject."""
    types = {d.key: d.type for d in drafts}
    names = [(m.start, m.end) for d in drafts for m in d.mentions if m.kind == "name"]
    found: list[tuple[str, Mention]] = []
    for key, mentions in added.items():
        person = types.get(key) == "PERSON"
        for m in mentions:
            tok = subject(m, person, names)
            if tok is not None:
                found += [(key, Mention(phrase.start_char, phrase.end_char, phrase.text, "nominal", r))
                          for phrase, r in _predicates_of(tok, rule, person, names)]
    for key, mention in found:
        added[key].append(mention)


# Nouns that are no office in "it is part of", "he was home for".
_NO_OFFICE = frozenset({"part", "home", "proof", "evidence", "cause", "reason", "one"})


def _bare_office(noun: Token) -> bool:
    """Is `noun` an office named without an article: a singular common noun
    with an "of", "at" or "for" phrase and no determiner ("chairman of the
    club", "managing editor at Acme")?"""
    return noun.tag_ == "NN" and noun.lower_ not in _NO_OFFICE and noun.lower_ not in _MEASURE_NOUNS \
        and not any(c.dep_ in ("det", "poss") for c in noun.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("of", "at", "for") for c in noun.children)


# A described predicate opens with an article ("a singer", "the first woman"), not
# a possessive or a bare noun ("his wife", "home").
_PREDICATE_DETERMINERS = frozenset({"a", "an", "the"})


def _lead_predicates(doc: Doc, text: str, mention: Mention, person: bool = False):
    """(span, "nom_lead_predicate") for the predicate of an article's or
    paragraph's opening sentence, "Lyonesse (Cornish: Lethowsow) is a town in
    Kent", read from the words when the parser's tree does not give it: spaCy
    often ends a sentence at the bracket or after a name that is also the
    headline above, or makes the bracket part of the subject."""
    if mention.start > 0 and text[mention.start - 1] != "\n" and not _LEAD_PREFIX.fullmatch(
            text, text.rfind("\n", 0, mention.start) + 1, mention.start):
        return []
    at = _past_asides(text, mention.end)
    word = text[at : at + 5].split(" ", 1)[0]
    if word not in _COPULAS:
        return []
    span = doc.char_span(at, at + len(word))
    if span is None:
        return []
    verb = span[0]
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    # and a "be" coordinated with it without a subject of its own: "Lyonesse (...) is a town in Kent
    # and is the capital of the county" (`nom_conjoined_predicate`)
    return _verb_predicates(verb, "nom_lead_predicate", person) + [
        found for v in _conjoined_verbs(verb)
        if _verb_lemma(v) in _PREDICATE_VERBS and not any(c.dep_ == "neg" for c in v.children)
        for found in _verb_predicates(v, "nom_conjoined_predicate", person)]


def _place_references(doc: Doc, drafts: list[ActorDraft], para_of, classes, added) -> None:
    # a place by its type, or by what the text says it is ("Lyonesse is a town")
    places = [d for d in drafts if d.type in _PLACE_TYPES or classes[d.key] & _PLACE_CLASSES]
    if not places:
        return
    for key, span in _classes_of(doc, places):
        added[key].append(Mention(span.start_char, span.end_char, span.text, "nominal", "nom_class_of"))
        classes[key].add(span[-1].lower_)
    for d in places:
        classes[d.key].update(_named_classes(d))
        if "capital" in classes[d.key]:
            classes[d.key].add("city")  # "Lyonesse is the capital of Kent", later "the city"
    if any(_american(d) for d in places):
        # "Georgia", a country's name and a US state's: beside the United States or another
        # state it is the state, no "country" that "the country" of the text may be
        for d in places:
            if any(_country_name(m.text) and is_us_state(m.text) for m in d.mentions if m.kind == "name"):
                classes[d.key] -= set(_COUNTRY_CLASSES)
    named = sorted((m.start, d.key) for d in places for m in d.mentions if m.kind == "name")
    starts = [s for s, _ in named]
    main = _main_places(places, classes)
    for d in places:
        # "Alaska ... the state's economy": a US state is a "state" for the place named last, not
        # for the article's main state ("the state" with no state in reach is as often the
        # government, "matters of the state": wrong 1 of 1 on GUM dev)
        if d.type == "GPE" and any(is_us_state(m.text) for m in d.mentions if m.kind == "name"):
            classes[d.key].add("state")
    # the one country a text names, for "this country" (`nom_only_country`); not a foreign one
    # beside a US state or "Americans" (on news "the country" is then the United States unnamed)
    countries = [d for d in places if set(_COUNTRY_CLASSES) <= classes[d.key]]
    american = any(_american(d) for d in places) or any(d.type == "NORP" and d.name in ("American", "Americans")
                                                         for d in drafts)
    only_country = countries[0].key if len(countries) == 1 and (_american(countries[0]) or not american) else None
    for key, span in _we_as_nation(doc, main):
        added[key].append(Mention(span.start_char, span.end_char, span.text, "nominal", "nom_we_as_nation"))
    # names that are capitalised class words ("the State of Ohio ... the State" keeps "State" a name)
    class_names = {m.start for d in drafts for m in d.mentions if m.kind == "name" and m.text.lower() in _PLACE_CLASSES}
    loc_places = {d.key for d in places if d.type == "LOC" and d.name.split()[-1] not in _NOT_REGIONS}
    for tok in tokens_among(doc, _PLACE_CLASSES, _LOC_CLASSES):
        word = tok.lower_
        if tok.i == 0 or tok.pos_ != "NOUN" and (not _capitalised_country_word(tok) or tok.idx in class_names):
            continue
        if word in _SETTLEMENT_CLASSES and _place_modifier(tok):
            key = _last_of_class(named, starts, tok, word, classes, para_of) or main.get(word)
            if key is not None:
                added[key].append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "nominal", "nom_place_modifier"))
            continue
        described = _described_class(tok)
        det = doc[described] if described is not None else doc[tok.i - 1]
        if det.head.i != tok.i or det.lower_ not in _PLACE_DETERMINERS or det.dep_ not in ("det", "poss") \
                or tok.left_edge.i != det.i:
            continue  # only "the city", "this country", "our nation", not "the old city" or "a city"
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue  # "the city of Lyonesse": the name says it
        p = para_of(tok.idx)
        # "the islands" are a group of islands ("Lyonesse Islands"), not one of them
        lemma = word if tok.tag_ == "NNS" else tok.lemma_
        # the place named last, in this paragraph or the one before, whose class is the word
        key, rule = None, "nom_place_class" if described is None else "nom_place_described"
        if word in _COUNTRY_CLASSES and word in main and det.lower_ != "that":
            # "the country" is the one the article is about more often than the one named last
            key, rule = main[word], "nom_main_place"
        attribute = None  # a state said of a person, taken only when no other is in reach
        for j in [] if key else range(bisect.bisect_left(starts, tok.idx) - 1, -1, -1):
            s, k = named[j]
            if para_of(s) < p - 1:
                break
            if word in classes[k] or lemma in classes[k] or word in _LOC_CLASSES and k in loc_places:
                if word == "state" and _person_attribute(doc, s):
                    # "... in Iowa. Jane Doe of Kent aired an ad in the state": Iowa
                    attribute = attribute or k
                    continue
                key = k
                break
        if key is not None and word in _LOC_CLASSES and rule == "nom_place_class":
            rule = "nom_region"  # (its own rule: the class is the place's type, not the text's word)
        key = key or attribute
        if key is None:
            key, rule = main.get(word) or main.get(lemma), "nom_main_place"
        if key is None and word in _COUNTRY_CLASSES and det.lower_ != "that" and tok.is_lower and only_country:
            # "this country" in a text that names one country, however seldom, before it or after
            key, rule = only_country, "nom_only_country"
        if key is None:
            continue
        if described is not None:
            rule = "nom_place_described"  # (whichever way its place was found)
        # "our country": the noun only, the possessive is a mention of the speakers' own (the gold and
        # the "we" rules give "our" to the people who say it, not to the place)
        span = doc[det.i + 1 : tok.i + 1] if det.dep_ == "poss" else doc[det.i : tok.i + 1]
        added[key].append(Mention(span.start_char, span.end_char, span.text, "nominal", rule))


# Nouns before a class word that make it another place than the one in reach: "the sister city".
_OTHER_PLACE_NOUNS = frozenset({"sister", "twin", "partner", "home", "neighbour", "neighbor", "rival"})


def _described_class(tok: Token) -> int | None:
    """The index of the determiner before a class word `tok` and one word
    that only describes the place: a hyphenated word ("the war-torn
    country", "the 120-year-old town") or a lower-case noun ("the fortress
    city", "this border town"); not an adjective, which as often picks
    another place ("the old city", "the other islands", "the largest
    town"), nor a class word ("the state capital") or a noun of another
    place ("the sister city")."""
    doc = tok.doc
    j = tok.i - 1
    if j < 1:
        return None
    if doc[j].pos_ == "NOUN" and doc[j].is_lower and doc[j].is_alpha and doc[j].dep_ == "compound" \
            and doc[j].head.i == tok.i and doc[j - 1].whitespace_:
        if doc[j].lower_ in _PLACE_CLASSES or doc[j].lemma_ in _OTHER_PLACE_NOUNS:
            return None
        return j - 1
    # a hyphenated word: pieces joined by "-" with no space, lower case or digits
    k = j
    while k > 1 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
        k -= 2
    if k == j or not doc[k - 1].whitespace_:
        return None
    pieces = doc[k : j + 1]
    if not all(t.text == "-" or t.is_lower and t.is_alpha or t.like_num for t in pieces):
        return None
    if any(t.head.i != tok.i and not pieces.start <= t.head.i < pieces.end for t in pieces):
        return None  # the word qualifies the class word, nothing outside it
    return k - 1


def _person_attribute(doc: Doc, start: int) -> bool:
    """Is the name at char `start` said of a person, not of where things happen: "the
    Vermont senator", "Jane Doe of Kent", "Kent Gov. Jane Doe"? ("... in Lyonesse. The
    Kent senator won the state's caucuses": the state is Lyonesse.)"""
    found = char_tokens(doc, start, start + 1, alignment_mode="expand")
    if found is None:
        return False
    tok = doc[found[0]]
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.ent_type_ == tok.ent_type_ \
            and tok.head.i > tok.i:
        tok = tok.head  # "New" of "New York": the name's last word
    if tok.dep_ in ("compound", "amod", "nmod"):
        head = tok.head
        return head.ent_type_ == "PERSON" or _person_noun(head)
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.ent_type_ == "PERSON"


def _body_references(doc: Doc, drafts: list[ActorDraft], para_of, classes, added) -> None:
    """"the firm", "the company": the one organisation in reach (named in this
    paragraph or the one before) that a description of its own gave that noun
    as its class ("Acme, a software company", "the consulting firm Acme";
    rule `nom_org_class`), when it is also the organisation named last. Two in
    reach, or another organisation named since: no choice."""
    bodies = {d.key for d in drafts if d.type == "ORG" and classes.get(d.key)}
    if not bodies:
        return
    words = {c for k in bodies for c in classes[k]}
    named = sorted((m.start, d.key) for d in drafts if d.key in bodies for m in d.mentions if m.kind == "name")
    starts = [s for s, _ in named]
    orgs = sorted((m.start, d.key) for d in drafts if d.type == "ORG" for m in d.mentions if m.kind == "name")
    org_starts = [s for s, _ in orgs]
    described = [(m.start, m.end) for ms in added.values() for m in ms]
    for tok in tokens_among(doc, words):
        if tok.tag_ != "NN" or tok.i == 0 or tok.dep_ == "compound":
            continue
        modified = _described_class(tok)
        det = doc[modified] if modified is not None else doc[tok.i - 1]
        if det.lower_ not in ("the", "this") or det.dep_ != "det" or det.head.i != tok.i or tok.left_edge.i != det.i:
            continue  # "the firm", not "a firm", "the other firm"
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("of", "for"):
            continue  # "the company of players": another one
        if any(s < tok.idx + len(tok) and det.idx < e for s, e in described):
            continue  # the description that gave the class
        p = para_of(tok.idx)
        near = {k for s, k in named[: bisect.bisect_left(starts, tok.idx)]
                if para_of(s) >= p - 1 and tok.lower_ in classes[k]}
        if len(near) != 1:
            continue
        key = next(iter(near))
        if orgs[bisect.bisect_left(org_starts, tok.idx) - 1][1] != key:
            continue  # another organisation named since: "the company" may be that one
        added[key].append(Mention(det.idx, tok.idx + len(tok), doc[det.i : tok.i + 1].text, "nominal",
                                  "nom_org_class" if modified is None else "nom_org_described"))


def _place_modifier(tok: Token) -> bool:
    """Is the bare, lowercase class word `tok` ("city", "town") the modifier of
    a noun that a determiner right before it opens ("the city centre", "this
    city committee", "the city council"): the city or town the text speaks of,
    not one of a kind ("city life", "a city dweller"), nor a "town hall"
    meeting?"""
    if tok.dep_ != "compound" or not tok.is_lower or tok.n_lefts or tok.n_rights:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN") or not head.is_lower or head.i <= tok.i:
        return False
    if tok.lower_ == "town" and tok.head.lower_ == "hall":
        return False  # "the town hall" in a campaign: a meeting where voters question a candidate
    det = head.doc[tok.i - 1]
    return det.head.i == head.i and det.dep_ in ("det", "poss") and det.lower_ in _PLACE_DETERMINERS


def _last_of_class(named, starts, tok: Token, word: str, classes, para_of) -> str | None:
    """The place of class `word` named last before `tok`, in its paragraph or the one before."""
    p = para_of(tok.idx)
    for j in range(bisect.bisect_left(starts, tok.idx) - 1, -1, -1):
        s, k = named[j]
        if para_of(s) < p - 1:
            return None
        if word in classes[k]:
            return k
    return None


# Class words that "of" and a place's name may follow to name that place: "the
# city of Lyonesse", "the state of Kent" (not "capital": "the capital of Kent"
# is another place).
_CLASS_OF_WORDS = _PLACE_CLASSES - {"capital", "islands", "archipelago"} | {
    "province", "county", "region", "district", "municipality", "borough", "kingdom", "republic", "emirate"}


def _classes_of(doc: Doc, places: list[ActorDraft]):
    """(actor key, span) of "the city of Lyonesse", "the state of Kent": a
    singular class word (`_CLASS_OF_WORDS`) with "the", "this" or "that" and
    nothing else before it ("the largest town of Kent" is a town in Kent),
    then "of" and a place's name that holds the object of "of" ("the city of
    Lyonesse Bank" is no place): the phrase up to the class word (rule
    `nom_class_of`) names that place, and the word is a class of it."""
    cols = table(doc)
    starts = {m.start: (m.end, d.key) for d in places for m in d.mentions if m.kind == "name"}
    for tok in tokens_among(doc, _CLASS_OF_WORDS):
        if (tok.tag_ != "NN" or tok.pos_ != "NOUN") and not _capitalised_country_word(tok) \
                or tok.i == 0 or tok.i + 2 >= len(doc):
            continue
        det, of = doc[tok.i - 1], doc[tok.i + 1]
        if det.lower_ not in ("the", "this", "that") or det.dep_ != "det" or det.head.i != tok.i \
                or tok.left_edge.i != det.i or of.lower_ != "of" or of.head.i != tok.i:
            continue
        found = starts.get(cols.starts[tok.i + 2])
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if found is None or obj is None or not cols.starts[tok.i + 2] <= obj.idx < found[0]:
            continue
        yield found[1], doc[det.i : tok.i + 1]


def _capitalised_country_word(tok: Token) -> bool:
    """"the Nation", "our Country's", "this State" in a speech: the class word
    written with a capital (spaCy calls it a proper noun), not the start of a
    longer name ("the Nation Party", "the State Department")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.lower_ not in _CAPITALISED_CLASSES or not tok.text[0].isupper() or nxt is not None and nxt.text[:1].isupper():
        return False
    # "A Month in the Country": the end of a title, not the speaker's country
    # (a possessive, "the Father of our Nation", still is)
    j = tok.i - 2
    if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and j >= 0 and doc[j].is_lower and len(doc[j]) <= 3:
        j -= 1
    return not (j >= 0 and doc[tok.i - 1].lower_ == "the" and doc[j].text[:1].isupper() and not doc[j].is_sent_start)


def _named_classes(d: ActorDraft) -> set[str]:
    """The classes a place's own name gives it: "Lyonesse Island" and "City of
    Lyonesse" (the class word ends the name or opens it before "of"), a country
    ("country" and "nation")."""
    out = set()
    words = d.name.lower().split()
    if len(words) > 1 and words[-1] in _PLACE_CLASSES:
        out.add(words[-1])
    if len(words) > 2 and words[1] == "of" and words[0] in _PLACE_CLASSES:
        out.add(words[0])
    if d.type == "GPE" and any(_country_name(m.text) for m in d.mentions if m.kind == "name"):
        out.update(_COUNTRY_CLASSES)
    return out


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _american(d: ActorDraft) -> bool:
    """Is place `d` the United States ("U.S.", "America") or a US state that is no country's
    name too (not "Georgia")?"""
    return d.type == "GPE" and any(
        canonical(m.text.replace(".", "")) == "United States"
        or is_us_state(m.text) and not _country_name(m.text) for m in d.mentions if m.kind == "name")


def _country_name(name: str) -> bool:
    """Is `name` a country's, written in full or in initials with or without
    dots ("U.S.", "U.K.": the country table has them without)?"""
    return is_country(name) or _DOTTED_INITIALS.fullmatch(name) is not None and is_country(name.replace(".", ""))


def _main_places(places: list[ActorDraft], classes) -> dict[str, str]:
    """Class word -> the place of that class the article is about: named at
    least twice, and at least twice as often as any other place of the class."""
    times = {d.key: sum(m.kind == "name" for m in d.mentions) for d in places}  # how often each is named
    counts: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for d in places:
        for c in classes[d.key]:
            counts[c].append((times[d.key], d.key))
    # a city or town the article never calls one: the place named most that is no country
    settlements = [(times[d.key], d.key) for d in places if d.type == "GPE" and not classes[d.key] & _NOT_SETTLEMENT]
    # any other settlement or untyped place named as often stops it, and so does a country,
    # state or island named more than twice as often: in a story about a country, "this
    # city" may be any of its cities
    named = sorted((times[d.key] for d in places if not classes[d.key] & _NOT_SETTLEMENT), reverse=True)
    most = max(times.values(), default=0)
    for c in _SETTLEMENT_CLASSES:
        # (a class only places named once give, "Doe City" once, is no class the article is about)
        if (c not in counts or max(counts[c])[0] < 2) and settlements and max(settlements)[0] == named[0] \
                and (len(named) == 1 or named[1] < named[0]) and 2 * named[0] >= most:
            counts[c] = list(settlements)  # and the place the article names most, more than any other
    main = {}
    for c, ranked in counts.items():
        ranked.sort(reverse=True)
        if ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
            main[c] = ranked[0][1]
    return main


# Types of actor "there" may stand for: a place or a site.
_THERE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that put a place on a verb as where something happens or goes
# ("moved to Leeds", "lived in Leeds", "came back from Leeds"; "left for" below).
_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "into", "from", "near", "inside", "within", "throughout", "across",
                                 "around"})
# Verbs whose object is a place gone to: "visited Leeds".
_VISITING = frozenset({"visit", "reach", "enter"})
# Types of actor "here in ..." may name: "here in Leeds", "here at Acme".
_HERE_TYPES = _THERE_TYPES | {"ORG"}


def _verb_place(tok: Token) -> bool:
    """Is `tok` (a place name's head) where a verb's action happens or goes:
    the object of a place preposition on a verb ("moved to Leeds", "left for
    Leeds"), or of "visit"? Not a noun's modifier ("the end of Main Street",
    "a student in Leeds", "pollution from outside Kent")."""
    if tok.dep_ == "dobj":
        return tok.head.lemma_ in _VISITING
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "for":
        return prep.head.lemma_ in ("leave", "depart", "head", "sail")  # "left for Leeds"
    return prep.lower_ in _PLACE_PREPOSITIONS and prep.head.pos_ in ("VERB", "AUX")


def there_references(doc: Doc, drafts: list[ActorDraft], classes) -> None:
    """"there" and "here" as mentions of a place the same sentence names (see
    the module notes: `nom_there`, `nom_here`); none that overlaps a mention
    already there."""
    by_key = {d.key: d for d in drafts}
    named = sorted((m.start, m.end, d.key) for d in drafts for m in d.mentions if m.kind == "name")
    starts = [s for s, _, _ in named]
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    linked: set[str] = set()
    home = _letter_place(text_of(doc), named, by_key)
    for tok in tokens_among(doc, ("there", "here")):
        if tok.dep_ == "expl" or tok.pos_ != "ADV":
            continue
        end = tok.idx + len(tok.text)
        found = _here_in(tok, named, starts, by_key) or (_there_of(tok, named, starts, by_key, classes)
                                                          if tok.lower_ == "there" else None)
        if found is None and home is not None and tok.lower_ == "here" and tok.idx > home[1] \
                and not _in_quote(text_of(doc), tok.idx):
            found = home[0], "nom_here_letter"
        if found is None or any(s < end and tok.idx < e for s, e in taken):
            continue
        key, rule = found
        by_key[key].add(Mention(tok.idx, end, tok.text, "nominal", rule))
        linked.add(key)
    for key in linked:
        by_key[key].mentions.sort(key=lambda m: (m.start, m.end))


# A letter's salutation ("Dear Jane:"), and how many of the first paragraphs it or a byline may
# be in (the narrator reads both too).
SALUTATION = re.compile(r"(?:[Mm]y\s+)?[Dd]ear(?:est)?\s+\S")
TOP_PARAGRAPHS = 8
# A place's line in a letter's heading: the name, then at most a short state or country ("Doeville, Kent.").
_PLACE_LINE_TAIL = re.compile(r"(?:,\s*[A-Z][A-Za-z.]{0,12})?\.?")


def _letter_place(text: str, named, by_key) -> tuple[str, int] | None:
    """(key, end of the salutation) of the place a letter is written from: a
    paragraph above its salutation ("Dear Jane:") that is nothing but one
    place's name, a short state or country after a comma allowed
    ("Doeville, Kent."), the only such line there; else None. The writer's
    "here" below it is that place (rule `nom_here_letter`)."""
    paragraphs = paragraph_spans(text)
    at = next((i for i, (a, b) in enumerate(paragraphs[:TOP_PARAGRAPHS]) if SALUTATION.match(text, a)), None)
    if at is None:
        return None
    found = set()
    for a, b in paragraphs[:at]:
        for s, e, key in named:
            if s == a and by_key[key].type in _PLACE_TYPES and _PLACE_LINE_TAIL.fullmatch(text, e, b):
                found.add(key)
    return (next(iter(found)), paragraphs[at][1]) if len(found) == 1 else None


def _here_in(tok: Token, named, starts, by_key) -> tuple[str, str] | None:
    """(key, rule) of "here in Leeds", "here at Acme", "there in Leeds": the
    name of a place or body that an "in", "at" or "to" right after the word
    holds ("I am glad to be here in Leeds"), else None."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in ("in", "at", "to") or tok.dep_ in ("pobj", "pcomp") \
            or tok.i > 0 and doc[tok.i - 1].lower_ in ("of", "from"):
        return None  # not "a course 300 miles north of here in Leeds": the course is in Leeds
    prep = doc[tok.i + 1]
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    j = bisect.bisect_left(starts, doc[tok.i + 2].idx)
    if j >= len(named) or not named[j][0] <= obj.idx < named[j][1]:
        return None
    key = named[j][2]
    return (key, "nom_here" if tok.lower_ == "here" else "nom_there") if by_key[key].type in _HERE_TYPES else None


def _there_of(tok: Token, named, starts, by_key, classes) -> tuple[str, str] | None:
    """(key, "nom_there") of a "there" whose sentence named one place before
    it, where a verb's action happened or went ("He moved to Leeds in 1901
    and lived there until his death"), and no other place, body or place
    noun between ("flew from Leeds to a small airport and left from there");
    else None. A place named in the sentence before was wrong 2 times in 5
    on news (the last debate, not the town named before it)."""
    doc = tok.doc
    sent = tok.sent
    lo, hi = bisect.bisect_left(starts, sent.start_char), bisect.bisect_left(starts, tok.idx)
    near = {k for _, _, k in named[lo:hi] if by_key[k].type in _HERE_TYPES or classes[k] & _PLACE_CLASSES}
    if len(near) != 1:
        return None
    key = next(iter(near))
    if by_key[key].type not in _THERE_TYPES and not classes[key] & _PLACE_CLASSES:
        return None
    s, e, _ = next(x for x in reversed(named[lo:hi]) if x[2] == key)
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not _verb_place(span.root):
        return None
    if any(t.dep_ == "pobj" and t.pos_ == "NOUN" and t.head.lower_ in _PLACE_PREPOSITIONS
           for t in doc[span.end : tok.i]):
        return None
    return key, "nom_there"


_WE = frozenset({"we", "us"})


def _we_as_nation(doc: Doc, main: dict[str, str]):
    """(key, span) of "we as a nation", "as a country, we ...": "a nation" or
    "a country" in an "as" phrase that describes "we" (hung on the "we", or on
    a verb or adjective whose subject is "we") is the article's main country
    (`_main_places`; none: nothing)."""
    for tok in tokens_among(doc, _COUNTRY_CLASSES):
        if tok.tag_ != "NN" or tok.i < 2:
            continue
        key = main.get(tok.lower_)
        det, prep = doc[tok.i - 1], doc[tok.i - 2]
        if key is None or det.lower_ not in ("a", "one") or det.head.i != tok.i or tok.left_edge.i != det.i \
                or tok.n_rights or tok.dep_ != "pobj" or tok.head.i != prep.i or prep.lower_ != "as":
            continue
        on = prep.head
        if on.lower_ in _WE or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _WE
                                    for c in (on.head if on.dep_ == "acomp" else on).children):
            yield key, doc[det.i : tok.i + 1]


# Head nouns too vague to recall one actor: "the place", "the home", "the area"
# ("the country": the place rules' `nom_main_place`).
_VAGUE_CLASSES = frozenset({
    "one", "part", "home", "place", "thing", "way", "kind", "sort", "type", "member", "lot", "number", "area",
    "world", "time", "day", "year", "end", "top", "centre", "center", "heart", "site", "example", "case", "result",
    "people", "man", "woman", "person", "group", "side", "country", "nation", "land", "region", "name", "other",
    "states",  # "the states" are many, not the "United States"
})
_ORG_HEAD_SPLIT = re.compile(r"\s+(?:of|for|on|in)\s+")


def _head_words(name: str) -> list[str]:
    """The words of an organisation's name up to its "of"/"for"/"on"/"in": "Institute
    for Coastal Studies" -> ["Institute"], "Methodist Church" -> ["Methodist", "Church"]."""
    return _ORG_HEAD_SPLIT.split(name, maxsplit=1)[0].split()


def _head_noun(name: str) -> str:
    """Head noun of an organisation's name: "Institute for Coastal
    Studies" -> "institute", "Methodist Church" -> "church"."""
    words = _head_words(name)
    return words[-1].lower() if words else ""

# Rules of nominal mentions that recall an actor rather than describe it: no evidence of a class.
_RECALLING = frozenset({
    "nom_main_place", "nom_place_class", "nom_region", "nom_place_described", "nom_place_modifier", "nom_org_head",
    "nom_org_class", "nom_org_described", "nom_site_head",
    "nom_here", "nom_here_letter", "nom_only_country", "nom_there", "nom_place_institution", "nom_we_as_nation",
    "nom_role", "nom_recent_holder", "nom_title", "nom_class_role", "nom_relation", "nom_parent", "nom_recalled_class",
})
# Types of actor a bare "the <noun>" recalls: places, sites and bodies (a person's are coref's).
_RECALLED_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC"})
# How often the one actor of a class must have been named for "the <noun>" out of reach to recall it.
_MAIN_TIMES = 3
# Words after "the <noun>" that make it someone else's: "the city of ...", "the club for ...".
_ANOTHER_AFTER = frozenset({"of", "for"})


def recalled_classes(doc: Doc, drafts: list[ActorDraft]) -> None:
    """"the island", "the museum", "the neighborhood": "the" (or "this") and a
    bare noun, nothing else in its phrase, recalls the actor (not a person: see
    coref's `nom_class_role`) a description already linked to it had that noun
    as its head ("Lyonesse is a small island", "its rise as the city of the
    coast"), or whose name of several words ends in it ("Pellan Museum"),
    when that actor is the one such actor referred to in this paragraph, or,
    when none is, in the one before (rule `nom_recalled_class`). Not "the
    island of ..." nor "the island ferry", nor a vague noun
    (`_VAGUE_CLASSES`). With none in reach, the one actor of the text that
    has the noun, when named `_MAIN_TIMES` times before it (rule
    `nom_recalled_main`). Run after every stage that links mentions, so the
    descriptions the late stages found count."""
    cols = table(doc)
    text = text_of(doc)
    para_of = paragraph_index(paragraph_spans(text))
    evidence: dict[str, list[tuple[int, str]]] = defaultdict(list)  # noun -> (offset, actor key) that gave it
    mentioned: list[tuple[int, str]] = []  # (offset, actor key) of every mention
    taken: list[tuple[int, int]] = []
    for d in drafts:
        for m in d.mentions:
            taken.append((m.start, m.end))
            mentioned.append((m.start, d.key))
        if d.type not in _RECALLED_TYPES:
            continue
        name = _head_words(d.name)
        if len(name) > 1 and name[-1].isalpha() and all(w[:1].isupper() or w == "and" for w in name):
            # "Harrow School", "Doeland and Roeland Court": its name says it from the start
            evidence[name[-1].lower()].append((-1, d.key))
        for m in d.mentions:
            if m.kind != "nominal" or m.rule is None or m.rule in _RECALLING:
                continue  # only what a description says of it, not what another rule recalled
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) < 2:
                continue
            head = span.root
            if head.pos_ != "NOUN" or head.i == span.start or not head.is_alpha:
                continue
            evidence[head.lower_].append((m.start, d.key))
    words = {w for w in evidence if w not in _VAGUE_CLASSES and w.islower()}
    if not words:
        return
    mentioned.sort()
    at = [s for s, _ in mentioned]
    named_at = {d.key: sorted(m.start for m in d.mentions if m.kind == "name") for d in drafts}

    def named_before(key: str, offset: int) -> int:
        return bisect.bisect_left(named_at[key], offset)
    by_key = {d.key: d for d in drafts}
    for tok in tokens_among(doc, words):
        i = tok.i
        if i == 0 or cols.pos[i] != "NOUN" or cols.deps[i] == "compound" or not cols.words[i].islower():
            continue
        det = i - 1
        if cols.lowers[det] not in ("the", "this") or cols.heads[det] != i or tok.left_edge.i != det:
            continue
        if i + 1 < len(doc) and cols.lowers[i + 1] in _ANOTHER_AFTER:
            continue
        start, end = cols.starts[det], cols.ends[i]
        if any(s < end and start < e for s, e in taken):
            continue
        fits = {k for s, k in evidence[cols.lowers[i]] if s < start}
        last: dict[str, int] = {}
        for s, k in mentioned[: bisect.bisect_left(at, start)]:
            if k in fits:
                last[k] = s
        p = para_of(start)
        # the one such actor referred to in this paragraph, else in the one before; two there: no choice
        here = [k for k, s in last.items() if para_of(s) == p] or [k for k, s in last.items() if para_of(s) == p - 1]
        rule = "nom_recalled_class"
        if not here and len(fits) == 1 and named_before(next(iter(fits)), start) >= _MAIN_TIMES:
            here, rule = list(fits), "nom_recalled_main"
        if len(here) != 1:
            continue
        key = here[0]
        by_key[key].add(Mention(start, end, text[start:end], "nominal", rule))
        taken.append((start, end))


# Kinds of organisation a bare "the <noun>" may recall with no class said
# (`recalled_bodies`): the nouns of one kind, by kind. An organisation whose
# own name ends in a noun of another kind ("Acme University" for "the
# company"), or in a word of government (`_GOVERNING_HEADS`), is not one.
# The nouns recalled are `_RECALLED_BODY_NOUNS`: not "group", "coalition",
# "team" nor "club" (on news "the group" was as often a group of people or a
# militia not named as an organisation as the one named; "the team", "the
# club" were right 3 times in 8).
_RECALLED_BODY_NOUNS = frozenset({
    "company", "firm", "corporation", "publisher", "network", "newspaper", "magazine", "broadcaster", "airline",
    "retailer", "studio", "organization", "organisation", "alliance", "association", "federation", "college",
    "university", "conservatory", "academy", "band", "orchestra",
})
_BODY_KINDS = {
    "business": ("company", "firm", "corporation", "publisher", "network", "newspaper", "magazine", "broadcaster",
                 "airline", "retailer", "bank", "studio", "label", "brand", "chain", "startup"),
    "association": ("organization", "organisation", "alliance", "association", "federation", "charity", "society",
                    "foundation", "institute", "union", "league", "trust", "fund"),
    "school": ("college", "university", "conservatory", "academy", "school"),
    "music": ("band", "orchestra", "choir"),
    "sport": ("club", "team", "franchise"),
}
_BODY_KIND = {noun: kind for kind, nouns in _BODY_KINDS.items() for noun in nouns}
_GOVERNING_HEADS = frozenset({
    "department", "ministry", "agency", "committee", "commission", "senate", "congress", "house", "parliament",
    "assembly", "party", "government", "council", "court", "bureau", "office", "administration", "police", "army",
    "navy", "force", "service", "authority", "board", "campaign", "caucus", "cabinet", "state", "states", "nations",
    # events spaCy may tag as organisations: "the team" is no "Acme Games"
    "games", "olympics", "paralympics", "cup", "championship", "championships", "tournament", "series",
})
# Types of the names a proper noun between an organisation and "the company" may be part of.
_NOT_BODY_TYPES = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
# Entity tags of proper nouns that name no organisation ("Wednesday", "Republican").
_NO_BODY_ENTITIES = _NOT_BODY_TYPES | {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Words after "the <noun>" that make it another one: "the team at ...", "the company that ...".
_ANOTHER_BODY_AFTER = frozenset({"of", "for", "at", "that", "which", "who", "whose"})


def recalled_bodies(doc: Doc, drafts: list[ActorDraft]) -> None:
    """"the company", "the organization's", "the network": "the" and a
    bare singular noun of a kind of organisation (`_RECALLED_BODY_NOUNS`),
    nothing else in its phrase, is the organisation named in its sentence
    or the one before, when it is the only one named there and its own name
    says no other kind (rule `nom_body_noun`); not a noun that follows
    others in a list ("the party, the candidates, the network"), nor when a proper noun that names
    no person, place or group comes between ("sued Remington, saying the
    company ...": the firm spaCy left untagged), nor, but for a noun of the
    media ("the newspaper"), after an outlet cited as a source ("The Planet
    reported in 1991. The firm was sold ...": `_cited_outlet`). Run after
    `recalled_classes`, which links the nouns a description or the name
    itself gave."""
    cols = table(doc)
    text = text_of(doc)
    by_key = {d.key: d for d in drafts}
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    orgs = sorted((m.start, d.key) for d in drafts if d.type == "ORG" and d.named
                  for m in d.mentions if m.kind == "name")
    if not orgs:
        return
    org_at = [s for s, _ in orgs]
    # names a proper noun between the organisation and the noun may belong to
    others = sorted((m.start, m.end) for d in drafts if d.type in _NOT_BODY_TYPES for m in d.mentions
                    if m.kind == "name")
    other_at = [s for s, _ in others]
    sents = sentence_starts(doc)
    for tok in tokens_among(doc, _RECALLED_BODY_NOUNS):
        i = tok.i
        if i == 0 or cols.pos[i] != "NOUN" or cols.tags[i] != "NN" or cols.deps[i] == "compound" \
                or not cols.words[i].islower():
            continue
        det = i - 1
        if cols.lowers[det] != "the" or cols.heads[det] != i or tok.left_edge.i != det or cols.deps[i] == "appos":
            continue  # not "this network" of people, nor "Acme, the company," (the apposition rules')
        if i + 1 < len(doc) and cols.lowers[i + 1] in _ANOTHER_BODY_AFTER:
            continue
        if cols.deps[i] == "conj":
            continue  # "the party, the candidates, the network and the sponsors": any network
        if cols.words[det - 1] == "," and i + 1 < len(doc) and cols.words[i + 1] == ",":
            continue  # "Acme, the company, will ...": an apposition the parser did not see
        start, end = cols.starts[det], cols.ends[i]
        if any(s < end and start < e for s, e in taken):
            continue
        k = bisect.bisect_right(sents, det) - 1
        lo = cols.starts[sents[max(k - 1, 0)]]
        near = {key for s, key in orgs[bisect.bisect_left(org_at, lo): bisect.bisect_left(org_at, start)]}
        if len(near) != 1:
            continue
        key = next(iter(near))
        head = _head_noun(by_key[key].name)
        if head in _GOVERNING_HEADS or head in _BODY_KIND and _BODY_KIND[head] != _BODY_KIND[cols.lowers[i]]:
            continue
        if cols.lowers[i] not in _MEDIA_NOUNS and _cited_outlet(doc, by_key[key], start):
            continue  # "The Daily Planet reported in 1991. The firm was sold ...": another firm
        last = max(m.end for m in by_key[key].mentions if m.end <= start)
        if _unnamed_proper_noun(cols, bisect.bisect_left(cols.starts, last), det, others, other_at):
            continue
        by_key[key].add(Mention(start, end, text[start:end], "nominal", "nom_body_noun"))
        taken.append((start, end))


# Nouns that recall the outlet a story cites: "the Daily Planet reported ... the newspaper".
_MEDIA_NOUNS = frozenset({"newspaper", "network", "magazine", "publisher", "broadcaster"})
# Verbs whose subject, or whose "by" agent, is an outlet cited as a source.
_CITING_VERBS = frozenset({"report", "publish", "write", "print", "air", "broadcast"})


def _cited_outlet(doc: Doc, d: ActorDraft, before: int) -> bool:
    """Was the last name of `d` before `before` an outlet cited as a source:
    the subject of "reported", "published" ("The Daily Planet reported"), the
    agent of a passive one ("published by the Planet"), or after "according
    to"?"""
    last = max((m for m in d.mentions if m.kind == "name" and m.end <= before), key=lambda m: m.start)
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ in _CITING_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in _CITING_VERBS:
        return True
    return root.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and doc[head.i - 1].lower_ == "according"


def _unnamed_proper_noun(cols, lo: int, hi: int, others, other_at) -> bool:
    """Is a token in [lo, hi) a proper noun (no honorific, no date, and not
    tagged a person, place or group) outside every name in `others` (sorted
    (start, end) spans, `other_at` their starts)?"""
    for j in range(lo, hi):
        if cols.pos[j] != "PROPN" or cols.lowers[j] in _HONORIFICS or cols.ent_types[j] in _NO_BODY_ENTITIES:
            continue
        k = bisect.bisect_right(other_at, cols.starts[j]) - 1
        if k < 0 or others[k][1] <= cols.starts[j]:
            return True
    return False


# Forms of address a speaker or writer calls someone by (`vocative_titles`):
# "Mr. President", "Madam Speaker", "Sir", "Counsel". Not "Your Honor": in a
# hearing the one who says it answers, and the "you" beside it may be theirs.
_VOCATIVE = re.compile(
    r"(?<![\w.’'])(?:(?:Mr\.?|Mister|Madam|Madame|Mrs\.?) (?:"
    + "|".join(sorted(_ADDRESS_OFFICES, key=len, reverse=True))
    + r")|Sir|Madam|Counsel|Counselor|Counsellor|General)(?=\s*[,.!?])")
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself"})
# The bare forms a letter calls its one addressee by, and the narrator's rules of a letter's "you"s
# (`vocative_titles`: "Sir," with no "you" beside it is the addressee's).
_LETTER_ADDRESSES = frozenset({"Sir", "Madam", "Madame"})
_ADDRESSEE_RULES = frozenset({"addressee", "salutation_name"})
# A form of address naming an office ("Mr. Chair", "Madam Speaker", "Mr Chairman –"), set off by
# a comma, a full stop or a dash after it: the one person the text gives that office
# (`office_holders`). The honorific says the holder's sex: "Mr"/"Mister" a man, "Madam"/"Mrs" a woman.
# (The "M" comes before the test of the character in front of it, `(?<![\w.’'])` made
# `(?<![\w.’']M)`: a pattern that opens with a letter is searched for that letter, far
# faster than trying the test at every character of the text.)
OFFICE_ADDRESS = re.compile(
    r"(M(?<![\w.’']M)(?:r\.?|ister|adam|adame|rs\.?)) ("
    + "|".join(sorted(_ADDRESS_OFFICES, key=len, reverse=True))
    + r")(?=\s*[,.!?–—])")
# the same office under another word ("Chairman Doe" is the one "Mr. Chair" addresses)
_OFFICE_SYNONYMS = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}
_OFFICE_KEYS = sorted({" ".join(_OFFICE_SYNONYMS.get(w, w) for w in o.lower().split()) for o in _ADDRESS_OFFICES},
                      key=lambda o: -len(o.split()))
_OFFICE_KEY_WORDS = tuple((office, office.split()) for office in _OFFICE_KEYS)  # (each split once)
# words before an office that make it another's or past: "Vice Chair", "Deputy Director", "former President"
_NOT_HOLDING = frozenset({"vice", "deputy", "assistant", "associate", "acting", "former", "late", "then", "ex",
                          "future", "incoming", "outgoing"})
# capitalised words just before a name the name stage left out of it ("Speaker" of "Speaker Jane Doe")
_TITLE_BEFORE = re.compile(r"(?<![\w’'])((?:[A-Z][a-z]+ ){1,3})$")


def _office_of(title: list[str]) -> str | None:
    """The office (`_OFFICE_KEYS`) a title ends with ("Judiciary Chair": "chair", "Chief Justice": "chief
    justice", not "justice"), unless a word before it makes it another's or a past one ("Vice Chair",
    "former President"), else None."""
    low = [_OFFICE_SYNONYMS.get(w.lower(), w.lower()) for w in title]
    for office, words in _OFFICE_KEY_WORDS:
        n = len(words)
        if low[-n:] == words:
            return None if len(low) > n and low[-n - 1] in _NOT_HOLDING else office
    return None


def title_words(name: str, bare: set[str]) -> list[str]:
    """The words of a person's name mention before the person's own name words (`bare`, the
    words of the display name): "Judiciary Chair" of "Judiciary Chair Jane Doe", none of "Jane Doe"."""
    words = name.split()
    k = len(words)
    while k > 0 and words[k - 1] in bare:
        k -= 1
    return words[:k]


def office_holders(text: str, drafts: list[ActorDraft]) -> dict[str, set[str]]:
    """Office (`_OFFICE_KEYS`) -> the people whose name is written with it as a title: in the name
    ("Judiciary Chair Jane Doe") or as capitalised words just before it ("Speaker Jane Doe" where the
    name is "Jane Doe"); not "Vice Chair", "former President" (`_office_of`)."""
    holders: dict[str, set[str]] = defaultdict(set)
    for d in drafts:
        if d.type != "PERSON" or not d.named:
            continue
        bare = set(d.name.split())
        for m in d.mentions:
            if m.kind != "name":
                continue
            title = title_words(m.text, bare)
            if not title:
                before = _TITLE_BEFORE.search(text, max(0, m.start - 40), m.start)
                if before is None:
                    continue
                title = before.group(1).split()
                lead = text[max(0, before.start() - 12) : before.start()].split()
                if lead and lead[-1].lower() in _NOT_HOLDING:
                    continue  # "former Speaker Jane Doe"
            office = _office_of(title)
            if office is not None:
                holders[office].add(d.key)
    return holders


def char_before_spaces(text: str, at: int) -> str:
    """The character before offset `at` with the spaces before `at` passed over ("" at the start
    of the text); a newline is a character here. It scans back, never copying the text before
    `at`: a form of address is tested at every match, and an article may hold thousands."""
    j = at
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return text[j - 1] if j > 0 else ""


def addressed_holder(form: re.Match, holders: dict[str, set[str]], genders: dict[str, str | None]) -> str | None:
    """The one person an `OFFICE_ADDRESS` form ("Mr. Chair") addresses: the one holder of its office
    whose sex, when known, is the honorific's; several or none: None."""
    office = _office_key(form)
    sex = "m" if form.group(1).lower().startswith(("mr", "mister")) else "f"
    fits = {k for k in holders.get(office, ()) if genders.get(k) in (None, sex)}
    return next(iter(fits)) if len(fits) == 1 else None


def vocative_titles(doc: Doc, drafts: list[ActorDraft]) -> None:
    """"Mr. President, do you think ...", "It is time for you, Sir, and your
    party ...": a form of address (`_VOCATIVE`) set off as one (after the
    start of its paragraph or sentence, a comma or an opening quotation mark,
    before a comma or the end of the sentence) is the one person a "you" of
    its sentence or the next one was linked to (rule `nom_vocative_you`); two
    people there, or none: no choice (but a bare "Sir", "Madam" with none in a
    letter is its one addressee, rule `nom_vocative_addressee`). A form naming an office that no such
    "you" decided is the one person `office_holders` gives that office, of the
    honorific's sex when known (`addressed_holder`, rule `nom_vocative_title`);
    one naming an office no one holds, said twice or more, is a new person
    without a name (`_unnamed_offices`, rule `nom_vocative_office`). Run last, after the narrator and the quote stage link the "you"s."""
    text = text_of(doc)
    by_key = {d.key: d for d in drafts}
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    yous = sorted((m.start, d.key) for d in drafts if d.type == "PERSON" and d.named
                  for m in d.mentions if m.kind == "pronoun" and m.text.lower() in _SECOND_PERSON)
    if yous:
        cols = table(doc)
        sents = sentence_starts(doc)
        bounds = [cols.starts[i] for i in sents] + [len(text)]
        you_at = [s for s, _ in yous]
        # a letter's addressee: the one person its narrator gave the letter's "you"s
        letter = {d.key for d in drafts if d.type == "PERSON"
                  and any(m.kind == "pronoun" and m.rule in _ADDRESSEE_RULES for m in d.mentions)}
        letter_key = next(iter(letter)) if len(letter) == 1 else None
        for m in _VOCATIVE.finditer(text):
            start, end = m.span()
            before = char_before_spaces(text, start)
            if before and before not in ",\n“\"‘":
                continue  # "the General said", "for General Doe": no address
            k = bisect.bisect_right(bounds, start) - 1
            lo, hi = bounds[k], bounds[min(k + 2, len(bounds) - 1)]
            near = {key for _, key in yous[bisect.bisect_left(you_at, lo): bisect.bisect_left(you_at, hi)]}
            rule = "nom_vocative_you"
            if not near and letter_key is not None and m.group() in _LETTER_ADDRESSES:
                # "Sir,\n\nIn a week ...", "Why, Sir, is the ferry late?": the letter's one addressee
                near, rule = {letter_key}, "nom_vocative_addressee"
            if len(near) != 1 or any(s < end and start < e for s, e in taken):
                continue
            key = next(iter(near))
            by_key[key].add(Mention(start, end, text[start:end], "nominal", rule))
            taken.append((start, end))
    forms = list(OFFICE_ADDRESS.finditer(text))
    if not forms:
        return
    holders = office_holders(text, drafts)
    genders = {d.key: known_gender(d) for d in drafts if d.type == "PERSON"}
    # "I thank Jane Doe, Madam Chair, for ...": a form a rule before made one person's (the
    # apposition, a "you" beside it) is that person wherever else the text says it, unless
    # `addressed_holder` finds its office's holder (rule `nom_vocative_same`)
    said: dict[str, set[str]] = defaultdict(set)
    form_texts = {m.group(0).lower() for m in forms}
    for d in drafts:
        if d.type == "PERSON" and d.named:
            for mention in d.mentions:
                if mention.kind == "nominal" and mention.text.lower() in form_texts:
                    said[mention.text.lower()].add(d.key)
    taken.sort()
    taken_starts = [s for s, _ in taken]
    longest = max((e - s for s, e in taken), default=0)
    unheld: dict[str, list[tuple[int, int]]] = defaultdict(list)  # a form of an office no one holds -> its spans
    for m in forms:
        start, end = m.span()
        before = char_before_spaces(text, start)
        if before and before not in ",.!?\n“\"‘":
            continue
        rule = "nom_vocative_title"
        # a mention over it starts at most the longest mention's length before it (no scan of them all)
        lo, hi = bisect.bisect_left(taken_starts, start - longest), bisect.bisect_left(taken_starts, end)
        if any(taken[i][1] > start for i in range(lo, hi)):
            continue
        # "Madam Speaker, nearly a year ago ...": no "you" says who; the one the text names Speaker
        if (key := addressed_holder(m, holders, genders)) is None:
            if len(people := said.get(m.group(0).lower(), ())) != 1:
                if not people and not holders.get(_office_key(m)):
                    unheld[" ".join(m.group(0).split())].append((start, end))
                continue
            key, rule = next(iter(people)), "nom_vocative_same"
        by_key[key].add(Mention(start, end, text[start:end], "nominal", rule))
    _unnamed_offices(text, drafts, unheld)


def _office_key(form: re.Match) -> str:
    """The office (`_OFFICE_KEYS`) an `OFFICE_ADDRESS` form names: "chair" of "Mr. Chairman"."""
    return " ".join(_OFFICE_SYNONYMS.get(w, w) for w in form.group(2).lower().split())


def _unnamed_offices(text: str, drafts: list[ActorDraft], unheld: dict[str, list[tuple[int, int]]]) -> None:
    """"Madam Speaker, the harbour needs this bill. ... Madam Speaker, the
    towns are waiting ...": a form of address naming an office (`OFFICE_ADDRESS`)
    that the text says twice or more, set off as an address, when no person
    of the text holds that office (`office_holders`) and no rule made the form
    one person's, is one person the speaker keeps addressing: a new actor
    without a name (`named` False, typed PERSON), the form its mentions (rule
    `nom_vocative_office`). Said once ("I thank you, Mr. Chairman, for
    ..."), it stays unlinked."""
    for form, spans in unheld.items():
        if len(spans) < 2:
            continue
        mentions = [Mention(s, e, text[s:e], "nominal", "nom_vocative_office") for s, e in spans]
        drafts.append(ActorDraft(key=f"office_address{len(drafts)}", name=form, type="PERSON",
                                 mentions=mentions, named=False))


# A role line under a name: capitalised words joined by a few function words, up
# to a comma or the end of the line (`role_lines`).
_ROLE_LINE = re.compile(r"[A-Z][a-z][\w'’-]*(?: (?:[A-Z][a-z][\w'’.-]*|of|at|for|the|and|in))*")
_ROLE_LINE_JOINS = frozenset({"of", "at", "for", "the", "and", "in"})
# What may come before a name alone on its line: up to three capitalised words or short
# particles ("Dame de Vos Doe" when the mention is "Vos Doe", "Dr. Jane Doe").
_NAME_LINE_START = re.compile(r"(?:(?:[A-Z][\w.]*|[a-z]{1,3}) ){0,3}")
# What may follow a name alone on its line: nothing, a comma, or one title word after a comma.
_NAME_LINE_END = re.compile(r",?(?:,? [A-Z][\w.]*)?,?[ \t]*")


def role_lines(doc: Doc, drafts: list[ActorDraft]) -> None:
    """"Jane Doe / Member of the Assembly": the capitalised role on the line
    right under a line that holds a person's name alone is a mention of that
    person (rule `nom_role_line`; see the module's notes). Run after every
    linking stage."""
    text = text_of(doc)
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    starts = {m.start for d in drafts for m in d.mentions}
    for d in drafts:
        if d.type != "PERSON":
            continue
        for m in [m for m in d.mentions if m.kind == "name"]:
            line_start = text.rfind("\n", 0, m.start) + 1
            if not _NAME_LINE_START.fullmatch(text, line_start, m.start):
                continue
            line_end = text.find("\n", m.end)
            if line_end < 0 or not _NAME_LINE_END.fullmatch(text, m.end, line_end):
                continue
            at = line_end
            while at < len(text) and text[at] in "\n \t":
                at += 1
            if at in starts or text.count("\n", line_end, at) > 2:
                continue
            found = _ROLE_LINE.match(text, at)
            if found is None:
                continue
            words = found.group().split()
            while words and words[-1] in _ROLE_LINE_JOINS:
                words.pop()
            end = at + len(" ".join(words))
            after = text[end:end + 1]
            if not words or len(words) > 7 or after not in ("", ",", "\n"):
                continue
            if not (any(w.lower() in _PERSON_ROLES for w in words)
                    or len(words) > 2 and words[1] in ("of", "at")):
                continue
            if any(s < at + len(words[0]) and at < e for s, e in taken):
                continue
            # the role up to its head word, as a description's phrase is ("Member" of "Member
            # of the Assembly"): the body after it keeps its own mention
            head = next((k for k, w in enumerate(words) if w in _ROLE_LINE_JOINS), len(words))
            end = at + len(" ".join(words[:head]))
            d.add(Mention(at, end, text[at:end], "nominal", "nom_role_line"))
            taken.append((at, end))

