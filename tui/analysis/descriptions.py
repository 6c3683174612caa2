"""Descriptions of named actors: "Jane Doe, the singer", "Lyonesse is a small
town", and later "the town" - nominal mentions that say what an actor is.

Rules (general; each recorded as the mention's `rule`):

- **Apposition** (`nom_apposition`): a noun phrase set beside a name by the
  parser's `appos` relation ("Jane Doe, a singer from Leeds,"; "the singer,
  Jane Doe") is a mention of that name's actor. Its head noun ("singer") is
  then one of the actor's classes.
- **Predicate** (`nom_predicate`): the noun phrase after a form of "be" whose
  subject is a name ("Lyonesse is a small town", "Jane Doe was a singer") is
  a mention of that actor, unless negated ("is not a town"); its head noun
  becomes a class too.
- **Place class** (`nom_place_class`): "the city", "the town", "the
  country", "the island" (and "the city's") refer to the place mentioned
  last in this paragraph or the one before whose class is that word (from an
  apposition or a predicate). Without that evidence nothing is guessed: the
  place a text is mostly about was as often wrong as right on development
  texts ("the country" of a speech given in a city). A class word followed
  by "of" ("the city of Lyonesse") is left to the name.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import TYPE_CHECKING

from .drafts import ActorDraft
from .model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PLACE_TYPES = ("GPE", "LOC")
# Class words that refer to a place.
_PLACE_CLASSES = frozenset({"city", "town", "village", "capital", "country", "nation", "state", "island", "islands",
                            "archipelago"})


def describe(doc: Doc, drafts: list[ActorDraft], token_of, para_of,
             added: dict[str, list[Mention]]) -> dict[str, set[str]]:
    """Add the description mentions to `added`; return each actor's classes
    (the head nouns of its appositions and predicates: "singer", "town")."""
    classes: dict[str, set[str]] = defaultdict(set)
    names = sorted((m.start, m.end) for d in drafts for m in d.mentions if m.kind == "name")
    name_starts = [s for s, _ in names]

    def overlaps_a_name(start: int, end: int) -> bool:
        i = bisect.bisect_left(name_starts, end)
        return any(names[j][1] > start for j in range(max(0, i - 8), i))

    for d in drafts:
        for m in d.mentions:
            if m.kind != "name":
                continue
            tok = token_of(m)
            for desc, rule in _descriptions_of(tok, m):
                head = desc.root
                if not head.is_alpha or overlaps_a_name(desc.start_char, desc.end_char):
                    continue  # "the United States special envoy": another actor's name inside
                if d.type == "PERSON" and head.tag_ in ("NNS", "NNPS"):
                    continue  # one person is not "members"
                classes[d.key].add(head.lower_)
                added[d.key].append(Mention(desc.start_char, desc.end_char, desc.text, "nominal", rule))
    _place_references(doc, drafts, para_of, classes, added)
    return classes


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


def _set_off(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] (a phrase's whole subtree) set off by punctuation: a
    comma before it and a comma, a full stop, a parenthesis or the end after?"""
    after = doc[end].text if end < len(doc) else "."
    return start > 0 and doc[start - 1].text == "," and after in (",", ".", ";", ")", ":", "—", "–")


def _descriptions_of(tok: Token, mention: Mention):
    """(span, rule) of the appositions and predicates of a name's head token:
    "Jane Doe, a singer," (set off by commas, right after the name), "the
    singer, Jane Doe", "Jane Doe is a singer" (the subject is the name alone)."""
    doc = tok.doc
    out = []
    name_end = max(t.i for t in doc.char_span(mention.start, mention.end, alignment_mode="expand") or [tok]) + 1
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.left_edge.i == name_end + 1 \
                and _set_off(doc, c.left_edge.i, c.right_edge.i + 1):
            out.append((_phrase(c), "nom_apposition"))
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        span = _phrase(tok.head)
        if span.end_char <= mention.start and doc[span.end].text == "," and doc[span.end + 1].idx >= mention.start:
            out.append((span, "nom_apposition"))
    alone = tok.left_edge.idx >= mention.start - 4 and tok.right_edge.idx < mention.end
    if tok.dep_ == "nsubj" and alone and tok.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in tok.head.children):
        for c in tok.head.children:
            if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > tok.head.i:
                span = _phrase(c)
                if span.start > tok.head.i:
                    out.append((span, "nom_predicate"))
    return out


def _place_references(doc: Doc, drafts: list[ActorDraft], para_of, classes, added) -> None:
    places = [d for d in drafts if d.type in _PLACE_TYPES]
    if not places:
        return
    named = sorted((m.start, d.key) for d in places for m in d.mentions if m.kind == "name")
    starts = [s for s, _ in named]
    for tok in doc:
        if tok.lower_ not in _PLACE_CLASSES or tok.pos_ != "NOUN":
            continue
        det = [c for c in tok.children if c.dep_ == "det"]
        if len(det) != 1 or det[0].lower_ != "the" or det[0].i != tok.i - 1:
            continue  # only "the city" itself, not "the old city" or "a city"
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue  # "the city of Lyonesse": the name says it
        p = para_of(tok.idx)
        # the place named last, in this paragraph or the one before, whose class is the word
        key = None
        for j in range(bisect.bisect_left(starts, tok.idx) - 1, -1, -1):
            s, k = named[j]
            if para_of(s) < p - 1:
                break
            if tok.lower_ in classes[k] or tok.lemma_ in classes[k]:
                key = k
                break
        if key is None:
            continue
        span = doc[tok.i - 1 : tok.i + 1]
        added[key].append(Mention(span.start_char, span.end_char, span.text, "nominal", "nom_place_class"))
