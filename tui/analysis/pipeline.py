"""One call from an `Article` to an `Analysis`: parse, actors, references, quotes,
salience. This module wires the stages; each stage lives in its own module."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .model import Analysis, Article, ModelInfo

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Bump whenever a change alters analysis output: it is part of the cache key.
ANALYZER_VERSION = "26"

# spaCy's parser needs ~1 GB of scratch memory per 100,000 characters; parsing in
# bounded chunks keeps memory flat for very long articles and gives progress.
CHUNK_CHARS = 20_000

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


def _run(nlp: Language, text: str) -> Doc:
    """`nlp(text)`, with a sentence start fixed after every paragraph break
    (a blank line) so the parser never runs a sentence across paragraphs (it
    would otherwise join a closing quotation to the next paragraph's "Jane
    Doe, a spokeswoman, said" and give the verb the wrong subject)."""
    doc = nlp.make_doc(text)
    after_break = False
    for tok in doc:
        if tok.is_space and "\n\n" in tok.text.replace(" ", "").replace("\t", ""):
            after_break = True
        elif after_break:
            tok.is_sent_start = True
            after_break = False
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def parse(nlp: Language, text: str, progress: Progress | None = None) -> Doc:
    from spacy.tokens import Doc

    pieces = list(chunks(text))
    if len(pieces) <= 1:
        doc = _run(nlp, text)
        if progress:
            progress(1.0)
        return doc
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
    return merged


def analyze(article: Article, nlp: Language, progress: Progress | None = None) -> Analysis:
    from .nlp import model_info

    doc = parse(nlp, article.text, progress)
    return analyze_parsed(article, doc, model_info(nlp))


def analyze_parsed(article: Article, doc: Doc, model: ModelInfo) -> Analysis:
    """Our own stages on an already parsed text (benchmarks time them apart from spaCy)."""
    from . import actors, coref, quotes, salience
    from .drafts import MentionIndex

    drafts = actors.find_actors(doc, article)
    coref.resolve_references(doc, drafts)
    index = MentionIndex(drafts)
    found = quotes.find_quotes(doc, index)
    return salience.assemble(article, doc, drafts, found, model, ANALYZER_VERSION)
