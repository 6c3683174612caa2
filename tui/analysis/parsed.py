"""Values many stages read from one parse, computed once per Doc.

spaCy rebuilds `Doc.text` from every token on each access, and makes a new
Token object for each token on every pass over the Doc: a stage that needs the
text or a per-article word set pays a whole pass for it. These memos keep the
value with the Doc (in `Doc.user_data`, so it lives and dies with the parse);
the stages never change a Doc after parsing, so a value computed once stays true.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

T = TypeVar("T")
_KEY = "newsreader.parsed"


def _memo(doc: Doc, name: str, compute: Callable[[Doc], T]) -> T:
    memo = doc.user_data.get(_KEY)
    if memo is None:
        memo = doc.user_data[_KEY] = {}
    if name not in memo:
        memo[name] = compute(doc)
    return memo[name]


def text_of(doc: Doc) -> str:
    """The parsed text (`Doc.text`, joined once)."""
    return _memo(doc, "text", lambda d: d.text)


def token_starts(doc: Doc) -> tuple[int, ...]:
    """The character offset of every token, in order (for bisecting an offset to its token)."""
    return _memo(doc, "starts", lambda d: tuple(t.idx for t in d))


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case somewhere ("the harbour" beside "Harbour")."""
    return _memo(doc, "lower", lambda d: frozenset(t.text for t in d if t.is_lower))


def lower_case_lemmas(doc: Doc) -> frozenset[str]:
    """The lemmas of the words the article writes in lower case ("say" for "said")."""
    return _memo(doc, "lower_lemmas", lambda d: frozenset(t.lemma_ for t in d if t.is_lower))


def words(doc: Doc) -> tuple[str, ...]:
    """The text of every token, in order: a scan that tests the word first
    makes a Token object only for the tokens that pass."""
    return _memo(doc, "words", lambda d: tuple(t.text for t in d))


def lowers(doc: Doc) -> tuple[str, ...]:
    """The lower-case form (`Token.lower_`) of every token, in order."""
    return _memo(doc, "lowers", lambda d: tuple(t.lower_ for t in d))


def lemmas(doc: Doc) -> tuple[str, ...]:
    """The lemma (`Token.lemma_`) of every token, in order."""
    return _memo(doc, "lemmas", lambda d: tuple(t.lemma_ for t in d))


def entity_types(doc: Doc) -> tuple[str, ...]:
    """spaCy's entity label (`Token.ent_type_`, "" outside an entity) of every token, in order."""
    return _memo(doc, "ent_types", lambda d: tuple(t.ent_type_ for t in d))


def fine_tags(doc: Doc) -> tuple[str, ...]:
    """The fine part-of-speech tag (`Token.tag_`: "NN", "VBD", ...) of every token, in order."""
    return _memo(doc, "tags", lambda d: tuple(t.tag_ for t in d))


def tokens_among(doc: Doc, *classes: Collection[str]) -> Iterator[Token]:
    """The tokens whose lower-case form is in one of `classes` (closed word
    classes: pronouns, role nouns), in order."""
    wanted = classes[0] if len(classes) == 1 else frozenset().union(*classes)
    return (doc[i] for i, low in enumerate(lowers(doc)) if low in wanted)
