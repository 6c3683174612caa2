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


#: spaCy label -> what a reader calls it
TYPE_LABEL: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Building or site",
    "NORP": "Group",
    "EVENT": "Event",
    "LAW": "Law",
    "WORK_OF_ART": "Work",
    "PRODUCT": "Product",
    "LANGUAGE": "Language",
}


def type_label(actor_type: str) -> str:
    """`Person`, `Place`, ... never spaCy's `PERSON`, `GPE` (unknown labels capitalised)."""
    return TYPE_LABEL.get(actor_type) or actor_type.replace("_", " ").capitalize() or "Other"


def mentions_label(count: int) -> str:
    return f"{count} mention" + ("" if count == 1 else "s")
