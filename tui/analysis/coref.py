"""Pronouns and nominals: "he", "her", "the spokesman", "the institute" become
mentions of the actor they refer to, only when the choice is confident.

Rules (general; the one list is a small table of common given names). Each
link records its rule as the mention's `rule` (benchmarks/coref_rules.py
counts them); "I"/"you" outside quotes are `narrator`'s, appositions and
predicates ("Jane Doe, a singer") `descriptions`'.

- **Scope**: a pronoun looks for people mentioned earlier in its own paragraph
  or the one before (section headings do not count as paragraphs); names and
  pronouns already linked both count, so a chain of "he" carries a person
  on. A paragraph that only speaks of "he" also carries the one person named
  just before it; in a transcript (many short turns: "Okay." "Yes, sir.") a
  pronoun with no one in reach looks back over the turns until they hold 40
  words and takes the one person there (`pron_turns`); the person the text is
  about (see Topic) continues when they were the last of the pronoun's gender
  referred to, at most four paragraphs back (`pron_protagonist`); otherwise
  nothing reaches across unrelated paragraphs.
- **Gender**: an honorific ("Mr", "Ms"), else the small table of given names
  in `first_names` ("Jane Doe": female), else what unambiguous pronouns taught
  (the only person in reach; "Jane Doe and her staff"; "Jane Doe said she
  ..."). A guess among several people teaches nothing, so one wrong guess
  cannot cascade - but two guesses that agree, and none against, do.
  Persons of the other gender are never candidates.
- **Choice** (salience and recency): every earlier mention scores by its role
  (subject of the main clause 1, other 0.5, the possessor in a phrase about
  another person - "President Jane Doe's deputy, John Roe, ... he" - 0.15),
  halved per sentence back and again across a paragraph break; a person's score
  is their best mention. The best wins only with twice the runner-up's score;
  else the pronoun is left alone (an unlinked pronoun is better than a wrong
  one). A "his"/"him" is not guessed for a person of unknown gender when
  someone in reach is known to fit, nor for the one person in reach when
  they are of unknown gender and named only in the paragraph before (only
  a "he"/"she" outside quotes, which opens a new account of them, is). "Jane Doe and her staff" is Jane Doe's; a
  reflexive is the subject of its own verb; inside reported speech the one
  person named earlier in that clause wins; "him" never takes the subject of
  its own verb, and a subject "he" never someone named inside the phrase
  without a subject that opens its clause ("Placed in the care of Dr. John
  Roe, he ...": he is the one placed).
- **Someone new** (`_unnamed_between`): a "he"/"she" the choice above gives
  to a named person is left unlinked when the subject nearest before it, in
  its sentence or the one before and after that person's last mention, is
  someone the text brings in without a name ("One employee declined to
  comment, saying a search of his name ..."; "one person in the mix brings
  ... . He ..."): a singular noun for a person with "a", "one", "another",
  or "one of" people, subject of a main clause (or of one on its own), not
  of "be", in no sentence that names that person, not set beside a name,
  not a role a named person has; and not for a pronoun in a quote or in the
  clause of a speech verb that person says ('"She was great," a nurse
  said'): they speak of someone else. It makes no link, so it has no rule.
  Such a noun as the subject of a possessive's own clause keeps it too ("A
  designer for Acme lost her keys"), as `_PERSON_NOUNS` did. That person is
  followed on: "the <noun>" again, in the same paragraph or the next, is
  them ("A man in the crowd shouted. The man was removed. He ..."; an agent
  noun is a person when either mention shows it: "a designer for the
  council", "the designer said"), and so is a "he"/"she" left unlinked for
  them, when it is the nearest subject before the next one ("A designer
  watched. She said nothing. She left.") - never blocking less than
  without these.
- **"it", "they"** (`_it_they`): a subject "it" is the organisation or
  place that is the nearest subject before it in its sentence, else the main
  subject of the sentence before ("Coron is a town. It is ..."), or the name
  the parser cut off as a sentence of its own ("Coron" / "is a town.";
  `it_split_subject`), or, right after a listing's heading that names an
  organisation or place and has no verb ("Jane Island." / "This is a
  small island ..."), that actor (`it_heading`, for "it" and "this"); "itself" the subject of its own verb, or of the
  first of two verbs joined by "and" when its own has none ("Acme lost
  money and is repositioning itself"; `it_reflexive_clause`); "they" the
  same for a group named in the plural (a people's name ending in "s" is
  plural even when the parser tags it a singular proper noun: "Zorbans"); an
  object "it" of make, leave, render or keep, with a noun or an adjective with
  a phrase of its own after it, is the organisation or place whose possessive
  the verb's subject holds ("Lyonesse's history has left it full of churches";
  `it_possessor`; not "made it clear that ...", "made it easier"); a
  subject "it" or "they" whose
  nearest subject before it is a relative "which", "that", "who" is the one
  that clause is about ("Acme, which said it would ..."; `it_relative`,
  `they_relative`; not two joined by "and"); "their" also for an
  organisation or place named in the singular that is the subject of its
  clause ("Acme Corp raised their prices"; `their_singular`: not a one-word
  name that is a person's surname or given name, nor past a plural noun or a
  person); a subject "they" the same when that organisation or place is
  the subject of a clause the "they" is inside ("Acme said they would
  ..."; `they_singular`: not "Acme lost money, they say", whose clause
  holds the name, nor one of two joined by "and"); a subject "it" still
  unlinked whose "be" has a predicate with "a", "an" or "the" ("It is a quiet
  town") is the one organisation or place named in this paragraph or the one
  before that the text called so or whose name ends in that noun
  (`it_class_predicate`; two in reach: none); a common noun or a person there
  means no link, and an "it" standing for a clause ("it is easy to") is
  skipped. The main subject of the sentence before is found one way for
  "it", "they" and "its" (`_Groups`, one index of the groups, places and
  organisations mentioned), and two joined by "and" are none ("Acme and
  Bexley merged. It ...": which one?).
- **"its"**: the organisation or place just named before "and its"/"or its"
  ("Ruritania and its neighbours"; `its_coordinated`), else the one a
  relative clause with "which"/"that" as subject is about ("Bexley bought
  Acme, which lost its licence"; `its_relative`), else the owner of the noun
  whose phrase it is in, up through verbs with no subject of their own, when
  no noun further up has an owner too ("Acme's plans to sell its grain";
  `its_phrase_owner`), else the one that is the
  subject of its sentence before it, or the only one named there before it ("Acme said its profits
  rose"), unless it only qualifies another noun ("the history of Lyonesse
  ... its", "an Acme car ... its"); with two in reach, nothing; with none,
  the main subject of the sentence before (in this paragraph or ending the one before),
  also when the one named before it only qualifies a noun but is that subject too
  ("Lyonesse is a port. The decay of the town and its streets ...").
- **Cataphora** (`pron_cataphora`, `it_cataphora`, `its_cataphora`): a pronoun inside a
  clause or phrase that opens its sentence, before the main clause's
  subject, is that subject when it is a name that fits ("Although she was
  ill, Jane Doe ..."; "In his memoir, John Roe writes"; a person of known
  gender only; "Owing to its history, Lyonesse has ...").
- **Binding**: a possessive or reflexive goes with the named subject of its
  own clause ("Jane Doe lost her keys"; in a relative clause, the one the
  clause is about: "Tom Berg, who won his race"; so is a subject "he"/"she"
  whose nearest subject before it is that clause's "who": "Jane Doe praised
  John Roe, who said he would resign", `pron_relative`; and so is a "he"/"she"
  subject of an adverbial clause, or a "his"/"her" owning that subject, the named
  subject of the clause it belongs to when no one else is referred to between them:
  "Jane Doe resigned after she lost the vote", `pron_adverbial`), and is left alone after a
  noun for an unnamed person ("a man lost his wallet") - unless that noun
  is of the other gender and has a possessor: "His mother interfered with
  his studies" is the studies of the one "His" is (`pron_subject_owner`) -
  or that noun heads a description of a named person, found by the
  descriptions or the nominals below ("the senator raised money for her
  campaign", "Jane Doe, a farmer who sold her land"; `pron_described_subject`,
  not past another person referred to in between). Ahead of this binding, a
  "his"/"her" inside a phrase hung on a noun a person of its gender, known
  from the name or the text, owns is that owner's, up through verbs with no
  subject of their own, as for "its" ("Jane Doe's plan to sell her house";
  `pron_phrase_owner`). A possessive is never
  the name its own phrase is set beside ("Peter Gray, his brother,"), and
  "him"/"her" never a name set beside the subject of its verb ("The doctor,
  John Roe, sent him home").
- **Topic**: the person named in at least 40 % of the names of people (or,
  named at least five times, three times as often as anyone else; or twice
  as often when they are the subject of the text's first sentence: links to
  them are then marked `_opener`, as `pron_salience_opener`) is what
  the text is about; their score gets a bonus when their gender fits (taken
  from the text's pronouns when the name does not tell), so a passing mention
  ("placed under the care of Dr. John Roe, he ...") does not take the "he".
- **Vocatives** ("Thank you, Jane Doe."; "Mr. President, do you ...") are
  someone addressed, never the antecedent of "he"/"she".
- **Quotes** (`quote_pronouns`, after the quotes stage): a third-person
  pronoun inside a direct quote is not its speaker ("He'll be missed," said
  Jane Doe); "I", "me", "my" inside it are. Such a pronoun, once linked to
  the speaker, goes to the person the pronoun stage picks with the speaker
  barred (`quoted_pronouns`, rule `pron_quoted_other`: '"I never met him,"
  Jane Doe said of John Roe').
- **Late persons** (`late_person_pronouns`, run by the pipeline after the
  late types of `actors.late_types`): an actor typed PERSON only then ("says
  I in a quote", "voice of the text") missed the pronoun stage, which saw an
  organisation or a work; the stage runs again with every person as they are
  now, and its links to such an actor are kept (`pron_late_person`) for
  pronouns no actor holds and that are not inside the actor's own direct
  quotes ('"I told her so," Jane Doe said. She left': "She", not "her").
  So do the people later stages named (an interview's speaker label, a
  letter's signature, a byline; `pron_late_name`), whose names were then
  found in the text, at least twice in all ("... Doe is in Leeds for a
  conference. He was interviewed by ...").
- **Nominals**: "the <role>" is the one person whose title or appositive gave
  that role ("Foreign Ministry spokesman Tom Berg" ... "the spokesman"; "Ruiz,
  a spokesman for ..."; a deputy's title, "Vice Chair Jane Doe", does not
  make her "the chair"); "the <noun>" is the one organisation whose name has
  that head noun ("the Institute for ..." ... "the institute"). The holder must
  be already named and unique in the article - or, for a role several people
  hold, the only one referred to (with it or by name) in this paragraph or the
  one before (else the one referred to last; two in reach: skipped). "The
  <noun>" is also the place or building whose name ends in that noun ("the
  Hollins River" ... "the river", "the bridge", "the square"; `nom_site_head`),
  the only one so named in this paragraph or the one before; not a class word
  the place rules read ("the city", "the island"), nor "the area", nor the
  noun as another's modifier ("the county level").
  "The <noun>" is also the one person a description gave that noun as a class
  ("Jane Doe is a sculptor" ... "the sculptor"; `nom_class_role`, see
  `_class_roles`): no other actor has it, no title makes it a role, the person
  was mentioned in this paragraph or the two before.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from .actors.candidates import _dateline_spans
from .actors.display_names import _in_quote
from .actors.listed_names import listed_person
from .actors.records import Retype
from .actors.words import _NAMED_WORK_HEADS, _PERSON_ROLES, _SUBJECT_DEPS, _WORK_NOUNS
from .aliases import canonical
from .drafts import ActorDraft
from .descriptions import (
    _PLACE_CLASSES, _head_noun, describe, nominal_predicates, person_classes, pronoun_predicates, there_references,
    title_words,
)
from .first_names import gender_of_first_name
from .gender import FEMININE, GENDERED_NOUNS, MASCULINE, known_gender
from .parsed import (
    char_span_root, children, memo, positions_of, sentence_end, sentence_of, sentence_start, sentence_starts, span_root,
    table, text_of, tokens_among,
)
from .quotes.speakers import _PEOPLE_HEADS
from .speech_cues import AGENT_ENDINGS, INDEFINITE_DETS, PERSON_NOUNS, SPEECH_VERBS
from .model import Mention, Quote, paragraph_index, paragraph_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_GENDERED = MASCULINE | FEMININE
_OBJECT = frozenset({"him", "her", "himself", "herself"})
# Role nouns too generic to identify anyone on their own.
_VAGUE_ROLES = frozenset({"man", "woman", "person", "people", "official", "source", "group", "country"})
# Words that make the role after them someone's deputy ("Vice Chair").
_DEPUTY_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "under", "lieutenant", "sub"})
# Honorifics that make a title a form of address ("Mr. President", "Madam Speaker").
_ADDRESS_HONORIFICS = frozenset({"mr", "mister", "madam", "madame", "mrs"})
# An organisation's name ending in one is named after a region ("Acme Southwest"):
# "the South" is the region, not the organisation.
_COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "midwest",
})
# Places and buildings whose name ends in a noun that says what they are ("Bay Bridge", "Hudson River").
_SITE_TYPES = frozenset({"FAC", "LOC", "GPE"})
# Head nouns of such names that fit too many places to point at one: "the area", "the region".
_VAGUE_SITES = frozenset({"area", "areas", "region", "regions", "states", "world", "district", "zone"})
_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "to", "in", "on", "at"})


def _locators(doc: Doc):
    """The paragraphs of `doc`'s text, the paragraph of a character offset, and
    the token that governs a mention (its syntactic head)."""
    paragraphs, para_of = memo(doc, "coref.locators", _parse_locators)
    tok_starts = table(doc).starts
    roots: dict[tuple[int, int], Token] = {}  # asked for each mention by several stages

    def token_of(mention: Mention) -> Token:
        """The token of the mention that governs it (its syntactic head)."""
        at = (mention.start, mention.end)
        root = roots.get(at)
        if root is None:
            i = max(0, bisect.bisect_right(tok_starts, mention.start) - 1)
            j = max(i + 1, bisect.bisect_left(tok_starts, mention.end))
            root = roots[at] = doc[span_root(doc, i, j)]
        return root

    return paragraphs, para_of, token_of


def _parse_locators(doc: Doc):
    """`_locators`' paragraphs and paragraph look-up, which depend on the parse
    alone: kept with it (`parsed.memo`), as the stages after the quotes
    (`quoted_pronouns`, `late_person_pronouns`) ask for them again."""
    paragraphs = paragraph_spans(text_of(doc))
    return paragraphs, paragraph_index(paragraphs)


def resolve_references(doc: Doc, drafts: list[ActorDraft], retypes: list[Retype] | None = None) -> None:
    """Link pronouns and nominals to the actors they refer to; with `retypes`, an
    actor the text speaks of as "he"/"she" and so typed PERSON is recorded there
    (TYPE_RULES "spoken of as he or she")."""
    text = text_of(doc)
    paragraphs, para_of, token_of = _locators(doc)
    speaking: list[ActorDraft] = []
    spoken_of = _people_by_pronouns(doc, drafts, token_of, retypes, speaking)
    by_key = {d.key: d for d in drafts}
    added: dict[str, list[Mention]] = defaultdict(list)
    classes = describe(doc, drafts, token_of, para_of, added)
    owned: list[tuple[Token, Token, str]] = []
    gender = _person_pronouns(doc, drafts, paragraphs, para_of, token_of, spoken_of, classes, added, owned)
    groups = _Groups(doc, drafts, token_of, added)
    _heading_it(doc, groups, paragraphs, para_of, added)
    _it_they(doc, groups, added)
    _it_class(doc, drafts, groups, classes, para_of, added)
    _its(doc, groups, added)
    pronoun_predicates(doc, drafts, added, _PREDICATE_PRONOUNS, quoted=_quoted)

    roles = _nominals(doc, text, drafts, para_of, added)
    _class_roles(doc, drafts, classes, roles, para_of, added)
    _described_owners(doc, drafts, owned, gender, added)
    nominal_predicates(doc, drafts, added)

    for key, mentions in added.items():
        by_key[key].add_free(mentions)
    there_references(doc, drafts, classes)
    # typed a person only now: its pronouns stay with the people they were linked to
    for d in speaking:
        if retypes is not None:
            retypes.append(Retype("speaks as he or she", d.name, d.type, "PERSON"))
        d.type = "PERSON"


def _person_pronouns(doc: Doc, drafts: list[ActorDraft], paragraphs, para_of, token_of,
                     spoken_of: dict[str, str], classes: dict[str, set[str]],
                     added: dict[str, list[Mention]],
                     owned: list[tuple[Token, Token, str]] | None = None,
                     barred: dict[int, str] | None = None) -> dict[str, str | None]:
    """The "he"/"she" pronouns of the people (and of the places `spoken_of` so)
    into `added`: each person's gender, the person the text is about, then
    `_pronouns`. Returns the people's genders (key -> "m", "f" or None); the
    possessives left to a noun for a person (`_pronouns`) go to `owned`; `barred`
    (token index -> key): a pronoun there is not that actor's."""
    # (not "Your Honor", the one spoken to: `listed_person`)
    people = [d for d in drafts if (d.type == "PERSON" or d.key in spoken_of) and not listed_person(d.name)]
    gender: dict[str, str | None] = {d.key: spoken_of.get(d.key) or known_gender(d) for d in people}
    names = sorted(
        (m.start, m.end, d.key, token_of(m)) for d in people for m in d.mentions if m.kind == "name"
    )
    for key in gender:
        if gender[key] is None:
            told = {GENDERED_NOUNS[c] for c in classes.get(key, ()) if c in GENDERED_NOUNS}
            gender[key] = next(iter(told)) if len(told) == 1 else None  # "Jane Doe, an actress,"
    counts = sorted((sum(m.kind == "name" for m in d.mentions), d.key) for d in people)

    def leads(factor: float) -> bool:
        """Is the person named most named at least _PROTAGONIST_LEAD_MIN times, and `factor`
        times as often as anyone else?"""
        return counts[-1][0] >= _PROTAGONIST_LEAD_MIN and (len(counts) == 1 or counts[-1][0] >= factor * counts[-2][0])

    protagonist, opener = None, False
    if counts and counts[-1][0] >= _PROTAGONIST_MIN and (
            counts[-1][0] >= _PROTAGONIST_SHARE * sum(c for c, _ in counts)
            # or, among many people, named far more often than anyone else
            or leads(_PROTAGONIST_LEAD)):
        protagonist = counts[-1][1]
    elif counts and leads(_PROTAGONIST_OPENER_LEAD) and _opening_subject(doc, paragraphs, names) == counts[-1][1]:
        # "Jane Doe received her early education at ...": the person the text opens with, named most
        protagonist, opener = counts[-1][1], True
    if protagonist is not None and gender.get(protagonist) is None:
        gender[protagonist] = memo(doc, "coref.text_gender", _text_gender)
    names = [n for n in names if not is_vocative(n[3])]
    # the words that say a named person's role ("President", "a designer"): "a president" may be them
    roles = {w.lower() for d in people for m in d.mentions if m.kind == "name" for w in m.text.split()}
    roles |= {c for key in gender for c in classes.get(key, ())}
    _pronouns(doc, paragraphs, para_of, names, gender, added, protagonist, opener, roles, owned, barred)
    return gender


def late_person_pronouns(doc: Doc, drafts: list[ActorDraft], late: set[str], quotes: list[Quote],
                         added: set[str] = frozenset()) -> None:
    """After the late types (`actors.late_types`): the "he"/"she" of the actors
    in `late`, typed PERSON only after `resolve_references` ran ("says I in a
    quote", "voice of the text"), and of the people in `added`, whom later
    stages named (an interview's speaker, a letter's signature, a byline: their
    names then found elsewhere, `propagate_late_names`), named at least twice (a name
    written once may be a byline glued to the page's buttons). The pronoun stage runs
    again with every person as it is now, and of its links only those to an
    actor of either are kept (rule `pron_late_person`, `pron_late_name`), for
    pronouns no actor holds yet and not inside a direct quote of that actor's
    (the speaker speaks of someone else, as in `quote_pronouns`)."""
    late = {d.key for d in drafts if d.key in late and d.type == "PERSON"}
    added = {d.key for d in drafts if d.key in added and d.type == "PERSON"
             and sum(m.kind == "name" for m in d.mentions) >= 2}  # (once only: perhaps page furniture)
    late |= added
    if not late:
        return
    paragraphs, para_of, token_of = _locators(doc)
    classes = person_classes(doc, drafts, token_of, para_of)
    found: dict[str, list[Mention]] = defaultdict(list)
    _person_pronouns(doc, drafts, paragraphs, para_of, token_of, {}, classes, found)
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    for d in drafts:
        if d.key not in late:
            continue
        own = [piece for q in quotes if q.kind == "direct" and q.speaker == d.key for piece in q.pieces()]
        for m in found.get(d.key, ()):
            if any(s < m.end and m.start < e for s, e in taken) or any(a <= m.start < b for a, b in own):
                continue
            d.add(Mention(m.start, m.end, m.text, "pronoun", "pron_late_name" if d.key in added else "pron_late_person"))
            taken.append((m.start, m.end))
        d.mentions.sort(key=lambda m: (m.start, m.end))


# A pronoun links to the best-scored person only when that person scores at
# least this many times the runner-up: an unsure choice stays unlinked.
_MARGIN = 2.0
# Weight of one earlier mention by its role in its sentence (Lappin and Leass's
# salience factors, simplified): subjects are what a later pronoun most often
# continues; a possessor inside a phrase about someone else ("Jane Doe's
# deputy") least.
_ROLE_SUBJECT, _ROLE_OTHER, _ROLE_POSSESSOR_OF_PERSON = 1.0, 0.5, 0.15
# Role nouns whose possessor is not the person the phrase is about.
_PERSON_HEADS = frozenset({
    "president", "vice", "deputy", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "friend", "lawyer",
    "attorney", "aide", "adviser", "advisor", "assistant", "successor", "predecessor", "rival", "partner",
    "chief", "head", "leader", "manager", "coach", "teacher", "student", "colleague", "boss", "widow",
    "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "fiancé", "fiancee", "fiancée",
})


# The person the text is about (named at least this many times, and in at
# least 40 % of all the names of people) gets this much added to their score when
# their gender is known to fit: in a biography or a profile a "he" after a
# passing mention of someone else ("placed under the care of Dr. John Roe,
# he ...") still continues the subject - but not when someone else was just
# named as a main clause's subject ("John Roe said ... . "...," he said").
_PROTAGONIST_MIN, _PROTAGONIST_SHARE, _PROTAGONIST_BONUS = 3, 0.4, 0.5
# ... or at least this many times and this many times as often as anyone else
# (a biography that names many people in passing).
_PROTAGONIST_LEAD_MIN, _PROTAGONIST_LEAD = 5, 3.0
# ... or named at least _PROTAGONIST_LEAD_MIN times, this many times as often as anyone else,
# and the subject of the text's first sentence after its headline.
_PROTAGONIST_OPENER_LEAD = 2.0
# A pronoun with no one in reach continues that person when they were the
# last of its gender referred to, at most this many paragraphs before
# (headings and captions count): a biography's "he" after a paragraph about
# the times, not about anyone.
_PROTAGONIST_REACH = 4


# Types a name stage can give a person by mistake ("Brock Doe" as an
# organisation); places stay places even when older prose calls one "she"
# ("the nation and her people").
_MISTYPED = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_PLACES = frozenset({"GPE", "LOC"})
_HE_SHE = frozenset({"he", "she"})
_HIS_HER = frozenset({"his", "her"})
_OWNERS = _HIS_HER | {"its"}
_HIM_HER = frozenset({"him", "her"})
# The dependencies of a verb's objects: "praised him", "gave her a prize".
_VERB_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
# Prepositions whose "him"/"her" is someone other than the verb's subject ("wrote to her",
# "voted against him"); not those of place ("behind her"), nor "for" ("had a copy made for
# him": the subject's own), nor "with" ("brought with her", "took them down with him").
_NOT_PLACE_PREPS = frozenset({"to", "about", "against", "at", "toward", "towards", "from", "of", "on"})


# Types of things that do not speak, and verbs only a person is the subject of:
# saying, writing to someone, thinking, forgiving (lemmas, a closed class; not the
# verbs a book or a report "says" with: "find", "report", "reveal", "suggest").
_VOICELESS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
_PERSON_VERBS = frozenset({
    "say", "tell", "ask", "reply", "answer", "explain", "recall", "joke", "insist", "admit", "shout",
    "whisper", "yell", "exclaim", "think", "believe", "forgive", "consent", "refuse", "promise",
    "complain", "confess", "call", "decide", "want", "hope", "fear", "wonder",
})


# Last words of the name of an event, a law or a document ("the Doe Act", "the
# Lyonesse Games"), beside the heads of a work named after a person.
_WORK_LAST_WORDS = _NAMED_WORK_HEADS | frozenset({
    "War", "Festival", "Games", "Cup", "Series", "Olympics", "Revolution", "Declaration", "Conference",
    "Plan", "Constitution", "Charter", "Treaty", "Code", "Rule", "Report", "Bible", "Podcast",
})


def _work_headed(name: str) -> bool:
    """Does `name` end with the head word of a work, an event or a law?"""
    words = name.split()
    return bool(words) and words[-1] in _WORK_LAST_WORDS


def _written_as_a_title(t: Token) -> bool:
    """Is the name token `t` written inside quotation marks or right after a
    work's head noun ("the film Doe", "the book Doe")?"""
    first = t.left_edge
    if first.i > 0 and first.nbor(-1).lemma_.lower() in _WORK_NOUNS:
        return True
    return _in_quote(text_of(t.doc), t.idx)


def _people_by_pronouns(doc: Doc, drafts: list[ActorDraft], token_of, retypes: list[Retype] | None = None,
                        late: list[ActorDraft] | None = None) -> dict[str, str]:
    """An actor the name stage typed as an organisation or a work but whom
    the text speaks of as "he" or "she" is a person: at least twice one of
    its names is the main subject of a sentence and a "he"/"she" is the
    main subject of the next one in the paragraph with no person named
    between, or a "his"/"her" in its own clause refers back to it ("Doe
    began his career"), and never the same with "it"/"its". Its type
    becomes PERSON, so the pronoun stage can link its pronouns. A place
    spoken of so ("Ruritania ... . She has ...") keeps its type: it is
    returned (key -> "m" or "f"), to be a candidate for "she"/"her" beside
    the people. A name typed a work, product, event or law that is the subject
    of a verb only a person is the subject of ("Doe refused", "Doe forgave")
    needs one such "he"/"his" only, when no mention of it is written as a title
    (quoted, "the film Doe") and its last word is no work's or event's head: it
    goes to `late`, typed PERSON once the pronouns are linked (rule "speaks as
    he or she"), so the people's pronouns stay theirs."""
    places: dict[str, str] = {}
    cols = table(doc)
    person_tokens = {token_of(m).i for d in drafts if d.type == "PERSON" for m in d.mentions}
    for d in drafts:
        if d.type not in _MISTYPED | _PLACES:
            continue
        votes = {"person": 0, "thing": 0, "m": 0, "f": 0}
        speaks = titled = False
        for m in d.mentions:
            if m.kind != "name":
                continue
            t = token_of(m)
            if d.type in _VOICELESS:
                # the subject of a verb only a person is the subject of, never written as a title
                speaks = speaks or cols.deps[t.i] == "nsubj" and cols.lemmas[cols.heads[t.i]].lower() in _PERSON_VERBS
                titled = titled or _written_as_a_title(t)
            if cols.deps[t.i] not in _SUBJECT_DEPS or cols.deps[cols.heads[t.i]] != "ROOT":
                continue
            # "Doe began his career": a possessive in the subject's own clause (the walk
            # over the sentence's tree only when the columns show one after the name)
            later = range(t.i + 1, sentence_end(doc, t.i))
            shown = any(cols.deps[i] == "poss" and cols.lowers[i] in _OWNERS for i in later)
            for c in t.head.subtree if shown else ():
                if c.i > t.i and c.dep_ == "poss" and c.lower_ in _OWNERS and not any(
                        a.dep_ in _CLAUSE_DEPS for a in c.ancestors if a.i != t.head.i and t.head.is_ancestor(a)):
                    votes["thing" if c.lower_ == "its" else "person"] += 1
                    votes["m" if c.lower_ == "his" else "f"] += 1
                    break
            nxt = _sentence_after(doc, sentence_of(doc, t.i))
            subject = _main_subject(nxt) if nxt is not None else None
            if subject is None or subject.lower_ not in _HE_SHE | {"it"}:
                continue
            if any(i in person_tokens for i in range(t.i + 1, subject.i)):
                continue
            votes["thing" if subject.lower_ == "it" else "person"] += 1
            votes["m" if subject.lower_ == "he" else "f"] += 1
        if votes["thing"] == 0 and speaks and not titled and votes["person"] == 1 and not _work_headed(d.name):
            if late is not None:
                late.append(d)
        elif votes["person"] >= 2 and votes["thing"] == 0:
            if d.type in _PLACES:
                places[d.key] = "m" if votes["m"] > votes["f"] else "f"
            else:
                if retypes is not None:
                    retypes.append(Retype("spoken of as he or she", d.name, d.type, "PERSON"))
                d.type = "PERSON"
    return places


# Unsure links that agree on a person's gender, none against, teach it.
_GUESSES_TEACH = 2
_OTHER = {"m": "f", "f": "m"}


def _opening_subject(doc: Doc, paragraphs, names) -> str | None:
    """The key of the person whose name is the main subject of the first
    sentence after the headline ("Jane Doe received her early education
    ..."), else None."""
    if len(paragraphs) < 2:
        return None
    body = next((t for t in doc if t.idx >= paragraphs[1][0] and not t.is_space), None)
    if body is None:
        return None
    subject = _main_subject(body.sent)
    return next((n[2] for n in names if subject is not None and n[3].i == subject.i), None)


def _text_gender(doc: Doc) -> str | None:
    """The gender a text's third-person pronouns mostly have (at least five,
    and three times the other's): the gender of the person it is about when
    their name does not tell."""
    lowers = table(doc).lowers
    m = sum(w in MASCULINE for w in lowers)
    f = sum(w in FEMININE for w in lowers)
    if m >= 5 and m >= 3 * f:
        return "m"
    if f >= 5 and f >= 3 * m:
        return "f"
    return None


def is_vocative(tok: Token) -> bool:
    """"Mr. President, do you ...", "Thank you, Jane": a name set off by
    commas that modifies the verb on its own is someone addressed, not
    someone a later "he" or "she" continues."""
    if tok.dep_ not in ("npadvmod", "intj", "dep"):
        return False
    left, right = tok.left_edge, tok.right_edge
    before = left.nbor(-1).text if left.i > 0 else ""
    after = right.nbor(1).text if right.i + 1 < len(tok.doc) else ""
    if tok.head.dep_ != "ROOT":
        # inside a clause the parser hung lower ("Just to confirm, Mr. Doe, you've ..."): commas both sides
        return before == "," and after == ","
    return (left.is_sent_start or before == ",") and after in (",", ".", "!", "?", ":")


# Nouns for people: an unnamed one as the subject of a clause takes its "his"/"her".
# The quote stage's role nouns ("the president said") are the common core; the
# possessed roles above and these everyday nouns for people are added to it.
_PERSON_NOUNS = PERSON_NOUNS | _PERSON_HEADS | frozenset({
    "child", "person", "baby", "soldier", "driver", "plaintiff", "petitioner", "patient", "artist", "owner",
    "worker", "farmer", "winner", "employee", "customer", "grandfather", "grandmother", "stepfather",
    "stepmother", "girlfriend", "boyfriend", "neighbour", "neighbor",
})

# Relations that start a clause of their own.
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "conj", "parataxis", "csubj"})

FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})


def quote_pronouns(doc: Doc, drafts: list[ActorDraft], quotes: list[Quote]) -> None:
    """After the quotes stage: inside a direct quote whose speaker is a person,
    "I", "me", "my" are the speaker's mentions, and a "he"/"she" linked to the
    speaker is unlinked (the speaker talks of someone else: "He'll be
    missed," said Jane Doe) and given to whom `quoted_pronouns` finds.
    Mentions already taken stay as they are."""
    by_key = {d.key: d for d in drafts}
    taken = sorted((m.start, m.end) for d in drafts for m in d.mentions)
    starts = [s for s, _ in taken]
    cols = table(doc)
    tok_starts = cols.starts
    # the words that say a quote stay the speaker's mentions, wherever they are
    saying = {(sm.start, sm.end) for q in quotes if (sm := getattr(q, "speaker_mention", None)) is not None}
    dropped: dict[int, str] = {}  # token index -> the speaker its pronoun was unlinked from
    for q in quotes:
        d = by_key.get(q.speaker) if q.kind == "direct" and q.speaker else None
        if d is None or d.type != "PERSON":
            continue
        pieces = q.pieces()  # the quoted words, not the attribution between pieces
        kept = []
        for m in d.mentions:
            if m.kind == "pronoun" and any(a <= m.start < b for a, b in pieces) \
                    and m.text.lower() in _GENDERED and (m.start, m.end) not in saying:
                dropped[bisect.bisect_right(tok_starts, m.start) - 1] = d.key
            else:
                kept.append(m)
        d.mentions = kept
        inside = (i for a, b in pieces for i in range(bisect.bisect_left(tok_starts, a), bisect.bisect_left(tok_starts, b)))
        for i in inside:
            if cols.lowers[i] not in FIRST_PERSON or cols.pos[i] != "PRON":
                continue
            s, e = tok_starts[i], cols.ends[i]
            j = bisect.bisect_right(starts, s) - 1
            if j >= 0 and taken[j][1] > s:
                continue
            d.add(Mention(s, e, cols.words[i], "pronoun", "quote_speaker"))
        d.mentions.sort(key=lambda m: (m.start, m.end))
    if dropped:
        quoted_pronouns(doc, drafts, dropped, quotes)


def quoted_pronouns(doc: Doc, drafts: list[ActorDraft], dropped: dict[int, str], quotes: list[Quote]) -> None:
    """""I don't know John Roe. I never met him," Jane Doe said": the "he"/"she"
    pronouns `quote_pronouns` took from a quote's speaker (token index -> speaker)
    go to the person the pronoun stage picks when that speaker is barred from them
    (rule `pron_quoted_other`); the stage runs again with every person as it is now,
    and only its links of those pronouns, not held by any actor yet, are kept - and
    only to a person named in the pronoun's paragraph before it who speaks no quote
    of that paragraph or the one before (a quote given to the wrong speaker leaves
    its true speaker in reach: '"He will win," Doe said of Roe' read as Roe's).
    On the 840 PolNeAR train articles, read by hand: without those two tests
    22 of 30 firings were right; with them 240 firings, of which 24 of 26 read
    (every ninth) were right."""
    paragraphs, para_of, token_of = _locators(doc)
    classes = person_classes(doc, drafts, token_of, para_of)
    found: dict[str, list[Mention]] = defaultdict(list)
    _person_pronouns(doc, drafts, paragraphs, para_of, token_of, {}, classes, found, barred=dropped)
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    starts = {table(doc).starts[i] for i in dropped}
    speaks: dict[str, set[int]] = defaultdict(set)  # speaker -> the paragraphs their quotes touch
    for q in quotes:
        if q.speaker:
            speaks[q.speaker].update(range(para_of(q.start), para_of(max(q.start, q.end - 1)) + 1))
    for d in drafts:
        mine = []
        for m in found.get(d.key, ()):
            if m.start not in starts or any(s < m.end and m.start < e for s, e in taken):
                continue
            p = para_of(m.start)
            if not any(n.kind == "name" and n.start < m.start and para_of(n.start) == p for n in d.mentions) \
                    or speaks[d.key] & {p, p - 1}:
                continue
            mine.append(m)
        for m in mine:
            d.add(Mention(m.start, m.end, m.text, "pronoun", "pron_quoted_other"))
            taken.append((m.start, m.end))
        if mine:
            d.mentions.sort(key=lambda m: (m.start, m.end))


def _role_weight(tok: Token) -> float:
    # (`_is_subject` and the walk up from the columns: asked of every mention a pronoun weighs)
    cols = table(tok.doc)
    deps, heads, i = cols.deps, cols.heads, tok.i
    dep, head = deps[i], heads[i]
    if dep in _SUBJECT_DEPS or dep == "conj" and deps[head] in _SUBJECT_DEPS:
        verb = heads[head] if dep == "conj" else head
        while deps[verb] == "conj" and heads[verb] != verb:
            verb = heads[verb]
        # the subject of the sentence's main clause outweighs one of a clause inside it
        return _ROLE_SUBJECT if deps[verb] == "ROOT" else _ROLE_OTHER
    if dep == "poss" and (cols.lowers[head] in _PERSON_HEADS or cols.ent_types[head] == "PERSON"):
        return _ROLE_POSSESSOR_OF_PERSON  # "Jane Doe's vice president": the phrase is about someone else
    return _ROLE_OTHER


def _pronouns(doc: Doc, paragraphs, para_of, names, gender: dict[str, str | None],
              added: dict[str, list[Mention]], protagonist: str | None = None, opener: bool = False,
              roles: set[str] | frozenset[str] = frozenset(),
              left: list[tuple[Token, Token, str]] | None = None,
              barred: dict[int, str] | None = None) -> None:
    """Third-person singular pronouns ("he", "her", ...) linked to people.

    Each earlier mention of a person in the pronoun's paragraph or the one
    before (names, and pronouns already linked, so a chain of "he" carries a
    person through paragraphs that do not name them) gives that person a score:
    its role weight, halved for every sentence between it and the pronoun and
    lowered when it lies in an earlier paragraph. Gender must agree (an
    honorific, the given-name table, or what earlier pronouns taught); a person
    of unknown gender counts little beside one known to fit. The best person
    wins only by a clear margin; a pronoun inside a reported clause goes to the
    one person named in that clause; "Jane Doe and her staff" is Jane Doe's.
    A pronoun at a token of `barred` is never the actor it names there (the
    speaker of the quote it is in: `quoted_pronouns`).
    """
    sent_starts = sentence_starts(doc)
    text = text_of(doc)
    transcript = None  # (`_is_transcript`, worked out for the first pronoun that asks)

    def sent_of(i: int) -> int:
        return bisect.bisect_right(sent_starts, i) - 1

    # (char start, token, key) of every mention a pronoun can continue, text order
    ments: list[tuple[int, Token, str]] = [(n[0], n[3], n[2]) for n in names]
    named_at = {n[3].i: n[2] for n in names}
    named_times = Counter(n[2] for n in names)
    name_end = {n[0]: n[1] for n in names}  # char start -> char end of each name
    ment_starts = [m[0] for m in ments]
    described = {(m.start, m.end) for ms in added.values() for m in ms}  # descriptions of named actors
    guessed: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})  # unsure links per gender
    recalled = memo(doc, "coref.recalled", lambda d: frozenset(_recalled_newcomers(d, para_of)))
    unnamed: dict[int, str] = {}  # "he"/"she" left to someone unnamed (token -> gender): the next may be theirs too
    # what the mentions before the pronoun say, gathered once each as the pronouns go in
    # text order (a link only adds a mention at the pronoun itself): token -> key, and the
    # verb a mention is the subject of -> the keys of those subjects (_subject_verb)
    named_before: dict[int, str] = {}
    subject_keys: dict[int, set[str]] = defaultdict(set)
    gathered = 0  # the mentions starting before this char offset are in them

    def gather(upto: int) -> None:
        nonlocal gathered
        if upto < gathered:  # (never: the pronouns come in text order)
            named_before.clear()
            subject_keys.clear()
            gathered = 0
        for _, t, k in ments[bisect.bisect_left(ment_starts, gathered):bisect.bisect_left(ment_starts, upto)]:
            named_before[t.i] = k
            verb = _subject_verb(t)
            if verb is not None:
                subject_keys[verb].add(k)
        gathered = upto

    # with pronouns barred (the second run, `quoted_pronouns`), only their links are
    # kept, and a link depends on the pronouns before it alone: stop after the last
    stop_at = max(barred) if barred else len(doc)
    for tok in tokens_among(doc, MASCULINE, FEMININE):
        if tok.i > stop_at:
            break
        low = tok.lower_
        want = "m" if low in MASCULINE else "f"  # (else in FEMININE)
        if tok.text[0].isupper() and tok.i > 0 and not tok.is_sent_start and not _opens_sentence(tok):
            continue  # "He" inside a name or title, not a pronoun
        if _unnamed_relative(tok, want):
            continue  # "the vote of a man who said he ...": that man, not anyone named
        bar = barred.get(tok.i) if barred else None
        named = _cataphor(tok)
        ahead = named_at.get(named.i) if named is not None else None
        if ahead is not None and ahead != bar and gender.get(ahead) == want \
                and not _fits_before_in_sentence(doc, tok, ahead, want, gender, ments, ment_starts):
            # "Although she was ill, Jane Doe ...": the name after it
            _link(tok, ahead, "pron_cataphora", added, ments, ment_starts)
            continue
        p = para_of(tok.idx)
        q = _previous_paragraph(text, paragraphs, p)
        lo = paragraphs[q][0] if q is not None else 0
        hi = bisect.bisect_left(ment_starts, tok.idx)

        def fitting(start: int) -> list[tuple[int, Token, str]]:
            """The mentions from char `start` up to the pronoun of a person who may be of its gender."""
            return [m for m in ments[bisect.bisect_left(ment_starts, start):hi]
                    if gender.get(m[2]) in (None, want) and m[1].i != tok.i]

        scope = fitting(lo)
        carried = turns = False
        if not scope and q is not None and transcript is None:
            transcript = _is_transcript(text, paragraphs)
        if not scope and q is not None and transcript:
            # a transcript's short turns ("Okay." "Yes, sir.") do not end the story a "he"
            # continues: the one person in the turns before that hold enough words
            scope = fitting(paragraphs[_turns_back(text, paragraphs, q)][0])
            if len({m[2] for m in scope}) > 1:
                continue  # several people there: no guess
            turns = True
        if not scope and q is not None and _continues(text, paragraphs[q], want):
            # a paragraph that only says "he" carries the person named before it
            r = _previous_paragraph(text, paragraphs, q)
            lo2 = paragraphs[r][0] if r is not None else 0
            scope = [m for m in ments[bisect.bisect_left(ment_starts, lo2):hi] if gender.get(m[2]) in (None, want)]
            if len({m[2] for m in scope}) != 1:
                continue
            carried = True
        topic = False
        if not scope and protagonist is not None and gender.get(protagonist) == want:
            # the person the text is about, referred to last among those who fit, not long before
            last = next((m for m in reversed(ments[:hi]) if gender.get(m[2]) in (None, want)), None)
            if last is not None and last[2] == protagonist and p - para_of(last[0]) <= _PROTAGONIST_REACH:
                scope, topic = [last], True
        if low in _OBJECT and tok.dep_ != "poss":
            # "Ruiz thanked him": not the subject of the same verb, nor a name set beside that
            # subject ("his father, John Doe, sent him")
            scope = [m for m in scope if not ((subj := _subject_or_beside(doc, m[1].i)) is not None
                                                and table(doc).heads[subj] == tok.head.i)]
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in _NOT_PLACE_PREPS else tok.head
            if low in _HIM_HER and (tok.dep_ in _VERB_OBJECT_DEPS or verb.i != tok.head.i) \
                    and verb.pos_ in ("VERB", "AUX") and not _may_own(tok):
                # nor any other mention of that subject's person ("Jane Doe spoke first. Doe praised
                # her", "... Doe wrote to her"): a "him"/"her" object of a verb, or of a preposition
                # that does not say where it is, is never the person its subject is (binding)
                gather(tok.idx)
                bound = subject_keys.get(verb.i, ())
                scope = [m for m in scope if m[2] not in bound]
        beside = _set_beside(tok) if tok.dep_ == "poss" else None
        if beside is not None:
            # "Jane Doe, her sister, ...": not the name the pronoun's own phrase is set beside
            scope = [m for m in scope if m[1].i != beside.i]
        if tok.dep_ in _SUBJECT_DEPS:
            # "Placed in the care of Dr. Roe, he ...": the pronoun is the unstated subject of the
            # phrase before it, so no one named inside that phrase
            if phrases := _fronted_phrases(tok):
                scope = [m for m in scope if not _in_fronted_phrase(m[1].i, phrases)]
            if low in _HE_SHE and (span := _quote_just_before(text, tok.idx)) is not None:
                # '"Jane Doe will win," he said' / '"..." He continued': the "he" right after a
                # quote is its speaker or goes on from them, never someone the quote names
                scope = [m for m in scope if not span[0] < m[0] < span[1]]
        if bar is not None:
            scope = [m for m in scope if m[2] != bar]
        if not scope:
            continue
        name_scope = [(s, name_end.get(s, t.idx + len(t.text)), k, t) for s, t, k in scope if t.i < tok.i]
        key = _coordinated_owner(tok, name_scope)
        rule = "pron_coordinated"
        sure = key is not None
        if key is None and tok.dep_ == "poss" and (obj := _object_before(tok, want)) is not None:
            # "Jane Doe thanked her for her help": the object's, not the subject's - the object's
            # person when that "her" is linked, else no one (rule pron_object_owner)
            key = next((k for _, t, k in scope if t.i == obj.i), None)
            if key is None:
                continue
            rule, sure = "pron_object_owner", False
        if key is None and tok.dep_ == "poss" and (owner := _phrase_owner(tok)) is not None:
            # "Jane Doe's plan to sell her house": the owner of the noun whose phrase it is in
            k = _key_at(owner, ments, ment_starts)
            rival = _bound_subject(tok, _own_subject(tok), ments, ment_starts) if _of_the_owned(tok, owner) else None
            if k is not None and gender.get(k) == want and all(
                    m[2] == k for m in ments[bisect.bisect_right(ment_starts, owner.idx):hi]) \
                    and (not rival or rival == k or gender.get(rival) != want):
                # (nor, in the owned noun's complement, when the clause's subject is someone else of
                # that gender: "John Roe disputed Tom Berg's account of his remarks" is Roe's)
                # (no one else named between: "Jane Doe's feud with Mary Roe over her pay" may be Roe's)
                key, rule, sure = k, "pron_phrase_owner", True
        if key is None and (low in ("himself", "herself") or tok.dep_ == "poss"):
            subject = _own_subject(tok)
            bound = _bound_subject(tok, subject, ments, ment_starts)
            owned = bound == ""
            if owned:
                bound = _other_gender_owner(subject, want, ments, ment_starts)
                if bound is None:
                    if left is not None:
                        # the noun _bound_subject found (the subject, or the one a "who" clause
                        # is about): it may be a description
                        left.append((tok, _about(subject), want))
                    continue  # "the man lost his wallet": someone unnamed
            if bound is not None and gender.get(bound) in (None, want):
                key, rule = bound, "pron_subject_owner" if owned else "pron_subject"
                sure = owned  # sure only once the link is made (a refused one teaches nothing)
        if key is None and low in ("himself", "herself"):
            key = next((k for _, t, k in reversed(scope) if t.dep_ in _SUBJECT_DEPS and t.head.i == tok.head.i), None)
            sure = key is not None
            rule = "pron_reflexive"
        if key is None and tok.dep_ in _SUBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX"):
            # "Tom Berg praised John Roe, who said he would resign": the one the relative clause is about
            about = _relative_antecedent(tok)
            k = named_at.get(about.i) if about is not None else None
            if k is not None and gender.get(k) in (None, want) and k in {m[2] for m in scope} and not any(
                    about.i < m[1].i < tok.i and m[2] != k for m in scope):
                # (no one else who may fit named inside the clause first: "John Roe, who worked for
                # Tom Berg before he left": Berg may be the one who left)
                key, rule, sure = k, "pron_relative", True
        if key is None and (tok.dep_ in _SUBJECT_DEPS and low in _HE_SHE or low in _HIS_HER and tok.dep_ == "poss"):
            # "Jane Doe resigned after she lost the vote": the main clause's subject
            key = _adverbial_subject(tok, scope)
            rule, sure = "pron_adverbial", key is not None and gender.get(key) == want
        if key is None:
            key = _clause_pick(name_scope, tok)
            rule = "pron_clause"
        if key is None:
            if any(gender.get(k) == want for _, _, k in scope):
                # beside someone known to fit, a person named once, neither described nor referred
                # to since, whose gender the text never showed is no candidate ("Mr. Doe ... He hired
                # staff. The board met Lee Roe. He said ..."), unless they are the subject just
                # named, in any clause of the sentence or the one before ("Lee Roe took the job. Then
                # he left.", "When Lee Roe arrived, he ...")
                here = sent_of(tok.i)
                just = {k for _, t, k in scope if here - sent_of(t.i) <= 1 and t.dep_ in _SUBJECT_DEPS}
                scope = [m for m in scope if gender.get(m[2]) is not None or named_times[m[2]] > 1
                         or added.get(m[2]) or m[2] in just]
            key = _score_pick(scope, tok, want, gender, sent_of, para_of, protagonist)
            rule = ("pron_carried" if carried else "pron_turns" if turns else "pron_protagonist" if topic
                    else "pron_salience")
            if key == protagonist and opener:
                rule += "_opener"  # the protagonist is the person the text opens with
        if key is None or key == bar:
            continue
        if rule in _UNBOUND_RULES or rule.startswith("pron_salience"):
            last = max((t.i for _, t, k in scope if k == key and t.i < tok.i), default=-1)
            gather(tok.idx)
            if _unnamed_between(tok, last, want, named_before, key, described, roles, recalled, unnamed):
                if tok.lower_ in _HE_SHE:
                    unnamed[tok.i] = want
                continue  # "a designer watched from her home": someone unnamed, closer than the name
        keys = {k for _, _, k in scope}
        if rule == "pron_salience" and gender.get(key) is None and len(keys) == 1 \
                and all(para_of(m[0]) != p for m in scope) \
                and (tok.dep_ not in _SUBJECT_DEPS or _in_quote(text, tok.idx)):
            # the one person in reach, of unknown gender and named only in the paragraph before:
            # a guess for a "he" that opens a new account of them, not for a "his"/"him"
            # (someone else's), nor for a "he" inside a quote (the speaker speaks of someone)
            continue
        sure = sure or len(keys) == 1 or _says_of_self(tok, key, name_scope)
        if gender.get(key) is None:
            guessed[key][want] += 1
            if sure or guessed[key][want] >= _GUESSES_TEACH and not guessed[key][_OTHER[want]]:
                gender[key] = want  # learnt from unambiguous evidence, or from several guesses that agree
        _link(tok, key, rule, added, ments, ment_starts)


# how far back a quote right before a pronoun is looked for its opening mark
_QUOTE_REACH = 3000


def _quote_just_before(text: str, at: int) -> tuple[int, int] | None:
    """The (open, close) char offsets of the quote whose closing mark comes
    right before offset `at` (only spaces between, same paragraph), or None.
    Looks back at most `_QUOTE_REACH` characters for the opening mark."""
    i = at
    while i > 0 and text[i - 1] in " \t\xa0":
        i -= 1
    if i == 0 or text[i - 1] not in "”\"":
        return None
    close = i - 1
    if text[close] == '"' and (close == 0 or text[close - 1] not in ",.?!-—…'’"):
        return None  # a straight mark closes a quote after its last punctuation ('win," he')
    reach = max(close - _QUOTE_REACH, 0)
    lo = max(text.rfind("\n\n", reach, close) + 1, reach)  # (bounded: one pronoun, one window)
    opener = text.rfind("“" if text[close] == "”" else '"', lo, close)
    return (opener, close) if opener >= 0 else None


# The rules that choose among the people in reach by salience, not by the syntax
# that binds the pronoun: an unnamed person nearer than their choice blocks them.
_UNBOUND_RULES = frozenset({"pron_clause", "pron_carried", "pron_turns", "pron_protagonist"})
# Words among the quote stage's heads of unnamed sources that count people, not say who they are.
_COUNTING_WORDS = frozenset({
    "number", "percent", "half", "third", "quarter", "plurality", "most", "many", "few", "several", "some", "all",
    "both", "each", "either", "%", "neither", "none", "one", "two", "three", "four", "five", "dozen", "dozens",
    "hundreds", "thousands", "majority", "minority", "public", "audience", "crowd", "family", "team", "camp",
    "side", "panel", "jury", "delegation", "people", "everybody",
})


def _person_word(t: Token) -> bool:
    """A noun for a person: in `_PERSON_NOUNS` or the quote stage's nouns for
    unnamed sources (not the words that count them: "one", "a number"), or
    an agent noun ("designer", "pianist") that a "who" clause follows, that
    works "for" or "at" someone ("a designer for Acme", "for the council") or that says
    something ("a designer said")."""
    lemma = t.lemma_.lower()
    if lemma in _COUNTING_WORDS:
        return False
    if lemma in _PERSON_NOUNS or lemma in _PEOPLE_HEADS:
        return True
    if len(lemma) <= 4 or not lemma.endswith(AGENT_ENDINGS):
        return False
    cols, kids, i = table(t.doc), children(t.doc), t.i
    deps, lowers = cols.deps, cols.lowers
    return deps[i] in _SUBJECT_DEPS and cols.lemmas[cols.heads[i]] in SPEECH_VERBS or any(
        deps[c] == "relcl" and any(lowers[w] == "who" for w in kids[c])
        or deps[c] == "prep" and lowers[c] in ("for", "at") and any(cols.pos[o] in ("PROPN", "NOUN") for o in kids[c])
        for c in kids[i])


def _indefinite(doc: Doc, i: int) -> bool:
    """A noun (token `i`) brought in as someone new: "a", "an", "one" or "another" before it."""
    cols = table(doc)  # (from the columns: a Token per child costs more than the test)
    return any(cols.deps[c] in ("det", "nummod") and c < i and cols.lowers[c] in INDEFINITE_DETS
               for c in children(doc)[i])


def _someone_new(t: Token, person=_person_word) -> bool:
    """"a designer", "one official", "one of the nurses": the subject `t` brings in
    a person the text has not named - a singular noun for a person (`person`,
    `_person_word` unless told) with "a", "one", "another", or "one" of a
    plural one, no name beside it ("A Texas voter, Jane Doe, ...", "a Doe
    campaign source")."""
    if t.lower_ == "one" and t.pos_ == "NUM":
        counted = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj"]
        if not counted or not person(counted[0]):
            return False  # "One of the selfies", "One is the momentum"
    elif t.pos_ != "NOUN" or t.tag_ != "NN" or not _indefinite(t.doc, t.i) or not person(t):
        return False
    if any(c.pos_ == "PROPN" for c in t.subtree if c.i < t.i or c.dep_ == "appos"):
        return False
    # "A self-described ''geeky kid,'' Mr. Doe changed his name": set beside the name after it
    after = [w for w in t.doc[t.right_edge.i + 1 : t.right_edge.i + 5] if not w.is_quote]
    return not (len(after) > 1 and after[0].text == "," and after[1].pos_ == "PROPN")


def _recalled_newcomers(doc: Doc, para_of) -> set[int]:
    """The tokens of "the <noun>" that recall someone new brought in with that
    noun in the same paragraph or the one before ("A designer watched the
    meeting. ... The designer said"): no name in the phrase, the noun said
    earlier as someone new (`_someone_new`), and a noun for a person
    (`_person_word`) there or here - an agent noun ("designer") is one when
    either mention shows it ("a designer for the council", "the designer
    said")."""
    brought: dict[str, list[tuple[int, bool]]] = defaultdict(list)  # lemma -> (paragraph, shown a person)
    recalled: set[int] = set()
    cols = table(doc)
    persons: dict[int, bool] = {}

    def person(u: Token) -> bool:
        """`_person_word`, worked out once a token (asked up to twice of a noun)."""
        if u.i not in persons:
            persons[u.i] = _person_word(u)
        return persons[u.i]

    kids, deps, lowers, heads = children(doc), cols.deps, cols.lowers, cols.heads
    # only a noun with "the", "a", "one" or "another" among its children can pass either
    # test below: those words' heads, in text order, rather than a look at every noun
    dets = {heads[j] for word in ("the", *INDEFINITE_DETS) for j in positions_of(doc, word) if heads[j] != j}
    for i in sorted(dets):
        if cols.tags[i] != "NN" or cols.pos[i] != "NOUN":
            continue
        # (the columns first: a Token only for a noun after "the" said before, or
        # after "a"/"one"/"another", which `_someone_new` asks first of a noun)
        lemma = cols.lemmas[i].lower()
        if any(deps[c] == "det" and lowers[c] == "the" for c in kids[i]):
            if lemma in brought and not any(c.pos_ == "PROPN" for c in doc[i].subtree if c.i != i) and any(
                    0 <= para_of(cols.starts[i]) - q <= 1 and (shown or person(doc[i])) for q, shown in brought[lemma]):
                recalled.add(i)
        elif _indefinite(doc, i) and _someone_new(doc[i], lambda u: person(u) or _agent_noun(u)):
            brought[lemma].append((para_of(cols.starts[i]), person(doc[i])))
    return recalled


def _agent_noun(t: Token) -> bool:
    """An agent noun ("designer") not shown to be for a person (`_person_word`):
    with it, a noun that may be for a person."""
    lemma = t.lemma_.lower()
    return len(lemma) > 4 and lemma.endswith(AGENT_ENDINGS) and lemma not in _COUNTING_WORDS


def _unnamed_between(pronoun: Token, after: int, want: str, named: dict[int, str], key: str,
                     described: set[tuple[int, int]], roles: set[str],
                     recalled: set[int] = frozenset(), unnamed: dict[int, str] | None = None) -> bool:
    """Is the subject nearest before `pronoun`, after token `after` (the chosen
    person's last mention) and in the pronoun's sentence or the one before,
    someone new (`_someone_new`: "a designer watched from her home") of no
    other gender than `want`? Only the subject of a main clause counts, or of
    a clause on its own ("after a woman broke through"), and not in a
    sentence that names `key` too ("when a reporter asked Jane Doe if she
    ..."), nor of "be" ("a one-eyed man is king": a saying); not when it is
    a description of a named actor (`described`), nor a role a named person
    has (`roles`: "a president" where President Doe is named), nor when the pronoun is in a quote and it is not ('"She
    wants more," one employee said'), nor when the pronoun is in what it
    says (a speech verb's clause: "a former aide said she had demanded"),
    nor the subject of the pronoun's own verb for "him", "her" ("a nurse
    thanked her"). `named` maps token indices of the people's mentions (names
    and linked pronouns) to their keys. Someone new may also be a "the <noun>"
    of `recalled` (`_recalled_newcomers`), or a "he"/"she" of `unnamed` (token
    -> gender) left unlinked so before - then also when it says the pronoun's
    clause ("He said he ..."); a pronoun blocked without them stays blocked."""
    doc = pronoun.doc
    first = sentence_start(doc, pronoun.i)
    lo = max(after + 1, first if first == 0 else sentence_start(doc, first - 1))
    deps = table(doc).deps
    subjects = [t for t in (doc[k] for k in range(lo, pronoun.i) if deps[k] in _SUBJECT_DEPS)
                if not t.left_edge.i <= pronoun.i <= t.right_edge.i]
    if (recalled or unnamed) and _newcomer_among(subjects, pronoun, want, named, key, described, roles,
                                                 frozenset(), {}):
        return True  # never less than without them
    return _newcomer_among(subjects, pronoun, want, named, key, described, roles, recalled, unnamed or {})


def _newcomer_among(subjects: list[Token], pronoun: Token, want: str, named: dict[int, str], key: str,
                    described: set[tuple[int, int]], roles: set[str], recalled: set[int],
                    unnamed: dict[int, str]) -> bool:
    """`_unnamed_between` for one choice of `recalled` and `unnamed`, on the
    `subjects` between the person's last mention and `pronoun`."""
    # the nearest subject that may be a person: a name, a linked pronoun, or a noun for a person
    t = next((t for t in reversed(subjects) if t.i in named or t.i in unnamed or t.i in recalled
              or t.pos_ == "PROPN" or t.lower_ == "one" or t.pos_ == "NOUN" and _person_word(t)), None)
    if t is None or t.i in named or unnamed.get(t.i, want) != want \
            or not (t.i in unnamed or t.i in recalled or _someone_new(t)):
        return False
    lemma = t.lemma_.lower()
    if GENDERED_NOUNS.get(lemma) not in (None, want) or lemma in roles:
        return False
    verb = t.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in ("ROOT", "advcl") or t.head.lemma_ == "be" or any(
            k == key and sentence_start(t.doc, t.i) <= i < sentence_end(t.doc, t.i) for i, k in named.items()):
        return False
    if pronoun.lower_ in _OBJECT and pronoun.dep_ != "poss" and getattr(_own_subject(pronoun), "i", -1) == t.i:
        return False
    if any(s <= t.idx < e for s, e in described):
        return False
    if _quoted(pronoun) and not _quoted(t):
        return False
    if t.head.lemma_ in SPEECH_VERBS and t.head.is_ancestor(pronoun) and t.i not in unnamed:
        return False  # (but "He said he ..." after someone unnamed: the same one)
    return True


def _quoted(tok: Token) -> bool:
    """Is `tok` inside quotation marks opened earlier in its paragraph?"""
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n\n" not in doc[start - 1].text_with_ws:
        start -= 1
    before = doc[start:tok.i].text
    return _in_quote(before + " ", len(before))


# Tokens after which a capitalised "He" still starts a sentence spaCy ran on
# ("... in 1990. [3] He died ...", "(1990) He ...").
_SENTENCE_OPENERS = frozenset({".", "!", "?", "]", ")", ":", ";", '"', "“", "”", "'", "’"})


def _fronted_phrases(subject: Token) -> list[tuple[int, int, bool]]:
    """(first, last token index, has no subject of its own) of each clause that
    modifies the verb of `subject` and ends before it ("Placed in the care of
    Dr. Roe, he ...", "After meeting Jane Doe, she ..."), in order. The unstated
    subject of such a clause is `subject`, so a person named inside it is
    someone else (`_in_fronted_phrase`)."""
    return [
        (c.left_edge.i, c.right_edge.i, not any(g.dep_ in _SUBJECT_DEPS for g in c.children))
        for c in subject.head.children if c.dep_ == "advcl" and c.right_edge.i < subject.i
    ]


def _in_fronted_phrase(i: int, phrases: list[tuple[int, int, bool]]) -> bool:
    """Is token `i` inside the first of the `_fronted_phrases` that holds it,
    one without a subject of its own?"""
    return next((bare for first, last, bare in phrases if first <= i <= last), False)


def _set_beside(pronoun: Token) -> Token | None:
    """The word the phrase of a possessive is in apposition to ("Jane Doe,
    her sister,": "Doe"), or None - also when the phrase is joined to the
    apposition by "and" ("Jane Doe, a professor, and her staff": a parse that
    hangs the staff on the professor)."""
    cols = table(pronoun.doc)  # (up the heads by index)
    deps, heads = cols.deps, cols.heads
    node = pronoun.i
    while heads[node] != node:
        if deps[node] == "conj" or deps[node] in _CLAUSE_DEPS:
            return None  # joined by "and", or inside a clause of its own ("Jane Doe, the woman who lost her keys")
        if deps[node] == "appos":
            return pronoun.doc[heads[node]]
        node = heads[node]
    return None


# The roles of a noun that say what someone named is ("Doe is a man who ...", "Doe, a man
# who ...", "cast as a man who ..."), not bring in someone new.
_PREDICATE_DEPS = frozenset({"attr", "oprd", "appos", "acomp"})


def _unnamed_relative(pronoun: Token, want: str) -> bool:
    """Is `pronoun` a "he"/"she" that is the subject of what a "who" clause on
    a noun for someone unnamed reports ("the vote of a man who said he had
    ...", "a nurse who felt she was ignored"), and so that person, not anyone
    named? The clause's subject is "who" (or "that"); the noun is singular,
    for a person (`_person_word`), with "a", "an", "one" or "another", no
    name in or beside it ("a Doe campaign aide"), of no other gender than
    `want`, and not a predicate (`_PREDICATE_DEPS`, also through "and": "Doe
    is a lawyer and a man who said he ..."; "as a man who ...")."""
    if pronoun.lower_ not in _HE_SHE or pronoun.dep_ not in _SUBJECT_DEPS or pronoun.head.dep_ != "ccomp":
        return False
    verb = pronoun.head.head
    if verb.dep_ != "relcl" or not any(c.dep_ in _SUBJECT_DEPS and c.lower_ in ("who", "that") and c.i < verb.i
                                       for c in verb.children):
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not _indefinite(noun.doc, noun.i) or not _person_word(noun):
        return False
    if any(c.pos_ == "PROPN" for c in noun.subtree if c.i < noun.i) or any(c.dep_ == "appos" for c in noun.children):
        return False
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ in _PREDICATE_DEPS or top.dep_ == "pobj" and top.head.lower_ == "as":
        return False
    return GENDERED_NOUNS.get(noun.lemma_.lower()) in (None, want)


def _object_before(pronoun: Token, want: str) -> Token | None:
    """The "him"/"her" of `want`'s gender that is the object of the verb of the
    possessive's own clause, after that clause's subject and before the
    possessive ("Jane Doe thanked her for her help": the second "her"), else
    None."""
    doc = pronoun.doc
    cols, kids = table(doc), children(doc)  # (up the heads by index: a Token for an object only)
    deps, heads, lowers = cols.deps, cols.heads, cols.lowers
    node = pronoun.i
    while heads[node] != node:
        if deps[node] in _CLAUSE_DEPS:
            return None
        node = heads[node]
        subject = next((c for c in kids[node] if deps[c] in _SUBJECT_DEPS), None)
        if subject is not None:
            return next((doc[c] for c in kids[node] if deps[c] in _VERB_OBJECT_DEPS and lowers[c] in _HIM_HER
                         and (lowers[c] in MASCULINE) == (want == "m") and subject < c < pronoun.i
                         and not _may_own(doc[c])), None)
    return None


def _subject_verb(t: Token) -> int | None:
    """The token index of the verb whose subject the mention token `t` (a
    name, or a pronoun already linked) is: the subject itself or a name set
    beside it ("his father, John Doe, sent him"); None for any other."""
    doc = t.doc
    subj = _subject_or_beside(doc, t.i)
    if subj is None or any(table(doc).deps[c] == "case" for c in children(doc)[subj]):
        return None  # (not a possessor parsed as the subject: "Jane Doe's record gives her ...")
    return table(doc).heads[subj]


def _may_own(pronoun: Token) -> bool:
    """Is the "her" parsed as an object perhaps a possessive ("she keeps her
    cool", "tweeted her thanks"): a noun, adjective or number right after it?"""
    nxt = pronoun.nbor(1) if pronoun.i + 1 < len(pronoun.doc) else None
    return pronoun.lower_ == "her" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def _subject_or_beside(doc: Doc, i: int) -> int | None:
    """The subject token `i` is, or the subject it is in apposition to ("his
    father, John Doe, ..."): that subject's index, else None. (From the
    columns: asked of every mention before a pronoun.)"""
    cols = table(doc)
    if cols.deps[i] in _SUBJECT_DEPS:
        return i
    if cols.deps[i] == "appos" and cols.deps[cols.heads[i]] in _SUBJECT_DEPS:
        return cols.heads[i]
    return None


def _cataphor(pronoun: Token) -> Token | None:
    """"Although she was ill, Jane Doe ...", "In his memoir, John Roe
    writes": a pronoun inside a clause or phrase that opens its sentence,
    before the main clause's subject, refers ahead to that subject when it
    is a name: that subject's token, else None."""
    # (by index, from the columns: asked of every pronoun, mostly with no subject after it)
    doc, i = pronoun.doc, pronoun.i
    start, end = sentence_start(doc, i), sentence_end(doc, i)
    root = span_root(doc, start, end)
    subject = _main_subject_at(doc, root)
    cols = table(doc)
    if subject is None or subject < i or cols.pos[subject] != "PROPN":
        return None
    heads = cols.heads
    branch = i
    while heads[branch] != root and heads[branch] != branch:
        branch = heads[branch]
    if branch == root or cols.deps[branch] not in ("advcl", "prep") \
            or doc[branch].right_edge.i >= doc[subject].left_edge.i:
        return None
    return doc[subject]


# how far back in its sentence a cataphor's rivals are looked for (characters)
_CATAPHOR_REACH = 600


def _fits_before_in_sentence(doc: Doc, pronoun: Token, ahead: str, want: str, gender: dict[str, str | None],
                             ments: list, ment_starts: list[int]) -> bool:
    """Whether someone else who may be of the pronoun's gender is referred to
    in its sentence before it, at most `_CATAPHOR_REACH` characters back ("As
    Jane Roe defended her record, Mary Doe ..."): the pronoun may then go back
    to them, so it is no cataphor of the main clause's subject (guard of
    `pron_cataphora`). So does an unnamed person, a singular noun for a
    person, that is a subject there ("While the judge gave his verdict, Doe
    ...")."""
    lo = max(doc[sentence_start(doc, pronoun.i)].idx, pronoun.idx - _CATAPHOR_REACH)
    # not a name that only modifies a noun ("in the Acme release announcing his role"), nor
    # the owner of the noun a "him"/"her" object hangs on ("Doe's remarks about him" are not
    # about Doe)
    owners = {t.i for a in pronoun.ancestors for t in a.children if t.dep_ == "poss"} \
        if pronoun.lower_ in _HIM_HER and pronoun.dep_ != "poss" else set()
    if any(k != ahead and gender.get(k) in (None, want) and t.dep_ != "compound" and t.i not in owners
           for _, t, k in ments[bisect.bisect_left(ment_starts, lo):bisect.bisect_left(ment_starts, pronoun.idx)]):
        return True
    # an unnamed person the clause makes its subject ("As the clerk set out his notes, Doe ...")
    first = max(sentence_start(doc, pronoun.i), pronoun.i - _CATAPHOR_REACH // 4)
    return any(t.idx >= lo and t.pos_ == "NOUN" and t.dep_ in _SUBJECT_DEPS and t.tag_ == "NN" and _person_word(t)
               for t in doc[first:pronoun.i])


# The words that open an adverbial clause whose subject continues the main clause's subject
# ("Jane Doe resigned after she lost the vote"); not "so that", "than", "that".
_ADVERBIAL_MARKS = frozenset({
    "after", "before", "when", "whenever", "because", "while", "until", "till", "since", "once", "as",
    "although", "though", "if", "unless",
})


def _adverbial_subject(pronoun: Token, scope: list[tuple[int, Token, str]]) -> str | None:
    """"Jane Doe resigned after she lost the vote", "John Roe was fined
    because his car ...": a "he"/"she" that is the subject of an adverbial
    clause (opened by "after", "when", "because", ...), or a "his"/"her" that
    owns that subject, goes with the subject of the clause the adverbial one
    belongs to, when that subject comes first and is a name in `scope`, and
    nothing between them may be someone else: no other person in scope, no
    name or noun for a person, no other "he"/"she" ("Jane Doe thanked Ann Roe
    when she left", "... hugged a nurse before she left"). The key, else None."""
    node = pronoun.head if pronoun.dep_ == "poss" else pronoun
    clause = node.head
    if node.dep_ not in _SUBJECT_DEPS or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS and c.i < node.i for c in clause.children):
        return None
    main = clause.head
    subject = next((c for c in main.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None and main.dep_ == "conj":
        subject = next((c for c in main.head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.right_edge.i >= pronoun.i:
        return None
    # the subject's name, or the name set beside it ("the researcher, Jane Doe, ...")
    keys = {k for _, t, k in scope if t.i == subject.i or t.dep_ == "appos" and t.head.i == subject.i}
    if len(keys) != 1:
        return None
    key = next(iter(keys))
    if any(subject.right_edge.i < t.i < pronoun.i and k != key for _, t, k in scope):
        return None
    own = {t.i for _, t, k in scope if k == key}
    for t in pronoun.doc[subject.right_edge.i + 1 : pronoun.i]:
        if t.i in own:
            continue
        if t.ent_type_ == "PERSON" or t.lower_ in _GENDERED \
                or t.pos_ == "NOUN" and t.lemma_.lower() in _PERSON_NOUNS:
            return None
    return key


def _opens_sentence(tok: Token) -> bool:
    prev = tok.nbor(-1)
    return prev.is_space or prev.like_num or prev.text in _SENTENCE_OPENERS


def _bound_subject(pronoun: Token, subject: Token | None, ments: list, ment_starts: list[int]) -> str | None:
    """A possessive or reflexive ("his", "herself") belongs with the subject of
    its clause (`subject`, `_own_subject`) when that subject comes before it
    ("Jane Doe lost her keys", "the winner, Jane Doe, kept her title"): the
    key of the person the subject is a mention of, "" when the subject is a
    noun for an unnamed person ("the man lost his wallet": not anyone named),
    None when the clause has no such subject or the pronoun is inside it
    ("her father was a judge")."""
    if subject is None or subject.i > pronoun.i or subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
        return None
    subject = _about(subject)
    if (key := _key_at(subject, ments, ment_starts)) is not None:
        return key
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in _PERSON_NOUNS:
        return ""
    if subject.dep_ in _SUBJECT_DEPS and _someone_new(subject):
        return ""  # "a designer rolled her eyes" (not "her mentor ... her", "fans ... his", "the surgeon ... his")
    return None


def _about(subject: Token) -> Token:
    """The one a clause's subject stands for: "Jane Doe, who lost her keys"
    is about Jane Doe; any other subject is itself."""
    if subject.tag_ == "WP" and subject.head.dep_ == "relcl" and subject.head.head.i < subject.i:
        return subject.head.head
    return subject


def _described_owners(doc: Doc, drafts: list[ActorDraft], owned: list[tuple[Token, Token, str]],
                      gender: dict[str, str | None], added: dict[str, list[Mention]]) -> None:
    """A possessive or reflexive left to the noun for a person that is the
    subject of its clause ("the senator raised money for his campaign") is
    that person's when the noun heads a description linked to a named person
    (`describe`, `_nominals`: "the senator" of Senator Jane Doe; "Jane Doe,
    a candidate who made her name ..."): rule `pron_described_subject`. A
    noun of the other gender, or a person of the other gender, is none; nor
    when another person is referred to between the noun and the pronoun
    ("a friend of Jane Doe's who was her aide"; a name that only modifies
    a noun, "an adviser in the Doe White House", is no one referred to)."""
    if not owned:
        return
    people = {d.key for d in drafts if d.type == "PERSON"}
    heads: dict[int, str | None] = {}  # head token of a description -> its person (None: several)
    found = [(k, m) for k, ms in added.items() for m in ms] + [(d.key, m) for d in drafts for m in d.mentions]
    taken = {m.start for _, m in found}
    found = sorted(((m.start, k, m) for k, m in found if k in people), key=lambda f: f[:2])
    starts = [s for s, _, _ in found]
    for _, key, m in found:
        if m.kind != "nominal":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            heads[span.root.i] = key if heads.get(span.root.i, key) == key else None
    for tok, noun, want in owned:
        key = heads.get(noun.i)
        if key is None or tok.idx in taken or gender.get(key) not in (None, want) \
                or GENDERED_NOUNS.get(noun.lemma_.lower()) not in (None, want):
            continue
        between = found[bisect.bisect_right(starts, noun.idx):bisect.bisect_left(starts, tok.idx)]
        if any(k != key and not _modifier(doc, m) for _, k, m in between):
            continue  # "the judge would treat him unfairly because of his plans": someone else named first
        added[key].append(_pronoun(tok, "pron_described_subject"))


def _modifier(doc: Doc, m: Mention) -> bool:
    """Is mention `m` a name that only modifies another noun ("the Doe White House")?"""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "compound"


def _own_subject(pronoun: Token) -> Token | None:
    """The subject of the pronoun's own clause: that of the nearest word above
    it that has one, without passing out of a clause of its own (`_CLAUSE_DEPS`),
    else None."""
    doc = pronoun.doc
    cols, kids = table(doc), children(doc)  # (up the heads by index: a Token for the subject only)
    deps, heads = cols.deps, cols.heads
    node = pronoun.i
    while heads[node] != node:
        if deps[node] in _CLAUSE_DEPS:
            return None  # only the pronoun's own clause: not the subject of the clause around it
        node = heads[node]
        subject = next((c for c in kids[node] if deps[c] in _SUBJECT_DEPS), None)
        if subject is not None:
            return doc[subject]
    return None


def _other_gender_owner(subject: Token | None, want: str, ments: list, ment_starts: list[int]) -> str | None:
    """"His mother interfered with his studies": a possessive whose clause's
    `subject` (`_own_subject`) is a noun for someone of the other gender
    ("mother", "father") is not that person's but the one the subject
    belongs to - the key of the person its possessor ("His", "Tom's") is a
    mention of, else None. (Asked only when `_bound_subject` found a noun
    for an unnamed person.)"""
    if subject is None or GENDERED_NOUNS.get(subject.lower_) != _OTHER[want]:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    return _key_at(owner, ments, ment_starts)


def _pronoun(tok: Token, rule: str) -> Mention:
    """The pronoun `tok` as a mention that `rule` linked."""
    return Mention(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun", rule)


def _link(tok: Token, key: str, rule: str, added: dict[str, list[Mention]], ments: list, ment_starts: list[int]) -> None:
    """Record the pronoun `tok` as a mention of `key`, and as a mention later
    pronouns can continue."""
    added[key].append(_pronoun(tok, rule))
    i = bisect.bisect_left(ment_starts, tok.idx)
    ments.insert(i, (tok.idx, tok, key))
    ment_starts.insert(i, tok.idx)


def _key_at(tok: Token, ments: list, ment_starts: list[int]) -> str | None:
    """The key of the mention among `ments` whose head is `tok`, else None. A
    mention starts at the first word of `tok`'s phrase at the earliest ("John
    Carter's mother": at "John") and at `tok` at the latest."""
    i = bisect.bisect_left(ment_starts, tok.left_edge.idx)
    while i < len(ments) and ments[i][0] <= tok.idx:
        if ments[i][1].i == tok.i:
            return ments[i][2]
        i += 1
    return None


def _is_heading(text: str, span: tuple[int, int]) -> bool:
    """A short paragraph that is not a sentence ("Early life"): a section
    heading, which does not interrupt the story a pronoun continues."""
    body = text[span[0]:span[1]].strip()
    return 0 < len(body) <= 60 and body[-1] not in ".!?:;\"”’'"


def _previous_paragraph(text: str, paragraphs, p: int) -> int | None:
    """Index of the paragraph before `p`, passing over headings (None at the start)."""
    q = p - 1
    while q >= 0 and _is_heading(text, paragraphs[q]):
        q -= 1
    return q if q >= 0 else None


# A transcript (a hearing, a podcast, an interview): at least this many
# paragraphs, and at least this share of them short turns of fewer than
# _SHORT_TURN words. There a pronoun with no one in reach looks back over the
# turns before it until they hold _TURNS_REACH words.
_TRANSCRIPT_MIN_PARAGRAPHS, _TRANSCRIPT_SHORT_SHARE, _SHORT_TURN, _TURNS_REACH = 12, 0.3, 8, 40


def _is_transcript(text: str, paragraphs) -> bool:
    """Many paragraphs, a good share of them short replies ("Okay.", "Yes, sir.")."""
    body = [p for p in paragraphs if not _is_heading(text, p)]
    short = sum(len(text[a:b].split()) < _SHORT_TURN for a, b in body)
    return len(body) >= _TRANSCRIPT_MIN_PARAGRAPHS and short >= _TRANSCRIPT_SHORT_SHARE * len(body)


def _turns_back(text: str, paragraphs, q: int) -> int:
    """The earliest of the paragraphs from `q` back (headings passed over)
    that together hold _TURNS_REACH words."""
    words = len(text[paragraphs[q][0]:paragraphs[q][1]].split())
    while words < _TURNS_REACH:
        r = _previous_paragraph(text, paragraphs, q)
        if r is None:
            break
        q = r
        words += len(text[paragraphs[q][0]:paragraphs[q][1]].split())
    return q


_WORDS = {"m": re.compile(r"\b(?:[Hh]e|him|[Hh]is|himself)\b"), "f": re.compile(r"\b(?:[Ss]he|her|[Hh]er|herself)\b")}


def _continues(text: str, span: tuple[int, int], want: str) -> bool:
    """Does the paragraph speak of someone with a pronoun of this gender?"""
    return _WORDS[want].search(text, span[0], span[1]) is not None


_IT = frozenset({"it", "itself"})
# Verbs that make their object something: "Its beaches make it a resort", "left it in ruins".
_RESULT_VERBS = frozenset({"make", "leave", "render", "keep"})
_CLAUSE_CHILD_DEPS = frozenset({"ccomp", "xcomp", "csubj", "advcl"})
_THEY = frozenset({"they", "them", "their", "themselves"})
_GROUP_TYPES = ("ORG", "GPE", "LOC", "FAC", "NORP")
# what "its" can stand for: the groups but a people (NORP), which is "their"
_ITS_TYPES = ("ORG", "GPE", "LOC", "FAC")
# Verbs whose "it" is mostly a placeholder for a clause ("it seems that ...",
# "it takes an hour to ...").
_EXPLETIVE_VERBS = frozenset({"seem", "appear", "happen", "take", "occur", "matter", "mean", "turn", "please"})


# The sentence before or after, across a blank line too: spaCy ends a sentence
# with the line breaks after it ("She left.\n\n"), so a check for a blank line
# between two sentences' spans never fired, and what was measured (and kept)
# is the neighbour whatever the paragraph: keeping to the paragraph cost 2
# right links of 1,010 on GUM dev and fixed none. (Doc.text, which that check
# read, is rebuilt from every token on each access: once per pronoun was
# quadratic in the article's length.)

def _sentence_before(doc: Doc, sent: Span) -> Span | None:
    """The sentence before `sent`, or None at the start."""
    return sentence_of(doc, sent.start - 1) if sent.start > 0 else None


def _sentence_after(doc: Doc, sent: Span) -> Span | None:
    """The sentence after `sent`, or None at the end."""
    return sentence_of(doc, sent.end) if sent.end < len(doc) else None


def _main_subject(sent: Span) -> Token | None:
    """The subject of a sentence's main verb, or the name before a bracket
    the parser took it from (`_bracket_name`)."""
    doc = sent.doc
    root = span_root(doc, sent.start, sent.end)
    found = _main_subject_at(doc, root)
    if found is None:
        return None
    return _bracket_name(doc, found, root) or doc[found]


def _bracket_name(doc: Doc, found: int, root: int) -> Token | None:
    """"Jane Doe (Latin: Joanna Doa; 1901-1970) was a painter": the parser
    may give the main verb a subject inside the bracket ("Latin") and hang
    the name before it on that word. The name's last word when the subject
    found is inside a bracket that closes before the main verb and opens
    right after a proper noun, else None."""
    # the brackets' positions, not a walk over the words: asked of most sentences
    opens, closes = positions_of(doc, "("), positions_of(doc, ")")
    a, b = bisect.bisect_left(opens, found), bisect.bisect_left(closes, found)
    last_open = opens[a - 1] if a else -1  # the last bracket before the subject must open
    if last_open < 1 or (b and closes[b - 1] > last_open) or doc[last_open - 1].pos_ != "PROPN":
        return None
    a, b = bisect.bisect_right(opens, found), bisect.bisect_right(closes, found)
    next_close = closes[b] if b < len(closes) else len(doc)  # and the next one close before the verb
    if next_close >= root or (a < len(opens) and opens[a] < next_close):
        return None
    return doc[last_open - 1]


def _main_subject_at(doc: Doc, root: int) -> int | None:
    """The index of the subject of the verb at token `root` (its first child
    that is one), else None."""
    deps = table(doc).deps  # (from the columns: asked of most sentences with a pronoun)
    return next((c for c in children(doc)[root] if deps[c] in _SUBJECT_DEPS), None)


def _split_subject(doc: Doc, sent: Span) -> Token | None:
    """The subject the parser cut off a sentence: "Jane Town / is a port on
    ..." parsed as a lone name and a sentence with no subject (it happens to a
    paragraph that opens with the heading's name). The name, when the
    sentence's main verb has no subject and comes first, and the sentence just
    before it is nothing but that name."""
    if _main_subject(sent) is not None or sent.root.i != sent.start or sent.root.pos_ not in ("AUX", "VERB"):
        return None
    prev = _sentence_before(doc, sent)
    if prev is None:
        return None
    words = [t for t in prev if not t.is_space and not t.is_punct]
    if not words or len(words) > 4 or any(t.pos_ != "PROPN" for t in words):
        return None
    return prev.root


def _reflexive_subject(tok: Token) -> Token | None:
    """The subject a reflexive whose own verb names none stands for: the
    subject of the first of two verbs joined by "and" ("Lyonesse lost
    trade and is repositioning itself"), or of the verb whose small
    clause the reflexive is the subject of ("Acme has proven itself
    reliable"). That subject's token, else None."""
    verb = tok.head
    if tok.dep_ in _SUBJECT_DEPS and verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.i < tok.i:
        verb = verb.head  # "proven [itself reliable]"
    elif verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < tok.i:
        verb = verb.head  # "lost trade and is repositioning itself"
    else:
        return None
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < tok.i), None)


def _is_expletive(tok: Token) -> bool:
    """"It is easy to see why", "it seems that ...", "it is a pity that ...":
    an "it" standing for a clause later in the sentence, not for anything named."""
    if tok.dep_ == "expl":
        return True
    verb = tok.head
    later = [c for c in verb.children if c.i > tok.i]
    clause = any(c.dep_ in ("ccomp", "csubj", "xcomp") for c in later)
    if verb.lemma_ in _EXPLETIVE_VERBS:
        return clause or tok.dep_ not in _SUBJECT_DEPS
    if verb.lemma_ == "be":
        predicate = [c for c in later if c.dep_ in ("acomp", "attr")]
        return clause and bool(predicate) or any(c.dep_ in ("ccomp", "csubj") for c in later)
    return False


# Morphological features (`Token.morph.key`) -> whether their "Number" holds "Plur"; worked
# out once for each, as `Token.morph` makes an object and parses the features every time.
_PLURAL_MORPHS: dict[int, bool] = {}


def _plural_morph(t: Token) -> bool:
    """Does the morphology spaCy gives `t` say plural ("Plur" in `t.morph.get("Number")`)?"""
    key = table(t.doc).morphs[t.i]
    found = _PLURAL_MORPHS.get(key)
    if found is None:
        found = _PLURAL_MORPHS[key] = "Plur" in t.morph.get("Number")
    return found


class _Groups:
    """The one index of the organisations, places and groups mentioned, built once for the
    "it", "they" and "its" rules: token index -> actor key for their names, the descriptions
    found so far ("the city"), and the pronouns linked to them as they are linked (a chain
    carries its actor on: "It is ... . Its ..."); per sentence, the ones mentioned in it in
    text order, and the one that is its main subject."""

    def __init__(self, doc: Doc, drafts: list[ActorDraft], token_of, added: dict[str, list[Mention]]) -> None:
        self.doc = doc
        self.kind = {d.key: d.type for d in drafts}
        self.owner: dict[int, str] = {}
        self.plural: set[int] = set()
        self.they: set[int] = set()  # "they", "their", ... linked: not what a later "its" continues
        self.people = {token_of(m).i for d in drafts if d.type == "PERSON" for m in d.mentions}
        self.names = {d.key: d.name for d in drafts}
        # the last word of each person's full name: an organisation named by one of them alone
        # may be that person mistyped ("Doe" beside "Jane Doe")
        self.surnames = {d.name.split()[-1] for d in drafts if d.type == "PERSON" and len(d.name.split()) > 1}
        self.by_sent: dict[int, list[int]] = defaultdict(list)
        # "LYON - As it ...": the place of a dateline is no subject an "it" continues
        datelines = _dateline_spans(text_of(doc))
        for d in drafts:
            if d.type not in _GROUP_TYPES:
                continue
            for m in d.mentions + [m for m in added.get(d.key, ()) if m.kind == "nominal"]:
                if m.kind == "name" and any(s <= m.start < e for s, e in datelines):
                    continue
                t = token_of(m)
                if t.i in self.owner:
                    continue
                self.owner[t.i] = d.key
                if t.tag_ in ("NNPS", "NNS") or d.type == "NORP" and (t.tag_ != "NNP" or _plural_people(t.lower_)) \
                        or _plural_morph(t):
                    self.plural.add(t.i)
        for i in sorted(self.owner):
            self.by_sent[sentence_start(doc, i)].append(i)

    def add(self, tok: Token, key: str, plural: bool) -> None:
        """A pronoun linked to `key`: later pronouns can continue it."""
        self.owner[tok.i] = key
        if plural:
            self.plural.add(tok.i)
            self.they.add(tok.i)
        bisect.insort(self.by_sent[sentence_start(self.doc, tok.i)], tok.i)

    def key_of(self, tok: Token, plural: bool) -> str | None:
        """The actor mentioned at `tok` when it is a group, place or organisation of that number
        (never a person's name), else None."""
        key = self.owner.get(tok.i)
        if key is None or tok.i in self.people or (tok.i in self.plural) != plural:
            return None
        return key

    def its_key(self, tok: Token) -> str | None:
        """The organisation or place mentioned at `tok` that an "its" can stand for (not a
        people, and not a "they" linked to a group), else None."""
        key = self.owner.get(tok.i)
        return key if key is not None and self.kind.get(key) in _ITS_TYPES and tok.i not in self.they else None

    def its_before(self, tok: Token) -> list[tuple[Token, str]]:
        """The organisations and places of `tok`'s sentence mentioned before it (`its_key`)."""
        found = []
        for i in self.by_sent.get(sentence_start(self.doc, tok.i), ()):
            if i >= tok.i:
                break
            key = self.its_key(self.doc[i])
            if key is not None:
                found.append((self.doc[i], key))
        return found

    def main_subject(self, sent: Span) -> tuple[Token | None, str]:
        """The main subject of `sent` ("Coron is a town."), or the name the parser cut off
        before it ("Coron" / "is a town."), with the rule's suffix; None when there is none or
        when it is several joined by "and" ("Acme and Bexley merged": which one is "it"?)."""
        subject = _main_subject(sent)
        if subject is not None:
            if any(c.dep_ == "conj" for c in subject.children):
                return None, "previous"
            return subject, "previous"
        return _split_subject(self.doc, sent), "split_subject"


def _result_owner(tok: Token, groups: _Groups) -> Token | None:
    """"Lyonesse's history has left it full of museums", "Acme's prices made it the
    largest seller": the object "it" of a verb that makes it something (`_RESULT_VERBS`,
    with a noun or adjective after the "it" saying what) is the organisation or place whose
    possessive is in that verb's subject, the only possessive there (`it_possessor`). Not
    an "it" that stands for a clause ("made it clear that ...", "made it hard for Acme to
    ...", "made it easier"): an adjective after it must have a phrase of its own ("full of
    ...", "rich in ..."), and no clause may follow."""
    if tok.dep_ == "dobj":
        verb = tok.head
        complements = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "attr") and c.i > tok.i]
    elif tok.dep_ in _SUBJECT_DEPS and tok.head.dep_ in ("ccomp", "xcomp", "oprd") and tok.head.head.i < tok.i:
        verb, complements = tok.head.head, [tok.head]  # "make [it an ideal destination]"
    else:
        return None
    if verb.lemma_ not in _RESULT_VERBS or not complements or any(
            c.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ") or c.tag_ in ("JJR", "JJS")
            or c.pos_ == "ADJ" and not any(g.dep_ == "prep" for g in c.children)  # "made it clear"
            or any(g.dep_ in _CLAUSE_CHILD_DEPS for g in c.children) for c in complements) \
            or any(c.dep_ in _CLAUSE_CHILD_DEPS and c.i > tok.i and c not in complements for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < tok.i), None)
    if subject is None:
        return None
    owners = [t for t in subject.subtree if t.dep_ == "poss"]
    if len(owners) != 1 or groups.its_key(owners[0]) is None:
        return None
    return owners[0]


def _plural_people(word: str) -> bool:
    """A people's name written in the plural ("Thais", "Saudis", "Democrats"), which the
    parser may tag as a singular proper noun: a name ending in "s" (not "ss": "Swiss")."""
    return word.endswith("s") and not word.endswith("ss")


def _it_they(doc: Doc, groups: _Groups, added: dict[str, list[Mention]]) -> None:
    """"Coron is a fishing town. It is ...", "Jane Town has grown as it ...",
    "The Zorbs are a seafaring people. They ...": a subject "it" (or "itself")
    continues the organisation or place that is the nearest subject before
    it in its sentence, or, when none is, the main subject of the sentence
    before (in this paragraph or ending the one before); "they", "them", "their", "themselves" do
    the same for a group named in the plural ("the Zorbs", "Acme Motors
    have"). The antecedent must be that subject itself - a common noun there
    ("the square", "the museums") or a person takes the pronoun away from
    every actor. An object "it" ("the locals call it") follows the same
    subjects, never the subject of its own verb; "their" only the subject of
    its own clause ("the Zorbs keep their customs"). An "it" that stands for
    a clause ("it is easy to ...", "it seems that") is skipped. Linked
    pronouns carry the actor on ("It is ... . It has ...")."""
    for tok in tokens_among(doc, _IT, _THEY):
        low = tok.lower_
        want_plural = low not in _IT  # (in _THEY)
        if tok.pos_ != "PRON" or tok.i in groups.owner:
            continue  # (linked already: `_heading_it`)
        named = _cataphor(tok) if low not in ("itself", "themselves") else None
        if named is not None and groups.key_of(named, want_plural) is not None \
                and not (low == "it" and _is_expletive(tok)):
            # "Although it is small, Lyonesse ...": the name after it (linked by the checks below, which it passes)
            subject, rule = named, "it_cataphora"
        elif low in ("itself", "themselves"):
            subject = next((c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS and c.i < tok.i), None)
            rule = "it_reflexive"
            if subject is None:
                subject = _reflexive_subject(tok)
                rule = "it_reflexive_clause"
        elif low == "their":
            subject = None
        elif tok.dep_ in _SUBJECT_DEPS or low == "it" and tok.dep_ == "dobj":
            if low == "it" and _is_expletive(tok):
                continue
            sent = sentence_of(doc, tok.i)
            own = {c.i for c in tok.head.children if c.dep_ in _SUBJECT_DEPS}  # "Acme bought it": not Acme
            # the nearest subject before it, not one inside a clause about a noun ("a piece that Acme quoted")
            subject = next((t for t in reversed(doc[sent.start : tok.i]) if (t.dep_ in _SUBJECT_DEPS
                            or t.dep_ == "conj" and t.head.dep_ in _SUBJECT_DEPS) and t.i not in own
                            and not any(a.dep_ in ("relcl", "acl") and not a.left_edge.i <= tok.i <= a.right_edge.i
                                        for a in t.ancestors)), None)
            rule = "it_subject"
            about = _relative_about(subject, ("which", "that", "who")) \
                if tok.dep_ in _SUBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX") and subject is not None else None
            if about is not None:
                # "Acme, which said it would ...": the one the relative clause is about
                subject, rule = about, "it_relative"
            owner = _result_owner(tok, groups) if low == "it" else None
            if owner is not None:
                # "Lyonesse's history has left it rich in ...": the place the subject is of
                subject, rule = owner, "it_possessor"
            if subject is None:
                prev = _sentence_before(doc, sent)
                if prev is None:
                    continue
                subject, how = groups.main_subject(prev)
                rule = "it_" + how
        else:
            continue
        if subject is None and low == "their":
            # "their": the group that is the subject of the pronoun's own clause, named before it
            node = tok
            while node.dep_ not in _CLAUSE_DEPS and node.head.i != node.i and subject is None:
                node = node.head
                subject = next((c for c in node.children if c.dep_ in _SUBJECT_DEPS and c.i < tok.i
                                and not c.left_edge.i <= tok.i <= c.right_edge.i), None)
            if subject is None and node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
                # "the Zorbs fish and keep their customs": the subject of the first verb
                subject = next((c for c in node.head.children if c.dep_ in _SUBJECT_DEPS and c.i < tok.i), None)
            rule = "it_subject"
        if subject is None:
            continue
        key = groups.key_of(subject, want_plural)
        if key is None and low == "their" and rule == "it_subject":
            key = _singular_their(tok, subject, groups)
            rule = "their_singular"
        elif key is None and low == "they" and rule == "it_subject" and tok.dep_ in _SUBJECT_DEPS \
                and subject.dep_ != "conj" and subject.head.is_ancestor(tok) and not (
                    tok.head.lemma_ in SPEECH_VERBS and not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.head.children)):
            # "Acme said they would ...": the subject of a clause the "they" is inside, named in the
            # singular (not "..., they say", whose clause holds it or that says nothing after it,
            # nor one of two joined by "and")
            key = _singular_their(tok, subject, groups)
            rule = "they_singular"
        if key is None:
            continue
        groups.add(tok, key, want_plural)
        if want_plural:
            rule = rule.replace("it_", "they_")
        added[key].append(_pronoun(tok, rule))


# Subject pronouns whose predicates describe what they are linked to ("this" only `_heading_it` links).
_PREDICATE_PRONOUNS = frozenset({"he", "she", "it", "they", "this"})
# Words at most in a listing's heading ("3 Jane Town (Old Harbour).") and fragments between it and the "it".
_HEADING_WORDS, _HEADING_FRAGMENTS = 12, 2


def _heading_it(doc: Doc, groups: _Groups, paragraphs, para_of, added: dict[str, list[Mention]]) -> None:
    """"Jane Island. / This is a small island ...", "4 Doe Hall (Old Mill).
    1820. It is ...": a subject "it" or "this" of the first sentence after
    a listing's heading, a paragraph that opens with the name of an
    organisation, place or site and has no verb (a list number before it, a
    bracket after it), with at most `_HEADING_FRAGMENTS` verbless fragments
    between ("Early 19th century."), is that actor when the heading names no
    other (rule `it_heading`). The parser leaves such an "it" no subject to
    continue; "this" is linked only here, and what it is said to be follows
    as its predicate."""
    for tok in tokens_among(doc, ("it", "this")):
        if tok.pos_ != "PRON" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("AUX", "VERB") \
                or tok.head.i < tok.i or tok.lower_ == "it" and _is_expletive(tok):
            continue  # (not "It's clear that ...")
        sent = sentence_of(doc, tok.i)
        if any(not (t.is_punct or t.is_space or t.like_num) for t in doc[sent.start : tok.i]):
            continue  # the sentence's first word ("1647: It is ...")
        prev, fragments = _sentence_before(doc, sent), 0
        while prev is not None and fragments <= _HEADING_FRAGMENTS:
            if any(t.pos_ in ("AUX", "VERB") for t in prev):
                prev = None
                break
            if para_of(prev.start_char) < para_of(sent.start_char) - 1:
                prev = None
                break
            start = paragraphs[para_of(prev.start_char)][0]
            if prev.start_char <= start:
                break  # opens its paragraph: the heading
            prev, fragments = _sentence_before(doc, prev), fragments + 1
        if prev is None or fragments > _HEADING_FRAGMENTS or len(prev) > _HEADING_WORDS:
            continue
        words = [t for t in prev if not (t.is_punct or t.is_space or t.like_num)]
        keys = {groups.owner.get(t.i) for t in prev if t.i in groups.owner and t.i not in groups.people}
        if not words or not keys or None in keys or len(keys) != 1 or words[0].pos_ != "PROPN" \
                or any(t.text == "," for t in prev):
            continue  # (not a signature's "Doeville, Kent." over a letter to the editor)
        key = next(iter(keys))
        if groups.kind.get(key) not in _ITS_TYPES or any(t.i in groups.people for t in prev):
            continue
        groups.add(tok, key, False)
        added[key].append(_pronoun(tok, "it_heading"))


def _it_class(doc: Doc, drafts: list[ActorDraft], groups: _Groups, classes: dict[str, set[str]], para_of,
              added: dict[str, list[Mention]]) -> None:
    """"Lyonesse is a small town on the coast. [...] It is a quiet town in winter": an
    "it" that no rule linked, the subject of "be" whose predicate is a class word with
    "a", "an" or "the" ("a quiet town", "the largest island"), is the one organisation
    or place named before it in this paragraph or the one before that the text gave that
    class (an apposition, a predicate: `describe`'s classes) or whose name of two words or
    more ends in it ("Lyonesse Airport ... It is a small airport"); two in reach: none
    (`it_class_predicate`). Not "the capital of Kent" (another place), not an "it"
    standing for a clause ("it is a pity that ...")."""
    named = sorted((m.start, d.key) for d in drafts if d.type in _ITS_TYPES for m in d.mentions if m.kind == "name")
    if not named:
        return
    heads = {d.key: d.name.split()[-1].lower() for d in drafts if d.type in _ITS_TYPES and " " in d.name}
    for tok in tokens_among(doc, ("it",)):
        if tok.i in groups.owner or tok.dep_ != "nsubj" or tok.head.lemma_ != "be" or tok.head.i < tok.i \
                or _is_expletive(tok):
            continue
        attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.i > tok.i), None)
        if attr is None or attr.tag_ != "NN" or attr.pos_ != "NOUN" \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in attr.children) \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in attr.children):
            continue
        word, p = attr.lower_, para_of(tok.idx)
        keys = {k for s, k in named[: bisect.bisect_left(named, (tok.idx,))]
                if para_of(s) >= p - 1 and (word in classes.get(k, ()) or heads.get(k) == word)}
        if len(keys) != 1:
            continue
        key = keys.pop()
        groups.add(tok, key, False)
        added[key].append(_pronoun(tok, "it_class_predicate"))


def _singular_their(tok: Token, subject: Token, groups: _Groups) -> str | None:
    """"Acme raised their prices", "Lyonesse takes pride in their beaches": an
    organisation or place named in the singular as the subject of the clause
    a "their" is in (`their_singular`) - a proper name, not a common noun ("the
    company"), nor one word that is a person's surname or given name, and with no
    plural noun or person between them that the "their" could be ("Acme told
    its customers to update their passwords")."""
    key = groups.key_of(subject, False)
    if key is None or groups.kind.get(key) not in _ITS_TYPES or subject.pos_ != "PROPN" \
            or any(c.dep_ == "conj" for c in subject.children):
        return None  # "Acme and Bexley settled their dispute": both
    name = groups.names.get(key, "")
    if " " not in name and (name in groups.surnames or gender_of_first_name(name) is not None):
        return None  # "Doe is grateful for their support": a person's name typed as an organisation
    between = tok.doc[subject.right_edge.i + 1 : tok.i]
    if any(t.tag_ in ("NNS", "NNPS") or t.i in groups.people or t.ent_type_ == "PERSON"
           or t.lower_ in ("they", "them", "we", "us", "you", "who") for t in between):
        return None
    return key


def _its(doc: Doc, groups: _Groups, added: dict[str, list[Mention]]) -> None:
    """"Acme said its profits rose", "Lyonesse and its neighbours": "its" is
    the organisation or place that is the subject of its sentence before it, or
    the only one named in the sentence before it; in a sentence that names
    none, the one that is the main subject of the sentence before in the same
    paragraph ("Acme opened a plant. Since then its profits ..."), unless a
    noun of its own clause comes first; nothing else is guessed."""
    for tok in tokens_among(doc, ("its",)):
        if tok.i >= 2 and tok.nbor(-1).lower_ in ("and", "or"):
            # "the United Nations and its member states": the one just named
            key = next((k for t, k in groups.its_before(tok) if t.i == tok.i - 2
                        or t.right_edge.i == tok.i - 2 and t.i < tok.i - 2), None)
            if key is not None:
                added[key].append(_pronoun(tok, "its_coordinated"))
                continue
        ahead = _cataphor(tok)
        if ahead is not None:
            # "Due to its wildlife, Lyonesse is ...": the name the phrase it opens is about
            key = groups.its_key(ahead)
            if key is not None:
                added[key].append(_pronoun(tok, "its_cataphora"))
            continue
        owner = _relative_owner(tok)
        key = groups.its_key(owner) if owner is not None else None
        if key is not None:
            # "Bexley bought Acme, which had lost its licence": the one the clause is about
            added[key].append(_pronoun(tok, "its_relative"))
            continue
        owner = _phrase_owner(tok)
        key = groups.its_key(owner) if owner is not None else None
        if key is not None:
            # "Acme's plan to sell its plant": the owner of the noun whose phrase it is in
            added[key].append(_pronoun(tok, "its_phrase_owner"))
            continue
        before = groups.its_before(tok)
        keys = {k for _, k in before}
        prev = _sentence_before(doc, sentence_of(doc, tok.i)) if len(keys) < 2 else None
        subject = groups.main_subject(prev)[0] if prev is not None else None
        key = groups.its_key(subject) if subject is not None else None
        if key is not None and keys == {key} and all(_modifies_noun(t) for t, _ in before):
            # "Lyonesse is a port. The decay of the town and its streets ...": the one named there
            # only qualifies a noun, but is the main subject before as well
            keys = set()
        if not keys:
            if key is not None and not any(c.dep_ in _SUBJECT_DEPS for c in tok.head.head.children
                                           if c.i < tok.i and c.pos_ in ("NOUN", "PROPN")):
                added[key].append(_pronoun(tok, "its_previous"))
            continue
        subjects = {k for t, k in before if _is_subject(t)}
        if len(subjects) == 1:
            key, rule = next(iter(subjects)), "its_subject"
        elif len(keys) == 1 and not all(_modifies_noun(t) for t, _ in before):
            key, rule = next(iter(keys)), "its_only"
        else:
            continue
        added[key].append(_pronoun(tok, rule))


def _relative_antecedent(tok: Token) -> Token | None:
    """The person a relative clause is about when the nearest subject before the
    subject pronoun `tok` in its sentence is that clause's "who" (a "which" may
    stand for a whole clause) and `tok` is inside that clause ("John Roe, who said he would
    ..."), not one of several joined by "and"; else None."""
    doc, deps = tok.doc, table(tok.doc).deps  # (from the columns: asked of every subject pronoun)
    k = next((i for i in range(tok.i - 1, sentence_start(doc, tok.i) - 1, -1) if deps[i] in _SUBJECT_DEPS), None)
    subject = doc[k] if k is not None else None
    about = _relative_about(subject, ("who",)) if subject is not None else None
    if about is None or not subject.head.left_edge.i <= tok.i <= subject.head.right_edge.i:
        return None  # the "he" must be inside the clause: "Doe, who is a lawyer, decried X, saying he ..."
    return about


def _relative_about(subject: Token, words: tuple[str, ...]) -> Token | None:
    """The word a relative clause is about when `subject` is its subject and one
    of `words` ("Acme, which said ...", "John Roe, who said ..."): the clause's
    head, named before it and not one of several joined by "and" ("Acme and
    Bexley, which ..."); else None."""
    if subject.lower_ not in words or subject.head.dep_ != "relcl":
        return None
    about = subject.head.head
    if about.i > subject.i or about.dep_ == "conj" or any(c.dep_ == "conj" for c in about.children):
        return None
    return about


def _relative_owner(tok: Token) -> Token | None:
    """The noun a relative clause is about when the clause's subject is "which" or
    "that" and the possessive `tok` is in it with no subject of its own clause
    between ("Acme, which lost its licence", "Acme, that could sue in its own
    name"), else None; as for "it" and "he" (`_relative_about`), not a noun
    named after the clause nor one of several joined by "and" ("Acme and
    Bexley, which lost its licence": which one's?)."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in _SUBJECT_DEPS), None)
        if node.dep_ == "relcl":
            if subject is not None and subject.i < tok.i:
                return _relative_about(subject, ("which", "that"))
            return None
        if subject is not None:
            return None
    return None


def _phrase_owner(tok: Token) -> Token | None:
    """The possessive of the nearest noun above the possessive `tok` inside its
    clause ("Lyonesse's plans to sell its grain": Lyonesse), going up through
    verbs with no subject of their own (an infinitive hung on the noun); None
    when a verb with a subject comes first ("Acme's chief cut its costs"), or
    when a noun further up in the clause has an owner too ("Acme's report on
    Globex's prices and its profits": whose profits?)."""
    owners = []
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            # (not a possessive the "its" is inside: "its Lyonesse's Best list" is not Lyonesse's)
            owners += [c for c in node.children if c.dep_ == "poss" and c.i != tok.i and c.i != tok.head.i]
        elif any(c.dep_ in _SUBJECT_DEPS for c in node.children):
            break
    return owners[0] if len(owners) == 1 else None


def _of_the_owned(tok: Token, owner: Token) -> bool:
    """Is the possessive `tok` on the object of a preposition hung on the noun
    `owner` owns ("Tom Berg's account of his remarks"), not on that noun's
    apposition or a verb's phrase?"""
    noun = tok.head
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == owner.head.i


def _modifies_noun(tok: Token) -> bool:
    """A name that only qualifies another noun - "a Acme product", "the
    history of Lyonesse" - which is then more likely what a later "its"
    stands for."""
    return tok.dep_ == "compound" or tok.dep_ == "pobj" and tok.head.lower_ == "of"


def _clause_pick(scope: list[tuple[int, int, str, Token]], pronoun: Token) -> str | None:
    """Inside reported speech ("Berg said Ruiz's visit proves how isolated he
    is"), the one person named earlier in the same reported clause."""
    clause = next((t for t in pronoun.ancestors if t.dep_ == "ccomp"), None)
    if clause is None:
        return None
    lo, hi = clause.left_edge.i, clause.right_edge.i
    inner = {n[2] for n in scope if lo <= n[3].i <= hi and n[3].i < pronoun.i
             and _role_weight(n[3]) != _ROLE_POSSESSOR_OF_PERSON}  # not "Jane Doe's deputy"
    return next(iter(inner)) if len(inner) == 1 else None


def _score_pick(scope: list[tuple[int, Token, str]], pronoun: Token, want: str, gender: dict[str, str | None],
                sent_of, para_of, protagonist: str | None = None) -> str | None:
    here_s, here_p = sent_of(pronoun.i), para_of(pronoun.idx)
    score: dict[str, float] = defaultdict(float)
    named_subject = set()  # people named as a main-clause subject in this sentence or the two before
    for start, t, k in scope:
        role = _role_weight(t)
        if role == _ROLE_SUBJECT and t.pos_ == "PROPN" and here_s - sent_of(t.i) <= 2:
            named_subject.add(k)
        w = role * 0.5 ** (here_s - sent_of(t.i))
        if para_of(start) != here_p:
            w *= 0.5
        score[k] = max(score[k], w)
    if pronoun.dep_ not in _SUBJECT_DEPS and any(gender.get(k) == want for k in score):
        for k in score:
            if gender.get(k) is None:
                score[k] *= 0.25  # "his", "her": unknown gender beside someone known to fit
    if protagonist in score and gender.get(protagonist) == want and not named_subject - {protagonist}:
        # the one the text is about, unless someone else was just named as the subject
        score[protagonist] += _PROTAGONIST_BONUS
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] < _MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


def _coordinated_owner(pronoun: Token, scope: list[tuple[int, int, str, Token]]) -> str | None:
    """"Jane Doe and her staff": a possessive right after a person joined by
    "and"/"or" belongs to that person, whoever is the sentence's subject."""
    if pronoun.lower_ not in ("his", "her", "their") or pronoun.i < 2:
        return None
    if pronoun.nbor(-1).lower_ not in ("and", "or"):
        return None
    before = pronoun.nbor(-2)
    noun = pronoun.head  # the owned noun joined to the person ("her staff"), not a clause after
    if noun.dep_ != "conj":  # a clause: "... at the Acme Museum and her figure is ..."
        return None
    for n in scope:
        if n[1] == before.idx + len(before.text) and n[0] <= noun.head.idx < n[1]:
            return n[2]
    return None


def _says_of_self(pronoun: Token, key: str, scope: list[tuple[int, int, str, Token]]) -> bool:
    """"Jane Doe said she ...": the pronoun is the subject of a clause reported
    by a verb whose subject is the person, and no one else is named in that
    sentence before the pronoun."""
    if pronoun.dep_ not in _SUBJECT_DEPS or pronoun.head.dep_ != "ccomp":
        return False
    verb = pronoun.head.head
    subjects = [n for n in scope if n[3].head.i == verb.i and n[3].dep_ in _SUBJECT_DEPS]
    here = sentence_start(pronoun.doc, pronoun.i)
    in_sent = {n[2] for n in scope if sentence_start(pronoun.doc, n[3].i) == here}
    return len(subjects) == 1 and subjects[0][2] == key and in_sent == {key}


def _is_subject(tok: Token) -> bool:
    """The subject of its clause, or a conjunct of it ("X and Y met")."""
    if tok.dep_ in _SUBJECT_DEPS:
        return True
    return tok.dep_ == "conj" and tok.head.dep_ in _SUBJECT_DEPS


_LOWER_WORD = re.compile(r" ([a-z]+)\b(?![-'’])")


def _place_institutions(text: str, drafts: list[ActorDraft], heads: dict[str, str], added: dict[str, list[Mention]]) -> None:
    """"French parliament", "the Spanish government": a place (or nationality)
    followed by the lowercase head noun of the one organisation whose name is that
    noun of that place ("Parliament of France", "Spanish
    Government") is a mention of that organisation. It is a description in its
    own right, so it may come before the full name (a headline)."""
    by_key = {d.key: d for d in drafts}
    orgs = {head: by_key[key] for head, key in heads.items() if by_key[key].type == "ORG"}
    if not orgs:
        return
    for d in drafts:
        if d.type not in ("GPE", "NORP"):
            continue
        forms = {d.name} | {m.text for m in d.mentions if m.kind == "name"}
        places = forms | {c for c in (canonical(f) for f in forms) if c}
        for m in d.mentions:
            if m.kind != "name":
                continue
            nxt = _LOWER_WORD.match(text, m.end)
            org = orgs.get(nxt.group(1)) if nxt else None
            if org is None:
                continue
            name = org.name.replace("’", "'")
            if not any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", name) for p in places):
                continue
            added[org.key].append(Mention(m.start, nxt.end(), text[m.start : nxt.end()], "nominal", "nom_place_institution"))


def _recent_holder(uses: list[tuple[int, str]], at: int, para_of) -> str | None:
    """Of several people given a role ("President Jane Doe", "former
    President John Roe"), the one "the president" at `at` means: the only one
    referred to (with the role or by name: `uses`) in this paragraph or the one
    before, else, if none is, the one referred to last. Two in reach: no choice."""
    before = sorted(u for u in uses if u[0] < at)
    if not before:
        return None
    p = para_of(at)
    near = {k for o, k in before if para_of(o) >= p - 1}
    if len(near) == 1:
        return next(iter(near))
    if near:
        return None
    return before[-1][1]


def _nominals(doc: Doc, text: str, drafts: list[ActorDraft], para_of, added: dict[str, list[Mention]]) -> set[str]:
    cols = table(doc)
    roles: dict[str, set[str]] = defaultdict(set)  # role phrase -> person keys
    titled: dict[str, set[str]] = defaultdict(set)  # capitalised title ("King") -> person keys
    held: dict[str, list[tuple[int, str]]] = defaultdict(list)  # person role -> (offset, key) uses
    first_seen: dict[str, int] = {}
    sites: set[str] = set()  # head nouns of the names of places and buildings ("bridge" of "Bay Bridge")
    tok_starts = cols.starts
    # Names of the actors that are not people: a title's tail that is one of
    # them ("President of France") names that actor, not the person.
    other_names = {m.text for d in drafts if d.type != "PERSON" for m in d.mentions}
    for d in drafts:
        if not d.mentions:
            continue
        first_seen[d.key] = min(m.start for m in d.mentions)
        if d.type == "PERSON":
            bare = set(d.name.split())
            for m in d.mentions:
                if m.kind != "name" or listed_person(m.text):
                    continue  # (not "My Lords, the question is ...": the one addressed has no role there)
                title = [w for w in title_words(m.text, bare) if w[:1].isalpha()]
                # "President of France": also the role before "of"
                heads = [title] + [title[:i] for i, w in enumerate(title) if w == "of" and i > 0]
                # "Vice President": a deputy's title does not make them "the president"
                phrases = {
                    " ".join(h[j:]) for h in heads for j in range(len(h))
                    if h[j].lower() not in _FUNCTION_WORDS and not (j and h[j - 1].lower() in _DEPUTY_WORDS)
                    and not (j and h[j - 1].lower() in _FUNCTION_WORDS)  # "Secretary of State": not "the State"
                }
                for phrase in sorted(phrases):
                    if phrase in other_names:
                        continue
                    if phrase.lower() not in _VAGUE_ROLES and len(phrase) > 2:
                        roles[phrase.lower()].add(d.key)
                        held[phrase.lower()].append((m.start, d.key))
                        if phrase[0].isupper() and all(w[0].isupper() for w in phrase.split()):
                            titled[phrase].add(d.key)
                # appositive: "Tom Berg, spokesman for ..."
                i = bisect.bisect_left(tok_starts, m.end)
                if i + 1 < len(doc) and cols.words[i] == ",":
                    j = i + 1
                    if cols.lowers[j] in ("a", "an", "the") and j + 1 < len(doc):
                        j += 1
                    while j + 1 < len(doc) and cols.pos[j] in ("ADJ", "NOUN", "PROPN") and cols.pos[j + 1] == "NOUN":
                        j += 1
                    noun = doc[j]
                    if noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.lower_ not in _VAGUE_ROLES:
                        roles[noun.lower_].add(d.key)
                        held[noun.lower_].append((m.start, d.key))
        elif d.type == "ORG" or d.type in _SITE_TYPES and " " in d.name:
            head = _head_noun(d.name)
            if d.type != "ORG" and (head in _PLACE_CLASSES or head in _VAGUE_SITES):
                continue  # "the city", "the island": the place rules' (descriptions); "the area": any
            if head and head.isalpha() and head not in _VAGUE_ROLES and head not in _COMPASS_WORDS:
                roles[head].add(d.key)
                if d.type != "ORG":
                    sites.add(head)
    unique = {phrase: next(iter(keys)) for phrase, keys in roles.items() if len(keys) == 1}
    names_of = {d.key: d.name for d in drafts}
    named_at = {d.key: sorted(m.start for m in d.mentions if m.kind == "name") for d in drafts}
    place_names: dict[str, set[str]] = defaultdict(set)  # a place's name as written -> the places it names
    for d in drafts:
        if d.type in ("GPE", "LOC", "FAC"):
            for nm in d.mentions:
                if nm.kind == "name":
                    place_names[nm.text].add(d.key)

    def last_named(key: str, at: int) -> int:
        starts = named_at.get(key, [])
        i = bisect.bisect_left(starts, at)
        return starts[i - 1] if i else at
    ambiguous = {phrase for phrase, keys in roles.items() if len(keys) > 1}
    _place_institutions(text, drafts, unique, added)
    if not unique and not ambiguous:
        return set(roles)  # (a role several people hold is read below too: `_recent_holder`)
    pattern = re.compile(
        r"\b[Tt]he ((?:" + "|".join(re.escape(p) for p in sorted(set(unique) | ambiguous, key=len, reverse=True))
        + r"))\b(?!-)",
        re.IGNORECASE,
    )
    for m in pattern.finditer(text):
        phrase = m.group(1).lower()
        key = unique.get(phrase)
        rule = "nom_role" if phrase in held else "nom_site_head" if phrase in sites else "nom_org_head"
        if rule == "nom_site_head":
            # of several named so ("Bay Bridge", "Tower Bridge"), the only one named in this paragraph
            # or the one before
            near = {k for k in roles[phrase] if last_named(k, m.start()) < m.start()
                    and para_of(m.start()) - para_of(last_named(k, m.start())) <= 1}
            key = next(iter(near)) if len(near) == 1 else None
            i = bisect.bisect_left(tok_starts, m.end()) - 1
            if key is not None and i >= 0 and cols.deps[i] == "compound":
                key = None  # "the county party", "at the county level": another noun's modifier
        if key is None and phrase in held and roles[phrase] == {k for _, k in held[phrase]}:
            # referred to with the role, or by name alone ("Tsar Ivan ... Tsar Peter ... Peter won the
            # war ... the Tsar": Peter)
            key = _recent_holder(held[phrase] + [(s, k) for k in roles[phrase] for s in named_at.get(k, ())],
                                 m.start(), para_of)
            rule = "nom_recent_holder"
            if key is not None:
                held[phrase].append((m.start(), key))
        if key is None or first_seen.get(key, len(text)) >= m.start():
            continue
        if place_names.get(m.group(1), {key}) - {key}:
            continue  # "the Marrows" (of "Marrow Islands") beside "Air Marrows": the place's name, not the airline's head noun
        if rule in ("nom_org_head", "nom_site_head") and (
                " " not in names_of[key] or para_of(m.start()) - para_of(last_named(key, m.start())) > 1):
            # "the company" paragraphs after the firm was named is as often another one; and an
            # organisation named by the bare noun ("State", "Media", from a headline) is no referent
            continue
        following = text[m.end() : m.end() + 4]
        if following.startswith((" of", " for")):
            continue  # "the president of X": someone else's role
        if following[:1] == " " and following[1:2].isupper():
            continue  # "the State Department": part of a longer name
        added[key].append(Mention(m.start(), m.end(), m.group(0), "nominal", rule))
    # A capitalised title used on its own ("a letter to the King", "King"): the
    # one person who holds it, when it is not the first word of a sentence.
    solo = {p: next(iter(k)) for p, k in titled.items() if len(k) == 1 and p.lower() not in ambiguous}
    if not solo:
        return set(roles)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in sorted(solo, key=len, reverse=True)) + r")(?![\w-])")
    for m in pattern.finditer(text):
        key = solo[m.group(0)]
        i = bisect.bisect_left(tok_starts, m.start())
        if i >= len(doc) or cols.sent_starts[i] or first_seen.get(key, len(text)) >= m.start():
            continue
        nxt = text[m.end() : m.end() + 2]
        if nxt[:1] == " " and nxt[1:2].isupper():
            continue  # "King Anselm": part of a name
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1].lower().rstrip(".-") in _DEPUTY_WORDS:
            continue  # "Vice President": a deputy's title, not the holder's
        if before and before[-1].lower().rstrip(".") in _ADDRESS_HONORIFICS:
            continue  # "Madam Speaker": a form of address, the descriptions' (`vocative_titles`)
        added[key].append(Mention(m.start(), m.end(), m.group(0), "nominal", "nom_title"))
    return set(roles)


def _person_noun(word: str) -> bool:
    """A class a person "the <noun>" may recall: a noun for a person or an
    agent noun (`AGENT_ENDINGS`; not "the drink" of a cocktail named after
    someone, typed a person)."""
    return word in PERSON_NOUNS or word in _PERSON_ROLES or word in GENDERED_NOUNS or word.endswith(AGENT_ENDINGS)


def _class_roles(doc: Doc, drafts: list[ActorDraft], classes: dict[str, set[str]], roles: set[str], para_of,
                 added: dict[str, list[Mention]]) -> None:
    """"the painter" after "the Dutch painter Jane Doe", "Jane Doe, a painter
    from Leeds," or "Jane Doe is a painter": the one person a description of
    their own gave that noun as a class (rule `nom_class_role`), when no other
    actor has that class, no title or appositive makes it another's role (those
    are `nom_role`'s), the noun is no vague word ("the man"), and the person was
    mentioned in this paragraph or the two before. The classes are the head
    nouns of the descriptions `describe` found and of the predicates of
    pronouns ("He became a painter"), of a person noun (`_person_noun`). Only
    "the", "this" or "that" and the noun, and nothing after it: not "the other
    painter", "the painter's", "the painter of the mural" or "the candidate who
    won" (someone new), "the painter Tom Roe" (a name's own description); not
    a predicate ("Roe is that painter", "seen as the painter": the subject's)
    nor a coordination ("the judge and the jury", an idiom)."""
    people = {d.key for d in drafts if d.type == "PERSON"}
    owners: dict[str, set[str]] = defaultdict(set)
    for key, words in classes.items():
        for word in words:
            owners[word].add(key)
    for key in people:  # and the predicates of their pronouns: "He became a developer"
        for m in added.get(key, ()):
            at = char_span_root(doc, m.start, m.end) if m.kind == "nominal" else None
            if at is not None and table(doc).pos[at] == "NOUN":
                owners[table(doc).lowers[at]].add(key)
    wanted = {word: next(iter(keys)) for word, keys in owners.items()
              if len(keys) == 1 and keys <= people and word.isalpha() and word not in roles
              and word not in _VAGUE_ROLES and _person_noun(word)}
    if not wanted:
        return
    by_key = {d.key: d for d in drafts}
    text = text_of(doc)
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    taken += [(m.start, m.end) for ms in added.values() for m in ms]
    for tok in tokens_among(doc, wanted):
        key = wanted.get(tok.lower_)
        if key is None or tok.tag_ != "NN" or tok.dep_ in ("compound", "poss") or tok.i == 0:
            continue
        det = doc[tok.i - 1]
        if det.lower_ not in ("the", "this", "that") or det.dep_ != "det" or det.head.i != tok.i \
                or tok.left_edge.i != det.i:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ in ("of", "for", "'s", "’s") or nxt.pos_ == "PROPN"):
            continue
        if any(c.i > tok.i and c.dep_ != "punct" for c in tok.children) \
                or tok.dep_ in ("attr", "oprd", "conj", "appos") or tok.head.lower_ == "as":
            continue  # "the candidate who won", "the judge and the jury", "is that candidate", "as the candidate"
        start, end = det.idx, tok.idx + len(tok)
        if any(s < end and start < e for s, e in taken):
            continue
        before = [m.start for m in by_key[key].mentions if m.start < start]
        before += [m.start for m in added.get(key, ()) if m.start < start]
        if not before or para_of(start) - para_of(max(before)) > 2:
            continue
        added[key].append(Mention(start, end, text[start:end], "nominal", "nom_class_role"))
        taken.append((start, end))
