"""How actor types are grouped and named in every pane (one colour per group)."""

from __future__ import annotations

#: spaCy label -> display group
TYPE_GROUP: dict[str, str] = {
    "PERSON": "people",
    "ORG": "organisations",
    "GPE": "places",
    "LOC": "places",
    "FAC": "places",
    "NORP": "groups",
}

#: display groups in sidebar order, with their headings
GROUPS: tuple[tuple[str, str], ...] = (
    ("people", "People"),
    ("organisations", "Organisations"),
    ("places", "Places"),
    ("groups", "Groups"),
    ("other", "Other"),
)


def group_of(actor_type: str) -> str:
    return TYPE_GROUP.get(actor_type, "other")
