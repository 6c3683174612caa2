"""Salience and the final, frozen `Analysis`.

An actor's salience in [0, 1] mixes four signals, each scaled to [0, 1]:

- frequency: its mentions relative to the most-mentioned actor (sub-linear, so a
  long tail of mentions does not swamp the rest);
- position: named in the headline, in the lead paragraph, or how early it first
  appears;
- subject role: how often a mention is the grammatical subject of its clause;
- voice: how many quotes it speaks, relative to the most-quoted actor.

Actors are sorted by descending salience (ties: first mention first) and get
public ids a1..aN in that order; quote speakers (draft keys) are remapped.
Unnamed sources the quote stage made actors of ("officials") are scored among
themselves, scaled below the least salient named actor and listed after every
named actor, so they never outrank one and the named actors' scores and ids are
what they would be without them.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from collections import Counter
from typing import TYPE_CHECKING

from .actors.words import _SUBJECT_DEPS
from .drafts import ActorDraft
from .model import Actor, Analysis, Article, ModelInfo, Quote, name_aliases, non_overlapping, paragraph_spans
from .parsed import table

if TYPE_CHECKING:
    from spacy.tokens import Doc

W_FREQ, W_POSITION, W_SUBJECT, W_VOICE = 0.4, 0.25, 0.15, 0.2


def subject_counts(doc: Doc, drafts: list[ActorDraft]) -> None:
    """Fill `ActorDraft.subject_mentions`: mentions containing a token that is
    the subject of its clause."""
    cols = table(doc)
    tok_starts, deps = cols.starts, cols.deps
    for d in drafts:
        n = 0
        for m in d.mentions:
            i = bisect.bisect_right(tok_starts, m.start) - 1
            while 0 <= i < len(tok_starts) and tok_starts[i] < m.end:
                if deps[i] in _SUBJECT_DEPS:
                    n += 1
                    break
                i += 1
        d.subject_mentions = n


def scores(article: Article, paragraphs: list[tuple[int, int]], drafts: list[ActorDraft],
           quote_counts: Counter) -> dict[str, float]:
    head_end = paragraphs[0][1] if paragraphs else 0
    lead_end = paragraphs[1][1] if len(paragraphs) > 1 else head_end
    length = max(1, len(article.text))
    max_count = max((len(d.mentions) for d in drafts), default=1) or 1
    max_subj = max((d.subject_mentions for d in drafts), default=0)
    max_quotes = max(quote_counts.values(), default=0)
    out: dict[str, float] = {}
    for d in drafts:
        if not d.mentions:
            out[d.key] = 0.0
            continue
        freq = math.sqrt(len(d.mentions) / max_count)
        first = min(m.start for m in d.mentions)
        if first < head_end:
            position = 1.0
        elif first < lead_end:
            position = 0.8
        else:
            position = 0.5 * (1.0 - first / length)
        subject = d.subject_mentions / max_subj if max_subj else 0.0
        voice = quote_counts.get(d.key, 0) / max_quotes if max_quotes else 0.0
        value = W_FREQ * freq + W_POSITION * position + W_SUBJECT * subject + W_VOICE * voice
        out[d.key] = min(1.0, max(0.0, value))
    return out


def assemble(
    article: Article,
    doc: Doc,
    drafts: list[ActorDraft],
    quotes: list[Quote],
    model_info: ModelInfo,
    analyzer_version: str,
) -> Analysis:
    drafts = [d for d in drafts if d.mentions]
    subject_counts(doc, drafts)
    quote_counts = Counter(q.speaker for q in quotes if q.speaker)
    sal: dict[str, float] = {}
    ranked: list[ActorDraft] = []
    # Article.paragraphs is a cached_property on a slotted class; split once here for both pools.
    paragraphs = paragraph_spans(article.text)
    ceiling = 1.0  # an unnamed source scores at most what the least salient named actor does
    for pool in ([d for d in drafts if d.named], [d for d in drafts if not d.named]):
        keys = {d.key for d in pool}
        pool_scores = scores(article, paragraphs, pool, Counter({k: n for k, n in quote_counts.items() if k in keys}))
        sal.update({k: v * ceiling for k, v in pool_scores.items()})
        ranked += sorted(pool, key=lambda d: (-round(sal[d.key], 6), min(m.start for m in d.mentions)))
        if pool:
            ceiling = min(sal[d.key] for d in pool)
    ids = {d.key: f"a{i}" for i, d in enumerate(ranked, 1)}
    actors = []
    for d in ranked:
        mentions = tuple(non_overlapping(d.mentions))
        aliases = name_aliases(mentions)
        actors.append(Actor(
            id=ids[d.key], name=d.name, type=d.type, salience=sal[d.key],
            aliases=aliases, mentions=mentions, named=d.named,
        ))
    remapped = tuple(sorted(
        (dataclasses.replace(q, speaker=ids.get(q.speaker) if q.speaker else None) for q in quotes),
        key=lambda q: (q.start, q.end),
    ))
    return Analysis(
        source=article.source,
        title=article.title,
        text=article.text,
        model=model_info,
        actors=tuple(actors),
        quotes=remapped,
        analyzer_version=analyzer_version,
        origin=article.origin,
    )
