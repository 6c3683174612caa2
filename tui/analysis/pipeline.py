"""One call from an `Article` to an `Analysis`: parse, actors, references, quotes,
salience. This module wires the stages; each stage lives in its own module."""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .model import Analysis, Article, ModelInfo

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .actors import Drop, Merge, Retype

    ActorTraces = tuple[list[Merge], list[Drop], list[Retype]]

# Bump whenever a change alters analysis output: it is part of the cache key.
ANALYZER_VERSION = "420"

# spaCy's parser needs ~1 GB of scratch memory per 100,000 characters; parsing in
# bounded chunks keeps memory flat for very long articles and gives progress.
CHUNK_CHARS = 20_000

# spaCy's tokenizer strips prefixes and suffixes off a whitespace-free run one
# at a time, re-slicing the rest each time: quadratic in the run's length (20 KB
# of "(" took a minute, holding the GIL). Runs longer than this are tokenised in
# pieces of at most this many characters, one token each; real words and most
# URLs are shorter.
MAX_RUN = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))

# The quote finder's work on a sentence grows with (speech verbs) x (tokens), so
# a sentence without end ("Jane Doe said Jane Doe said ...") must not grow
# without bound: a sentence start is forced after this many tokens with no
# sentence-final mark or line break (the longest sentences of real news
# articles have ~100 tokens).
MAX_SENTENCE_TOKENS = 150
_SENTENCE_END = frozenset(".!?…")

Progress = Callable[[float], None]


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """Split `text` into pieces of about `size` characters, each ending at a
    paragraph break (or a line break, or whitespace) so no sentence is cut where
    it can be helped. The pieces concatenate back to `text` exactly."""
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            for sep in ("\n\n", "\n", " "):
                cut = text.rfind(sep, pos + size // 2, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        yield text[pos:end]
        pos = end


def run_pieces(run: str, size: int = MAX_RUN) -> Iterator[str]:
    """Split a whitespace-free `run` into pieces of at most `size` characters,
    each cut where letters/digits meet other characters when the second half of
    the window has such a place (so words stay whole), else at `size`."""
    pos = 0
    while pos < len(run):
        end = min(len(run), pos + size)
        if end < len(run):
            for cut in range(end, pos + size // 2, -1):
                if run[cut - 1].isalnum() != run[cut].isalnum():
                    end = cut
                    break
        yield run[pos:end]
        pos = end


def make_doc(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)` in linear time: a whitespace-free run longer than
    `MAX_RUN` becomes one token per piece (`run_pieces`; such a run is not prose
    the analysis could use, and spaCy would need one token per mark of it), the
    rest is tokenised by spaCy, and the parts are joined with `Doc.from_docs`,
    so the Doc's text is still exactly `text`."""
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    docs = []
    pos = 0
    for match in _LONG_RUN.finditer(text):
        if match.start() > pos:
            docs.append(nlp.make_doc(text[pos : match.start()]))
        words = list(run_pieces(match.group()))
        spaces = [False] * len(words)
        pos = match.end()
        if text.startswith(" ", pos):  # one space after a token belongs to it
            spaces[-1] = True
            pos += 1
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces))
    if pos < len(text):
        docs.append(nlp.make_doc(text[pos:]))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text
    return doc


def _run(nlp: Language, text: str) -> Doc:
    """`nlp(text)`, with a sentence start fixed after every paragraph break
    (a blank line) so the parser never runs a sentence across paragraphs (it
    would otherwise join a closing quotation to the next paragraph's "Jane
    Doe, a spokeswoman, said" and give the verb the wrong subject), and after
    `MAX_SENTENCE_TOKENS` tokens without a sentence end."""
    doc = make_doc(nlp, text)
    after_break = False
    run = 0  # tokens since the last sentence end, line break or forced start
    for tok in doc:
        if tok.is_space and "\n\n" in tok.text.replace(" ", "").replace("\t", ""):
            after_break = True
            run = 0
            continue
        if after_break or run >= MAX_SENTENCE_TOKENS:
            tok.is_sent_start = True
            after_break = False
            run = 0
        run += 1
        if tok.text[-1] in _SENTENCE_END or "\n" in tok.text:
            run = 0
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def parse(nlp: Language, text: str, progress: Progress | None = None) -> Doc:
    """The parse of `text`, in chunks of about `CHUNK_CHARS` characters joined
    into one Doc; the Doc is told its text (`known_text`), which the stages
    would otherwise join again from its words."""
    from spacy.tokens import Doc

    from .parsed import known_text

    pieces = list(chunks(text))
    if len(pieces) <= 1:
        doc = _run(nlp, text)
        if progress:
            progress(1.0)
        return known_text(doc, text)
    docs = []
    done = 0
    for piece in pieces:
        doc = _run(nlp, piece)
        docs.append(doc)
        done += len(piece)
        if progress:
            progress(done / len(text))
    # Each piece ends in whitespace, so from_docs adds nothing between them.
    merged = Doc.from_docs(docs, ensure_whitespace=False)
    assert merged.text == text
    return known_text(merged, text)


def analyze(article: Article, nlp: Language, progress: Progress | None = None) -> Analysis:
    from .nlp import model_info

    doc = parse(nlp, article.text, progress)
    return analyze_parsed(article, doc, model_info(nlp))


def analyze_parsed(article: Article, doc: Doc, model: ModelInfo, traces: ActorTraces | None = None) -> Analysis:
    """Our own stages on an already parsed text (benchmarks time them apart from spaCy).
    With `traces`, (merges, drops, retypes) lists: the actor stage's passes, filters
    and typing rules, the late ones included, are appended to them
    (benchmarks/actor_passes.py)."""
    from . import actors, coref, descriptions, narrator, quotes, salience
    from .bounds import bound_quotes
    from .drafts import MentionIndex
    from .parsed import sentence_starts, table

    trace, drops, retypes = traces if traces is not None else (None, None, None)
    drops = drops if drops is not None else []  # the filters' verdict holds in the quote stage too
    drafts = actors.find_actors(doc, article, trace, drops, retypes)
    named = {d.key for d in drafts}
    coref.resolve_references(doc, drafts, retypes)
    persons = {d.key for d in drafts if d.type == "PERSON"}
    index = MentionIndex(drafts, frozenset(d.name.casefold() for d in drops if d.rule not in actors.PLACE_FILTERS))
    starts = table(doc).starts
    found = bound_quotes(quotes.find_quotes(doc, index), [starts[i] for i in sentence_starts(doc)])
    drafts = drafts + index.added  # the unnamed sources the quote stage made actors of
    if merged := actors.quoted_persons(doc, drafts, found, trace, retypes):  # '"I ...," Doe said': Doe is a person
        found = [replace(q, speaker=merged.get(q.speaker, q.speaker)) for q in found]
    coref.quote_pronouns(doc, drafts, found)
    narrator.resolve_narrator(doc, drafts, found)
    if merged := actors.late_persons(drafts, trace, retypes):  # the voice of an interview or a byline is a person
        found = [replace(q, speaker=merged.get(q.speaker, q.speaker)) for q in found]
    actors.propagate_late_names(doc, drafts, named, persons)
    # the pronouns of the actors the late types made persons, and of the people later stages named
    coref.late_person_pronouns(doc, drafts, {d.key for d in drafts if d.key in named and d.key not in persons}, found,
                               {d.key for d in drafts if d.key not in named})
    found = quotes.late_linked_speakers(found, drafts)  # a pronoun speaker those stages linked
    descriptions.late_name_descriptions(doc, drafts)  # "Jane Doe is a painter" of the names added late
    descriptions.speaker_predicates(doc, drafts)
    roots = descriptions.mention_roots(doc, drafts)  # the later stages add only nominal mentions
    descriptions.as_roles(doc, drafts, roots)
    descriptions.controlled_predicates(doc, drafts, roots)
    descriptions.object_predicates(doc, drafts, roots)
    descriptions.judged_predicates(doc, drafts, roots)  # "Lyonesse is considered the oldest town"
    descriptions.relations(doc, drafts, roots)
    descriptions.recalled_classes(doc, drafts)  # "the museum": the actor a description or a name gave that noun
    actors.nested_names(doc, drafts)  # "Doeland" in "Doeland Energy Forum": a mention of Doeland too
    descriptions.recalled_bodies(doc, drafts)  # "the company": the one organisation named in the last two sentences
    descriptions.vocative_titles(doc, drafts)  # "Mr. President, do you ...": the one the "you" is
    descriptions.role_lines(doc, drafts)  # "Jane Doe / Member of the Assembly": the role under a name
    return salience.assemble(article, doc, drafts, found, model, ANALYZER_VERSION)
