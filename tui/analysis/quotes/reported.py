"""Reported (indirect) speech: every speech verb outside a quote that governs a
clause ("X said (that) …", "…, X said", "according to X, …") yields an
indirect quote over that clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parsed import children
from ..speech_cues import COMMENT_STARTERS, DIRECT_ONLY_VERBS
from .context import Attribution, _Found
from .cues import _CONTINUE, _LISTENER_VERBS, CueFinder

if TYPE_CHECKING:
    from spacy.tokens import Token

# Speech acts whose content is a noun phrase or an infinitive rather than a clause.
OBJECT_CONTENT_VERBS = frozenset({
    "call", "acknowledge", "announce", "urge", "ask", "accuse", "criticize", "criticise",
    "describe", "question", "promise", "pledge", "propose", "deny", "demand", "praise",
    "blame", "defend", "warn", "predict", "dismiss", "joke", "complain", "recommend",
    "vow", "condemn", "denounce", "reiterate", "point", "admit", "confirm", "reveal",
    "disclose", "characterize", "characterise", "liken", "tout", "decry", "threaten",
    "report", "mention", "cite", "note", "hail", "lament", "deem", "label", "brand", "term",
})
# Verbs whose content may be an indirect question ("asked the mayor whether …").
_QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "question"})
# Prepositions that introduce what a speech act is about ("called for", "joked about").
_ABOUT_PREPS = frozenset({"for", "about", "on", "of", "to", "against", "over", "as"})


class ReportedSpeech(CueFinder):
    def indirect(self) -> list[_Found]:
        found: list[_Found] = []
        objects: list[_Found] = []
        for i in self.cue_candidates:
            if not self.cue_at(i):
                continue
            tok = self.doc[i]
            span = self.reported_clause(tok)
            into = found
            if span is None:
                span, into = self.reported_object(tok), objects
            if span is None:
                continue
            start, end = span
            who = self.resolve_cue(tok)
            if self.is_question_put(tok) and not any(c.dep_ == "agent" for c in tok.children):
                # "Asked about the merger, she defended …": she answers; who asked is not said
                who = Attribution(None, "question_put")
            if who.speaker is None and tok.lower_ == "according" and who.subject is None:
                continue  # "according to" with nothing the parser hangs on it
            into.append(_Found(start, end, "indirect", who.speaker, self.cue_text(tok),
                               True, False, None, tok.idx, who.rule, who.subject))
        # what a speech act is about counts only outside someone's reported
        # clause (not "X said she blamed the crisis on …" twice over) and
        # when it is more than one direct quote
        for f in objects:
            if any(g.start <= f.start and f.end <= g.end for g in found + objects if g is not f):
                continue
            if any(sp.open_at <= f.start and f.end <= (sp.close_at or sp.end) + 1 for sp in self.spans):
                continue
            found.append(f)
        return found

    def reported_clause(self, cue: Token) -> tuple[int, int] | None:
        lemma = cue.lemma_.lower()
        if cue.lower_ == "according":
            return self.according_clause(cue)
        if lemma in DIRECT_ONLY_VERBS:
            return None
        if self.is_question_put(cue):
            return self.question_put(cue)
        if self.participle_clause(cue, ("advcl", "acl")) and lemma not in ("quote", "report"):
            return None  # "Told of the plan, …": something put to someone
        cols, kids = self.cols, children(self.doc)[cue.i]  # (the children by index: a Token for a clause only)
        if any(cols.lowers[c] == "what" and cols.deps[c] in ("dobj", "nsubj", "csubj") for c in kids):
            return None  # "what he said was …"
        comps = [self.doc[c] for c in kids if cols.deps[c] == "ccomp"]
        comp = comps[0] if comps else None
        if len(comps) > 1 and comp is not None and comp.i < cue.i and self.colon_between(comp, cue):
            comp = next((c for c in comps if c.i > cue.i), comp)  # "X did Y: he says Z": Z is what he says
        if comp is None:
            # the clause around the cue, or the sentence before a bare "he said."
            around = self.parenthetical_clause(cue) or self.clause_before_bare_cue(cue)
            if around is not None:
                return around
            comp = self.misattached_clause(cue)
        if comp is None and lemma in _QUESTION_VERBS:
            # "asked the students if they were ready": the question, parsed as an adverbial clause
            comp = next((c for c in cue.rights if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)), None)
        if comp is None:
            # "voiced concern and that …": a that-clause coordinated with the object
            comp = next((c for c in cue.rights if c.dep_ == "conj"
                         and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if comp is None and lemma in ("say", "report"):
            obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ not in ("PRON", "DET") and obj.lower_ not in ("so", "nothing"):
                if lemma == "say":
                    # "say" takes no plain noun object: the parser hung the clause on it as one
                    sub = list(obj.subtree)
                    if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG",) for t in sub if t is not obj) \
                            or obj.pos_ == "VERB":
                        comp = obj
                elif any(c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children):
                    # "reported some shops charging …": a clause without its verb "were"
                    comp = obj
        if comp is None:
            return None
        if comp.dep_ not in ("dobj", "xcomp") and not self.is_finite(comp):
            return None  # "declaring it to be invalid": an object and an infinitive
        if lemma == "find" and comp.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in comp.children):
            return None  # "found itself playing host": a state it was in, not a finding
        lo, hi = comp.left_edge.i, comp.right_edge.i
        if comp.i > cue.i:
            # the parser may split one clause into several ("said the plan had
            # to be …, it must not …")
            hi = max([hi] + [c.right_edge.i for c in comps if c.i > cue.i])
        s_lo, s_hi = self.sents[self.sent_of[cue.i]]
        lo, hi = max(lo, s_lo), min(hi, s_hi - 1)
        if comp.i > cue.i:
            lo = max(lo, cue.i + 1)
            # the listener of "told reporters (in Madrid) that …"
            while lo <= hi and self.cols.deps[lo] in ("dobj", "dative") and self.cols.heads[lo] == cue.i:
                lo = self.doc[lo].right_edge.i + 1
            if comp.dep_ == "ccomp" and lemma not in _LISTENER_VERBS \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
                # "remarked coffee is …": the parser took the clause's
                # subject for the verb's object
                obj = next((c for c in cue.rights if c.dep_ == "dobj" and c.i < comp.i), None)
                if obj is not None:
                    lo = max(min(lo, obj.left_edge.i), cue.i + 1)
            hi = self.continue_clause(cue, hi, s_hi)
            hi = self.cut_comment(comp, lo, hi)
        else:
            stop = cue.i
            subj = self.cue_subject(cue)
            if subj is not None and subj is not _CONTINUE and subj.i < cue.i:  # type: ignore[union-attr]
                stop = min(stop, subj.left_edge.i)  # type: ignore[union-attr]
            hi = min(hi, stop - 1)
        return self.clean_clause(lo, hi)

    @staticmethod
    def participle_clause(cue: Token, deps: tuple[str, ...]) -> bool:
        """Is the cue a past participle heading a clause of the kind `deps`
        ("Told of the plan, …")? Not one with an auxiliary of its own:
        "because Jane Doe has said …" is a verb in the perfect."""
        return cue.tag_ == "VBN" and cue.dep_ in deps and not any(c.dep_ == "aux" for c in cue.children)

    @staticmethod
    def is_question_put(cue: Token) -> bool:
        """"Asked whether he would run, …", "Asked by a reporter about the
        plan, …": a question put to the subject of the main clause."""
        return cue.tag_ in ("VBN", "VBD") and cue.dep_ in ("advcl", "acl") and cue.lemma_.lower() in _QUESTION_VERBS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)

    def question_put(self, cue: Token) -> tuple[int, int] | None:
        """What was asked: the cue's complements after it (an if/whether or
        wh- clause, "about …", "to …"), not who asked ("by a reporter") or
        when."""
        first = None
        for child in cue.rights:
            if child.dep_ in ("agent", "npadvmod", "punct") or child.dep_ == "prep" and child.lower_ != "about":
                continue
            if child.dep_ in ("ccomp", "advcl", "xcomp", "dobj", "prep", "oprd", "dative"):
                first = child
            break
        if first is None:
            return None
        lo = first.left_edge.i
        if first.dep_ == "prep":
            lo = min((c.left_edge.i for c in first.children), default=lo)
        hi = max(c.right_edge.i for c in cue.rights)
        s_hi = self.sents[self.sent_of[cue.i]][1]
        return self.clean_clause(max(lo, cue.i + 1), min(hi, s_hi - 1))

    def colon_between(self, left: Token, cue: Token) -> bool:
        """A colon or semicolon between a clause left of the cue and the cue."""
        return any(self.cols.words[k] in (":", ";") for k in range(left.right_edge.i + 1, cue.i))

    def parenthetical_clause(self, cue: Token) -> tuple[int, int] | None:
        """A cue set inside the clause it reports, between commas: "The plan,
        Jane Doe said, will fail", "If it rains, he says, we stay" (parsed as
        the clause's parenthetical), or after it with a subject of its own:
        "The plan will fail, his aide, John Smith, told reporters" (parsed as
        a coordinated verb). The clause around the cue, cue included."""
        head = cue.head
        if head.i == cue.i or self.is_cue(head) \
                or head.pos_ not in ("VERB", "AUX") or not self.is_finite(head):
            return None
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i > cue.i or any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in cue.children):
            return None
        if cue.lemma_.lower() not in _LISTENER_VERBS and any(c.dep_ == "dobj" for c in cue.children):
            return None
        start = subj.left_edge.i
        if start == 0 or self.cols.words[start - 1] != ",":
            return None
        if cue.dep_ == "parataxis":
            lo, hi = head.left_edge.i, head.right_edge.i
        elif cue.dep_ == "conj" and head.i < cue.i and not any(c.dep_ == "cc" for c in head.children if c.i < start):
            lo, hi = head.left_edge.i, start - 1
        else:
            return None
        s_lo, s_hi = self.sents[self.sent_of[cue.i]]
        lo, hi = max(lo, s_lo), min(hi, s_hi - 1)
        own = sum(1 for k in range(lo, hi + 1) if self.quote_of[k] == -1 and self.doc[k].is_alpha
                  and k != cue.i and not cue.is_ancestor(self.doc[k]))
        if own < 2:
            return None  # “A,” she said, “B.”: a direct quote, already found
        if cue.dep_ == "parataxis" and not any(self.doc[k].is_alpha for k in range(cue.right_edge.i + 1, hi + 1)):
            hi = start - 1  # "…, even with a job, he said.": all of it comes before the cue
        return self.clean_clause(lo, hi)

    def clause_before_bare_cue(self, cue: Token) -> tuple[int, int] | None:
        """"Those in debt struggle, even with a job, he said.": the parser
        made "he said." a sentence of its own; what it reports is the one
        before, which ends with the comma that joins them."""
        s = self.sent_of[cue.i]
        lo, hi = self.sents[s]
        if s == 0 or not self.bare_attribution(lo, hi) \
                or not any(c.dep_ == "nsubj" and lo <= c.i < hi for c in cue.children):
            return None  # "Jane Doe, whose firm …, said.": the sentence before is its subject
        p_lo, p_hi = self.sents[s - 1]
        last = p_hi - 1
        while last > p_lo and self.cols.spaces[last]:
            last -= 1
        while p_lo < last and self.cols.spaces[p_lo]:
            p_lo += 1
        first = lo
        while first < hi and self.cols.spaces[first]:
            first += 1
        if "," not in (self.cols.words[last], self.cols.words[first]) or not self.same_paragraph(self.doc[p_lo], cue):
            return None
        return self.clean_clause(p_lo, last)

    def misattached_clause(self, cue: Token) -> Token | None:
        """A reported clause the parser hung elsewhere: on a noun of the
        cue's prepositional phrase ("said in one of her messages that the
        bridge was closed", a "that" clause read as a relative clause), or
        under a gerund it read as the cue's complement ("said closing it
        would cost jobs")."""
        for child in cue.rights:
            if child.dep_ == "prep":
                for tok in child.subtree:
                    if tok.dep_ == "relcl" and tok.i > child.i and self.quote_of[tok.i] == -1 and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in tok.children) \
                            and any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in tok.children):
                        return tok
            elif child.dep_ == "xcomp" and child.tag_ == "VBG" and cue.lemma_.lower() in ("say", "add", "argue"):
                if any(c.dep_ == "ccomp" and c.i > child.i and self.is_finite(c) for c in child.children):
                    return child
        return None

    def reported_object(self, cue: Token) -> tuple[int, int] | None:
        """What a speech act is about when it takes no clause: "called for an
        inquiry into …", "acknowledged the limits of …", "accused the board of
        …", "announced plans to …". The complements right of the verb (its
        object, the preposition after it, an infinitive), not the listener."""
        lemma = cue.lemma_.lower()
        if lemma not in OBJECT_CONTENT_VERBS or cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl", "amod"):
            return None
        if any(c.dep_ in ("ccomp", "auxpass", "nsubjpass") for c in cue.children):
            return None
        parts = []
        for child in cue.rights:
            if child.dep_ in ("dobj", "xcomp", "oprd", "attr"):
                parts.append(child)
            elif child.dep_ == "prep" and child.lower_ in _ABOUT_PREPS:
                parts.append(child)
            elif child.dep_ in ("dative",) or child.dep_ == "prt" or child.dep_ == "advmod" and not parts:
                continue
            elif child.dep_ == "prep" and not parts:
                continue  # "called on Monday for …": a time or place before the object
            else:
                break
        if not parts:
            return None
        first = parts[0]
        if first.dep_ == "dobj" and (first.pos_ in ("PRON", "DET") or lemma in _LISTENER_VERBS
                                     and len(parts) == 1):
            return None  # "praised him", "urged them": no content of their own
        s_lo, s_hi = self.sents[self.sent_of[cue.i]]
        lo = first.left_edge.i
        last = max(p.right_edge.i for p in parts)
        for child in cue.rights:
            # "announced a concert in support of X": what follows the content in the same clause
            if child.i <= last:
                continue
            if child.dep_ not in ("prep", "advmod", "advcl", "xcomp", "oprd", "dobj", "attr"):
                break
            last = child.right_edge.i
            # not into the reporter's aside: an apposition after a comma ("…, a pact that …")
            aside = next((t for t in child.subtree if t.dep_ == "appos" and t.i > child.i
                          and any(self.cols.words[k] == "," for k in range(max(t.left_edge.i - 3, child.i), t.left_edge.i))),
                         None)
            if aside is not None:
                last = aside.left_edge.i - 1
                break
        hi = min(last, s_hi - 1)
        if first.dep_ == "dobj" and lemma in _LISTENER_VERBS and len(parts) > 1:
            lo = parts[1].left_edge.i  # "urged Congress to act": the act, not Congress
        elif first.dep_ == "prep" and any(True for _ in first.children):
            lo = min(c.left_edge.i for c in first.children)  # "called for an inquiry": the inquiry
        return self.clean_clause(max(lo, cue.i + 1), hi)

    @staticmethod
    def is_finite(verb: Token) -> bool:
        """A clause with a finite verb (or a modal/auxiliary), not an infinitive."""
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
        return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)

    def continue_clause(self, cue: Token, hi: int, s_hi: int) -> int:
        """A verb coordinated with a past-tense cue but in the present tense
        ("He remarked coffee is scarce …, and leaves shelves empty") cannot share
        the cue's subject: it continues the reported clause. So does a clause
        the parser coordinated with the cue that has a subject of its own ("Jane
        Doe said the plan was sound, but the council would vote on it")."""
        for c in cue.rights:
            if c.dep_ != "conj" or c.i <= hi or self.is_cue(c):
                continue
            if cue.tag_ == "VBD" and c.tag_ in ("VBZ", "VBP") \
                    or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
                hi = min(max(hi, c.right_edge.i), s_hi - 1)
        return hi

    def cut_comment(self, comp: Token, lo: int, hi: int) -> int:
        """End the clause before a reporter's ", without …" comment, or before
        a speech verb the parser coordinated into it ("…, and called …")."""
        cols = self.cols
        for k in range(lo + 1, hi + 1):
            if cols.deps[k] == "conj" and self.quote_of[k] == -1 and cols.heads[k] >= lo:
                if self.cue_at(k) and cols.tags[k] != "VBG":
                    return k - 1
                tok = self.doc[k]
                # "said the plan would fail, and left": a past verb cannot share
                # the modal or present tense of the verb it is coordinated with
                if tok.tag_ == "VBD" == comp.head.tag_ and tok.head.tag_ in ("VB", "VBZ", "VBP") \
                        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
                    return k - 1
            if cols.lowers[k] in COMMENT_STARTERS and cols.words[k - 1] in (",", "”", '"') \
                    and self.quote_of[k] == -1 and comp.i < k:
                return k - 1  # (not an aside before the clause's own verb: "the plan, while costly, works")
        return hi

    def next_word(self, k: int) -> Token:
        """The first token after k that is not punctuation or space (or the last one)."""
        k += 1
        while k < len(self.doc) - 1 and (self.cols.puncts[k] or self.cols.spaces[k]):
            k += 1
        return self.doc[min(k, len(self.doc) - 1)]

    def according_clause(self, cue: Token) -> tuple[int, int] | None:
        s_lo, s_hi = self.sents[self.sent_of[cue.i]]
        phrase_end = cue.right_edge.i
        for c in cue.children:
            phrase_end = max(phrase_end, c.right_edge.i)
        if cue.i <= s_lo + 1:  # "According to X, …"
            lo, hi = phrase_end + 1, s_hi - 1
        elif phrase_end >= s_hi - 2:  # "…, according to X."
            lo, hi = s_lo, cue.i - 1
        elif self.next_word(phrase_end).pos_ == "CCONJ":  # "…, according to X, but …": what came before
            lo, hi = s_lo, cue.i - 1
        elif self.cols.words[cue.i - 1] == "," and phrase_end + 1 < s_hi and self.cols.words[phrase_end + 1] == ",":
            lo, hi = s_lo, s_hi - 1  # "Sales, according to X, fell …": the clause around it
        elif cue.i - s_lo >= s_hi - 1 - phrase_end:  # the longer side
            lo, hi = s_lo, cue.i - 1
        else:
            lo, hi = phrase_end + 1, s_hi - 1
        # "According to X, Y said …": X is only the source of a report of Y's words
        # (a speech verb that reports a clause of its own; "X found 600
        # files, according to Y" is still Y's report)
        if any(self.cue_at(k) and self.cols.lowers[k] != "according"
               and self.reported_clause(self.doc[k]) is not None for k in range(max(lo, 0), hi + 1)):
            return None
        return self.clean_clause(lo, hi)

    def clean_clause(self, lo: int, hi: int) -> tuple[int, int] | None:
        cols = self.cols
        while lo <= hi and (cols.puncts[lo] and self.quote_of[lo] == -1 or cols.lowers[lo] == "that"
                            and cols.deps[lo] == "mark" or cols.spaces[lo]):
            lo += 1
        while hi >= lo and (cols.spaces[hi] or cols.puncts[hi] and self.quote_of[hi] == -1
                            or cols.pos[hi] == "CCONJ" and self.quote_of[hi] == -1):
            hi -= 1
        if hi - lo < 2:
            return None
        start, end = cols.starts[lo], cols.ends[hi]
        # a clause ending inside a quote takes the closing mark too
        q_end = self.quote_of[hi]
        if q_end != -1:
            sp = self.spans[q_end]
            if sp.close_at is not None and sp.close_at >= end - 1:
                end = max(end, sp.close_at + 1)
        q_start = self.quote_of[lo]
        if q_start != -1:
            sp = self.spans[q_start]
            start = min(start, sp.open_at)
            if q_end == q_start:
                return None  # the clause is a direct quote, already reported
        # at least two words of the reporter's own outside any quote
        own = sum(1 for k in range(lo, hi + 1) if self.quote_of[k] == -1 and cols.words[k].isalpha())  # is_alpha
        if own < 2:
            return None
        return start, end
