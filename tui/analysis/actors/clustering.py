"""Step 2: the distinct names clustered into referents, pass by pass."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container
from dataclasses import dataclass, field

from ..aliases import canonical
from ..countries import is_country
from ..first_names import gender_of_first_name, short_form_of
from ..gazetteer import is_town
from .name_shapes import (
    _abbreviates, _contains, _family, _feature_group_short_form, _given_name, _initials, _key, _spelled_by,
    _strip_suffix, _suffix, _weight,
)
from .records import _Cand, Merge, top_vote
from .type_vote import _PLACE_EVIDENCE
from .words import (
    _ADDRESS_HEADS, _ARTICLES, _DEMONSTRATIVES, _DEMONYM_ENDINGS, _FAC_LAST, _FAC_LAST_NOT_SURNAME,
    _MEMBER_WORDS, _NAME_FUNCTION_WORDS, _NAMED_AFTER_HEADS, _NAMED_AFTER_NOT_FIRM, _NAMED_WORK_HEADS, _ORGANISATION_HEADS, _PERSON_ROLES, _SAINT_WORDS, _STATE_HEADS, _SUFFIXES,
)


# Words that may stand before a country's name in another name of the same place
# ("the Netherlands", "These United States"), unlike "South" in "South Sudan" (`_partial_ok`).
_GLUED_DETERMINERS = _ARTICLES | _DEMONSTRATIVES | {"our", "all"}


# Last words of a place's name that leave it the same place as the bare name ("Lyonesse Island").
_ISLAND_WORDS = frozenset({"Island", "Isle"})

# Last words of a name that no person has as a surname: a name ending so and
# misread as a person's does not take its first word as a short form.
_NOT_A_SURNAME = _FAC_LAST_NOT_SURNAME | _ADDRESS_HEADS - {"Lane"} | {"School"}

# Last words of a place or building that can be named after a person ("Jane Doe Square").
_NAMED_AFTER_LAST = _FAC_LAST | _ADDRESS_HEADS | {"Bay", "School"}


@dataclass
class _Group:
    key: str
    words: tuple[str, ...]
    cands: list[int] = field(default_factory=list)
    first: int = 0
    votes: Counter = field(default_factory=Counter)
    after_the: bool = False  # most of its occurrences are written "the X"
    placed: bool = False  # written once at least where a town stands: "in X", "moved to X" ("near X" may be a building)
    gender: str | None = None  # "m"/"f": a family name after "Mr."/"Mrs." where people of both share it
    speaks: bool = False  # written once at least as the subject of a verb of speech: "Doe said"
    titles: frozenset[str] = frozenset()  # the last words of its titles, lower case: "dr" of "Dr. Doe"
    work: bool = False  # a law's, prize's or work's name: ends in, or once followed by, "Act", "Prize", ...

    @property
    def label(self) -> str | None:
        return top_vote(self.votes) if self.votes else None


class _LowerCaseWords:
    """The words `text` writes in lower case (`\b[a-z]+\b`), as a set that
    is read from the text on its first membership test: `_partial_ok` asks it
    of few names, in few articles, and the scan of the whole text cost more
    than all the rest of the partial-name pass."""

    __slots__ = ("_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = frozenset(re.findall(r"\b[a-z]+\b", self._text))
        return word in self._words


class _UnionFind:
    """Union-find over group keys that also sums each cluster's type votes."""

    def __init__(self, groups: dict[str, _Group], trace: list[Merge] | None = None) -> None:
        self.parent: dict[str, str] = {k: k for k in groups}
        self.votes: dict[str, Counter] = {k: Counter(g.votes) for k, g in groups.items()}
        self.trace = trace

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, rule: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if self.trace is not None:
                self.trace.append(Merge(rule, a, b))
            self.parent[ra] = rb
            self.votes[rb].update(self.votes.pop(ra))

    def label(self, x: str) -> str | None:
        votes = self.votes[self.find(x)]
        return top_vote(votes) if votes else None


def _cluster(cands: list[_Cand], pairs: list[tuple[int, int]], trace: list[Merge] | None = None,
             known_as: list[tuple[int, int]] = (), text: str = "") -> dict[str, list[int]]:
    """Root key -> candidate indices. Passes (PASSES): exact name (after
    normalising dots, apostrophes and spaces), the alias table, plural demonyms,
    bracketed short forms, acronyms, other names the text gives a name
    (`known_as`, see _known_as_pairs), partial names (the longest name a shorter
    one continues: a surname, a given name, first and last name), and among them
    a family name a man and a woman of the text share, after "Mr." or "Mrs.",
    "Ms.", "Miss" (gendered title: the person whose given name marks that gender),
    a person's family name spaCy tagged as a group (`_surname_tagged_as_group`),
    and the short forms of a given and family name spaCy tagged as no person's
    (short form of a given and family name: "Doe" as a place, "Jane Doe" as a firm).
    Each merge is appended to `trace` when given."""
    groups: dict[str, _Group] = {}
    cand_key: list[str] = []
    typed_keys = {_key(c.text) for c in cands if c.label is not None}
    cased_words = {w for k in typed_keys if not k.isupper() for w in k.split() if w[:1].isupper() and not w.isupper()}
    shared = _family_names_of_both_genders(cands)
    # "Republican party" beside "Republican Party", "NovaCon" beside "Novacon": a name
    # written in two cases is one name, under the spelling with the most capitalised
    # words (then the one the text uses most), as the longer names holding it are
    # written. Not one word in capitals ("US" is no "Us"): `_in_title_case` judges those.
    # (Not a hyphen for a space either: "Jane Abu-Laban" and "John Abu Laban" may be two.)
    spellings = Counter(k for c in cands if " " in (k := _key(c.text)) or not k.isupper())
    by_case: dict[str, str] = {}
    for k, _ in sorted(spellings.items(), key=lambda kv: (-sum(w[:1].isupper() for w in kv[0].split()), -kv[1])):
        by_case.setdefault(k.casefold(), k)
    for i, c in enumerate(cands):
        key = _key(c.text)
        key = by_case.get(key.casefold(), key) if " " in key or not key.isupper() else key
        gender = _titled_gender(text, c) if key in shared else None
        if gender is not None:
            # "Mrs. Doe" beside "Jane Doe" and "John Doe": her, not whoever came first
            key, words, alias = _GENDERED_KEY[gender] + key, (key,), None
        else:
            if key.isupper() and len(key) > 3:
                for variant in (key.title(), key.capitalize()):
                    if variant in typed_keys:
                        key = variant
                        break
                else:
                    cased = _in_title_case(key, cased_words)
                    if cased is not None:
                        if trace is not None and Merge("name written in capitals", c.text, cased) not in trace:
                            trace.append(Merge("name written in capitals", c.text, cased))
                        key = cased
            alias = canonical(key)
            if alias is not None and alias != key and trace is not None \
                    and Merge("alias table", key, alias) not in trace:
                trace.append(Merge("alias table", key, alias))
            key = alias or key
            words = tuple(key.split())
        g = groups.get(key)
        if g is None:
            g = groups[key] = _Group(key, words, first=c.start, gender=gender)
        elif gender is None and trace is not None and c.text != cands[g.cands[0]].text and alias is None \
                and Merge("exact name", c.text, cands[g.cands[0]].text) not in trace:
            trace.append(Merge("exact name", c.text, cands[g.cands[0]].text))
        g.cands.append(i)
        cand_key.append(key)
        g.first = min(g.first, c.start)
        if c.label is not None:
            g.votes[c.label] += _weight(c.label, len(g.words))
    for g in groups.values():
        g.after_the = 2 * sum(cands[i].after_the for i in g.cands) > len(g.cands)
        g.speaks = any(cands[i].speaks for i in g.cands)
        g.placed = any(cands[i].preposition == "in" or cands[i].cue_rule in _PLACE_EVIDENCE for i in g.cands)
        # (most names have no title before them: only those that do are read)
        g.titles = frozenset(t for i in g.cands if cands[i].title_start < cands[i].start
                             and (t := _title_word(text, cands[i])) is not None)
        g.work = len(g.words) > 1 and (g.words[-1] in _NAMED_WORK_HEADS or any(
            _WORK_HEAD_AFTER.match(text, cands[i].end) is not None for i in g.cands))
    for g in [g for g in groups.values() if g.gender is not None and g.words[0] in groups]:
        # "Mr. Doe" is a person's family name: the bare "Doe" of the same text is too, even
        # where its own tags say otherwise ("the Doe brand"), so it does not go to "Doe Golf Club"
        groups[g.words[0]].votes.update(g.votes)
    # "the Bergs": a family, not one of its members
    person_words = {g.words[-1] for g in groups.values() if len(g.words) > 1 and g.label == "PERSON"}
    for k in [k for k, g in groups.items() if len(g.words) == 1 and k.endswith("s") and k[:-1] in person_words]:
        del groups[k]
    uf = _UnionFind(groups, trace)

    # Plural demonyms: "New Zealanders" -> "New Zealander".
    for k, g in groups.items():
        if k.endswith("s") and k[:-1] in groups:
            other = groups[k[:-1]]
            if "NORP" in (g.label, other.label) or other.label == "NORP":
                uf.union(k, k[:-1], "plural demonym")

    # Plural short forms of groups of natural features: "the Marrows" -> "Marrow Islands".
    settled: set[str] = set()
    by_plural: dict[str, list[str]] = defaultdict(list)
    for k, g in groups.items():
        if g.label != "PERSON" and (short := _feature_group_short_form(g.words)) is not None:
            by_plural[short].append(k)
    for k, g in groups.items():
        found = by_plural.get(k, []) if len(g.words) == 1 and g.label not in ("PERSON", "NORP") else []
        if len(found) == 1:
            uf.union(k, found[0], "plural short form")
            settled.add(k)  # not also a partial name of "Air Marrows", an airline

    # Bracketed short forms: "Institute for Coastal Studies (ICS)".
    for i, j in pairs:
        ki, kj = cand_key[i], cand_key[j]
        if ki in groups and kj in groups and len(groups[kj].words) == 1 and len(groups[ki].words) > 1:
            if _abbreviates(kj, groups[ki].words) or _spelled_by(ki, kj):
                uf.union(kj, ki, "bracketed short form")

    # Acronyms that are the initials of exactly one longer name.
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k, g in groups.items():
        if len(g.words) > 1 and g.label not in ("PERSON", "NORP"):
            ini = _initials(g.words)
            if len(ini) >= 2:
                by_initials[ini].append(k)
    for k, g in groups.items():
        if len(g.words) == 1 and k.isupper() and 2 <= len(k) <= 6 and canonical(k) is None:
            found = by_initials.get(k, [])
            roots = {uf.find(x) for x in found}
            if len(roots) == 1:
                uf.union(k, found[0], "acronym")

    # Initials for a longer name's first words: "UC Lyon" is the one "University of
    # Castile, Lyon" of the text, "NY Daily News" the one "New York Daily News" (the
    # words after the initials end the longer name; two letters or more, in capitals).
    for k, g in groups.items():
        head = g.words[0] if len(g.words) >= 2 else ""
        if not (head.isupper() and head.isalpha() and 2 <= len(head) <= 4) or g.label in ("PERSON", "NORP"):
            continue
        rest = g.words[1:]
        found = [h for h, hg in groups.items() if h != k and len(hg.words) > len(g.words) and hg.label not in ("PERSON", "NORP")
                 and hg.words[-len(rest):] == rest and _initials(hg.words[:-len(rest)]) == head]
        if len({uf.find(h) for h in found}) == 1:
            uf.union(k, found[0], "initials of a longer name")

    # A place-qualified short form: "US House" is the one "House of ..." of the article.
    places = {k for k, g in groups.items() if _family(g.label) == "PLACE" or canonical(k) is not None}
    for k, g in groups.items():
        if len(g.words) < 2 or g.label not in ("ORG", None):
            continue
        for n in (1, 2):
            rest = g.words[n:]
            head = " ".join(g.words[:n])
            if head not in places and canonical(head) is None or not rest:
                continue
            found = [
                h for h, hg in groups.items()
                if h != k and len(hg.words) > len(rest) + 1 and hg.words[: len(rest)] == rest
                and hg.words[len(rest)] == "of" and hg.label in ("ORG", None)
            ]
            if len({uf.find(h) for h in found}) == 1:
                uf.union(k, found[0], "place-qualified name")
            break

    # Family name first: "Tanaka Yuki" beside "Yuki Tanaka" (a Japanese, Chinese
    # or Hungarian name given in both orders) is one person.
    for k, g in groups.items():
        if len(g.words) == 2 and g.label == "PERSON":
            other = f"{g.words[1]} {g.words[0]}"
            if other in groups and groups[other].label != "NORP":
                uf.union(k, other, "family name first")

    # A short form of a given name: "Larry Doe" beside "Lawrence Doe" or "Lawrence
    # J. Doe" is one person (`first_names.SHORT_FORMS`), not two the short family
    # name "Doe" could be either of; not across a generational suffix ("Jr.").
    by_family: dict[str, list[str]] = defaultdict(list)
    for k, g in groups.items():
        core = _strip_suffix(g.words)
        if g.label == "PERSON" and g.gender is None and len(core) >= 2 and core[-1][:1].isupper():
            by_family[core[-1]].append(k)
    for ks in by_family.values():
        for a in ks:
            for b in ks:
                short, full = _strip_suffix(groups[a].words), _strip_suffix(groups[b].words)
                if short_form_of(short[0], full[0]) and (len(short) == 2 or short[1:-1] == full[1:-1]) \
                        and _suffix(groups[a].words) == _suffix(groups[b].words):
                    uf.union(a, b, "short form of a given name")

    # Another name the text gives it: "Jane Doe, also known as Jane Roe", "Jane
    # Doe (born Jane Mary Roe; 1901)": one actor under both names, unless spaCy
    # tells kinds apart ("Lyonesse, known as the Jewel": a place, not a work).
    for i, j in known_as:
        ki, kj = cand_key[i], cand_key[j]
        if ki not in groups or kj not in groups:
            continue
        li, lj = uf.label(ki), uf.label(kj)
        if "NORP" in (li, lj) or li is not None and lj is not None and _family(li) != _family(lj):
            continue
        uf.union(kj, ki, "known as")

    # "Joshua Abraham Roe" with only "Abraham Roe" tagged (the parser often cuts a
    # name's first word off at the start of a line): the untagged given name right
    # before a person's tagged name is that person's, not a namesake's
    at = {c.start: i for i, c in enumerate(cands) if c.label == "PERSON" and c.title_start == c.start}
    for j, c in enumerate(cands):
        i = at.get(c.end + 1)
        if i is None or c.cue_rule != "untagged given name" or " " in c.text or text[c.end:c.end + 1] != " ":
            continue
        ki, kj = cand_key[i], cand_key[j]
        if ki in groups and kj in groups:
            uf.union(kj, ki, "given name before a name")

    # "Saint Doe", "St. Doe": the saint the text calls "Doe" (a person's one-word
    # name), whatever spaCy took the title and name for (a place, often); not a
    # place written "in St. Doe", nor a word of a longer name of the text ("Doe
    # Roe", "St. Doe Church") but the saint's ("Saint Doe" beside "St. Doe").
    for k, g in groups.items():
        if len(g.words) != 2 or g.words[0] not in _SAINT_WORDS or g.placed:
            continue
        bare = groups.get(g.words[1])
        if bare is None or bare.label != "PERSON" or any(
                g.words[1] in o.words for o in groups.values() if len(o.words) > 1 and o.words[0] not in _SAINT_WORDS):
            continue
        uf.union(k, g.words[1], "saint's name")

    # Partial names join the one longer name they continue, not a group named
    # after it with a plural group word the text uses on its own ("Acme Party
    # Liberals" beside "Liberals", "Lyonesse Americans" beside "Americans": a
    # body and a group of people in it, a place and a community).
    common = _LowerCaseWords(text)
    title_starts = {c.title_start for c in cands if c.label == "PERSON" and c.title_start < c.start}
    group_words = frozenset(k for k, g in groups.items() if len(g.words) == 1 and g.label == "NORP" and k.endswith("s"))
    # family names of the people of the text ("Doe" of "Jane Doe")
    family_names = frozenset(_strip_suffix(g.words)[-1] for g in groups.values() if len(g.words) > 1 and g.label == "PERSON")
    by_word: dict[str, list[str]] = defaultdict(list)
    for k, g in groups.items():
        for w in set(g.words):
            by_word[w].append(k)
    # a given and family name spaCy tagged as a firm or a place ("Jane Doe" an ORG),
    # which its typing makes a person's (the cue "given and family name"): its short
    # forms join it as a person's do, whatever spaCy tagged them ("Doe" a GPE)
    full_names = {k for k, g in groups.items()
                  if g.label != "PERSON" and any(cands[i].cue_rule == "given and family name" for i in g.cands)}
    for k, g in sorted(groups.items(), key=lambda kv: -len(kv[1].words)):
        words = g.words
        if not words or all(w.lower() in _NAME_FUNCTION_WORDS for w in words):
            continue
        if len(words) == 1 and (words[0].lower() in _NAME_FUNCTION_WORDS or words[0] in _SUFFIXES) or k in settled:
            continue
        if any(_party_branch(words, groups[h].words) for h in by_word.get(words[0], ())):
            continue  # "the Democratic Party" beside "Lyonesse Democratic Party": the party, not its branch
        longer, as_person = [], set()
        for h in by_word.get(words[0], ()):
            if len(groups[h].words) <= len(words):
                continue
            if _partial_ok(g, groups[h], uf.label(h), common, family_names):
                longer.append(h)
            elif h in full_names and uf.label(h) != "PERSON" and _partial_ok(g, groups[h], "PERSON", common, family_names):
                longer.append(h)
                as_person.add(h)
        if not longer:
            continue
        roots: dict[str, list[str]] = defaultdict(list)
        for h in longer:
            roots[uf.find(h)].append(h)
        if uf.find(k) in roots and len(roots) == 1:
            continue
        target, how = _choose(g, groups, roots, uf, places)
        if target is not None and any(
            groups[h].words[:-1] == words and groups[h].words[-1] in group_words for h in roots[uf.find(target)]
        ):
            continue  # "Acme Party" and "Acme Party Liberals": a body and a group of people in it
        head_noun = target is not None and len(words) == 1 and g.label == "ORG" and uf.label(target) in ("ORG", "FAC", None)
        placed_head = head_noun and _place_institution(groups[target].words, words[0], places)
        if head_noun and groups[target].words[-1] == words[0] and not _institution_form(groups[target].words, words[0], places) \
                and not placed_head \
                and not any(len(groups[h].words) > 1 and _given_name(groups[h].words[0]) and groups[h].words[-1] == words[0]
                            for h in roots[uf.find(target)]) and (
                    any(cands[i].start in title_starts for i in g.cands) or any(
                        len(o.words) > 1 and o.words[0] == words[0] and uf.find(h) != uf.find(target)
                        for h, o in groups.items()
                    )):
            # "House" opening "House Speaker Jane Doe" or "House Budget Committee"
            # beside "White House": the bare head noun names an institution of its
            # own, not the one name that merely ends in it (unless that name's
            # cluster holds a given and family name ending in the word: "Jane Doe"
            # beside a title-case headline glued to her name, "Move Against Jane Doe")
            continue
        if target is not None:
            rule = "gendered title" if g.gender is not None else "partial name"
            team = _team_short_form(g, groups[target], uf.label(target),
                                    [i for i, w in enumerate(groups[target].words) if (w,) == words])
            if g.label == "NORP" and uf.label(target) == "PERSON":
                rule = "surname tagged as a group"
            elif g.gender is None and how is not None:
                rule = how
            elif target in as_person:
                rule = "short form of a given and family name"
            elif team:
                rule = "plural short form of a team"
            elif placed_head:
                rule = "head noun of a place's institution"
            uf.union(k, target, rule)
            if team:
                # the lone plural's place tags are guesses: they do not outvote the
                # team's own name, here nor in the type vote (`type_vote`)
                root = uf.find(k)
                for label in ("GPE", "LOC", "FAC"):
                    uf.votes[root][label] -= g.votes.get(label, 0)
                uf.votes[root] = +uf.votes[root]  # without the counts left at zero or below
                for i in g.cands:
                    if _family(cands[i].label) == "PLACE":
                        cands[i].label = None

    out: dict[str, list[int]] = defaultdict(list)
    for k, g in groups.items():
        out[uf.find(k)].extend(g.cands)
    return out


# A word of a name written in capitals: letters, then an apostrophe or a hyphen and more letters ("O'NEILL").
_CAPITALS_WORD = re.compile(r"(?:[A-Z]+['’-])*[A-Z]{2,}|[A-Z]\.")


def _in_title_case(key: str, cased_words: set[str]) -> str | None:
    """"SALLY ROE" in a letter's heading or a transcript's caption, beside "Sally"
    or "Roe" written in title case: the name of several words in capitals
    is the title-case name ("Sally Roe"), so its short forms join it as they
    join any other name. Only when the text writes one of its words so in a
    typed name (not "USA TODAY"), and every word is a word ("CC BY 4.0" is no
    name)."""
    words = key.split(" ")
    if len(words) < 2 or not all(_CAPITALS_WORD.fullmatch(w) for w in words):
        return None
    cased = " ".join(w if w.endswith(".") else re.sub(r"[A-Z]+", lambda m: m.group(0).capitalize(), w) for w in words)
    if not any(w in cased_words for w in cased.split(" ") if len(w) > 2):
        return None
    return cased


# What joins a name to another name of the same actor: "Jane Doe (1901 - 1980),
# also known as Jane Roe", "Jane Doe, better known by her pseudonym Jane Roe",
# "Jane Doe, self-identified as Jane Roe" (an aside in brackets may stand
# between the name and the comma).
_KNOWN_AS = re.compile(
    r"(?:\s*\((?:[^()\n]|\([^()\n]*\))*\))?\s*,\s*"
    r"(?:(?:also|better|commonly|popularly|often|locally|more commonly)\s+)?"
    r"(?:known as|self-identified as|better known by (?:his|her|their) (?:pseudonym|pen name|stage name))\s+")

# A birth name in the brackets after a name, or said of it: "Jane Doe (born Jane
# Mary Roe; 1901)", "Jane Doe was born Jane Mary Roe in Lyonesse".
_BORN_AS = re.compile(r"\s*\((?:[^()\n]*?[;,]\s*)?born\s+|\s+(?:was|is)\s+born\s+")

# The name a pen name or stage name stands for: "Jane Roe (1901 - 1980) was the pen
# name of Jane Doe", "Jane Roe is a pseudonym of British author Jane Doe" (also
# from a name inside the brackets: "Jane Roe (Roe Jane, 1901 - 1980) was ...").
_PEN_NAME_OF = re.compile(
    r"(?:\s*\((?:[^()\n]|\([^()\n]*\))*\)|[^()\n]*\))?\s+(?:is|was)\s+(?:a|the)\s+"
    r"(?:pen name|pseudonym|stage name|nom de plume|pen-name)\s+(?:of|for|used by)\s+(?:[A-Z][\w-]+\s+)?")


# Each pattern with words one of which every match of it holds.
_NAME_PAIR_WORDS = (
    (_KNOWN_AS, ("known as", "self-identified as", "known by")),
    (_BORN_AS, ("born",)),
    (_PEN_NAME_OF, ("pen name", "pseudonym", "stage name", "nom de plume", "pen-name")),
)


def _known_as_pairs(cands: list[_Cand], text: str) -> list[tuple[int, int]]:
    """(i, j): candidate j is another name the text gives candidate i's actor
    right after it ("Jane Doe, also known as Jane Roe"; "Jane Doe (born Jane
    Mary Roe)", "Jane Doe was born Jane Mary Roe", a birth name of two words or
    more, not a date or a place; "Jane Roe was the pen name of Jane Doe")."""
    at = {c.title_start: j for j, c in enumerate(cands)}  # "known as Emperor Doe": the title opens it
    at.update({c.start: j for j, c in enumerate(cands)})
    out = []
    # only the patterns whose words the text holds: each match tried at every name costs
    patterns = [p for p, words in _NAME_PAIR_WORDS if any(w in text for w in words)]
    for i, c in enumerate(cands):
        for pattern in patterns:
            m = pattern.match(text, c.end, c.end + 400)
            j = at.get(m.end()) if m else None
            if j is None or j == i:
                continue
            if pattern is _BORN_AS and (len(cands[j].text.split()) < 2 or cands[j].label not in ("PERSON", None)):
                continue  # "(born 1901)", "(born in Lyonesse)": no name
            out.append((i, j))
    return out


_GENDERED_TITLES = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}

_GENDERED_KEY = {"m": "Mr ", "f": "Ms "}


def _family_names_of_both_genders(cands: list[_Cand]) -> set[str]:
    """Family names that a man and a woman of the text share ("John Doe" and
    "Jane Doe"), by the gender their given names mark (`first_names`)."""
    genders: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.label != "PERSON":
            continue
        core = _strip_suffix(tuple(c.text.split()))
        if len(core) >= 2 and (gender := gender_of_first_name(core[0])) is not None:
            genders[_key(core[-1])].add(gender)
    return {k for k, gs in genders.items() if len(gs) == 2}


def _title_word(text: str, c: _Cand) -> str | None:
    """The last word of the title in front of a name, lower case and without its
    dot ("dr" of "Dr. Doe", "senator" of "former Senator Jane Doe"), or None."""
    words = text[c.title_start : c.start].split()
    return words[-1].rstrip(".").lower() or None if words else None


def _titled_gender(text: str, c: _Cand) -> str | None:
    """"m" or "f" when the one-word name has "Mr." or "Mrs.", "Ms.", "Miss" as its title."""
    words = text[c.title_start : c.start].split()
    if not words or " " in c.text.strip():
        return None
    return _GENDERED_TITLES.get(words[-1].rstrip("."))


def _surname_tagged_as_group(g: _Group, h: _Group) -> bool:
    """Is the one word spaCy tagged as a group (NORP) the family name of the
    person `h` ("Doe" after "Jane Doe": spaCy takes unfamiliar surnames for
    nationalities), not a word shaped like one ("Cuban", "Jewish", "Democrats")?
    A word shaped like a nationality ("Doese", "Doean", "Doeli") is the family
    name when it is the subject of a verb of speech on its own ("Doese said", as
    no nationality is)."""
    if len(g.words) != 1 or not all(w[:1].isupper() for w in h.words):
        return False
    word = g.words[0]
    core = _strip_suffix(h.words)
    if len(core) < 2 or core[-1] != word or word.isupper() or word.endswith("s"):
        return False
    return not word.endswith(_DEMONYM_ENDINGS) or g.speaks and not g.after_the


def _named_after_person(g: _Group, h: _Group, family_names: frozenset[str]) -> bool:
    """Is `h` a body named after the person `g` names, not a longer form of
    that person's name: the name of `g` (or a part of it) followed by a head word
    no one has as a family name (`_NAMED_AFTER_HEADS`): "Jane Doe Foundation"
    beside "Jane Doe" (a given and family name spaCy tags as a person's), "Doe
    Organization" beside a "Doe" spaCy tagged as a person at least once and
    that is the family name of a person of the text (`family_names`), or mostly
    tagged as a person's and no firm's first word ("Doe Campaign", not "Doe Inc.")?
    The head word may go on with an "of" phrase ("Doe Institute of Botany")."""
    head = next((i for i, w in enumerate(h.words) if w == "of" and i > 0), len(h.words)) - 1
    if head < len(g.words) or h.words[head] not in _NAMED_AFTER_HEADS or not _contains(h.words[:head], g.words):
        return False
    if len(g.words) > 1:
        return g.label == "PERSON" and _given_name(g.words[0])
    return bool(g.votes.get("PERSON")) and (
        g.words[0] in family_names or g.label == "PERSON" and h.words[head] in _NAMED_AFTER_NOT_FIRM)


def _work_named_after(g: _Group, h: _Group) -> bool:
    """Is `h` a law, a prize or a work named after the person `g` names, not a
    longer form of that person's name: "Jane Doe" (a given and family name spaCy
    tags as a person's, or one word of it) opening "Jane Doe Prize", or "Jane Doe Justice" where the
    text goes on "Act" or "in Schools Act" (spaCy left the head word out;
    `_NAMED_WORK_HEADS`), whatever spaCy took the cut form for?"""
    n = len(g.words)
    if not h.work or n >= len(h.words) or g.label != "PERSON":
        return False
    if n == 1:
        return len(h.words) > 2 and g.words[0] in h.words  # "Doe" or "Jane" of "Jane Doe Justice"
    return h.words[:n] == g.words and _given_name(g.words[0])


# A law's, prize's or work's head word right after a name, or after at most three more
# words of the name (capitalised, or "in", "of", "for", "on", "and", "to"): " Act" after
# "Jane Doe Safety", " in Schools Act" after "Jane Doe Justice"; not a headline in title
# case, whose function words are capitalised ("Jane Doe Accused Of Shameful Act").
_WORK_HEAD_AFTER = re.compile(
    r"(?:[ \t](?:(?!(?:Of|To|In|For|On|And|The|At|By|With|From|As|Is|After|Over)\b)[A-Z][a-z]+|in|of|for|on|and|to)){0,3}?"
    r"[ \t](?:" + "|".join(sorted(_NAMED_WORK_HEADS)) + r")\b")


def _group_of_members(words: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Is `longer` a group of people in or behind the body `words` names: its
    name followed by a party's or a member's word (`_MEMBER_WORDS`: "Senate
    Democrats", "Senate Democratic Caucus", "Second Amendment Democrats" beside
    "Senate", "Second Amendment"), not a longer name of it?"""
    n = len(words)
    return any(longer[i : i + n] == words and longer[i + n] in _MEMBER_WORDS for i in range(len(longer) - n))


# Last words of a party's name: a party has a branch in every state, county and town.
_PARTY_WORDS = frozenset({"Party", "GOP"})

# Words that may stand between a place and its party branch's name ("Doe State Democratic Party").
_LEVEL_WORDS = frozenset({"State", "County", "City"})


def _party_branch(words: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Is `longer` a party's branch in a state, county or town of the gazetteer
    (not a country): the place, maybe "State", "County" or "City", then the party's own name
    `words` ("Lyonesse Democratic Party" beside "the Democratic Party")? The
    party's name alone then names the party itself, not the branch, nor any
    other longer name ending in it (partial names leave it alone)."""
    n = len(words)
    if words[-1] not in _PARTY_WORDS or len(longer) <= n or longer[-n:] != words:
        return False
    place = longer[:-n]
    if len(place) > 1 and place[-1] in _LEVEL_WORDS:
        place = place[:-1]
    return is_town(" ".join(place)) and not is_country(" ".join(place))


def _narrower_group(g: _Group, h: _Group, hl: str | None) -> bool:
    """Is `h` a narrower group of the people the one word `g` names: a group
    name (NORP) ending in the plural word, qualified by the words before it
    ("Catholic Republicans", "Lyonesse Americans" beside "Republicans",
    "Americans"), a part of the group and not another name of it?"""
    if len(g.words) != 1 or g.label != "NORP" or hl != "NORP" or h.words[-1] != g.words[0]:
        return False
    return g.words[0].endswith("s") and all(w[:1].isupper() for w in h.words)


def _named_after_plural_name(g: _Group, h: _Group, common: Container[str]) -> bool:
    """Is `h` something named after the plural name `g` of a team, a body or a
    group of islands by one common word (one the text writes in lower case)
    before or after it ("Air Lyonesses" beside "the Lyonesses", "Hawks Poet"
    beside "the Hawks", with "air", "poet" in the text), not a longer name of
    it? Not a function word ("the"), an organisation's head word ("Hawks
    Club"), nor a given name ("Bill Does" beside "Does" and "a bill": a person)."""
    if len(g.words) != 1 or len(h.words) != 2 or g.label not in ("ORG", "GPE", "LOC", "FAC"):
        return False
    word = g.words[0]
    if not word[:1].isupper() or word.isupper() or not word.endswith("s") or word.endswith("ss"):
        return False
    other = h.words[1] if h.words[0] == word else h.words[0] if h.words[1] == word else None
    return other is not None and other.lower() in common and other.lower() not in _NAME_FUNCTION_WORDS \
        and other not in _ORGANISATION_HEADS and not _given_name(other)


def _partial_ok(g: _Group, h: _Group, hl: str | None, common: Container[str] = frozenset(),
                family_names: frozenset[str] = frozenset()) -> bool:
    """May the shorter name `g` be a partial form of the longer name `h` (whose
    cluster has type `hl`)? `common`: the words the text writes in lower case;
    `family_names`: the family names of the people of the text. Never when `h` is
    a body named after the person `g` names (`_named_after_person`)."""
    gl = g.label
    if _named_after_person(g, h, family_names) or _work_named_after(g, h):
        return False
    if _group_of_members(g.words, h.words):
        return False
    if _narrower_group(g, h, hl):
        return False
    if _named_after_plural_name(g, h, common):
        return False
    if gl == "NORP" and hl == "PERSON" and _surname_tagged_as_group(g, h):
        return True
    if (gl == "NORP") != (hl == "NORP") and gl is not None:
        return False
    if hl == "PERSON":
        if _family(gl) == "PLACE" and is_country(g.key):
            return False  # "Lyonesse Taiwan" misread as a person does not take "Taiwan"
        if h.words[-1] in _NOT_A_SURNAME:
            return False  # "Lyonesse Hotel" misread as a person is named after Lyonesse
        # A person is called by the first or the last part(s) of the name, or
        # by first and last name without the middle ones.
        core = _strip_suffix(h.words)
        n = len(g.words)
        if _suffix(g.words) is not None:
            return False
        if n == 1 and _family(gl) == "PLACE" and g.placed and len(core) >= 2 and core[0] == g.words[0] != core[-1] \
                and re.fullmatch(r"[A-Z][\w'’-]+", core[-1]) and core[-1].lower() not in common and core[-1].lower() not in _PERSON_ROLES:
            # "in Austin" and "Austin Doe": a town is no one's given name ("Lyon Harbour",
            # with "the harbour" in the text, is a place misread as a person; "Austin"
            # tagged as a place but standing where no place does may be her)
            return False
        if n == 2 and len(core) > 2 and (core[0], core[-1]) == g.words:
            return True
        return core[:n] == g.words or core[-n:] == g.words
    if not _contains(h.words, g.words):
        return False
    n = len(g.words)
    at = [i for i in range(len(h.words) - n + 1) if h.words[i : i + n] == g.words]
    if all(i > 0 and h.words[i - 1] == "of" for i in at) and (
        _family(gl) == "PLACE" or n == 1 and not g.words[0].endswith("s")
    ):
        # "Lyon" in "University of Lyon": the place it is of, not a short form
        # of it (whatever spaCy guessed for the lone word); "Representatives"
        # still stands for "House of Representatives"
        return False
    if 0 not in at and is_country(g.key) and any(
            w.lower() not in _GLUED_DETERMINERS for w in h.words[: at[0]]):
        return False  # "Sudan" and "South Sudan", "the Netherlands" and "the Spanish Netherlands": another place
    if at == [0] and len(h.words) == n + 1 and h.words[-1] in _ISLAND_WORDS and _family(hl) == "PLACE" and gl != "NORP":
        return True  # "Lyonesse" and "Lyonesse Island": one place, whatever spaCy guessed for the lone word
    named_after = at == [0] and h.words[-1] in _NAMED_AFTER_LAST
    if gl == "PERSON" or gl is None:
        return hl in ("ORG", None) and not named_after  # "Jane Doe Square" is a place named after her
    if _family(gl) == "PLACE" and at == [0] and hl != "GPE" and h.words[-1] != "City":
        return False  # "Lyon" and "Lyon Bay", "Lyon Cathedral": a place and something named after it
    if _team_short_form(g, h, hl, at):
        return True
    if n == 1 and at == [0] and g.words[0] in _STATE_HEADS and hl == "GPE" and len(h.words) > 2 and h.words[1] == "of":
        return True  # "this State" beside "the State of Lyonesse": its short form, whatever spaCy tagged the word
    if _family(gl) != _family(hl):
        return False  # "Canada" in "Canada Farmers National Union" is the country
    if _family(hl) == "PLACE" and len(g.words) == 1:
        # One word of a place name stands for it when written "the Gulf", not
        # "America" beside "South America".
        return g.after_the
    return True


def _team_short_form(g: _Group, h: _Group, hl: str | None, at: list[int]) -> bool:
    """Is `g` the plural last word of a team's or body's name `h` after the name of
    its town ("Pirates" of "Lyon Pirates"), whatever place spaCy took the lone
    plural for (it takes many a team's name for a place)? Not a country
    ("Netherlands"), a town or US state of the gazetteer ("Massachusetts" of
    "Acme Massachusetts"), a word in capitals, one in "-ss", nor one written "in X"."""
    if len(g.words) != 1 or hl != "ORG" or at != [len(h.words) - 1] or len(h.words) < 2:
        return False
    word = g.words[0]
    return _family(g.label) == "PLACE" and word[:1].isupper() and not word.isupper() and word.endswith("s") \
        and not word.endswith("ss") and not is_country(word) and not is_town(word) and not g.placed \
        and all(w[:1].isupper() for w in h.words[:-1])


def _place_qualified_form(
    g: _Group, groups: dict[str, _Group], roots: dict[str, list[str]], places: set[str]
) -> str | None:
    """"the Air Force" beside "United States Air Force" and "Air Force Cadet
    Corps": a short name of several words is the one longer name that is it
    with a place before it, when in every other longer name it only opens a
    name of something else (a body named after it: its own words come first)."""
    if len(g.words) < 2 or g.label not in ("ORG", None):
        return None
    n = len(g.words)
    qualified = [
        r for r, hs in roots.items()
        if any(len(groups[h].words) > n and groups[h].words[-n:] == g.words
               and (" ".join(groups[h].words[:-n]) in places or canonical(" ".join(groups[h].words[:-n])) is not None)
               for h in hs)
    ]
    if len(qualified) != 1:
        return None
    for r, hs in roots.items():
        if r != qualified[0] and not all(groups[h].words[:n] == g.words for h in hs):
            return None
    return next(h for h in roots[qualified[0]] if groups[h].words[-n:] == g.words)


def _main_name_ending_in(g: _Group, groups: dict[str, _Group], roots: dict[str, list[str]]) -> str | None:
    """"the Blue Herons" beside "the Riverton Blue Herons" and "the Triple-A Doeburg
    Blue Herons": a body's short name of several words that ends several longer
    names (a team and its farm team) is the one the text named first, at least
    twice as often as any other and before the short name; else none of them."""
    n = len(g.words)
    if n < 2 or g.label != "ORG":
        return None
    count: dict[str, int] = {}
    first: dict[str, int] = {}
    for r, hs in roots.items():
        if not all(len(groups[h].words) > n and groups[h].words[-n:] == g.words for h in hs):
            return None
        count[r] = sum(len(groups[h].cands) for h in hs)
        first[r] = min(groups[h].first for h in hs)
    best = max(count, key=lambda r: count[r])
    if any(r != best and (count[r] * 2 > count[best] or first[r] < first[best]) for r in count) \
            or first[best] > g.first:
        return None
    return roots[best][0]


def _main_institution(
    g: _Group, groups: dict[str, _Group], roots: dict[str, list[str]], places: set[str]
) -> tuple[str | None, str | None]:
    """A bare capitalised head noun ("the Court") shared by several
    organisations' names ("Court of Appeal", "Supreme Court of the
    Netherlands") refers to the one the article is about: the one it named first and
    at least twice as often as any other; else the one named in full as the
    institution itself (`_institution_form`), whatever other names open with the
    noun ("House" beside "House of Representatives" and "House Ethics Committee").
    Otherwise it is left alone. `places`: the group keys that name places (see
    _cluster). Returns the longer name's key and, for the second way, the pass's name."""
    if len(g.words) != 1 or g.label != "ORG":
        return None, None
    head = g.words[0]
    if all(_org_head(groups[h].words) == head for hs in roots.values() for h in hs):
        count = {r: sum(len(groups[h].cands) for h in hs) for r, hs in roots.items()}
        first = {r: min(groups[h].first for h in hs) for r, hs in roots.items()}
        best = max(count, key=lambda r: count[r])
        if not any(r != best and (count[r] * 2 > count[best] or first[r] < first[best]) for r in count) \
                and first[best] <= g.first:
            return roots[best][0], None
    # Else the only one named in full as the institution itself ("House of
    # Representatives", "US Senate", "Court of Appeal"), not one the head noun
    # is merely qualified in ("White House", "Circuit Court", "Democratic Senate")
    # nor one it opens as a word of another body's name ("House Ethics Committee").
    full = [r for r, hs in roots.items() if any(_institution_form(groups[h].words, head, places) for h in hs)]
    if len(full) == 1:
        return roots[full[0]][0], "head noun of the institution named in full"
    # Else the only one named as a place's institution ending in the head noun
    # ("Doeville State University" beside "University Hospital")
    placed = [r for r, hs in roots.items() if any(_place_institution(groups[h].words, head, places) for h in hs)]
    return (roots[placed[0]][0], "head noun of a place's institution") if not full and len(placed) == 1 else (None, None)


def _institution_form(words: tuple[str, ...], head: str, places: set[str]) -> bool:
    """Is `words` a full name of the institution `head` stands for: the head
    word followed by an "of"/"for" phrase ("Court of Appeal", "Supreme Court of
    Lyonesse"), or with nothing but a place before it ("US Senate")?"""
    if head not in words:
        return False
    i = words.index(head)
    before, after = " ".join(words[:i]), words[i + 1 :]
    if after:
        return after[0] in ("of", "for")
    return not before or before in places or canonical(before) is not None


def _place_institution(words: tuple[str, ...], head: str, places: set[str]) -> bool:
    """Is `words` an institution's name that opens with a place the text names
    or the gazetteer knows, then "State", "County" or "City", and ends in its
    head noun `head` ("Lyonesse State University", "Doeville City Council")?
    The bare head noun ("the University") then stands for it even when other
    names open with the noun ("University Hospital"); not "White House"
    ("White" is no place), nor a place and the noun alone ("Doeville Senate",
    "Roe Administration" with a town named Roe: on news those were a race in
    the state, or another government's)."""
    if len(words) < 3 or words[-1] != head or words[-2] not in _LEVEL_WORDS:
        return False
    before = words[:-2]
    for n in range(len(before), 0, -1):
        place = " ".join(before[:n])
        if place in places or canonical(place) is not None or is_town(place):
            return all(w in _LEVEL_WORDS for w in before[n:])
    return False


def _org_head(words: tuple[str, ...]) -> str:
    """Head word of a name: the last word before "of"/"for" ("Court of Appeal"),
    else the last word ("High Court")."""
    for i, w in enumerate(words):
        if w in ("of", "for") and i > 0:
            return words[i - 1]
    return words[-1]


def _choose(
    g: _Group, groups: dict[str, _Group], roots: dict[str, list[str]], uf: _UnionFind, places: set[str]
) -> tuple[str | None, str | None]:
    """Pick the longer name a partial name belongs to, or None when ambiguous; and
    the pass that picked it when not the plain partial name: the one person a
    family name names beside things named after the family (`_person_named_after`),
    the one person of a family name written with the title it has ("same title")."""
    if g.gender is not None:
        # "Mrs. Doe": only the people whose given name is a woman's
        roots = {r: hs for r, hs in roots.items()
                 if any(gender_of_first_name(_strip_suffix(groups[h].words)[0]) == g.gender for h in hs)}
        if not roots:
            return None, None
    if len(roots) == 1:
        return next(iter(roots.values()))[0], None
    person = _person_named_after(g, groups, roots, uf)
    if person is not None:
        return person, "family name before things named after it"
    person = _person_inside_other_names(g, groups, roots, uf)
    if person is not None:
        return person, "family name inside longer names"
    fam = _family(g.label)
    same = {r: hs for r, hs in roots.items() if _family(uf.label(r)) == fam}
    if len(same) == 1:
        return next(iter(same.values()))[0], None
    cands = same or roots
    if not all(uf.label(r) == "PERSON" for r in cands):
        qualified = _place_qualified_form(g, groups, cands, places)
        if qualified is not None:
            return qualified, "short form of a place-qualified name"
        main = _main_name_ending_in(g, groups, cands)
        if main is not None:
            return main, "short form of the name written most"
        return _main_institution(g, groups, cands, places)
    # People sharing a family name. Names that differ only by a generational
    # suffix ("Jr."/"Sr.") are never guessed between.
    cores = {_strip_suffix(groups[h].words) for hs in cands.values() for h in hs}
    if len(cores) == 1:
        return None, None
    # "Dr. Doe" beside "Dr. Jane Doe" and "John Doe": the one of them the text
    # gives every title the short name has ("Senator Doe", "President Doe" alike;
    # not "Secretary Doe" and "President Doe" to the one "President John Doe")
    titled = [r for r, hs in cands.items() if g.titles <= frozenset().union(*(groups[h].titles for h in hs))]
    if g.titles and len(titled) == 1:
        return cands[titled[0]][0], "same title"
    # The article calls by the short name the person it introduced first
    # (before the short name was first used); with no such person, leave it.
    firsts = {r: min(groups[h].first for h in hs) for r, hs in cands.items()}
    before = [r for r, f in firsts.items() if f < g.first]
    if not before:
        # used before any full name: the person the article names most, when
        # it names them at least twice as often as any other
        count = {r: sum(len(groups[h].cands) for h in hs) for r, hs in cands.items()}
        ranked = sorted(count.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] >= 2 * ranked[1]:
            return cands[max(count, key=lambda r: count[r])][0], None
        return None, None
    best = min(before, key=lambda r: firsts[r])
    return cands[best][0], None


def _person_inside_other_names(
    g: _Group, groups: dict[str, _Group], roots: dict[str, list[str]], uf: _UnionFind
) -> str | None:
    """A bare family name ("Doe"), whatever spaCy tagged it, beside one
    person's full name ending in it ("Jane Doe") and names of other things that
    hold it but never open with it: each holds the person's full name whole ("the
    Jane Doe Foundation"), or has three words or more ("Recall Judge Doe", a headline
    spaCy read as a body) when the full name opens with a given name of the table.
    The bare name is the person's, not the thing's. Not beside a name that opens
    with it ("Doe Records": left to the vote) or a firm of two words ending in it
    ("Acme Doe"). None otherwise."""
    if len(g.words) != 1:
        return None
    word = g.words[0]
    people, others = [], []
    for r, hs in roots.items():
        cores = [_strip_suffix(groups[h].words) for h in hs]
        if uf.label(r) == "PERSON":
            people.append((r, [c for c in cores if len(c) >= 2 and c[-1] == word]))
        else:
            others.append(cores)
    if len(people) != 1 or not people[0][1]:
        return None
    full = people[0][1]
    given = any(_given_name(c[0]) for c in full)
    for cores in others:
        if any(c[0] == word for c in cores):
            return None
        if not any(any(_contains(c, f) for f in full) or given and len(c) >= 3 for c in cores):
            return None
    return roots[people[0][0]][0]


# Last words of names that are things named after a family, not a person's surname.
_THING_LAST = _FAC_LAST | _NOT_A_SURNAME | _ORGANISATION_HEADS


def _person_named_after(
    g: _Group, groups: dict[str, _Group], roots: dict[str, list[str]], uf: _UnionFind
) -> str | None:
    """A bare family name ("Doe") beside one person's full name ("Jane Doe")
    and names it stands in before their last word ("Doe Foundation", "Doe Tower",
    "Doe Holdings", "Lyonesse Doe University"), or after "for", "of" or "de" at
    their end ("Veterans for Doe", "Friends of Doe"), or opening a name spaCy
    took for a person's but whose first word is no given name ("Doe Links", a
    golf course, beside "Jane Doe"): the others are named after the person or
    the family, the bare name is the person's, once spaCy took it for a person
    at least once. None otherwise."""
    if len(g.words) != 1 or not g.votes.get("PERSON"):
        return None
    word = g.words[0]
    people, named_after = [], []
    for r, hs in roots.items():
        cores = [_strip_suffix(groups[h].words) for h in hs]
        if uf.label(r) == "PERSON" and any(len(c) >= 2 and c[-1] == word for c in cores) \
                and not any(c[-1] in _THING_LAST for c in cores) and not all(_named_for(c, word) for c in cores):
            people.append(r)
        elif all(word in c[:-1] or _named_for(c, word) for c in cores) and (
                uf.label(r) != "PERSON" or all(c[-1] in _THING_LAST or _named_for(c, word) for c in cores)):
            named_after.append(r)
        else:
            return None
    if len(people) != 1:
        return None
    if any(_named_for(_strip_suffix(groups[h].words), word) for r in named_after for h in roots[r]) \
            and not any(_given_name(_strip_suffix(groups[h].words)[0]) for h in roots[people[0]]):
        return None  # "Doe Links" tells a thing from a person only beside a given and family name
    return roots[people[0]][0]


# Words that end a name of something for a person or named after one, before the person's
# family name: "Veterans for Doe", "Friends of Doe", "Amigos de Doe".
_FOR_WORDS = frozenset({"for", "of", "de"})


def _named_for(core: tuple[str, ...], word: str) -> bool:
    """Is `core` a name of something for or after the person called `word`, not
    that person's name: "Veterans for Doe", "Friends of Doe" (the family name
    ending it after "for", "of", "de"), or "Doe Links" (opening it, followed by
    words no given name opens)? Never a person's given and family name ("Ana de
    Doe", "Jane Doe Roe")."""
    if len(core) < 2 or word not in core or _given_name(core[0]):
        return False
    if core[-1] == word:
        return core[-2] in _FOR_WORDS
    return core[0] == word
