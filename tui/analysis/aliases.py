"""A small table of well-known abbreviations and alternative official names.

Each row is one referent: every form in it names the same actor, whichever of
them the article uses. Forms are compared after dots are removed from dotted
abbreviations ("U.N." -> "UN"), so the dotted spellings need no row of their own.
This is deliberately short: only forms that spaCy tags as separate entities and
that no general rule can link (an acronym that is not the initials of the
expansion, a country's official long name, a well-known short form). Acronyms that
*are* the initials of a name in the same article ("ICS" for "Institute for Coastal Studies")
are linked by the general rule in `actors`, not here.
"""

from __future__ import annotations

ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("United States", "US", "USA", "United States of America", "America"),
    ("United Kingdom", "UK", "Britain", "Great Britain"),
    ("United Nations", "UN"),
    ("European Union", "EU"),
    ("Soviet Union", "USSR", "Union of Soviet Socialist Republics"),
    ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    ("South Korea", "ROK", "Republic of Korea"),
    ("China", "PRC", "People's Republic of China"),
    ("Russia", "Russian Federation"),
    ("United Arab Emirates", "UAE"),
    ("North Atlantic Treaty Organization", "NATO"),
    ("International Space Station", "ISS"),
)


def _canon(form: str) -> str:
    return form.replace("’", "'")


#: normalised form -> the canonical (first) form of its group
ALIASES: dict[str, str] = {
    _canon(form): group[0] for group in ALIAS_GROUPS for form in group
}


def canonical(form: str) -> str | None:
    """The canonical form of a well-known alias, or None if `form` is not in the table."""
    return ALIASES.get(_canon(form))
