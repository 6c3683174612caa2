"""Speakers: from the subject of a speech cue to the actor who speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..speech_cues import (
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    is_spokes_noun,
    is_spokes_person,
)
from .context import QuoteContext

if TYPE_CHECKING:
    from spacy.tokens import Token

_SENTENCES_BACK = 12  # sentences searched back for the person an unresolved "he" means
_NAME_LOOKBACK = 6000  # characters searched back for "the institute" → "… Institute …"
# Conjuncts that add unnamed people to a named speaker ("Jane Doe and others said").
_OTHERS = frozenset({"others", "colleagues", "allies", "supporters", "associates"})
# Messages whose author speaks through them ("Ruiz's tweet said ...").
_MESSAGE_NOUNS = frozenset({"tweet", "post", "message", "statement", "letter"})
# Where a message is posted from: its owner is the author ("from Ruiz's Instagram account").
_ACCOUNT_NOUNS = frozenset({"account", "page", "feed", "channel", "profile", "handle"})


class SpeakerResolver(QuoteContext):
    def speaker_of(self, subj: Token) -> str | None:
        """Actor key for the subject of a speech cue, or None for a non-actor."""
        return self.decide_speaker(subj)[0]

    def decide_speaker(self, subj: Token) -> tuple[str | None, str]:
        """(actor key or None, name of the sieve that decided) for the subject
        of a speech cue: the first sieve of `SPEAKER_SIEVES` that decides wins."""
        for sieve in SPEAKER_SIEVES:
            verdict = sieve(self, subj)
            if verdict is not PASS:
                return verdict, sieve.__name__  # type: ignore[return-value]
        return None, "unresolved_subject"

    def unnamed_others(self, tok: Token) -> bool:
        """"Jane Doe and others in her party": a conjunct that names no one
        leaves the named person the speaker."""
        return tok.lower_ in _OTHERS and self.actor_of_token(tok) is None

    def role_antecedent(self, tok: Token) -> str | None:
        """The actor named earlier right after (or with) the same role noun:
        "his daughter Ana Berg … his daughter said", "archbishop X … the
        archbishop said". Any role noun, not a list: the article itself shows
        the noun used as that actor's title."""
        if not any(c.dep_ in ("det", "poss") for c in tok.children):
            return None
        noun = tok.lower_
        for start, end, key in reversed(self.index.mentions_between(max(0, tok.idx - _NAME_LOOKBACK), tok.idx)):
            if self.inside_quote(start):
                continue
            words = self.text[max(0, start - 40):end].lower().replace(",", " ").split()
            mention_words = self.text[start:end].lower().split()
            before = words[: len(words) - len(mention_words)]
            if before and before[-1] == noun:
                return key
            if noun in mention_words[:-1] and self.index.draft(key).type == "PERSON":
                return key
        return None

    def person_in_apposition(self, subj: Token) -> str | None:
        """The one person named inside a subject phrase headed by a role: set
        in apposition ("a spokesman, Tom Berg," / "the director of Y, Jane
        Doe,") or hanging on the role itself ("Acme chief Jane Doe" however the
        parser splits it). A person in a possessive, a prepositional object or
        a relative clause ("the lawyer for Tom Berg") is someone else."""
        found: set[str] = set()
        if subj.right_edge.i - subj.left_edge.i > 40:
            return None
        # "the Ruiz campaign", "a Berg spokesman": the name qualifies a group
        group = subj.lemma_.lower() in ORG_NOUNS or is_spokes_noun(subj.lemma_)
        stack = [(c, group) for c in subj.children]
        while stack:
            tok, aside = stack.pop()
            if self.quote_of[tok.i] != -1:
                continue
            aside = aside or tok.dep_ in ("prep", "poss", "relcl", "acl", "advcl")
            if tok.dep_ == "appos" or not aside:
                key = self.actor_of_token(tok)
                if key is not None and self.index.draft(key).type == "PERSON":
                    found.add(key)
            stack.extend((c, aside) for c in tok.children)
        return found.pop() if len(found) == 1 else None

    def actor_by_name(self, tok: Token) -> str | None:
        """An actor whose name the token spells out, where no mention covers
        it (the actors stage may skip a word it tagged as a common noun)."""
        if not tok.text[:1].isupper() or tok.pos_ == "PRON":
            return None
        if self._by_name is None:
            names: dict[str, set[str]] = {}
            for start, end, key in self.index.mentions_between(0, len(self.text)):
                name = self.text[start:end]
                for suffix in ("’s", "'s"):
                    name = name.removesuffix(suffix)
                names.setdefault(name, set()).add(key)
            self._by_name = {n: next(iter(k)) for n, k in names.items() if len(k) == 1}
        # the longest run of capitalised words ending at the token
        k = tok.i
        while k > 0 and tok.i - k < 5 and self.doc[k - 1].text[:1].isupper() and self.doc[k - 1].dep_ == "compound":
            k -= 1
        for start in range(k, tok.i + 1):
            name = self.doc[start : tok.i + 1].text
            if name in self._by_name:
                return self._by_name[name]
        return None

    def person_within(self, subj: Token, exclude: str | None = None) -> str | None:
        """The one person named inside the subject phrase, if exactly one."""
        left, right = subj.left_edge, subj.right_edge
        keys = {key for _, _, key in self.index.mentions_between(left.idx, right.idx + len(right))
                if key != exclude and self.index.draft(key).type == "PERSON"}
        return keys.pop() if len(keys) == 1 else None

    def message_author(self, subj: Token) -> str | None:
        """The author of a message that speaks: its possessor ("Ruiz's
        tweet") or the owner of the account it came from ("a tweet posted from
        Ruiz's Instagram account"), if exactly one actor."""
        found: set[str] = set()
        for tok in subj.subtree:
            if tok.i - subj.left_edge.i > 30:
                break
            if tok.dep_ != "poss" or not (tok.head.i == subj.i or tok.head.lemma_.lower() in _ACCOUNT_NOUNS):
                continue
            key = self.person_antecedent(tok) if tok.lower_ in PERSON_PRONOUNS else self.actor_of_token(tok)
            if key is not None and self.index.draft(key).type in ("PERSON", "ORG"):
                found.add(key)
        return found.pop() if len(found) == 1 else None

    def organisation_around(self, subj: Token) -> str | None:
        """The organisation a spokes-noun speaks for: its compounds, possessor,
        or the object of "for/of/at/from"."""
        allow_person = is_spokes_person(subj.lemma_) or subj.lemma_.lower() in ("aide", "office")
        stack = [c for c in subj.children if c.dep_ in ("compound", "poss", "amod", "nmod", "prep")]
        seen = 0
        while stack and seen < 24:
            tok = stack.pop(0)
            seen += 1
            if tok.dep_ == "prep":
                if tok.lower_ in ("for", "of", "at", "from", "with", "by"):
                    stack.extend(c for c in tok.children if c.dep_ == "pobj")
                continue
            key = self.actor_of_token(tok)
            if key is not None:
                kind = self.index.draft(key).type
                if kind in ("ORG", "GPE", "NORP", "FAC") or (kind == "PERSON" and allow_person):
                    return key
            stack.extend(c for c in tok.children if c.dep_ in ("compound", "poss", "amod", "nmod", "prep"))
        return None

    def org_antecedent(self, tok: Token) -> str | None:
        """An organisation named earlier: one whose name contains the noun ("the
        institute") within a few paragraphs, else the nearest organisation in
        this or the previous paragraph. Names inside quotes are not antecedents."""
        limit = self.limit_before(tok.idx)
        noun = tok.lower_
        best = None
        named: dict[str, int] = {}
        for start, _, key in reversed(self.index.mentions_between(max(0, tok.idx - _NAME_LOOKBACK), tok.idx)):
            if self.inside_quote(start):
                continue
            draft = self.index.draft(key)
            if draft.type not in ("ORG", "GPE", "FAC"):
                continue
            if noun in draft.name.lower().split():
                named.setdefault(key, len(draft.mentions))
            elif best is None and draft.type == "ORG" and start >= limit:
                best = key
        if named:  # the most mentioned of them: "the court" is the article's court
            return max(named, key=lambda k: named[k])  # dicts keep the nearest first on ties
        return best

    def person_subject_before(self, tok: Token) -> str | None:
        """The person subject of the nearest sentence before `tok` that has one
        (not inside a quote), within `_NAME_LOOKBACK` characters."""
        s = self.sent_of[tok.i] - 1
        floor = tok.idx - _NAME_LOOKBACK
        while s >= 0:
            s_start, s_end = self.sents[s]
            if self.doc[s_start].idx < floor:
                return None
            for k in range(s_start, s_end):
                t = self.doc[k]
                if t.dep_ in ("nsubj", "nsubjpass") and self.quote_of[k] == -1:
                    key = self.actor_of_token(t)
                    if key is not None and self.index.draft(key).type == "PERSON":
                        return key
            s -= 1
        return None

    def person_antecedent(self, tok: Token) -> str | None:
        """The person an unresolved he/she (or "the president") refers to:
        a person subject of a clause above it, else the latest person subject
        in this or the previous paragraph, else the nearest person before."""
        head = tok.head
        for _ in range(8):
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < tok.i and child.i != tok.i:
                    key = self.actor_of_token(child)
                    if key is not None and self.index.draft(key).type == "PERSON":
                        return key
            if head.head.i == head.i:
                break
            head = head.head
        limit = self.limit_before(tok.idx)
        s = self.sent_of[tok.i] - 1
        floor = s - _SENTENCES_BACK
        while s >= 0 and s > floor:
            s_start, s_end = self.sents[s]
            if self.doc[s_start].idx < limit:
                break
            for k in range(s_start, s_end):
                t = self.doc[k]
                if t.dep_ in ("nsubj", "nsubjpass") and (t.head.dep_ == "ROOT" or self.is_cue(t.head)):
                    key = self.actor_of_token(t)
                    if key is not None and self.index.draft(key).type == "PERSON":
                        return key
            s -= 1
        return self.index.nearest_before(tok.idx, ("PERSON",), limit)


# --------------------------------------------------------------------------
# The speaker sieves, in order. Each takes the resolver and the subject token
# of a speech cue and returns an actor key, None (decided: no actor), or PASS
# (not its case: the next sieve decides).
# --------------------------------------------------------------------------

PASS = object()


def _subject_actor(r: SpeakerResolver, subj: Token) -> str | None:
    key = r.actor_of_token(subj)
    return key if key is not None else r.actor_by_name(subj)


def coordinated_subjects(r: SpeakerResolver, subj: Token) -> object:
    """"Acme and Bexley Foods emphasized": several speakers, no single actor."""
    if subj.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and not r.unnamed_others(c) for c in subj.children):
        return None
    return PASS


def title_before_name(r: SpeakerResolver, subj: Token) -> object:
    """"Premier of Quebec Ana Ruiz said": a title taken for a reference yields to the person named."""
    key = _subject_actor(r, subj)
    if key is not None and subj.pos_ == "PROPN" and r.mention_kind(key, subj) != "name":
        named = r.person_within(subj, exclude=key)
        if named is not None:
            return named
    return PASS


def person_beside_group(r: SpeakerResolver, subj: Token) -> object:
    """"a Liberal, Tom Berg, said": a group or place mention with a person in apposition."""
    key = _subject_actor(r, subj)
    if key is not None and r.index.draft(key).type != "PERSON":
        other = r.person_in_apposition(subj)
        if other is not None:
            return other
    return PASS


def actor_mention(r: SpeakerResolver, subj: Token) -> object:
    """"Jane Doe said", "he said" (coref tied he to her): the subject is a mention (or spelled-out name) of an actor."""
    key = _subject_actor(r, subj)
    return key if key is not None else PASS


def person_pronoun(r: SpeakerResolver, subj: Token) -> object:
    """"he said": the person an unresolved he/she refers to."""
    if subj.lower_ not in PERSON_PRONOUNS:
        return PASS
    key = r.person_antecedent(subj)
    if key is None:
        # no person in this paragraph or the one before: the article's last
        # person subject further back (a story about one person goes on naming
        # them "he" for paragraphs)
        key = r.person_subject_before(subj)
    return key


def thing_pronoun(r: SpeakerResolver, subj: Token) -> object:
    """"it said": the nearest organisation in the paragraph."""
    if subj.lower_ in THING_PRONOUNS:
        return r.index.nearest_before(subj.idx, ("ORG",), r.paragraphs[r.paragraph_index(subj.idx)][0])
    return PASS


def other_pronoun(r: SpeakerResolver, subj: Token) -> object:
    """"they said", "someone said": no one actor."""
    return None if subj.pos_ == "PRON" else PASS


def role_with_person(r: SpeakerResolver, subj: Token) -> object:
    """"Ruiz's adviser, Tom Berg, said": the one person set in apposition to a role."""
    key = r.person_in_apposition(subj)
    return key if key is not None else PASS


def title_head(r: SpeakerResolver, subj: Token) -> object:
    """"Premier of Quebec Ana Ruiz" parsed with the title as head: the person inside."""
    if subj.pos_ == "PROPN":
        key = r.person_within(subj)
        if key is not None:
            return key
    return PASS


def message_author(r: SpeakerResolver, subj: Token) -> object:
    """"Ruiz's tweet said": the author of the message."""
    if subj.lemma_.lower() in _MESSAGE_NOUNS:
        key = r.message_author(subj)
        if key is not None:
            return key
    return PASS


def work_by_author(r: SpeakerResolver, subj: Token) -> object:
    """"research conducted by the Acme Institute found", "a study by Jane Doe says": its author."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() in PERSON_NOUNS:
        return PASS
    for child in subj.children:
        preps = [child] if child.dep_ == "prep" and child.lower_ == "by" else \
            [c for c in child.children if c.dep_ == "agent"] if child.dep_ == "acl" and child.tag_ == "VBN" else []
        for prep in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    key = r.actor_of_token(obj)
                    if key is not None and r.index.draft(key).type in ("PERSON", "ORG", "GPE", "NORP"):
                        return key
    return PASS


def spokes_noun(r: SpeakerResolver, subj: Token) -> object:
    """"an Acme spokeswoman said", "the ministry's statement said": the organisation spoken for."""
    lemma = subj.lemma_.lower()
    if not (is_spokes_noun(lemma) or is_spokes_noun(subj.lower_)):
        return PASS
    key = r.organisation_around(subj)
    if key is not None:
        return key
    # "the panel's summary": the possessor, itself a description
    for child in subj.children:
        if child.dep_ == "poss" and child.pos_ == "NOUN" and child.lemma_.lower() in ORG_NOUNS:
            key = r.org_antecedent(child)
            if key is not None:
                return key
    if is_spokes_person(lemma):
        if any(c.dep_ in ("compound", "poss") and c.pos_ == "NOUN" for c in subj.children):
            return None  # "a family spokeswoman": for a group no actor names
        # "a spokeswoman said", for the organisation the paragraph is about
        return r.index.nearest_before(subj.idx, ("ORG",), r.limit_before(subj.idx))
    return PASS


def role_antecedent(r: SpeakerResolver, subj: Token) -> object:
    """"his daughter said" after "his daughter Ana Berg": the actor introduced with that role."""
    if subj.tag_ not in ("NN", "NNP"):
        return PASS
    key = r.role_antecedent(subj)
    if key is not None or (subj.lemma_.lower() in PERSON_NOUNS and not r.has_definite_det(subj)):
        return key
    return PASS


def definite_description(r: SpeakerResolver, subj: Token) -> object:
    """"the institute said", "the president said": an organisation or person named before."""
    if r.has_definite_det(subj) and subj.tag_ in ("NN", "NNP"):
        lemma = subj.lemma_.lower()
        if lemma in ORG_NOUNS:
            return r.org_antecedent(subj)
        if lemma in PERSON_NOUNS:
            return r.person_antecedent(subj)
    return PASS


#: The speaker sieves in the order they run; the first that decides wins.
SPEAKER_SIEVES = (
    coordinated_subjects,
    title_before_name,
    person_beside_group,
    actor_mention,
    person_pronoun,
    thing_pronoun,
    other_pronoun,
    role_with_person,
    title_head,
    message_author,
    work_by_author,
    spokes_noun,
    role_antecedent,
    definite_description,
)
