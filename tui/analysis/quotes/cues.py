"""Cue finding: the speech verb (or "according to") that attributes a quote,
and the token that names who speaks through it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..parsed import children
from .context import Attribution
from .marks import ALL_MARKS, MarkedSpan
from .speakers import _MESSAGE_NOUNS, SpeakerResolver, _ratio, _source_type

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dashes that set an aside off ("Jane Doe - in a line aimed at Roe - declared"), each the same both sides.
_ASIDE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CONTINUE = object()  # a cue whose subject is a relative pronoun: look further up
_LISTENER_VERBS = frozenset({"tell", "ask", "inform", "assure", "urge", "warn", "remind", "brief", "thank"})
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
# Words inside a noun phrase before its head ("the", "Sen.", "former", "Acme's").
_NOUN_PARTS = frozenset({"det", "compound", "amod", "nummod", "poss", "case", "nmod", "punct"})
# Sieves that make an unnamed source: the last resort, a named speaker found by a fallback wins.
_UNNAMED_RULES = frozenset({"unnamed_source", "count_in_ratio", "bare_count"})
# Sieves that make an actor of the words they read or take "it": the holder of a thing
# ("adopted a plan that calls for …", `CueFinder.thing_holder`) must be an actor named already.
_MADE_RULES = frozenset({"unnamed_source", "unlisted_name", "count_in_ratio", "bare_count", "thing_pronoun",
                         "people_by_verb", "pointed_people", "role_noun_subject"})
# Verbs whose subject takes in a thing rather than puts it out ("read a note that said …").
_PERCEIVING_VERBS = frozenset({"see", "read", "hear", "watch", "notice", "view", "spot", "find", "receive", "get"})
# Verbs that give something a name or a label: in the passive they name no speaker.
_NAMING_VERBS = frozenset({"call", "describe", "dub", "term", "label", "brand", "characterize",
                           "characterise", "liken", "refer", "know", "nickname", "name"})
# Things someone puts out that carry words, beyond the messages `message_author` reads a possessor
# of, and the verbs of putting one out ("released a statement saying …", "ran an ad calling …"):
# the subject of such a verb is the one speaking through the thing (`CueFinder.message_holder`).
_ISSUED_NOUNS = _MESSAGE_NOUNS | {"ad", "advertisement", "video", "response", "op-ed", "petition", "resolution", "report",
                                  "article", "website", "editorial", "column"}
# (Not "share", "circulate" or "distribute": one passes on others' things that way, "shared
# several reports saying …".)
_ISSUING_VERBS = frozenset({"release", "issue", "send", "post", "publish", "put", "write", "draft", "sign", "tweet",
                            "deliver", "air", "run", "launch", "unveil", "pen", "file", "pass", "adopt", "make",
                            "give", "prepare", "produce", "submit", "present", "broadcast", "email", "e-mail"})
# A share of the people asked ("75 percent of voters", "about half", "a majority"), and the words
# for what asked them: such a share speaks in the poll its sentence names (`CueFinder.poll_behind`).
_SHARE_WORDS = frozenset({"percent", "%", "half", "third", "quarter", "majority", "majorities", "minority",
                          "plurality", "most"})
_POLL_WORDS = frozenset({"poll", "polls", "polling", "survey", "surveys"})
# The sieves that may take such a poll: its own phrase, or who put it out.
_POLL_RULES = frozenset({"unnamed_source", "message_author", "work_by_author"})
# An earlier poll is the one a share is compared with, not the one it speaks in.
_EARLIER = frozenset({"earlier", "previous", "prior"})
# a name before a verb the parser hung on it as an object or a compound: its subject
# ("“…,” Doe barked and …" with "Doe" a compound of "barked"; a compound only of a word
# tagged a verb, not of a noun the climb reached: "the Acme nominee feuds and dismisses …")
_MISREAD_SUBJECT = frozenset({"dobj", "npadvmod", "compound"})
# The most tokens a sentence after a quote has to count as a short attribution ("“…” she said.");
# a cue in a longer sentence after is taken only by `attribution_after` (rule "sentence_after+").
_SHORT_ATTRIBUTION = 8
_HEADLINE_CHARS = 300  # the longest headline and label a digest item's credit is looked for behind
# a digest item's "HEADLINE - Jane Doe: “…”": a dash with a space before it
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s?")


class CueFinder(SpeakerResolver):
    def cue_subject(self, cue: Token) -> Token | object | None:
        """The token naming who speaks through `cue`: for a relative clause, the
        noun it is about ("Jane Doe, who said", "the Acme Board, which ruled");
        `_CONTINUE` for one about a thing that is no speaker ("a proverb that
        said": look further up), or None."""
        if cue.lower_ == "according":
            return self.according_to(cue)
        verb = cue
        climbed = False
        # (the verb's children read from the columns, a Token made only for a subject:
        # this runs for every cue, up to six verbs each)
        doc, cols, kids = self.doc, self.cols, children(self.doc)
        deps, starts, quote_of = cols.deps, cols.starts, self.quote_of
        here = self.paragraph_index(cue.idx)
        for _ in range(6):
            subj = None
            cross = None
            modifier = None
            v = verb.i
            for c in kids[v]:
                dep = deps[c]
                if self.paragraph_index(starts[c]) != here:  # (`same_paragraph`)
                    if dep == "nsubj":
                        cross = doc[c]
                    continue
                if quote_of[c] != -1:
                    continue
                if dep in ("aux", "advmod") and modifier is None and self.actor_of_token(doc[c]) is not None:
                    # "May urged …", "Dilly described …": a name the tagger read as a
                    # modal or an adverb of the verb
                    modifier = doc[c]
                if dep in ("nsubj", "csubj") or (dep in _MISREAD_SUBJECT and c < v and cols.pos[c] == "PROPN"
                                                 and cols.ent_types[c] not in ("DATE", "TIME")
                                                 and (dep != "compound" or cols.tags[v].startswith("VB"))):
                    # two subjects for one verb (or a name as an "object" or a
                    # "compound" before it) is a mis-split noun phrase ("Acme chief Jane Doe said"):
                    # the one nearest the verb heads it ("Doe on Tuesday said": a
                    # day or a time before the verb is when, never who)
                    child = doc[c]
                    if subj is not None and self.joined(subj, child):
                        return None  # "A, …, and B … emphasized": no single speaker
                    if subj is None or (c < v and (subj.i > v or c > subj.i)):
                        subj = child
                elif dep == "nsubjpass" and (climbed or verb.lemma_.lower() in ("quote", "cite")):
                    subj = doc[c]
                elif dep == "agent":
                    for obj in kids[c]:
                        if deps[obj] == "pobj":
                            subj = doc[obj]
            if subj is None and cross is not None:
                subj = self.subject_across_break(cross, cue)
            if subj is None and modifier is not None and (modifier.i < v or verb is not cue):
                # (a verb with no subject of its own; "“…,” said Dilly" is `subject_after`'s)
                self.subject_rule[cue.i] = "name_as_modifier"
                subj = modifier
            if subj is not None:
                if deps[subj.i] == "compound":
                    self.subject_rule[cue.i] = "name_as_compound"
                if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    if subj.lower_ in ("who", "whom"):
                        noun = self.relative_antecedent(verb.head)
                        self.relative_of[cue.i] = (noun.i, subj.i)
                        return noun
                    if subj.lower_ in ("which", "that") and self.speaking_thing(verb.head):
                        self.relative_of[cue.i] = (verb.head.i, subj.i)
                        return verb.head
                    self.relative_thing[cue.i] = verb.head.i
                    return _CONTINUE
                return subj
            # "…,” said Berg: the parser may take the speaker for an object.
            if verb.lemma_.lower() not in _LISTENER_VERBS and verb.i > 0 and self.quote_of[verb.i - 1] != -1 \
                    or self.text_between_is_punct(verb):
                for child in verb.rights:
                    if child.dep_ in ("dobj", "attr", "npadvmod", "oprd", "dative") and child.pos_ == "PROPN" \
                            and self.quote_of[child.i] == -1 and self.actor_of_token(child) is not None:
                        return child
                if verb is cue:
                    after = self.subject_after(cue)
                    if after is not None:
                        self.inverted.add(cue.i)
                        return after
            if verb is cue and self.loose_conjunct(cue):
                # "Jane Doe paused, then revealed …": the parser left the second verb loose
                self.subject_rule[cue.i] = "loose_conjunct"
                verb, climbed = cue.head, True
                continue
            if verb.dep_ == "conj" and verb.tag_ in _FINITE and verb.head.tag_ == "VB" \
                    and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.head.children):
                # "Doe ran on her promise to cut the tolls and accused Roe of …": a finite verb is no
                # conjunct of an infinitive; it goes with the nearest finite verb above that has a subject
                main = self.finite_above(verb.head)
                if main is not None and self.same_paragraph(main, verb):
                    self.subject_rule[cue.i] = "finite_beside_infinitive"
                    verb, climbed = main, True
                    continue
            if verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.head.i != verb.i:
                if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
                    if verb is cue and self.apposed_finite(cue):
                        self.subject_rule[cue.i] = "apposed_finite"
                        return cue.head
                    main = self.misattached_finite(verb)
                    if main is None:
                        if verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
                            # "posts suggesting ...", "reports saying ...": the
                            # things themselves say it, not the sentence's subject
                            return verb.head
                        break
                    verb, climbed = main, True
                    continue
                verb, climbed = verb.head, True
                continue
            if verb.dep_ == "acomp" and verb.head.i != verb.i and verb.head.pos_ in ("AUX", "VERB"):
                # "Jane Doe is likely to stress that …": the subject of the copula
                verb, climbed = verb.head, True
                continue
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
                verb, climbed = verb.head.head, True
                continue
            break
        if cue.tag_ in ("VBD", "VBZ", "VBP") and cue is verb:
            # "According to Acme News, the mayor of Springfield, Jane Doe,
            # said": the parser hung the speaker on the source of the report
            for prep in cue.children:
                if prep.lower_ == "according":
                    for obj in prep.subtree:
                        if obj.dep_ == "pobj" and obj.head.lower_ == "to" and self.person_in_apposition(obj):
                            return obj
            # a finite cue the parser left without a subject: the noun phrase
            # just before it ("…, a spokesman for X expressed …")
            np = self.left_noun_phrase(cue)
            if np is not None:
                return np
        if cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl"):
            return None  # "Asked whether …, X replied": the one asked is not the one asking
        if cue.tag_ in ("VBG", "VBN"):
            # "…, saying …": a participle's subject is the main clause's subject
            root = self.sent_root(cue)
            for child in root.children:
                if child.dep_ == "nsubj" and child.i < cue.i and self.same_paragraph(child, cue):
                    return child
        return None

    def speaking_thing(self, noun: Token) -> bool:
        """Does the noun a "which" or "that" clause hangs on speak through its
        verb: a body, place or work the speaker sieves find ("the Acme Board,
        which ruled", "a report that said")? Not a thing no sieve takes ("quoted
        a proverb that said …": the cue above speaks), not a person but through
        the group that speaks for them ("the Doe campaign, which said": Doe), nor
        a predicate ("Doeville is a city that reveals …")."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ == "attr":
            return False
        key, rule = self.decide_speaker(noun)
        return key is not None and (self.index.draft(key).type != "PERSON"
                                    or rule in ("group_speaks_for", "spokes_noun"))

    def relative_antecedent(self, tok: Token) -> Token:
        """Whom a "who" clause the parser hung on `tok` is about. The parser
        hangs it on the nearest noun, and after "Jane Doe, the director of the
        Acme Institute, who said" or "Tom Berg, a baker from Millford, Ohio,
        who said" that is a name of something that is no person, inside a
        phrase about the person: the role noun that phrase hangs on, or the
        person it is set in apposition to. Any other `tok` is the antecedent."""
        noun = tok
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
            noun = noun.head  # "Millford, Ohio": the first name
        key = self.actor_of_token(noun)
        for _ in range(4):  # "the Institute for Peace": the name's head word
            if key is None or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "PROPN" \
                    or self.actor_of_token(noun.head.head) != key:
                break
            noun = noun.head.head
        if noun.pos_ != "PROPN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep" \
                or noun.head.lower_ not in ("of", "at", "from", "for", "with", "in") or noun.head.head.pos_ != "NOUN":
            return tok
        if key is not None and self.index.draft(key).type in ("PERSON", "NORP"):
            return tok
        role = noun.head.head
        if role.dep_ == "appos" and role.head.pos_ == "PROPN" and role.head.i < role.i:
            return role.head  # "Jane Doe, the director of …"
        return role

    def according_to(self, cue: Token) -> Token | None:
        """The object of "to" after the cue "according" ("according to Jane
        Doe"), whether the parser hung "to" on "according" or not; None when
        there is none."""
        for prep in cue.children:
            if prep.lower_ == "to":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
        nxt = cue.nbor(1) if cue.i + 1 < len(self.doc) else None
        if nxt is not None:
            for obj in nxt.children:
                if obj.dep_ == "pobj":
                    return obj
        return None

    def joined(self, a: Token, b: Token) -> bool:
        """Are two subjects of one verb joined by "and"/"or" (not one name split in two)?"""
        lo, hi = min(a.i, b.i), max(a.i, b.i)
        return any(
            self.cols.deps[k] == "cc" and self.cols.heads[k] in (lo, hi)
            # "His daughter, and member of the board, Jane Doe wrote": the "and"
            # joins the role to another role, its own conjunct before the name
            and not any(c.dep_ == "conj" and k < c.i < hi for c in self.doc[k].head.children)
            for k in range(lo + 1, hi)
        )

    def subject_after(self, cue: Token) -> Token | None:
        """“…,” said Jane Doe, a lawyer who …: after a quote the speaker follows
        the cue, and the parser may hang that name on a verb further on (of
        its relative clause, or of the next clause) rather than on the cue.
        The head noun of the phrase that starts right after the cue, or None
        (a date, a quote, anything but a noun)."""
        if cue.tag_ == "VBG":
            return None  # "…,” saying the plan …: a participle's object, its subject is before
        j = cue.i - 1
        while j >= 0 and self.quote_of[j] == -1:
            j -= 1
        sp = self.spans[self.quote_of[j]] if j >= 0 else None
        # the quote opens its sentence: not "… called it “terrible,” denounced her record"
        if sp is None or self.char_before(sp.open_at, self.paragraphs[sp.paragraph][0]) not in ("", *".?!:;", *ALL_MARKS):
            return None
        k = cue.i + 1
        if k >= len(self.doc) or self.quote_of[k] != -1 or not self.same_paragraph(self.doc[k], cue):
            return None
        tok = self.doc[k]
        for _ in range(6):  # "Sen. Jane Doe", "the Acme spokeswoman": up to the head noun
            if tok.dep_ not in _NOUN_PARTS or tok.head.i <= tok.i or tok.head.i - k > 6:
                break
            tok = tok.head
        if tok.pos_ not in ("NOUN", "PROPN") and not self.mistagged_name(tok) or tok.ent_type_ in ("DATE", "TIME") \
                or any(self.quote_of[j] != -1 for j in range(k, tok.i + 1)):
            return None
        return tok

    def mistagged_name(self, tok: Token) -> bool:
        """A person's name the tagger took for another part of speech (a
        family name ending in "-ly" tagged an adverb: "…,” said Jane Dilly):
        capitalised, and a mention of a person actor."""
        key = self.actor_of_token(tok) if tok.text[:1].isupper() and tok.pos_ in ("ADV", "ADJ", "VERB") else None
        return key is not None and self.index.draft(key).type == "PERSON"

    def subject_across_break(self, subj: Token, cue: Token) -> Token | None:
        """The parser ran a sentence across a paragraph break and took a noun
        of the paragraph before for the cue's subject: the cue's own subject
        is then the noun of its paragraph hanging on that one ("—The mayor …
        / Jane Doe, the head of …, said")."""
        p_start = self.paragraphs[self.paragraph_index(cue.idx)][0]
        for tok in subj.subtree:
            if tok.i >= cue.i:
                break
            if tok.idx >= p_start and tok.pos_ in ("NOUN", "PROPN") and tok.head.idx < p_start \
                    and self.quote_of[tok.i] == -1:
                return tok
        return None

    def misattached_finite(self, verb: Token) -> Token | None:
        """A finite verb the parser hung on a noun as a reduced relative ("X
        speaking to the committee called the plan …" with "called" under
        "committee"): a reduced relative is a participle, never finite, so the verb
        belongs to the sentence's subject. Returns the sentence root, or None."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.lower_ in _RELATIVE for c in verb.children):
            return None
        root = self.sent_root(verb)
        if root.i == verb.i or not self.same_paragraph(root, verb):
            return None
        if any(c.dep_ == "nsubj" and c.i < verb.head.i for c in root.children):
            return root
        return None

    def finite_above(self, tok: Token) -> Token | None:
        """The nearest finite verb above `tok` with a subject before `tok`
        outside quotes ("Doe ran on her promise to cut …": "ran"), or None."""
        verb = tok
        for _ in range(8):
            if verb.head.i == verb.i:
                return None
            verb = verb.head
            if verb.tag_ in _FINITE and any(
                    c.dep_ == "nsubj" and c.i < tok.i and self.quote_of[c.i] == -1 for c in verb.children):
                return verb
        return None

    def loose_conjunct(self, cue: Token) -> bool:
        """A finite verb of saying the parser hung loose ("dep") on a verb before
        it that has a subject, a comma or "then" between them: the second of two joined verbs
        ("Jane Doe paused, then revealed …"), whose subject is the first's."""
        head = cue.head
        # (not "VBP", which a bare infinitive may be tagged: "listening to Doe speak")
        return cue.dep_ == "dep" and cue.tag_ in ("VBD", "VBZ") and head.pos_ == "VERB" and head.tag_ != "VBG" \
            and head.i < cue.i and any(c.dep_ == "nsubj" for c in head.children) \
            and self.same_paragraph(head, cue) and any(
                self.cols.lowers[k] in (",", "then") and self.quote_of[k] == -1 for k in range(head.i + 1, cue.i))

    def apposed_finite(self, cue: Token) -> bool:
        """A verb of saying the parser hung as a reduced relative on the name
        before it, with an apposition between them ("Jane Doe, the party's
        nominee, tweeted: …"), where that name is the sentence's root or the
        subject of a verb inside the quote (the parser found it no verb of its
        own outside the quote): the verb is the name's own, finite.
        Not a verb whose subject takes in words ("asked about …", "quoted in
        …", "cited by …"), nor one with an agent."""
        head = cue.head
        # the name is the root, or the subject of a verb inside the quote after it
        rootless = head.dep_ == "ROOT" or head.dep_ == "nsubj" and self.quote_of[head.head.i] != -1
        if not rootless or cue.tag_ not in ("VBN", "VBD") or head.i >= cue.i \
                or cue.i < 1 or self.cols.words[cue.i - 1] != "," \
                or cue.lemma_.lower() in _LISTENER_VERBS or cue.lemma_.lower() in ("quote", "cite") \
                or any(c.dep_ == "agent" for c in cue.children) or not self.same_paragraph(head, cue):
            return False
        return any(c.dep_ == "appos" and head.i < c.i < cue.i for c in head.children)

    def left_noun_phrase(self, cue: Token) -> Token | None:
        """The noun phrase just before a finite cue the parser left without a
        subject, past adverbs and one aside between commas ("Jane Doe, the
        club's president, suggested …", "Doe, exasperated, responded")."""
        k = cue.i - 1
        while k >= 0 and self.cols.pos[k] == "ADV":
            k -= 1
        mark = self.cols.words[k] if k > 0 else ""
        if mark in _ASIDE_DASHES and not self.doc[k - 1].whitespace_:
            mark = ""  # "Doe-Roe": a hyphen inside a word, no aside
        if (mark == "," or mark in _ASIDE_DASHES) and self.quote_of[k] == -1:
            # "Jane Doe, the club's president, suggested", "Mr. Doe - in a line aimed at Roe - declared"
            s_lo = self.sents[self.sent_of[cue.i]][0]
            j = k - 1
            while j > max(s_lo, k - 16) and self.cols.words[j] != mark and self.quote_of[j] == -1 \
                    and not self.cue_at(j):
                j -= 1
            if j > s_lo and self.cols.words[j] == mark \
                    and self.cols.pos[j - 1] in ("NOUN", "PROPN") and self.quote_of[j - 1] == -1:
                k = j - 1
                if mark != ",":
                    self.subject_rule[cue.i] = "dash_aside"
        if k < 0 or self.quote_of[k] != -1 or self.cols.pos[k] not in ("NOUN", "PROPN", "PRON"):
            return None
        tok = self.doc[k]
        for _ in range(6):
            head = tok.head
            if head.i == tok.i or head.i >= cue.i or tok.dep_ not in ("pobj", "prep", "compound", "amod", "nmod", "poss"):
                break
            tok = head
        if tok.pos_ in ("ADP",) or not self.same_paragraph(tok, cue):
            return None
        return tok

    def resolve_cue(self, cue: Token, depth: int = 0) -> Attribution:
        """Who speaks through `cue`, and which sieve decided it."""
        if self.passive_naming(cue):
            return Attribution(None, "passive_naming")
        subj = self.cue_subject(cue)
        if subj is _CONTINUE:
            held = self.held_by(self.thing_holder(cue), "thing_holder") if depth == 0 else None
            return held if held is not None else Attribution(None, "relative_clause")
        if subj is not None:
            key, rule = self.decide_speaker(subj)  # type: ignore[arg-type]
            if key is None or rule in _UNNAMED_RULES:
                holder = self.message_holder(subj)  # type: ignore[arg-type]
                held = self.held_by(holder, "message_holder")
                if held is None and holder is not None and _source_type(holder) in ("PERSON", "ORG"):
                    # "The rowing coaches put out statements deploring …": people or a body
                    # with no name speak through their message as the unnamed source they are
                    held = self.held_by(holder, "unnamed_holder", _UNNAMED_RULES)
                if held is not None:
                    key, rule, subj = held.speaker, held.rule, held.subject
            if rule in _UNNAMED_RULES:
                # the poll is the phrase itself or its pollster, never a person a role word finds
                held = self.held_by(self.poll_behind(subj, cue), "poll_behind", _POLL_RULES)  # type: ignore[arg-type]
                if held is not None:
                    key, rule, subj = held.speaker, held.rule, held.subject
            if cue.i in self.inverted:
                rule = "inverted_subject+" + rule
            elif cue.i in self.subject_rule:
                rule = self.subject_rule[cue.i] + "+" + rule
            found = Attribution(key, rule, subj)  # type: ignore[arg-type]
        else:
            held = self.held_by(self.purpose_holder(cue), "purpose_holder")
            found = held if held is not None else Attribution(None, "no_subject")
        # an unnamed source is the last resort: the fallbacks below may still find a named one
        weak = found.speaker is None or found.rule in _UNNAMED_RULES
        if weak and cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj", "ccomp"):
            # "Saying “…” (…), President X added": a participle clause has
            # no subject of its own; a word the parser gave it is noise
            main = self.main_subject(cue)
            if main is not None:
                key, rule = self.decide_speaker(main)
                if key is not None or found.speaker is None:
                    found = Attribution(key, "participle_main_clause+" + rule, main)
                    weak = key is None or rule in _UNNAMED_RULES
        if weak and cue.dep_ == "conj" and depth < 3:
            # "X reported that prices are rising, and called the increase …":
            # a cue the parser coordinated into the clause X reported is X's
            verb = cue.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            if verb.dep_ == "ccomp" and self.is_cue(verb.head) and self.same_paragraph(verb.head, cue):
                outer = self.resolve_cue(verb.head, depth + 1)
                if outer.speaker is not None or found.speaker is None:
                    found = Attribution(outer.speaker, "coordinated_cue+" + outer.rule, outer.subject)
        return found

    def held_by(self, holder: Token | None, sieve: str, rules: frozenset[str] | None = None) -> Attribution | None:
        """The speaker a holder found by `sieve` (`thing_holder`, `message_holder`,
        `poll_behind`, `purpose_holder`) names, its rule "<sieve>+<the rule that
        decided it>": a named one (no rule of `_MADE_RULES`), or with `rules`
        only one that those rules decided; None without."""
        if holder is None:
            return None
        key, rule = self.decide_speaker(holder)
        if key is None or (rule not in rules if rules is not None else rule in _MADE_RULES):
            return None
        return Attribution(key, sieve + "+" + rule, holder)

    def message_holder(self, thing: Token) -> Token | None:
        """"Jane Doe released a statement saying …", "Acme ran an ad calling …":
        who put out the message a cue speaks through, the subject before a verb
        of putting out (`_ISSUING_VERBS`) whose object the message is, or None."""
        if thing.pos_ != "NOUN" or thing.dep_ != "dobj" or thing.lemma_.lower() not in _ISSUED_NOUNS:
            return None
        verb = thing.head
        if verb.lemma_.lower() not in _ISSUING_VERBS or not self.same_paragraph(verb, thing):
            return None
        return self.subject_before(verb)

    def poll_behind(self, share: Token, cue: Token) -> Token | None:
        """"75 percent of voters said …, according to an Acme poll", "In a
        Globex survey, about half said …", "A poll showed that six in 10 say …":
        the poll a share of the people asked speaks in, named in the cue's
        sentence outside quotes and outside the share's own phrase ("60 percent
        of bakers in a new poll" stay themselves): the object of "according
        to", of "in" or "by" on the cue or a verb above it, or the subject of a
        verb above the cue. Not "head to the polls", nor an "earlier",
        "previous" or "prior" poll (a figure compared). None without one."""
        if not (share.lemma_.lower() in _SHARE_WORDS or share.lower_ in _SHARE_WORDS or _ratio(share)):
            return None
        lo, hi = self.sents[self.sent_of[cue.i]]
        above = {a.i for a in cue.ancestors}
        lowers = self.cols.lowers
        for k in range(lo, hi):
            if lowers[k] not in _POLL_WORDS or self.quote_of[k] != -1 \
                    or share.left_edge.i <= k <= share.right_edge.i:
                continue
            tok = self.doc[k]
            if any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in tok.children):
                continue  # "in the previous Acme poll, half agreed": a figure compared, not the source
            prep = tok.head
            if tok.dep_ == "pobj" and (prep.lower_ == "to" and prep.head.lower_ == "according"
                                       or prep.lower_ in ("in", "by") and (prep.head.i == cue.i or prep.head.i in above)):
                return tok
            if tok.dep_ == "nsubj" and tok.head.i in above:
                return tok
        return None

    def purpose_holder(self, cue: Token) -> Token | None:
        """"Jane Doe held a briefing to announce …", "Acme's refusal to admit …",
        "went out of her way to say …": who speaks through an infinitive cue the
        parser hung on a noun: the noun's possessor or its "by" object, else the
        subject written before the verb the noun hangs on (directly or through
        prepositions), or None. Not the one given a thing ("gave Roe a chance to
        say": a verb with an indirect object), nor one who takes a thing in
        (`_PERCEIVING_VERBS`)."""
        if cue.tag_ != "VB" or cue.dep_ not in ("acl", "relcl") \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
            return None
        noun = cue.head
        for _ in range(4):
            if noun.pos_ != "NOUN" or not self.same_paragraph(noun, cue):
                return None
            for c in noun.children:
                if c.dep_ == "poss" and c.i < noun.i and self.quote_of[c.i] == -1:
                    return c
                if c.dep_ == "prep" and c.lower_ == "by" and c.i < cue.i:
                    # "an attempt by the board to declare …": the one named after "by"
                    return next((o for o in c.children if o.dep_ == "pobj" and self.quote_of[o.i] == -1), None)
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head  # "part of her address to call"
                continue
            break
        verb = self.verb_of_object(noun)
        if verb is None:
            return None
        if verb.lemma_.lower() in _PERCEIVING_VERBS or any(c.dep_ == "dative" for c in verb.children) \
                or not self.same_paragraph(verb, cue):
            return None
        return self.subject_before(verb)

    @staticmethod
    def verb_of_object(thing: Token) -> Token | None:
        """The verb `thing` is the object of, directly ("held a briefing") or
        through a preposition ("led the guests through a chart"), or None."""
        if thing.dep_ == "dobj":
            return thing.head
        if thing.dep_ == "pobj" and thing.head.dep_ == "prep" and thing.head.head.pos_ in ("VERB", "AUX"):
            return thing.head.head
        return None

    def subject_before(self, verb: Token) -> Token | None:
        """The subject of `verb` written before it (who put a thing out), or None."""
        subj = self.cue_subject(verb)
        if subj is None or subj is _CONTINUE or subj.i > verb.i:  # type: ignore[union-attr]
            return None
        return subj  # type: ignore[return-value]

    def thing_holder(self, cue: Token) -> Token | None:
        """"The board adopted a plan that calls for …": who put out the thing a
        "that" or "which" clause holding `cue` is about, the subject of the
        verb the thing is the object of (directly or through a preposition:
        "led the guests through a chart that forecast"), or None."""
        k = self.relative_thing.get(cue.i)
        if k is None:
            return None
        thing = self.doc[k]
        if _source_type(thing) == "PERSON":
            return None  # "did well among farmers, which suggests": the clause is about the sentence, not them
        verb = self.verb_of_object(thing)
        if verb is None:
            return None
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _PERCEIVING_VERBS \
                or not self.same_paragraph(verb, cue):  # "saw a sign that said": the reader, not its author
            return None
        return self.subject_before(verb)

    def passive_naming(self, cue: Token) -> bool:
        """"was called the “breadbasket”", "what has been described as “…”":
        a passive naming verb without "by X" names no speaker."""
        if cue.lemma_.lower() not in _NAMING_VERBS:
            return False
        if cue.dep_ == "acl" and cue.head.i == cue.i - 1 and cue.head.pos_ == "NOUN":
            # "a group called “Freedom Now”" (the parser may tag it VBD): the name follows at once
            after = self.text[cue.idx + len(cue):cue.idx + len(cue) + 8].lstrip()
            for det in ("the ", "a ", "an "):
                after = after.removeprefix(det)
            if after[:1] in ALL_MARKS:
                return True
        if cue.tag_ != "VBN":
            return False
        passive = any(c.dep_ == "auxpass" for c in cue.children) or cue.dep_ in ("acl", "amod")
        return passive and not any(c.dep_ == "agent" for c in cue.children)

    def main_subject(self, cue: Token) -> Token | None:
        """The subject of the clause a participle hangs on, on either side."""
        verb = cue
        for _ in range(4):
            if verb.head.i == verb.i or verb.dep_ not in ("advcl", "xcomp", "conj", "ccomp"):
                return None
            verb = verb.head
            if verb.dep_ == "ccomp" and verb.head.i < verb.i and self.is_cue(verb.head) and self.is_cue(cue) \
                    and not self.is_cue(verb):
                # "X said the plan "costs billions," further saying "…"": a speech
                # participle the parser hung inside the reported clause is X's
                continue
            for child in verb.children:
                if child.dep_ == "nsubj" and child.i != cue.i and self.same_paragraph(child, cue) \
                        and self.quote_of[child.i] == -1:
                    return child
        return None

    @staticmethod
    def cue_text(cue: Token) -> str:
        return "according to" if cue.lower_ == "according" else cue.text

    def governing_cue(self, n: int, toks: range) -> Token | None:
        """A speech verb above the quoted words in the parse tree."""
        best: tuple[int, Token] | None = None
        cols = self.cols
        heads, starts, kids = cols.heads, cols.starts, children(self.doc)
        for k in toks:
            if cols.puncts[k] or self.quote_of[k] != n or heads[k] == k or self.quote_of[heads[k]] == n:
                continue
            # (up the heads by index: a Token is made only for a cue found)
            para = self.paragraph_index(starts[k])
            h = heads[k]
            depth = 0
            while depth < 12 and self.paragraph_index(starts[h]) == para:
                depth += 1
                if self.quote_of[h] == -1:
                    if self.cue_at(h):
                        head = self.doc[h]
                        subj = self.cue_subject(head)
                        if subj is not _CONTINUE:
                            if best is None or depth < best[0]:
                                best = (depth, head)
                            break
                    else:
                        # "what he said was “…”": a cue heading the copula's subject
                        for c in kids[h]:
                            if cols.deps[c] in ("csubj", "nsubj") and self.cue_at(c) \
                                    and any(cols.lowers[g] == "what" for g in kids[c]):
                                if best is None or depth < best[0]:
                                    best = (depth, self.doc[c])
                if heads[h] == h:
                    break
                h = heads[h]
        return best[1] if best else None

    def bare_attribution(self, lo: int, hi: int) -> bool:
        """Is the sentence [lo, hi) only an attribution ("Jane Doe said.",
        "The mayor said in a statement."): a speech verb heading it that
        takes no content of its own?"""
        heads = self.cols.heads
        roots = [self.doc[k] for k in range(lo, hi) if heads[k] == k or not lo <= heads[k] < hi]
        return len(roots) == 1 and self.is_cue(roots[0]) and not any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "csubj") for c in roots[0].children) \
            and not any(self.quote_of[k] != -1 for k in range(lo, hi))

    def attribution_after(self, sp: MarkedSpan, lo: int, hi: int) -> bool:
        """Is the sentence [lo, hi), longer than a short one, the attribution
        of the sentence the quote makes alone before it ("“We will win.”
        Senator Jane Doe said as she opened the debate.")? Its speech verb
        heads it in the past or present ("said", "asks"; not "is telling"),
        takes no content of its own (`bare_attribution`), and the quote opens
        its sentence (after a sentence's end, another quote's or a bracket's)
        and ends in a sentence's or a clause's mark (not "about ''optics.''",
        not a title opening a sentence)."""
        words = self.text[sp.start:sp.end].rstrip("’'”\" ")
        if not words or words[-1] not in ".?!,…" or not self.bare_attribution(lo, hi):
            return False
        i = sp.open_at - 1  # (back over another quote's closing mark: “A.” “B.” Doe said.)
        while i >= 0 and (self.text[i].isspace() or self.text[i] in ALL_MARKS):
            i -= 1
        if i >= 0 and self.text[i] not in ".!?:;…)":
            return False
        root = next(k for k in range(lo, hi) if self.cols.heads[k] == k or not lo <= self.cols.heads[k] < hi)
        return self.doc[root].tag_ in ("VBD", "VBZ", "VBP")

    def nearby_cue(self, sp: MarkedSpan, toks: range) -> Token | None:
        """The speech verb nearest the quote in its sentence(s), outside quotes.
        After the closing mark first when the quote ends in , ? or ! (the
        attribution follows), else before the opening mark first."""
        first, last = toks[0], toks[-1]
        s_lo = self.sent_of[first]
        s_hi = self.sent_of[last]
        # "X said in a statement:" + a quote parsed as its own sentence
        if self.char_before(sp.open_at) == ":" and s_lo > 0:
            s_lo -= 1
        lo, hi = self.sents[s_lo][0], self.sents[s_hi][1]
        # a short attribution after a sentence-final quote: "“…” he said."
        if s_hi + 1 < len(self.sents):
            nxt_lo, nxt_hi = self.sents[s_hi + 1]
            if self.quote_of[nxt_lo] == -1 and (
                    nxt_hi - nxt_lo <= _SHORT_ATTRIBUTION and (self.doc[nxt_lo].is_lower or self.bare_attribution(nxt_lo, nxt_hi))
                    or self.attribution_after(sp, nxt_lo, nxt_hi)):
                hi = nxt_hi
        p_start, p_end = self.paragraphs[sp.paragraph]
        if sp.open_at == p_start and sp.paragraph > 0 and self.char_before(sp.open_at) == ":":
            # "… she said:" closing the paragraph before
            p_start = self.paragraphs[sp.paragraph - 1][0]
        para = self.tokens_in(p_start, p_end)
        if len(para):
            lo, hi = max(lo, para[0]), min(hi, para[-1] + 1)
        after_cues, before_cues = [], []
        starts = self.cols.starts
        for k in range(lo, hi):
            if self.quote_of[k] != -1:
                continue
            if starts[k] >= sp.end and self.cue_at(k):
                after_cues.append(self.doc[k])
            elif starts[k] < sp.start and self.cue_at(k):
                before_cues.append(self.doc[k])
        # do not reach past another quote for a cue
        close_end = sp.close_at + 1 if sp.close_at is not None else sp.end
        after_cues = [t for t in after_cues if not self.quote_between(close_end, t.idx)]
        before_cues = [t for t in before_cues if not self.quote_between(t.idx, sp.open_at)]
        trailing = self.text[sp.end - 1] in ",?!" or self.char_after(sp.close_at + 1 if sp.close_at is not None else sp.end) == ","
        # a reporting verb outranks "according to" (the source of the report)
        if any(t.lower_ != "according" for t in after_cues + before_cues):
            after_cues = [t for t in after_cues if t.lower_ != "according"]
            before_cues = [t for t in before_cues if t.lower_ != "according"]
        first_after = after_cues[0] if after_cues else None
        last_before = before_cues[-1] if before_cues else None
        order = [first_after, last_before] if trailing else [last_before, first_after]
        for cue in order:
            if cue is not None and self.cue_subject(cue) is not _CONTINUE:
                return cue
        return None

    def previous_sentence_cue(self, sp: MarkedSpan) -> tuple[int, Attribution] | None:
        """(offset, speaker) of a speech verb with a known speaker in the
        sentence just before the quote, in its paragraph or the one before."""
        toks = self.tokens_in(sp.open_at, sp.end)
        if not len(toks):
            return None
        s = self.sent_of[toks[0]] - 1
        if s < 0:
            return None
        lo, hi = self.sents[s]
        if self.cols.starts[lo] < self.limit_before(sp.open_at):
            return None
        for k in range(lo, hi):
            if self.quote_of[k] == -1 and self.cue_at(k) and self.cols.lowers[k] != "according":
                tok = self.doc[k]
                found = self.resolve_cue(tok)
                if found.speaker is not None:
                    return tok.idx, found
        return None

    def credit_line(self, p: int) -> tuple[str, int] | None:
        """The actor credited by a paragraph of its own that starts with a dash
        ("—The mayor of Paris, Jane Doe"), as under a pull quote, and where."""
        if p >= len(self.paragraphs):
            return None
        start, end = self.paragraphs[p]
        line = self.text[start:end]
        if not line or line[0] not in "—–―-" or end - start > 120 or any(c in ALL_MARKS for c in line):
            return None
        return self.credited(start, end)

    def credited(self, start: int, end: int) -> tuple[str, int] | None:
        """(actor, mention offset) a credit names in [start, end): its last
        person, else its one organisation, group or place."""
        found = [(self.index.draft(key).type, key, s) for s, _, key in self.index.mentions_between(start, end)]
        people = [(key, s) for kind, key, s in found if kind == "PERSON"]
        if people:
            return people[-1]
        others = [(key, s) for kind, key, s in found if kind in ("ORG", "NORP", "GPE")]
        return others[-1] if len({k for k, _ in others}) == 1 else None

    def dash_credit(self, sp: MarkedSpan) -> tuple[str, int] | None:
        """“…” ― Jane Doe: a dash and a name closing the quote's paragraph."""
        if sp.close_at is None:
            return None
        p_end = self.paragraphs[sp.paragraph][1]
        start = sp.close_at + 1
        while start < p_end and (self.text[start].isspace() or self.text[start] in ".,"):
            start += 1
        tail = self.text[start:p_end]
        if not tail or tail[0] not in "—–―-" or len(tail) > 100 or any(c in ALL_MARKS for c in tail):
            return None
        return self.credited(start, p_end)

    def colon_credit(self, sp: MarkedSpan) -> tuple[str, int] | None:
        """Jane Doe: “…” and headlines such as Doe: Plan a ‘disaster’ — a short
        label ending in a colon opens the quote's paragraph and names who says it."""
        p_start = self.paragraphs[sp.paragraph][0]
        colon = self.text.find(":", p_start, sp.open_at)
        if colon == -1:
            return None
        label = self.text[p_start:colon]
        # "Rep. Jane Doe (D-Ohio):" may hold abbreviations, never a sentence's end
        if not label.strip() or len(label.split()) > 8 or any(c in label for c in "!?" + ALL_MARKS) \
                or re.search(r"[a-z]{3}\.(\s|$)", label):
            return None
        return self.credited(p_start, colon)

    def headline_credit(self, sp: MarkedSpan) -> tuple[str, int, int] | None:
        """A digest's item, HEADLINE - Jane Doe: “…”: a short label between a
        spaced dash and the colon right before the quote names who says it, the
        words before the dash being the item's headline, which may hold a cue
        of its own; a line of more than `_HEADLINE_CHARS` before the colon is
        no item. (actor, mention offset, the dash's offset)."""
        p_start = self.paragraphs[sp.paragraph][0]
        colon = sp.open_at - 1
        while colon > p_start and self.text[colon].isspace():
            colon -= 1
        if colon <= p_start or self.text[colon] != ":":
            return None
        p_start = self.text.rfind("\n", p_start, colon) + 1 or p_start  # the item's own line
        if colon - p_start > _HEADLINE_CHARS:
            return None
        dashes = list(_SPACED_DASH.finditer(self.text, p_start, colon))
        if not dashes:
            return None
        dash = dashes[-1]
        if len(self.text[dash.end():colon].split()) > 8:
            return None  # a credit is a few words
        found = self.credited(dash.end(), colon)
        return None if found is None else (found[0], found[1], dash.start())
