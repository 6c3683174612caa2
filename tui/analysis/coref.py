"""Pronouns and nominals: "he", "her", "the spokesman", "the institute" become
mentions of the actor they refer to, only when the choice is confident.

Rules (general, no name lists):

- **Scope**: a pronoun looks for people named earlier in its own paragraph or
  the one just before; never further back, never across unrelated paragraphs.
- **Gender by usage**: names are not gendered from lists. A person becomes male
  or female when an honorific says so ("Mr", "Mrs", "Ms") or when a pronoun
  resolves to them unambiguously (the only person in reach; "Jane Doe and her
  staff"; "Jane Doe said she ..." with no one else named); later pronouns of
  the other gender skip them. A pronoun given by a guess among several people
  teaches nothing, so one wrong guess cannot cascade; and a possessive or
  object pronoun is not guessed for a person of unknown gender when someone in
  reach is known to fit ("Tom Berg appointed Jane Doe to her post").
- **Coordination**: a possessive right after a person joined by "and"
  ("a letter to Jane Doe and her staff") is that person's.
- **Choice**: one compatible person in scope wins. With several, the subject of
  the pronoun's own sentence (before it) wins, else the subject of the most
  recent earlier sentence naming one of them; if that does not single one out,
  the pronoun is left alone. An object pronoun ("him") never takes the subject
  of its own verb.
- **Nominals**: "the <role>" is the one person whose title or appositive gave
  that role ("Foreign Ministry spokesman Tom Berg" ... "the spokesman"; "Ruiz,
  a spokesman for ..."; a deputy's title, "Vice Chair Jane Doe", does not
  make her "the chair"); "the <noun>" is the one organisation whose name has
  that head noun ("the Institute for ..." ... "the institute"). The holder must
  be already named and unique in the article - or, for a role several people
  hold, the only one referred to with it in this paragraph or the one before
  (else the one referred to with it last; two in reach: skipped).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .aliases import canonical
from .drafts import ActorDraft
from .model import Mention, paragraph_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MASCULINE = frozenset({"he", "him", "his", "himself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})
_OBJECT = frozenset({"him", "her", "himself", "herself"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MALE_HONORIFICS = ("Mr ", "Mr. ", "Sir ", "Lord ", "King ", "Prince ")
_FEMALE_HONORIFICS = ("Mrs ", "Mrs. ", "Ms ", "Ms. ", "Miss ", "Dame ", "Lady ", "Queen ", "Princess ")
# Role nouns too generic to identify anyone on their own.
_VAGUE_ROLES = frozenset({"man", "woman", "person", "people", "official", "source", "group", "country"})
# Words that make the role after them someone's deputy ("Vice Chair").
_DEPUTY_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "under", "lieutenant", "sub"})
_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "to", "in", "on", "at"})
_ORG_HEAD_SPLIT = re.compile(r"\s+(?:of|for|on|in)\s+")


def resolve_references(doc: Doc, drafts: list[ActorDraft]) -> None:
    text = doc.text
    paragraphs = paragraph_spans(text)
    para_starts = [s for s, _ in paragraphs]
    tok_starts = [t.idx for t in doc]

    def para_of(offset: int) -> int:
        return max(0, bisect.bisect_right(para_starts, offset) - 1)

    def token_of(mention: Mention) -> Token:
        """The token of the mention that governs it (its syntactic head)."""
        i = max(0, bisect.bisect_right(tok_starts, mention.start) - 1)
        j = max(i + 1, bisect.bisect_left(tok_starts, mention.end))
        span = doc[i:j]
        return span.root

    people = [d for d in drafts if d.type == "PERSON"]
    gender: dict[str, str | None] = {d.key: _honorific_gender(d) for d in people}
    names = sorted(
        (m.start, m.end, d.key, token_of(m)) for d in people for m in d.mentions if m.kind == "name"
    )
    name_starts = [n[0] for n in names]
    by_key = {d.key: d for d in drafts}
    added: dict[str, list[Mention]] = defaultdict(list)

    for tok in doc:
        low = tok.lower_
        if low in MASCULINE:
            want = "m"
        elif low in FEMININE:
            want = "f"
        else:
            continue
        if tok.text[0].isupper() and tok.i > 0 and not tok.is_sent_start:
            continue  # "He" inside a name or title, not a pronoun
        p = para_of(tok.idx)
        lo = paragraphs[p - 1][0] if p > 0 else 0
        hi = bisect.bisect_left(name_starts, tok.idx)
        first = bisect.bisect_left(name_starts, lo)
        scope = [n for n in names[first:hi] if n[1] <= tok.idx and gender.get(n[2]) in (None, want)]
        if low in _OBJECT:
            # "Ruiz thanked him": not the subject of the same verb
            scope = [n for n in scope if not (n[3].dep_ in _SUBJECT_DEPS and n[3].head.i == tok.head.i)]
        key = _coordinated_owner(tok, scope)
        sure = key is not None
        if key is None:
            key = _pick(scope, tok)
        if key is None:
            continue
        keys = {n[2] for n in scope}
        sure = sure or _says_of_self(tok, key, scope)
        if not sure and tok.dep_ not in _SUBJECT_DEPS and gender.get(key) is None \
                and any(gender.get(k) == want for k in keys):
            continue  # a guess at an unknown gender against someone known to fit: no choice
        if gender.get(key) is None:
            # Learn the gender only from unambiguous evidence: the one person
            # in reach, or "Jane Doe and her staff".
            if sure or len(keys) == 1:
                gender[key] = want
        added[key].append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun"))

    _nominals(doc, text, drafts, para_of, added)

    for key, mentions in added.items():
        draft = by_key[key]
        taken = [(m.start, m.end) for m in draft.mentions]
        for m in mentions:
            if not any(s < m.end and m.start < e for s, e in taken):
                draft.add(m)
                taken.append((m.start, m.end))
        draft.mentions.sort(key=lambda m: (m.start, m.end))


def _honorific_gender(d: ActorDraft) -> str | None:
    for m in d.mentions:
        if m.text.startswith(_MALE_HONORIFICS):
            return "m"
        if m.text.startswith(_FEMALE_HONORIFICS):
            return "f"
    return None


def _coordinated_owner(pronoun: Token, scope: list[tuple[int, int, str, Token]]) -> str | None:
    """"Jane Doe and her staff": a possessive right after a person joined by
    "and"/"or" belongs to that person, whoever is the sentence's subject."""
    if pronoun.lower_ not in ("his", "her", "their") or pronoun.i < 2:
        return None
    if pronoun.nbor(-1).lower_ not in ("and", "or"):
        return None
    before = pronoun.nbor(-2)
    for n in scope:
        if n[1] == before.idx + len(before.text):
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
    in_sent = {n[2] for n in scope if n[3].sent.start == pronoun.sent.start}
    return len(subjects) == 1 and subjects[0][2] == key and in_sent == {key}


def _pick(scope: list[tuple[int, int, str, Token]], pronoun: Token) -> str | None:
    keys = {n[2] for n in scope}
    if not keys:
        return None
    if len(keys) == 1:
        return next(iter(keys))
    sent = pronoun.sent
    # Inside reported speech ("Berg said Ruiz's visit proves how isolated he
    # is"), a person named earlier in the same reported clause comes first.
    clause = next((t for t in pronoun.ancestors if t.dep_ == "ccomp"), None)
    if clause is not None:
        lo, hi = clause.left_edge.i, clause.right_edge.i
        inner = {n[2] for n in scope if lo <= n[3].i <= hi}
        if len(inner) == 1:
            return next(iter(inner))
    # Walk back sentence by sentence, starting with the pronoun's own.
    by_sent: dict[int, list[tuple[int, int, str, Token]]] = defaultdict(list)
    for n in scope:
        by_sent[n[3].sent.start].append(n)
    for start in sorted(by_sent, reverse=True):
        group = by_sent[start]
        subjects = {n[2] for n in group if _is_subject(n[3])}
        if len(subjects) == 1:
            return next(iter(subjects))
        if len(subjects) > 1:
            return None
        if start != sent.start:
            in_sent = {n[2] for n in group}
            return next(iter(in_sent)) if len(in_sent) == 1 else None
    return None


def _is_subject(tok: Token) -> bool:
    """The subject of its clause, or a conjunct of it ("X and Y met")."""
    if tok.dep_ in _SUBJECT_DEPS:
        return True
    return tok.dep_ == "conj" and tok.head.dep_ in _SUBJECT_DEPS


def _head_noun(name: str) -> str:
    """Head noun of an organisation's name: "Institute for Coastal
    Studies" -> "institute", "Methodist Church" -> "church"."""
    first = _ORG_HEAD_SPLIT.split(name, maxsplit=1)[0]
    return first.split()[-1].lower() if first.split() else ""


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
            added[org.key].append(Mention(m.start, nxt.end(), text[m.start : nxt.end()], "nominal"))


def _recent_holder(uses: list[tuple[int, str]], at: int, para_of) -> str | None:
    """Of several people given a role ("President Jane Doe", "former
    President John Roe"), the one "the president" at `at` means: the only one
    referred to with it in this paragraph or the one before, else, if none is,
    the one referred to with it last. Two in reach: no choice."""
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


def _nominals(doc: Doc, text: str, drafts: list[ActorDraft], para_of, added: dict[str, list[Mention]]) -> None:
    roles: dict[str, set[str]] = defaultdict(set)  # role phrase -> person keys
    titled: dict[str, set[str]] = defaultdict(set)  # capitalised title ("King") -> person keys
    held: dict[str, list[tuple[int, str]]] = defaultdict(list)  # person role -> (offset, key) uses
    first_seen: dict[str, int] = {}
    tok_starts = [t.idx for t in doc]
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
                if m.kind != "name":
                    continue
                words = m.text.split()
                k = len(words)
                while k > 0 and words[k - 1] in bare:
                    k -= 1
                title = [w for w in words[:k] if w[:1].isalpha()]
                # "President of France": also the role before "of"
                heads = [title] + [title[:i] for i, w in enumerate(title) if w == "of" and i > 0]
                # "Vice President": a deputy's title does not make them "the president"
                phrases = {
                    " ".join(h[j:]) for h in heads for j in range(len(h))
                    if h[j].lower() not in _FUNCTION_WORDS and not (j and h[j - 1].lower() in _DEPUTY_WORDS)
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
                if i + 1 < len(doc) and doc[i].text == ",":
                    j = i + 1
                    if doc[j].lower_ in ("a", "an", "the") and j + 1 < len(doc):
                        j += 1
                    while j + 1 < len(doc) and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and doc[j + 1].pos_ == "NOUN":
                        j += 1
                    noun = doc[j]
                    if noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.lower_ not in _VAGUE_ROLES:
                        roles[noun.lower_].add(d.key)
                        held[noun.lower_].append((m.start, d.key))
        elif d.type == "ORG":
            head = _head_noun(d.name)
            if head and head.isalpha() and head not in _VAGUE_ROLES:
                roles[head].add(d.key)
    unique = {phrase: next(iter(keys)) for phrase, keys in roles.items() if len(keys) == 1}
    ambiguous = {phrase for phrase, keys in roles.items() if len(keys) > 1}
    _place_institutions(text, drafts, unique, added)
    if not unique:
        return
    pattern = re.compile(
        r"\b[Tt]he ((?:" + "|".join(re.escape(p) for p in sorted(set(unique) | ambiguous, key=len, reverse=True))
        + r"))\b(?!-)",
        re.IGNORECASE,
    )
    for m in pattern.finditer(text):
        phrase = m.group(1).lower()
        key = unique.get(phrase)
        if key is None and phrase in held and roles[phrase] == {k for _, k in held[phrase]}:
            key = _recent_holder(held[phrase], m.start(), para_of)
            if key is not None:
                held[phrase].append((m.start(), key))
        if key is None or first_seen.get(key, len(text)) >= m.start():
            continue
        following = text[m.end() : m.end() + 4]
        if following.startswith((" of", " for")):
            continue  # "the president of X": someone else's role
        added[key].append(Mention(m.start(), m.end(), m.group(0), "nominal"))
    # A capitalised title used on its own ("a letter to the King", "King"): the
    # one person who holds it, when it is not the first word of a sentence.
    solo = {p: next(iter(k)) for p, k in titled.items() if len(k) == 1 and p.lower() not in ambiguous}
    if not solo:
        return
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in sorted(solo, key=len, reverse=True)) + r")(?![\w-])")
    for m in pattern.finditer(text):
        key = solo[m.group(0)]
        i = bisect.bisect_left(tok_starts, m.start())
        if i >= len(doc) or doc[i].is_sent_start or first_seen.get(key, len(text)) >= m.start():
            continue
        nxt = text[m.end() : m.end() + 2]
        if nxt[:1] == " " and nxt[1:2].isupper():
            continue  # "King Anselm": part of a name
        added[key].append(Mention(m.start(), m.end(), m.group(0), "nominal"))
