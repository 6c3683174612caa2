"""Speakers: from the subject of a speech cue to the actor who speaks."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..speech_cues import (
    AGENT_ENDINGS,
    INDEFINITE_DETS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    is_spokes_noun,
    is_spokes_person,
)
from ..actors.cues import _KIN, _PEOPLE_NOUNS
from ..actors.name_shapes import _strip_suffix
from ..actors.words import _HONORIFICS, _INSTITUTION_WORDS, _NAMED_AFTER_HEADS, _ORGANISATION_HEADS, _PERSON_ROLES
from ..first_names import is_given_name
from ..gender import FEMININE, GENDERED_NOUNS, MASCULINE, agreed_gender
from ..drafts import ActorDraft
from ..parsed import positions_of
from .context import QuoteContext

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Token

_SENTENCES_BACK = 12  # sentences searched back for the person an unresolved "he" means
_NAME_LOOKBACK = 6000  # characters searched back for "the institute" → "… Institute …"
# Conjuncts that add unnamed people to a named speaker ("Jane Doe and others said").
_OTHERS = frozenset({"others", "colleagues", "allies", "supporters", "associates"})
# Messages whose author speaks through them ("Ruiz's tweet said ...", "Doe's email to
# supporters notes ..."): writings sent out in someone's name, not studies or reports,
# which speak for themselves.
_MESSAGE_NOUNS = frozenset({"tweet", "post", "message", "statement", "letter", "email", "e-mail", "memo", "release",
                            "speech"})
# Where a message is posted from: its owner is the author ("from Ruiz's Instagram account").
_ACCOUNT_NOUNS = frozenset({"account", "page", "feed", "channel", "profile", "handle"})

# An unnamed source's type, from the head noun (lemma) of the words that say
# it: organisations are ORG; writings and figures that "say" or "show"
# something are WORK_OF_ART; people and groups of people ("officials", "a
# source", "critics", "voters") are PERSON, by this list, PERSON_NOUNS or an
# agent-noun ending ("-er", "-or", "-ist", "-ian", "-ant"). Any other head
# ("a pact", "the rally", "the controversy") makes no unnamed source.
_ORG_HEADS = ORG_NOUNS | frozenset({
    "staff", "newsroom", "magazine", "outlet", "media", "industry", "movement", "authorities",
    "agencies", "companies", "groups",
})
_WORK_HEADS = frozenset({
    "poll", "survey", "report", "study", "research", "analysis", "statement", "letter", "memo", "document",
    "data", "figure", "number", "result", "record", "filing", "lawsuit", "complaint", "suit", "petition",
    "ad", "advert", "advertisement", "commercial", "email", "e-mail", "tweet", "post", "message", "video",
    "speech", "book", "article", "editorial", "column", "review", "audit", "investigation", "inquiry",
    "probe", "average", "estimate", "forecast", "projection", "indictment", "ruling", "release",
    "transcript", "website", "blog", "manifesto", "notice", "finding", "footage", "story", "headline",
    "note", "testimony", "account", "announcement", "summary", "brief",
    "resolution", "verdict", "decision", "opinion", "assessment", "evaluation", "paper",
    "law", "index", "proposal", "counterproposal", "initiative", "textbook", "copy", "response",
    "profile", "call", "interview", "op-ed", "polling",
    "tally", "readout", "cable", "audio", "memoir", "biography", "playbook", "timeline", "schedule", "affidavit",
    "statistics", "evidence", "guideline", "regulation", "disclosure", "missive", "quiz", "ranking", "platform",
    "excerpt", "version", "passage", "returns",
})
_PEOPLE_HEADS = PERSON_NOUNS | frozenset({
    "official", "source", "critic", "voter", "analyst", "expert", "supporter", "opponent", "resident",
    "people", "person", "member", "aide", "adviser", "staffer", "lawmaker", "democrat", "republican",
    "observer", "crowd", "protester", "protestor", "activist", "leader", "friend", "ally", "insider",
    "investor", "economist", "strategist", "pollster", "participant", "respondent", "american", "citizen",
    "worker", "employee", "user", "fan", "student", "parent", "family", "prosecutor", "investigator",
    "delegate", "delegation", "conservative", "liberal", "progressive", "moderate", "independent",
    "colleague", "associate", "veteran", "legislator", "neighbor", "neighbour", "relative",
    "child", "kid", "audience", "public", "everybody", "majority", "minority", "percent", "half", "third",
    "quarter", "plurality", "most", "many", "few", "several", "some", "all", "both", "each", "either", "%",
    "neither", "none", "one", "two", "three", "four", "five", "dozen", "dozens", "hundreds", "thousands",
    "spokespeople", "team", "camp", "side", "backer", "donor", "surrogate", "operative", "consultant",
    "panel", "jury", "juror", "panelist", "guest", "host", "anchor", "commentator", "pundit", "columnist",
    "blogger", "reporter", "journalist", "editor", "scholar", "academic", "historian", "scientist",
    "archbishop", "cardinal", "rabbi", "imam", "pastor", "cleric", "monk", "nun", "priest",
    "tycoon", "magnate", "mogul", "surgeon", "neurosurgeon", "physician", "hopeful", "native", "nominee",
    "front-runner", "frontrunner", "contender", "incumbent", "billionaire", "millionaire", "celebrity",
    "proponent", "advocate", "hawk", "dove", "insurgent", "outsider", "newcomer", "chief", "boss",
    "agent", "detective", "coroner", "sheriff", "deputy", "trooper", "soldier", "marine", "pilot",
    "attendee", "eyewitness", "bystander", "survivor", "mourner", "patient", "customer", "client",
    "lady", "rival", "counsel", "graduate",
})
# Groups and roles that speak for the actor named with them ("the Doe campaign",
# "Acme officials", "aides to Doe"); a lawyer or a friend of Doe is someone else.
_SPEAKS_FOR = frozenset({
    "campaign", "team", "staff", "camp", "staffer", "official", "leader", "aide", "adviser", "advisor",
    "spokespeople", "representative", "leadership", "administration", "government", "office", "headquarters",
})
# Last words of names of bodies (closed classes of trade nouns: `actors.words`).
_ORG_NAME_ENDS = _ORGANISATION_HEADS | _NAMED_AFTER_HEADS | _INSTITUTION_WORDS
# Verbs an outlet is cited with ("Doe Watch first reported", "published by the Ledger").
_PUBLISHING_VERBS = frozenset({"report", "publish"})
_COUNT_NOUNS = frozenset({"percent", "half", "third", "quarter", "majority", "minority", "plurality", "dozen",
                          "dozens", "hundreds", "thousands", "millions", "number", "share", "most", "rest",
                          "handful", "array", "trio"})
# Words for anyone at all: on their own ("people say", "a few people said")
# they name no source; with a modifier ("people close to the talks") they do.
# Pronouns that name a group or someone once a clause or phrase says who
# ("those who voted for her", "some in the party", "someone in the audience").
_DESCRIBED_PRONOUNS = frozenset({"those", "some", "someone", "somebody", "many", "others", "few", "several",
                                 "most", "anyone", "one"})
_QUANTIFIERS = frozenset({"few", "many", "some", "most", "several", "other", "more", "all", "so", "too", "very",
                          "such", "certain", "various", "numerous", "countless"})
_GENERIC = frozenset({"people", "folks", "folk", "others", "everyone", "everybody", "someone", "somebody",
                      "anyone", "anybody", "men", "women", "guys", "thing", "things", "all", "both"})
# Heads that are not a source of their own: pronouns, relatives and the like
# ("some", "those" and numbers only with an "of" phrase: "some of the aides").
_QUANTIFIER_POS = frozenset({"PRON", "NUM", "DET", "ADJ"})
_NOT_SOURCES = frozenset({"who", "whom", "that", "which", "what", "this", "these", "it", "they", "we", "you",
                          "i", "he", "she", "there", "here"})
# Words that count people and stand for them on their own ("some said", "others
# argue", "many believe", "two others said"): a closed class of quantifiers; numbers too.
_BARE_COUNTS = frozenset({"some", "others", "another", "many", "most", "few", "several", "both",
                          "someone", "somebody", "one"})
# Fractions that count people on their own after a number or "a" ("three-fourths say", "a third said").
_FRACTIONS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
                        "fifths", "tenth", "tenths"})
# What may stand before a count on its own: "the two", "at least 21,000", "nearly 40", "two others".
_COUNT_MODIFIERS = frozenset({"det", "advmod", "quantmod", "nummod", "npadvmod"})
# Verbs of saying that people (or groups of people) do and things seldom do:
# a plural noun no list of `_source_type` knows is people when it is the
# subject of one ("the heavyweights argued", "big shots insist"). Not "show",
# "indicate", "suggest", "find", "report", "read" (records and signs do those).
_PEOPLE_VERBS = frozenset({
    "say", "tell", "argue", "insist", "claim", "complain", "admit", "explain", "write", "add", "ask",
    "urge", "agree", "contend", "acknowledge", "deny", "warn", "believe", "joke", "boast", "brag", "shout",
    "chant", "yell", "vow", "pledge", "promise", "concede", "allege", "assert", "lament", "wonder", "plead",
    "respond", "reply", "recall", "testify", "tweet", "whisper", "quip", "grouse",
})
# Determiners that point at people met before ("these people", "that person").
_POINTING = frozenset({"this", "these", "that", "those"})
_POINTING_OR_THE = _POINTING | {"the"}  # (`pointed_people`: "the people said" too)
# Places that speak through their governments ("the states argue"): no people.
_PLACE_NOUNS = frozenset({"country", "state", "city", "nation", "town", "province", "region", "county", "village"})
# Nouns for a person or a group of people that may speak as an unnamed source when
# they are the subject of a speech cue (`role_noun_subject`: "the justice said", "a
# guy told me", "the faction argued"): the nouns for people, roles, kin and gendered
# nouns of the other modules and these (a closed class of nouns for a person by
# their standing, for a pair, for a side in court and for a group by what its
# members share); and nouns for the body that runs something (ORG).
_SUBJECT_PEOPLE = PERSON_NOUNS | _PERSON_ROLES | _KIN | _PEOPLE_NOUNS | frozenset(GENDERED_NOUNS) | frozenset({
    "justice", "constituent", "star", "hero", "icon", "couple", "defense", "defence", "prosecution",
    "faction", "community", "circle", "mainstream", "wing", "establishment", "bloc", "elite",
})
_SUBJECT_BODIES = frozenset({"management", "leadership", "force", "command", "board", "council"})
# The longest closing paragraph taken for an author's line ("Jane Doe is a columnist.").
_AUTHOR_LINE_TOKENS = 45


class SpeakerResolver(QuoteContext):
    def decide_speaker(self, subj: Token) -> tuple[str | None, str]:
        """(actor key or None, name of the sieve that decided) for the subject
        of a speech cue: the first sieve of `SPEAKER_SIEVES` that decides wins."""
        for sieve in SPEAKER_SIEVES:
            verdict = sieve(self, subj)
            if verdict is not PASS:
                return verdict, sieve.__name__  # type: ignore[return-value]
        return None, "unresolved_subject"

    def phrase_of(self, subj: Token) -> tuple[int, int]:
        """First and last token of the noun phrase a subject heads, without
        what follows a comma ("officials, who …") or a clause: "a senior
        official", "E.U. leaders", "a spokesman for the agency"."""
        if subj.pos_ == "PRON" and not _counts_of(subj) or self.quote_of[subj.i] != -1:
            return subj.i, subj.i
        lo = hi = subj.i
        for child in subj.lefts:
            if child.dep_ != "punct" and self.quote_of[child.left_edge.i] == -1 \
                    and self.same_paragraph(child.left_edge, subj) and subj.i - child.left_edge.i <= 8:
                lo = min(lo, child.left_edge.i)
        for child in subj.rights:
            if child.dep_ in ("compound", "flat", "nummod", "amod", "nmod") or (
                    # "people briefed on the talks": a reduced relative, not a clause
                    child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and subj.pos_ == "NOUN") or (
                    child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "from", "with", "in", "on", "to")):
                if self.quote_of[child.right_edge.i] != -1 or child.right_edge.i - subj.i > 8:
                    break
                hi = child.right_edge.i
            else:
                break
        while lo < subj.i and (self.cols.puncts[lo] or self.cols.spaces[lo]):
            lo += 1
        while hi > subj.i and (self.cols.puncts[hi] or self.cols.spaces[hi]):
            hi -= 1
        return lo, hi

    def unnamed_source(self, subj: Token, kind: str | None = None, pointed: bool = False) -> str | None:
        """Key of the unnamed source the phrase `subj` heads ("officials",
        "a source familiar with the talks", "some of the aides"), made on first
        use: one draft per normalised phrase in the article. None for what is
        no source of its own (a pronoun, a name the actors stage did not take).
        `kind` is the source's type when its head noun is in no list of
        `_source_type` (`people_by_verb`); else such a head makes no source.
        `pointed`: people a determiner points at ("these people", "the
        people", "that person"; `pointed_people`) are a source of their own."""
        if self.quote_of[subj.i] != -1 or subj.lower_ in _NOT_SOURCES:
            return None
        common = not subj.ent_type_ and _common_head(subj)
        if subj.pos_ == "PROPN" and subj.text.islower() and subj.lower_ in _PEOPLE_HEADS:
            common = True  # "the billionaire business mogul": a person noun the tagger took for a name
        age = _age_noun(subj)
        # a name is no unnamed source, but a common head in capitals is ("a Morning Consult Poll", "Aides said")
        if subj.pos_ == "PROPN" and subj.lower_ not in _WORK_HEADS and not common:
            return None
        lo, hi = self.phrase_of(subj)
        # "the polling average": a work's head noun the parser tagged an adjective
        work = subj.pos_ == "ADJ" and subj.lower_ in _WORK_HEADS and any(c.dep_ == "det" for c in subj.children)
        if not work and not age and (subj.pos_ in _QUANTIFIER_POS or subj.pos_ not in ("NOUN", "PROPN")):
            # "some of the aides", "79 percent of voters": only with what they count;
            # "those who voted for her", "someone in the audience": with what describes them
            if not _counts_of(subj) and not _ratio(subj):
                # "Many in the crowd", "most of them": the parser may tag the count an adjective
                if subj.pos_ not in ("PRON", "ADJ") or not _described(subj):
                    return None
                if subj.right_edge.i - subj.i > 10 or any(
                        self.quote_of[k] != -1 for k in range(subj.i, subj.right_edge.i + 1)):
                    return None
                hi = subj.right_edge.i
                while hi > subj.i and (self.cols.puncts[hi] or self.cols.spaces[hi]):
                    hi -= 1
        if subj.lower_ in _GENERIC and not pointed and not any(
                c.dep_ in ("relcl", "prep") or c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") for c in subj.children) \
                and not any(
                self.cols.pos[k] in ("ADJ", "NOUN", "PROPN", "ADP", "VERB") and self.cols.lowers[k] not in _QUANTIFIERS
                for k in range(lo, hi + 1) if k != subj.i):
            return None  # "people say", "a few people said": anyone at all
        if any(self.cols.lowers[k] in ("my", "our", "your", "us", "you") for k in range(lo, hi + 1)):
            return None  # "our study", "my friend", "many of you": the writer's own or the reader, as pronoun-like as "we"
        if lo < subj.i and self.cols.lowers[lo] in _POINTING and not pointed:
            return None  # "these findings", "this paper": pointing back, as a pronoun does
        name = self.doc[lo : hi + 1].text
        if not name or not any(ch.isalnum() for ch in name):
            return None
        first = self.doc[lo]
        if (first.pos_ != "PROPN" or lo == subj.i == subj.sent.start and common) \
                and first.text[:1].isupper() and not (len(first.text) > 1 and first.text.isupper()):
            name = name[:1].lower() + name[1:]  # "Officials said", "Poll finds" are listed as "officials", "poll"
        words = name.casefold().replace("’", "'").split()
        if words and words[0] == "the":
            words = words[1:]
        key = "unnamed:" + " ".join(words)
        kind = _source_type(subj) or kind
        if kind is None:
            return None
        self.made_actor(key, name, kind, named=False)
        self.unnamed_at[subj.idx] = key
        return key

    def pointed_back(self, subj: Token) -> str | None:
        """The unnamed source that people pointed at ("the people", "that
        person") were brought in as, in this paragraph or the one before:
        the nearest before with the same head noun in the same number
        ("people familiar with the talks … the people said"), or, for
        "person", any one person ("a source near her … that person said")."""
        limit = self.limit_before(subj.idx)
        lemma, plural = subj.lemma_.lower(), subj.tag_ == "NNS"
        best: tuple[int, str] | None = None
        for start, key in self.unnamed_at.items():
            if not limit <= start < subj.idx or self.index.draft(key).type != "PERSON" \
                    or best is not None and start < best[0]:
                continue
            head = self.doc[self.tokens_in(start, start + 1)[0]]
            if (head.tag_ == "NNS") == plural and (head.lemma_.lower() == lemma or lemma == "person"):
                best = (start, key)
        return best[1] if best else None

    def bare_count(self, subj: Token) -> str | None:
        """Key of the unnamed source a count of people on its own says, the
        subject of a cue with no noun it counts ("some said", "others argue",
        "many believe", "the two admit", "at least 300 said"): one actor per
        occurrence (the "some" of one sentence are not those of the next).
        None for what is no such count."""
        word = subj.lower_
        if subj.dep_ not in ("nsubj", "nsubjpass") or self.quote_of[subj.i] != -1 or _ratio(subj):
            return None  # "six in 10 said": `count_in_ratio`
        # "three-fourths say", "nearly a third said": a fraction after a number or "a"
        fraction = word in _FRACTIONS and any(
            c.dep_ in ("nummod", "quantmod") or c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.lefts)
        out_of = _out_of(subj)  # "nine out of 10 say"
        skip = out_of.i if out_of is not None else -1
        if word not in _BARE_COUNTS and not fraction and not (
                subj.pos_ == "NUM" and subj.ent_type_ in ("", "CARDINAL") and subj.like_num):
            return None
        if subj.pos_ == "NUM" and subj.i > 0 and self.cols.lowers[subj.i - 1] in ("(", "["):
            return None  # "[15] reported": a reference, not people
        if word == "one" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in subj.head.children):
            return None  # "one could argue": anyone at all, the writer's voice
        if any(c.dep_ not in _COUNT_MODIFIERS and c.dep_ != "punct" and c.i != skip for c in subj.children) \
                or any(c.dep_ != "punct" and c.i != skip for c in subj.rights):
            return None  # "some of the aides", "those who voted": `unnamed_source`; "one, Jane Doe,": a name
        verb = subj.head
        if subj.pos_ == "NUM" and not any(c.dep_ in _COUNT_MODIFIERS for c in subj.lefts) \
                and verb.i == subj.i + 1 and verb.tag_ in ("VBN", "VBD"):
            return None  # "60 pledged delegates were at stake": a participle before a noun
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != subj.i for c in verb.children):
            return None  # "the figures both suggested": the count floats after the subject it counts
        lo = subj.i
        for child in subj.lefts:
            if child.dep_ in _COUNT_MODIFIERS and self.quote_of[child.left_edge.i] == -1 \
                    and subj.i - child.left_edge.i <= 4 and self.same_paragraph(child.left_edge, subj):
                lo = min(lo, child.left_edge.i)
        while lo < subj.i and (self.cols.puncts[lo] or self.cols.spaces[lo]):
            lo += 1
        hi = out_of.right_edge.i if out_of is not None else subj.i
        name = self.doc[lo : hi + 1].text
        if name[:1].isupper() and not name.isupper():
            name = name[:1].lower() + name[1:]  # "Some said" is listed as "some"
        key = f"unnamed:{name.casefold()}@{subj.idx}"
        self.made_actor(key, name, "PERSON", named=False)
        self.unnamed_at[subj.idx] = key
        return key

    def unlisted_name(self, subj: Token) -> str | None:
        """Key of an actor for a name that speaks (the subject of a cue) which
        spaCy tagged as a person, organisation, group or place, or did not tag
        at all, but the actors stage left out; made on first use (one per name
        in the article)."""
        # a name the tagger took for a noun shows a capital inside it ("D’Souza")
        looks_named = subj.pos_ == "PROPN" or subj.pos_ == "NOUN" and any(c.isupper() for c in subj.text[1:]) \
            and not subj.text.isupper()
        if not subj.ent_type_ and (subj.tag_ == "NNPS" or subj.lower_ in _PEOPLE_HEADS or subj.lower_ in _ORG_HEADS
                                   or _common_head(subj)):
            # "Senators", "General", "Aides said", "Poll finds": a common noun in capitals,
            # untagged (a poll or a study speaks as an unnamed source: `unnamed_source`)
            return None
        if not looks_named or subj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE", "") \
                or self.quote_of[subj.i] != -1 or subj.dep_ not in ("nsubj", "nsubjpass", "pobj"):
            return None
        lo = hi = subj.i
        while lo > 0 and self.doc[lo].ent_iob_ == "I" and self.cols.ent_types[lo - 1] == subj.ent_type_:
            lo -= 1
        while hi + 1 < len(self.doc) and self.doc[hi + 1].ent_iob_ == "I":
            hi += 1
        while hi > lo and (self.cols.puncts[hi] or self.cols.tags[hi] == "POS"):
            hi -= 1
        if not subj.ent_type_:
            lo = self.proper_noun_run(subj)  # "Right Wing Watch said": the whole name, not "Watch"
        if any(self.quote_of[k] != -1 or self.actor_of_token(self.doc[k]) is not None for k in range(lo, hi + 1)):
            return None
        name = self.doc[lo : hi + 1].text
        if not name[:1].isupper() or len(name) < 2 or not all(
                self.cols.pos[k] == "PROPN" or self.cols.puncts[k] or k == subj.i for k in range(lo, hi + 1)):
            return None
        # "Mr. Doe said", "Doe said" where "Jane Doe" is an actor: her, not an actor of its own
        key = self.person_by_family_name(lo, hi)
        if key is not None:
            return key
        if name.casefold() in self.index.dropped:
            return None  # "the ABC found": a name an actor filter left out (a term, an award) is no speaker
        # untagged ("D’Souza said"): a person, unless the name or the article says
        # it is a body ("according to the Post", "Doe Watch first reported")
        kind = subj.ent_type_ or self.untagged_name_type(lo, hi)
        return self.made_actor("name:" + name.casefold(), name, kind)

    def untagged_name_type(self, lo: int, hi: int) -> str:
        """The type of an untagged name that speaks, `lo`..`hi`: an organisation
        when a trade noun ends it ("Acme Institute"; a word of a work: "according
        to the Post") or when the article, anywhere, cites the name as an outlet
        or a body is cited, after "the" ("the Blaze reported"), after "according
        to" or as the subject or agent of "report" or "publish" ("Doe Watch first
        reported"), and never as a person is named, after a title or a given name
        ("Mr. Doe", "Jane Doe"); a person otherwise, and always when a given
        name opens it or it is plural ("the Does")."""
        head = self.doc[hi]
        if head.lower_ in _ORG_HEADS or head.lower_ in _WORK_HEADS or head.text in _ORG_NAME_ENDS:
            return "ORG"
        if head.tag_ == "NNPS" or is_given_name(self.cols.words[lo]):
            return "PERSON"
        texts = self.cols.words
        name = texts[lo : hi + 1]
        n, cited = len(name), False
        for k in range(len(texts) - n + 1):
            if texts[k : k + n] != name or self.quote_of[k] != -1:
                continue
            before, last = (self.doc[k - 1] if k else None), self.doc[k + n - 1]
            if before is not None and (
                    before.text in _HONORIFICS or before.pos_ == "PROPN" and is_given_name(before.text)):
                return "PERSON"  # "Mr. Doe", "Jane Doe"
            verb = last.head.head if last.dep_ == "pobj" else last.head
            cited = cited or before is not None and before.lower_ == "the" and last.dep_ != "compound" \
                or last.dep_ == "pobj" and last.head.lower_ == "to" and verb.lower_ == "according" \
                or last.dep_ in ("nsubj", "pobj") and (last.dep_ == "nsubj" or last.head.lower_ == "by") \
                and verb.lemma_.lower() in _PUBLISHING_VERBS
        return "ORG" if cited else "PERSON"

    def proper_noun_run(self, subj: Token) -> int:
        """First token of the run of proper nouns an untagged name heads: the
        capitalised compounds right before it that hang on the run ("Right Wing
        Watch", "Islamic State"), without "the", a title ("Sen.", "Mayor"), a
        word in a quote or a word that is already another actor's, nor the end
        of a hyphenated word ("Secretary-Treasurer")."""
        lo = subj.i
        while lo > 0:
            tok = self.doc[lo - 1]
            if tok.pos_ != "PROPN" or tok.dep_ != "compound" or not lo <= tok.head.i <= subj.i \
                    or not tok.text[:1].isupper() or tok.lower_ == "the" or tok.text in _HONORIFICS \
                    or tok.lower_ in PERSON_NOUNS or tok.lower_ in _PERSON_ROLES or self.quote_of[tok.i] != -1 \
                    or self.actor_of_token(tok) is not None:
                break
            lo -= 1
        if lo < subj.i and self.cols.words[lo - 1] == "-" and not self.cols.spaced[lo - 1]:
            lo += 1  # "Secretary-Treasurer Jane Doe": not the end of a hyphenated title
        return lo

    def person_by_family_name(self, lo: int, hi: int) -> str | None:
        """The one named person whose name (two words or more) ends in the word
        `lo`..`hi` spell, after a title ("Mr. Doe", "Doe" for "Jane Doe"); None
        when no person or several share it."""
        while lo < hi and self.cols.words[lo].rstrip(".") in _HONORIFICS:
            lo += 1
        if lo != hi:
            return None
        word = self.cols.words[hi]
        found = [
            d.key for d in self.index.drafts()
            if d.type == "PERSON" and d.named and len(core := _strip_suffix(tuple(d.name.split()))) >= 2 and core[-1] == word
        ]
        return found[0] if len(found) == 1 else None

    def article_author(self) -> str | None:
        """The named writer of an opinion piece or a first-person report, from
        the author's line that closes it: a last paragraph of one or two short
        sentences, the first of which opens with a named actor's name and says
        what they are ("Jane Doe is a lecturer in history at Acme College.",
        "Tom Berg, a former mayor, is the editor of a weekly paper."). The
        name must be a person's, or be said to be one (a person noun after
        "is a"). None when the article closes otherwise."""
        if self._author is None:
            self._author = (self._author_line(),)
        return self._author[0]

    def _author_line(self) -> str | None:
        if len(self.paragraphs) < 3:
            return None
        start, end = self.paragraphs[-1]
        toks = self.tokens_in(start, end)
        if not toks or len(toks) > _AUTHOR_LINE_TOKENS or any(self.quote_of[k] != -1 for k in toks):
            return None
        first_sent = self.sent_of[toks[0]]
        if self.sent_of[toks[-1]] - first_sent > 1:
            return None
        root = self.sent_root(self.doc[toks[0]])
        if root.lemma_ != "be" or root.i < toks[0]:
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if subj is None or attr is None or subj.pos_ != "PROPN" or self.phrase_of(subj)[0] != toks[0] \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in attr.children):
            return None
        key = self.actor_of_token(subj)
        if key is None or not self.index.draft(key).named:
            return None
        if self.index.draft(key).type != "PERSON" and _source_type(attr) != "PERSON":
            return None
        return key

    def made_actor(self, key: str, name: str, kind: str, named: bool = True) -> str:
        """Register an actor a sieve makes, once per key in the article; its key."""
        if key not in self.made:
            self.made.add(key)
            self.index.add_draft(ActorDraft(key, name, kind, named=named))
        return key

    def group_antecedent(self, tok: Token, types: tuple[str, ...]) -> str | None:
        """The group a "they" (or an "it") refers to: the nearest organisation
        or group (`types`) named in this or the previous paragraph, outside
        quotes, or an unnamed source found there ("officials … they said";
        of a PERSON source, only a plural one)."""
        limit = self.limit_before(tok.idx)
        best: tuple[int, str] | None = None
        for start, _, key in reversed(self.index.mentions_between(limit, tok.idx)):
            if not self.inside_quote(start) and self.index.draft(key).type in types \
                    and self.index.draft(key).type != "PERSON":  # a named person is "he" or "she"
                best = (start, key)
                break
        for start, key in self.unnamed_at.items():
            draft = self.index.draft(key)
            plural = draft.type != "PERSON" or self.doc[self.tokens_in(start, start + 1)[0]].tag_ in ("NNS", "NNPS")
            if limit <= start < tok.idx and (draft.type in types or draft.type == "PERSON" and "PERSON" in types) \
                    and plural and (best is None or start > best[0]):
                best = (start, key)
        return best[1] if best else None

    def plural_subject_before(self, tok: Token) -> Token | None:
        """The plural common noun a "they" refers to when no group is named
        before it: the main clause's subject before it, in its sentence or the
        two before (in its paragraph or the one before), past other "they"s of the
        same chain ("Activists met the mayor. They want … As they left, they
        said"), when that subject is a plural common noun outside quotes; None
        when it is anything else (a name, "he", a thing in the singular)."""
        floor = self.limit_before(tok.idx)
        s0 = self.sent_of[tok.i]
        for s in range(s0, max(-1, s0 - 3), -1):
            lo, hi = self.sents[s]
            if self.cols.starts[lo] < floor:
                return None
            for k in range(min(hi, tok.i) - 1, lo - 1, -1):
                if self.cols.deps[k] not in ("nsubj", "nsubjpass") or self.quote_of[k] != -1 \
                        or self.cols.tags[k] in ("WP", "WDT"):
                    continue
                # a main clause's subject ("until farmers reach the market, they argued": not "farmers")
                if self.cols.deps[self.cols.heads[k]] != "ROOT" and not (s == s0 and self.cols.lowers[k] == "they"):
                    continue
                if self.cols.lowers[k] == "they":
                    break  # the same people: their subject is further back
                return self.doc[k] if self.cols.tags[k] == "NNS" else None
            else:
                if s < s0:
                    return None  # a sentence before with no subject of its own
        return None

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
        while k > 0 and tok.i - k < 5 and self.cols.words[k - 1][:1].isupper() and self.cols.deps[k - 1] == "compound":
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
        (not inside a quote) and who may be of its gender (`fits`), within
        `_NAME_LOOKBACK` characters."""
        return self.person_subject_back(tok, tok.idx - _NAME_LOOKBACK, len(self.sents),
                                        lambda t: self.quote_of[t.i] == -1)

    def fits(self, key: str, tok: Token) -> bool:
        """May the person `key` be the one the word `tok` means: any word but a
        gendered pronoun fits anyone; "he" or "she" fits a person of that gender or of
        none known (`gender.agreed_gender`). A "she" is never the man the article calls "he"."""
        low = tok.lower_
        want = "m" if low in MASCULINE else "f" if low in FEMININE else None
        return want is None or agreed_gender(self.index.draft(key)) in (None, want)

    def person_subject_back(self, tok: Token, floor: int, sentences: int,
                            accept: Callable[[Token], bool]) -> str | None:
        """Walking back from the sentence before `tok` (at most `sentences`
        of them, none starting before offset `floor`): the first subject that
        `accept` takes and that is a mention of a person who `fits` `tok`; its actor key."""
        s0 = self.sent_of[tok.i] - 1
        for s in range(s0, max(-1, s0 - sentences), -1):
            s_start, s_end = self.sents[s]
            if self.cols.starts[s_start] < floor:
                return None
            for k in range(s_start, s_end):
                t = self.doc[k]
                if t.dep_ in ("nsubj", "nsubjpass") and accept(t):
                    key = self.actor_of_token(t)
                    if key is not None and self.index.draft(key).type == "PERSON" and self.fits(key, tok):
                        return key
        return None

    def introduced_unnamed(self, tok: Token) -> bool:
        """Was the role noun `tok` ("the nurse") brought in before, in this
        paragraph or the one above, as someone new with no name: "a nurse",
        "another official", "one man", not set beside a name ("a nurse, Jane
        Doe", "Jane Doe, a nurse", "a man named Tom Berg") nor said to be
        someone ("Doe is a nurse")? Then "the nurse" is that unnamed person."""
        at = positions_of(self.doc, tok.lower_)
        floor = bisect.bisect_left(self.cols.starts, self.limit_before(tok.idx))
        for j in reversed(at[bisect.bisect_left(at, floor):bisect.bisect_left(at, tok.i)]):
            if self.cols.pos[j] != "NOUN" or self.cols.deps[j] in ("appos", "attr"):
                continue
            earlier = self.doc[j]
            if not any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE_DETS for c in earlier.children):
                continue
            if any(c.dep_ in ("appos", "acl", "relcl") and any(t.ent_type_ == "PERSON" for t in c.subtree)
                   for c in earlier.children):
                continue
            key = self.actor_of_token(earlier)
            if key is None or not self.index.draft(key).named:
                return True
        return False

    def person_antecedent(self, tok: Token) -> str | None:
        """The person an unresolved he/she (or "the president") refers to:
        a person subject of a clause above it, else the latest person subject
        in this or the previous paragraph, else the nearest person before; each
        one who may be of the pronoun's gender (`fits`: not the man for a "she")."""
        head = tok.head
        for _ in range(8):
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < tok.i and child.i != tok.i:
                    key = self.actor_of_token(child)
                    if key is not None and self.index.draft(key).type == "PERSON" and self.fits(key, tok):
                        return key
            if head.head.i == head.i:
                break
            head = head.head
        limit = self.limit_before(tok.idx)
        key = self.person_subject_back(tok, limit, _SENTENCES_BACK,
                                       lambda t: t.head.dep_ == "ROOT" or self.is_cue(t.head))
        return key if key is not None else self.index.nearest_before(tok.idx, ("PERSON",), limit,
                                                                     lambda key: self.fits(key, tok))


def _common_head(tok: Token) -> bool:
    """Is the word, in capitals, a head noun of an unnamed source, itself or a plural
    of one: of people or a body (`_PEOPLE_HEADS`, `_ORG_HEADS`) opening its sentence
    ("Aides said", "Staff for the panel said"), of a work (`_WORK_HEADS`) opening it or
    after a name ("Poll finds", "a Morning Consult Poll found")? Not "the Post
    reported", a title of its own, nor "Republican Senators" inside a sentence."""
    if not tok.text[:1].isupper():
        return False
    word = tok.lower_
    forms = (word, word[:-1]) if word.endswith("s") else (word,)
    if tok.i == tok.sent.start and any(w in _PEOPLE_HEADS or w in _ORG_HEADS for w in forms):
        return True
    return (tok.i == tok.sent.start or any(c.dep_ == "compound" for c in tok.lefts)) and any(
        w in _WORK_HEADS for w in forms)


def _age_noun(tok: Token) -> bool:
    """"the 46-year-old", "a 30-year-old": a person named by age, which the
    parser heads with "old" after "year", itself counted by a number."""
    return tok.lower_ == "old" and any(
        c.dep_ == "det" for c in tok.children) and any(
        c.lower_ in ("year", "years") and c.i == tok.i - 2 and any(n.pos_ == "NUM" for n in c.children)
        for c in tok.lefts)


def _source_type(head: Token) -> str | None:
    """The type of the unnamed source a noun heads (see `_PEOPLE_HEADS`), or
    None for a head that names no source ("a pact")."""
    if _age_noun(head):
        return "PERSON"
    lemma, word = head.lemma_.lower(), head.lower_
    if head.pos_ == "PROPN" and word.endswith("s") and lemma == word:
        lemma = word[:-1]  # "Aides said": the tagger's proper noun has no singular
    if head.pos_ in _QUANTIFIER_POS or lemma in _COUNT_NOUNS:
        # "some of the aides", "79 percent of voters": what they count
        obj = next(_counted_objects(head), None)
        if obj is not None:
            return _source_type(obj) if obj.pos_ == "NOUN" else "PERSON"
    if head.pos_ == "PRON":
        return "PERSON" if word in _DESCRIBED_PRONOUNS else None
    if _ratio(head):
        return "PERSON"  # "six in 10 said": a share of the people asked
    if lemma in _ORG_HEADS or word in _ORG_HEADS:
        return "ORG"
    if lemma in _WORK_HEADS or word in _WORK_HEADS:
        return "WORK_OF_ART"
    if lemma in _PEOPLE_HEADS or word in _PEOPLE_HEADS or is_spokes_person(lemma) \
            or lemma.isdigit() or head.pos_ == "NOUN" and lemma.endswith(AGENT_ENDINGS) and len(lemma) > 4:
        return "PERSON"
    return None


def _described(tok: Token) -> bool:
    """"those who voted for her", "someone in the audience": a pronoun that
    a "who" clause or a phrase says who it is (not "those that …", things)."""
    return tok.lower_ in _DESCRIBED_PRONOUNS and any(
        c.dep_ in ("prep", "acl") and c.i > tok.i
        or c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children)
        for c in tok.children)


def _counted_objects(tok: Token) -> Iterator[Token]:
    """What a count counts: the objects of its "of" (or, after a number, "in")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and (prep.lower_ == "of" or prep.lower_ == "in" and tok.pos_ == "NUM"):
            yield from (obj for obj in prep.children if obj.dep_ == "pobj")


def _ratio(tok: Token) -> bool:
    """"six in 10 said", "more than three in five": a share said as a ratio,
    which the parser heads with the second number, the first number and "in"
    hanging before it as quantifier modifiers (no "of" phrase names the group)."""
    if tok.pos_ != "NUM" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    ins = [c for c in tok.lefts if c.dep_ == "quantmod" and c.lower_ == "in"]
    return bool(ins) and any(c.dep_ == "quantmod" and c.pos_ == "NUM" and c.i < ins[0].i for c in tok.lefts)


def _out_of(tok: Token) -> Token | None:
    """"nine out of 10": the "out" of a number counted out of another, or None."""
    if tok.pos_ != "NUM":
        return None
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "out" and any(
                of.lower_ == "of" and any(n.dep_ == "pobj" and n.like_num for n in of.children)
                for of in prep.children):
            return prep
    return None


def _counts_of(tok: Token) -> bool:
    """"some of the aides", "79 percent of voters", "six in 10": a count of a group named after "of" (or "in")."""
    return any(obj.pos_ in ("NOUN", "PROPN", "NUM") for obj in _counted_objects(tok))


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
    """"Jane Doe and Tom Berg said": the first named conjunct speaks (the quote's words name them all)."""
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return PASS
    conjuncts = [c for c in subj.conjuncts if c.pos_ in ("PROPN", "NOUN") and not r.unnamed_others(c)]
    if not conjuncts:
        return PASS
    for tok in sorted([subj, *conjuncts], key=lambda t: t.i):
        key = _subject_actor(r, tok)
        if key is not None:
            return key
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
    # only one who may be of the pronoun's gender ("she": not the man called "he" or "Mr.")
    key = r.person_antecedent(subj)
    if key is None:
        # no person in this paragraph or the one before: the article's last
        # person subject further back (a story about one person goes on naming
        # them "he" for paragraphs)
        key = r.person_subject_before(subj)
    return key


def thing_pronoun(r: SpeakerResolver, subj: Token) -> object:
    """"it said": the nearest organisation in the paragraph (or an unnamed one: "the agency … it said")."""
    if subj.lower_ in THING_PRONOUNS:
        key = r.index.nearest_before(subj.idx, ("ORG",), r.paragraphs[r.paragraph_index(subj.idx)][0])
        return key if key is not None else r.group_antecedent(subj, ("ORG", "WORK_OF_ART"))
    return PASS


def group_pronoun(r: SpeakerResolver, subj: Token) -> object:
    """"Acme officials met on Monday. They said …": the nearest group, organisation or plural unnamed source."""
    if subj.lower_ in ("they", "we"):
        key = r.group_antecedent(subj, ("ORG", "NORP", "PERSON"))
        if key is not None:
            return key
    return PASS


def plural_subject_before(r: SpeakerResolver, subj: Token) -> object:
    """"Activists met the mayor. They said …": a "they" no group was named for, the plural noun subject before it."""
    if subj.lower_ != "they":
        return PASS
    noun = r.plural_subject_before(subj)
    if noun is None:
        return PASS
    if _source_type(noun) not in ("PERSON", "ORG"):
        return PASS  # "Opinions are divided. … they say": people say it, not a thing
    key = r.unnamed_source(noun)
    return key if key is not None else PASS


def bare_count(r: SpeakerResolver, subj: Token) -> object:
    """"some said", "others argue", "many believe", "39 said": a count of people on its own is an unnamed source."""
    key = r.bare_count(subj)
    return key if key is not None else PASS


def author_line(r: SpeakerResolver, subj: Token) -> object:
    """"I said" outside quotes in a piece closing with "Jane Doe is a columnist.": its writer (`article_author`)."""
    if subj.lower_ != "i" or subj.pos_ != "PRON" or r.quote_of[subj.i] != -1:
        return PASS
    key = r.article_author()
    if key is None or subj.idx >= r.paragraphs[-1][0]:
        return PASS
    return key


def other_pronoun(r: SpeakerResolver, subj: Token) -> object:
    """"they said", "one could argue": no one actor."""
    if subj.pos_ != "PRON" or _counts_of(subj) or _described(subj):
        return PASS  # "some of the aides", "those who voted for her": an unnamed source
    return None


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
            return PASS  # "a family spokeswoman": for a group no actor names (an unnamed source)
        # "a spokeswoman said", for the organisation the paragraph is about
        key = r.index.nearest_before(subj.idx, ("ORG",), r.limit_before(subj.idx))
        if key is not None:
            return key
    return PASS


def group_speaks_for(r: SpeakerResolver, subj: Token) -> object:
    """"the Doe campaign said", "aides to Jane Doe said", "E.U. leaders warned": the named actor the group speaks for."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in _SPEAKS_FOR:
        return PASS
    found: list[str] = []
    for child in subj.children:
        if child.dep_ in ("compound", "poss", "nmod", "amod"):
            toks = [child]
        elif child.dep_ == "prep" and child.lower_ in ("to", "for", "of", "at", "from", "with"):
            toks = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for tok in toks:
            if r.quote_of[tok.i] != -1:
                continue
            key = _subject_actor(r, tok)
            if key is not None and r.index.draft(key).named and \
                    r.index.draft(key).type in ("PERSON", "ORG", "GPE", "NORP") and key not in found:
                found.append(key)
    return found[0] if len(found) == 1 else PASS


def role_antecedent(r: SpeakerResolver, subj: Token) -> object:
    """"his daughter said" after "his daughter Ana Berg": the actor introduced with that role."""
    if subj.tag_ not in ("NN", "NNP"):
        return PASS
    key = r.role_antecedent(subj)
    return key if key is not None else PASS


def definite_description(r: SpeakerResolver, subj: Token) -> object:
    """"the institute said", "the president said": an organisation or person named before."""
    if r.has_definite_det(subj) and subj.tag_ in ("NN", "NNP"):
        lemma = subj.lemma_.lower()
        if lemma in PERSON_NOUNS and r.introduced_unnamed(subj):
            return PASS  # "a nurse treated them … the nurse said": that unnamed person, not the name before
        key = r.org_antecedent(subj) if lemma in ORG_NOUNS else \
            r.person_antecedent(subj) if lemma in PERSON_NOUNS else None
        if key is not None:
            return key
    return PASS


def unlisted_name(r: SpeakerResolver, subj: Token) -> object:
    """"Jane Doe said" where spaCy tagged the name but the actors stage took no actor: an actor of its own."""
    key = r.unlisted_name(subj)
    return key if key is not None else PASS


def count_in_ratio(r: SpeakerResolver, subj: Token) -> object:
    """"six in 10 said", "about three in five say": the share of people asked speaks, an unnamed source."""
    if not _ratio(subj):
        return PASS
    key = r.unnamed_source(subj)
    return key if key is not None else PASS


def unnamed_source(r: SpeakerResolver, subj: Token) -> object:
    """"officials said", "a source familiar with the talks said": the phrase becomes an actor of its own, not named."""
    key = r.unnamed_source(subj)
    return key if key is not None else PASS


def people_by_verb(r: SpeakerResolver, subj: Token) -> object:
    """"the heavyweights argued that": a plural noun no list knows, subject of a verb people say things with, is people."""
    if subj.tag_ != "NNS" or subj.dep_ != "nsubj" or subj.ent_type_ or subj.head.lemma_.lower() not in _PEOPLE_VERBS \
            or subj.lemma_.lower() in _PLACE_NOUNS or any(c.dep_ == "poss" for c in subj.children):
        return PASS  # "his eyes say", "Doe's comments said": someone's, not a source of its own; places are no people
    key = r.unnamed_source(subj, "PERSON")
    return key if key is not None else PASS


def _unclaimed_noun_subject(r: SpeakerResolver, subj: Token) -> bool:
    """Is `subj` a common noun, untagged, the subject of its verb, outside every quote
    (what `pointed_people` and `role_noun_subject` may make a source of)?"""
    return subj.pos_ == "NOUN" and subj.dep_ == "nsubj" and not subj.ent_type_ and r.quote_of[subj.i] == -1


def pointed_people(r: SpeakerResolver, subj: Token) -> object:
    """"a source near her said … that person said", "these people said": people pointed at, an unnamed source."""
    # The subject of a verb people say things with (`_PEOPLE_VERBS`), a people noun after "the" or a
    # pointing word: the unnamed source it points back to (`pointed_back`), else one of its own, as
    # the words name it (the reader sees "these people" rather than no one; `unnamed_source` alone
    # takes neither "people" on its own nor a pointing phrase).
    if not _unclaimed_noun_subject(r, subj) \
            or subj.head.lemma_.lower() not in _PEOPLE_VERBS or _source_type(subj) != "PERSON" \
            or not any(c.dep_ == "det" and c.lower_ in _POINTING_OR_THE for c in subj.children):
        return PASS
    key = r.pointed_back(subj)
    if key is None:
        key = r.unnamed_source(subj, pointed=True)
    return key if key is not None else PASS


def role_noun_subject(r: SpeakerResolver, subj: Token) -> object:
    """"the justice said", "the faction argued": a noun for a person, group or body no sieve took speaks as itself."""
    # A common noun for a person, a group of people or a body (`_SUBJECT_PEOPLE`,
    # `_SUBJECT_BODIES`), the subject of a speech cue or of the clause a participle of saying
    # hangs on ("a guy walked in, saying …"), that no sieve before took (no name before it,
    # no list of `_source_type`): the unnamed source its words name, as the reader would
    # rather see "the justice" than no one. Not a name, a date nor a word in a quote.
    if not _unclaimed_noun_subject(r, subj):
        return PASS
    lemma = subj.lemma_.lower()
    kind = "PERSON" if lemma in _SUBJECT_PEOPLE else "ORG" if lemma in _SUBJECT_BODIES else None
    key = r.unnamed_source(subj, kind) if kind is not None else None
    return key if key is not None else PASS


#: The speaker sieves in the order they run; the first that decides wins.
SPEAKER_SIEVES = (
    coordinated_subjects,
    title_before_name,
    person_beside_group,
    actor_mention,
    person_pronoun,
    thing_pronoun,
    group_pronoun,
    plural_subject_before,
    bare_count,
    author_line,
    other_pronoun,
    role_with_person,
    title_head,
    message_author,
    work_by_author,
    spokes_noun,
    group_speaks_for,
    role_antecedent,
    definite_description,
    unlisted_name,
    count_in_ratio,
    unnamed_source,
    people_by_verb,
    pointed_people,
    role_noun_subject,
)
