"""Step 4: the occurrences of a cluster's names that spaCy did not tag."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..countries import is_country
from ..drafts import ActorDraft
from ..gazetteer import is_town, is_us_state
from ..model import Mention
from ..parsed import lower_case_words, memo, table, text_of
from .name_shapes import (
    _NAMEPLATE_WORDS, _full_name_shape, _given_and_family_name, _given_name, _is_name_like, _strip_suffix,
)
from .records import Merge
from .tokens import _sentence_initial
from .words import _OFFICE_OF, _PERSONAL_HONORIFICS, _SAINT_WORDS, ACTOR_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


def propagate_late_names(doc: Doc, drafts: list[ActorDraft], before: set[str], persons: set[str] = frozenset()) -> None:
    """The names later stages made actors of (a letter's signature, a byline, an
    interview's speaker label, an untagged name the quote stage found speaking:
    every draft whose key is not in `before`, the keys find_actors returned)
    recur where spaCy missed them ("Jane Doe" in the interview's headline, "Doe"
    in its introduction): add those occurrences as find_actors does for its own
    names (mention rule "late_name"), none that another actor's name also holds.
    So do the bare family and given names of the actors the late stages made
    persons (of `before` but not of `persons`, the persons before them: "Jane
    Doe" tagged as a firm, retyped as a byline's author, is "(Doe)" at the end
    of the headline too; rule "retyped_name"), which find_actors gave only a
    person's name."""
    late = {d.key for d in drafts if d.key not in before and any(m.kind == "name" for m in d.mentions)}
    if late:
        _propagate(doc, drafts, only=late, rule="late_name")
    retyped = {d.key for d in drafts if d.key in before and d.key not in persons and d.type == "PERSON"}
    if retyped:
        _propagate(doc, drafts, only=retyped, rule="retyped_name")


def _whole_word_matches(text: str, forms: list[str],
                        runs: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Where `forms` stand in `text` as whole words: from the left, the longest
    form at each place, never overlapping (what a regex alternation of the forms,
    longest first, between word boundaries finds; compiling that pattern anew
    for every article cost more than the search itself). `runs`: the text's
    `_capitalised_runs`, if the caller keeps them."""
    found: list[tuple[int, int]] = []
    for form in forms:
        if "A" <= form[:1] <= "Z":
            # (most forms: only where a run of word characters starts with the form's first
            # run can it stand as a whole word; one scan for those runs beats a search of
            # the whole text per form)
            if runs is None:
                runs = _capitalised_runs(text)
            end = len(form)
            for at in runs.get(_WORD_RUN.match(form).group(), ()):
                if text.startswith(form, at) and not (at + end < len(text) and _word_char(text[at + end])):
                    found.append((at, -(at + end)))
            continue
        at = text.find(form)
        while at != -1:
            end = at + len(form)
            if not (at > 0 and _word_char(text[at - 1])) and not (end < len(text) and _word_char(text[end])):
                found.append((at, -end))
            at = text.find(form, at + 1)
    matches: list[tuple[int, int]] = []
    pos = 0
    for at, neg_end in sorted(found):
        if at >= pos:
            matches.append((at, -neg_end))
            pos = -neg_end
    return matches


def _capitalised_runs(text: str) -> dict[str, list[int]]:
    """Each run of word characters of `text` that opens with a capital -> where it
    starts, in order."""
    runs: dict[str, list[int]] = defaultdict(list)
    for run in _CAPITALISED_RUN.finditer(text):
        runs[run.group()].append(run.start())
    return runs


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


_WORD_RUN = re.compile(r"\w*")
_CAPITALISED_RUN = re.compile(r"\b[A-Z]\w*")  # a whole run of word characters opening with a capital


def _propagate(
    doc: Doc, drafts: list[ActorDraft], trace: list[Merge] | None = None, only: set[str] | None = None,
    rule: str | None = None,
) -> None:
    """Add exact, word-bounded occurrences of known names that spaCy missed. A
    form of several actors' names goes to the one that holds it as a whole name,
    if that one is a person or the form is its name (pass "shared form",
    recorded in `trace`); a name written in capitals is its actor's too (pass
    "name in capitals", `_capitals`). With `only`, just the names of those actors' keys,
    each added mention recording `rule`."""
    cols = table(doc)
    text = text_of(doc)
    by_key = {d.key: d for d in drafts}
    owner, shared = _form_owners(drafts)
    lower_words = lower_case_words(doc)
    capitals = _capitals(owner, lower_words)
    owner.update(capitals)
    forms = sorted((f for f, k in owner.items() if k is not None and (only is None or k in only)), key=len, reverse=True)
    if not forms:
        return
    taken = sorted((m.start, m.end) for d in drafts for m in d.mentions)
    starts = [s for s, _ in taken]
    tok_starts = cols.starts
    added: list[tuple[int, int, str]] = []
    # (the runs kept with the parse: this pass runs up to three times an article)
    runs = memo(doc, "propagation.runs", lambda d: _capitalised_runs(text_of(d)))
    matches = _whole_word_matches(text, forms, runs)
    # known names side by side ("Acme Star Glider") are not one unknown longer name
    bounds = {s for s, _ in matches} | {e for _, e in matches}
    bounds.update(b for span in taken for b in span)
    for s, e in matches:
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
        if t < 0 or cols.starts[t] != s:
            continue  # not at a token boundary
        tok = doc[t]
        if tok.ent_type_ and tok.ent_type_ not in ACTOR_LABELS:
            continue  # inside a date, number, ...
        form = text[s:e]
        if form.isalpha() and tok.text != form:
            continue  # "Don" inside "Don't": not the whole token
        if (
            " " not in form and _sentence_initial(doc, t) and tok.pos_ != "PROPN" and not tok.ent_type_
            and form.lower() in lower_words
        ):
            continue  # a capitalised first word the text also writes in lower case ("Will", "Harvest"),
            # unless spaCy took it for a name here too
        # "Mr. Doe": an honorific only a person's name follows is no part of a longer name
        titled = t > 0 and cols.words[t - 1] in _PERSONAL_HONORIFICS
        if titled and by_key[owner[form]].type != "PERSON":
            continue
        if _continues_name(doc, text, t, e, bounds, after=not titled):
            continue
        if by_key[owner[form]].type == "ORG" and _OFFICE_OF.search(text, max(0, s - 40), s):
            continue  # "a secretary of State": the office's field, as filter "name in an office title" says
        added.append((s, e, owner[form]))
    for s, e, key in added:
        by_key[key].add(Mention(s, e, text[s:e], "name", rule))
        if trace is not None and text[s:e] in shared | capitals.keys():
            merge = Merge("shared form" if text[s:e] in shared else "name in capitals", text[s:e], by_key[key].name)
            if merge not in trace:
                trace.append(merge)
    for key in {k for _, _, k in added}:
        by_key[key].mentions = _dedupe(by_key[key].mentions)


def _form_owners(drafts: list[ActorDraft]) -> tuple[dict[str, str | None], set[str]]:
    """Each name form of the actors (`_name_forms`) -> the key of the one actor it
    names, None when several actors' names hold it; and the forms of several
    actors given to one (the "shared form" pass)."""
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
    return owner, shared


def _through_family_name(text: str, starts, ends, j: int, last: int, family: str) -> int:
    """The last token of a person's given name at token j continued inside a longer
    name by the person's family name, an initial between or not ("Jane Q. Doe" of
    "the Jane Q. Doe Foundation" for a Jane Doe the text names without the initial);
    j itself when the family name does not follow."""
    t = j + 1
    if t < last and text[ends[t - 1]:starts[t]] == " " and re.fullmatch(r"[A-Z]\.", text[starts[t]:ends[t]]):
        t += 1
    if t < last and text[ends[t - 1]:starts[t]] == " " and text[starts[t]:ends[t]] == family:
        return t
    return j


def nested_names(doc: Doc, drafts: list[ActorDraft]) -> None:
    """A known name inside another actor's longer name is a mention of its own
    actor too (mention rule "nested_name"): "Doeland" in "Doeland Energy Forum"
    or "Constitution of Doeland", "Jane Doe" in "Jane Doe's
    Podcast", the span overlapping the longer name's (GUM marks such nested
    names). Only whole tokens; only names another actor's own mentions give
    whole, or a person's given name of the table or family name
    (`_form_owners`); not inside a person's name or title ("Secretary of State
    Jane Doe": no mention of a State Department) nor a group's ("Native
    Doelanders"), nor names of groups of people themselves. Not a one-word name
    the text also writes in lower case ("Court" in "Circuit Court"), nor one
    that is the head of the longer name after another capitalised word ("White
    House"), unless it is a place's own name ("North Doeland"); not a family
    name of several people of the text ("the Doe Foundation" beside Jane and
    John Doe) or one beside another given name ("the Doe Martin Centre"), nor
    the family name, never used alone, of a name not shaped like a person's
    or whose first word the text writes in lower case ("United" of a "Citizens
    United" taken for a person); no place's one-word
    name after a given name ("Doeville" in "George Doeville University"); not
    the first word of a body's longer name followed by other words ("Acme" of
    "Acme Radio" in "Acme News Daily"); nothing inside a name written in capitals
    ("USA TODAY", a heading: on news 5 of 5 such firings were an outlet's name);
    not the first words of a place's name inside the longer name, a country, a US
    state or a town of the gazetteer ("Doeland" of "Doeland City", as GUM marks
    no country inside a city's name; "United" of a "Citizens United" in "United
    States Court of Appeals"); not a place's name followed by a newspaper's
    nameplate word, the longer name ending in one ("Doeville" of "the Doeville
    Daily News", "the Doeville Sun-Times": GUM marks no place inside a paper's
    name; "the Doeville Post Office" keeps it). A person's given name found there runs on through
    the family name after it ("Jane Q. Doe" in "the Jane Q. Doe Foundation" for
    a "Jane Doe" of the text)."""
    owner, _ = _form_owners(drafts)
    by_key = {d.key: d for d in drafts}
    lower_words = lower_case_words(doc)
    whole = {m.text: d.key for d in drafts for m in d.mentions if m.kind == "name" and owner.get(m.text) == d.key}
    for form, key in owner.items():  # a person's given name of the table or family name, used alone or not
        name = by_key[key].name if key is not None else ""
        if key is not None and form not in whole and by_key[key].type == "PERSON" and " " not in form and (
                _given_name(form) or form == name.split()[-1] and (
                    _given_and_family_name(name) or _full_name_shape(name) and name.split()[0].lower() not in lower_words)):
            # a family name never used alone only of a name shaped like a person's, its first word
            # no word the text writes in lower case: not "United" of a "Citizens United" taken
            # for a person, given to "United States Court of Appeals"
            whole[form] = key
    # a family name several people of the text have ("Doe" of Jane and John Doe) is
    # neither's inside "the Doe Foundation"
    family = Counter(d.name.split()[-1] for d in drafts if d.type == "PERSON" and " " in d.name)
    for form in [f for f in whole if family[f] > 1]:
        del whole[form]
    if not whole:
        return
    cols = table(doc)
    text = text_of(doc)
    starts, ends = cols.starts, cols.ends
    added: dict[str, list[Mention]] = defaultdict(list)
    for d in drafts:
        if d.type in ("PERSON", "NORP"):
            continue
        for m in d.mentions:
            if m.kind != "name" or " " not in m.text or m.text.isupper():
                continue
            first = bisect.bisect_left(starts, m.start)
            last = bisect.bisect_left(starts, m.end)  # tokens first..last-1 lie in the span
            i = first
            while i < last:  # from the left, the longest known name at each token
                for j in range(last - 1, i - 1, -1):
                    if ends[j] > m.end or (i == first and j == last - 1):
                        continue
                    form = text[starts[i]:ends[j]]
                    key = whole.get(form)
                    if key is None or key == d.key or by_key[key].type == "NORP":
                        continue
                    if " " not in form and form.lower() in lower_words:
                        continue  # "House" of "White House", "County" of "Doe County": a word of the text
                    head = j == last - 1 and text[ends[i - 1]:starts[i]] == " " and text[starts[i - 1]].isupper() \
                        and text[starts[i - 1]:ends[i - 1]] not in ("The", "A", "An")
                    if head and " " not in form and (by_key[key].type not in ("GPE", "LOC") or by_key[key].name != form):
                        continue  # the head of a compound name is a place's own name ("North Doeland"),
                        # no other thing's: "White House" is no mention of a "House" of Representatives
                    owner_name = by_key[key].name
                    if by_key[key].type == "PERSON" and form == owner_name.split()[-1] and " " in owner_name and any(
                            first <= t < last and t not in (i, j) and _given_name(text[starts[t]:ends[t]])
                            for t in (i - 1, j + 1)):
                        continue  # another person's name: "Doe" of Jane Doe in "the Doe Martin Centre"
                    if " " not in form and i > first and text[starts[i - 1]].isupper() \
                            and _given_name(text[starts[i - 1]:ends[i - 1]]) and by_key[key].type in ("GPE", "LOC", "FAC"):
                        continue  # the family name of a person the longer name is named after ("George Doeville
                        # University"), not the place "Doeville"
                    if j < last - 1 and by_key[key].type not in ("PERSON", "GPE", "LOC") and owner_name.startswith(form + " ") \
                            and not text.startswith(owner_name, starts[i]):
                        continue  # "Acme" of "Acme Radio" in "Acme News Daily": another body of that stem
                    if by_key[key].type in ("GPE", "LOC", "FAC") and j + 1 < last \
                            and text[starts[j + 1]:ends[j + 1]] in _NAMEPLATE_WORDS \
                            and text[starts[last - 1]:ends[last - 1]] in _NAMEPLATE_WORDS:
                        # the place a newspaper is named for ("Doeville" of "the Doeville Daily News"): GUM
                        # marks no place inside a paper's name, nor does a reader see one there, nor a name in
                        # what follows it ("York" of a "Jane York"); a body's or a person's name before the
                        # nameplate stays ("Acme" of "Acme Daily", named after its owner)
                        i = last - 1
                        break
                    if any(is_country(place) or is_us_state(place) or is_town(place)
                           for place in (text[starts[i]:ends[k]] for k in range(j + 1, min(last, j + 4)))):
                        continue  # the first words of a place's name ("Doeland" of "Doeland City", "United"
                        # of "United States Court"): no mention of the country or of a "Citizens United"
                    if by_key[key].type == "PERSON" and " " not in form and " " in owner_name and form == owner_name.split()[0]:
                        k = _through_family_name(text, starts, ends, j, last, owner_name.split()[-1])
                        if not (i == first and k == last - 1):  # never the longer name whole
                            j, form = k, text[starts[i]:ends[k]]
                    added[key].append(Mention(starts[i], ends[j], form, "name", "nested_name"))
                    i = j
                    break
                i += 1
    for key, mentions in added.items():
        by_key[key].add_free(mentions)


def _capitals(owner: dict[str, str | None], lower_words: set[str]) -> dict[str, str]:
    """The known names written in capitals ("JANE DOE" in a heading or under a
    letter's signature for "Jane Doe"), each to its form's actor (pass "name in
    capitals"): not one of several actors' forms, not a form already written
    so, not one of three letters or fewer ("ANN", an acronym), nor one whose
    last word the text writes in lower case ("Media": "MEDIA" is a word)."""
    out: dict[str, str | None] = {}
    for form, key in owner.items():
        upper = form.upper()
        if key is None or upper == form or upper in owner or sum(map(str.isalpha, form)) < 4:
            continue
        if form.split()[-1].lower() in lower_words:
            continue
        out[upper] = key if out.get(upper, key) == key else None
    return {f: k for f, k in out.items() if k is not None}


def _name_forms(d: ActorDraft) -> set[str]:
    forms = set()
    name_words = set(d.name.replace("’", "'").split())
    if name_words & _SAINT_WORDS:
        name_words |= _SAINT_WORDS  # "St. Doe" is a whole form of "Saint Doe": the title is part of the name
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


def _continues_name(doc: Doc, text: str, t: int, end: int, bounds: set[int], after: bool = True) -> bool:
    """Is the occurrence glued to another capitalised proper noun (part of a
    longer name the article does not otherwise use)? `bounds` are the edges of
    known names, which do not count as such a neighbour. With `after` false,
    only the word after it is looked at."""
    cols = table(doc)
    nxt_i = t
    while nxt_i < len(doc) and cols.starts[nxt_i] < end:
        nxt_i += 1
    if nxt_i < len(doc):
        nxt = doc[nxt_i]
        if (
            nxt.idx == end + 1 and text[end] == " " and nxt.pos_ == "PROPN" and nxt.idx not in bounds and nxt.text[:1].isupper()
            and nxt.ent_type_ not in ("DATE", "TIME") and not nxt.is_sent_start
        ):
            return True
    if after and t > 0:
        prv = doc[t - 1]
        if (
            prv.pos_ == "PROPN" and prv.text[:1].isupper() and cols.ends[t - 1] + 1 == cols.starts[t]
            and cols.ends[t - 1] not in bounds
            and not _sentence_initial(doc, t - 1) and prv.ent_type_ not in ("DATE", "TIME")
        ):
            return True
    return False
