"""Step 5 (after the quotes and narrator stages): types that what the text does
with an actor shows, and the short names that can join the actor once it has
its type.

The name stage types an actor from its names' tags and the words around them;
some evidence is only gathered later, by stages that do not ask the type:

- **Says I in a quote** (`quoted_persons`, after the quotes stage): an actor
  named as the speaker of a direct quote whose words say "I", "me" or "my"
  ('"I will not sign it," Jane Doe said') is a person - an organisation or a
  place does not speak of itself so - when a verb says it (not a credit
  line, 'on TV: "I ..."') and the words that name the speaker are the
  actor's name (one capitalised word that is no acronym, or a name shaped
  like a person's), or the last word(s) of a name shaped like a person's
  ("Doe" of "Jane Doe", not "Acme" of "Acme Foundation"); not a group (NORP: "said a Lyonesse
  Democrat").
- **Speaks a quote** (`quoted_persons`, the same stage): an actor of a type
  that does not speak (a work, a product, an event, a law: `_VOICELESS`) whose
  name, of the same shape, is the subject of a verb of speaking aloud
  (`_SPOKEN_VERBS`: "said", "told", "asked"; not "reported" or "according to")
  that gives a direct quote, and that the text never calls "it", is a person
  without the "I" ('"We are glad ...," Doe told the crowd', "Doe" tagged as a
  work). Organisations and buildings ("the White House said") keep their type.
- **Voice of the text** (`late_persons`, after the narrator stage): an actor
  the narrator made the interviewee whose answers say "I" and whose
  questions say "you" (`interview_answer`, `interview_you`; the same by the
  text's shape, `qa_answer`, `qa_you`; a prompt put to them, `prompt_you`;
  one of two interviewees, `pair_answer`), at least twice, or the author a
  byline or a signature names whose "I" the text is (`byline`, `signature`,
  only for a name shaped like a person's: two or three capitalised words,
  none an institution's or a firm's), is a person, whatever spaCy guessed
  ("Acme interviews Jane Doe on ..." with "Jane Doe" tagged as a work).

Either rule types the actor PERSON (recorded under its name in TYPE_RULES);
places keep their type under the second (the narrator gives them no voice).
Once a person, the actor takes the bare family or given name the name stage
kept apart as another person because the two types differed ("Doe" beside the
retyped "Jane Doe"): a person's actor whose every name is the last or the first
word(s) of the retyped actor's name, when no other person's name ends or
begins so; and a retyped short name ("Doe", now a person) joins the one
person whose full name ends with it ("Jane Doe"). Both merges are recorded
under the pass "short name of a retyped person" (PASSES). The merged actors'
keys are returned, so the quotes they spoke follow them. The pronoun stage
ran before and saw no person: `coref.late_person_pronouns` gives the actors
retyped here their "he" and "she" (`pron_late_person`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..drafts import ActorDraft
from ..parsed import table
from .name_shapes import _full_name_shape, _strip_suffix
from .records import Merge, Retype

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..model import Quote, Span

# The narrator's rules that make an actor the one who speaks in the text or is
# spoken to as "you" in its questions: only a person is interviewed or writes
# under a byline.
VOICE_RULES = frozenset({
    "interview_answer", "interview_you", "qa_answer", "qa_you", "pair_answer", "prompt_you",
})
# Rules that name the text's author: a name there may be an organisation's
# ("By Acme Staff"), so only a name shaped like a person's is retyped.
_AUTHOR_RULES = frozenset({"byline", "signature"})
# Types the voice of a text retypes: what spaCy calls a person's name it does not
# know. Places, groups and languages keep theirs.
_RETYPABLE = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"})
_PLACES = frozenset({"GPE", "LOC"})
_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
# At least this many first- or second-person mentions of those rules.
_MIN_VOICE = 2


def late_persons(
    drafts: list[ActorDraft], trace: list[Merge] | None = None, retypes: list[Retype] | None = None,
) -> dict[str, str]:
    """After the narrator stage: retype the actors it made the voice of the
    text and merge their short names into them (removing the merged drafts
    from `drafts`). Returns merged key -> key it joined (the quote stage's
    speakers are keys)."""
    merged: dict[str, str] = {}
    for d in list(drafts):
        if d.type not in _RETYPABLE or not d.named or d not in drafts:
            continue
        voice = sum(m.kind == "pronoun" and m.rule in VOICE_RULES for m in d.mentions)
        author = sum(m.kind == "pronoun" and m.rule in _AUTHOR_RULES for m in d.mentions)
        if voice >= _MIN_VOICE or author >= _MIN_VOICE and _full_name_shape(d.name):
            _make_person(d, drafts, "voice of the text", merged, trace, retypes)
    return merged


def quoted_persons(
    doc: Doc, drafts: list[ActorDraft], quotes: list[Quote], trace: list[Merge] | None = None,
    retypes: list[Retype] | None = None,
) -> dict[str, str]:
    """After the quotes stage: an actor named as the speaker of a direct quote
    whose words say "I", "me" or "my" is a person ('"I will not vote for
    him," Doe said'; an organisation or a place does not speak of itself so),
    when the name that says it is the actor's name, or the first or last
    word(s) of a name shaped like a person's ("Doe" of "Jane Doe"); not a
    group (NORP: "a Lyonesse Democrat said"). Typed PERSON by the rule "says I
    in a quote", short names merged as after `late_persons`."""
    cols = table(doc)
    by_key = {d.key: d for d in drafts}
    tok_starts = cols.starts
    merged: dict[str, str] = {}
    for q in quotes:
        d = by_key.get(q.speaker) if q.kind == "direct" and q.speaker else None
        sm = q.speaker_mention
        if d is None or sm is None or d.type == "PERSON" or d.type not in _RETYPABLE | _PLACES \
                or not d.named or d not in drafts:
            continue
        if not (q.cue or "")[:1].isalpha():
            continue  # 'on TV: "I ..."', a credit line: no verb says who speaks
        said_by = next((m for m in d.mentions if m.kind == "name" and m.start <= sm.start and sm.end <= m.end), None)
        if said_by is None or not _says_a_person(said_by.name, d.name):
            continue  # "the Lyonesse minority leader said": the name only qualifies the speaker
        if any(cols.lowers[i] in _FIRST_PERSON and cols.pos[i] == "PRON" for a, b in q.pieces()
               for i in range(bisect.bisect_left(tok_starts, a), bisect.bisect_left(tok_starts, b))):
            _make_person(d, drafts, "says I in a quote", merged, trace, retypes)
        elif d.type in _VOICELESS and not _called_it(d) and _spoken_by(doc, tok_starts, sm, q.cue):
            _make_person(d, drafts, "speaks a quote", merged, trace, retypes)
    return merged


# Types of things that do not speak: a name of such a type that tells or says a
# direct quote is a person's that spaCy mistook ('"...," Doe told the crowd' with
# "Doe" tagged as a work). Organisations and places speak through their people
# ("Acme said", "the White House said": FAC) and keep their type.
_VOICELESS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
# Verbs of a person speaking aloud (lemmas, a closed class): not the verbs a
# report, a poll or a book "says" with ("found", "reported", "revealed",
# "according to").
_SPOKEN_VERBS = frozenset({
    "say", "tell", "add", "ask", "reply", "answer", "explain", "recall", "joke", "quip", "insist",
    "shout", "whisper", "yell", "exclaim", "admit",
})
_IT_WORDS = frozenset({"it", "its", "itself"})


def _called_it(d: ActorDraft) -> bool:
    """Does the text call the actor "it": a thing, whatever it says?"""
    return any(m.kind == "pronoun" and m.text.lower() in _IT_WORDS for m in d.mentions)


def _spoken_by(doc: Doc, tok_starts: list[int], sm: Span, cue: str | None) -> bool:
    """Is the speaker mention `sm` the subject of a verb of speaking aloud
    (`_SPOKEN_VERBS`), written as the quote's cue ("Doe told the crowd", "said
    Doe", "his friend Doe told ...")?"""
    i = bisect.bisect_left(tok_starts, sm.start)
    j = bisect.bisect_left(tok_starts, sm.end)
    if not cue or i >= len(doc):
        return False
    for tok in doc[i:max(j, i + 1)]:
        while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
            tok = tok.head  # "his friend Doe told": the subject is "friend"
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPOKEN_VERBS and tok.head.text == cue:
            return True
    return False


def _says_a_person(said: str, name: str) -> bool:
    """Can the words `said` that name a quote's speaker be a person's name, for
    the actor named `name`: the whole name, one capitalised word that is no
    acronym ("Doe", not "ACME") or a name shaped like a person's (`_full_name_shape`),
    or the last word(s) of such a name ("Doe" of "Jane Doe"; not "Acme" of
    "Acme Foundation")?"""
    words = said.split()
    if said == name:
        return len(words) == 1 and said[:1].isupper() and not said.isupper() or _full_name_shape(name)
    core = tuple(_strip_suffix(tuple(name.split())))
    return _full_name_shape(name) and 0 < len(words) < len(core) and core[-len(words):] == tuple(words)


def _make_person(
    d: ActorDraft, drafts: list[ActorDraft], rule: str, merged: dict[str, str],
    trace: list[Merge] | None, retypes: list[Retype] | None,
) -> None:
    """Type `d` PERSON (recorded under `rule`) and merge its short names into it,
    or it into the one person whose full name it is the short name of."""
    if retypes is not None:
        retypes.append(Retype(rule, d.name, d.type, "PERSON"))
    d.type = "PERSON"
    for short in _short_names(d, drafts):
        _merge(short, d, drafts, merged, trace)
    longer = _longer_names(d, drafts)
    if len(longer) == 1:
        _merge(d, longer[0], drafts, merged, trace)


def _merge(short: ActorDraft, long: ActorDraft, drafts: list[ActorDraft], merged: dict[str, str],
           trace: list[Merge] | None) -> None:
    """Move the actor `short`'s mentions to `long` and drop it from `drafts`."""
    long.mentions.extend(short.mentions)
    long.mentions.sort(key=lambda m: (m.start, m.end))
    drafts.remove(short)
    for k, v in merged.items():
        if v == short.key:
            merged[k] = long.key
    merged[short.key] = long.key
    if trace is not None:
        trace.append(Merge("short name of a retyped person", short.name, long.name))


def _longer_names(person: ActorDraft, drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The other people whose full name ends with every name of `person`
    ("Jane Doe" for a retyped "Doe")."""
    names = {tuple(m.name.split()) for m in person.mentions if m.kind == "name"}
    if not names:
        return []
    return [o for o in drafts if o is not person and o.type == "PERSON"
            and all(_part_of(n, tuple(_strip_suffix(tuple(o.name.split()))), last=True) for n in names)]


def _short_names(person: ActorDraft, drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The other people's actors whose every name is the last or first word(s)
    of `person`'s name ("Doe" of "Jane Doe"), when no other person's name of two
    words or more ends or begins with it."""
    words = tuple(_strip_suffix(tuple(person.name.split())))
    if len(words) < 2:
        return []
    out = []
    for d in drafts:
        if d is person or d.type != "PERSON":
            continue
        names = {tuple(m.name.split()) for m in d.mentions if m.kind == "name"}
        if not names or not all(_part_of(n, words) for n in names):
            continue
        rivals = [o for o in drafts if o is not person and o is not d and o.type == "PERSON"
                  and any(_part_of(n, tuple(_strip_suffix(tuple(o.name.split())))) for n in names)]
        if not rivals:
            out.append(d)
    return out


def _part_of(name: tuple[str, ...], words: tuple[str, ...], last: bool = False) -> bool:
    """Is `name` the first or the last word(s) of the longer name `words` (with
    `last`, the last only)?"""
    n = len(name)
    return 0 < n < len(words) and (not last and words[:n] == name or words[-n:] == name)
