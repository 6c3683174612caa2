"""Actors: spaCy's named entities, cleaned and clustered so that one draft is one
real-world referent.

The stage runs in four steps, each near-linear in the article length:

1. **Candidates** (`_candidates`): every entity of an actor type becomes one or
   more name spans. Spans are cut at line breaks, brackets and dashes, lose a leading
   "the", a trailing possessive ("’s") and stray punctuation; a name that spaCy
   cut short is extended over the proper nouns it is a compound modifier of
   ("Ana Lucia" + "Ruiz"), and a nationality or creed tagged alone over a word
   for a state after it that ends the name ("the Doeish State": an organisation,
   the state that acts; "the Doeish Republic": a place); a person's title or role in front of the name ("French
   President", "spokesman") is remembered so that the mention can cover it while
   the actor's name stays the bare proper name; a word the text writes in lower
   case, capitalised by a headline or a line's start and glued to a person's
   family name ("Top Doe adviser"), is cut off (`_common_word_before_name`), and
   so is a role written after a name the text also gives by its family name
   ("Jane Roe Vice President" beside "Dr. Roe": `_cut_role_after_name`) and a
   heading's words in capitals after a person's name ("JANE ROE ON BEHALF OF
   ...": `_cut_capitals_at_preposition`). A possessive inside one entity
   ("Acme Times’ Jane Roe", "Doe’s 2019") leaves the person it introduces,
   else the owner the text also names alone (`_split_possessive`).
   Datelines ("LYON, France (Acme News) —") give a place. A country's long
   official form in the alias table ("Union of Soviet Socialist Republics") is
   one name, whatever spaCy tagged inside it. Titles of works that
   spaCy fragments ("the album Light on the Water", "the 'Light on the Water'
   album") are one WORK_OF_ART name.
2. **Clustering** over the distinct names only (never over all mention pairs):
   identical names after normalising dotted abbreviations; the alias table in
   `aliases`; a name of several words in capitals read in title case when the
   text writes a word of it so ("SALLY ROE" beside "Sally", pass "name written
   in capitals"); plural demonyms ("New Zealanders"); acronyms that are the initials
   of a longer name in the article or are given in brackets after it; and
   partial names ("Ruiz", "Coastal Institute", "the Gulf") joining the one
   longer name they continue, not a group of people in or behind the body a
   party's or member's word after it makes ("Senate" and "Senate Democrats"),
   nor a narrower group a plural group word is qualified into ("Republicans"
   and "Catholic Republicans"), nor a thing named after a plural name by one
   common word ("Air Lyonesses" beside "the Lyonesses").
   A family name shared by several people goes to
   the person the article introduced first and has been calling by it; names
   that differ only by "Jr."/"Sr." stay apart. A family name joins a given and
   family name whatever spaCy tagged either ("Doe" a place, "Jane Doe" a firm),
   and not the things named after or for the person ("Doe Tower", "Veterans
   for Doe"). A short name of several words continued by several longer ones
   joins the one that is it with a place before it, when it only opens the
   others ("the Air Force" of "United States Air Force" beside "Air Force
   Cadet Corps": "short form of a place-qualified name").
3. **Type** of a cluster by a vote weighted by name length, with demonyms kept
   as NORP, plus a vote from the words around each mention (`_context_cue`: "an
   Acme store", "supermarket Bexley", "the Northline pipeline", "published in
   Lyon", people listed beside it, "the film Driftwood", "a colony called X",
   "ethnic X", "the X massacres", "its X Y rocket", "X founder"), a facility
   head word ("... Station", "... Studio") and "its" after a one-word subject
   ("X tested its rocket": no person). Evidence in the name or the sentence
   outvotes spaCy's guess for names it does not know (`_type_evidence`: a given
   name, "Dr.", "X's widow", "X died", "moved to X"; "the mayor of X", "cities
   such as X", "flights from X" show a place, after which spaCy's repeated guess
   for the same word counts once); head words give natural features and regions
   (LOC), buildings and streets (FAC), institutions (ORG); a country of the
   table in `countries` is a GPE. A name cited as only a publisher is ("Acme
   reported", "told Acme", "according to Acme": `_cited_source`) with nothing
   to show a person or a known place is an organisation.
   Every actor typed otherwise than spaCy's tags say is recorded under the
   rule that did it (TYPE_RULES). The same cues find names spaCy missed
   (`_cued_names`), and so do the outlet that conducts an interview ("Acme
   interviews Jane Doe", `_interviewer_names`) and an acronym doing or having
   what only a body does ("filed with the ACU", "ACU President Jane Doe",
   `_acronym_names`). Words named in quotation marks, names only ever
   written inside a quoted title ('"Ghost in the Shell"'), codes ("XR-19"),
   diseases, awards ("the Doe Memorial Award") and acronyms used as common
   nouns ("every LLM", "two ROVs") are no actors. A name spaCy tags as a place
   that a naming verb gives to a thing that is no place ("a drone dubbed X", "a
   robot called Sophia") is typed by the kind of thing or by the person it is
   named after, and is left out when nothing says what it is; a capitalised
   common noun after "a"/"an" ("the court will make an Order") is no name.
4. **Propagation**: exact, word-bounded occurrences of a cluster's names that
   spaCy did not tag are added (also written in capitals: "JANE DOE" under a
   signature), except where they look like the first word of a sentence that
   merely happens to be capitalised, or part of a longer name. An actor first
   named in capitals ("NEW YORK" in a headline) is then shown as the text
   writes it in lower-case letters ("New York").
5. **Late types** (`late_types`, run by the pipeline after the quotes and
   narrator stages): an actor named as the speaker of a quote that says "I",
   or made the "I" of an interview's answers or a byline, is a person; the
   short name kept apart from it as another person joins it, and its bare family
   and given names spaCy missed become its mentions (rule "retyped_name").

The modules:
- `words`: Word tables shared by the stage's modules: titles, honorifics, roles, head
  words of names.
- `records`: The records of the stage: a candidate name, and the traces of its passes
  (PASSES), typing rules (TYPE_RULES) and filters (FILTERS).
- `name_shapes`: What a name's own words say: normal forms, given names, initials,
  suffixes, names of organisations, buildings and natural features, codes, concepts and
  degrees.
- `tokens`: Where a token stands in the parse: its root, the start of its sentence or
  line, a title in front of it.
- `cues`: Type evidence from a name's context (`_context_cue`, `_type_evidence`: the
  noun it modifies, the verb it is subject of, the words listed or bracketed with it)
  and the names such cues find that spaCy did not tag (`_cued_names`).
- `candidates`: Step 1: candidate name spans from spaCy's entities, cut, trimmed and
  extended; titles of works; datelines.
- `splits`: Candidates that are two names glued together, split apart; inverted names
  ("Doe, Jane") joined.
- `filters`: Filters that keep candidates out of the actor list: office titles, terms,
  concept names, class words, common words of a headline.
- `clustering`: Step 2: the distinct names clustered into referents, pass by pass.
- `type_vote`: Step 3: the type of a cluster, by a weighted vote of its names' tags
  overruled by the typing rules.
- `display_names`: The name an actor is shown under: its most frequent full form outside
  quotes.
- `propagation`: Step 4: the occurrences of a cluster's names that spaCy did not tag.
- `late_types`: Step 5: persons from what the quotes and narrator stages found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..drafts import ActorDraft
from ..model import Article, Mention
from ..parsed import lower_case_words, text_of
from .candidates import _candidates, _datelines
from .clustering import _cluster, _known_as_pairs
from .display_names import _display_name, _fullest, _in_quote, _name_out_of_capitals
from .filters import (
    _drop_address_words, _drop_awards, _drop_bracketed_letters, _drop_class_words, _drop_dates, _drop_fields_of_study,
    _drop_headline_common_words, _drop_inside_titles, _drop_interjections, _drop_office_objects, _drop_owned_works,
    _drop_periods_and_street_words,
    _drop_section_heading_names, _drop_species_names, _drop_terms, _drop_subtitle_words, _drop_title_openers, _drop_title_pieces,
    _drop_title_tails, _no_actor,
)
from .tokens import _headline
from .words import _FAC_LAST, _ORGANISATION_HEADS
from .late_types import late_persons, quoted_persons
from .propagation import _dedupe, _propagate, nested_names, propagate_late_names
from .records import Drop, FILTERS, Merge, PASSES, PLACE_FILTERS, Retype, TYPE_RULES
from .splits import (
    _common_word_before_name, _glue_person_pieces, _inverted_names, _split_cited_authors, _split_coordinated, _split_family_names, _split_headline_words, _split_joined,
    _cut_capitals_at_preposition, _cut_name_from_title, _cut_number_at_dash, _cut_role_after_body, _cut_role_after_name, _split_at_author_mail, _split_at_preposition, _split_org_person, _split_possessive, _split_person_of, _split_title_place,
)
from .type_vote import (
    _bare_family_name, _cluster_type, _family_of_a_named_person, _join_family_names, _places_among_places,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_actors", "late_persons", "quoted_persons", "propagate_late_names", "nested_names", "FILTERS", "PLACE_FILTERS", "PASSES", "TYPE_RULES", "Drop", "Merge", "Retype"]


def find_actors(
    doc: Doc, article: Article, trace: list[Merge] | None = None, drops: list[Drop] | None = None,
    retypes: list[Retype] | None = None,
) -> list[ActorDraft]:
    """The actor drafts of a parsed article; with `trace`, every merge of the
    clustering is appended to it (see PASSES and benchmarks/actor_passes.py);
    with `drops`, every name a filter left out (see FILTERS); with `retypes`,
    every actor a typing rule typed otherwise than spaCy's tags (see TYPE_RULES)."""
    full = text_of(doc)
    cands, pairs = _candidates(doc, drops)
    cands, pairs = _glue_person_pieces(doc, cands, pairs, full, trace)
    _split_joined(cands)
    _split_coordinated(cands)
    _split_family_names(cands)
    _split_cited_authors(cands, full)
    _split_person_of(cands)
    _split_at_preposition(cands)
    _split_possessive(cands)
    _split_org_person(cands)
    _cut_role_after_name(cands)
    _cut_role_after_body(cands, full, drops)
    _cut_name_from_title(cands, full, drops)
    _cut_number_at_dash(cands, drops)
    _split_at_author_mail(cands, full)
    _cut_capitals_at_preposition(cands)
    _split_title_place(cands, full)
    _split_headline_words(doc, cands, full, drops)
    _common_word_before_name(doc, cands, full, drops)
    cands, pairs = _inverted_names(cands, pairs, full, trace)
    _datelines(doc, cands)
    cands, pairs = _drop_inside_titles(cands, pairs)
    cands, pairs = _drop_office_objects(cands, pairs, full, drops)
    cands, pairs = _drop_fields_of_study(cands, pairs, full, drops)
    cands, pairs = _drop_terms(doc, cands, pairs, drops)
    cands, pairs = _drop_class_words(cands, pairs, full, drops)
    cands, pairs = _drop_interjections(cands, pairs, drops)
    cands, pairs = _drop_bracketed_letters(cands, pairs, drops)
    cands, pairs = _drop_address_words(cands, pairs, full, drops)
    cands, pairs = _drop_awards(cands, pairs, drops)
    cands, pairs = _drop_periods_and_street_words(cands, pairs, drops)
    cands, pairs = _drop_dates(cands, pairs, drops)
    cands, pairs = _drop_title_tails(cands, pairs, full, drops)
    cands, pairs = _drop_headline_common_words(doc, cands, pairs, drops)
    cands, pairs = _drop_section_heading_names(cands, pairs, full, drops)
    cands, pairs = _drop_species_names(doc, cands, pairs, drops)
    cands, pairs = _drop_title_pieces(doc, cands, pairs, drops)
    cands, pairs = _drop_title_openers(doc, cands, pairs, drops)
    cands, pairs = _drop_subtitle_words(doc, cands, pairs, drops)
    cands, pairs = _drop_owned_works(cands, pairs, full, drops)
    clusters = _cluster(cands, pairs, trace, _known_as_pairs(cands, full), full)
    lower_words = lower_case_words(doc)
    drafts: list[ActorDraft] = []
    headlines: dict[int, bool] = {}
    ordered = sorted(clusters.values(), key=lambda ix: min(cands[i].start for i in ix))
    typed = [_cluster_type(cands, idxs, lower_words) for idxs in ordered]
    typed = _places_among_places(cands, ordered, typed, full)
    typed = _family_of_a_named_person(doc, cands, ordered, typed, full, lower_words)
    ordered, typed = _join_family_names(cands, ordered, typed, trace)
    ordered, typed = _bare_family_name(cands, ordered, typed, lower_words, trace)
    for idxs, (label, type_rule, spacy_label) in zip(ordered, typed):
        if (dropped := _no_actor(cands, idxs, label, lower_words)) is not None:
            if dropped and drops is not None:
                drops.append(Drop(dropped, cands[idxs[0]].text))
            continue
        mentions = []
        for i in idxs:
            c = cands[i]
            start = c.title_start if label == "PERSON" else c.start
            mentions.append(Mention(start, c.end, full[start : c.end], "name", title=c.start - start))
        texts = [cands[i].text for i in idxs if not cands[i].dateline]
        outside = [cands[i].text for i in idxs if not cands[i].dateline and not _in_quote(full, cands[i].start)]
        body = _body_forms(cands, idxs, full, label, headlines, lower_words)
        if body is not None:
            texts, outside = body, [t for t in outside if t in body]
        name = _display_name(outside or texts, texts, label) if texts else _fullest([cands[i].text.title() for i in idxs])
        draft = ActorDraft(key=f"d{len(drafts)}", name=name, type=label, mentions=_dedupe(mentions))
        drafts.append(draft)
        if retypes is not None and type_rule is not None:
            retypes.append(Retype(type_rule, name, spacy_label, label))
    _propagate(doc, drafts, trace)
    for d in drafts:
        d.name = _name_out_of_capitals(d.name, d.mentions)
    return drafts


def _body_forms(cands: list, idxs: list[int], full: str, label: str, headlines: dict[int, bool],
                common: frozenset[str]) -> list[str] | None:
    """The forms of an actor's name the actor is shown by when a title-case
    headline glued its words to the name ("Jane Doe Wins", "Move Against Jane
    Doe", "Acme Assembles Team"): those written outside such headlines, when
    they hold a full form (for a person one of two words or more). A person's
    headline form always gives way; another's only when it holds a word the
    text writes in lower case ("assembles"), not an organisation's or
    building's head word ("Acme Committee"); never to a body that writes only
    that head word ("Doeville State University" over an address, then "the
    University"). None when nothing gives way.
    `headlines`: a cache, line start -> is the line a title-case headline;
    `common`: the words the text writes in lower case."""
    body, glued = [], False
    for i in idxs:
        c = cands[i]
        if c.dateline:
            continue
        if not _headline(full, c.start, headlines):
            body.append(c.text)
        elif label == "PERSON" or any(
                w.lower() in common and w not in _ORGANISATION_HEADS and w not in _FAC_LAST for w in c.text.split()):
            glued = True
        else:
            body.append(c.text)
    if not glued or not body or label == "PERSON" and not any(len(t.split()) > 1 for t in body):
        return None
    if label != "PERSON" and all(t in _ORGANISATION_HEADS or t in _FAC_LAST for t in body):
        return None  # the body writes only the head noun ("the University") of the name the heading gives whole
    return body
